#pragma once
// A fresh, empty database for one test, on the engine this run is for: BOXCOST_TEST_ENGINE=sqlite (a file
// in a temporary folder) or postgres (a new database on the server named by BOXCOST_TEST_PG, the admin URL
// that .ci/run starts). A PostgreSQL run without a server is a failure, never a skip.

#include "data/Database.h"
#include "data/DbUrl.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace bcp::test {

bool postgresRun();

class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    const DbUrl &url() const { return m_url; }
    // Opens a new connection on the calling thread; aborts the test run if that fails.
    std::unique_ptr<Database> open() const;
    // Opens and migrates to the latest schema (or `version`).
    std::unique_ptr<Database> openMigrated(int version = -1) const;

    // Runs work(i, db) for i = 0 .. count - 1, each on a thread of its own with a connection of its own (as each
    // desk has), all released at once so that they contend for the same rows; returns when every one is done.
    void runTogether(int count, const std::function<void(int i, Database &db)> &work) const;

private:
    DbUrl m_url;
    QTemporaryDir m_dir;
    QString m_pgName;
};

// While it lives, inserting into `table` a row for which `condition` (SQL on NEW) holds fails with `message`, on
// either engine: a statement refused in the middle of a service call.
class RefusedInsert {
public:
    RefusedInsert(Database &db, const QString &table, const QString &condition, const QString &message);
    ~RefusedInsert();
    RefusedInsert(const RefusedInsert &) = delete;
    RefusedInsert &operator=(const RefusedInsert &) = delete;

private:
    Database &m_db;
    QString m_table;
    QString m_name;
};

} // namespace bcp::test
