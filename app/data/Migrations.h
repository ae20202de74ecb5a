#pragma once
// Brings a database to the schema this build understands: numbered SQL files per dialect
// (db/sqlite/NNNN_name.sql, db/postgres/NNNN_name.sql) compiled in as resources, applied in order inside
// one transaction and recorded in schema_migrations.

#include "Result.h"

#include <QString>
#include <QStringList>

namespace bcp {

class Database;

class Migrations {
public:
    struct Step {
        int version = 0;
        QString name;
        QString resource; // resource path of the file for the database's dialect
    };

    // Every migration this build carries for the dialect, in order.
    static QList<Step> available(bool sqlite);
    static int latestVersion();

    // Applies every pending migration up to `target` (default: all). Refuses a database newer than this
    // build. Returns the schema version afterwards.
    static Result<int> migrate(Database &db, int target = -1);
    // Ok when the database is at this build's version; an error saying what to do otherwise.
    static Result<void> checkCurrent(Database &db);

    // Splits a migration file into statements, keeping trigger bodies (BEGIN ... END) and
    // dollar-quoted PostgreSQL bodies whole.
    static QStringList splitStatements(const QString &sql);
};

} // namespace bcp
