#pragma once
// Gapless document numbers (quotes, invoices, credit notes, tickets): the next value of a series comes from
// one `counters` row taken inside the caller's write transaction. The row stays locked until that
// transaction ends, so concurrent writers queue on it; a rolled-back document gives its number back, and a
// committed one can never share it. Never a database sequence: sequences leave gaps.

#include <QString>

namespace bcp {

class Database;

class Counters {
public:
    // The value to use now (1 for a new series or period), advancing the counter by one. Must run inside
    // an open write transaction (throws DbError like any statement).
    static qint64 take(Database &tx, qint64 tenantId, const QString &series, const QString &period);
    // The first of `count` consecutive values, advancing the counter past all of them (a bulk load that numbers
    // many documents at once); take() is reserve() of one.
    static qint64 reserve(Database &tx, qint64 tenantId, const QString &series, const QString &period, qint64 count);

    // The value `take` would return now, without taking it (for "next number" hints on screens).
    static qint64 peek(Database &db, qint64 tenantId, const QString &series, const QString &period);
};

} // namespace bcp
