#pragma once
// Support tickets of the signed-in shop (PLATFORM.md "Support tickets"): customer complaints linked to a
// party and one of its documents, or questions from a user. The number TKT-{YYYY}-{seq:6} comes from the
// counter row inside the creating transaction, which also auto-assigns the ticket; the status machine is
// TicketWorkflow; SLA due times are stored at creation and on a priority change and the SLA state is
// computed with the injected clock whenever a ticket is read. Every method is one unit of work: permission,
// validation, one transaction, one audit row for a change. Closed tickets are read-only.
//
// Permissions: reading needs tickets.view; creating, replying, notes, attachments, status, priority and tags
// need tickets.edit; taking a ticket for oneself needs support.agent; assigning to someone else, SLA rules,
// categories and agents' settings need support.manage.

#include "Result.h"
#include "services/TicketTypes.h"

#include <optional>

namespace bcp {

class Clock;
class Database;
struct Session;

class TicketService {
public:
    // Capacity of an agent whose settings were never edited.
    static constexpr int kDefaultCapacity = 10;
    static constexpr int kMaxSubject = 200;
    static constexpr int kMaxText = 20000;
    static constexpr int kMaxTags = 20;

    explicit TicketService(Database &db);
    TicketService(Database &db, const Clock &clock);

    const Clock &clock() const { return m_clock; }

    // ---- Tickets ------------------------------------------------------------------------------------
    // Numbers the ticket, stores its SLA due times and gives it to the available agent with the fewest open
    // tickets (round-robin among equals, never beyond an agent's capacity), all in one transaction that
    // holds the shop's assignment row, so desktops creating tickets at once never overload an agent. With
    // no agent free the ticket stays unassigned.
    Result<Ticket> create(const Session &session, const NewTicket &input);
    Result<Ticket> get(const Session &session, qint64 ticketId);
    Result<Ticket> getByNumber(const Session &session, const QString &number);
    // The ticket with every message (notes included) and attachment, for support staff.
    Result<TicketThread> thread(const Session &session, qint64 ticketId);
    Result<TicketPage> list(const Session &session, const TicketQuery &query);

    // Moves the ticket along the status machine. RESOLVED needs `note` (at least 10 characters), stored as
    // the public resolution message. `rowVersion` absent skips the concurrent-edit check.
    Result<Ticket> setStatus(const Session &session, qint64 ticketId, TicketStatus status, const QString &note = {},
                             std::optional<int> rowVersion = std::nullopt);
    // Recomputes the SLA due times from the ticket's creation with the new priority's rule.
    Result<Ticket> setPriority(const Session &session, qint64 ticketId, TicketPriority priority,
                               std::optional<int> rowVersion = std::nullopt);
    // Gives the ticket to an agent of the shop (0 = unassigned). Audited with the previous assignee.
    Result<Ticket> assign(const Session &session, qint64 ticketId, qint64 agentUserId,
                          std::optional<int> rowVersion = std::nullopt);
    Result<Ticket> setTags(const Session &session, qint64 ticketId, const QStringList &tags,
                           std::optional<int> rowVersion = std::nullopt);

    // Adds a reply, a note or the requester's message. A reply by the requesting user counts as the
    // requester's message. The first public reply by support stops the first-response clock; a requester's
    // message moves an AWAITING_CUSTOMER or RESOLVED ticket back to IN_PROGRESS.
    Result<TicketMessage> addMessage(const Session &session, qint64 ticketId, TicketMessageKind kind,
                                     const QString &body);

    // Stores a file (see AttachmentCheck: allowed types, at most 10 MB). `internal` attachments belong with
    // the notes and never reach the requester.
    Result<TicketAttachment> addAttachment(const Session &session, qint64 ticketId, const QString &fileName,
                                           const QByteArray &data, bool internal = false);
    Result<AttachmentFile> attachment(const Session &session, qint64 attachmentId);

    // ---- What the requester sees --------------------------------------------------------------------
    // Public messages and attachments only: internal notes and internal attachments never appear.
    Result<RequesterTicketView> requesterView(const Session &session, qint64 ticketId);
    // The requester's view as plain text (for e-mail, printing or a file), built from requesterView only.
    static QString requesterText(const RequesterTicketView &view);

    // ---- SLA ------------------------------------------------------------------------------------------
    // Escalates every open ticket whose escalation time has passed and that was not escalated for its
    // current due times yet; returns the numbers escalated. The Tickets pane runs it on load and on a timer.
    Result<QStringList> escalateOverdue(const Session &session);
    // Open tickets assigned to the signed-in user whose SLA is in warning or critical state (for the
    // desktop notification), most urgent first.
    Result<QList<TicketRow>> nearingBreach(const Session &session);

    // The shop's rules (the installation defaults until an admin edits them), LOW first.
    Result<QList<SlaRule>> slaRules(const Session &session);
    // Saves one priority's rule (minutes > 0, first response not after resolution). Due times of existing
    // tickets stay as stored; new tickets and priority changes use the new rule.
    Result<SlaRule> saveSlaRule(const Session &session, const SlaRule &rule);

    // ---- Categories -----------------------------------------------------------------------------------
    Result<QList<TicketCategory>> categories(const Session &session, bool includeInactive = false);
    // Adds a category (id 0: the code is made from the name) or renames / (de)activates one.
    Result<TicketCategory> saveCategory(const Session &session, const TicketCategory &category);

    // ---- Agents ---------------------------------------------------------------------------------------
    // Active users of the shop whose role has support.agent, with capacity, availability and open load.
    Result<QList<TicketAgent>> agents(const Session &session);
    Result<TicketAgent> setAgent(const Session &session, qint64 userId, int capacity, bool available);
    // An agent marking themself (un)available.
    Result<TicketAgent> setMyAvailability(const Session &session, bool available);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
