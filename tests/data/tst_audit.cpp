// The audit log on SQLite and PostgreSQL: append-only triggers, no row for a rolled-back change, the hash
// chain found broken by AuditVerifier and `boxcost audit verify` after tampering, one gap-free chain per
// tenant under concurrent writers, filtered keyset pages, exports that round-trip (CSV and JSON), progress
// and cancel, formula injection neutralised, permissions and tenant isolation, and `boxcost audit export`.

#include "CliRunner.h"
#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "services/AccountService.h"
#include "services/AuditLog.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"
#include "services/Clock.h"
#include "services/CsvWriter.h"
#include "services/Permissions.h"
#include "services/SecretStore.h"
#include "services/Session.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <vector>

using namespace bcp;
using bcp::test::runCli;

namespace {

const QString kOwnerPassword = QStringLiteral("Corrugated#Board-2026");
const QString kViewerPassword = QStringLiteral("Flute-Liner-Kraft-42");

QDateTime utc(int y, int m, int d, int h = 10, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

// RFC 4180 reader for checking what CsvWriter wrote: quoted fields, doubled quotes, CRLF rows.
QList<QStringList> parseCsv(QByteArray bytes) {
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QStringList csvCells(const AuditEntry &e) {
    return {QString::number(e.id),
            QString::number(e.seq),
            e.at,
            QString::number(e.actorId),
            e.actorName,
            e.workstation,
            e.action,
            e.entityType,
            e.entityId,
            e.beforeJson,
            e.afterJson,
            e.result,
            e.prevHash,
            e.rowHash};
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void auditTableIsAppendOnly();
    void rolledBackChangeWritesNoAuditRow();
    void intactChainsHold();
    void alteredRowIsFound();
    void deletedAndRewrittenRowsAreFound();
    void cliVerifyNamesTheBrokenRow();
    void concurrentWritersKeepOneChainPerTenant();
    void keysetPagesNewestFirst();
    void filters();
    void facetsListWhatTheLogHolds();
    void permissionsAndTenantIsolation();
    void csvExportRoundTrip();
    void jsonExportRoundTrip();
    void exportProgressAndCancel();
    void formulaInjectionNeutralised();
    void cliExport();

private:
    Session session(const QString &role, qint64 tenantId, qint64 userId = 1,
                    const QString &name = QStringLiteral("ravi"));
    qint64 append(const Session &who, const AuditEvent &event, const QDateTime &at);
    void appendMany(const Session &who, int count, const QDateTime &start);
    void dropTriggers();
    int auditCount(const QString &action = {}) { return test::auditCount(*m_db, action); }
    QList<AuditEntry> allRows(const Session &who, const AuditFilter &filter = {});

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AuditService> m_audit;
};

void TestAudit::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(utc(2026, 11, 26));
    m_audit = std::make_unique<AuditService>(*m_db, *m_clock);
}

void TestAudit::cleanup() {
    m_audit.reset();
    m_db.reset();
    m_t.reset();
}

Session TestAudit::session(const QString &role, qint64 tenantId, qint64 userId, const QString &name) {
    Session s;
    s.userId = userId;
    s.tenantId = tenantId;
    s.username = name;
    s.displayName = name;
    s.role = role;
    s.workstation = QStringLiteral("COUNTER-PC");
    s.permissions = test::seededPermissions(*m_db, role);
    return s;
}

qint64 TestAudit::append(const Session &who, const AuditEvent &event, const QDateTime &at) {
    auto id = m_db->write([&](Database &tx) -> Result<qint64> {
        AuditLog::append(tx, who, event, at);
        return tx.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
    });
    if (!id)
        qFatal("append failed: %s", qPrintable(id.error().text()));
    return id.value();
}

void TestAudit::appendMany(const Session &who, int count, const QDateTime &start) {
    auto done = m_db->write([&](Database &tx) -> Result<bool> {
        for (int i = 0; i < count; ++i) {
            AuditLog::append(tx, who,
                             {QStringLiteral("party.update"),
                              QStringLiteral("party"),
                              QString::number(i),
                              {{QStringLiteral("phone"), QStringLiteral("98200%1").arg(i, 5, 10, QLatin1Char('0'))}},
                              {{QStringLiteral("phone"), QStringLiteral("98201%1").arg(i, 5, 10, QLatin1Char('0'))}}},
                             start.addSecs(i));
        }
        return true;
    });
    if (!done)
        qFatal("appendMany failed: %s", qPrintable(done.error().text()));
}

void TestAudit::dropTriggers() {
    if (m_db->isSqlite()) {
        m_db->exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        m_db->exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    } else {
        m_db->exec(QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log"));
        m_db->exec(QStringLiteral("DROP TRIGGER audit_log_no_truncate ON audit_log"));
    }
}

QList<AuditEntry> TestAudit::allRows(const Session &who, const AuditFilter &filter) {
    QList<AuditEntry> rows;
    qint64 before = 0;
    for (;;) {
        auto page = m_audit->page(who, filter, before, 7);
        if (!page)
            qFatal("page failed: %s", qPrintable(page.error().text()));
        rows += page->rows;
        if (page->rows.size() < 7)
            return rows;
        before = page->lastId;
    }
}

// ---- Append-only and transactions ------------------------------------------------------------------

void TestAudit::auditTableIsAppendOnly() {
    const Session owner = session(role::Owner, 1);
    const qint64 id =
        append(owner, {QStringLiteral("party.create"), QStringLiteral("party"), QStringLiteral("7")}, utc(2026, 1, 5));

    QVERIFY_THROWS_EXCEPTION(
        DbError, m_db->exec(QStringLiteral("UPDATE audit_log SET action = 'party.delete' WHERE id = ?"), {id}));
    QVERIFY_THROWS_EXCEPTION(DbError, m_db->exec(QStringLiteral("UPDATE audit_log SET row_hash = 'x'")));
    QVERIFY_THROWS_EXCEPTION(DbError, m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {id}));
    QVERIFY_THROWS_EXCEPTION(DbError, m_db->exec(QStringLiteral("DELETE FROM audit_log")));
    if (!m_db->isSqlite())
        QVERIFY_THROWS_EXCEPTION(DbError, m_db->exec(QStringLiteral("TRUNCATE audit_log")));

    QCOMPARE(auditCount(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT action FROM audit_log WHERE id = ?"), {id}).toString(),
             QStringLiteral("party.create"));
    QVERIFY(AuditVerifier(*m_db).verify(1).value().holds());
}

void TestAudit::rolledBackChangeWritesNoAuditRow() {
    const Session owner = session(role::Owner, 1);
    append(owner, {QStringLiteral("party.create"), QStringLiteral("party"), QStringLiteral("1")}, utc(2026, 1, 5));

    // A unit of work that fails after writing its audit row: an error result rolls everything back.
    auto refused = m_db->write([&](Database &tx) -> Result<bool> {
        AuditLog::append(tx, owner, {QStringLiteral("party.update"), QStringLiteral("party"), QStringLiteral("1")},
                         utc(2026, 1, 6));
        return Error::conflict(QStringLiteral("changed by someone else"));
    });
    QVERIFY(!refused.ok());
    // And one whose later statement fails.
    auto failed = m_db->write([&](Database &tx) -> Result<bool> {
        AuditLog::append(tx, owner, {QStringLiteral("party.delete"), QStringLiteral("party"), QStringLiteral("1")},
                         utc(2026, 1, 7));
        tx.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        return true;
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, Error::Kind::Database);

    QCOMPARE(auditCount(), 1);
    QCOMPARE(auditCount(QStringLiteral("party.update")), 0);
    QCOMPARE(auditCount(QStringLiteral("party.delete")), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT last_seq FROM audit_chain WHERE tenant_id = 1")).toLongLong(), 1);

    // The chain goes on from the last committed row, without a gap.
    append(owner, {QStringLiteral("party.update"), QStringLiteral("party"), QStringLiteral("1")}, utc(2026, 1, 8));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT MAX(seq) FROM audit_log WHERE tenant_id = 1")).toLongLong(), 2);
    auto report = AuditVerifier(*m_db).verify(1);
    QVERIFY(report.value().holds());
    QCOMPARE(report->rows, 2);
}

// ---- Verification ----------------------------------------------------------------------------------

void TestAudit::intactChainsHold() {
    appendMany(session(role::Owner, 1), 20, utc(2026, 2, 1));
    appendMany(session(role::Owner, 2, 5, QStringLiteral("mohan")), 10, utc(2026, 2, 1));
    AuditVerifier verifier(*m_db);
    QCOMPARE(verifier.tenants().value(), (QList<qint64>{1, 2}));
    auto one = verifier.verify(1);
    QVERIFY(one.value().holds());
    QCOMPARE(one->rows, 20);
    QCOMPARE(one->lastSeq, 20);
    auto two = verifier.verify(2);
    QVERIFY(two.value().holds());
    QCOMPARE(two->rows, 10);
    QVERIFY(two->text().contains(QStringLiteral("the chain holds")));
    // A tenant without a log is an empty chain, which holds.
    QVERIFY(verifier.verify(3).value().holds());

    // Progress reaches the whole chain.
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    QVERIFY(verifier
                .verify(1,
                        [&](qint64 done, qint64 total) {
                            lastDone = done;
                            lastTotal = total;
                            return true;
                        })
                .value()
                .holds());
    QCOMPARE(lastDone, 20);
    QCOMPARE(lastTotal, 20);

    auto viaService = m_audit->verify(session(role::Owner, 1), 1);
    QVERIFY(viaService.value().holds());
}

void TestAudit::alteredRowIsFound() {
    appendMany(session(role::Owner, 1), 10, utc(2026, 2, 1));
    appendMany(session(role::Owner, 2), 3, utc(2026, 2, 1));
    dropTriggers();
    const qint64 id =
        m_db->scalar(QStringLiteral("SELECT id FROM audit_log WHERE tenant_id = 1 AND seq = 4")).toLongLong();
    m_db->exec(QStringLiteral("UPDATE audit_log SET after_json = '{\"phone\":\"9999999999\"}' WHERE id = ?"), {id});

    auto report = AuditVerifier(*m_db).verify(1);
    QVERIFY(report.ok());
    QVERIFY(!report->holds());
    QCOMPARE(report->broken->seq, 4);
    QCOMPARE(report->broken->id, id);
    QVERIFY2(report->broken->problem.contains(QStringLiteral("row_hash")), qPrintable(report->broken->problem));
    QCOMPARE(report->rows, 3);
    QVERIFY(report->text().contains(QStringLiteral("seq 4 (id %1)").arg(id)));
    // The other tenant's chain is untouched.
    QVERIFY(AuditVerifier(*m_db).verify(2).value().holds());
}

void TestAudit::deletedAndRewrittenRowsAreFound() {
    appendMany(session(role::Owner, 1), 12, utc(2026, 2, 1));
    dropTriggers();
    auto idOf = [&](int seq) {
        return m_db->scalar(QStringLiteral("SELECT id FROM audit_log WHERE tenant_id = 1 AND seq = ?"), {seq})
            .toLongLong();
    };

    // A row rewritten together with its own hash: the next row's link gives it away.
    {
        AuditLog::Row row;
        row.seq = 3;
        row.tenantId = 1;
        QSqlQuery q =
            m_db->exec(QStringLiteral("SELECT at, actor_id, actor_name, workstation, action, entity_type, entity_id, "
                                      "before_json, after_json, result, prev_hash FROM audit_log WHERE id = ?"),
                       {idOf(3)});
        QVERIFY(q.next());
        row.at = q.value(0).toString();
        row.actorId = q.value(1).toLongLong();
        row.actorName = q.value(2).toString();
        row.workstation = q.value(3).toString();
        row.action = q.value(4).toString();
        row.entityType = q.value(5).toString();
        row.entityId = q.value(6).toString();
        row.before = q.value(7).toString();
        row.after = QStringLiteral("{\"phone\":\"0000000000\"}");
        row.result = q.value(9).toString();
        const QString forged = AuditLog::rowHash(q.value(10).toString(), row);
        m_db->exec(QStringLiteral("UPDATE audit_log SET after_json = ?, row_hash = ? WHERE id = ?"),
                   {row.after, forged, idOf(3)});
        auto report = AuditVerifier(*m_db).verify(1);
        QCOMPARE(report->broken->seq, 4);
        QCOMPARE(report->broken->id, idOf(4));
        QVERIFY2(report->broken->problem.contains(QStringLiteral("prev_hash")), qPrintable(report->broken->problem));
    }

    // Deletions: in the middle (a gap) and at the end (the chain head remembers the last seq).
    auto fresh = std::make_unique<test::TestDatabase>();
    m_audit.reset();
    m_db = fresh->openMigrated();
    m_t = std::move(fresh);
    appendMany(session(role::Owner, 1), 12, utc(2026, 2, 1));
    dropTriggers();
    m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE tenant_id = 1 AND seq = 12"));
    auto tail = AuditVerifier(*m_db).verify(1);
    QCOMPARE(tail->broken->seq, 12);
    QCOMPARE(tail->broken->id, 0);
    QVERIFY2(tail->broken->problem.contains(QStringLiteral("missing")), qPrintable(tail->broken->problem));

    const qint64 sixth = idOf(6);
    m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE tenant_id = 1 AND seq = 5"));
    auto gap = AuditVerifier(*m_db).verify(1);
    QCOMPARE(gap->broken->seq, 6);
    QCOMPARE(gap->broken->id, sixth);
    QVERIFY2(gap->broken->problem.contains(QStringLiteral("seq 5 is missing")), qPrintable(gap->broken->problem));
}

void TestAudit::cliVerifyNamesTheBrokenRow() {
    appendMany(session(role::Owner, 1), 6, utc(2026, 2, 1));
    appendMany(session(role::Owner, 2), 4, utc(2026, 2, 1));
    const QString url = m_t->url().toString();

    auto good = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url});
    QVERIFY2(good.exitCode == 0, good.err.constData());
    QVERIFY(good.out.contains("tenant 1: 6 rows, the chain holds"));
    QVERIFY(good.out.contains("tenant 2: 4 rows, the chain holds"));

    dropTriggers();
    const qint64 id =
        m_db->scalar(QStringLiteral("SELECT id FROM audit_log WHERE tenant_id = 2 AND seq = 3")).toLongLong();
    m_db->exec(QStringLiteral("UPDATE audit_log SET actor_name = 'someone-else' WHERE id = ?"), {id});

    auto bad = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.out.contains(QStringLiteral("tenant 2: broken at seq 3 (id %1)").arg(id).toUtf8()),
             bad.out.constData());

    auto onlyOne = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--tenant"),
                           QStringLiteral("1"), QStringLiteral("--db"), url});
    QCOMPARE(onlyOne.exitCode, 0);

