#include "TestDatabase.h"

#include "data/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QtGlobal>

#include <atomic>
#include <thread>
#include <vector>

namespace bcp::test {

namespace {

QAtomicInt g_counter;

DbUrl adminUrl() {
    const QString text = qEnvironmentVariable("BOXCOST_TEST_PG");
    if (text.isEmpty())
        qFatal("BOXCOST_TEST_ENGINE=postgres needs BOXCOST_TEST_PG (the admin URL of the test server)");
    auto url = DbUrl::parse(text);
    if (!url)
        qFatal("BOXCOST_TEST_PG is not a PostgreSQL URL: %s", qPrintable(url.error().text()));
    return url.value();
}

std::unique_ptr<Database> openOrDie(const DbUrl &url) {
    auto db = Database::open(url, qEnvironmentVariable("PGPASSWORD"));
    if (!db)
        qFatal("cannot open test database %s: %s", qPrintable(url.toString()), qPrintable(db.error().text()));
    return std::move(db).value();
}

} // namespace

bool postgresRun() {
    return qEnvironmentVariable("BOXCOST_TEST_ENGINE") == QStringLiteral("postgres");
}

TestDatabase::TestDatabase() {
    if (!postgresRun()) {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary folder");
        m_url = DbUrl::sqliteFile(m_dir.filePath(QStringLiteral("test.db")));
        return;
    }
    const DbUrl admin = adminUrl();
    m_pgName =
        QStringLiteral("bcp_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(g_counter.fetchAndAddRelaxed(1));
    {
        auto db = openOrDie(admin);
        db->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_pgName));
        db->exec(QStringLiteral("CREATE DATABASE %1").arg(m_pgName));
    }
    m_url = admin;
    m_url.database = m_pgName;
}

TestDatabase::~TestDatabase() {
    if (m_pgName.isEmpty())
        return;
    auto admin = Database::open(adminUrl(), qEnvironmentVariable("PGPASSWORD"));
    if (admin) {
        try {
            admin.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
        } catch (const DbError &) {
            // Left behind on a throwaway server; the next run's DROP IF EXISTS clears a clash.
        }
    }
}

std::unique_ptr<Database> TestDatabase::open() const {
    return openOrDie(m_url);
}

std::unique_ptr<Database> TestDatabase::openMigrated(int version) const {
    auto db = open();
    auto migrated = Migrations::migrate(*db, version);
    if (!migrated)
        qFatal("migration failed: %s", qPrintable(migrated.error().text()));
    return db;
}

void TestDatabase::runTogether(int count, const std::function<void(int i, Database &db)> &work) const {
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back([&, i] {
            const std::unique_ptr<Database> db = open();
            ++ready;
            while (ready.load() < count)
                std::this_thread::yield();
            work(i, *db);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
}

RefusedInsert::RefusedInsert(Database &db, const QString &table, const QString &condition, const QString &message)
    : m_db(db), m_table(table), m_name(QStringLiteral("refuse_") + table) {
    QString quoted = message;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (db.isSqlite()) {
        db.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                    .arg(m_name, table, condition, quoted));
    } else {
        db.exec(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                               "$$ BEGIN RAISE EXCEPTION '%2'; END $$")
                    .arg(m_name, quoted));
        db.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW WHEN (%3) EXECUTE FUNCTION %1()")
                    .arg(m_name, table, condition));
    }
}

RefusedInsert::~RefusedInsert() {
    try {
        if (m_db.isSqlite()) {
            m_db.exec(QStringLiteral("DROP TRIGGER %1").arg(m_name));
        } else {
            m_db.exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(m_name, m_table));
            m_db.exec(QStringLiteral("DROP FUNCTION %1()").arg(m_name));
        }
    } catch (const DbError &e) {
        qWarning("dropping %s failed: %s", qPrintable(m_name), qPrintable(e.message()));
    }
}

} // namespace bcp::test
