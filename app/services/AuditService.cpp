#include "services/AuditService.h"

#include "data/Database.h"
#include "services/AuditLog.h"
#include "services/AuditTerms.h"
#include "services/Clock.h"
#include "services/CsvWriter.h"
#include "services/Permissions.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

#include <algorithm>
#include <memory>
#include <optional>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AuditService", text);
}

// Rows per query while exporting: few round trips, small fixed memory.
constexpr int kExportPageRows = 2000;
constexpr int kMaxTextLength = 200;

const QString kColumns =
    QStringLiteral("id, seq, tenant_id, at, actor_id, actor_name, workstation, action, entity_type, "
                   "entity_id, before_json, after_json, result, prev_hash, row_hash");

AuditEntry readEntry(const QSqlQuery &q) {
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.seq = q.value(1).toLongLong();
    e.tenantId = q.value(2).toLongLong();
    e.at = q.value(3).toString();
    e.actorId = q.value(4).toLongLong();
    e.actorName = q.value(5).toString();
    e.workstation = q.value(6).toString();
    e.action = q.value(7).toString();
    e.entityType = q.value(8).toString();
    e.entityId = q.value(9).toString();
    e.beforeJson = q.value(10).toString();
    e.afterJson = q.value(11).toString();
    e.result = q.value(12).toString();
    e.prevHash = q.value(13).toString();
    e.rowHash = q.value(14).toString();
    return e;
}

// The FROM and WHERE clauses of a filter inside one tenant. Each condition lines up with an index of migration
// 0004 (tenant_id first, id last), so a filtered page is one index range read backwards; free text goes
// through the term index of migration 0010 (AuditTerms).
struct Where {
    QString from = QStringLiteral("audit_log");
    QVariantList fromValues;
    QString sql;
    QVariantList values;
    bool none = false; // nothing can match

    void add(const QString &condition, const QVariant &value) {
        sql += QStringLiteral(" AND ") + condition;
        values << value;
    }
    QVariantList all() const { return fromValues + values; }
};

QVariant firstId(Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q = db.exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

// Whether a page of a date range is found faster by walking the log newest first from `beforeId` and checking
// each row's time than by reading the whole range from the time index and keeping its newest ids. Row times
// follow ids closely, so the ids at the ends of the range tell how many rows each plan reads: the walk passes
// the rows newer than the range, the range read every row inside it. Only SQLite needs telling; PostgreSQL's
// planner weighs the same from its statistics.
bool walkDateRange(Database &db, qint64 tenantId, const AuditFilter &f, qint64 beforeId) {
    const QVariant newest =
        firstId(db, QStringLiteral("SELECT MAX(id) FROM audit_log WHERE tenant_id = ?"), {tenantId});
    if (newest.isNull())
        return false;
    QVariant low = f.from.isValid()
                       ? firstId(db,
                                 QStringLiteral("SELECT id FROM audit_log WHERE tenant_id = ? AND at >= ? "
                                                "ORDER BY at, id LIMIT 1"),
                                 {tenantId, isoUtc(f.from)})
                       : firstId(db, QStringLiteral("SELECT MIN(id) FROM audit_log WHERE tenant_id = ?"), {tenantId});
    QVariant high = f.to.isValid() ? firstId(db,
                                             QStringLiteral("SELECT id FROM audit_log WHERE tenant_id = ? AND at < ? "
                                                            "ORDER BY at DESC, id DESC LIMIT 1"),
                                             {tenantId, isoUtc(f.to)})
                                   : newest;
    if (low.isNull() || high.isNull())
        return false; // the range is empty: the time index says so at once
    const qint64 top = beforeId > 0 ? std::min(beforeId, newest.toLongLong() + 1) : newest.toLongLong() + 1;
    const qint64 inRange = high.toLongLong() - low.toLongLong();
    const qint64 newer = std::max<qint64>(0, top - high.toLongLong());
    return newer < inRange;
}

// `beforeId`: the keyset position of a page (0: the newest); absent when counting, which reads every match.
Where whereFor(Database &db, qint64 tenantId, const AuditFilter &f, std::optional<qint64> beforeId = std::nullopt) {
    const QString text = f.text.trimmed();
    const bool onlyText = !text.isEmpty() && !f.from.isValid() && !f.to.isValid() && f.actor.isEmpty() &&
                          f.action.isEmpty() && f.entityType.isEmpty();
    // A search for text alone that walks the log reads rows until enough match. On SQLite (one shop per file)
    // walking the table itself backwards costs about half of walking the tenant index and looking each row
    // up; the unary plus keeps the planner off that index.
    Where w;
    w.sql = onlyText && db.isSqlite() ? QStringLiteral("+tenant_id = ?") : QStringLiteral("tenant_id = ?");
    w.values << tenantId;
    // The unary plus keeps SQLite off the time index when walking the log is the cheaper plan.
    const bool walk =
        db.isSqlite() && beforeId && (f.from.isValid() || f.to.isValid()) && walkDateRange(db, tenantId, f, *beforeId);
    const QString at = walk ? QStringLiteral("+at") : QStringLiteral("at");
    // A range read otherwise goes to the time index by name: left to itself, SQLite would rather walk the
    // tenant/id index (it gives the order and holds the time) through every newer row.
    if (db.isSqlite() && !walk && (f.from.isValid() || f.to.isValid()) && f.actor.isEmpty() && f.action.isEmpty() &&
        f.entityType.isEmpty() && text.isEmpty())
        w.from = QStringLiteral("audit_log INDEXED BY audit_log_tenant_at");
    if (f.from.isValid())
        w.add(at + QStringLiteral(" >= ?"), isoUtc(f.from));
    if (f.to.isValid())
        w.add(at + QStringLiteral(" < ?"), isoUtc(f.to));
    if (!f.actor.isEmpty())
        w.add(QStringLiteral("actor_name = ?"), f.actor);
    if (!f.action.isEmpty())
        w.add(QStringLiteral("action = ?"), f.action);
    if (!f.entityType.isEmpty())
        w.add(QStringLiteral("entity_type = ?"), f.entityType);
    if (!text.isEmpty()) {
        const AuditTerms::Plan plan = AuditTerms::plan(db, tenantId, text);
        w.none = plan.none;
        w.from = plan.from;
        w.fromValues = plan.fromValues;
        w.sql += QStringLiteral(" AND ") + plan.condition;
        w.values << plan.values;
    }
    return w;
}

qint64 countRows(Database &tx, qint64 tenantId, const AuditFilter &filter) {
    const Where w = whereFor(tx, tenantId, filter);
    if (w.none)
        return 0;
    return tx.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(w.from, w.sql), w.all()).toLongLong();
}

