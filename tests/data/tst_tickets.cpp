// Support tickets on SQLite and PostgreSQL: gapless numbers per year, every allowed and forbidden status
// move, resolution notes, read-only closed tickets, SLA due times per priority and the 25 % / 10 % states
// with an injected clock, escalation, auto-assignment (least loaded, round-robin, capacity) also with
// concurrent creators on their own connections, audited reassignment, notes kept out of everything the
// requester sees, attachment limits and type checks, filters, categories and tenant isolation.

#include "TestDatabase.h"
#include "TestShop.h"

#include "costing/BoxSpec.h"
#include "data/Database.h"
#include "services/AttachmentCheck.h"
#include "services/Clock.h"
#include "services/CostingJson.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"
#include "services/Session.h"
#include "services/TicketService.h"
#include "services/TicketSla.h"
#include "services/TicketWorkflow.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

#include <map>
#include <vector>

using namespace bcp;
using test::why;

namespace {

const QDateTime kStart(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc());

// A ZIP archive of stored (uncompressed) entries: enough for the type check, which reads the directory.
QByteArray zipOf(const QList<std::pair<QByteArray, QByteArray>> &entries) {
    QByteArray out;
    QByteArray directory;
    auto le16 = [](QByteArray &b, quint16 v) {
        char c[2];
        qToLittleEndian(v, c);
        b.append(c, 2);
    };
    auto le32 = [](QByteArray &b, quint32 v) {
        char c[4];
        qToLittleEndian(v, c);
        b.append(c, 4);
    };
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(out.size());
        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, 0);
        le16(out, 0); // stored
        le16(out, 0);
        le16(out, 0);
        le32(out, 0); // CRC is not checked
        le32(out, quint32(data.size()));
        le32(out, quint32(data.size()));
        le16(out, quint16(name.size()));
        le16(out, 0);
        out += name;
        out += data;
        le32(directory, 0x02014b50);
        le16(directory, 20);
        le16(directory, 20);
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le32(directory, 0);
        le32(directory, quint32(data.size()));
        le32(directory, quint32(data.size()));
        le16(directory, quint16(name.size()));
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le32(directory, 0);
        le32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint16(entries.size()));
    le16(out, quint16(entries.size()));
    le32(out, quint32(directory.size()));
    le32(out, directoryOffset);
    le16(out, 0);
    return out;
}

const QByteArray kPng = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
const QByteArray kPdf = QByteArray("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

} // namespace

class TestTickets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void numbersAreGaplessPerYear();
    void everyTransition_data();
    void everyTransition();
    void resolveNeedsANote();
    void closedTicketsAreReadOnly();
    void requesterRepliesReopen();
    void dueTimesPerPriority_data();
    void dueTimesPerPriority();
    void priorityChangeMovesDueTimes();
    void editedSlaRulesApplyToNewTickets();
    void slaStateAtThresholds();
    void slaArithmetic();
    void escalationAfterTheEscalationTime();
    void autoAssignLeastLoadedRoundRobin();
    void autoAssignRespectsCapacityAndAvailability();
    void concurrentCreatorsShareAgentsFairly();
    void manualReassignmentIsAudited();
    void notesNeverReachTheRequester();
    void attachmentLimits();
    void attachmentTypesBySniffing();
    void complaintLinkedToAQuote();
    void listFiltersSearchAndPages();
    void categoriesAreEditablePerShop();
    void permissionsAndTenantIsolation();
    void everyMutationWritesOneAuditRow();

private:
    qint64 createShop(const QString &name) { return test::createShop(*m_db, name, kStart); }
    qint64 addUser(qint64 tenantId, const QString &username, const QString &role,
                   const QString &status = QStringLiteral("active"));
    Session sessionFor(qint64 tenantId, qint64 userId) { return test::sessionFor(*m_db, tenantId, userId); }
    qint64 addParty(const Session &who, const QString &name, const QString &mobile);
    Ticket newTicket(const Session &who, TicketPriority priority = TicketPriority::Medium,
                     const QString &subject = QStringLiteral("Crushed boxes in the last lot"));
    Ticket ticketIn(TicketStatus status);
    int auditCount(const QString &action = {}) { return test::auditCount(*m_db, action); }
    QMap<qint64, int> openLoads(qint64 tenantId);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TicketService> m_tickets;
    qint64 m_shop = 0;
    qint64 m_ownerId = 0;
    Session m_owner;
    qint64 m_partyId = 0;
};

void TestTickets::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(kStart);
    m_tickets = std::make_unique<TicketService>(*m_db, *m_clock);
    m_shop = createShop(QStringLiteral("Sharma Packaging"));
    m_ownerId = addUser(m_shop, QStringLiteral("ravi"), role::Owner);
    m_owner = sessionFor(m_shop, m_ownerId);
    // The owner is an agent too; most tests want the tickets to go to the staff agents they add.
    QVERIFY(m_tickets->setAgent(m_owner, m_ownerId, TicketService::kDefaultCapacity, false).ok());
    m_partyId = addParty(m_owner, QStringLiteral("Kumar Traders"), QStringLiteral("9876543210"));
}

void TestTickets::cleanup() {
    m_tickets.reset();
    m_db.reset();
    m_t.reset();
}

qint64 TestTickets::addUser(qint64 tenantId, const QString &username, const QString &role, const QString &status) {
    return test::addUserRow(*m_db, tenantId, username, role, kStart, {}, status);
}

qint64 TestTickets::addParty(const Session &who, const QString &name, const QString &mobile) {
    PartyService parties(*m_db, *m_clock);
    Party p;
    p.name = name;
    p.mobile = mobile;
    p.billing.city = QStringLiteral("Pune");
    auto created = parties.create(who, p);
    if (!created)
        qFatal("cannot create party: %s", qPrintable(created.error().text()));
    return created->id;
}

Ticket TestTickets::newTicket(const Session &who, TicketPriority priority, const QString &subject) {
    NewTicket in;
    in.subject = subject;
    in.description = QStringLiteral("200 of the 1000 boxes arrived crushed at the corners.");
    in.category = QStringLiteral("quality");
    in.priority = priority;
    in.partyId = m_partyId;
    auto t = m_tickets->create(who, in);
    if (!t)
        qFatal("cannot create ticket: %s", qPrintable(t.error().text()));
    return t.value();
}

// A ticket brought to `status` through the service's own moves.
Ticket TestTickets::ticketIn(TicketStatus status) {
    Ticket t = newTicket(m_owner);
    const QString note = QStringLiteral("Replaced all 200 crushed boxes.");
    QList<TicketStatus> path;
    switch (status) {
    case TicketStatus::Open:
        break;
    case TicketStatus::InProgress:
        path = {TicketStatus::InProgress};
        break;
    case TicketStatus::AwaitingCustomer:
        path = {TicketStatus::InProgress, TicketStatus::AwaitingCustomer};
        break;
    case TicketStatus::Escalated:
        path = {TicketStatus::Escalated};
        break;
    case TicketStatus::Resolved:
        path = {TicketStatus::Resolved};
        break;
    case TicketStatus::Closed:
        path = {TicketStatus::Resolved, TicketStatus::Closed};
        break;
    }
    for (TicketStatus s : path) {
        auto moved = m_tickets->setStatus(m_owner, t.id, s, note);
        if (!moved)
            qFatal("cannot move ticket: %s", qPrintable(moved.error().text()));
        t = moved.value();
    }
    return t;
}

QMap<qint64, int> TestTickets::openLoads(qint64 tenantId) {
    QMap<qint64, int> loads;
    QSqlQuery q = m_db->exec(
        QStringLiteral("SELECT assignee_id, count(*) FROM tickets WHERE tenant_id = ? AND assignee_id IS NOT NULL "
                       "AND status NOT IN ('RESOLVED', 'CLOSED') GROUP BY assignee_id"),
        {tenantId});
    while (q.next())
        loads[q.value(0).toLongLong()] = q.value(1).toInt();
    return loads;
}

// ---- Numbers ---------------------------------------------------------------------------------------------