    auto json = runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--db"), url});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(doc.value(QStringLiteral("holds")).toBool(), false);
    const QJsonObject broken = doc.value(QStringLiteral("chains")).toArray().last().toObject();
    QCOMPARE(broken.value(QStringLiteral("tenant")).toInteger(), 2);
    QCOMPARE(broken.value(QStringLiteral("seq")).toInteger(), 3);
    QCOMPARE(broken.value(QStringLiteral("id")).toInteger(), id);

    auto usage = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--tenant"),
                         QStringLiteral("x"), QStringLiteral("--db"), url});
    QCOMPARE(usage.exitCode, 2);
}

void TestAudit::concurrentWritersKeepOneChainPerTenant() {
    constexpr int kThreads = 4;
    constexpr int kEach = 30;
    std::atomic<int> failures{0};
    m_t->runTogether(kThreads, [&](int t, Database &db) {
        Session who;
        who.userId = t + 1;
        who.username = QStringLiteral("writer%1").arg(t);
        for (int i = 0; i < kEach; ++i) {
            who.tenantId = 1 + (i + t) % 2;
            auto done = db.write([&](Database &tx) -> Result<bool> {
                AuditLog::append(tx, who, {QStringLiteral("quote.update"), QStringLiteral("quote"), QString::number(i)},
                                 QDateTime::currentDateTimeUtc());
                return true;
            });
            if (!done)
                failures.fetch_add(1);
        }
    });
    QCOMPARE(failures.load(), 0);

    qint64 total = 0;
    for (qint64 tenant : {1, 2}) {
        const qint64 rows =
            m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE tenant_id = ?"), {tenant}).toLongLong();
        const qint64 maxSeq =
            m_db->scalar(QStringLiteral("SELECT MAX(seq) FROM audit_log WHERE tenant_id = ?"), {tenant}).toLongLong();
        const qint64 minSeq =
            m_db->scalar(QStringLiteral("SELECT MIN(seq) FROM audit_log WHERE tenant_id = ?"), {tenant}).toLongLong();
        QCOMPARE(minSeq, 1);
        QCOMPARE(maxSeq, rows); // seqs are unique (constraint), so no gaps
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT last_seq FROM audit_chain WHERE tenant_id = ?"), {tenant}).toLongLong(),
            rows);
        auto report = AuditVerifier(*m_db).verify(tenant);
        QVERIFY2(report.value().holds(), qPrintable(report->text()));
        total += rows;
    }
    QCOMPARE(total, qint64(kThreads * kEach));
}

