#include "services/TicketService.h"

#include "data/Database.h"
#include "money/DocumentNumber.h"
#include "services/AttachmentCheck.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/Counters.h"
#include "services/Permissions.h"
#include "services/Session.h"
#include "services/TicketSla.h"
#include "services/TicketWorkflow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("TicketService", text);
}

const QString kCounterSeries = QStringLiteral("ticket");

const QString kTicketColumns = QStringLiteral(
    "id, number, subject, description, category, priority, status, requester_kind, requester_party_id, "
    "requester_user_id, requester_name, requester_contact, linked_type, linked_id, linked_number, assignee_id, "
    "assignee_name, first_response_due, resolution_due, escalate_at, first_response_at, escalated_at, resolved_at, "
    "closed_at, resolution_note, created_at, created_by_name, updated_at, updated_by_name, row_version");

const QString kRowColumns = QStringLiteral(
    "id, number, subject, requester_name, priority, status, assignee_id, assignee_name, updated_at, created_at, "
    "first_response_due, resolution_due, first_response_at, resolved_at");

QString statusList(const QList<TicketStatus> &statuses) {
    QStringList codes;
    for (TicketStatus s : statuses)
        codes << QLatin1Char('\'') + ticketStatusCode(s) + QLatin1Char('\'');
    return codes.join(QStringLiteral(", "));
}

const QString &openStatusSql() {
    static const QString sql = statusList(openTicketStatuses());
    return sql;
}

// Statuses the SLA may escalate automatically (an escalated ticket already is).
const QString &escalatableStatusSql() {
    static const QString sql =
        statusList({TicketStatus::Open, TicketStatus::InProgress, TicketStatus::AwaitingCustomer});
    return sql;
}

QDateTime optionalTime(const QVariant &v) {
    if (v.isNull() || v.toString().isEmpty())
        return {};
    return fromIsoUtc(v.toString());
}

QString actorName(const Session &s) {
    return s.displayName.isEmpty() ? s.username : s.displayName;
}

QString forUpdate(Database &tx) {
    return tx.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE");
}

// Rows of tenant 0 are the installation defaults: a shop without its own rows in `table` uses them.
QString effectiveTenant(const QString &table) {
    return QStringLiteral("tenant_id = (CASE WHEN EXISTS (SELECT 1 FROM %1 WHERE tenant_id = ?) THEN ? ELSE 0 END)")
        .arg(table);
}

Ticket readTicket(const QSqlQuery &q) {
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.number = q.value(1).toString();
    t.subject = q.value(2).toString();
    t.description = q.value(3).toString();
    t.category = q.value(4).toString();
    t.priority = parseTicketPriority(q.value(5).toString()).value_or(TicketPriority::Medium);
    t.status = parseTicketStatus(q.value(6).toString()).value_or(TicketStatus::Open);
    t.requester.kind = q.value(7).toString() == QStringLiteral("user") ? RequesterKind::User : RequesterKind::Party;
    t.requester.partyId = q.value(8).toLongLong();
    t.requester.userId = q.value(9).toLongLong();
    t.requester.name = q.value(10).toString();
    t.requester.contact = q.value(11).toString();
    t.linked.type = q.value(12).toString();
    t.linked.id = q.value(13).toLongLong();
    t.linked.number = q.value(14).toString();
    t.assigneeId = q.value(15).toLongLong();
    t.assigneeName = q.value(16).toString();
    t.slaTimes.status = t.status;
    t.slaTimes.firstResponseDue = fromIsoUtc(q.value(17).toString());
    t.slaTimes.resolutionDue = fromIsoUtc(q.value(18).toString());
    t.escalateAt = fromIsoUtc(q.value(19).toString());
    t.slaTimes.firstResponseAt = optionalTime(q.value(20));
    t.escalatedAt = optionalTime(q.value(21));
    t.slaTimes.resolvedAt = optionalTime(q.value(22));
    t.closedAt = optionalTime(q.value(23));
    t.resolutionNote = q.value(24).toString();
    t.slaTimes.createdAt = fromIsoUtc(q.value(25).toString());
    t.createdBy = q.value(26).toString();
    t.updatedAt = fromIsoUtc(q.value(27).toString());
    t.updatedBy = q.value(28).toString();
    t.rowVersion = q.value(29).toInt();
    return t;
}

TicketRow readRow(const QSqlQuery &q) {
    TicketRow r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toString();
    r.subject = q.value(2).toString();
    r.requesterName = q.value(3).toString();
    r.priority = parseTicketPriority(q.value(4).toString()).value_or(TicketPriority::Medium);
    r.status = parseTicketStatus(q.value(5).toString()).value_or(TicketStatus::Open);
    r.assigneeId = q.value(6).toLongLong();
    r.assigneeName = q.value(7).toString();
    r.updatedAt = fromIsoUtc(q.value(8).toString());
    r.slaTimes.status = r.status;
    r.slaTimes.createdAt = fromIsoUtc(q.value(9).toString());
    r.slaTimes.firstResponseDue = fromIsoUtc(q.value(10).toString());
    r.slaTimes.resolutionDue = fromIsoUtc(q.value(11).toString());
    r.slaTimes.firstResponseAt = optionalTime(q.value(12));
    r.slaTimes.resolvedAt = optionalTime(q.value(13));
    return r;
}

Result<Ticket> loadTicket(Database &tx, qint64 tenantId, qint64 ticketId, bool lock, const QDateTime &now) {
    QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM tickets WHERE id = ? AND tenant_id = ?%2")
                              .arg(kTicketColumns, lock ? forUpdate(tx) : QString()),
                          {ticketId, tenantId});
    if (!q.next())
        return Error::notFound(tr("This ticket does not exist."));
    Ticket t = readTicket(q);
    QSqlQuery tags =
        tx.exec(QStringLiteral("SELECT tag FROM ticket_tags WHERE ticket_id = ? ORDER BY tag"), {ticketId});
    while (tags.next())
        t.tags << tags.value(0).toString();
    // The shop's own name for the category, else the installation default's.
    t.categoryName =
        tx.scalar(QStringLiteral("SELECT name FROM ticket_categories WHERE code = ? AND tenant_id IN (?, 0) "
                                 "ORDER BY tenant_id DESC"),
                  {t.category, tenantId})
            .toString();
    if (t.categoryName.isEmpty())
        t.categoryName = t.category;
    t.sla = TicketSla::evaluate(t.slaTimes, now);
    return t;
}

