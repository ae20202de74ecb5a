#pragma once
// Paper base price (₹/kg) by bursting factor: one row per BF, rows can be added and removed.

#include "masters/MastersTableModel.h"

namespace bcp::ui {

class BfPriceModel : public MastersTableModel {
    Q_OBJECT
public:
    enum Column { BfColumn, PriceColumn };

    explicit BfPriceModel(costing::CostingMasters &masters, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    // Appends a BF above the highest one at that BF's price and returns its BF cell, for editing.
    QModelIndex appendRow();

protected:
    QVariant value(int row, int column) const override;
    bool setValue(int row, int column, const QVariant &value) override;
    QString fieldPath(int row, int column) const override;
};

} // namespace bcp::ui
