#pragma once
// The flute master: take-up factor and height of each flute letter (letters are fixed).

#include "masters/MastersTableModel.h"

namespace bcp::ui {

class FluteModel : public MastersTableModel {
    Q_OBJECT
public:
    enum Column { LetterColumn, FactorColumn, HeightColumn };

    explicit FluteModel(costing::CostingMasters &masters, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;

protected:
    QVariant value(int row, int column) const override;
    bool setValue(int row, int column, const QVariant &value) override;
    QString fieldPath(int row, int column) const override;
};

} // namespace bcp::ui
