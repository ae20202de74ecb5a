#pragma once
// Payments received against the invoice on screen, oldest first.

#include "services/InvoiceTypes.h"

#include <QAbstractTableModel>

namespace bcp::ui {

class PaymentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, AmountColumn, ModeColumn, ReferenceColumn, ByColumn, ColumnCount };

    explicit PaymentsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPayments(const QList<Payment> &payments);
    const QList<Payment> &payments() const { return m_payments; }

private:
    QList<Payment> m_payments;
};

} // namespace bcp::ui
