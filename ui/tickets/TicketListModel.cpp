#include "tickets/TicketListModel.h"

#include "services/Clock.h"
#include "services/TicketService.h"
#include "services/TicketSla.h"

#include <QColor>
#include <QFont>

namespace bcp::ui {

TicketListModel::TicketListModel(TicketService &tickets, const Session &session, QObject *parent)
    : PagedRowModel<TicketRow>({tr("Number"), tr("Subject"), tr("Requester"), tr("Priority"), tr("Status"), tr("SLA"),
                                tr("Assignee"), tr("Updated")},
                               parent),
      m_tickets(tickets), m_session(session), m_now(tickets.clock().nowUtc()) {
    setFetch([this](const QVariant &afterKey, int limit) -> Result<Page> {
        TicketQuery q = m_query;
        q.limit = limit;
        const QVariantList key = afterKey.toList();
        if (key.size() == 2) {
            q.hasCursor = true;
            q.after.updatedAt = key.at(0).toString();
            q.after.id = key.at(1).toLongLong();
        }
        auto page = m_tickets.list(m_session, q);
        if (!page)
            return page.error();
        Page out;
        out.rows = std::move(page.value().rows);
        out.lastKey = QVariantList{page->next.updatedAt, page->next.id};
        return out;
    });
}

void TicketListModel::setQuery(const TicketQuery &query) {
    m_query = query;
    m_now = m_tickets.clock().nowUtc();
    reload();
}

void TicketListModel::setNow(const QDateTime &now) {
    m_now = now;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SlaColumn), index(rowCount() - 1, SlaColumn));
}

SlaStatus TicketListModel::slaAt(int row) const {
    return TicketSla::evaluate(rowAt(row).slaTimes, m_now);
}

int TicketListModel::rowOfId(qint64 id) const {
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

QColor TicketListModel::priorityColor(TicketPriority priority) {
    switch (priority) {
    case TicketPriority::Low:
        return QColor(0x5f, 0x6b, 0x76);
    case TicketPriority::Medium:
        return QColor(0x1e, 0x5f, 0xa8);
    case TicketPriority::High:
        return QColor(0xb3, 0x5c, 0x00);
    case TicketPriority::Urgent:
        return QColor(0xb0, 0x1e, 0x1e);
    }
    return {};
}

QVariant TicketListModel::cell(const TicketRow &row, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return row.number;
        case SubjectColumn:
            return row.subject;
        case RequesterColumn:
            return row.requesterName;
        case PriorityColumn:
            return ticketPriorityLabel(row.priority);
        case StatusColumn:
            return ticketStatusLabel(row.status);
        case SlaColumn:
            return TicketSla::badgeText(TicketSla::evaluate(row.slaTimes, m_now));
        case AssigneeColumn:
            return row.assigneeId > 0 ? row.assigneeName : tr("Unassigned");
        case UpdatedColumn:
            return row.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == SlaColumn) {
            const SlaStatus s = TicketSla::evaluate(row.slaTimes, m_now);
            const QString target = s.target == SlaTarget::FirstResponse ? tr("First response") : tr("Resolution");
            return tr("%1 due %2 (%3)")
                .arg(target, s.due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), slaStateLabel(s.state));
        }
        if (column == SubjectColumn)
            return row.subject;
        return {};
    case Qt::ForegroundRole:
        if (column == PriorityColumn)
            return priorityColor(row.priority);
        if (column == AssigneeColumn && row.assigneeId == 0)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case Qt::FontRole:
        if (column == PriorityColumn && row.priority == TicketPriority::Urgent) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return row.id;
    case SlaStateRole:
        return int(TicketSla::evaluate(row.slaTimes, m_now).state);
    case SlaStoppedRole:
        return !isOpenStatus(row.status);
    case StatusRole:
        return int(row.status);
    case PriorityRole:
        return int(row.priority);
    default:
        return {};
    }
}

} // namespace bcp::ui
