#include "parties/PartyMatchesModel.h"

#include "parties/PartyListModel.h"
#include "services/PartyService.h"

namespace bcp::ui {

PartyMatchesModel::PartyMatchesModel(PartyService &parties, const Session &session, QObject *parent)
    : QAbstractListModel(parent), m_parties(parties), m_session(session) {}

int PartyMatchesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PartyMatchesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const PartyRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.name;
    case Qt::ToolTipRole:
    case DetailRole: {
        QStringList parts;
        if (!row.company.isEmpty())
            parts << row.company;
        parts << PartyListModel::mobileText(row.mobile);
        if (!row.city.isEmpty())
            parts << row.city;
        return parts.join(QStringLiteral(" \u00b7 "));
    }
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

bool PartyMatchesModel::search(const QString &text, int limit) {
    PartyQuery query;
    query.search = text.trimmed();
    query.sort = query.search.isEmpty() ? PartySort::RecentlyUpdated : PartySort::Name;
    query.descending = query.search.isEmpty();
    query.limit = limit;
    auto page = m_parties.list(m_session, query);
    beginResetModel();
    if (page) {
        m_rows = page->rows;
        m_error.clear();
    } else {
        m_rows.clear();
        m_error = page.error().text();
    }
    endResetModel();
    return page.ok();
}

} // namespace bcp::ui