void TestTickets::numbersAreGaplessPerYear() {
    QCOMPARE(newTicket(m_owner).number, QStringLiteral("TKT-2026-000001"));
    QCOMPARE(newTicket(m_owner).number, QStringLiteral("TKT-2026-000002"));

    // Refused creations take no number.
    NewTicket bad;
    bad.subject = QStringLiteral("Wrong print");
    bad.category = QStringLiteral("no-such-category");
    bad.partyId = m_partyId;
    auto refused = m_tickets->create(m_owner, bad);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("category"));
    bad.category = QStringLiteral("quality");
    bad.partyId = 999999;
    QVERIFY(!m_tickets->create(m_owner, bad).ok());
    QCOMPARE(newTicket(m_owner).number, QStringLiteral("TKT-2026-000003"));

    // Another shop counts on its own.
    const qint64 other = createShop(QStringLiteral("Other Boxes"));
    const Session otherOwner = sessionFor(other, addUser(other, QStringLiteral("mohan"), role::Owner));
    NewTicket q;
    q.subject = QStringLiteral("How do I print a quote?");
    q.category = QStringLiteral("product");
    q.requesterUserId = otherOwner.userId;
    auto otherTicket = m_tickets->create(otherOwner, q);
    QVERIFY2(otherTicket.ok(), qPrintable(why(otherTicket)));
    QCOMPARE(otherTicket->number, QStringLiteral("TKT-2026-000001"));

    // A new calendar year starts again at 1.
    m_clock->set(QDateTime(QDate(2027, 1, 2), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(newTicket(m_owner).number, QStringLiteral("TKT-2027-000001"));
    QCOMPARE(newTicket(m_owner).number, QStringLiteral("TKT-2027-000002"));

    for (int year : {2026, 2027}) {
        QSqlQuery q2 =
            m_db->exec(QStringLiteral("SELECT seq, number FROM tickets WHERE tenant_id = ? AND year = ? ORDER BY seq"),
                       {m_shop, year});
        int expected = 1;
        while (q2.next()) {
            QCOMPARE(q2.value(0).toInt(), expected);
            QCOMPARE(q2.value(1).toString(),
                     QStringLiteral("TKT-%1-%2").arg(year).arg(expected, 6, 10, QLatin1Char('0')));
            ++expected;
        }
        QCOMPARE(expected - 1, year == 2026 ? 3 : 2);
    }
    auto found = m_tickets->getByNumber(m_owner, QStringLiteral("tkt-2026-000002"));
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QCOMPARE(found->number, QStringLiteral("TKT-2026-000002"));
}

// ---- Status machine --------------------------------------------------------------------------------------

void TestTickets::everyTransition_data() {
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    // PLATFORM.md, written out independently of TicketWorkflow's table.
    const std::map<TicketStatus, QList<TicketStatus>> allowed = {
        {TicketStatus::Open, {TicketStatus::InProgress, TicketStatus::Escalated, TicketStatus::Resolved}},
        {TicketStatus::InProgress, {TicketStatus::AwaitingCustomer, TicketStatus::Escalated, TicketStatus::Resolved}},
        {TicketStatus::AwaitingCustomer, {TicketStatus::InProgress, TicketStatus::Escalated, TicketStatus::Resolved}},
        {TicketStatus::Escalated, {TicketStatus::InProgress, TicketStatus::Resolved}},
        {TicketStatus::Resolved, {TicketStatus::InProgress, TicketStatus::Closed}},
        {TicketStatus::Closed, {}},
    };
    for (const auto &[from, next] : allowed) {
        for (TicketStatus to : allTicketStatuses()) {
            const QByteArray name = (ticketStatusCode(from) + QStringLiteral(" -> ") + ticketStatusCode(to)).toLatin1();
            QTest::newRow(name.constData()) << int(from) << int(to) << next.contains(to);
        }
    }
}

void TestTickets::everyTransition() {
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    const auto fromStatus = TicketStatus(from);
    const auto toStatus = TicketStatus(to);
    const Ticket t = ticketIn(fromStatus);
    QCOMPARE(t.status, fromStatus);
    QCOMPARE(TicketWorkflow::canMove(fromStatus, toStatus), allowed);

    const int audits = auditCount(QStringLiteral("ticket.status"));
    auto moved =
        m_tickets->setStatus(m_owner, t.id, toStatus, QStringLiteral("Replaced all 200 crushed boxes."), t.rowVersion);
    if (allowed) {
        QVERIFY2(moved.ok(), qPrintable(why(moved)));
        QCOMPARE(moved->status, toStatus);
        QCOMPARE(moved->rowVersion, t.rowVersion + 1);
        QCOMPARE(auditCount(QStringLiteral("ticket.status")), audits + 1);
        return;
    }
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().kind, Error::Kind::Conflict);
    const QString message = moved.error().message;
    if (fromStatus == TicketStatus::Closed) {
        QVERIFY2(message.contains(QStringLiteral("closed")) && message.contains(QStringLiteral("final")),
                 qPrintable(message));
    } else {
        // The refusal names every allowed next status.
        const QList<TicketStatus> next = TicketWorkflow::allowedNext(fromStatus);
        QVERIFY(!next.isEmpty());
        for (TicketStatus n : next)
            QVERIFY2(message.contains(ticketStatusLabel(n)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("can move only to")), qPrintable(message));
    }
    auto after = m_tickets->get(m_owner, t.id);
    QCOMPARE(after->status, fromStatus);
    QCOMPARE(after->rowVersion, t.rowVersion);
    QCOMPARE(auditCount(QStringLiteral("ticket.status")), audits);
}

void TestTickets::resolveNeedsANote() {
    const Ticket t = newTicket(m_owner);
    for (const QString &note : {QString(), QStringLiteral("Done."), QStringLiteral("  123456789  ")}) {
        auto refused = m_tickets->setStatus(m_owner, t.id, TicketStatus::Resolved, note);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QCOMPARE(refused.error().field, QStringLiteral("note"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("10 characters")),
                 qPrintable(refused.error().message));
    }
    QCOMPARE(m_tickets->get(m_owner, t.id)->status, TicketStatus::Open);

    m_clock->advanceSeconds(600);
    auto resolved = m_tickets->setStatus(m_owner, t.id, TicketStatus::Resolved, QStringLiteral(" 1234567890 "));
    QVERIFY2(resolved.ok(), qPrintable(why(resolved)));
    QCOMPARE(resolved->status, TicketStatus::Resolved);
    QCOMPARE(resolved->resolutionNote, QStringLiteral("1234567890"));
    QCOMPARE(resolved->slaTimes.resolvedAt, m_clock->nowUtc());
    // The resolution is a public answer, so it also counts as the first response.
    QCOMPARE(resolved->slaTimes.firstResponseAt, m_clock->nowUtc());
    auto thread = m_tickets->thread(m_owner, t.id);
    QCOMPARE(thread->messages.size(), 1);
    QCOMPARE(thread->messages.first().kind, TicketMessageKind::Resolution);
    QCOMPARE(thread->messages.first().body, QStringLiteral("1234567890"));
    QVERIFY(resolved->sla.stopped);
    QCOMPARE(resolved->sla.state, SlaState::Ok);
}

void TestTickets::closedTicketsAreReadOnly() {
    const Ticket t = ticketIn(TicketStatus::Closed);
    const qint64 agent = addUser(m_shop, QStringLiteral("asha"), role::Staff);
    const int audits = auditCount();
    QList<Error> errors;
    auto collect = [&](const auto &r) {
        QVERIFY(!r.ok());
        errors << r.error();
    };
    collect(m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Reply, QStringLiteral("One more thing")));
    collect(m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Note, QStringLiteral("Internal")));
    collect(m_tickets->addAttachment(m_owner, t.id, QStringLiteral("photo.png"), kPng));
    collect(m_tickets->setPriority(m_owner, t.id, TicketPriority::Urgent));
    collect(m_tickets->assign(m_owner, t.id, agent));
    collect(m_tickets->setTags(m_owner, t.id, {QStringLiteral("late")}));
    for (TicketStatus s : allTicketStatuses())
        collect(m_tickets->setStatus(m_owner, t.id, s, QStringLiteral("Reopening this one please")));
    for (const Error &e : errors) {
        QCOMPARE(e.kind, Error::Kind::Conflict);
        QVERIFY2(e.message.contains(QStringLiteral("closed")), qPrintable(e.message));
    }
    QCOMPARE(auditCount(), audits);
    auto after = m_tickets->thread(m_owner, t.id);
    QCOMPARE(after->ticket.rowVersion, t.rowVersion);
    QCOMPARE(after->messages.size(), 1); // the resolution only
    QVERIFY(after->attachments.isEmpty());
    QVERIFY(after->ticket.closedAt.isValid());
}