// ---- Reading -----------------------------------------------------------------------------------------

void TestAudit::keysetPagesNewestFirst() {
    const Session owner = session(role::Owner, 1);
    appendMany(owner, 25, utc(2026, 3, 1));
    appendMany(session(role::Owner, 2), 5, utc(2026, 3, 1));

    QList<qint64> seen;
    qint64 before = 0;
    QList<int> sizes;
    for (;;) {
        auto page = m_audit->page(owner, {}, before, 10);
        QVERIFY(page.ok());
        sizes << int(page->rows.size());
        for (const AuditEntry &e : page->rows) {
            QCOMPARE(e.tenantId, 1);
            QVERIFY(seen.isEmpty() || e.id < seen.last());
            seen << e.id;
        }
        if (page->rows.size() < 10)
            break;
        QCOMPARE(page->lastId, page->rows.last().id);
        before = page->lastId;
    }
    QCOMPARE(sizes, (QList<int>{10, 10, 5}));
    QCOMPARE(seen.size(), 25);
    const auto newest = m_audit->page(owner, {}, 0, 1);
    QCOMPARE(newest->rows.first().seq, 25);
    QCOMPARE(newest->rows.first().time(), utc(2026, 3, 1).addSecs(24));
    QCOMPARE(newest->rows.first().after().value(QStringLiteral("phone")).toString(), QStringLiteral("9820100024"));

    auto bad = m_audit->page(owner, {}, 0, 0);
    QCOMPARE(bad.error().field, QStringLiteral("limit"));
    bad = m_audit->page(owner, {}, 0, AuditService::kMaxPageSize + 1);
    QCOMPARE(bad.error().field, QStringLiteral("limit"));

    auto one = m_audit->entry(owner, seen.first());
    QCOMPARE(one->id, seen.first());
    QVERIFY(!one->rowHash.isEmpty());
}

