#include "data/DbUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace bcp {

namespace {
const QString kSqliteScheme = QStringLiteral("sqlite://");
} // namespace

Result<DbUrl> DbUrl::parse(const QString &text) {
    const QString t = text.trimmed();
    if (t.startsWith(kSqliteScheme)) {
        QString path = t.mid(kSqliteScheme.size());
        if (path.isEmpty() || path == QStringLiteral("/"))
            return Error::invalid(QStringLiteral("--db"), QStringLiteral("the SQLite URL has no file path (use sqlite:///path/file.db)"));
        return sqliteFile(path);
    }
    if (t.startsWith(QStringLiteral("postgresql://")) || t.startsWith(QStringLiteral("postgres://"))) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error::invalid(QStringLiteral("--db"), QStringLiteral("malformed PostgreSQL URL '%1' (use postgresql://user@host:port/dbname)").arg(t));
        DbUrl u;
        u.engine = Engine::Postgres;
        u.host = url.host();
        u.port = url.port(5432);
        if (u.port <= 0 || u.port > 65535)
            return Error::invalid(QStringLiteral("--db"), QStringLiteral("port out of range in '%1'").arg(t));
        u.database = url.path().mid(1);
        u.user = url.userName();
        if (u.database.isEmpty() || u.database.contains(QLatin1Char('/')))
            return Error::invalid(QStringLiteral("--db"), QStringLiteral("the PostgreSQL URL names no database (use postgresql://user@host:port/dbname)"));
        if (u.user.isEmpty())
            return Error::invalid(QStringLiteral("--db"), QStringLiteral("the PostgreSQL URL names no user (use postgresql://user@host:port/dbname)"));
        if (!url.password().isEmpty())
            return Error::invalid(QStringLiteral("--db"), QStringLiteral("do not put the password in the URL; it comes from the keychain or PGPASSWORD"));
        return u;
    }
    return Error::invalid(QStringLiteral("--db"), QStringLiteral("unknown database URL '%1' (use sqlite:///path/file.db or postgresql://user@host:port/dbname)").arg(t));
}

DbUrl DbUrl::sqliteFile(const QString &path) {
    DbUrl u;
    u.engine = Engine::Sqlite;
    const QString p = QDir::fromNativeSeparators(path);
    // A UNC path (\\server\share\file.db) stays as typed, so the network-share refusal can see it.
    u.path = p.startsWith(QStringLiteral("//")) ? p : QDir::cleanPath(QDir::current().absoluteFilePath(p));
    return u;
}

DbUrl DbUrl::defaultLocal() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqliteFile(dir + QStringLiteral("/boxcostpro.db"));
}

QString DbUrl::toString() const {
    if (isSqlite())
        return kSqliteScheme + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString DbUrl::engineName() const {
    return isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString DbUrl::location() const {
    if (isSqlite())
        return QDir::toNativeSeparators(path);
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString DbUrl::secretKey() const {
    return QStringLiteral("postgresql/") + location();
}

} // namespace bcp