void TestTickets::requesterRepliesReopen() {
    // The first public reply by support stops the first-response clock; notes do not.
    Ticket t = newTicket(m_owner);
    m_clock->advanceSeconds(300);
    QVERIFY(m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Note, QStringLiteral("Check the lot number")).ok());
    QVERIFY(!m_tickets->get(m_owner, t.id)->slaTimes.firstResponseAt.isValid());
    m_clock->advanceSeconds(300);
    QVERIFY(
        m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Reply, QStringLiteral("Sorry! Sending a replacement."))
            .ok());
    QCOMPARE(m_tickets->get(m_owner, t.id)->slaTimes.firstResponseAt, kStart.addSecs(600));

    // RESOLVED -> IN_PROGRESS when the customer replies.
    QVERIFY(
        m_tickets->setStatus(m_owner, t.id, TicketStatus::Resolved, QStringLiteral("Replacement delivered on Monday"))
            .ok());
    auto reply =
        m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Requester, QStringLiteral("Still 20 boxes short"));
    QVERIFY2(reply.ok(), qPrintable(why(reply)));
    t = m_tickets->get(m_owner, t.id).value();
    QCOMPARE(t.status, TicketStatus::InProgress);
    QVERIFY(!t.slaTimes.resolvedAt.isValid());
    QVERIFY(t.resolutionNote.isEmpty());

    // AWAITING_CUSTOMER -> IN_PROGRESS likewise.
    QVERIFY(m_tickets->setStatus(m_owner, t.id, TicketStatus::AwaitingCustomer).ok());
    QVERIFY(
        m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Requester, QStringLiteral("Here are the photos")).ok());
    QCOMPARE(m_tickets->get(m_owner, t.id)->status, TicketStatus::InProgress);

    // A user who raised a ticket and replies to it speaks as the requester.
    const qint64 ashaId = addUser(m_shop, QStringLiteral("asha"), role::Staff);
    const Session asha = sessionFor(m_shop, ashaId);
    NewTicket q;
    q.subject = QStringLiteral("Printer shows a paper jam");
    q.category = QStringLiteral("other");
    q.requesterUserId = ashaId;
    auto own = m_tickets->create(asha, q);
    QVERIFY2(own.ok(), qPrintable(why(own)));
    QCOMPARE(own->requester.kind, RequesterKind::User);
    QCOMPARE(own->requester.name, QStringLiteral("ASHA"));
    auto mine =
        m_tickets->addMessage(asha, own->id, TicketMessageKind::Reply, QStringLiteral("It happens every morning"));
    QCOMPARE(mine->kind, TicketMessageKind::Requester);
    QVERIFY(!m_tickets->get(asha, own->id)->slaTimes.firstResponseAt.isValid());
    auto resolution =
        m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Resolution, QStringLiteral("Sneaky resolution"));
    QCOMPARE(resolution.error().field, QStringLiteral("message"));
    QCOMPARE(m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Reply, QStringLiteral("   ")).error().field,
             QStringLiteral("message"));
}

// ---- SLA -------------------------------------------------------------------------------------------------

void TestTickets::dueTimesPerPriority_data() {
    QTest::addColumn<int>("priority");
    QTest::addColumn<int>("firstResponse");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<int>("escalate");
    QTest::newRow("LOW") << int(TicketPriority::Low) << 480 << 2880 << 2400;
    QTest::newRow("MEDIUM") << int(TicketPriority::Medium) << 240 << 1440 << 1200;
    QTest::newRow("HIGH") << int(TicketPriority::High) << 60 << 720 << 600;
    QTest::newRow("URGENT") << int(TicketPriority::Urgent) << 15 << 240 << 180;
}

void TestTickets::dueTimesPerPriority() {
    QFETCH(int, priority);
    QFETCH(int, firstResponse);
    QFETCH(int, resolution);
    QFETCH(int, escalate);
    m_clock->advanceSeconds(37); // due times count from the moment of creation, not from a round time
    const QDateTime created = m_clock->nowUtc();
    const Ticket t = newTicket(m_owner, TicketPriority(priority));
    QCOMPARE(t.priority, TicketPriority(priority));
    QCOMPARE(t.slaTimes.createdAt, created);
    QCOMPARE(t.slaTimes.firstResponseDue, created.addSecs(firstResponse * 60));
    QCOMPARE(t.slaTimes.resolutionDue, created.addSecs(resolution * 60));
    QCOMPARE(t.escalateAt, created.addSecs(escalate * 60));
    // Stored, not computed on the fly: the row holds exactly these instants.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT resolution_due FROM tickets WHERE id = ?"), {t.id}).toString(),
             isoUtc(created.addSecs(resolution * 60)));

    auto rules = m_tickets->slaRules(m_owner);
    QVERIFY(rules.ok());
    QCOMPARE(rules->size(), 4);
    const SlaRule &r = rules->at(priority);
    QCOMPARE(r.firstResponseMinutes, firstResponse);
    QCOMPARE(r.resolutionMinutes, resolution);
    QCOMPARE(r.escalateMinutes, escalate);
    QVERIFY(!r.shopOwn);
}

void TestTickets::priorityChangeMovesDueTimes() {
    const Ticket t = newTicket(m_owner, TicketPriority::Low);
    m_clock->advanceSeconds(3600);
    auto raised = m_tickets->setPriority(m_owner, t.id, TicketPriority::Urgent, t.rowVersion);
    QVERIFY2(raised.ok(), qPrintable(why(raised)));
    // Counted from creation: the customer has waited since then.
    QCOMPARE(raised->slaTimes.firstResponseDue, kStart.addSecs(15 * 60));
    QCOMPARE(raised->slaTimes.resolutionDue, kStart.addSecs(240 * 60));
    QCOMPARE(raised->escalateAt, kStart.addSecs(180 * 60));
    QCOMPARE(raised->sla.state, SlaState::Breached); // the 15-minute first response passed 45 minutes ago
    QCOMPARE(raised->sla.target, SlaTarget::FirstResponse);
    QCOMPARE(auditCount(QStringLiteral("ticket.priority")), 1);

    auto stale = m_tickets->setPriority(m_owner, t.id, TicketPriority::High, t.rowVersion);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(stale.error().message.contains(QStringLiteral("RAVI")), qPrintable(stale.error().message));
}

void TestTickets::editedSlaRulesApplyToNewTickets() {
    const Ticket before = newTicket(m_owner, TicketPriority::High);
    auto rules = m_tickets->slaRules(m_owner).value();
    SlaRule high = rules.at(int(TicketPriority::High));
    high.firstResponseMinutes = 30;
    high.resolutionMinutes = 300;
    high.escalateMinutes = 200;
    auto saved = m_tickets->saveSlaRule(m_owner, high);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    QVERIFY(saved->shopOwn);
    QCOMPARE(saved->resolutionMinutes, 300);
    QCOMPARE(auditCount(QStringLiteral("ticket.sla_rule")), 1);

    // Saving again from the stale copy is refused.
    auto stale = m_tickets->saveSlaRule(m_owner, high);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);

    SlaRule bad = saved.value();
    bad.firstResponseMinutes = 400;
    QCOMPARE(m_tickets->saveSlaRule(m_owner, bad).error().field, QStringLiteral("firstResponseMinutes"));
    bad.firstResponseMinutes = 0;
    QCOMPARE(m_tickets->saveSlaRule(m_owner, bad).error().field, QStringLiteral("firstResponseMinutes"));

    const Ticket after = newTicket(m_owner, TicketPriority::High);
    QCOMPARE(after.slaTimes.resolutionDue, kStart.addSecs(300 * 60));
    QCOMPARE(after.escalateAt, kStart.addSecs(200 * 60));
    QCOMPARE(m_tickets->get(m_owner, before.id)->slaTimes.resolutionDue, kStart.addSecs(720 * 60));
    // Other priorities were copied unchanged; another shop keeps the defaults.
    QCOMPARE(m_tickets->slaRules(m_owner)->at(int(TicketPriority::Low)).resolutionMinutes, 2880);
    const qint64 other = createShop(QStringLiteral("Other Boxes"));
    const Session otherOwner = sessionFor(other, addUser(other, QStringLiteral("mohan"), role::Owner));
    QCOMPARE(m_tickets->slaRules(otherOwner)->at(int(TicketPriority::High)).resolutionMinutes, 720);

    // Staff may read the rules but not change them.
    const Session staff = sessionFor(m_shop, addUser(m_shop, QStringLiteral("asha"), role::Staff));
    QCOMPARE(m_tickets->saveSlaRule(staff, saved.value()).error().kind, Error::Kind::Denied);
}