QString changedBy(const Ticket &t) {
    return tr("This ticket was changed by %1 at %2. Reload it to see the changes, then try again.")
        .arg(t.updatedBy.isEmpty() ? tr("another user") : t.updatedBy,
             t.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

// Closed tickets are read-only; a stale row version is someone else's change.
Result<void> checkWritable(const Ticket &t, std::optional<int> rowVersion) {
    if (t.status == TicketStatus::Closed)
        return Error::conflict(tr("Ticket %1 is closed: a closed ticket is read-only.").arg(t.number));
    if (rowVersion && *rowVersion != t.rowVersion)
        return Error::conflict(changedBy(t));
    return {};
}

void touch(Database &tx, const Session &session, qint64 ticketId, const QString &now) {
    tx.exec(QStringLiteral("UPDATE tickets SET updated_at = ?, updated_by = ?, updated_by_name = ?, "
                           "row_version = row_version + 1 WHERE id = ?"),
            {now, session.userId, actorName(session), ticketId});
}

QStringList searchWords(const QString &text) {
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().split(split, Qt::SkipEmptyParts);
}

// " tkt-2026-000042 42 crushed boxes kumar traders 9876543210 qt/25-26/0007 … ": every word of what the list
// search looks at, matched as prefixes (LIKE '% word%').
QString searchText(const QString &number, qint64 seq, const QString &subject, const TicketRequester &requester,
                   const LinkedDocument &linked, const QStringList &tags) {
    QStringList words;
    words << number.toLower() << QString::number(seq);
    words << searchWords(number) << searchWords(subject) << searchWords(requester.name)
          << searchWords(requester.contact);
    if (!linked.number.isEmpty())
        words << linked.number.toLower() << searchWords(linked.number);
    for (const QString &tag : tags)
        words << searchWords(tag);
    words.removeDuplicates();
    return QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

QString likeEscape(const QString &word) {
    QString out;
    for (const QChar c : word) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

Result<QStringList> normaliseTags(const QStringList &input) {
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,29}$"));
    QStringList tags;
    for (const QString &raw : input) {
        const QString tag = raw.simplified().toLower();
        if (tag.isEmpty())
            continue;
        if (!allowed.match(tag).hasMatch())
            return Error::invalid(QStringLiteral("tags"),
                                  tr("\"%1\": a tag is 1 to 30 letters, digits, spaces, dots, dashes or underscores")
                                      .arg(raw.simplified()));
        if (!tags.contains(tag))
            tags << tag;
    }
    if (tags.size() > TicketService::kMaxTags)
        return Error::invalid(QStringLiteral("tags"), tr("at most %1 tags per ticket").arg(TicketService::kMaxTags));
    tags.sort();
    return tags;
}

void writeTags(Database &tx, qint64 tenantId, qint64 ticketId, const QStringList &tags) {
    tx.exec(QStringLiteral("DELETE FROM ticket_tags WHERE ticket_id = ?"), {ticketId});
    for (const QString &tag : tags)
        tx.exec(QStringLiteral("INSERT INTO ticket_tags (tenant_id, ticket_id, tag) VALUES (?, ?, ?)"),
                {tenantId, ticketId, tag});
}

SlaRule readRule(const QSqlQuery &q, qint64 tenantId) {
    SlaRule r;
    r.priority = parseTicketPriority(q.value(0).toString()).value_or(TicketPriority::Medium);
    r.firstResponseMinutes = q.value(1).toInt();
    r.resolutionMinutes = q.value(2).toInt();
    r.escalateMinutes = q.value(3).toInt();
    r.shopOwn = q.value(4).toLongLong() == tenantId;
    r.rowVersion = q.value(5).toInt();
    r.updatedAt = optionalTime(q.value(6));
    r.updatedBy = q.value(7).toString();
    return r;
}

QList<SlaRule> loadRules(Database &tx, qint64 tenantId) {
    QSqlQuery q =
        tx.exec(QStringLiteral("SELECT priority, first_response_minutes, resolution_minutes, escalate_minutes, "
                               "tenant_id, row_version, updated_at, updated_by_name FROM ticket_sla_rules WHERE %1")
                    .arg(effectiveTenant(QStringLiteral("ticket_sla_rules"))),
                {tenantId, tenantId});
    QList<SlaRule> stored;
    while (q.next())
        stored << readRule(q, tenantId);
    QList<SlaRule> rules;
    for (TicketPriority p : allTicketPriorities()) {
        const auto it = std::find_if(stored.cbegin(), stored.cend(), [p](const SlaRule &r) { return r.priority == p; });
        rules << (it != stored.cend() ? *it : TicketSla::defaultRule(p));
    }
    return rules;
}

SlaRule ruleFor(Database &tx, qint64 tenantId, TicketPriority priority) {
    for (const SlaRule &r : loadRules(tx, tenantId)) {
        if (r.priority == priority)
            return r;
    }
    return TicketSla::defaultRule(priority);
}

QJsonObject dueJson(const TicketSla::DueTimes &due) {
    return {{QStringLiteral("firstResponseDue"), isoUtc(due.firstResponse)},
            {QStringLiteral("resolutionDue"), isoUtc(due.resolution)},
            {QStringLiteral("escalateAt"), isoUtc(due.escalate)}};
}

QList<TicketAgent> loadAgents(Database &tx, qint64 tenantId) {
    QSqlQuery q = tx.exec(
        QStringLiteral(
            "SELECT u.id, u.username, u.display_name, COALESCE(a.capacity, %1), COALESCE(a.available, 1), "
            "COALESCE(a.row_version, 0), "
            "(SELECT count(*) FROM tickets t WHERE t.tenant_id = ? AND t.assignee_id = u.id AND t.status IN (%2)) "
            "FROM users u "
            "JOIN role_permissions rp ON rp.role = u.role AND rp.permission = ? "
            "LEFT JOIN ticket_agents a ON a.tenant_id = ? AND a.user_id = u.id "
            "WHERE COALESCE(u.tenant_id, 0) = ? AND u.status = 'active' ORDER BY u.id")
            .arg(TicketService::kDefaultCapacity)
            .arg(openStatusSql()),
        {tenantId, perm::SupportAgent, tenantId, tenantId});
    QList<TicketAgent> agents;
    while (q.next()) {
        TicketAgent a;
        a.userId = q.value(0).toLongLong();
        a.username = q.value(1).toString();
        a.displayName = q.value(2).toString().isEmpty() ? a.username : q.value(2).toString();
        a.capacity = q.value(3).toInt();
        a.available = q.value(4).toInt() != 0;
        a.rowVersion = q.value(5).toInt();
        a.openTickets = q.value(6).toInt();
        agents << a;
    }
    return agents;
}

// The agent a new ticket goes to: available, below capacity, fewest open tickets; among equals the next
// after the last one given a ticket (by user id, wrapping round). The shop's assignment row is locked
// first, so concurrent creators decide one after the other and each sees the tickets the previous one
// committed (READ COMMITTED reads the newest rows in every statement).
std::optional<TicketAgent> pickAgent(Database &tx, qint64 tenantId) {
    QSqlQuery head =
        tx.exec(QStringLiteral("INSERT INTO ticket_assignment (tenant_id, last_agent_id) VALUES (?, 0) "
                               "ON CONFLICT (tenant_id) DO UPDATE SET last_agent_id = ticket_assignment.last_agent_id "
                               "RETURNING last_agent_id"),
                {tenantId});
    const qint64 last = head.next() ? head.value(0).toLongLong() : 0;
    QList<TicketAgent> free;
    for (const TicketAgent &a : loadAgents(tx, tenantId)) {
        if (a.available && a.openTickets < a.capacity)
            free << a;
    }
    if (free.isEmpty())
        return std::nullopt;
    const int least = std::min_element(free.cbegin(), free.cend(), [](const TicketAgent &a, const TicketAgent &b) {
                          return a.openTickets < b.openTickets;
                      })->openTickets;
    QList<TicketAgent> tied;
    for (const TicketAgent &a : free) {
        if (a.openTickets == least)
            tied << a;
    }
    // `tied` is in user id order.
    auto next = std::find_if(tied.cbegin(), tied.cend(), [last](const TicketAgent &a) { return a.userId > last; });
    const TicketAgent chosen = next != tied.cend() ? *next : tied.first();
    tx.exec(QStringLiteral("UPDATE ticket_assignment SET last_agent_id = ? WHERE tenant_id = ?"),
            {chosen.userId, tenantId});
    return chosen;
}

std::optional<TicketAgent> findAgent(Database &tx, qint64 tenantId, qint64 userId) {
    for (const TicketAgent &a : loadAgents(tx, tenantId)) {
        if (a.userId == userId)
            return a;
    }
    return std::nullopt;
}

QList<TicketCategory> loadCategories(Database &tx, qint64 tenantId) {
    QSqlQuery q =
        tx.exec(QStringLiteral("SELECT id, code, name, sort_order, active, row_version FROM ticket_categories "
                               "WHERE %1 ORDER BY sort_order, id")
                    .arg(effectiveTenant(QStringLiteral("ticket_categories"))),
                {tenantId, tenantId});
    QList<TicketCategory> out;
    while (q.next()) {
        TicketCategory c;
        c.id = q.value(0).toLongLong();
        c.code = q.value(1).toString();
        c.name = q.value(2).toString();
        c.sortOrder = q.value(3).toInt();
        c.active = q.value(4).toInt() != 0;
        c.rowVersion = q.value(5).toInt();
        out << c;
    }
    return out;
}

// Gives a shop its own copy of the default rows of `table` before its first edit.
void copyDefaults(Database &tx, qint64 tenantId, const QString &table, const QString &columns) {
    if (tenantId == 0)
        return;
    tx.exec(QStringLiteral("INSERT INTO %1 (tenant_id, %2) SELECT ?, %2 FROM %1 WHERE tenant_id = 0 "
                           "AND NOT EXISTS (SELECT 1 FROM %1 WHERE tenant_id = ?)")
                .arg(table, columns),
            {tenantId, tenantId});
}

TicketMessage readMessage(const QSqlQuery &q) {
    TicketMessage m;
    m.id = q.value(0).toLongLong();
    m.kind = parseTicketMessageKind(q.value(1).toString()).value_or(TicketMessageKind::Note);
    m.body = q.value(2).toString();
    m.authorId = q.value(3).toLongLong();
    m.authorName = q.value(4).toString();
    m.at = fromIsoUtc(q.value(5).toString());
    return m;
}

TicketAttachment readAttachment(const QSqlQuery &q) {
    TicketAttachment a;
    a.id = q.value(0).toLongLong();
    a.fileName = q.value(1).toString();
    a.mimeType = q.value(2).toString();
    a.size = q.value(3).toLongLong();
    a.sha256 = q.value(4).toString();
    a.internal = q.value(5).toInt() != 0;
    a.at = fromIsoUtc(q.value(6).toString());
    a.addedBy = q.value(7).toString();
    return a;
}

// Messages and attachments of a ticket; `publicOnly` leaves notes and internal attachments out in SQL, so
// they are never even read for requester-facing output.
void loadConversation(Database &tx, qint64 ticketId, bool publicOnly, QList<TicketMessage> &messages,
                      QList<TicketAttachment> &attachments) {
    QSqlQuery m =
        tx.exec(QStringLiteral("SELECT id, kind, body, author_id, author_name, created_at FROM ticket_messages "
                               "WHERE ticket_id = ?%1 ORDER BY id")
                    .arg(publicOnly ? QStringLiteral(" AND kind <> 'note'") : QString()),
                {ticketId});
    while (m.next())
        messages << readMessage(m);
    QSqlQuery a = tx.exec(QStringLiteral("SELECT id, file_name, mime_type, size_bytes, sha256, internal, created_at, "
                                         "created_by_name FROM ticket_attachments WHERE ticket_id = ?%1 ORDER BY id")
                              .arg(publicOnly ? QStringLiteral(" AND internal = 0") : QString()),
                          {ticketId});
    while (a.next())
        attachments << readAttachment(a);
}

qint64 insertMessage(Database &tx, qint64 tenantId, qint64 ticketId, TicketMessageKind kind, const QString &body,
                     const Session &author, const QString &now) {
    return tx.insert(
        QStringLiteral("INSERT INTO ticket_messages (tenant_id, ticket_id, kind, body, author_id, author_name, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {tenantId, ticketId, ticketMessageKindCode(kind), body, author.userId, actorName(author), now});
}

QString categoryCodeFor(const QString &name) {
    QString code = name.toLower();
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    code.replace(nonWord, QStringLiteral("-"));
    while (code.startsWith(QLatin1Char('-')))
        code.remove(0, 1);
    while (code.endsWith(QLatin1Char('-')))
        code.chop(1);
    return code.left(40);
}

} // namespace

TicketService::TicketService(Database &db) : TicketService(db, Clock::system()) {}

TicketService::TicketService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

// ---- Tickets ----------------------------------------------------------------------------------------

Result<Ticket> TicketService::create(const Session &session, const NewTicket &in) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsEdit, m_clock); !allowed)
        return allowed.error();
    const QString subject = in.subject.simplified();
    if (subject.isEmpty())
        return Error::invalid(QStringLiteral("subject"),
                              tr("enter a subject: what is the complaint or question about?"));
    if (subject.size() > kMaxSubject)
        return Error::invalid(QStringLiteral("subject"), tr("keep the subject within %1 characters").arg(kMaxSubject));
    const QString description = in.description.trimmed();
    if (description.size() > kMaxText)
        return Error::invalid(QStringLiteral("description"),
                              tr("keep the description within %1 characters").arg(kMaxText));
    if (in.category.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("category"), tr("choose a category"));
    if ((in.partyId > 0) == (in.requesterUserId > 0))
        return Error::invalid(QStringLiteral("requester"), tr("choose who raised the ticket: a party or a user"));
    if (!in.linked.isEmpty()) {
        if (in.partyId <= 0)
            return Error::invalid(QStringLiteral("linked"), tr("only a party's complaint can be linked to a document"));
        if (in.linked.type != QStringLiteral("quote") && in.linked.type != QStringLiteral("invoice"))
            return Error::invalid(QStringLiteral("linked"), tr("a ticket can be linked to a quote or an invoice"));
    }
    auto tags = normaliseTags(in.tags);
    if (!tags)
        return tags.error();

    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = isoUtc(nowUtc);
    const QDate today = nowUtc.toLocalTime().date();

    return m_db.write([&](Database &tx) -> Result<Ticket> {
        bool categoryOk = false;
        for (const TicketCategory &c : loadCategories(tx, session.tenantId))
            categoryOk = categoryOk || (c.code == in.category && c.active);
        if (!categoryOk)
            return Error::invalid(QStringLiteral("category"), tr("choose one of the shop's ticket categories"));

        TicketRequester requester;
        if (in.partyId > 0) {
            QSqlQuery p = tx.exec(
                QStringLiteral("SELECT name, company, mobile, email FROM parties WHERE id = ? AND tenant_id = ?"),
                {in.partyId, session.tenantId});
            if (!p.next())
                return Error::invalid(QStringLiteral("requester"), tr("this party does not exist"));
            requester.kind = RequesterKind::Party;
            requester.partyId = in.partyId;
            const QString company = p.value(1).toString();
            requester.name = company.isEmpty() || company == p.value(0).toString()
                                 ? p.value(0).toString()
                                 : QStringLiteral("%1 (%2)").arg(p.value(0).toString(), company);
            requester.contact = p.value(2).toString().isEmpty() ? p.value(3).toString() : p.value(2).toString();
        } else {
            // The vendor's support staff (tenant 0) take questions from users of every shop.
            QSqlQuery u = tx.exec(QStringLiteral("SELECT display_name, username, email FROM users WHERE id = ? "
                                                 "AND (COALESCE(tenant_id, 0) = ? OR ? = 0)"),
                                  {in.requesterUserId, session.tenantId, session.tenantId});
            if (!u.next())
                return Error::invalid(QStringLiteral("requester"), tr("this user does not exist"));
            requester.kind = RequesterKind::User;
            requester.userId = in.requesterUserId;
            requester.name = u.value(0).toString().isEmpty() ? u.value(1).toString() : u.value(0).toString();
            requester.contact = u.value(2).toString();
        }

        LinkedDocument linked;
        if (!in.linked.isEmpty()) {
            const QString table =
                in.linked.type == QStringLiteral("quote") ? QStringLiteral("quotes") : QStringLiteral("invoices");
            if (!tx.tableExists(table))
                return Error::invalid(QStringLiteral("linked"), tr("this document does not exist"));
            QSqlQuery d =
                tx.exec(QStringLiteral("SELECT number, party_id FROM %1 WHERE id = ? AND tenant_id = ?").arg(table),
                        {in.linked.id, session.tenantId});
            if (!d.next())
                return Error::invalid(QStringLiteral("linked"), tr("this document does not exist"));
            if (d.value(1).toLongLong() != in.partyId)
                return Error::invalid(QStringLiteral("linked"),
                                      tr("%1 belongs to another party").arg(d.value(0).toString()));
            linked.type = in.linked.type;
            linked.id = in.linked.id;
            linked.number = d.value(0).toString();
        }

        const SlaRule rule = ruleFor(tx, session.tenantId, in.priority);
        const TicketSla::DueTimes due = TicketSla::dueTimes(rule, nowUtc);

        const qint64 seq = Counters::take(tx, session.tenantId, kCounterSeries, QString::number(today.year()));
        auto number = DocumentNumber::format(DocumentNumber::defaultTemplate(NumberSeries::Ticket),
                                             NumberSeries::Ticket, today, seq);
        if (!number)
            return Error::conflict(number.error().message);

        const std::optional<TicketAgent> agent = pickAgent(tx, session.tenantId);

        const qint64 id = tx.insert(
            QStringLiteral(
                "INSERT INTO tickets (tenant_id, number, year, seq, subject, description, category, priority, status, "
                "requester_kind, requester_party_id, requester_user_id, requester_name, requester_contact, "
                "linked_type, linked_id, linked_number, assignee_id, assignee_name, first_response_due, "
                "resolution_due, escalate_at, search_text, created_at, created_by, created_by_name, updated_at, "
                "updated_by, updated_by_name) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {session.tenantId,
             number.value(),
             today.year(),
             seq,
             subject,
             description,
             in.category,
             ticketPriorityCode(in.priority),
             ticketStatusCode(TicketStatus::Open),
             requester.kind == RequesterKind::Party ? QStringLiteral("party") : QStringLiteral("user"),
             requester.partyId > 0 ? QVariant(requester.partyId) : QVariant(),
             requester.userId > 0 ? QVariant(requester.userId) : QVariant(),
             requester.name,
             requester.contact,
             linked.type,
             linked.isEmpty() ? QVariant() : QVariant(linked.id),
             linked.number,
             agent ? QVariant(agent->userId) : QVariant(),
             agent ? agent->displayName : QString(),
             isoUtc(due.firstResponse),
             isoUtc(due.resolution),
             isoUtc(due.escalate),
             searchText(number.value(), seq, subject, requester, linked, tags.value()),
             now,
             session.userId,
             actorName(session),
             now,
             session.userId,
             actorName(session)});
        writeTags(tx, session.tenantId, id, tags.value());

        QJsonObject after = dueJson(due);
        after.insert(QStringLiteral("number"), number.value());
        after.insert(QStringLiteral("subject"), subject);
        after.insert(QStringLiteral("category"), in.category);
        after.insert(QStringLiteral("priority"), ticketPriorityCode(in.priority));
        after.insert(QStringLiteral("requester"), requester.name);
        after.insert(QStringLiteral("assignee"), agent ? agent->displayName : QString());
        if (!linked.isEmpty())
            after.insert(QStringLiteral("linked"), linked.type + QLatin1Char(' ') + linked.number);
        if (!tags->isEmpty())
            after.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags.value()));
        AuditLog::append(tx, session,
                         {QStringLiteral("ticket.create"), QStringLiteral("ticket"), number.value(), {}, after},
                         nowUtc);
        return loadTicket(tx, session.tenantId, id, false, nowUtc);
    });
}

