#include "parties/PartyListModel.h"

#include "money/Gstin.h"
#include "services/PartyService.h"

#include <QBrush>
#include <QColor>

namespace bcp::ui {

PartyListModel::PartyListModel(PartyService &parties, const Session &session, QObject *parent)
    : PagedRowModel<PartyRow>({tr("Name"), tr("Company"), tr("Mobile"), tr("City"), tr("State"), tr("GSTIN")}, parent),
      m_parties(parties), m_session(session) {
    setFetch([this](const QVariant &afterKey, int limit) {
        return keysetPage(m_query, afterKey, limit,
                          [this](const PartyQuery &q) { return m_parties.list(m_session, q); });
    });
}

void PartyListModel::setQuery(const PartyQuery &query) {
    m_query = query;
    m_query.hasCursor = false;
    reload();
}

void PartyListModel::setSearch(const QString &text) {
    PartyQuery query = m_query;
    query.search = text.trimmed();
    setQuery(query);
}

std::optional<PartySort> PartyListModel::sortFor(int column) {
    switch (column) {
    case NameColumn:
        return PartySort::Name;
    case CompanyColumn:
        return PartySort::Company;
    default:
        return std::nullopt;
    }
}

int PartyListModel::columnFor(PartySort sort) {
    switch (sort) {
    case PartySort::Company:
        return CompanyColumn;
    case PartySort::Name:
        return NameColumn;
    case PartySort::RecentlyUpdated:
        break;
    }
    return -1;
}

void PartyListModel::sort(int column, Qt::SortOrder order) {
    const std::optional<PartySort> sort = sortFor(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_query.sort && descending == m_query.descending && rowCount() > 0)
        return;
    PartyQuery query = m_query;
    query.sort = *sort;
    query.descending = descending;
    setQuery(query);
}

QString PartyListModel::mobileText(const QString &mobile) {
    if (mobile.size() != 10)
        return mobile;
    return mobile.left(5) + QLatin1Char(' ') + mobile.mid(5);
}

QVariant PartyListModel::cell(const PartyRow &row, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case NameColumn:
            return row.deleted ? tr("%1 (hidden)").arg(row.name) : row.name;
        case CompanyColumn:
            return row.company;
        case MobileColumn:
            return mobileText(row.mobile);
        case CityColumn:
            return row.city;
        case StateColumn:
            return row.stateCode.isEmpty() ? QString() : Gstin::stateName(row.stateCode);
        case GstinColumn:
            return row.gstin;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (row.deleted)
            return tr("Hidden: kept for the quotes that name this party, left out of pickers");
        if (column == StateColumn && !row.stateCode.isEmpty())
            return tr("State code %1").arg(row.stateCode);
        return {};
    case Qt::ForegroundRole:
        if (row.deleted)
            return QBrush(QColor(0x8a, 0x8a, 0x8a));
        return {};
    case IdRole:
        return row.id;
    case DeletedRole:
        return row.deleted;
    default:
        return {};
    }
}

} // namespace bcp::ui