void TestTickets::slaStateAtThresholds() {
    // MEDIUM: first response within 240 min, resolution within 1440 min.
    const Ticket t = newTicket(m_owner, TicketPriority::Medium);
    struct Step {
        int minute;
        SlaState state;
    };
    // 25 % of 240 min is 60 min left (minute 180); 10 % is 24 min left (minute 216).
    for (const Step &s :
         {Step{0, SlaState::Ok}, Step{179, SlaState::Ok}, Step{180, SlaState::Warning}, Step{215, SlaState::Warning},
          Step{216, SlaState::Critical}, Step{239, SlaState::Critical}, Step{240, SlaState::Breached}}) {
        m_clock->set(kStart.addSecs(s.minute * 60));
        auto read = m_tickets->get(m_owner, t.id);
        QVERIFY(read.ok());
        QCOMPARE(read->sla.target, SlaTarget::FirstResponse);
        QCOMPARE(read->sla.state, s.state);
        QCOMPARE(read->sla.secondsLeft, qint64(240 - s.minute) * 60);
        // The list computes the same state.
        auto page = m_tickets->list(m_owner, {});
        QCOMPARE(page->rows.first().sla.state, s.state);
    }
    // One second before the 25 % mark it is still ok.
    m_clock->set(kStart.addSecs(180 * 60 - 1));
    QCOMPARE(m_tickets->get(m_owner, t.id)->sla.state, SlaState::Ok);

    // Answered at minute 100: from then on the resolution target counts (25 % of 1440 = 360 min left).
    m_clock->set(kStart.addSecs(100 * 60));
    QVERIFY(m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Reply, QStringLiteral("Looking into it")).ok());
    for (const Step &s :
         {Step{240, SlaState::Ok}, Step{1079, SlaState::Ok}, Step{1080, SlaState::Warning},
          Step{1295, SlaState::Warning}, Step{1296, SlaState::Critical}, Step{1440, SlaState::Breached}}) {
        m_clock->set(kStart.addSecs(s.minute * 60));
        auto read = m_tickets->get(m_owner, t.id);
        QCOMPARE(read->sla.target, SlaTarget::Resolution);
        QCOMPARE(read->sla.state, s.state);
    }

    // Breached tickets are what the breached filter finds.
    TicketQuery breached;
    breached.breachedOnly = true;
    QCOMPARE(m_tickets->list(m_owner, breached)->rows.size(), 1);
    m_clock->set(kStart.addSecs(1439 * 60));
    QCOMPARE(m_tickets->list(m_owner, breached)->rows.size(), 0);

    // Resolved late: stopped and breached for good; resolved in time: stopped and ok.
    m_clock->set(kStart.addSecs(1500 * 60));
    auto late = m_tickets->setStatus(m_owner, t.id, TicketStatus::Resolved, QStringLiteral("Replaced the whole lot"));
    QVERIFY(late->sla.stopped);
    QCOMPARE(late->sla.state, SlaState::Breached);
    QCOMPARE(m_tickets->list(m_owner, breached)->rows.size(), 1);
    m_clock->set(kStart.addSecs(3000 * 60));
    QCOMPARE(m_tickets->get(m_owner, t.id)->sla.secondsLeft, qint64(-60) * 60);
}

void TestTickets::slaArithmetic() {
    const QDateTime start = kStart;
    const QDateTime due = start.addSecs(1000);
    QCOMPARE(TicketSla::stateAt(start, due, start.addSecs(749)), SlaState::Ok);
    QCOMPARE(TicketSla::stateAt(start, due, start.addSecs(750)), SlaState::Warning);
    QCOMPARE(TicketSla::stateAt(start, due, start.addSecs(899)), SlaState::Warning);
    QCOMPARE(TicketSla::stateAt(start, due, start.addSecs(900)), SlaState::Critical);
    QCOMPARE(TicketSla::stateAt(start, due, start.addSecs(999)), SlaState::Critical);
    QCOMPARE(TicketSla::stateAt(start, due, start.addSecs(1000)), SlaState::Breached);
    QCOMPARE(TicketSla::durationText(45 * 60), QStringLiteral("45 min"));
    QCOMPARE(TicketSla::durationText(2 * 3600 + 5 * 60), QStringLiteral("2 h 05 min"));
    QCOMPARE(TicketSla::durationText(-(3 * 86400 + 4 * 3600)), QStringLiteral("3 d 4 h"));
    SlaStatus s;
    s.secondsLeft = 600;
    QCOMPARE(TicketSla::badgeText(s), QStringLiteral("10 min left"));
    s.secondsLeft = -600;
    QCOMPARE(TicketSla::badgeText(s), QStringLiteral("overdue 10 min"));
}

void TestTickets::escalationAfterTheEscalationTime() {
    const Ticket high = newTicket(m_owner, TicketPriority::High);      // escalate after 600 min
    const Ticket waiting = newTicket(m_owner, TicketPriority::Urgent); // after 180 min
    QVERIFY(m_tickets->setStatus(m_owner, waiting.id, TicketStatus::InProgress).ok());
    QVERIFY(m_tickets->setStatus(m_owner, waiting.id, TicketStatus::AwaitingCustomer).ok());
    const Ticket done = newTicket(m_owner, TicketPriority::Urgent);
    QVERIFY(
        m_tickets->setStatus(m_owner, done.id, TicketStatus::Resolved, QStringLiteral("Answered on the phone")).ok());

    m_clock->set(kStart.addSecs(180 * 60 - 1));
    QCOMPARE(m_tickets->escalateOverdue(m_owner).value(), QStringList());
    QCOMPARE(auditCount(QStringLiteral("ticket.escalate")), 0);
    m_clock->set(kStart.addSecs(180 * 60));
    QCOMPARE(m_tickets->escalateOverdue(m_owner).value(), QStringList{waiting.number});
    QCOMPARE(m_tickets->get(m_owner, waiting.id)->status, TicketStatus::Escalated);
    QCOMPARE(m_tickets->get(m_owner, done.id)->status, TicketStatus::Resolved);
    QCOMPARE(auditCount(QStringLiteral("ticket.escalate")), 1);

    m_clock->set(kStart.addSecs(599 * 60));
    QVERIFY(m_tickets->escalateOverdue(m_owner)->isEmpty());
    m_clock->set(kStart.addSecs(600 * 60));
    QCOMPARE(m_tickets->escalateOverdue(m_owner).value(), QStringList{high.number});
    QVERIFY(m_tickets->escalateOverdue(m_owner)->isEmpty());

    // Taken up again, it is not escalated a second time for the same due times.
    QVERIFY(m_tickets->setStatus(m_owner, high.id, TicketStatus::InProgress).ok());
    m_clock->advanceSeconds(3600);
    QVERIFY(m_tickets->escalateOverdue(m_owner)->isEmpty());
    QCOMPARE(m_tickets->get(m_owner, high.id)->status, TicketStatus::InProgress);
    // A priority change sets new due times, and their escalation time may escalate it again.
    QVERIFY(m_tickets->setPriority(m_owner, high.id, TicketPriority::Urgent).ok());
    QCOMPARE(m_tickets->escalateOverdue(m_owner).value(), QStringList{high.number});
    QCOMPARE(auditCount(QStringLiteral("ticket.escalate")), 3);

    // Only for those who may change tickets.
    const Session viewer = sessionFor(m_shop, addUser(m_shop, QStringLiteral("vik"), role::Viewer));
    QCOMPARE(m_tickets->escalateOverdue(viewer).error().kind, Error::Kind::Denied);
}