void TestAudit::filters() {
    const Session ravi = session(role::Owner, 1, 1, QStringLiteral("ravi"));
    const Session asha = session(role::Staff, 1, 2, QStringLiteral("asha"));
    const Session other = session(role::Owner, 2, 9, QStringLiteral("mohan"));
    append(ravi,
           {QStringLiteral("party.create"),
            QStringLiteral("party"),
            QStringLiteral("P-100"),
            {},
            {{QStringLiteral("name"), QStringLiteral("Kumar Traders")},
             {QStringLiteral("discount"), QStringLiteral("50%")}}},
           utc(2026, 1, 10));
    append(asha,
           {QStringLiteral("quote.create"),
            QStringLiteral("quote"),
            QStringLiteral("Q-2026-0001"),
            {},
            {{QStringLiteral("party"), QStringLiteral("Kumar Traders")}}},
           utc(2026, 1, 31, 23, 59));
    append(asha,
           {QStringLiteral("quote.update"),
            QStringLiteral("quote"),
            QStringLiteral("Q-2026-0001"),
            {{QStringLiteral("rate"), 500}},
            {{QStringLiteral("rate"), 520}}},
           utc(2026, 2, 1, 0, 0));
    append(ravi,
           {QStringLiteral("party.update"),
            QStringLiteral("party"),
            QStringLiteral("P-100"),
            {{QStringLiteral("city"), QStringLiteral("Pune")}},
            {{QStringLiteral("city"), QStringLiteral("Mumbai")}}},
           utc(2026, 2, 15));
    append(ravi,
           {QStringLiteral("permission.denied"),
            QStringLiteral("permission"),
            QStringLiteral("users.manage"),
            {},
            {},
            QStringLiteral("denied")},
           utc(2026, 3, 1));
    append(other,
           {QStringLiteral("party.create"),
            QStringLiteral("party"),
            QStringLiteral("P-100"),
            {},
            {{QStringLiteral("name"), QStringLiteral("Kumar Traders")}}},
           utc(2026, 1, 20));

    auto actions = [&](const AuditFilter &f) {
        QStringList out;
        for (const AuditEntry &e : allRows(ravi, f))
            out << e.action;
        const qint64 counted = m_audit->count(ravi, f).value();
        if (counted != out.size())
            qFatal("count %lld differs from the pages (%lld rows)", counted, qint64(out.size()));
        return out;
    };

    QCOMPARE(actions({}), (QStringList{QStringLiteral("permission.denied"), QStringLiteral("party.update"),
                                       QStringLiteral("quote.update"), QStringLiteral("quote.create"),
                                       QStringLiteral("party.create")}));

    AuditFilter january;
    january.from = utc(2026, 1, 1, 0, 0);
    january.to = utc(2026, 2, 1, 0, 0); // exclusive: the quote.update at 00:00 on 1 February is out
    QCOMPARE(actions(january), (QStringList{QStringLiteral("quote.create"), QStringLiteral("party.create")}));
    AuditFilter fromFebruary;
    fromFebruary.from = utc(2026, 2, 1, 0, 0); // inclusive
    QCOMPARE(actions(fromFebruary), (QStringList{QStringLiteral("permission.denied"), QStringLiteral("party.update"),
                                                 QStringLiteral("quote.update")}));

    AuditFilter byActor;
    byActor.actor = QStringLiteral("asha");
    QCOMPARE(actions(byActor), (QStringList{QStringLiteral("quote.update"), QStringLiteral("quote.create")}));

    AuditFilter byAction;
    byAction.action = QStringLiteral("party.update");
    QCOMPARE(actions(byAction), QStringList{QStringLiteral("party.update")});

    AuditFilter byEntity;
    byEntity.entityType = QStringLiteral("party");
    QCOMPARE(actions(byEntity), (QStringList{QStringLiteral("party.update"), QStringLiteral("party.create")}));

    AuditFilter text;
    text.text = QStringLiteral("q-2026"); // entity id, either case
    QCOMPARE(actions(text), (QStringList{QStringLiteral("quote.update"), QStringLiteral("quote.create")}));
    text.text = QStringLiteral("pune"); // before
    QCOMPARE(actions(text), QStringList{QStringLiteral("party.update")});
    text.text = QStringLiteral("MUMBAI"); // after
    QCOMPARE(actions(text), QStringList{QStringLiteral("party.update")});
    text.text = QStringLiteral("kumar");
    QCOMPARE(actions(text), (QStringList{QStringLiteral("quote.create"), QStringLiteral("party.create")}));
    text.text = QStringLiteral("50%"); // % is a character, not a wildcard: "500" does not match
    QCOMPARE(actions(text), QStringList{QStringLiteral("party.create")});
    text.text = QStringLiteral("5_0");
    QCOMPARE(actions(text), QStringList());

    AuditFilter combined;
    combined.actor = QStringLiteral("ravi");
    combined.entityType = QStringLiteral("party");
    combined.from = utc(2026, 2, 1, 0, 0);
    QCOMPARE(actions(combined), QStringList{QStringLiteral("party.update")});

    AuditFilter backwards;
    backwards.from = utc(2026, 3, 1);
    backwards.to = utc(2026, 2, 1);
    auto refused = m_audit->page(ravi, backwards, 0, 10);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(refused.error().field, QStringLiteral("to"));
}

