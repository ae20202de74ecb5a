#include "services/AuditVerifier.h"

#include "data/Database.h"
#include "services/AuditLog.h"

#include <QCoreApplication>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AuditVerifier", text);
}

// Rows per query: enough to keep round trips rare on a server, few enough that memory does not grow.
constexpr int kPageRows = 2000;

} // namespace

QString ChainReport::text() const {
    if (broken) {
        if (broken->id > 0)
            return tr("tenant %1: broken at seq %2 (id %3): %4")
                .arg(tenantId)
                .arg(broken->seq)
                .arg(broken->id)
                .arg(broken->problem);
        return tr("tenant %1: broken at seq %2: %3").arg(tenantId).arg(broken->seq).arg(broken->problem);
    }
    if (cancelled)
        return tr("tenant %1: check stopped after %2 rows").arg(tenantId).arg(rows);
    return tr("tenant %1: %2 rows, the chain holds").arg(tenantId).arg(rows);
}

AuditVerifier::AuditVerifier(Database &db) : m_db(db) {}

QString AuditVerifier::genesisHash() {
    return QString(64, QLatin1Char('0'));
}

Result<QList<qint64>> AuditVerifier::tenants() {
    return m_db.read([](Database &tx) -> Result<QList<qint64>> {
        // Distinct tenants by hopping along the (tenant_id, seq) index, one seek per tenant instead of a
        // scan of every row.
        QSqlQuery q = tx.exec(
            QStringLiteral("WITH RECURSIVE t(tenant_id) AS ("
                           " SELECT MIN(tenant_id) FROM audit_log"
                           " UNION ALL"
                           " SELECT (SELECT MIN(a.tenant_id) FROM audit_log a WHERE a.tenant_id > t.tenant_id) FROM t"
                           " WHERE t.tenant_id IS NOT NULL)"
                           " SELECT tenant_id FROM t WHERE tenant_id IS NOT NULL"
                           " UNION SELECT tenant_id FROM audit_chain ORDER BY 1"));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    });
}

Result<ChainReport> AuditVerifier::verify(qint64 tenantId, const Progress &progress) {
    return m_db.read([&](Database &tx) -> Result<ChainReport> {
        ChainReport report;
        report.tenantId = tenantId;
        bool hasHead = false;
        QString headHash;
        {
            QSqlQuery head =
                tx.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_chain WHERE tenant_id = ?"), {tenantId});
            if (head.next()) {
                hasHead = true;
                report.lastSeq = head.value(0).toLongLong();
                headHash = head.value(1).toString();
            }
        }
        const qint64 total =
            hasHead ? report.lastSeq
                    : tx.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE tenant_id = ?"), {tenantId})
                          .toLongLong();

        QString prevHash = genesisHash();
        qint64 expected = 1;
        qint64 lastId = 0;
        AuditLog::Row row;
        row.tenantId = tenantId;
        for (;;) {
            QSqlQuery q =
                tx.exec(QStringLiteral("SELECT id, seq, at, actor_id, actor_name, workstation, action, entity_type, "
                                       "entity_id, before_json, after_json, result, prev_hash, row_hash FROM audit_log "
                                       "WHERE tenant_id = ? AND seq >= ? ORDER BY seq LIMIT ?"),
                        {tenantId, expected, kPageRows});
            int inPage = 0;
            while (q.next()) {
                ++inPage;
                const qint64 id = q.value(0).toLongLong();
                row.seq = q.value(1).toLongLong();
                if (row.seq != expected) {
                    report.broken = ChainBreak{
                        row.seq, id,
                        expected == row.seq - 1
                            ? tr("seq %1 is missing before this row").arg(expected)
                            : tr("seqs %1 to %2 are missing before this row").arg(expected).arg(row.seq - 1)};
                    return report;
                }
                if (hasHead && row.seq > report.lastSeq) {
                    report.broken = ChainBreak{
                        row.seq, id, tr("the row lies beyond the chain head (last seq %1)").arg(report.lastSeq)};
                    return report;
                }
                row.at = q.value(2).toString();
                row.actorId = q.value(3).toLongLong();
                row.actorName = q.value(4).toString();
                row.workstation = q.value(5).toString();
                row.action = q.value(6).toString();
                row.entityType = q.value(7).toString();
                row.entityId = q.value(8).toString();
                row.before = q.value(9).toString();
                row.after = q.value(10).toString();
                row.result = q.value(11).toString();
                const QString storedPrev = q.value(12).toString();
                const QString storedHash = q.value(13).toString();
                if (storedPrev != prevHash) {
                    report.broken = ChainBreak{
                        row.seq, id,
                        row.seq == 1 ? tr("prev_hash is not the start of a chain")
                                     : tr("prev_hash does not match the row_hash of seq %1").arg(row.seq - 1)};
                    return report;
                }
                if (AuditLog::rowHash(prevHash, row) != storedHash) {
                    report.broken = ChainBreak{
                        row.seq, id, tr("row_hash does not match the row: it was changed after it was written")};
                    return report;
                }
                prevHash = storedHash;
                lastId = id;
                ++expected;
                ++report.rows;
            }
            const bool more = inPage == kPageRows;
            if (progress && !progress(report.rows, total) && more) {
                report.cancelled = true;
                return report;
            }
            if (!more)
                break;
        }

        const qint64 lastSeq = expected - 1;
        if (!hasHead) {
            if (report.rows > 0)
                report.broken = ChainBreak{lastSeq, lastId, tr("the chain head of this tenant is missing")};
            return report;
        }
        if (report.lastSeq > lastSeq) {
            report.broken =
                ChainBreak{lastSeq + 1, 0,
                           report.lastSeq == lastSeq + 1
                               ? tr("the last row (seq %1) is missing").arg(report.lastSeq)
                               : tr("seqs %1 to %2 are missing at the end").arg(lastSeq + 1).arg(report.lastSeq)};
            return report;
        }
        if (headHash != prevHash)
            report.broken = ChainBreak{lastSeq, lastId, tr("the chain head's hash does not match the last row")};
        return report;
    });
}

} // namespace bcp