// ---- Assignment ------------------------------------------------------------------------------------------

void TestTickets::autoAssignLeastLoadedRoundRobin() {
    const qint64 a1 = addUser(m_shop, QStringLiteral("asha"), role::Staff);
    const qint64 a2 = addUser(m_shop, QStringLiteral("bina"), role::Staff);
    const qint64 a3 = addUser(m_shop, QStringLiteral("chetan"), role::Staff);
    addUser(m_shop, QStringLiteral("vik"), role::Viewer);                            // not an agent
    addUser(m_shop, QStringLiteral("old"), role::Staff, QStringLiteral("disabled")); // not active

    auto agents = m_tickets->agents(m_owner);
    QVERIFY(agents.ok());
    QCOMPARE(agents->size(), 4); // the owner and the three staff
    QCOMPARE(agents->at(1).capacity, TicketService::kDefaultCapacity);

    // Equal loads: round-robin in user order.
    QCOMPARE(newTicket(m_owner).assigneeId, a1);
    QCOMPARE(newTicket(m_owner).assigneeId, a2);
    const Ticket third = newTicket(m_owner);
    QCOMPARE(third.assigneeId, a3);
    QCOMPARE(third.assigneeName, QStringLiteral("CHETAN"));
    QCOMPARE(newTicket(m_owner).assigneeId, a1);

    // Fewest open tickets wins over the round-robin turn: resolving b's ticket makes b the least loaded.
    QCOMPARE(openLoads(m_shop), (QMap<qint64, int>{{a1, 2}, {a2, 1}, {a3, 1}}));
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT id FROM tickets WHERE assignee_id = ?"), {a2});
    QVERIFY(q.next());
    QVERIFY(
        m_tickets
            ->setStatus(m_owner, q.value(0).toLongLong(), TicketStatus::Resolved, QStringLiteral("Credit note issued"))
            .ok());
    QCOMPARE(newTicket(m_owner).assigneeId, a2);
    // Now a2 and a3 have one each, a1 two: a3 (after a2) and then a2 again.
    QCOMPARE(newTicket(m_owner).assigneeId, a3);
    QCOMPARE(newTicket(m_owner).assigneeId, a2);
    QCOMPARE(openLoads(m_shop), (QMap<qint64, int>{{a1, 2}, {a2, 2}, {a3, 2}}));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT last_agent_id FROM ticket_assignment WHERE tenant_id = ?"), {m_shop})
                 .toLongLong(),
             a2);

    auto loads = m_tickets->agents(m_owner).value();
    for (const TicketAgent &a : loads)
        QCOMPARE(a.openTickets, a.userId == m_ownerId ? 0 : 2);
}

void TestTickets::autoAssignRespectsCapacityAndAvailability() {
    const qint64 a1 = addUser(m_shop, QStringLiteral("asha"), role::Staff);
    const qint64 a2 = addUser(m_shop, QStringLiteral("bina"), role::Staff);
    QVERIFY(m_tickets->setAgent(m_owner, a1, 1, true).ok());
    QVERIFY(m_tickets->setAgent(m_owner, a2, 2, true).ok());
    QCOMPARE(newTicket(m_owner).assigneeId, a1);
    QCOMPARE(newTicket(m_owner).assigneeId, a2);
    QCOMPARE(newTicket(m_owner).assigneeId, a2); // a1 is full
    const Ticket none = newTicket(m_owner);      // both full: stays unassigned
    QCOMPARE(none.assigneeId, 0);
    QVERIFY(none.assigneeName.isEmpty());

    // An agent who is away gets nothing, whatever the load.
    QVERIFY(m_tickets->setAgent(m_owner, a1, 10, true).ok());
    const Session bina = sessionFor(m_shop, a2);
    QVERIFY(m_tickets->setAgent(m_owner, a2, 10, true).ok());
    auto away = m_tickets->setMyAvailability(bina, false);
    QVERIFY2(away.ok(), qPrintable(why(away)));
    QVERIFY(!away->available);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(newTicket(m_owner).assigneeId, a1);
    QCOMPARE(auditCount(QStringLiteral("ticket.agent")), 6);

    // Capacity 0 takes an agent out of the rotation; staff cannot change other agents' settings.
    QCOMPARE(m_tickets->setAgent(bina, a1, 0, true).error().kind, Error::Kind::Denied);
    QCOMPARE(m_tickets->setAgent(m_owner, a1, -1, true).error().field, QStringLiteral("capacity"));
    QVERIFY(m_tickets->setAgent(m_owner, a1, 0, true).ok());
    QCOMPARE(newTicket(m_owner).assigneeId, 0);
}

void TestTickets::concurrentCreatorsShareAgentsFairly() {
    const qint64 a1 = addUser(m_shop, QStringLiteral("asha"), role::Staff);
    const qint64 a2 = addUser(m_shop, QStringLiteral("bina"), role::Staff);
    const qint64 a3 = addUser(m_shop, QStringLiteral("chetan"), role::Staff);
    QVERIFY(m_tickets->setAgent(m_owner, a1, 6, true).ok());
    QVERIFY(m_tickets->setAgent(m_owner, a2, 6, true).ok());
    QVERIFY(m_tickets->setAgent(m_owner, a3, 3, true).ok());
    const Session creators[] = {m_owner, sessionFor(m_shop, a1), sessionFor(m_shop, a2), sessionFor(m_shop, a3)};

    constexpr int kPerThread = 6;
    QMutex mutex;
    QStringList failures;
    QStringList numbers;
    m_t->runTogether(int(std::size(creators)), [&](int desk, Database &db) {
        const Session &who = creators[desk];
        TicketService tickets(db, *m_clock);
        for (int i = 0; i < kPerThread; ++i) {
            NewTicket in;
            in.subject = QStringLiteral("Complaint %1 from %2").arg(i).arg(who.username);
            in.category = QStringLiteral("delivery");
            in.partyId = m_partyId;
            auto created = tickets.create(who, in);
            QMutexLocker lock(&mutex);
            if (created)
                numbers << created->number;
            else
                failures << created.error().text();
        }
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // Unique and gapless.
    QCOMPARE(numbers.size(), 4 * kPerThread);
    numbers.sort();
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), QStringLiteral("TKT-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0')));

    // Capacity was never exceeded, and the free places were all used: 6 + 6 + 3 assigned, 9 left over.
    QCOMPARE(openLoads(m_shop), (QMap<qint64, int>{{a1, 6}, {a2, 6}, {a3, 3}}));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE assignee_id IS NULL")).toInt(), 9);

    // With room for everyone the load stays level while the creators race: a ticket always goes to an agent
    // with the fewest open tickets, so the loads never differ by more than one.
    QVERIFY(m_tickets->setAgent(m_owner, a1, 100, true).ok());
    QVERIFY(m_tickets->setAgent(m_owner, a2, 100, true).ok());
    QVERIFY(m_tickets->setAgent(m_owner, a3, 100, true).ok());
    m_t->runTogether(int(std::size(creators)), [&](int desk, Database &db) {
        TicketService tickets(db, *m_clock);
        for (int i = 0; i < kPerThread; ++i) {
            NewTicket in;
            in.subject = QStringLiteral("Second round %1").arg(i);
            in.category = QStringLiteral("delivery");
            in.partyId = m_partyId;
            auto created = tickets.create(creators[desk], in);
            if (!created) {
                QMutexLocker lock(&mutex);
                failures << created.error().text();
            }
        }
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    // 15 + 24 = 39 assigned: 13 each.
    QCOMPARE(openLoads(m_shop), (QMap<qint64, int>{{a1, 13}, {a2, 13}, {a3, 13}}));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(DISTINCT number) FROM tickets")).toInt(), 8 * kPerThread);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT max(seq) FROM tickets")).toInt(), 8 * kPerThread);
}

void TestTickets::manualReassignmentIsAudited() {
    const qint64 a1 = addUser(m_shop, QStringLiteral("asha"), role::Staff);
    const qint64 a2 = addUser(m_shop, QStringLiteral("bina"), role::Staff);
    const qint64 viewerId = addUser(m_shop, QStringLiteral("vik"), role::Viewer);
    const Ticket t = newTicket(m_owner);
    QCOMPARE(t.assigneeId, a1);

    auto moved = m_tickets->assign(m_owner, t.id, a2, t.rowVersion);
    QVERIFY2(moved.ok(), qPrintable(why(moved)));
    QCOMPARE(moved->assigneeId, a2);
    QCOMPARE(moved->assigneeName, QStringLiteral("BINA"));
    QSqlQuery audit = m_db->exec(QStringLiteral("SELECT actor_name, entity_id, before_json, after_json FROM audit_log "
                                                "WHERE action = 'ticket.assign'"));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("ravi"));
    QCOMPARE(audit.value(1).toString(), t.number);
    const QJsonObject before = QJsonDocument::fromJson(audit.value(2).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(audit.value(3).toString().toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("assigneeId")).toInteger(), a1);
    QCOMPARE(after.value(QStringLiteral("assigneeId")).toInteger(), a2);
    QCOMPARE(after.value(QStringLiteral("assignee")).toString(), QStringLiteral("BINA"));
    QVERIFY(!audit.next());

    // Staff may take a ticket for themselves, but not hand it to someone else.
    const Session asha = sessionFor(m_shop, a1);
    const int denials = auditCount(QStringLiteral("permission.denied"));
    QCOMPARE(m_tickets->assign(asha, t.id, a2).error().kind, Error::Kind::Denied);
    QCOMPARE(auditCount(QStringLiteral("permission.denied")), denials + 1);
    auto taken = m_tickets->assign(asha, t.id, a1);
    QVERIFY2(taken.ok(), qPrintable(why(taken)));
    QCOMPARE(taken->assigneeId, a1);

    // Only agents of the shop; 0 leaves it unassigned.
    QCOMPARE(m_tickets->assign(m_owner, t.id, viewerId).error().field, QStringLiteral("assignee"));
    auto cleared = m_tickets->assign(m_owner, t.id, 0);
    QCOMPARE(cleared->assigneeId, 0);
    QCOMPARE(auditCount(QStringLiteral("ticket.assign")), 3);
    // A stale version is someone else's change.
    QCOMPARE(m_tickets->assign(m_owner, t.id, a2, t.rowVersion).error().kind, Error::Kind::Conflict);
}