void TestAudit::facetsListWhatTheLogHolds() {
    append(session(role::Owner, 1, 1, QStringLiteral("ravi")),
           {QStringLiteral("party.create"), QStringLiteral("party"), QStringLiteral("1")}, utc(2026, 1, 1));
    append(session(role::Staff, 1, 2, QStringLiteral("asha")),
           {QStringLiteral("quote.create"), QStringLiteral("quote"), QStringLiteral("1")}, utc(2026, 1, 2));
    append(session(role::Staff, 1, 2, QStringLiteral("asha")),
           {QStringLiteral("quote.create"), QStringLiteral("quote"), QStringLiteral("2")}, utc(2026, 1, 3));
    append(session(role::Owner, 2, 9, QStringLiteral("mohan")),
           {QStringLiteral("invoice.finalize"), QStringLiteral("invoice"), QStringLiteral("1")}, utc(2026, 1, 3));

    auto f = m_audit->facets(session(role::Owner, 1));
    QVERIFY(f.ok());
    QCOMPARE(f->actors, (QStringList{QStringLiteral("asha"), QStringLiteral("ravi")}));
    QCOMPARE(f->actions, (QStringList{QStringLiteral("party.create"), QStringLiteral("quote.create")}));
    QCOMPARE(f->entityTypes, (QStringList{QStringLiteral("party"), QStringLiteral("quote")}));
    auto empty = m_audit->facets(session(role::Owner, 7));
    QVERIFY(empty->actions.isEmpty());
}