Result<Ticket> TicketService::get(const Session &session, qint64 ticketId) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsView, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) { return loadTicket(tx, session.tenantId, ticketId, false, now); });
}

Result<Ticket> TicketService::getByNumber(const Session &session, const QString &number) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsView, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) -> Result<Ticket> {
        const QVariant id = tx.scalar(QStringLiteral("SELECT id FROM tickets WHERE tenant_id = ? AND number = ?"),
                                      {session.tenantId, number.trimmed().toUpper()});
        if (!id.isValid())
            return Error::notFound(tr("There is no ticket %1.").arg(number.trimmed()));
        return loadTicket(tx, session.tenantId, id.toLongLong(), false, now);
    });
}

Result<TicketThread> TicketService::thread(const Session &session, qint64 ticketId) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsView, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) -> Result<TicketThread> {
        auto ticket = loadTicket(tx, session.tenantId, ticketId, false, now);
        if (!ticket)
            return ticket.error();
        TicketThread t;
        t.ticket = ticket.value();
        loadConversation(tx, ticketId, false, t.messages, t.attachments);
        return t;
    });
}

Result<TicketPage> TicketService::list(const Session &session, const TicketQuery &query) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsView, m_clock); !allowed)
        return allowed.error();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = isoUtc(nowUtc);
    QString sql = QStringLiteral("SELECT %1 FROM tickets WHERE tenant_id = ?").arg(kRowColumns);
    QVariantList values{session.tenantId};
    if (query.mine) {
        sql += QStringLiteral(" AND assignee_id = ?");
        values << session.userId;
    }
    if (query.unassigned)
        sql += QStringLiteral(" AND assignee_id IS NULL");
    if (!query.statuses.isEmpty())
        sql += QStringLiteral(" AND status IN (%1)").arg(statusList(query.statuses));
    if (query.priority) {
        sql += QStringLiteral(" AND priority = ?");
        values << ticketPriorityCode(*query.priority);
    }
    if (query.partyId > 0) {
        sql += QStringLiteral(" AND requester_party_id = ?");
        values << query.partyId;
    }
    if (query.breachedOnly) {
        // TicketSla::evaluate in SQL: a pending target whose due time has come, or a stopped one met late.
        sql += QStringLiteral(
                   " AND ((status IN (%1) AND ((first_response_at IS NULL AND first_response_due <= ?) "
                   "OR resolution_due <= ?)) OR (status IN ('RESOLVED', 'CLOSED') AND (resolved_at > resolution_due "
                   "OR COALESCE(first_response_at, resolved_at) > first_response_due)))")
                   .arg(openStatusSql());
        values << now << now;
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND created_at >= ?");
        values << isoUtc(QDateTime(query.from, QTime(0, 0)));
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND created_at < ?");
        values << isoUtc(QDateTime(query.to.addDays(1), QTime(0, 0)));
    }
    for (const QString &word : query.search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        sql += QStringLiteral(" AND search_text LIKE ? ESCAPE '\\'");
        values << QStringLiteral("% ") + likeEscape(word) + QStringLiteral("%");
    }
    if (query.hasCursor) {
        sql += QStringLiteral(" AND (updated_at < ? OR (updated_at = ? AND id < ?))");
        values << query.after.updatedAt << query.after.updatedAt << query.after.id;
    }
    const int limit = std::clamp(query.limit, 1, 1000);
    sql += QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT %1").arg(limit + 1);

    return m_db.read([&](Database &tx) -> Result<TicketPage> {
        TicketPage page;
        QSqlQuery q = tx.exec(sql, values);
        while (q.next()) {
            if (page.rows.size() == limit) {
                page.hasMore = true;
                break;
            }
            TicketRow row = readRow(q);
            row.sla = TicketSla::evaluate(row.slaTimes, nowUtc);
            page.rows << row;
        }
        if (!page.rows.isEmpty()) {
            page.next.updatedAt = isoUtc(page.rows.last().updatedAt);
            page.next.id = page.rows.last().id;
        }
        return page;
    });
}

