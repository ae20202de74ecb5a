#include "services/AuditLog.h"

#include "data/Database.h"
#include "services/AuditTerms.h"
#include "services/Clock.h"
#include "services/Session.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSysInfo>

namespace bcp {

namespace {

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kGenesis = QString(64, QLatin1Char('0'));

} // namespace

QString AuditLog::workstation() {
    static const QString name = QSysInfo::machineHostName();
    return name;
}

void AuditLog::append(Database &db, const Session &actor, const AuditEvent &event, const QDateTime &at) {
    appendFor(db, actor.tenantId, actor.userId, actor.username,
              actor.workstation.isEmpty() ? workstation() : actor.workstation, event, at);
}

void AuditLog::appendFor(Database &db, qint64 tenantId, qint64 actorId, const QString &actorName,
                         const QString &station, const AuditEvent &event, const QDateTime &at) {
    // Lock the tenant's chain head so concurrent writers append one after the other. SQLite writers are
    // already serialised by BEGIN IMMEDIATE; PostgreSQL needs the row lock.
    db.exec(QStringLiteral("INSERT INTO audit_chain (tenant_id, last_seq, last_hash) VALUES (?, 0, ?) "
                           "ON CONFLICT (tenant_id) DO NOTHING"),
            {tenantId, kGenesis});
    QSqlQuery head = db.exec(
        db.isSqlite() ? QStringLiteral("SELECT last_seq, last_hash FROM audit_chain WHERE tenant_id = ?")
                      : QStringLiteral("SELECT last_seq, last_hash FROM audit_chain WHERE tenant_id = ? FOR UPDATE"),
        {tenantId});
    if (!head.next())
        throw DbError(QStringLiteral("audit chain head missing for tenant %1").arg(tenantId), {}, false);
    Row row;
    row.seq = head.value(0).toLongLong() + 1;
    const QString prevHash = head.value(1).toString();
    row.tenantId = tenantId;
    row.at = isoUtc(at);
    row.actorId = actorId;
    row.actorName = actorName;
    row.workstation = station;
    row.action = event.action;
    row.entityType = event.entityType;
    row.entityId = event.entityId;
    row.before = compact(event.before);
    row.after = compact(event.after);
    row.result = event.result;
    const QString hash = rowHash(prevHash, row);
    const qint64 id = db.insert(
        QStringLiteral("INSERT INTO audit_log (tenant_id, seq, at, actor_id, actor_name, workstation, action, "
                       "entity_type, entity_id, before_json, after_json, result, prev_hash, row_hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.tenantId, row.seq, row.at, row.actorId, row.actorName, row.workstation, row.action, row.entityType,
         row.entityId, row.before, row.after, row.result, prevHash, hash});
    // The search index goes in with the row, outside the chain.
    AuditTerms::add(db, tenantId, id, AuditTerms::words(row.entityId, row.before, row.after));
    db.exec(QStringLiteral("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE tenant_id = ?"),
            {row.seq, hash, tenantId});
}

QByteArray AuditLog::canonical(const Row &row) {
    // Unit separators keep field boundaries unambiguous whatever the text contains.
    const QChar sep(0x1f);
    const QStringList fields = {QString::number(row.seq),
                                QString::number(row.tenantId),
                                row.at,
                                QString::number(row.actorId),
                                row.actorName,
                                row.workstation,
                                row.action,
                                row.entityType,
                                row.entityId,
                                row.before,
                                row.after,
                                row.result};
    return fields.join(sep).toUtf8();
}

QString AuditLog::rowHash(const QString &prevHash, const Row &row) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonical(row));
    return QString::fromLatin1(h.result().toHex());
}

} // namespace bcp