AuditPage readPage(Database &tx, qint64 tenantId, const AuditFilter &filter, qint64 beforeId, int limit) {
    Where w = whereFor(tx, tenantId, filter, beforeId);
    AuditPage page;
    if (w.none)
        return page;
    if (beforeId > 0)
        w.add(QStringLiteral("audit_log.id < ?"), beforeId);
    w.values << limit;
    // The page's ids first, then its rows: the inner query reads only index entries (every filter index
    // ends with id), so a date range over most of the log keeps the newest ids of the range instead of
    // sorting whole rows, and the full rows are read for the page alone.
    QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE id IN (SELECT audit_log.id FROM %2 WHERE %3 "
                                         "ORDER BY audit_log.id DESC LIMIT ?) ORDER BY id DESC")
                              .arg(kColumns, w.from, w.sql),
                          w.all());
    page.rows.reserve(limit);
    while (q.next())
        page.rows.append(readEntry(q));
    if (!page.rows.isEmpty())
        page.lastId = page.rows.constLast().id;
    return page;
}

// The distinct values of one column inside a tenant, one index seek per value (a recursive walk along the
// (tenant_id, column) index) rather than a scan of a million rows.
QStringList distinctValues(Database &tx, const QString &column, qint64 tenantId) {
    QSqlQuery q =
        tx.exec(QStringLiteral("WITH RECURSIVE v(x) AS ("
                               " SELECT MIN(%1) FROM audit_log WHERE tenant_id = ?"
                               " UNION ALL"
                               " SELECT (SELECT MIN(a.%1) FROM audit_log a WHERE a.tenant_id = ? AND a.%1 > v.x) FROM v"
                               " WHERE v.x IS NOT NULL)"
                               " SELECT x FROM v WHERE x IS NOT NULL AND x <> ''")
                    .arg(column),
                {tenantId, tenantId});
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QJsonObject parseObject(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QJsonValue objectOrText(const QString &json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    // A stored value that is not an object (only possible if the row was tampered with) is exported as the
    // text it is, so the export still shows what the database holds.
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return json;
    return doc.object();
}

} // namespace

// ---- Filter and entry ----------------------------------------------------------------------------

bool AuditFilter::isEmpty() const {
    return !from.isValid() && !to.isValid() && actor.isEmpty() && action.isEmpty() && entityType.isEmpty() &&
           text.trimmed().isEmpty();
}

QJsonObject AuditFilter::toJson() const {
    QJsonObject o;
    if (from.isValid())
        o.insert(QStringLiteral("from"), isoUtc(from));
    if (to.isValid())
        o.insert(QStringLiteral("to"), isoUtc(to));
    if (!actor.isEmpty())
        o.insert(QStringLiteral("actor"), actor);
    if (!action.isEmpty())
        o.insert(QStringLiteral("action"), action);
    if (!entityType.isEmpty())
        o.insert(QStringLiteral("entityType"), entityType);
    if (!text.trimmed().isEmpty())
        o.insert(QStringLiteral("text"), text.trimmed());
    return o;
}

QDateTime AuditEntry::time() const {
    return fromIsoUtc(at);
}

QJsonObject AuditEntry::before() const {
    return parseObject(beforeJson);
}

QJsonObject AuditEntry::after() const {
    return parseObject(afterJson);
}

QJsonObject AuditEntry::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("at"), at},
            {QStringLiteral("actorId"), actorId},
            {QStringLiteral("actor"), actorName},
            {QStringLiteral("workstation"), workstation},
            {QStringLiteral("action"), action},
            {QStringLiteral("entityType"), entityType},
            {QStringLiteral("entityId"), entityId},
            {QStringLiteral("before"), objectOrText(beforeJson)},
            {QStringLiteral("after"), objectOrText(afterJson)},
            {QStringLiteral("result"), result},
            {QStringLiteral("prevHash"), prevHash},
            {QStringLiteral("rowHash"), rowHash}};
}

