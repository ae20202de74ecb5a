#pragma once
// The Tickets pane's list: the shop's tickets matching the pane's filters, most recently updated first,
// through TicketService keyset pages. The SLA column is worked out from the stored due times at the moment
// set with setNow(), so the badges count down between reloads without asking the database.

#include "common/PagedRowModel.h"
#include "services/Session.h"
#include "services/TicketTypes.h"

namespace bcp {
class TicketService;
}

namespace bcp::ui {

class TicketListModel : public PagedRowModel<TicketRow> {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        SubjectColumn,
        RequesterColumn,
        PriorityColumn,
        StatusColumn,
        SlaColumn,
        AssigneeColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum DataRole {
        IdRole = Qt::UserRole + 1,
        SlaStateRole,   // int(SlaState)
        SlaStoppedRole, // bool: resolved or closed, the state is final
        StatusRole,     // int(TicketStatus)
        PriorityRole    // int(TicketPriority)
    };

    TicketListModel(TicketService &tickets, const Session &session, QObject *parent = nullptr);

    // Shows the tickets matching `query` (from the first page).
    void setQuery(const TicketQuery &query);
    const TicketQuery &query() const { return m_query; }

    // The moment SLA states and time left are shown for; emits dataChanged for the SLA column.
    void setNow(const QDateTime &now);
    SlaStatus slaAt(int row) const;

    qint64 idAt(int row) const { return rowAt(row).id; }
    // -1 when the ticket is not among the loaded rows.
    int rowOfId(qint64 id) const;

    static QColor priorityColor(TicketPriority priority);

protected:
    QVariant cell(const TicketRow &row, int column, int role) const override;

private:
    TicketService &m_tickets;
    Session m_session;
    TicketQuery m_query;
    QDateTime m_now;
};

} // namespace bcp::ui