Result<Ticket> TicketService::setStatus(const Session &session, qint64 ticketId, TicketStatus status,
                                        const QString &note, std::optional<int> rowVersion) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsEdit, m_clock); !allowed)
        return allowed.error();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = isoUtc(nowUtc);
    return m_db.write([&](Database &tx) -> Result<Ticket> {
        auto before = loadTicket(tx, session.tenantId, ticketId, true, nowUtc);
        if (!before)
            return before.error();
        const Ticket &t = before.value();
        if (auto move = TicketWorkflow::check(t.status, status, note); !move)
            return move.error();
        if (rowVersion && *rowVersion != t.rowVersion)
            return Error::conflict(changedBy(t));

        QJsonObject after{{QStringLiteral("status"), ticketStatusCode(status)}};
        switch (status) {
        case TicketStatus::Resolved: {
            const QString resolution = note.trimmed();
            tx.exec(QStringLiteral("UPDATE tickets SET resolved_at = ?, resolution_note = ?, "
                                   "first_response_at = COALESCE(first_response_at, ?) WHERE id = ?"),
                    {now, resolution, now, ticketId});
            insertMessage(tx, session.tenantId, ticketId, TicketMessageKind::Resolution, resolution, session, now);
            after.insert(QStringLiteral("resolutionNote"), resolution);
            break;
        }
        case TicketStatus::Closed:
            tx.exec(QStringLiteral("UPDATE tickets SET closed_at = ? WHERE id = ?"), {now, ticketId});
            break;
        case TicketStatus::Escalated:
            tx.exec(QStringLiteral("UPDATE tickets SET escalated_at = ? WHERE id = ?"), {now, ticketId});
            break;
        case TicketStatus::InProgress:
            if (t.status == TicketStatus::Resolved)
                tx.exec(QStringLiteral("UPDATE tickets SET resolved_at = NULL, resolution_note = '' WHERE id = ?"),
                        {ticketId});
            break;
        case TicketStatus::Open:
        case TicketStatus::AwaitingCustomer:
            break;
        }
        tx.exec(QStringLiteral("UPDATE tickets SET status = ? WHERE id = ?"), {ticketStatusCode(status), ticketId});
        touch(tx, session, ticketId, now);
        AuditLog::append(tx, session,
                         {QStringLiteral("ticket.status"),
                          QStringLiteral("ticket"),
                          t.number,
                          {{QStringLiteral("status"), ticketStatusCode(t.status)}},
                          after},
                         nowUtc);
        return loadTicket(tx, session.tenantId, ticketId, false, nowUtc);
    });
}

