#pragma once
// Reading the audit log (PLATFORM.md "Audit log"): filtered pages for the Audit pane, the hash-chain check
// and exports to CSV and JSON. Rows are written by AuditLog inside each service's own transaction; this
// service only reads, apart from the one `audit.export` row every export leaves.
//
// Pages are keyset pages, newest first (ORDER BY id DESC, then `id < last id of the previous page`), so the
// millionth row costs what the first does. Exports stream page by page to a QIODevice: memory stays flat
// however many rows match. Viewing needs audit.view (platform staff: platform.audit), exporting audit.export;
// everything stays inside the session's tenant.

#include "Result.h"
#include "services/AuditVerifier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace bcp {

class Clock;
class Database;
struct Session;

struct AuditFilter {
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to;   // exclusive; invalid: no upper bound
    QString actor;  // the actor's name exactly; empty: anyone
    QString action; // exactly, e.g. "user.create"
    QString entityType;
    // Found in the entity id, the before or the after JSON (case-insensitive): each of its words starts a word
    // there and each piece between spaces appears as typed ("kum" finds "Kumar Traders", "0001" finds
    // "QT/25-26/0001", "satara 1234" a row with both; "umar" finds nothing).
    QString text;

    bool isEmpty() const;
    // The filter as recorded in the `audit.export` row.
    QJsonObject toJson() const;
};

struct AuditEntry {
    qint64 id = 0;
    qint64 seq = 0;
    qint64 tenantId = 0;
    QString at; // ISO-8601 UTC, exactly as stored (and hashed)
    qint64 actorId = 0;
    QString actorName;
    QString workstation;
    QString action;
    QString entityType;
    QString entityId;
    QString beforeJson; // compact JSON object of the changed fields, as stored
    QString afterJson;
    QString result; // ok | denied | failed
    QString prevHash;
    QString rowHash;

    QDateTime time() const;
    QJsonObject before() const;
    QJsonObject after() const;
    // The row as exported to JSON (before/after as objects).
    QJsonObject toJson() const;
};

struct AuditPage {
    QList<AuditEntry> rows; // newest first
    qint64 lastId = 0;      // pass as `beforeId` for the next page; 0 when the page is empty
};

// The values the pane offers in its drop-downs, read from the log itself.
struct AuditFacets {
    QStringList actors;
    QStringList actions;
    QStringList entityTypes;
};

enum class AuditExportFormat { Csv, Json };

struct AuditExportSummary {
    qint64 rows = 0;
    bool cancelled = false;
};

class AuditService {
public:
    static constexpr int kMaxPageSize = 5000;
    // Rows done and rows in all (counted at the start); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit AuditService(Database &db);
    AuditService(Database &db, const Clock &clock);

    // Up to `limit` rows matching `filter` with id below `beforeId` (0: from the newest).
    Result<AuditPage> page(const Session &session, const AuditFilter &filter, qint64 beforeId, int limit);
    // How many rows match (an export's total; the pane does not count).
    Result<qint64> count(const Session &session, const AuditFilter &filter);
    // One row by id, for a detail view.
    Result<AuditEntry> entry(const Session &session, qint64 id);
    Result<AuditFacets> facets(const Session &session);

    // Checks the hash chain of `tenantId`: the session's own tenant, or any tenant with platform.audit.
    Result<ChainReport> verify(const Session &session, qint64 tenantId, const Progress &progress = {});

    // Streams the filtered rows, newest first, to `out` (open for writing) and records one `audit.export`
    // row (format, filter, rows written, cancelled) afterwards, also when cancelled or failed. CSV: a header
    // row and exportColumns(), neutralised against formula injection (CsvWriter). JSON: an array of
    // AuditEntry::toJson() objects, one per line.
    Result<AuditExportSummary> exportRows(const Session &session, const AuditFilter &filter, AuditExportFormat format,
                                          QIODevice &out, const Progress &progress = {});

    static QStringList exportColumns();
    static QString formatName(AuditExportFormat format); // "csv" | "json"

private:
    Result<void> requireView(const Session &session);
    Result<void> checkFilter(const AuditFilter &filter);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
