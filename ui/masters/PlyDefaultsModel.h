#pragma once
// The per-ply table: board thickness (for outside dimensions), glue flap, deckle allowance and the extra
// joint flap of a two-piece box, one row per ply (1, 3, 5, 7, 9).

#include "masters/MastersTableModel.h"

namespace bcp::ui {

class PlyDefaultsModel : public MastersTableModel {
    Q_OBJECT
public:
    enum Column { PlyColumn, ThicknessColumn, GlueFlapColumn, DeckleColumn, ExtraFlapColumn };

    explicit PlyDefaultsModel(costing::CostingMasters &masters, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;

protected:
    QVariant value(int row, int column) const override;
    bool setValue(int row, int column, const QVariant &value) override;
    QString fieldPath(int row, int column) const override;

private:
    double *cell(int row, int column) const;
};

} // namespace bcp::ui