// ---- Service ------------------------------------------------------------------------------------

AuditService::AuditService(Database &db) : AuditService(db, Clock::system()) {}

AuditService::AuditService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QStringList AuditService::exportColumns() {
    return {QStringLiteral("id"),        QStringLiteral("seq"),         QStringLiteral("at"),
            QStringLiteral("actor_id"),  QStringLiteral("actor"),       QStringLiteral("workstation"),
            QStringLiteral("action"),    QStringLiteral("entity_type"), QStringLiteral("entity_id"),
            QStringLiteral("before"),    QStringLiteral("after"),       QStringLiteral("result"),
            QStringLiteral("prev_hash"), QStringLiteral("row_hash")};
}

QString AuditService::formatName(AuditExportFormat format) {
    return format == AuditExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
}

Result<void> AuditService::requireView(const Session &session) {
    // Shop owners and admins read their shop's log; the vendor's super admins read the platform's.
    if (session.can(perm::AuditView) || session.can(perm::PlatformAudit))
        return {};
    return requirePermission(m_db, session, perm::AuditView, m_clock);
}

Result<void> AuditService::checkFilter(const AuditFilter &filter) {
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return Error::invalid(QStringLiteral("to"), tr("the end of the date range must come after its start"));
    if (filter.text.trimmed().size() > kMaxTextLength)
        return Error::invalid(QStringLiteral("text"), tr("search for at most %1 characters").arg(kMaxTextLength));
    return {};
}

Result<AuditPage> AuditService::page(const Session &session, const AuditFilter &filter, qint64 beforeId, int limit) {
    if (auto allowed = requireView(session); !allowed)
        return allowed.error();
    if (auto valid = checkFilter(filter); !valid)
        return valid.error();
    if (limit < 1 || limit > kMaxPageSize)
        return Error::invalid(QStringLiteral("limit"), tr("ask for 1 to %1 rows").arg(kMaxPageSize));
    if (beforeId < 0)
        return Error::invalid(QStringLiteral("beforeId"), tr("a row id is never negative"));
    return m_db.read(
        [&](Database &tx) -> Result<AuditPage> { return readPage(tx, session.tenantId, filter, beforeId, limit); });
}

Result<qint64> AuditService::count(const Session &session, const AuditFilter &filter) {
    if (auto allowed = requireView(session); !allowed)
        return allowed.error();
    if (auto valid = checkFilter(filter); !valid)
        return valid.error();
    return m_db.read([&](Database &tx) -> Result<qint64> { return countRows(tx, session.tenantId, filter); });
}

Result<AuditEntry> AuditService::entry(const Session &session, qint64 id) {
    if (auto allowed = requireView(session); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<AuditEntry> {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE tenant_id = ? AND id = ?").arg(kColumns),
                              {session.tenantId, id});
        if (!q.next())
            return Error::notFound(tr("There is no audit entry %1.").arg(id));
        return readEntry(q);
    });
}

Result<AuditFacets> AuditService::facets(const Session &session) {
    if (auto allowed = requireView(session); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<AuditFacets> {
        AuditFacets f;
        f.actors = distinctValues(tx, QStringLiteral("actor_name"), session.tenantId);
        f.actions = distinctValues(tx, QStringLiteral("action"), session.tenantId);
        f.entityTypes = distinctValues(tx, QStringLiteral("entity_type"), session.tenantId);
        return f;
    });
}