// ---- Requester-facing output -----------------------------------------------------------------------------

void TestTickets::notesNeverReachTheRequester() {
    const Ticket t = newTicket(m_owner);
    QVERIFY(
        m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Reply, QStringLiteral("We are sending 200 new boxes."))
            .ok());
    QVERIFY(m_tickets
                ->addMessage(m_owner, t.id, TicketMessageKind::Note,
                             QStringLiteral("SECRET-NOTE-42: their storage is damp, not our fault"))
                .ok());
    QVERIFY(
        m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Requester, QStringLiteral("Thank you, waiting.")).ok());
    QVERIFY(m_tickets->addAttachment(m_owner, t.id, QStringLiteral("crushed-corner.png"), kPng).ok());
    QVERIFY(m_tickets
                ->addAttachment(m_owner, t.id, QStringLiteral("margin-SECRET.txt"),
                                QByteArray("cost 11.65, margin SECRET-NOTE-42\n"), true)
                .ok());
    QVERIFY(m_tickets->setStatus(m_owner, t.id, TicketStatus::Resolved, QStringLiteral("Replacement boxes delivered"))
                .ok());
    QVERIFY(
        m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Note, QStringLiteral("SECRET-NOTE-43 after resolving"))
            .ok());

    // Staff see everything.
    auto staffView = m_tickets->thread(m_owner, t.id);
    QCOMPARE(staffView->messages.size(), 5);
    QCOMPARE(staffView->attachments.size(), 2);

    auto view = m_tickets->requesterView(m_owner, t.id);
    QVERIFY2(view.ok(), qPrintable(why(view)));
    QCOMPARE(view->messages.size(), 3);
    for (const TicketMessage &m : view->messages) {
        QVERIFY(m.kind != TicketMessageKind::Note);
        QVERIFY(!m.body.contains(QStringLiteral("SECRET")));
    }
    QCOMPARE(view->attachments.size(), 1);
    QCOMPARE(view->attachments.first().fileName, QStringLiteral("crushed-corner.png"));
    QCOMPARE(view->resolutionNote, QStringLiteral("Replacement boxes delivered"));

    const QString text = TicketService::requesterText(view.value());
    QVERIFY(!text.contains(QStringLiteral("SECRET")));
    QVERIFY(!text.contains(QStringLiteral("damp")));
    QVERIFY(text.contains(t.number));
    QVERIFY(text.contains(QStringLiteral("We are sending 200 new boxes.")));
    QVERIFY(text.contains(QStringLiteral("Thank you, waiting.")));
    QVERIFY(text.contains(QStringLiteral("Replacement boxes delivered")));
    QVERIFY(text.contains(QStringLiteral("crushed-corner.png")));

    // Even a view assembled by hand with a note in it does not print the note.
    RequesterTicketView tampered = view.value();
    tampered.messages << staffView->messages.at(1);
    tampered.attachments << staffView->attachments.at(1);
    QVERIFY(!TicketService::requesterText(tampered).contains(QStringLiteral("SECRET")));
}

// ---- Attachments -----------------------------------------------------------------------------------------

void TestTickets::attachmentLimits() {
    const Ticket t = newTicket(m_owner);
    QByteArray exact = kPng;
    exact.append(AttachmentCheck::kMaxBytes - exact.size(), '\x07');
    QCOMPARE(exact.size(), qsizetype(10 * 1024 * 1024));
    auto stored = m_tickets->addAttachment(m_owner, t.id, QStringLiteral("big-photo.png"), exact);
    QVERIFY2(stored.ok(), qPrintable(why(stored)));
    QCOMPARE(stored->size, qint64(exact.size()));
    QCOMPARE(stored->mimeType, QStringLiteral("image/png"));
    QCOMPARE(stored->sha256, QString::fromLatin1(QCryptographicHash::hash(exact, QCryptographicHash::Sha256).toHex()));
    auto back = m_tickets->attachment(m_owner, stored->id);
    QVERIFY2(back.ok(), qPrintable(why(back)));
    QCOMPARE(back->data.size(), exact.size());
    QVERIFY(back->data == exact);
    QCOMPARE(back->fileName, QStringLiteral("big-photo.png"));

    QByteArray tooBig = exact;
    tooBig.append('\x07');
    auto refused = m_tickets->addAttachment(m_owner, t.id, QStringLiteral("bigger.png"), tooBig);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("file"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("10 MB")), qPrintable(refused.error().message));
    QCOMPARE(m_tickets->addAttachment(m_owner, t.id, QStringLiteral("empty.txt"), QByteArray()).error().field,
             QStringLiteral("file"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM ticket_attachments")).toInt(), 1);

    // The path part of a name is dropped.
    auto named = m_tickets->addAttachment(m_owner, t.id, QStringLiteral("C:\\Users\\ravi\\Desktop\\invoice.pdf"), kPdf);
    QCOMPARE(named->fileName, QStringLiteral("invoice.pdf"));
    QCOMPARE(m_tickets->thread(m_owner, t.id)->attachments.size(), 2);
}

void TestTickets::attachmentTypesBySniffing() {
    const QByteArray docx = zipOf({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}});
    const QByteArray xlsx = zipOf({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}});
    const QByteArray odt = zipOf({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<x/>"}});
    const QByteArray plainZip = zipOf({{"setup.exe", "MZ"}});
    const QByteArray ole = QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) + QByteArray(512, '\0');
    const QByteArray exe = QByteArray("MZ\x90\0\x03\0\0\0", 8) + QByteArray(100, '\0');
    const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10);

    struct Case {
        const char *name;
        QByteArray data;
        const char *mime; // empty: refused
    };
    const Case cases[] = {
        {"photo.png", kPng, "image/png"},
        {"photo.JPG", jpeg, "image/jpeg"},
        {"scan.pdf", kPdf, "application/pdf"},
        {"notes.txt", "Lot 42: 200 boxes crushed\r\nकार्टन\n", "text/plain"},
        {"rates.csv", "bf,rate\n18,34\n", "text/csv"},
        {"complaint.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {"rates.xlsx", xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {"letter.odt", odt, "application/vnd.oasis.opendocument.text"},
        {"old.doc", ole, "application/msword"},
        {"old.xls", ole, "application/vnd.ms-excel"},
        // Refused: not an allowed type whatever the name says, or a name that does not match the content.
        {"invoice.pdf", exe, ""},
        {"setup.exe", exe, ""},
        {"photos.zip", plainZip, ""},
        {"report.docx", plainZip, ""},
        {"photo.png", kPdf, ""},
        {"scan.pdf", kPng, ""},
        {"letter.docx", odt, ""},
        {"binary.txt", QByteArray("abc\0def", 7), ""},
        {"latin1.txt", QByteArray("caf\xe9"), ""},
        {"noextension", kPng, ""},
    };
    const Ticket t = newTicket(m_owner);
    for (const Case &c : cases) {
        const QString name = QString::fromUtf8(c.name);
        auto added = m_tickets->addAttachment(m_owner, t.id, name, c.data);
        if (*c.mime) {
            QVERIFY2(added.ok(), qPrintable(name + QStringLiteral(": ") + why(added)));
            QCOMPARE(added->mimeType, QString::fromLatin1(c.mime));
        } else {
            QVERIFY2(!added.ok(), qPrintable(name));
            QCOMPARE(added.error().kind, Error::Kind::Invalid);
            QCOMPARE(added.error().field, QStringLiteral("file"));
            QVERIFY2(added.error().message.contains(name), qPrintable(added.error().message));
        }
    }
    // The message for a mismatch says what the content is.
    const QString mismatch = m_tickets->addAttachment(m_owner, t.id, QStringLiteral("photo.png"), kPdf).error().message;
    QVERIFY2(mismatch.contains(QStringLiteral("PDF")) && mismatch.contains(QStringLiteral(".pdf")),
             qPrintable(mismatch));
}