void TestAudit::permissionsAndTenantIsolation() {
    const Session owner = session(role::Owner, 1);
    appendMany(owner, 3, utc(2026, 1, 1));
    appendMany(session(role::Owner, 2), 4, utc(2026, 1, 1));
    const qint64 otherId =
        m_db->scalar(QStringLiteral("SELECT MAX(id) FROM audit_log WHERE tenant_id = 2")).toLongLong();

    // Staff may not read the log; the refusal itself is audited.
    const Session staff = session(role::Staff, 1, 2, QStringLiteral("asha"));
    auto denied = m_audit->page(staff, {}, 0, 10);
    QCOMPARE(denied.error().kind, Error::Kind::Denied);
    QCOMPARE(m_db->scalar(QStringLiteral(
                              "SELECT count(*) FROM audit_log WHERE tenant_id = 1 AND action = 'permission.denied' "
                              "AND entity_id = 'audit.view' AND actor_name = 'asha'"))
                 .toInt(),
             1);
    QCOMPARE(m_audit->verify(staff, 1).error().kind, Error::Kind::Denied);

    // A viewer reads the log but may not export it.
    const Session viewer = session(role::Viewer, 1, 3, QStringLiteral("vik"));
    QVERIFY(m_audit->page(viewer, {}, 0, 10).ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto refused = m_audit->exportRows(viewer, {}, AuditExportFormat::Csv, buffer);
    QCOMPARE(refused.error().kind, Error::Kind::Denied);
    QVERIFY(buffer.data().isEmpty());
    QCOMPARE(auditCount(QStringLiteral("audit.export")), 0);

    // Another shop's rows do not exist for this one.
    for (const AuditEntry &e : allRows(owner))
        QCOMPARE(e.tenantId, 1);
    // 3 rows + the three refusals above (staff reading, staff checking, viewer exporting).
    QCOMPARE(m_audit->count(owner, {}).value(), 6);
    AuditFilter refusals;
    refusals.action = QStringLiteral("permission.denied");
    QCOMPARE(m_audit->count(owner, refusals).value(), 3);
    QCOMPARE(m_audit->entry(owner, otherId).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_audit->verify(owner, 2).error().kind, Error::Kind::NotFound);

    // The vendor's super admin checks any shop's chain.
    const Session platform = session(role::SuperAdmin, 0, 50, QStringLiteral("vendor"));
    auto checked = m_audit->verify(platform, 2);
    QVERIFY(checked.value().holds());
    QCOMPARE(checked->rows, 4);
}

// ---- Exports -------------------------------------------------------------------------------------------

void TestAudit::csvExportRoundTrip() {
    const Session owner = session(role::Owner, 1);
    append(owner,
           {QStringLiteral("party.create"),
            QStringLiteral("party"),
            QStringLiteral("P,1"),
            {},
            {{QStringLiteral("name"), QStringLiteral("Sharma \"Box\" Works, Pune")},
             {QStringLiteral("note"), QStringLiteral("line one\nline two")},
             {QStringLiteral("hindi"), QStringLiteral("शर्मा पैकेजिंग ₹1,23,456")}}},
           utc(2026, 4, 1));
    appendMany(owner, 2105, utc(2026, 4, 2)); // more than one export page
    append(session(role::Owner, 2), {QStringLiteral("party.create"), QStringLiteral("party"), QStringLiteral("X")},
           utc(2026, 4, 3));
    const QList<AuditEntry> expected = allRows(owner);
    QCOMPARE(expected.size(), 2106);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto summary = m_audit->exportRows(owner, {}, AuditExportFormat::Csv, buffer);
    QVERIFY2(summary.ok(), summary ? "" : qPrintable(summary.error().text()));
    QCOMPARE(summary->rows, 2106);
    QVERIFY(!summary->cancelled);

    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(bytes);
    QCOMPARE(rows.size(), expected.size() + 1);
    QCOMPARE(rows.first(), AuditService::exportColumns());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(rows.at(i + 1), csvCells(expected.at(i)));

    // The export is recorded once, with what was exported.
    QCOMPARE(auditCount(QStringLiteral("audit.export")), 1);
    auto recorded = m_audit->page(owner, {}, 0, 1).value().rows.first();
    QCOMPARE(recorded.action, QStringLiteral("audit.export"));
    QCOMPARE(recorded.after().value(QStringLiteral("rows")).toInteger(), 2106);
    QCOMPARE(recorded.after().value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(recorded.after().value(QStringLiteral("cancelled")).toBool(), false);
    QCOMPARE(recorded.time(), m_clock->nowUtc());
    QVERIFY(AuditVerifier(*m_db).verify(1).value().holds());

    // A filtered export writes only the matching rows and records the filter.
    AuditFilter filter;
    filter.action = QStringLiteral("party.create");
    QBuffer filtered;
    filtered.open(QIODevice::WriteOnly);
    QCOMPARE(m_audit->exportRows(owner, filter, AuditExportFormat::Csv, filtered).value().rows, 1);
    const QList<QStringList> one = parseCsv(filtered.data());
    QCOMPARE(one.size(), 2);
    QCOMPARE(one.at(1).at(8), QStringLiteral("P,1"));
    const AuditEntry second = m_audit->page(owner, {}, 0, 1).value().rows.first();
    QCOMPARE(second.after().value(QStringLiteral("filter")).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("party.create"));
}

void TestAudit::jsonExportRoundTrip() {
    const Session owner = session(role::Owner, 1);
    append(owner,
           {QStringLiteral("quote.update"),
            QStringLiteral("quote"),
            QStringLiteral("Q-1"),
            {{QStringLiteral("rate"), 12.5}, {QStringLiteral("items"), QJsonArray{1, 2}}},
            {{QStringLiteral("rate"), 13}, {QStringLiteral("note"), QStringLiteral("\"quoted\" ₹")}}},
           utc(2026, 5, 1));
    appendMany(owner, 30, utc(2026, 5, 2));
    const QList<AuditEntry> expected = allRows(owner);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(m_audit->exportRows(owner, {}, AuditExportFormat::Json, buffer).value().rows, expected.size());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(rows.at(i).toObject(), expected.at(i).toJson());
    const QJsonObject oldest = rows.last().toObject();
    QCOMPARE(oldest.value(QStringLiteral("before")).toObject().value(QStringLiteral("items")).toArray(),
             (QJsonArray{1, 2}));
    QCOMPARE(oldest.value(QStringLiteral("after")).toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("\"quoted\" ₹"));

    // Each exported row carries its hashes: the chain can be checked from the file alone.
    AuditLog::Row row;
    row.seq = oldest.value(QStringLiteral("seq")).toInteger();
    row.tenantId = 1;
    row.at = oldest.value(QStringLiteral("at")).toString();
    row.actorId = oldest.value(QStringLiteral("actorId")).toInteger();
    row.actorName = oldest.value(QStringLiteral("actor")).toString();
    row.workstation = oldest.value(QStringLiteral("workstation")).toString();
    row.action = oldest.value(QStringLiteral("action")).toString();
    row.entityType = oldest.value(QStringLiteral("entityType")).toString();
    row.entityId = oldest.value(QStringLiteral("entityId")).toString();
    row.before = QString::fromUtf8(
        QJsonDocument(oldest.value(QStringLiteral("before")).toObject()).toJson(QJsonDocument::Compact));
    row.after = QString::fromUtf8(
        QJsonDocument(oldest.value(QStringLiteral("after")).toObject()).toJson(QJsonDocument::Compact));
    row.result = oldest.value(QStringLiteral("result")).toString();
    QCOMPARE(AuditLog::rowHash(oldest.value(QStringLiteral("prevHash")).toString(), row),
             oldest.value(QStringLiteral("rowHash")).toString());

    // Nothing matches: still a valid, empty array.
    AuditFilter none;
    none.action = QStringLiteral("no.such.action");
    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    QCOMPARE(m_audit->exportRows(owner, none, AuditExportFormat::Json, empty).value().rows, 0);
    QVERIFY(QJsonDocument::fromJson(empty.data()).isArray());
    QVERIFY(QJsonDocument::fromJson(empty.data()).array().isEmpty());
}

void TestAudit::exportProgressAndCancel() {
    const Session owner = session(role::Owner, 1);
    appendMany(owner, 4500, utc(2026, 6, 1));

    QList<qint64> done;
    qint64 total = 0;
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    auto full = m_audit->exportRows(owner, {}, AuditExportFormat::Json, all, [&](qint64 d, qint64 t) {
        done << d;
        total = t;
        return true;
    });
    QCOMPARE(full.value().rows, 4500);
    QCOMPARE(total, 4500);
    QCOMPARE(done, (QList<qint64>{2000, 4000, 4500}));

    QBuffer partial;
    partial.open(QIODevice::WriteOnly);
    auto cancelled =
        m_audit->exportRows(owner, {}, AuditExportFormat::Csv, partial, [](qint64, qint64) { return false; });
    QVERIFY(cancelled.ok());
    QVERIFY(cancelled->cancelled);
    QCOMPARE(cancelled->rows, 2000);
    const AuditEntry recorded = m_audit->page(owner, {}, 0, 1).value().rows.first();
    QCOMPARE(recorded.action, QStringLiteral("audit.export"));
    QCOMPARE(recorded.after().value(QStringLiteral("cancelled")).toBool(), true);
    QCOMPARE(recorded.after().value(QStringLiteral("rows")).toInteger(), 2000);
    QCOMPARE(auditCount(QStringLiteral("audit.export")), 2);

    // A device that is not open for writing is refused before anything is read.
    QBuffer closed;
    auto failed = m_audit->exportRows(owner, {}, AuditExportFormat::Csv, closed);
    QCOMPARE(failed.error().field, QStringLiteral("out"));
}

void TestAudit::formulaInjectionNeutralised() {
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("+91 98200 00000")), QStringLiteral("'+91 98200 00000"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("@SUM(A1:A9)")), QStringLiteral("'@SUM(A1:A9)"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("   =cmd")), QStringLiteral("'   =cmd"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("\t=cmd")), QStringLiteral("'\t=cmd"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("\r\n=cmd")), QStringLiteral("'\r\n=cmd"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral(" \t @x")), QStringLiteral("' \t @x"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("\tplain")), QStringLiteral("'\tplain"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("a=b")), QStringLiteral("a=b"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("  plain")), QStringLiteral("  plain"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("1-2")), QStringLiteral("1-2"));
    QCOMPARE(CsvWriter::neutralised(QString()), QString());
    QCOMPARE(CsvWriter::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));

    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter csv(buffer, false);
            csv.addNumber(-5); // a number cell is a value
            csv.addText(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
            csv.endRow();
        }
        QCOMPARE(buffer.data(), QByteArray("-5,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"));
    }

    // Whatever a user typed into a name or an id reaches the export neutralised.
    const Session owner = session(role::Owner, 1);
    auto written = m_db->write([&](Database &tx) -> Result<bool> {
        AuditLog::appendFor(tx, 1, 0, QStringLiteral("@evil"), QStringLiteral("-PC"),
                            {QStringLiteral("auth.signin.failed"),
                             QStringLiteral("+user"),
                             QStringLiteral("=cmd|' /C calc'!A0"),
                             {},
                             {},
                             QStringLiteral("failed")},
                            utc(2026, 7, 1));
        return true;
    });
    QVERIFY(written.ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(m_audit->exportRows(owner, {}, AuditExportFormat::Csv, buffer).ok());
    const QList<QStringList> rows = parseCsv(buffer.data());
    QCOMPARE(rows.size(), 2);
    const QStringList cells = rows.at(1);
    QCOMPARE(cells.at(4), QStringLiteral("'@evil"));
    QCOMPARE(cells.at(5), QStringLiteral("'-PC"));
    QCOMPARE(cells.at(7), QStringLiteral("'+user"));
    QCOMPARE(cells.at(8), QStringLiteral("'=cmd|' /C calc'!A0"));
    for (const QString &cell : cells) {
        const QString start = cell.trimmed();
        QVERIFY2(start.isEmpty() || !QStringLiteral("=+-@").contains(start.at(0)), qPrintable(cell));
    }
}

