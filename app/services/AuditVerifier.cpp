#include "services/AuditVerifier.h"

#include "data/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AuditVerifier", text);
}

// Rows per query: enough to keep round trips rare on a server, few enough that memory does not grow.
constexpr int kPageRows = 2000;

// AuditLog::rowHash() over the stored UTF-8 bytes instead of QStrings: SHA-256 of prev_hash, then the row's
// twelve canonical fields separated by U+001F (a single byte in UTF-8). It must stay byte-for-byte what
// AuditLog::canonical() produces; tst_audit checks rows written by AuditLog with this on both engines.
class RowHasher {
public:
    void begin(const QByteArray &prevHash) {
        m_hash.reset();
        m_hash.addData(prevHash);
        m_first = true;
    }
    void add(QByteArrayView field) {
        if (!m_first)
            m_hash.addData(QByteArrayView("\x1f", 1));
        m_first = false;
        m_hash.addData(field);
    }
    QByteArray hex() const { return m_hash.result().toHex(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    bool m_first = true;
};

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

        // SQLite hands text over as UTF-16 QStrings; asking for the stored UTF-8 bytes (CAST AS BLOB) saves two
        // conversions per field, which is most of the cost of checking a million rows.
        const bool sqlite = tx.isSqlite();
        const QString text = sqlite ? QStringLiteral("CAST(%1 AS BLOB)") : QStringLiteral("%1");
        QStringList columns = {QStringLiteral("id"), QStringLiteral("seq"), text.arg(QStringLiteral("at")),
                               QStringLiteral("actor_id")};
        for (const char *name : {"actor_name", "workstation", "action", "entity_type", "entity_id", "before_json",
                                 "after_json", "result", "prev_hash", "row_hash"})
            columns << text.arg(QLatin1String(name));
        const QString select =
            QStringLiteral("SELECT %1 FROM audit_log WHERE tenant_id = ? AND seq >= ? ORDER BY seq LIMIT ?")
                .arg(columns.join(QStringLiteral(", ")));

        QByteArray prevHash = genesisHash().toLatin1();
        const QByteArray tenantText = QByteArray::number(tenantId);
        qint64 expected = 1;
        qint64 lastId = 0;
        RowHasher hasher;
        for (;;) {
            QSqlQuery q = tx.exec(select, {tenantId, expected, kPageRows});
            const auto bytes = [&q, sqlite](int column) {
                return sqlite ? q.value(column).toByteArray() : q.value(column).toString().toUtf8();
            };
            int inPage = 0;
            while (q.next()) {
                ++inPage;
                const qint64 id = q.value(0).toLongLong();
                const qint64 seq = q.value(1).toLongLong();
                if (seq != expected) {
                    report.broken =
                        ChainBreak{seq, id,
                                   expected == seq - 1
                                       ? tr("seq %1 is missing before this row").arg(expected)
                                       : tr("seqs %1 to %2 are missing before this row").arg(expected).arg(seq - 1)};
                    return report;
                }
                if (hasHead && seq > report.lastSeq) {
                    report.broken =
                        ChainBreak{seq, id, tr("the row lies beyond the chain head (last seq %1)").arg(report.lastSeq)};
                    return report;
                }
                const QByteArray storedPrev = bytes(12);
                const QByteArray storedHash = bytes(13);
                if (storedPrev != prevHash) {
                    report.broken =
                        ChainBreak{seq, id,
                                   seq == 1 ? tr("prev_hash is not the start of a chain")
                                            : tr("prev_hash does not match the row_hash of seq %1").arg(seq - 1)};
                    return report;
                }
                hasher.begin(prevHash);
                hasher.add(QByteArray::number(seq));
                hasher.add(tenantText);
                hasher.add(bytes(2));
                hasher.add(QByteArray::number(q.value(3).toLongLong()));
                for (int column = 4; column <= 11; ++column)
                    hasher.add(bytes(column));
                if (hasher.hex() != storedHash) {
                    report.broken =
                        ChainBreak{seq, id, tr("row_hash does not match the row: it was changed after it was written")};
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
        if (headHash.toLatin1() != prevHash)
            report.broken = ChainBreak{lastSeq, lastId, tr("the chain head's hash does not match the last row")};
        return report;
    });
}

} // namespace bcp
