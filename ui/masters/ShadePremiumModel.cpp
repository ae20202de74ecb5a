#include "masters/ShadePremiumModel.h"

#include "costing/CostingMasters.h"

namespace bcp::ui {

ShadePremiumModel::ShadePremiumModel(costing::CostingMasters &masters, QObject *parent)
    : MastersTableModel(masters,
                        {{tr("Shade"), tr("Shade names are matched ignoring capitals"), -1, true, true},
                         {tr("Premium ₹/kg"), tr("Added to the base price of papers of this shade"), 2, false, true}},
                        parent) {}

int ShadePremiumModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_masters.shadePremiums.size());
}

bool ShadePremiumModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || !isEditable() || count < 1 || row < 0 || row + count > rowCount())
        return false;
    clearMark();
    beginRemoveRows(parent, row, row + count - 1);
    m_masters.shadePremiums.erase(m_masters.shadePremiums.begin() + row, m_masters.shadePremiums.begin() + row + count);
    endRemoveRows();
    emit edited();
    return true;
}

QModelIndex ShadePremiumModel::appendRow() {
    if (!isEditable())
        return {};
    const QString base = tr("New shade");
    QString name = base;
    auto taken = [this](const QString &candidate) {
        for (const costing::ShadePremium &s : m_masters.shadePremiums) {
            if (costing::equalsIgnoreCase(s.shade, candidate.toStdString()))
                return true;
        }
        return false;
    };
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_masters.shadePremiums.push_back(costing::ShadePremium{name.toStdString(), 0.0});
    endInsertRows();
    emit edited();
    return index(row, ShadeColumn);
}

QVariant ShadePremiumModel::value(int row, int column) const {
    const costing::ShadePremium &s = m_masters.shadePremiums[std::size_t(row)];
    return column == ShadeColumn ? QVariant(QString::fromStdString(s.shade)) : QVariant(s.premium);
}

bool ShadePremiumModel::setValue(int row, int column, const QVariant &value) {
    costing::ShadePremium &s = m_masters.shadePremiums[std::size_t(row)];
    if (column == ShadeColumn)
        s.shade = value.toString().toStdString();
    else
        s.premium = value.toDouble();
    return true;
}

QString ShadePremiumModel::fieldPath(int row, int) const {
    const std::string &shade = m_masters.shadePremiums[std::size_t(row)].shade;
    // validateMasters names a nameless shade by the list itself.
    return shade.empty() ? QStringLiteral("shadePremiums")
                         : QStringLiteral("shadePremiums.") + QString::fromStdString(shade);
}

} // namespace bcp::ui