Result<Ticket> TicketService::setPriority(const Session &session, qint64 ticketId, TicketPriority priority,
                                          std::optional<int> rowVersion) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsEdit, m_clock); !allowed)
        return allowed.error();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = isoUtc(nowUtc);
    return m_db.write([&](Database &tx) -> Result<Ticket> {
        auto before = loadTicket(tx, session.tenantId, ticketId, true, nowUtc);
        if (!before)
            return before.error();
        const Ticket &t = before.value();
        if (auto writable = checkWritable(t, rowVersion); !writable)
            return writable.error();
        if (t.priority == priority)
            return t;
        // The customer has been waiting since the ticket was raised: the new rule counts from then.
        const TicketSla::DueTimes due =
            TicketSla::dueTimes(ruleFor(tx, session.tenantId, priority), t.slaTimes.createdAt);
        // A ticket that is not escalated now may be escalated again under its new escalation time.
        tx.exec(QStringLiteral(
                    "UPDATE tickets SET priority = ?, first_response_due = ?, resolution_due = ?, escalate_at = ?, "
                    "escalated_at = CASE WHEN status = 'ESCALATED' THEN escalated_at ELSE NULL END WHERE id = ?"),
                {ticketPriorityCode(priority), isoUtc(due.firstResponse), isoUtc(due.resolution), isoUtc(due.escalate),
                 ticketId});
        touch(tx, session, ticketId, now);
        QJsonObject beforeJson{{QStringLiteral("priority"), ticketPriorityCode(t.priority)},
                               {QStringLiteral("firstResponseDue"), isoUtc(t.slaTimes.firstResponseDue)},
                               {QStringLiteral("resolutionDue"), isoUtc(t.slaTimes.resolutionDue)},
                               {QStringLiteral("escalateAt"), isoUtc(t.escalateAt)}};
        QJsonObject after = dueJson(due);
        after.insert(QStringLiteral("priority"), ticketPriorityCode(priority));
        AuditLog::append(tx, session,
                         {QStringLiteral("ticket.priority"), QStringLiteral("ticket"), t.number, beforeJson, after},
                         nowUtc);
        return loadTicket(tx, session.tenantId, ticketId, false, nowUtc);
    });
}

Result<Ticket> TicketService::assign(const Session &session, qint64 ticketId, qint64 agentUserId,
                                     std::optional<int> rowVersion) {
    const QString needed = agentUserId == session.userId && agentUserId > 0 ? perm::SupportAgent : perm::SupportManage;
    if (auto allowed = requirePermission(m_db, session, needed, m_clock); !allowed)
        return allowed.error();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = isoUtc(nowUtc);
    return m_db.write([&](Database &tx) -> Result<Ticket> {
        auto before = loadTicket(tx, session.tenantId, ticketId, true, nowUtc);
        if (!before)
            return before.error();
        const Ticket &t = before.value();
        if (auto writable = checkWritable(t, rowVersion); !writable)
            return writable.error();
        if (t.assigneeId == agentUserId)
            return t;
        QString name;
        if (agentUserId > 0) {
            const std::optional<TicketAgent> agent = findAgent(tx, session.tenantId, agentUserId);
            if (!agent)
                return Error::invalid(QStringLiteral("assignee"),
                                      tr("tickets can be assigned only to active support agents of the shop"));
            name = agent->displayName;
        }
        tx.exec(QStringLiteral("UPDATE tickets SET assignee_id = ?, assignee_name = ? WHERE id = ?"),
                {agentUserId > 0 ? QVariant(agentUserId) : QVariant(), name, ticketId});
        touch(tx, session, ticketId, now);
        AuditLog::append(tx, session,
                         {QStringLiteral("ticket.assign"),
                          QStringLiteral("ticket"),
                          t.number,
                          {{QStringLiteral("assigneeId"), t.assigneeId}, {QStringLiteral("assignee"), t.assigneeName}},
                          {{QStringLiteral("assigneeId"), agentUserId}, {QStringLiteral("assignee"), name}}},
                         nowUtc);
        return loadTicket(tx, session.tenantId, ticketId, false, nowUtc);
    });
}