// ---- Links, lists, categories, permissions ---------------------------------------------------------------

void TestTickets::complaintLinkedToAQuote() {
    QFile golden(QStringLiteral(BOXCOST_GOLDEN_DIR "/costing_cases.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QJsonObject input = QJsonDocument::fromJson(golden.readAll())
                                  .object()
                                  .value(QStringLiteral("cases"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("input"))
                                  .toObject();
    auto spec = CostingJson::readSpec(input);
    QVERIFY2(spec.ok(), qPrintable(why(spec)));
    QuoteService quotes(*m_db, *m_clock);
    QuoteDraft draft;
    draft.partyId = m_partyId;
    QuoteItem item;
    item.name = QStringLiteral("RSC 300x200x150");
    item.spec = spec.value();
    draft.items << item;
    auto saved = quotes.save(m_owner, draft);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));

    NewTicket in;
    in.subject = QStringLiteral("Wrong print on the flap");
    in.category = QStringLiteral("quality");
    in.priority = TicketPriority::High;
    in.partyId = m_partyId;
    in.linked = {QStringLiteral("quote"), saved->quoteId, QString()};
    in.tags = {QStringLiteral("Print"), QStringLiteral(" print "), QStringLiteral("flap")};
    auto created = m_tickets->create(m_owner, in);
    QVERIFY2(created.ok(), qPrintable(why(created)));
    QCOMPARE(created->linked.type, QStringLiteral("quote"));
    QCOMPARE(created->linked.id, saved->quoteId);
    QCOMPARE(created->linked.number, saved->number);
    QCOMPARE(created->requester.kind, RequesterKind::Party);
    QCOMPARE(created->requester.partyId, m_partyId);
    QCOMPARE(created->requester.name, QStringLiteral("Kumar Traders"));
    QCOMPARE(created->requester.contact, QStringLiteral("9876543210"));
    QCOMPARE(created->tags, (QStringList{QStringLiteral("flap"), QStringLiteral("print")}));
    QCOMPARE(created->categoryName, QStringLiteral("Quality"));

    // The quote number finds the ticket, and so do the party's tickets.
    TicketQuery byQuote;
    byQuote.search = saved->number;
    QCOMPARE(m_tickets->list(m_owner, byQuote)->rows.size(), 1);
    TicketQuery byParty;
    byParty.partyId = m_partyId;
    QCOMPARE(m_tickets->list(m_owner, byParty)->rows.size(), 1);

    // A document of another party, or a link without a party, is refused.
    const qint64 otherParty = addParty(m_owner, QStringLiteral("Mehta Foods"), QStringLiteral("9123456780"));
    in.partyId = otherParty;
    QCOMPARE(m_tickets->create(m_owner, in).error().field, QStringLiteral("linked"));
    in.partyId = 0;
    in.requesterUserId = m_ownerId;
    QCOMPARE(m_tickets->create(m_owner, in).error().field, QStringLiteral("linked"));
    in.requesterUserId = 0;
    in.partyId = m_partyId;
    in.linked.type = QStringLiteral("order");
    QCOMPARE(m_tickets->create(m_owner, in).error().field, QStringLiteral("linked"));
    in.linked = {};
    in.tags = {QStringLiteral("bad/tag")};
    QCOMPARE(m_tickets->create(m_owner, in).error().field, QStringLiteral("tags"));
    in.tags = {};
    in.subject = QStringLiteral("   ");
    QCOMPARE(m_tickets->create(m_owner, in).error().field, QStringLiteral("subject"));
    in.subject = QStringLiteral("Both requesters");
    in.requesterUserId = m_ownerId;
    QCOMPARE(m_tickets->create(m_owner, in).error().field, QStringLiteral("requester"));
}

void TestTickets::listFiltersSearchAndPages() {
    const qint64 a1 = addUser(m_shop, QStringLiteral("asha"), role::Staff);
    const Session asha = sessionFor(m_shop, a1);
    QVERIFY(m_tickets->setAgent(m_owner, a1, 3, true).ok());
    QList<Ticket> made;
    for (int i = 0; i < 5; ++i) {
        m_clock->set(kStart.addDays(i));
        made << newTicket(m_owner, i % 2 ? TicketPriority::High : TicketPriority::Low,
                          i == 2 ? QStringLiteral("Late delivery to Nashik")
                                 : QStringLiteral("Crushed boxes lot %1").arg(QChar(QLatin1Char('A').unicode() + i)));
    }
    // Three went to asha (her capacity), two stayed unassigned.
    auto rows = [&](TicketQuery q) {
        QStringList numbers;
        auto page = m_tickets->list(asha, q);
        if (!page)
            qFatal("list failed: %s", qPrintable(page.error().text()));
        for (const TicketRow &r : page->rows)
            numbers << r.number;
        return numbers;
    };
    TicketQuery all;
    QCOMPARE(rows(all), (QStringList{made[4].number, made[3].number, made[2].number, made[1].number, made[0].number}));
    TicketQuery mine;
    mine.mine = true;
    QCOMPARE(rows(mine), (QStringList{made[2].number, made[1].number, made[0].number}));
    TicketQuery unassigned;
    unassigned.unassigned = true;
    QCOMPARE(rows(unassigned), (QStringList{made[4].number, made[3].number}));
    TicketQuery high;
    high.priority = TicketPriority::High;
    QCOMPARE(rows(high), (QStringList{made[3].number, made[1].number}));
    m_clock->advanceSeconds(60);
    QVERIFY(m_tickets->setStatus(m_owner, made[0].id, TicketStatus::InProgress).ok()); // now the latest update
    TicketQuery inProgress;
    inProgress.statuses = {TicketStatus::InProgress, TicketStatus::AwaitingCustomer};
    QCOMPARE(rows(inProgress), (QStringList{made[0].number}));
    TicketQuery dates;
    dates.from = kStart.addDays(1).toLocalTime().date();
    dates.to = kStart.addDays(2).toLocalTime().date();
    QCOMPARE(rows(dates), (QStringList{made[2].number, made[1].number}));
    TicketQuery search;
    search.search = QStringLiteral("nash");
    QCOMPARE(rows(search), (QStringList{made[2].number}));
    search.search = QStringLiteral("KUMAR crushed");
    QCOMPARE(rows(search).size(), 4);
    search.search = QStringLiteral("000004");
    QCOMPARE(rows(search), (QStringList{made[3].number}));
    search.search = QStringLiteral("4");
    QCOMPARE(rows(search), (QStringList{made[3].number}));
    search.search = QStringLiteral("100%_");
    QVERIFY(rows(search).isEmpty());

    // Keyset pages of two, in the same order as one page of all.
    QStringList paged;
    TicketQuery q;
    q.limit = 2;
    for (;;) {
        auto page = m_tickets->list(asha, q);
        QVERIFY(page.ok());
        for (const TicketRow &r : page->rows)
            paged << r.number;
        if (!page->hasMore)
            break;
        q.hasCursor = true;
        q.after = page->next;
    }
    QCOMPARE(paged, rows(all));
    QCOMPARE(rows(all).first(), made[0].number);
}

void TestTickets::categoriesAreEditablePerShop() {
    auto defaults = m_tickets->categories(m_owner);
    QVERIFY(defaults.ok());
    QStringList codes;
    for (const TicketCategory &c : defaults.value())
        codes << c.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("quality"), QStringLiteral("delivery"), QStringLiteral("billing"),
                                 QStringLiteral("product"), QStringLiteral("other")}));

    TicketCategory printing;
    printing.name = QStringLiteral("Printing & colour");
    auto added = m_tickets->saveCategory(m_owner, printing);
    QVERIFY2(added.ok(), qPrintable(why(added)));
    QCOMPARE(added->code, QStringLiteral("printing-colour"));
    QCOMPARE(m_tickets->categories(m_owner)->size(), 6);
    QCOMPARE(m_tickets->saveCategory(m_owner, printing).error().field, QStringLiteral("name")); // duplicate name

    // Renaming keeps the code; deactivating hides it from new tickets.
    TicketCategory billing = m_tickets->categories(m_owner)->at(2);
    billing.name = QStringLiteral("Billing and GST");
    billing.active = false;
    auto renamed = m_tickets->saveCategory(m_owner, billing);
    QVERIFY2(renamed.ok(), qPrintable(why(renamed)));
    QCOMPARE(renamed->code, QStringLiteral("billing"));
    QCOMPARE(m_tickets->categories(m_owner)->size(), 5);
    QCOMPARE(m_tickets->categories(m_owner, true)->size(), 6);
    NewTicket in;
    in.subject = QStringLiteral("GST wrong on invoice");
    in.category = QStringLiteral("billing");
    in.partyId = m_partyId;
    QCOMPARE(m_tickets->create(m_owner, in).error().field, QStringLiteral("category"));
    in.category = added->code;
    auto t = m_tickets->create(m_owner, in);
    QVERIFY2(t.ok(), qPrintable(why(t)));
    QCOMPARE(t->categoryName, QStringLiteral("Printing & colour"));

    // Another shop still has the five defaults; staff cannot edit categories.
    const qint64 other = createShop(QStringLiteral("Other Boxes"));
    const Session otherOwner = sessionFor(other, addUser(other, QStringLiteral("mohan"), role::Owner));
    QCOMPARE(m_tickets->categories(otherOwner)->size(), 5);
    QCOMPARE(m_tickets->categories(otherOwner)->at(2).name, QStringLiteral("Billing"));
    const Session staff = sessionFor(m_shop, addUser(m_shop, QStringLiteral("asha"), role::Staff));
    QCOMPARE(m_tickets->saveCategory(staff, printing).error().kind, Error::Kind::Denied);
    QCOMPARE(auditCount(QStringLiteral("ticket.category")), 2);
}

