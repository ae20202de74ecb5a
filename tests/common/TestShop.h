#pragma once
// Shops, users and sessions for data tests, made straight in the database the way setup makes them, so a
// test can stand up several shops and roles without walking the sign-in path each time.

#include "Result.h"
#include "costing/BoxSpec.h"
#include "services/QuoteTypes.h"
#include "services/Session.h"

#include <QDateTime>
#include <QString>

namespace bcp {
class Clock;
class Database;
} // namespace bcp

namespace bcp::test {

// A tenant row with its seeded masters; aborts the test run if it cannot be written.
qint64 createShop(Database &db, const QString &name, const QDateTime &createdAt,
                  const QString &state = QStringLiteral("27"));

// A user row with `role` and a placeholder password hash (tenantId 0 makes a platform user); returns its id.
qint64 addUserRow(Database &db, qint64 tenantId, const QString &username, const QString &role, const QDateTime &at);

// The session of an existing user row, with the permissions the database seeds for its role.
Session sessionFor(Database &db, qint64 tenantId, qint64 userId);

// A session for `role` in a shop without a user row behind it (user id 1000 + tenantId): enough for the
// services, which check permissions and tenant, never the users table.
Session sessionForRole(Database &db, qint64 tenantId, const QString &role, const QString &username);

// Runs first-time setup for "Sharma Packaging" (state 27, owner ravi / Ravi Sharma) and returns the owner's
// session; aborts the test run if setup fails.
Session setUpSharmaPackaging(Database &db, const Clock &clock, const QString &password);

// Runs first-time setup for "Shree Ganesh Packaging" (state 27, owner ravi / Ravi Kumar) on the system clock,
// as the screens do; the caller decides how a failure is reported.
Result<Session> setUpShreeGaneshPackaging(Database &db, const QString &password);

// Rows in the audit log, all of them or those with `action`.
int auditCount(Database &db, const QString &action = {});

// A Result's error text, empty when it succeeded, so QVERIFY2 can say why a call failed.
template <class T> QString why(const Result<T> &r) {
    return r.ok() ? QString() : r.error().text();
}

// A UTC date-time on the hour.
QDateTime utc(int y, int m, int d, int h = 10);

// The three-ply B-flute box of COSTING.md's first worked case, in other sizes.
costing::BoxSpec threePlyBox(double length, double width, double height, qint64 quantity = 1000);

QuoteItem quoteItem(const QString &name, const costing::BoxSpec &spec);

} // namespace bcp::test
