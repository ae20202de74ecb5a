#include "masters/FluteModel.h"

#include "costing/CostingMasters.h"

namespace bcp::ui {

FluteModel::FluteModel(costing::CostingMasters &masters, QObject *parent)
    : MastersTableModel(
          masters,
          {{tr("Flute"), {}, -1, true, false},
           {tr("Take-up factor"), tr("Length of fluting paper per length of board (1.0 to 2.0)"), 2, false, true},
           {tr("Height mm"), tr("Flute height; the board thickness is the sum of its flutes"), 1, false, true}},
          parent) {}

int FluteModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_masters.flutes.size());
}

QVariant FluteModel::value(int row, int column) const {
    const costing::Flute &f = m_masters.flutes[std::size_t(row)];
    switch (column) {
    case LetterColumn:
        return QString(QLatin1Char(f.letter));
    case FactorColumn:
        return f.factor;
    default:
        return f.heightMm;
    }
}

bool FluteModel::setValue(int row, int column, const QVariant &value) {
    costing::Flute &f = m_masters.flutes[std::size_t(row)];
    if (column == FactorColumn)
        f.factor = value.toDouble();
    else if (column == HeightColumn)
        f.heightMm = value.toDouble();
    else
        return false;
    return true;
}

QString FluteModel::fieldPath(int row, int column) const {
    const QString flute = QStringLiteral("flutes.") + QLatin1Char(m_masters.flutes[std::size_t(row)].letter);
    switch (column) {
    case FactorColumn:
        return flute + QStringLiteral(".factor");
    case HeightColumn:
        return flute + QStringLiteral(".heightMm");
    default:
        return flute;
    }
}

} // namespace bcp::ui
