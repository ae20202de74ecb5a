#include "masters/BfPriceModel.h"

#include "costing/CostingMasters.h"
#include "costing/NumberText.h"

namespace bcp::ui {

BfPriceModel::BfPriceModel(costing::CostingMasters &masters, QObject *parent)
    : MastersTableModel(masters,
                        {{tr("BF"), tr("Bursting factor of the paper"), -1, false, true},
                         {tr("Base price ₹/kg"),
                          tr("Paper price before the GSM rule, shade premium and market "
                             "adjustment"),
                          2, false, true}},
                        parent) {}

int BfPriceModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_masters.bfPrices.size());
}

bool BfPriceModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || !isEditable() || count < 1 || row < 0 || row + count > rowCount())
        return false;
    clearMark();
    beginRemoveRows(parent, row, row + count - 1);
    m_masters.bfPrices.erase(m_masters.bfPrices.begin() + row, m_masters.bfPrices.begin() + row + count);
    endRemoveRows();
    emit edited();
    return true;
}

QModelIndex BfPriceModel::appendRow() {
    if (!isEditable())
        return {};
    costing::BfPrice next{1, 0};
    for (const costing::BfPrice &p : m_masters.bfPrices) {
        if (p.bf >= next.bf)
            next = costing::BfPrice{p.bf + 1, p.price};
    }
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_masters.bfPrices.push_back(next);
    endInsertRows();
    emit edited();
    return index(row, BfColumn);
}

QVariant BfPriceModel::value(int row, int column) const {
    const costing::BfPrice &p = m_masters.bfPrices[std::size_t(row)];
    return column == BfColumn ? p.bf : p.price;
}

bool BfPriceModel::setValue(int row, int column, const QVariant &value) {
    costing::BfPrice &p = m_masters.bfPrices[std::size_t(row)];
    (column == BfColumn ? p.bf : p.price) = value.toDouble();
    return true;
}

QString BfPriceModel::fieldPath(int row, int) const {
    return QStringLiteral("bfPrices.") +
           QString::fromStdString(costing::numberText(m_masters.bfPrices[std::size_t(row)].bf));
}

} // namespace bcp::ui