Result<Ticket> TicketService::setTags(const Session &session, qint64 ticketId, const QStringList &input,
                                      std::optional<int> rowVersion) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsEdit, m_clock); !allowed)
        return allowed.error();
    auto tags = normaliseTags(input);
    if (!tags)
        return tags.error();
    const QDateTime nowUtc = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<Ticket> {
        auto before = loadTicket(tx, session.tenantId, ticketId, true, nowUtc);
        if (!before)
            return before.error();
        const Ticket &t = before.value();
        if (auto writable = checkWritable(t, rowVersion); !writable)
            return writable.error();
        if (t.tags == tags.value())
            return t;
        writeTags(tx, session.tenantId, ticketId, tags.value());
        const qint64 seq = tx.scalar(QStringLiteral("SELECT seq FROM tickets WHERE id = ?"), {ticketId}).toLongLong();
        tx.exec(QStringLiteral("UPDATE tickets SET search_text = ? WHERE id = ?"),
                {searchText(t.number, seq, t.subject, t.requester, t.linked, tags.value()), ticketId});
        touch(tx, session, ticketId, isoUtc(nowUtc));
        AuditLog::append(tx, session,
                         {QStringLiteral("ticket.tags"),
                          QStringLiteral("ticket"),
                          t.number,
                          {{QStringLiteral("tags"), QJsonArray::fromStringList(t.tags)}},
                          {{QStringLiteral("tags"), QJsonArray::fromStringList(tags.value())}}},
                         nowUtc);
        return loadTicket(tx, session.tenantId, ticketId, false, nowUtc);
    });
}

Result<TicketMessage> TicketService::addMessage(const Session &session, qint64 ticketId, TicketMessageKind kind,
                                                const QString &text) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsEdit, m_clock); !allowed)
        return allowed.error();
    const QString body = text.trimmed();
    if (body.isEmpty())
        return Error::invalid(QStringLiteral("message"), tr("write the message first"));
    if (body.size() > kMaxText)
        return Error::invalid(QStringLiteral("message"), tr("keep a message within %1 characters").arg(kMaxText));
    if (kind == TicketMessageKind::Resolution)
        return Error::invalid(QStringLiteral("message"),
                              tr("a resolution note is written when the ticket is resolved"));
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = isoUtc(nowUtc);
    return m_db.write([&](Database &tx) -> Result<TicketMessage> {
        auto before = loadTicket(tx, session.tenantId, ticketId, true, nowUtc);
        if (!before)
            return before.error();
        const Ticket &t = before.value();
        if (auto writable = checkWritable(t, std::nullopt); !writable)
            return writable.error();
        TicketMessageKind stored = kind;
        if (kind == TicketMessageKind::Reply && t.requester.kind == RequesterKind::User &&
            t.requester.userId == session.userId)
            stored = TicketMessageKind::Requester;

        QJsonObject after{{QStringLiteral("kind"), ticketMessageKindCode(stored)}};
        if (stored == TicketMessageKind::Reply && !t.slaTimes.firstResponseAt.isValid()) {
            tx.exec(QStringLiteral("UPDATE tickets SET first_response_at = ? WHERE id = ?"), {now, ticketId});
            after.insert(QStringLiteral("firstResponseAt"), now);
        }
        if (stored == TicketMessageKind::Requester &&
            (t.status == TicketStatus::AwaitingCustomer || t.status == TicketStatus::Resolved)) {
            tx.exec(
                QStringLiteral("UPDATE tickets SET status = ?, resolved_at = NULL, resolution_note = '' WHERE id = ?"),
                {ticketStatusCode(TicketStatus::InProgress), ticketId});
            after.insert(QStringLiteral("status"), ticketStatusCode(TicketStatus::InProgress));
        }
        const qint64 id = insertMessage(tx, session.tenantId, ticketId, stored, body, session, now);
        after.insert(QStringLiteral("messageId"), id);
        touch(tx, session, ticketId, now);
        const QString action = stored == TicketMessageKind::Note        ? QStringLiteral("ticket.note")
                               : stored == TicketMessageKind::Requester ? QStringLiteral("ticket.requester_message")
                                                                        : QStringLiteral("ticket.reply");
        QJsonObject beforeJson;
        if (after.contains(QStringLiteral("status")))
            beforeJson.insert(QStringLiteral("status"), ticketStatusCode(t.status));
        AuditLog::append(tx, session, {action, QStringLiteral("ticket"), t.number, beforeJson, after}, nowUtc);
        TicketMessage m;
        m.id = id;
        m.kind = stored;
        m.body = body;
        m.authorId = session.userId;
        m.authorName = actorName(session);
        m.at = fromIsoUtc(now);
        return m;
    });
}

Result<TicketAttachment> TicketService::addAttachment(const Session &session, qint64 ticketId, const QString &fileName,
                                                      const QByteArray &data, bool internal) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsEdit, m_clock); !allowed)
        return allowed.error();
    auto type = AttachmentCheck::check(fileName, data);
    if (!type)
        return type.error();
    // Hashing 10 MB happens before the transaction, not while holding the write lock.
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QString name = fileName.trimmed().section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = isoUtc(nowUtc);
    return m_db.write([&](Database &tx) -> Result<TicketAttachment> {
        auto before = loadTicket(tx, session.tenantId, ticketId, true, nowUtc);
        if (!before)
            return before.error();
        if (auto writable = checkWritable(before.value(), std::nullopt); !writable)
            return writable.error();
        const qint64 id =
            tx.insert(QStringLiteral("INSERT INTO ticket_attachments (tenant_id, ticket_id, internal, file_name, "
                                     "mime_type, size_bytes, sha256, content, created_at, created_by, "
                                     "created_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {session.tenantId, ticketId, internal ? 1 : 0, name, type.value(), qint64(data.size()), sha, data,
                       now, session.userId, actorName(session)});
        touch(tx, session, ticketId, now);
        AuditLog::append(tx, session,
                         {QStringLiteral("ticket.attachment"),
                          QStringLiteral("ticket"),
                          before->number,
                          {},
                          {{QStringLiteral("attachmentId"), id},
                           {QStringLiteral("fileName"), name},
                           {QStringLiteral("mimeType"), type.value()},
                           {QStringLiteral("size"), qint64(data.size())},
                           {QStringLiteral("sha256"), sha},
                           {QStringLiteral("internal"), internal}}},
                         nowUtc);
        TicketAttachment a;
        a.id = id;
        a.fileName = name;
        a.mimeType = type.value();
        a.size = data.size();
        a.sha256 = sha;
        a.internal = internal;
        a.at = fromIsoUtc(now);
        a.addedBy = actorName(session);
        return a;
    });
}

Result<AttachmentFile> TicketService::attachment(const Session &session, qint64 attachmentId) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<AttachmentFile> {
        QSqlQuery q =
            tx.exec(QStringLiteral(
                        "SELECT file_name, mime_type, content FROM ticket_attachments WHERE id = ? AND tenant_id = ?"),
                    {attachmentId, session.tenantId});
        if (!q.next())
            return Error::notFound(tr("This attachment does not exist."));
        return AttachmentFile{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()};
    });
}

// ---- What the requester sees ----------------------------------------------------------------------------

