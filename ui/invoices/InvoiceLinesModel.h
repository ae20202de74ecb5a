#pragma once
// The lines of the invoice on screen. While the invoice is a draft the item, description, HSN, quantity,
// unit and rate are edited in place; taxable value, GST share and line total come from the service's preview
// (GstTotals), never from arithmetic here. A final or cancelled invoice shows its lines read-only.

#include "services/InvoiceTypes.h"

#include <QAbstractTableModel>

namespace bcp::ui {

class InvoiceLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        DescriptionColumn,
        HsnColumn,
        QuantityColumn,
        UnitColumn,
        RateColumn,
        TaxableColumn,
        GstColumn,
        TotalColumn,
        ColumnCount
    };

    explicit InvoiceLinesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setLines(const QList<InvoiceLine> &lines);
    const QList<InvoiceLine> &lines() const { return m_lines; }
    // The computed columns from a preview or a saved invoice with the same lines.
    void setComputed(const QList<InvoiceLine> &computed);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // A blank line (HSN 4819, Pcs) at the end; its row.
    int appendLine();
    void removeLine(int row);

    // Why the last setData was refused ("Quantity: whole boxes, more than 0"); empty after one that worked.
    QString lastRefusal() const { return m_refusal; }

Q_SIGNALS:
    // The user changed a line: the totals need a new preview.
    void linesEdited();
    // An edit was refused; the message names the column ("Quantity: a whole number more than 0").
    void refused(const QString &message);

private:
    QList<InvoiceLine> m_lines;
    bool m_editable = true;
    QString m_refusal;
};

} // namespace bcp::ui
