// The data layer on a real SQLite file and a real PostgreSQL server: migrations, schema parity, pragmas,
// transactions that leave nothing behind, retries on transient conflicts, and refusals of bad locations.

#include "TestDatabase.h"

#include "data/Database.h"
#include "data/Migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace bcp;
using bcp::test::TestDatabase;

class TestDatabaseLayer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshMigrationReachesLatest();
    void upgradeFromEveryEarlierVersion();
    void bothDialectsHaveTheSameSchema();
    void newerSchemaIsRefused();
    void failedTransactionLeavesNothing();
    void connectionSettingsAreInEffect();
    void concurrentWritersLoseNothing();
    void transientConflictIsRetried();
    void statementSplitterKeepsBodiesWhole();
    void badLocationsAreRefused();
};

void TestDatabaseLayer::freshMigrationReachesLatest() {
    TestDatabase t;
    auto db = t.open();
    QCOMPARE(db->schemaVersion(), 0);
    auto v = Migrations::migrate(*db);
    QVERIFY2(v.ok(), qPrintable(v ? QString() : v.error().text()));
    QCOMPARE(v.value(), Migrations::latestVersion());
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    const int recorded = db->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt();
    QCOMPARE(recorded, Migrations::available(db->isSqlite()).size());
    // Running again changes nothing.
    QCOMPARE(Migrations::migrate(*db).value(), Migrations::latestVersion());
    QVERIFY(Migrations::checkCurrent(*db).ok());
}

void TestDatabaseLayer::upgradeFromEveryEarlierVersion() {
    TestDatabase freshDb;
    const auto expected = freshDb.openMigrated()->describeSchema();
    const auto steps = Migrations::available(!test::postgresRun());
    QVERIFY(!steps.isEmpty());
    for (const auto &step : steps) {
        TestDatabase t;
        auto db = t.openMigrated(step.version);
        QCOMPARE(db->schemaVersion(), step.version);
        QVERIFY(!Migrations::checkCurrent(*db).ok() || step.version == Migrations::latestVersion());
        QCOMPARE(Migrations::migrate(*db).value(), Migrations::latestVersion());
        QCOMPARE(db->describeSchema(), expected);
    }
}

void TestDatabaseLayer::bothDialectsHaveTheSameSchema() {
    // Needs both engines whatever this run's engine is: the suite always has the test server.
    QTemporaryDir dir;
    auto lite = Database::open(DbUrl::sqliteFile(dir.filePath(QStringLiteral("parity.db"))));
    QVERIFY(lite.ok());
    QVERIFY(Migrations::migrate(*lite.value()).ok());

    const QByteArray engine = qgetenv("BOXCOST_TEST_ENGINE");
    qputenv("BOXCOST_TEST_ENGINE", "postgres");
    {
        TestDatabase pgDb;
        auto pg = pgDb.openMigrated();
        QCOMPARE(Migrations::available(true).size(), Migrations::available(false).size());
        for (int i = 0; i < Migrations::available(true).size(); ++i) {
            QCOMPARE(Migrations::available(true).at(i).version, Migrations::available(false).at(i).version);
            QCOMPARE(Migrations::available(true).at(i).name, Migrations::available(false).at(i).name);
        }
        QCOMPARE(pg->describeSchema(), lite.value()->describeSchema());
    }
    qputenv("BOXCOST_TEST_ENGINE", engine);
}

void TestDatabaseLayer::newerSchemaIsRefused() {
    TestDatabase t;
    auto db = t.openMigrated();
    const int newer = Migrations::latestVersion() + 1;
    db->exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'x')"), {newer});
    auto r = Migrations::migrate(*db);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("newer BoxCostPro")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QString::number(newer)));
    QVERIFY(!Migrations::checkCurrent(*db).ok());
    QCOMPARE(db->schemaVersion(), newer); // nothing was touched
}

