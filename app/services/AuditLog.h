#pragma once
// The audit log: one row for every change made through the services, written in the same transaction as
// the change, plus sign-in events, refusals, sends and exports. Rows are append-only (database triggers)
// and hash-chained per tenant: row_hash = SHA-256(prev_hash || canonical row).

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bcp {

class Database;
struct Session;

struct AuditEvent {
    QString action;     // e.g. "user.create", "auth.signin.failed", "masters.update"
    QString entityType; // e.g. "user", "quote"
    QString entityId;
    QJsonObject before; // changed fields only
    QJsonObject after;
    QString result = QStringLiteral("ok"); // ok | denied | failed
};

class AuditLog {
public:
    // Appends inside the caller's open write transaction (throws DbError like any statement).
    static void append(Database &db, const Session &actor, const AuditEvent &event, const QDateTime &at);
    // For events without a signed-in actor, such as a failed sign-in.
    static void appendFor(Database &db, qint64 tenantId, qint64 actorId, const QString &actorName,
                          const QString &workstation, const AuditEvent &event, const QDateTime &at);

    // This computer's name, recorded with every row.
    static QString workstation();

    // The canonical text a row's hash covers (also used by verification).
    struct Row {
        qint64 seq = 0;
        qint64 tenantId = 0;
        QString at;
        qint64 actorId = 0;
        QString actorName;
        QString workstation;
        QString action;
        QString entityType;
        QString entityId;
        QString before;
        QString after;
        QString result;
    };
    static QByteArray canonical(const Row &row);
    static QString rowHash(const QString &prevHash, const Row &row);
};

} // namespace bcp
