#include "data/Database.h"

#include "services/SecretStore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QStorageInfo>
#include <QThread>

#include <algorithm>

namespace bcp {

namespace {

QAtomicInt g_connectionCounter;

// SQLite's locking is unreliable over network file systems; a shop that shares data uses PostgreSQL.
bool isNetworkLocation(const QString &path) {
    if (path.startsWith(QStringLiteral("//")) || path.startsWith(QStringLiteral("\\\\")))
        return true;
    QString dir = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(dir) && dir.size() > 1)
        dir = QFileInfo(dir).absolutePath();
    const QByteArray fs = QStorageInfo(dir).fileSystemType().toLower();
    static const QByteArray kNetwork[] = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs",
                                          "fuse.sshfs", "ncpfs", "davfs", "fuse.davfs2"};
    return std::any_of(std::begin(kNetwork), std::end(kNetwork), [&](const QByteArray &n) { return fs == n; });
}

bool isTransient(const QSqlError &error, bool sqlite) {
    const QString code = error.nativeErrorCode();
    if (sqlite) {
        const int primary = code.toInt() & 0xff; // extended codes keep the primary code in the low byte
        return primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */;
    }
    return code == QStringLiteral("40001") || code == QStringLiteral("40P01");
}

} // namespace

Database::Database(DbUrl url, QString connectionName)
    : m_url(std::move(url)), m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::passwordFromEnvironmentOrKeychain(const DbUrl &url) {
    if (url.isSqlite())
        return {};
    const QByteArray env = qgetenv("PGPASSWORD");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    auto secret = SecretStore::instance().read(
        url.secretKey(), QCoreApplication::translate("Database", "the password for %1").arg(url.location()));
    return secret ? secret.value() : QString();
}

Result<std::unique_ptr<Database>> Database::open(const DbUrl &url, const QString &password) {
    const QString name = QStringLiteral("bcp-%1-%2")
                             .arg(g_connectionCounter.fetchAndAddRelaxed(1))
                             .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (url.isSqlite()) {
        if (isNetworkLocation(url.path))
            return Error::invalid(QStringLiteral("--db"),
                                  QCoreApplication::translate("Database", "%1 is on a network share; SQLite is not safe there. "
                                                              "Use a shared PostgreSQL server for several PCs.").arg(url.location()));
        const QFileInfo info(url.path);
        if (info.isDir())
            return Error::invalid(QStringLiteral("--db"), QCoreApplication::translate("Database", "%1 is a folder, not a database file").arg(url.location()));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::invalid(QStringLiteral("--db"), QCoreApplication::translate("Database", "cannot create the folder %1 (read-only location?)").arg(QDir::toNativeSeparators(info.absolutePath())));
        if (!info.exists() && !QFileInfo(info.absolutePath()).isWritable())
            return Error::invalid(QStringLiteral("--db"), QCoreApplication::translate("Database", "cannot create %1: the folder is read-only").arg(url.location()));
    }

    std::unique_ptr<Database> db(new Database(url, name));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(url.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (!c.isValid())
            return Error::unavailable(QCoreApplication::translate("Database", "the Qt %1 driver is not installed").arg(url.engineName()));
        if (url.isSqlite()) {
            c.setDatabaseName(url.path);
            c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            c.setHostName(url.host);
            c.setPort(url.port);
            c.setDatabaseName(url.database);
            c.setUserName(url.user);
            c.setPassword(password);
            c.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=BoxCostPro"));
        }
        if (!c.open()) {
            const QString why = c.lastError().text().simplified();
            if (url.isSqlite())
                return Error::unavailable(QCoreApplication::translate("Database", "cannot open %1: %2").arg(url.location(), why));
            return Error::unavailable(QCoreApplication::translate("Database", "cannot connect to PostgreSQL at %1:%2: %3").arg(url.host).arg(url.port).arg(why));
        }
    }
    try {
        db->configure();
    } catch (const DbError &e) {
        if (url.isSqlite())
            return Error::invalid(QStringLiteral("--db"), QCoreApplication::translate("Database", "%1 is not a usable SQLite database: %2").arg(url.location(), e.message()));
        return Error::database(e.message());
    }
    return db;
}

void Database::configure() {
    if (isSqlite()) {
        // Reading the schema first makes a file that is not SQLite fail here, before anything is written.
        exec(QStringLiteral("PRAGMA schema_version"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        // Big sorts (building an index over a million rows, the demo loader's term index) may use the other
        // cores; small ones stay on this thread.
        exec(QStringLiteral("PRAGMA threads = %1").arg(std::clamp(QThread::idealThreadCount() - 1, 0, 3)));
    } else {
        exec(QStringLiteral("SET TIME ZONE 'UTC'"));
        exec(QStringLiteral("SET client_min_messages = WARNING"));
    }
}

void Database::throwError(const QSqlError &error, const QString &context) {
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    throw DbError(QStringLiteral("%1 (%2)").arg(text.simplified(), context.simplified().left(120)),
                  error.nativeErrorCode(), isTransient(error, isSqlite()));
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values) {
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!q.exec(sql))
            throwError(q.lastError(), sql);
        return q;
    }
    if (!q.prepare(sql))
        throwError(q.lastError(), sql);
    for (const QVariant &v : values) {
        // A null QString is text that was never set: store it as '' (SQL NULL is written as QVariant()).
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        throwError(q.lastError(), sql);
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values) {
    QSqlQuery q = exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

qint64 Database::insert(const QString &sql, const QVariantList &values) {
    QSqlQuery q = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!q.next())
        throw DbError(QStringLiteral("insert returned no id (%1)").arg(sql.left(80)), {}, false);
    return q.value(0).toLongLong();
}

void Database::begin(bool write) {
    if (isSqlite())
        exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    else
        exec(write ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")
                   : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    m_inTransaction = true;
}

void Database::commit() {
    exec(QStringLiteral("COMMIT"));
    m_inTransaction = false;
}

void Database::rollback() {
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK")); // a failed rollback leaves nothing more to undo
}

void Database::backoff(int attempt) {
    QThread::msleep(static_cast<unsigned long>(10 * attempt * attempt));
}

bool Database::tableExists(const QString &name) {
    if (isSqlite())
        return scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {name}).toInt() > 0;
    return scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"), {name}).toInt() > 0;
}

int Database::schemaVersion() {
    if (!tableExists(QStringLiteral("schema_migrations")))
        return 0;
    return scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")).toInt();
}

QString Database::engineVersion() {
    if (isSqlite())
        return QStringLiteral("SQLite ") + scalar(QStringLiteral("SELECT sqlite_version()")).toString();
    return QStringLiteral("PostgreSQL ") + scalar(QStringLiteral("SHOW server_version")).toString().section(QLatin1Char(' '), 0, 0);
}

QMap<QString, QStringList> Database::describeSchema() {
    QMap<QString, QStringList> tables;
    if (isSqlite()) {
        QStringList names;
        QSqlQuery q = exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        while (q.next())
            names << q.value(0).toString();
        for (const QString &t : names) {
            QSqlQuery cols = exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {t});
            QStringList &c = tables[t.toLower()];
            while (cols.next())
                c << cols.value(0).toString().toLower();
        }
    } else {
        QSqlQuery q = exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                          "WHERE table_schema = current_schema()"));
        while (q.next())
            tables[q.value(0).toString().toLower()] << q.value(1).toString().toLower();
    }
    for (QStringList &c : tables)
        c.sort();
    return tables;
}

} // namespace bcp
