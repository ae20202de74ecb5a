#pragma once
// Support tickets as screens, scripts and tests see them (PLATFORM.md "Support tickets"): statuses and
// priorities with their stored codes and labels, the ticket, its conversation, attachments, the paged list,
// SLA rules, categories and agents.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace bcp {

// Stored as OPEN, IN_PROGRESS, AWAITING_CUSTOMER, ESCALATED, RESOLVED, CLOSED.
enum class TicketStatus { Open, InProgress, AwaitingCustomer, Escalated, Resolved, Closed };
// Stored as LOW, MEDIUM, HIGH, URGENT.
enum class TicketPriority { Low, Medium, High, Urgent };

QString ticketStatusCode(TicketStatus status);
std::optional<TicketStatus> parseTicketStatus(const QString &code);
QString ticketStatusLabel(TicketStatus status); // translated, for screens
QList<TicketStatus> allTicketStatuses();
// Every status but RESOLVED and CLOSED: the ticket still needs work and counts towards its agent's load.
bool isOpenStatus(TicketStatus status);
QList<TicketStatus> openTicketStatuses();

QString ticketPriorityCode(TicketPriority priority);
std::optional<TicketPriority> parseTicketPriority(const QString &code);
QString ticketPriorityLabel(TicketPriority priority); // translated
QList<TicketPriority> allTicketPriorities();          // LOW first

// reply: support answering the requester; requester: the requester's own message (typed by them, or taken
// down by staff from a call or e-mail); resolution: the public note that resolved the ticket; note: internal,
// never shown to the requester.
enum class TicketMessageKind { Reply, Requester, Resolution, Note };
QString ticketMessageKindCode(TicketMessageKind kind);
std::optional<TicketMessageKind> parseTicketMessageKind(const QString &code);
inline bool isPublicMessage(TicketMessageKind kind) {
    return kind != TicketMessageKind::Note;
}

// ok, warning (25 % of the time left), critical (10 % left), breached (the due time has passed).
enum class SlaState { Ok, Warning, Critical, Breached };
QString slaStateCode(SlaState state);  // "ok" … "breached"
QString slaStateLabel(SlaState state); // translated

// What the SLA state of a ticket is computed from: stored with the ticket, evaluated when read.
struct SlaTimes {
    TicketStatus status = TicketStatus::Open;
    QDateTime createdAt; // the SLA clock starts here, also after a priority change
    QDateTime firstResponseDue;
    QDateTime resolutionDue;
    QDateTime firstResponseAt; // invalid until support first answers publicly
    QDateTime resolvedAt;      // invalid while the ticket is open
};

enum class SlaTarget { FirstResponse, Resolution };

struct SlaStatus {
    SlaState state = SlaState::Ok;
    SlaTarget target = SlaTarget::Resolution; // the target the state is about
    QDateTime due;                            // that target's due time
    qint64 secondsLeft = 0;                   // negative once breached; frozen when stopped
    bool stopped = false;                     // resolved or closed: the state is final
};

struct SlaRule {
    TicketPriority priority = TicketPriority::Medium;
    int firstResponseMinutes = 0;
    int resolutionMinutes = 0;
    int escalateMinutes = 0;
    bool shopOwn = false; // false while the shop uses the installation defaults
    int rowVersion = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

struct TicketCategory {
    qint64 id = 0;
    QString code; // stored on tickets; never changes once created
    QString name;
    int sortOrder = 0;
    bool active = true;
    int rowVersion = 0;
};

struct TicketAgent {
    qint64 userId = 0;
    QString username;
    QString displayName;
    int capacity = 0;
    bool available = true;
    int openTickets = 0;
    int rowVersion = 0; // 0 while the agent has the default settings (no row yet)
};

enum class RequesterKind { Party, User };

struct TicketRequester {
    RequesterKind kind = RequesterKind::Party;
    qint64 partyId = 0;
    qint64 userId = 0;
    QString name;    // as it was when the ticket was raised
    QString contact; // mobile or e-mail, for the agent
};

// A generic link to the document a complaint is about: "quote" or "invoice", its id and number.
struct LinkedDocument {
    QString type;
    qint64 id = 0;
    QString number;

    bool isEmpty() const { return type.isEmpty(); }
};

struct Ticket {
    qint64 id = 0;
    QString number; // TKT-2026-000042
    QString subject;
    QString description;
    QString category;     // code
    QString categoryName; // the shop's name for it
    TicketPriority priority = TicketPriority::Medium;
    TicketStatus status = TicketStatus::Open;
    TicketRequester requester;
    LinkedDocument linked;
    qint64 assigneeId = 0; // 0 = unassigned
    QString assigneeName;
    QStringList tags;
    SlaTimes slaTimes;
    QDateTime escalateAt;
    QDateTime escalatedAt;
    QDateTime closedAt;
    QString resolutionNote;
    QDateTime updatedAt;
    QString createdBy;
    QString updatedBy;
    int rowVersion = 0;
    SlaStatus sla; // computed with the service's clock when read
};

struct TicketMessage {
    qint64 id = 0;
    TicketMessageKind kind = TicketMessageKind::Reply;
    QString body;
    qint64 authorId = 0;
    QString authorName;
    QDateTime at;
};

struct TicketAttachment {
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    bool internal = false; // added with a note: never shown to the requester
    QDateTime at;
    QString addedBy;
};

struct AttachmentFile {
    QString fileName;
    QString mimeType;
    QByteArray data;
};

// Everything the ticket view shows, for support staff (notes included).
struct TicketThread {
    Ticket ticket;
    QList<TicketMessage> messages;       // oldest first
    QList<TicketAttachment> attachments; // oldest first
};

// What the requester may see: public messages and attachments only. This is the one source of every
// requester-facing output (replies sent out, exports, printouts).
struct RequesterTicketView {
    QString number;
    QString subject;
    QString description;
    QString statusLabel;
    QString requesterName;
    QString linkedNumber;
    QDateTime createdAt;
    QString resolutionNote;
    QList<TicketMessage> messages;       // never a note
    QList<TicketAttachment> attachments; // never an internal attachment
};

struct NewTicket {
    QString subject;
    QString description;
    QString category; // a category code of the shop
    TicketPriority priority = TicketPriority::Medium;
    // Exactly one requester: a party (a customer's complaint, optionally about one of its documents) or a user.
    qint64 partyId = 0;
    qint64 requesterUserId = 0;
    LinkedDocument linked; // needs partyId; the document must belong to that party
    QStringList tags;
};

struct TicketCursor {
    QString updatedAt;
    qint64 id = 0;
};

struct TicketQuery {
    QString search;    // words matched in the number, subject, requester and linked number
    bool mine = false; // assigned to the signed-in user
    bool unassigned = false;
    QList<TicketStatus> statuses; // empty = any
    std::optional<TicketPriority> priority;
    bool breachedOnly = false;
    QDate from; // creation date range (local dates), inclusive; invalid = open
    QDate to;
    qint64 partyId = 0; // a party's tickets; 0 = all
    int limit = 100;
    bool hasCursor = false;
    TicketCursor after;
};

struct TicketRow {
    qint64 id = 0;
    QString number;
    QString subject;
    QString requesterName;
    TicketPriority priority = TicketPriority::Medium;
    TicketStatus status = TicketStatus::Open;
    qint64 assigneeId = 0;
    QString assigneeName;
    QDateTime updatedAt;
    SlaTimes slaTimes;
    SlaStatus sla; // as of the read
};

struct TicketPage {
    QList<TicketRow> rows; // most recently updated first
    bool hasMore = false;
    TicketCursor next;
};

} // namespace bcp
