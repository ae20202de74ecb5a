#include "services/Counters.h"

#include "data/Database.h"

namespace bcp {

qint64 Counters::take(Database &tx, qint64 tenantId, const QString &series, const QString &period) {
    return reserve(tx, tenantId, series, period, 1);
}

qint64 Counters::reserve(Database &tx, qint64 tenantId, const QString &series, const QString &period, qint64 count) {
    // One upsert both creates the row and advances it. Its row lock (PostgreSQL) or the write lock (SQLite)
    // is held until the caller commits, so a second writer waits and then sees the advanced value.
    QSqlQuery q =
        tx.exec(QStringLiteral("INSERT INTO counters (tenant_id, series, period, next_value) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (tenant_id, series, period) "
                               "DO UPDATE SET next_value = counters.next_value + ? "
                               "RETURNING next_value - ?"),
                {tenantId, series, period, 1 + count, count, count});
    if (!q.next())
        throw DbError(QStringLiteral("counter %1/%2 returned no value").arg(series, period), {}, false);
    return q.value(0).toLongLong();
}

qint64 Counters::peek(Database &db, qint64 tenantId, const QString &series, const QString &period) {
    const QVariant next =
        db.scalar(QStringLiteral("SELECT next_value FROM counters WHERE tenant_id = ? AND series = ? AND period = ?"),
                  {tenantId, series, period});
    return next.isValid() ? next.toLongLong() : 1;
}

} // namespace bcp
