#pragma once
// Edits one quote item: the box itself in the Box calculator (every costing input, costed as you type)
// plus what the quote adds to it: box name, description, remarks, HSN, unit, whether it counts in the
// totals, and the negotiated price (a percentage off, or a fixed rate) shown against the costed rate.

#include "costing/CostingMasters.h"
#include "services/QuoteTypes.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace bcp::ui {

class BoxCalculatorWidget;
class NumberEdit;

class QuoteItemEditor : public QWidget {
    Q_OBJECT
public:
    enum class NegotiationKind { None, Percent, Fixed };

    explicit QuoteItemEditor(const costing::CostingMasters &masters, QWidget *parent = nullptr);

    void setMasters(const costing::CostingMasters &masters);

    // Shows `item` for editing without announcing a change.
    void setItem(const QuoteItem &item);
    // The item as entered (not priced): the quote editor prices it.
    QuoteItem item() const;
    // Shows the priced item's rates beside the negotiation ("₹11.65 → ₹10.49 a box"); `problem` instead
    // when it could not be priced.
    void showPricing(const QuoteItem &priced, const QString &problem);

    // Marks the input of an item field named as the quote calculator names it ("name", "hsn",
    // "negotiation.percent"). The calculator marks the costing inputs itself.
    void markField(const QString &field, const QString &message);
    void clearMarks();

    BoxCalculatorWidget *calculator() const { return m_calculator; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *remarksEdit() const { return m_remarks; }
    QLineEdit *hsnEdit() const { return m_hsn; }
    QComboBox *unitCombo() const { return m_unit; }
    QCheckBox *selectedCheck() const { return m_selected; }
    QComboBox *negotiationCombo() const { return m_negotiationKind; }
    NumberEdit *negotiationEdit() const { return m_negotiationValue; }
    QLabel *pricingLabel() const { return m_pricing; }

Q_SIGNALS:
    // Any field of the item changed (each keystroke).
    void edited();

private:
    void negotiationKindChanged();
    void changed();

    bool m_loading = false;
    QList<QPointer<QWidget>> m_marked;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_remarks = nullptr;
    QLineEdit *m_hsn = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_selected = nullptr;
    QComboBox *m_negotiationKind = nullptr;
    NumberEdit *m_negotiationValue = nullptr;
    QLabel *m_negotiationUnit = nullptr;
    QLabel *m_pricing = nullptr;
    BoxCalculatorWidget *m_calculator = nullptr;
};

} // namespace bcp::ui
