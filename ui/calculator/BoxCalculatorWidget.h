#pragma once
// The box calculator: every costing input of COSTING.md §1 on one screen and the engine's answer beside
// it, recalculated on every keystroke. It takes the masters as data, so the same widget serves as the
// stand-alone "Box calculator" pane and as the item editor of a quote.

#include "costing/BoxSpec.h"
#include "costing/CostingError.h"
#include "costing/CostingMasters.h"
#include "costing/CostingResult.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace bcp::ui {

class LayerTable;
class NumberEdit;

class BoxCalculatorWidget : public QWidget {
    Q_OBJECT
public:
    explicit BoxCalculatorWidget(const costing::CostingMasters &masters, QWidget *parent = nullptr);
    ~BoxCalculatorWidget() override;

    // New masters (edited in the Masters pane, or a quote's snapshot): pickers are refilled, the box is kept
    // and costed again.
    void setMasters(const costing::CostingMasters &masters);
    const costing::CostingMasters &masters() const { return m_masters; }

    // Offers remembered manual rates when the user picks a paper (see LayerTable::setRateMemory).
    void setRateMemory(std::function<std::optional<double>(double bf, const QString &shade)> memory);

    // The box as entered. Blank optional fields are absent; blank required fields read as 0.
    const costing::BoxSpec &spec() const { return m_spec; }
    void setSpec(const costing::BoxSpec &spec);

    // True when the engine accepted the inputs; result() is then the costing on screen.
    bool hasResult() const { return m_hasResult; }
    const costing::CostingResult &result() const { return m_result; }
    // Why there is no result: the refused field (an engine path such as `layers[2].bf`) and the message.
    // While a required field is still blank the field is named with a request to fill it in.
    const costing::CostingError &error() const { return m_error; }

    // The input that edits an engine field path (`length`, `layers[2].bf`, `printing.moq`), or nullptr.
    QWidget *fieldWidget(const QString &field) const;

    // The line shown above the results: the error, the hint or nothing.
    QString message() const;

signals:
    // After every recalculation, whether it produced a result or an error.
    void resultChanged();

private:
    QWidget *buildBoxGroup();
    QWidget *buildBoardGroup();
    QWidget *buildPrintingGroup();
    QWidget *buildLaminationGroup();
    QWidget *buildOtherCostsGroup();
    QWidget *buildOverridesGroup();
    QWidget *buildResults();
    NumberEdit *numberEdit(const QString &field, const QString &placeholder = {});

    void recalculate();
    void readSpec();
    void showResult();
    void clearResults();
    void showMessage(const QString &text, bool isError);
    void markField(const QString &field, const QString &message);
    QString fieldLabel(const QString &field) const;
    void styleChanged();
    void unitChanged();
    void plyChanged();
    void updatePlaceholders();
    void updateTabOrder();

    costing::CostingMasters m_masters;
    costing::BoxSpec m_spec;
    costing::CostingResult m_result;
    costing::CostingError m_error;
    bool m_hasResult = false;
    bool m_loading = false;
    QPointer<QWidget> m_marked;
    QHash<QString, QWidget *> m_fields; // engine field path -> input

    // Inputs
    QComboBox *m_style = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_measuredOn = nullptr;
    NumberEdit *m_length = nullptr;
    NumberEdit *m_width = nullptr;
    NumberEdit *m_height = nullptr;
    std::array<QLabel *, 3> m_dimensionUnits{};
    QComboBox *m_ply = nullptr;
    NumberEdit *m_quantity = nullptr;
    LayerTable *m_layers = nullptr;
    NumberEdit *m_glueFlap = nullptr;
    NumberEdit *m_deckle = nullptr;
    NumberEdit *m_maxLength = nullptr;
    NumberEdit *m_sheetAllowance = nullptr;
    NumberEdit *m_conversion = nullptr;
    NumberEdit *m_markup = nullptr;
    QGroupBox *m_printing = nullptr;
    NumberEdit *m_costPerPrint = nullptr;
    NumberEdit *m_plateCost = nullptr;
    NumberEdit *m_moq = nullptr;
    QSpinBox *m_colors = nullptr;
    QComboBox *m_printType = nullptr;
    QGroupBox *m_lamination = nullptr;
    NumberEdit *m_laminationRate = nullptr;
    NumberEdit *m_laminationLength = nullptr;
    NumberEdit *m_laminationWidth = nullptr;
    NumberEdit *m_varnish = nullptr;
    NumberEdit *m_dieCost = nullptr;
    NumberEdit *m_punching = nullptr;

    // Results
    QWidget *m_resultsPanel = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_ratePerBox = nullptr;
    QLabel *m_orderValue = nullptr;
    QLabel *m_orderCaption = nullptr;
    QLabel *m_costPerBox = nullptr;
    QLabel *m_sheetMm = nullptr;
    QLabel *m_sheetIn = nullptr;
    QLabel *m_construction = nullptr;
    QLabel *m_weight = nullptr;
    QLabel *m_burst = nullptr;
    QLabel *m_thickness = nullptr;
    QLabel *m_ect = nullptr;
    QLabel *m_bct = nullptr;
    QLabel *m_paperCost = nullptr;
    QLabel *m_printingCost = nullptr;
    QLabel *m_laminationCost = nullptr;
    QLabel *m_varnishCost = nullptr;
    QLabel *m_dieCostPerBox = nullptr;
    QLabel *m_punchingCost = nullptr;
    QLabel *m_markupCost = nullptr;
    QLabel *m_markupCaption = nullptr;
    QLabel *m_conversionCost = nullptr;
    QLabel *m_conversionCaption = nullptr;
    QList<QGroupBox *> m_resultGroups;
};

} // namespace bcp::ui