void TestDatabaseLayer::failedTransactionLeavesNothing() {
    TestDatabase t;
    auto db = t.openMigrated();
    // Tenant 1 only: migrations seed installation-wide settings under tenant 0.
    const auto count = [&] {
        return db->scalar(QStringLiteral("SELECT count(*) FROM settings WHERE tenant_id = 1")).toInt();
    };

    // A unit of work that returns an error rolls back what it wrote.
    auto refused = db->write([](Database &tx) -> Result<int> {
        tx.exec(QStringLiteral("INSERT INTO settings (tenant_id, key, value) VALUES (1, 'a', 'x')"));
        return Error::invalid(QStringLiteral("value"), QStringLiteral("refused"));
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("value"));
    QCOMPARE(count(), 0);

    // A failing statement half-way rolls back the statements before it.
    auto broken = db->write([](Database &tx) -> Result<int> {
        tx.exec(QStringLiteral("INSERT INTO settings (tenant_id, key, value) VALUES (1, 'b', 'x')"));
        tx.exec(QStringLiteral("INSERT INTO settings (tenant_id, key, value) VALUES (1, 'b', 'duplicate key')"));
        return 1;
    });
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind, Error::Kind::Database);
    QCOMPARE(count(), 0);
    QVERIFY(!db->inTransaction());

    auto fine = db->write([](Database &tx) -> Result<int> {
        tx.exec(QStringLiteral("INSERT INTO settings (tenant_id, key, value) VALUES (1, 'c', 'x')"));
        return 1;
    });
    QVERIFY(fine.ok());
    QCOMPARE(count(), 1);
}

void TestDatabaseLayer::connectionSettingsAreInEffect() {
    TestDatabase t;
    auto db = t.openMigrated();
    if (db->isSqlite()) {
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        // A write transaction takes the write lock at BEGIN (IMMEDIATE), so a second writer waits at BEGIN.
        db->begin(true);
        auto other = t.open();
        other->exec(QStringLiteral("PRAGMA busy_timeout = 0"));
        QVERIFY_THROWS_EXCEPTION(DbError, other->exec(QStringLiteral("BEGIN IMMEDIATE")));
        db->rollback();
    } else {
        QCOMPARE(db->scalar(QStringLiteral("SHOW TimeZone")).toString(), QStringLiteral("UTC"));
        db->begin(true);
        QCOMPARE(db->scalar(QStringLiteral("SHOW transaction_isolation")).toString(), QStringLiteral("read committed"));
        db->rollback();
    }
    // Foreign keys hold on both engines.
    QVERIFY_THROWS_EXCEPTION(DbError, db->exec(QStringLiteral("INSERT INTO users (tenant_id, username, role, password_hash, created_at, updated_at) "
                                                              "VALUES (999, 'x', 'staff', 'h', 'now', 'now')")));
}

void TestDatabaseLayer::concurrentWritersLoseNothing() {
    TestDatabase t;
    t.openMigrated()->exec(QStringLiteral("INSERT INTO counters (tenant_id, series, period, next_value) VALUES (1, 'T', '', 1)"));
    constexpr int kThreads = 4;
    constexpr int kPerThread = 40;
    std::atomic<int> failures{0};
    t.runTogether(kThreads, [&](int, Database &db) {
        for (int n = 0; n < kPerThread; ++n) {
            auto r = db.write([](Database &tx) -> Result<qint64> {
                const qint64 v = tx.scalar(QStringLiteral("SELECT next_value FROM counters WHERE tenant_id = 1 AND series = 'T'") +
                                           (tx.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE"))).toLongLong();
                tx.exec(QStringLiteral("UPDATE counters SET next_value = ? WHERE tenant_id = 1 AND series = 'T'"), {v + 1});
                return v;
            });
            if (!r.ok())
                ++failures;
        }
    });
    QCOMPARE(failures.load(), 0);
    QCOMPARE(t.open()->scalar(QStringLiteral("SELECT next_value FROM counters WHERE tenant_id = 1")).toInt(), 1 + kThreads * kPerThread);
}

void TestDatabaseLayer::transientConflictIsRetried() {
    TestDatabase t;
    {
        auto db = t.openMigrated();
        db->exec(QStringLiteral("INSERT INTO settings (tenant_id, key, value) VALUES (1, 'a', '0'), (1, 'b', '0')"));
    }
    if (test::postgresRun()) {
        // Two writers lock the same rows in opposite order: PostgreSQL aborts one with a deadlock (40P01),
        // which must be retried whole and succeed.
        QSemaphore bothLockedFirst;
        std::atomic<int> attempts{0};
        auto worker = [&](const QString &first, const QString &second) {
            auto db = t.open();
            return db->write([&](Database &tx) -> Result<int> {
                const int attempt = ++attempts;
                tx.exec(QStringLiteral("UPDATE settings SET value = value || '+' WHERE key = ?"), {first});
                if (attempt <= 2) {
                    bothLockedFirst.release();
                    bothLockedFirst.acquire(2);
                    bothLockedFirst.release(2);
                }
                tx.exec(QStringLiteral("UPDATE settings SET value = value || '+' WHERE key = ?"), {second});
                return attempt;
            });
        };
        Result<int> ra = Error::invalid({}, {}), rb = Error::invalid({}, {});
        QThread *a = QThread::create([&] { ra = worker(QStringLiteral("a"), QStringLiteral("b")); });
        QThread *b = QThread::create([&] { rb = worker(QStringLiteral("b"), QStringLiteral("a")); });
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        delete a;
        delete b;
        QVERIFY2(ra.ok(), qPrintable(ra ? QString() : ra.error().text()));
        QVERIFY2(rb.ok(), qPrintable(rb ? QString() : rb.error().text()));
        QVERIFY(attempts.load() >= 3); // one of them ran twice
        auto db = t.open();
        QCOMPARE(db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'a'")).toString(), QStringLiteral("0++"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'b'")).toString(), QStringLiteral("0++"));
    } else {
        // Another process holds the write lock longer than the 5 s busy timeout: the first attempt fails
        // with SQLITE_BUSY and the retry succeeds once the lock is gone.
        QSemaphore locked;
        QThread *holder = QThread::create([&] {
            auto db = t.open();
            db->begin(true);
            locked.release();
            QThread::msleep(5600);
            db->rollback();
        });
        holder->start();
        locked.acquire();
        auto db = t.open();
        int attempts = 0;
        QElapsedTimer timer;
        timer.start();
        auto r = db->write([&](Database &tx) -> Result<int> {
            ++attempts;
            tx.exec(QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'a'"));
            return attempts;
        });
        QVERIFY(holder->wait(30000));
        delete holder;
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().text()));
        QVERIFY(timer.elapsed() >= 5000);
        QCOMPARE(db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'a'")).toString(), QStringLiteral("1"));
    }
}