void TestTickets::permissionsAndTenantIsolation() {
    const Ticket t = newTicket(m_owner);
    const Session viewer = sessionFor(m_shop, addUser(m_shop, QStringLiteral("vik"), role::Viewer));
    QVERIFY(m_tickets->get(viewer, t.id).ok());
    const int denials = auditCount(QStringLiteral("permission.denied"));
    NewTicket in;
    in.subject = QStringLiteral("Viewer tries");
    in.category = QStringLiteral("other");
    in.partyId = m_partyId;
    QCOMPARE(m_tickets->create(viewer, in).error().kind, Error::Kind::Denied);
    QCOMPARE(m_tickets->addMessage(viewer, t.id, TicketMessageKind::Reply, QStringLiteral("hi")).error().kind,
             Error::Kind::Denied);
    QCOMPARE(m_tickets->setStatus(viewer, t.id, TicketStatus::InProgress).error().kind, Error::Kind::Denied);
    QCOMPARE(auditCount(QStringLiteral("permission.denied")), denials + 3);

    // Another shop sees nothing of this one.
    const qint64 other = createShop(QStringLiteral("Other Boxes"));
    const Session otherOwner = sessionFor(other, addUser(other, QStringLiteral("mohan"), role::Owner));
    QCOMPARE(m_tickets->get(otherOwner, t.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_tickets->thread(otherOwner, t.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_tickets->requesterView(otherOwner, t.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_tickets->setStatus(otherOwner, t.id, TicketStatus::InProgress).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_tickets->getByNumber(otherOwner, t.number).error().kind, Error::Kind::NotFound);
    QVERIFY(m_tickets->list(otherOwner, {})->rows.isEmpty());
    auto att = m_tickets->addAttachment(m_owner, t.id, QStringLiteral("a.pdf"), kPdf);
    QCOMPARE(m_tickets->attachment(otherOwner, att->id).error().kind, Error::Kind::NotFound);
    in.requesterUserId = m_ownerId; // a user of another shop
    in.partyId = 0;
    QCOMPARE(m_tickets->create(otherOwner, in).error().field, QStringLiteral("requester"));
    in.requesterUserId = 0;
    in.partyId = m_partyId; // a party of another shop
    QCOMPARE(m_tickets->create(otherOwner, in).error().field, QStringLiteral("requester"));
    // The other shop's agents are not this shop's.
    QVERIFY(m_tickets->agents(otherOwner)->size() == 1);

    // The vendor's support team (tenant 0) answers questions from users of any shop.
    const qint64 agentId = addUser(0, QStringLiteral("vendor-agent"), role::SupportAgent);
    const Session vendor = sessionFor(0, agentId);
    NewTicket question;
    question.subject = QStringLiteral("How do I add a second GSTIN?");
    question.category = QStringLiteral("product");
    question.requesterUserId = m_ownerId;
    auto asked = m_tickets->create(vendor, question);
    QVERIFY2(asked.ok(), qPrintable(why(asked)));
    QCOMPARE(asked->assigneeId, agentId);
    QCOMPARE(asked->requester.name, QStringLiteral("RAVI"));
    QCOMPARE(m_tickets->get(m_owner, asked->id).error().kind, Error::Kind::NotFound);
}

void TestTickets::everyMutationWritesOneAuditRow() {
    const qint64 a1 = addUser(m_shop, QStringLiteral("asha"), role::Staff);
    int count = auditCount();
    auto step = [&](bool ok, const char *what) {
        QVERIFY2(ok, what);
        QCOMPARE(auditCount(), count + 1);
        ++count;
    };
    const Ticket t = newTicket(m_owner);
    step(true, "create");
    step(m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Reply, QStringLiteral("On it")).ok(), "reply");
    step(m_tickets->addMessage(m_owner, t.id, TicketMessageKind::Note, QStringLiteral("Call them")).ok(), "note");
    step(m_tickets->addAttachment(m_owner, t.id, QStringLiteral("p.png"), kPng).ok(), "attachment");
    step(m_tickets->setPriority(m_owner, t.id, TicketPriority::High).ok(), "priority");
    step(m_tickets->setTags(m_owner, t.id, {QStringLiteral("lot-42")}).ok(), "tags");
    step(m_tickets->assign(m_owner, t.id, 0).ok(), "unassign");
    step(m_tickets->assign(m_owner, t.id, a1).ok(), "assign");
    step(m_tickets->setStatus(m_owner, t.id, TicketStatus::InProgress).ok(), "status");
    // Nothing to change: no row.
    QVERIFY(m_tickets->setPriority(m_owner, t.id, TicketPriority::High).ok());
    QVERIFY(m_tickets->setTags(m_owner, t.id, {QStringLiteral("LOT-42")}).ok());
    QCOMPARE(auditCount(), count);
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT DISTINCT entity_id FROM audit_log WHERE entity_type = 'ticket'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), t.number);
    QVERIFY(!q.next());
}

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
