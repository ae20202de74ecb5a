// boxcost db init|migrate|status

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "data/Database.h"
#include "data/Migrations.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace bcp::cli {

namespace {

int status(Database &db, bool json) {
    int version = 0;
    QString engine;
    try {
        version = db.schemaVersion();
        engine = db.engineVersion();
    } catch (const DbError &e) {
        return fail(e.message());
    }
    const int latest = Migrations::latestVersion();
    const QString state = version == latest ? QStringLiteral("current")
                          : version < latest ? QStringLiteral("needs migrate")
                                             : QStringLiteral("newer than this app");
    if (json) {
        outJson(QJsonDocument(QJsonObject{{QStringLiteral("engine"), db.url().engineName()},
                                          {QStringLiteral("engineVersion"), engine},
                                          {QStringLiteral("location"), db.url().location()},
                                          {QStringLiteral("schemaVersion"), version},
                                          {QStringLiteral("appSchemaVersion"), latest},
                                          {QStringLiteral("state"), state}}));
    } else {
        out(QStringLiteral("engine:   %1").arg(engine));
        out(QStringLiteral("location: %1").arg(db.url().location()));
        out(QStringLiteral("schema:   %1 (%2; this app: %3)").arg(version).arg(state).arg(latest));
    }
    return version > latest ? 1 : 0;
}

} // namespace

int runDb(const Args &args) {
    const QString action = args.positional.value(0);
    if (action != QStringLiteral("init") && action != QStringLiteral("migrate") && action != QStringLiteral("status"))
        return fail(QStringLiteral("usage: boxcost db init|migrate|status [--db URL]"));

    // `status` and `migrate` look at an existing database; only `init` may create an SQLite file.
    if (action != QStringLiteral("init")) {
        auto url = DbUrl::parse(args.opt(QStringLiteral("db"), DbUrl::defaultLocal().toString()));
        if (url && url->isSqlite() && !QFileInfo::exists(url->path))
            return fail(QStringLiteral("no database at %1 (create it with `boxcost db init`)").arg(url->location()));
    }
    auto opened = openDatabase(args);
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();

    if (action == QStringLiteral("status"))
        return status(db, args.flag(QStringLiteral("json")));

    auto migrated = Migrations::migrate(db);
    if (!migrated)
        return fail(migrated.error());
    out(QStringLiteral("%1 database at %2 is at schema version %3")
            .arg(db.url().engineName(), db.url().location())
            .arg(migrated.value()));
    return 0;
}

} // namespace bcp::cli