Result<ChainReport> AuditService::verify(const Session &session, qint64 tenantId, const Progress &progress) {
    if (auto allowed = requireView(session); !allowed)
        return allowed.error();
    if (tenantId != session.tenantId && !session.can(perm::PlatformAudit))
        return Error::notFound(tr("There is no audit log of shop %1.").arg(tenantId));
    return AuditVerifier(m_db).verify(tenantId, progress);
}

Result<AuditExportSummary> AuditService::exportRows(const Session &session, const AuditFilter &filter,
                                                    AuditExportFormat format, QIODevice &out,
                                                    const Progress &progress) {
    if (auto allowed = requirePermission(m_db, session, perm::AuditExport, m_clock); !allowed)
        return allowed.error();
    if (auto valid = checkFilter(filter); !valid)
        return valid.error();
    if (!out.isOpen() || !out.isWritable())
        return Error::invalid(QStringLiteral("out"), tr("the export file is not open for writing"));

    // The rows present when the export starts: later rows (including this export's own) stay out, and
    // the total for the progress bar is counted in the same snapshot.
    struct Start {
        qint64 total = 0;
        qint64 upperId = 0;
    };
    auto start = m_db.read([&](Database &tx) -> Result<Start> {
        Start s;
        s.total = countRows(tx, session.tenantId, filter);
        s.upperId = tx.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")).toLongLong() + 1;
        return s;
    });
    if (!start)
        return start.error();

    AuditExportSummary summary;
    QString failure;
    std::unique_ptr<CsvWriter> csv;
    if (format == AuditExportFormat::Csv) {
        csv = std::make_unique<CsvWriter>(out);
        for (const QString &column : exportColumns())
            csv->addText(column);
        csv->endRow();
    } else if (out.write("[") != 1) {
        failure = out.errorString();
    }

    qint64 beforeId = start->upperId;
    while (failure.isEmpty()) {
        auto page = m_db.read([&](Database &tx) -> Result<AuditPage> {
            return readPage(tx, session.tenantId, filter, beforeId, kExportPageRows);
        });
        if (!page) {
            failure = page.error().message;
            break;
        }
        if (csv) {
            for (const AuditEntry &e : page->rows) {
                csv->addNumber(e.id);
                csv->addNumber(e.seq);
                csv->addText(e.at);
                csv->addNumber(e.actorId);
                csv->addText(e.actorName);
                csv->addText(e.workstation);
                csv->addText(e.action);
                csv->addText(e.entityType);
                csv->addText(e.entityId);
                csv->addText(e.beforeJson);
                csv->addText(e.afterJson);
                csv->addText(e.result);
                csv->addText(e.prevHash);
                csv->addText(e.rowHash);
                csv->endRow();
            }
            if (!csv->ok())
                failure = out.errorString();
        } else {
            QByteArray chunk;
            for (qsizetype i = 0; i < page->rows.size(); ++i) {
                chunk += (summary.rows + i == 0) ? "\n" : ",\n";
                chunk += QJsonDocument(page->rows.at(i).toJson()).toJson(QJsonDocument::Compact);
            }
            if (out.write(chunk) != chunk.size())
                failure = out.errorString();
        }
        if (!failure.isEmpty())
            break;
        summary.rows += page->rows.size();
        const bool more = page->rows.size() == kExportPageRows;
        if (progress && !progress(summary.rows, start->total) && more) {
            summary.cancelled = true;
            break;
        }
        if (!more)
            break;
        beforeId = page->lastId;
    }
    if (failure.isEmpty()) {
        if (csv) {
            if (!csv->flush())
                failure = out.errorString();
        } else if (out.write("\n]\n") != 3) {
            failure = out.errorString();
        }
    }

    // Whatever happened, rows may have left the building: the export is recorded.
    AuditEvent event{QStringLiteral("audit.export"),
                     QStringLiteral("audit_log"),
                     QString::number(session.tenantId),
                     {},
                     {{QStringLiteral("format"), formatName(format)},
                      {QStringLiteral("filter"), filter.toJson()},
                      {QStringLiteral("rows"), summary.rows},
                      {QStringLiteral("cancelled"), summary.cancelled}},
                     failure.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed")};
    auto audited = m_db.write([&](Database &tx) -> Result<bool> {
        AuditLog::append(tx, session, event, m_clock.nowUtc());
        return true;
    });
    if (!failure.isEmpty())
        return Error::unavailable(tr("The export stopped after %1 rows: %2").arg(summary.rows).arg(failure));
    if (!audited)
        return audited.error();
    return summary;
}

} // namespace bcp