Result<RequesterTicketView> TicketService::requesterView(const Session &session, qint64 ticketId) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsView, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) -> Result<RequesterTicketView> {
        auto ticket = loadTicket(tx, session.tenantId, ticketId, false, now);
        if (!ticket)
            return ticket.error();
        RequesterTicketView v;
        v.number = ticket->number;
        v.subject = ticket->subject;
        v.description = ticket->description;
        v.statusLabel = ticketStatusLabel(ticket->status);
        v.requesterName = ticket->requester.name;
        v.linkedNumber = ticket->linked.number;
        v.createdAt = ticket->slaTimes.createdAt;
        v.resolutionNote = ticket->resolutionNote;
        loadConversation(tx, ticketId, true, v.messages, v.attachments);
        return v;
    });
}

QString TicketService::requesterText(const RequesterTicketView &v) {
    auto t = [](const char *text) { return QCoreApplication::translate("TicketService", text); };
    QString out;
    out += t("Ticket %1: %2").arg(v.number, v.subject) + QLatin1Char('\n');
    out += t("Raised by %1 on %2")
               .arg(v.requesterName, v.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
           QLatin1Char('\n');
    if (!v.linkedNumber.isEmpty())
        out += t("About %1").arg(v.linkedNumber) + QLatin1Char('\n');
    out += t("Status: %1").arg(v.statusLabel) + QLatin1Char('\n');
    if (!v.description.isEmpty())
        out += QLatin1Char('\n') + v.description + QLatin1Char('\n');
    for (const TicketMessage &m : v.messages) {
        if (!isPublicMessage(m.kind))
            continue;
        const QString when = m.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString who;
        switch (m.kind) {
        case TicketMessageKind::Requester:
            who = t("%1 wrote").arg(v.requesterName);
            break;
        case TicketMessageKind::Resolution:
            who = t("Resolved by %1").arg(m.authorName);
            break;
        default:
            who = t("%1 replied").arg(m.authorName);
            break;
        }
        out += QStringLiteral("\n--- %1, %2\n%3\n").arg(who, when, m.body);
    }
    bool heading = false;
    for (const TicketAttachment &a : v.attachments) {
        if (a.internal)
            continue;
        if (!heading) {
            out += QLatin1Char('\n') + t("Attachments:") + QLatin1Char('\n');
            heading = true;
        }
        out += QStringLiteral("  %1 (%2 KB)\n").arg(a.fileName).arg((a.size + 1023) / 1024);
    }
    return out;
}

// ---- SLA ------------------------------------------------------------------------------------------------

Result<QStringList> TicketService::escalateOverdue(const Session &session) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsEdit, m_clock); !allowed)
        return allowed.error();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = isoUtc(nowUtc);
    return m_db.write([&](Database &tx) -> Result<QStringList> {
        QSqlQuery due = tx.exec(QStringLiteral("SELECT id, number FROM tickets WHERE tenant_id = ? AND status IN (%1) "
                                               "AND escalated_at IS NULL AND escalate_at <= ? ORDER BY id")
                                    .arg(escalatableStatusSql()),
                                {session.tenantId, now});
        QList<std::pair<qint64, QString>> candidates;
        while (due.next())
            candidates.append({due.value(0).toLongLong(), due.value(1).toString()});
        QStringList escalated;
        for (const auto &[id, number] : candidates) {
            // Another desktop running the same sweep may have got there first: only rows still due count.
            QSqlQuery u =
                tx.exec(QStringLiteral("UPDATE tickets SET status = 'ESCALATED', escalated_at = ?, updated_at = ?, "
                                       "updated_by = ?, updated_by_name = ?, row_version = row_version + 1 "
                                       "WHERE id = ? AND escalated_at IS NULL AND status IN (%1)")
                            .arg(escalatableStatusSql()),
                        {now, now, session.userId, actorName(session), id});
            if (u.numRowsAffected() > 0)
                escalated << number;
        }
        if (!escalated.isEmpty())
            AuditLog::append(tx, session,
                             {QStringLiteral("ticket.escalate"),
                              QStringLiteral("ticket"),
                              escalated.size() == 1 ? escalated.first() : QString(),
                              {},
                              {{QStringLiteral("status"), ticketStatusCode(TicketStatus::Escalated)},
                               {QStringLiteral("reason"), QStringLiteral("sla")},
                               {QStringLiteral("tickets"), QJsonArray::fromStringList(escalated)}}},
                             nowUtc);
        return escalated;
    });
}

Result<QList<TicketRow>> TicketService::nearingBreach(const Session &session) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsView, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) -> Result<QList<TicketRow>> {
        QSqlQuery q =
            tx.exec(QStringLiteral("SELECT %1 FROM tickets WHERE tenant_id = ? AND assignee_id = ? AND status IN (%2)")
                        .arg(kRowColumns, openStatusSql()),
                    {session.tenantId, session.userId});
        QList<TicketRow> rows;
        while (q.next()) {
            TicketRow row = readRow(q);
            row.sla = TicketSla::evaluate(row.slaTimes, now);
            if (row.sla.state == SlaState::Warning || row.sla.state == SlaState::Critical)
                rows << row;
        }
        std::sort(rows.begin(), rows.end(), [](const TicketRow &a, const TicketRow &b) {
            if (a.sla.state != b.sla.state)
                return static_cast<int>(a.sla.state) > static_cast<int>(b.sla.state);
            return a.sla.secondsLeft < b.sla.secondsLeft;
        });
        return rows;
    });
}

Result<QList<SlaRule>> TicketService::slaRules(const Session &session) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<QList<SlaRule>> { return loadRules(tx, session.tenantId); });
}

Result<SlaRule> TicketService::saveSlaRule(const Session &session, const SlaRule &rule) {
    if (auto allowed = requirePermission(m_db, session, perm::SupportManage, m_clock); !allowed)
        return allowed.error();
    constexpr int kYear = 366 * 24 * 60;
    const struct {
        int minutes;
        const char *field;
    } values[] = {{rule.firstResponseMinutes, "firstResponseMinutes"},
                  {rule.resolutionMinutes, "resolutionMinutes"},
                  {rule.escalateMinutes, "escalateMinutes"}};
    for (const auto &v : values) {
        if (v.minutes <= 0 || v.minutes > kYear)
            return Error::invalid(QString::fromLatin1(v.field),
                                  tr("enter a number of minutes from 1 to %1").arg(kYear));
    }
    if (rule.firstResponseMinutes > rule.resolutionMinutes)
        return Error::invalid(QStringLiteral("firstResponseMinutes"),
                              tr("the first response cannot be due after the resolution"));
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = isoUtc(nowUtc);
    const QString code = ticketPriorityCode(rule.priority);
    return m_db.write([&](Database &tx) -> Result<SlaRule> {
        const SlaRule stored = ruleFor(tx, session.tenantId, rule.priority);
        if (rule.rowVersion != 0 && (rule.rowVersion != stored.rowVersion || rule.shopOwn != stored.shopOwn))
            return Error::conflict(
                tr("The SLA rule for %1 priority was changed by %2 at %3. Reload the rules and try again.")
                    .arg(ticketPriorityLabel(rule.priority),
                         stored.updatedBy.isEmpty() ? tr("another user") : stored.updatedBy,
                         stored.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        copyDefaults(tx, session.tenantId, QStringLiteral("ticket_sla_rules"),
                     QStringLiteral("priority, first_response_minutes, resolution_minutes, escalate_minutes"));
        tx.exec(QStringLiteral(
                    "INSERT INTO ticket_sla_rules (tenant_id, priority, first_response_minutes, resolution_minutes, "
                    "escalate_minutes) VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, priority) DO NOTHING"),
                {session.tenantId, code, rule.firstResponseMinutes, rule.resolutionMinutes, rule.escalateMinutes});
        tx.exec(
            QStringLiteral(
                "UPDATE ticket_sla_rules SET first_response_minutes = ?, resolution_minutes = ?, escalate_minutes = ?, "
                "updated_at = ?, updated_by_name = ?, row_version = row_version + 1 "
                "WHERE tenant_id = ? AND priority = ?"),
            {rule.firstResponseMinutes, rule.resolutionMinutes, rule.escalateMinutes, now, actorName(session),
             session.tenantId, code});
        AuditLog::append(tx, session,
                         {QStringLiteral("ticket.sla_rule"),
                          QStringLiteral("sla_rule"),
                          code,
                          {{QStringLiteral("firstResponseMinutes"), stored.firstResponseMinutes},
                           {QStringLiteral("resolutionMinutes"), stored.resolutionMinutes},
                           {QStringLiteral("escalateMinutes"), stored.escalateMinutes}},
                          {{QStringLiteral("firstResponseMinutes"), rule.firstResponseMinutes},
                           {QStringLiteral("resolutionMinutes"), rule.resolutionMinutes},
                           {QStringLiteral("escalateMinutes"), rule.escalateMinutes}}},
                         nowUtc);
        return ruleFor(tx, session.tenantId, rule.priority);
    });
}

// ---- Categories -----------------------------------------------------------------------------------------

Result<QList<TicketCategory>> TicketService::categories(const Session &session, bool includeInactive) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<QList<TicketCategory>> {
        QList<TicketCategory> all = loadCategories(tx, session.tenantId);
        if (!includeInactive)
            all.erase(std::remove_if(all.begin(), all.end(), [](const TicketCategory &c) { return !c.active; }),
                      all.end());
        return all;
    });
}

