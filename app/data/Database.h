#pragma once
// One open database connection, owned by the thread that opened it (Qt's rule for QSqlDatabase).
// SQL failures inside a unit of work throw DbError; `write`/`read` turn them into Error values, roll the
// transaction back and retry it whole when the engine says the conflict is transient.

#include "Result.h"
#include "data/DbUrl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <exception>
#include <memory>
#include <type_traits>

namespace bcp {

class DbError : public std::exception {
public:
    DbError(QString message, QString nativeCode, bool transient)
        : m_message(std::move(message)), m_code(std::move(nativeCode)), m_transient(transient),
          m_what(m_message.toUtf8()) {}
    const char *what() const noexcept override { return m_what.constData(); }
    const QString &message() const { return m_message; }
    const QString &nativeCode() const { return m_code; }
    // SQLite busy/locked, PostgreSQL 40001 (serialization) or 40P01 (deadlock): worth retrying whole.
    bool transient() const { return m_transient; }

private:
    QString m_message;
    QString m_code;
    bool m_transient;
    QByteArray m_what;
};

class Database {
public:
    // Opens (and for SQLite creates) the database; does not migrate. Errors name the file or host:port.
    static Result<std::unique_ptr<Database>> open(const DbUrl &url, const QString &password = {});
    // PGPASSWORD if set, else the keychain entry for this server login; empty for SQLite.
    static QString passwordFromEnvironmentOrKeychain(const DbUrl &url);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DbUrl &url() const { return m_url; }
    bool isSqlite() const { return m_url.isSqlite(); }
    QSqlDatabase connection() const;

    // Runs one statement with positional `?` values; throws DbError on failure. A null QString binds as
    // '' (empty text); bind QVariant() for SQL NULL.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Runs an INSERT and returns the new row's `id` (the statement must not have a RETURNING clause).
    qint64 insert(const QString &sql, const QVariantList &values);

    // Runs `work(db)` as one write transaction (BEGIN IMMEDIATE on SQLite) and commits when it returns an
    // ok Result; an error Result or a DbError rolls back. Transient conflicts retry the whole unit.
    template <class F> auto write(F &&work) -> std::invoke_result_t<F, Database &> {
        return transaction(true, std::forward<F>(work));
    }
    // The same as a read-only transaction: one consistent snapshot.
    template <class F> auto read(F &&work) -> std::invoke_result_t<F, Database &> {
        return transaction(false, std::forward<F>(work));
    }

    // Highest applied migration, 0 on an empty database.
    int schemaVersion();
    // "SQLite 3.40.1" or "PostgreSQL 15.18".
    QString engineVersion();
    // Tables and their columns, lower-case, sorted: the same on both engines after the same migrations.
    QMap<QString, QStringList> describeSchema();
    bool tableExists(const QString &name);

    // Low-level transaction control, used by `write`/`read` and the migrations runner.
    void begin(bool write);
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

private:
    Database(DbUrl url, QString connectionName);
    void configure();
    [[noreturn]] void throwError(const QSqlError &error, const QString &context);

    template <class F> auto transaction(bool write, F &&work) -> std::invoke_result_t<F, Database &> {
        using R = std::invoke_result_t<F, Database &>;
        constexpr int kAttempts = 8;
        for (int attempt = 1;; ++attempt) {
            try {
                begin(write);
                R result = work(*this);
                if (result.ok())
                    commit();
                else
                    rollback();
                return result;
            } catch (const DbError &e) {
                rollback();
                if (!e.transient() || attempt >= kAttempts)
                    return R(Error::database(e.message()));
                backoff(attempt);
            }
        }
    }
    static void backoff(int attempt);

    DbUrl m_url;
    QString m_connectionName;
    bool m_inTransaction = false;
};

} // namespace bcp
