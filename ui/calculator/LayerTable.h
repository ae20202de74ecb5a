#pragma once
// The board's layers, outer liner first: one row per layer with its paper (flute letter for a flute layer,
// shade, BF, GSM, RCT, optional manual rate) and, once costed, its weight, rate, rate source and cost. A row
// keeps its editors for its whole life, so typing never rebuilds widgets; only a ply change adds or removes
// rows.

#include <QTableWidget>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;

namespace bcp::costing {
struct BoxSpec;
struct CostingMasters;
struct CostingResult;
} // namespace bcp::costing

namespace bcp::ui {

class NumberEdit;

class LayerTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column {
        NameColumn, // "Outer liner", or the flute picker of a flute layer
        ShadeColumn,
        BfColumn,
        GsmColumn,
        RctColumn,
        ManualRateColumn,
        WeightColumn,
        RateColumn,
        SourceColumn,
        CostColumn,
        ColumnCount
    };

    // The manual rate last used for a BF and shade, if any (the masters service's rate memory).
    using RateMemory = std::function<std::optional<double>(double bf, const QString &shade)>;

    explicit LayerTable(QWidget *parent = nullptr);
    ~LayerTable() override;

    // When the user picks a BF or shade and the layer has no manual rate of their own, the remembered rate
    // for that paper is filled in (and taken out again when the paper changes to one without), so a price
    // agreed once is offered the next time. Loading a spec never fills anything.
    void setRateMemory(RateMemory memory);

    // Refills the flute, shade and BF pickers, keeping what each row shows.
    void setMasters(const costing::CostingMasters &masters);

    int ply() const { return int(m_rows.size()); }
    // Changes the ply, keeping the outer and inner liners; new middle layers copy the liner and flute
    // before them, so a 3-ply board grows into a 5-ply of the same papers.
    void setPly(int ply);
    // Shows the spec's layers and flute letters (the table takes spec.ply rows).
    void setLayers(const costing::BoxSpec &spec);
    // Writes layerCount, layers and flutes. A blank GSM or BF reads as 0 and a blank RCT as 0; a blank
    // manual rate means "from the masters".
    void readInto(costing::BoxSpec &spec) const;
    // The first required cell left blank as an engine field path ("layers[1].gsm"), or empty.
    QString firstBlankField() const;

    void showResult(const costing::CostingResult &result);
    void clearResult();

    // The editor of `name` (flute, shade, bf, gsm, rct, rate) in layer `index`, or nullptr.
    QWidget *editor(int index, const QString &name) const;
    // Every editor in reading order, for the screen's tab chain.
    QList<QWidget *> editors() const;
    // Height that shows every row without a scroll bar.
    int fittingHeight() const;

signals:
    // Any value in any row changed (typed or picked).
    void edited();
    // Rows were added or removed: the owner rebuilds its tab chain.
    void rowsResized();

private:
    struct Row {
        QComboBox *flute = nullptr; // flute rows only
        QComboBox *shade = nullptr;
        QComboBox *bf = nullptr;
        NumberEdit *gsm = nullptr;
        NumberEdit *rct = nullptr;
        NumberEdit *rate = nullptr;
        QString offered; // the remembered rate this table filled in, while the user has not changed it
    };
    // A row as typed, blanks included, so rows can be copied and moved without losing anything.
    struct RowText {
        QString flute;
        QString shade;
        QString bf;
        QString gsm;
        QString rct;
        QString rate;
    };

    void resizeRows(int count);
    void addRow();
    RowText rowText(int index) const;
    void setRowText(int index, const RowText &text);
    RowText defaultText(int index) const;
    void fillFlutes(QComboBox *combo) const;
    void fillShades(QComboBox *combo) const;
    void fillBfs(QComboBox *combo) const;
    void updateNames();
    void offerRememberedRate(int index);
    void notifyEdited();

    std::vector<Row> m_rows;
    QStringList m_fluteLetters;
    QStringList m_fluteTips;
    QStringList m_shades;
    QStringList m_bfs;
    RateMemory m_rateMemory;
    bool m_updating = false;
};

} // namespace bcp::ui
