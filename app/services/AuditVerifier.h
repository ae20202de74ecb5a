#pragma once
// Checks the audit log's per-tenant hash chains: walks a chain in order of seq, recomputes every row_hash
// and checks every prev_hash link, the absence of gaps and the chain head (audit_chain), and reports the
// first row that does not hold. It reads in pages inside one read transaction (one snapshot, constant
// memory whatever the length of the chain).
//
// It needs no session: the report names positions (tenant, seq, id) and what is wrong, never the rows'
// contents, and it writes nothing. AuditService::verify is the permission-checked way in for screens;
// `boxcost audit verify` uses this class directly (an offline admin check on a database the admin opens).

#include "Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace bcp {

class Database;

struct ChainBreak {
    qint64 seq = 0; // the row where the chain stops holding (for a missing tail: the first missing seq)
    qint64 id = 0;  // its audit_log id; 0 when the row is missing
    QString problem;
};

struct ChainReport {
    qint64 tenantId = 0;
    qint64 rows = 0;    // rows checked
    qint64 lastSeq = 0; // the chain head's last seq (0 without a head)
    bool cancelled = false;
    std::optional<ChainBreak> broken;

    bool holds() const { return !cancelled && !broken; }
    // "tenant 3: 1200 rows, the chain holds" or "tenant 3: broken at seq 17 (id 345): ...".
    QString text() const;
};

class AuditVerifier {
public:
    // Rows checked so far and the length of the chain; return false to stop (the report says cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit AuditVerifier(Database &db);

    // Every tenant that has a chain head or audit rows, in order.
    Result<QList<qint64>> tenants();
    Result<ChainReport> verify(qint64 tenantId, const Progress &progress = {});

    // prev_hash of the first row of every chain.
    static QString genesisHash();

private:
    Database &m_db;
};

} // namespace bcp
