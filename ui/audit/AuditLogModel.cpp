#include "audit/AuditLogModel.h"

#include <QBrush>
#include <QColor>

namespace bcp::ui {

AuditLogModel::AuditLogModel(AuditService &audit, const Session &session, QObject *parent)
    : PagedRowModel<AuditEntry>({tr("Time"), tr("Actor"), tr("Workstation"), tr("Action"), tr("Entity"), tr("Result")},
                                parent),
      m_audit(audit), m_session(session) {
    setFetch([this](const QVariant &afterKey, int limit) -> Result<Page> {
        auto page = m_audit.page(m_session, m_filter, afterKey.toLongLong(), limit);
        if (!page)
            return page.error();
        Page out;
        out.rows = std::move(page.value().rows);
        // The detail view reads these by id; a list of a million rows should not carry them.
        for (AuditEntry &e : out.rows) {
            e.beforeJson = QString();
            e.afterJson = QString();
            e.prevHash = QString();
            e.rowHash = QString();
        }
        out.lastKey = page->lastId;
        return out;
    });
}

void AuditLogModel::setFilter(const AuditFilter &filter) {
    m_filter = filter;
    reload();
}

int AuditLogModel::rowOfId(qint64 id) const {
    // Rows are in descending id order: binary search.
    int lo = 0;
    int hi = rowCount() - 1;
    while (lo <= hi) {
        const int mid = lo + (hi - lo) / 2;
        const qint64 midId = idAt(mid);
        if (midId == id)
            return mid;
        if (midId > id)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

QString AuditLogModel::resultText(const QString &result) {
    if (result == QStringLiteral("ok"))
        return tr("OK");
    if (result == QStringLiteral("denied"))
        return tr("Denied");
    if (result == QStringLiteral("failed"))
        return tr("Failed");
    return result;
}

QVariant AuditLogModel::cell(const AuditEntry &row, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return row.time().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return row.actorName;
        case WorkstationColumn:
            return row.workstation;
        case ActionColumn:
            return row.action;
        case EntityColumn:
            return row.entityId.isEmpty() ? row.entityType : row.entityType + QLatin1Char(' ') + row.entityId;
        case ResultColumn:
            return resultText(row.result);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return tr("%1 (UTC)").arg(row.at);
        return {};
    case Qt::ForegroundRole:
        if (row.result != QStringLiteral("ok"))
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case IdRole:
        return row.id;
    case ActionRole:
        return row.action;
    case ResultRole:
        return row.result;
    default:
        return {};
    }
}

} // namespace bcp::ui
