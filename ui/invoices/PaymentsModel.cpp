#include "invoices/PaymentsModel.h"

#include "money/IndianFormat.h"

namespace bcp::ui {

PaymentsModel::PaymentsModel(QObject *parent) : QAbstractTableModel(parent) {}

int PaymentsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AmountColumn:
        return tr("Amount");
    case ModeColumn:
        return tr("Mode");
    case ReferenceColumn:
        return tr("Reference");
    case ByColumn:
        return tr("Recorded by");
    default:
        return {};
    }
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Payment &p = m_payments.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return p.date.toString(QStringLiteral("dd-MM-yyyy"));
    case AmountColumn:
        return IndianFormat::money(p.amount);
    case ModeColumn:
        return paymentModeLabel(p.mode);
    case ReferenceColumn:
        return p.reference;
    case ByColumn:
        return p.createdBy;
    default:
        return {};
    }
}

void PaymentsModel::setPayments(const QList<Payment> &payments) {
    beginResetModel();
    m_payments = payments;
    endResetModel();
}

} // namespace bcp::ui