void TestDatabaseLayer::statementSplitterKeepsBodiesWhole() {
    const QStringList s = Migrations::splitStatements(QStringLiteral(
        "CREATE TABLE a (x TEXT DEFAULT 'a;b'); -- comment; here\n"
        "CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no; never');\nEND;\n"
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x';\nEND;\n$$;\n"
        "INSERT INTO a VALUES ('it''s');"));
    QCOMPARE(s.size(), 4);
    QVERIFY(s.at(0).endsWith(QStringLiteral("'a;b')")));
    QVERIFY(s.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(s.at(1).endsWith(QStringLiteral("END")));
    QVERIFY(s.at(2).endsWith(QStringLiteral("$$")));
    QCOMPARE(s.at(3), QStringLiteral("INSERT INTO a VALUES ('it''s')"));
}

void TestDatabaseLayer::badLocationsAreRefused() {
    // A network share.
    auto share = Database::open(DbUrl::sqliteFile(QStringLiteral("//fileserver/shop/boxcostpro.db")));
    QVERIFY(!share.ok());
    QVERIFY(share.error().message.contains(QStringLiteral("network share")));

    // A file that is not an SQLite database is refused and left as it was.
    QTemporaryDir dir;
    const QString notDb = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile f(notDb);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("These are not the tables you are looking for.\n").repeated(100));
    }
    const QByteArray before = [&] { QFile f(notDb); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    auto bad = Database::open(DbUrl::sqliteFile(notDb));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("not a usable SQLite database")), qPrintable(bad.error().message));
    QFile after(notDb);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    QVERIFY(!QFile::exists(notDb + QStringLiteral("-wal")));

    // A location nobody can write to (sysfs refuses new files even to root).
    auto readOnly = Database::open(DbUrl::sqliteFile(QStringLiteral("/sys/boxcostpro/shop.db")));
    QVERIFY(!readOnly.ok());
    QVERIFY2(readOnly.error().message.contains(QStringLiteral("read-only")), qPrintable(readOnly.error().message));

    // An unreachable server is reported with host:port well within the 10 s connect timeout.
    QElapsedTimer timer;
    timer.start();
    auto unreachable = Database::open(DbUrl::parse(QStringLiteral("postgresql://app@127.0.0.1:1/app")).value());
    QVERIFY(!unreachable.ok());
    QVERIFY(timer.elapsed() < 11000);
    QVERIFY2(unreachable.error().message.contains(QStringLiteral("127.0.0.1:1")), qPrintable(unreachable.error().message));
}

QTEST_GUILESS_MAIN(TestDatabaseLayer)
#include "tst_database.moc"
