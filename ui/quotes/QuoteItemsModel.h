#pragma once
// The items of the quote being edited, one row per box: name, size, ply and flutes, paper specification,
// quantity, the costed rate (struck through when a negotiated rate replaces it), the negotiated rate, the
// amount and whether the item counts in the totals. The editor prices items and hands them in; an item
// that cannot be priced yet carries the reason instead of an amount.

#include "services/QuoteTypes.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace bcp::ui {

class QuoteItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        NameColumn,
        SizeColumn,
        PlyColumn,
        PaperColumn,
        QuantityColumn,
        RateColumn,
        NegotiatedColumn,
        AmountColumn,
        SelectedColumn,
        ColumnCount
    };
    enum DataRole { ProblemRole = Qt::UserRole + 1, NegotiatedRole };

    explicit QuoteItemsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Replaces every item; `problems` (same length, or empty) holds why an item has no price.
    void setItems(const QList<QuoteItem> &items, const QStringList &problems = {});
    const QList<QuoteItem> &items() const { return m_items; }
    const QuoteItem &item(int row) const { return m_items.at(row); }
    QString problem(int row) const { return m_problems.value(row); }
    bool hasProblems() const;
    // The first row that cannot be priced, or -1.
    int firstProblemRow() const;

    void setItem(int row, const QuoteItem &item, const QString &problem = {});
    int appendItem(const QuoteItem &item, const QString &problem = {});
    void removeItem(int row);

    // Read-only models (a saved quote shown without editing) offer no check boxes.
    void setEditable(bool editable);

    // "300 × 200 × 150 mm (ID)"; a flat sheet has no height.
    static QString sizeText(const costing::BoxSpec &spec);
    // "3-ply · B", "5-ply · BC"
    static QString plyText(const costing::BoxSpec &spec);

Q_SIGNALS:
    // The "selected" check box of `row` was toggled by the user.
    void selectionToggled(int row);

private:
    QList<QuoteItem> m_items;
    QStringList m_problems;
    bool m_editable = true;
};

} // namespace bcp::ui
