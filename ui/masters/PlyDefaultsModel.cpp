#include "masters/PlyDefaultsModel.h"

#include "costing/CostingMasters.h"

#include <iterator>

namespace bcp::ui {

namespace {

constexpr int kPlies[] = {1, 3, 5, 7, 9};
const char *const kTables[] = {"", "plyThicknessMm", "glueFlapMm", "deckleMm", "extraFlapMm"};

} // namespace

PlyDefaultsModel::PlyDefaultsModel(costing::CostingMasters &masters, QObject *parent)
    : MastersTableModel(
          masters,
          {{tr("Ply"), {}, -1, true, false},
           {tr("Thickness"), tr("Board thickness in mm, taken off outside (OD) dimensions"), -1, false, true},
           {tr("Glue flap"), tr("Glue flap in mm, added to the cutting length of a box"), -1, false, true},
           {tr("Deckle"), tr("Deckle (reel width) allowance in mm"), -1, false, true},
           {tr("Extra flap"), tr("Extra joint flap in mm of a two-piece box (sheet longer than the maximum)"), -1,
            false, true}},
          parent) {}

int PlyDefaultsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(std::size(kPlies));
}

double *PlyDefaultsModel::cell(int row, int column) const {
    const std::size_t i = std::size_t(row);
    switch (column) {
    case ThicknessColumn:
        return &m_masters.plyThicknessMm[i];
    case GlueFlapColumn:
        return &m_masters.glueFlapMm[i];
    case DeckleColumn:
        return &m_masters.deckleMm[i];
    case ExtraFlapColumn:
        return &m_masters.extraFlapMm[i];
    default:
        return nullptr;
    }
}

QVariant PlyDefaultsModel::value(int row, int column) const {
    if (const double *v = cell(row, column))
        return *v;
    return tr("%1-ply").arg(kPlies[row]);
}

bool PlyDefaultsModel::setValue(int row, int column, const QVariant &value) {
    double *v = cell(row, column);
    if (!v)
        return false;
    *v = value.toDouble();
    return true;
}

QString PlyDefaultsModel::fieldPath(int row, int column) const {
    if (column == PlyColumn)
        return {};
    return QString::fromLatin1(kTables[column]) + QLatin1Char('.') + QString::number(kPlies[row]);
}

} // namespace bcp::ui