Result<TicketCategory> TicketService::saveCategory(const Session &session, const TicketCategory &input) {
    if (auto allowed = requirePermission(m_db, session, perm::SupportManage, m_clock); !allowed)
        return allowed.error();
    const QString name = input.name.simplified();
    if (name.isEmpty() || name.size() > 60)
        return Error::invalid(QStringLiteral("name"), tr("a category name is 1 to 60 characters"));
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = isoUtc(nowUtc);
    return m_db.write([&](Database &tx) -> Result<TicketCategory> {
        const QList<TicketCategory> existing = loadCategories(tx, session.tenantId);
        for (const TicketCategory &c : existing) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0 && c.code != input.code)
                return Error::invalid(QStringLiteral("name"), tr("there is already a category called %1").arg(c.name));
        }
        copyDefaults(tx, session.tenantId, QStringLiteral("ticket_categories"),
                     QStringLiteral("code, name, sort_order, active"));
        QString code = input.code;
        QJsonObject before;
        if (code.isEmpty()) {
            const QString base = categoryCodeFor(name).isEmpty() ? QStringLiteral("category") : categoryCodeFor(name);
            code = base;
            for (int n = 2; std::any_of(existing.cbegin(), existing.cend(),
                                        [&](const TicketCategory &c) { return c.code == code; });
                 ++n)
                code = QStringLiteral("%1-%2").arg(base).arg(n);
            int order = 0;
            for (const TicketCategory &c : existing)
                order = std::max(order, c.sortOrder);
            tx.exec(
                QStringLiteral("INSERT INTO ticket_categories (tenant_id, code, name, sort_order, active, updated_at, "
                               "updated_by_name) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {session.tenantId, code, name, order + 1, input.active ? 1 : 0, now, actorName(session)});
        } else {
            auto it = std::find_if(existing.cbegin(), existing.cend(),
                                   [&](const TicketCategory &c) { return c.code == code; });
            if (it == existing.cend())
                return Error::notFound(tr("This category does not exist."));
            if (input.rowVersion != 0 && input.rowVersion != it->rowVersion)
                return Error::conflict(tr("This category was changed by someone else. Reload the list and try again."));
            before = {{QStringLiteral("name"), it->name}, {QStringLiteral("active"), it->active}};
            tx.exec(QStringLiteral(
                        "UPDATE ticket_categories SET name = ?, active = ?, updated_at = ?, updated_by_name = ?, "
                        "row_version = row_version + 1 WHERE tenant_id = ? AND code = ?"),
                    {name, input.active ? 1 : 0, now, actorName(session), session.tenantId, code});
        }
        AuditLog::append(tx, session,
                         {QStringLiteral("ticket.category"),
                          QStringLiteral("ticket_category"),
                          code,
                          before,
                          {{QStringLiteral("name"), name}, {QStringLiteral("active"), input.active}}},
                         nowUtc);
        for (const TicketCategory &c : loadCategories(tx, session.tenantId)) {
            if (c.code == code)
                return c;
        }
        return Error::notFound(tr("This category does not exist."));
    });
}

// ---- Agents ---------------------------------------------------------------------------------------------

Result<QList<TicketAgent>> TicketService::agents(const Session &session) {
    if (auto allowed = requirePermission(m_db, session, perm::TicketsView, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<QList<TicketAgent>> { return loadAgents(tx, session.tenantId); });
}

namespace {

Result<TicketAgent> storeAgent(Database &tx, const Session &session, qint64 userId, int capacity, bool available,
                               const QDateTime &nowUtc) {
    const std::optional<TicketAgent> before = findAgent(tx, session.tenantId, userId);
    if (!before)
        return Error::invalid(QStringLiteral("agent"), tr("only active users whose role answers tickets are agents"));
    const QString now = isoUtc(nowUtc);
    tx.exec(
        QStringLiteral(
            "INSERT INTO ticket_agents (tenant_id, user_id, capacity, available, updated_at, updated_by_name) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, user_id) DO UPDATE SET capacity = excluded.capacity, "
            "available = excluded.available, updated_at = excluded.updated_at, "
            "updated_by_name = excluded.updated_by_name, row_version = ticket_agents.row_version + 1"),
        {session.tenantId, userId, capacity, available ? 1 : 0, now, actorName(session)});
    AuditLog::append(
        tx, session,
        {QStringLiteral("ticket.agent"),
         QStringLiteral("user"),
         QString::number(userId),
         {{QStringLiteral("capacity"), before->capacity}, {QStringLiteral("available"), before->available}},
         {{QStringLiteral("capacity"), capacity}, {QStringLiteral("available"), available}}},
        nowUtc);
    return findAgent(tx, session.tenantId, userId).value_or(*before);
}

} // namespace

Result<TicketAgent> TicketService::setAgent(const Session &session, qint64 userId, int capacity, bool available) {
    if (auto allowed = requirePermission(m_db, session, perm::SupportManage, m_clock); !allowed)
        return allowed.error();
    if (capacity < 0 || capacity > 1000)
        return Error::invalid(QStringLiteral("capacity"), tr("enter a capacity from 0 to 1000 open tickets"));
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](Database &tx) { return storeAgent(tx, session, userId, capacity, available, now); });
}

Result<TicketAgent> TicketService::setMyAvailability(const Session &session, bool available) {
    if (auto allowed = requirePermission(m_db, session, perm::SupportAgent, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<TicketAgent> {
        const std::optional<TicketAgent> me = findAgent(tx, session.tenantId, session.userId);
        if (!me)
            return Error::invalid(QStringLiteral("agent"),
                                  tr("only active users whose role answers tickets are agents"));
        return storeAgent(tx, session, session.userId, me->capacity, available, now);
    });
}

} // namespace bcp
