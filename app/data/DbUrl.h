#pragma once
// Where the data lives: `sqlite:///path/file.db` or `postgresql://user@host:port/dbname`.

#include "Result.h"

#include <QString>

namespace bcp {

struct DbUrl {
    enum class Engine { Sqlite, Postgres };
    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString database;
    QString user;

    static Result<DbUrl> parse(const QString &text);
    static DbUrl sqliteFile(const QString &path);
    // The app's own database file in QStandardPaths::AppDataLocation.
    static DbUrl defaultLocal();

    bool isSqlite() const { return engine == Engine::Sqlite; }
    QString toString() const;
    // "SQLite" / "PostgreSQL"
    QString engineName() const;
    // The file path, or user@host:port/database.
    QString location() const;
    // The keychain entry that holds this server login's password.
    QString secretKey() const;
};

} // namespace bcp
