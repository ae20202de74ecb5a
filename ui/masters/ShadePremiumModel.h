#pragma once
// Paper shades and their premium (₹/kg) over the base price; shades can be added, renamed and removed.

#include "masters/MastersTableModel.h"

namespace bcp::ui {

class ShadePremiumModel : public MastersTableModel {
    Q_OBJECT
public:
    enum Column { ShadeColumn, PremiumColumn };

    explicit ShadePremiumModel(costing::CostingMasters &masters, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    // Appends "New shade" (numbered when taken) without premium and returns its name cell, for editing.
    QModelIndex appendRow();

protected:
    QVariant value(int row, int column) const override;
    bool setValue(int row, int column, const QVariant &value) override;
    QString fieldPath(int row, int column) const override;
};

} // namespace bcp::ui