void TestAudit::cliExport() {
    AccountService accounts(*m_db, *m_clock, SecretStore::instance());
    const Session owner = test::setUpSharmaPackaging(accounts, kOwnerPassword);
    QVERIFY(
        accounts.addUser(owner, {QStringLiteral("vik"), QStringLiteral("Vikram"), {}, role::Viewer, kViewerPassword})
            .ok());
    // A viewer's one-time password must be changed before the account is used.
    m_db->exec(QStringLiteral("UPDATE users SET must_change_password = 0 WHERE username = 'vik'"));
    append(owner, {QStringLiteral("quote.create"), QStringLiteral("quote"), QStringLiteral("Q-JAN")}, utc(2026, 1, 15));
    append(owner, {QStringLiteral("quote.create"), QStringLiteral("quote"), QStringLiteral("Q-FEB")},
           utc(2026, 2, 28, 23, 30));
    append(owner, {QStringLiteral("quote.create"), QStringLiteral("quote"), QStringLiteral("Q-MAR")},
           utc(2026, 3, 1, 0, 0));

    const QString url = m_t->url().toString();
    QProcessEnvironment ownerEnv;
    ownerEnv.insert(QStringLiteral("BOXCOST_PASSWORD"), kOwnerPassword);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("audit.csv"));

    auto csv = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                       QStringLiteral("--to"), QStringLiteral("2026-02-28"), QStringLiteral("--out"), file,
                       QStringLiteral("--as"), QStringLiteral("ravi"), QStringLiteral("--db"), url},
                      {}, ownerEnv);
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(written.readAll());
    QCOMPARE(rows.size(), 2); // header + the February quote (--to includes its whole day)
    QCOMPARE(rows.at(1).at(8), QStringLiteral("Q-FEB"));
    QVERIFY(csv.err.contains("exported 1 audit rows"));
    QCOMPARE(auditCount(QStringLiteral("audit.export")), 1);

    // JSON on standard output, everything the owner's shop has (the export just recorded included).
    auto json =
        runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--as"), QStringLiteral("ravi"), QStringLiteral("--db"), url},
               {}, ownerEnv);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray all = QJsonDocument::fromJson(json.out).array();
    // Everything up to this export's own row, which is written after the file.
    const qint64 before =
        m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE tenant_id = ?"), {owner.tenantId})
            .toLongLong() -
        1;
    QCOMPARE(all.size(), before);
    QCOMPARE(all.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("auth.signin"));

    // The CLI is not a back door: no sign-in, no export; a viewer lacks audit.export.
    auto anonymous = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--db"), url});
    QCOMPARE(anonymous.exitCode, 2);
    QVERIFY(anonymous.err.contains("--as"));
    QProcessEnvironment viewerEnv;
    viewerEnv.insert(QStringLiteral("BOXCOST_PASSWORD"), kViewerPassword);
    auto viewer =
        runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--as"), QStringLiteral("vik"), QStringLiteral("--db"), url},
               {}, viewerEnv);
    QCOMPARE(viewer.exitCode, 2);
    QVERIFY2(viewer.err.contains("export the audit log"), viewer.err.constData());
    QVERIFY(viewer.out.isEmpty());

    auto badDate = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("01/02/2026"),
                           QStringLiteral("--as"), QStringLiteral("ravi"), QStringLiteral("--db"), url},
                          {}, ownerEnv);
    QCOMPARE(badDate.exitCode, 2);
    QVERIFY(badDate.err.contains("--from"));
    auto badFormat = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("xlsx"), QStringLiteral("--db"), url});
    QCOMPARE(badFormat.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
