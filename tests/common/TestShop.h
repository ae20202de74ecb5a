#pragma once
// Shops, users and sessions for data tests, made straight in the database the way setup makes them, so a
// test can stand up several shops and roles without walking the sign-in path each time.

#include "Result.h"
#include "TestDatabase.h"
#include "costing/BoxSpec.h"
#include "services/QuoteTypes.h"
#include "services/Session.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <memory>

namespace bcp {
class AccountService;
class Clock;
class Database;
class SecretStore;
struct Party;
} // namespace bcp

namespace bcp::test {

// A tenant row with its seeded masters; aborts the test run if it cannot be written.
qint64 createShop(Database &db, const QString &name, const QDateTime &createdAt,
                  const QString &state = QStringLiteral("27"));

// A user row with `role` and a placeholder password hash (tenantId 0 makes a platform user); returns its id. The
// display name is the username in capitals unless one is given.
qint64 addUserRow(Database &db, qint64 tenantId, const QString &username, const QString &role, const QDateTime &at,
                  const QString &displayName = {}, const QString &status = QStringLiteral("active"));

// The permissions the database seeds for `role`.
QSet<QString> seededPermissions(Database &db, const QString &role);

// The session of an existing user row, with the permissions the database seeds for its role.
Session sessionFor(Database &db, qint64 tenantId, qint64 userId);

// A session for `role` in a shop without a user row behind it (user id 1000 + tenantId): enough for the
// services, which check permissions and tenant, never the users table.
Session sessionForRole(Database &db, qint64 tenantId, const QString &role, const QString &username);

// Runs first-time setup for "Sharma Packaging" (state 27, owner ravi / Ravi Sharma) and returns the owner's
// session; aborts the test run if setup fails.
Session setUpSharmaPackaging(Database &db, const Clock &clock, const QString &password);
// The same through `accounts`, for a test that keeps its own secret store or clock.
Session setUpSharmaPackaging(AccountService &accounts, const QString &password);

// Runs first-time setup for "Shree Ganesh Packaging" (state 27, owner ravi / Ravi Kumar) on the system clock,
// as the screens do; the caller decides how a failure is reported.
Result<Session> setUpShreeGaneshPackaging(Database &db, const QString &password);
// The same through `accounts`, for a test that keeps its own secret store; aborts the test run if setup fails.
Session setUpShreeGaneshPackaging(AccountService &accounts, const QString &password);

// A fresh database with "Shree Ganesh Packaging" set up and its owner's session, where the screens' tests start;
// aborts the test run if setup fails.
struct ShreeGaneshShop {
    explicit ShreeGaneshShop(const QString &password);

    TestDatabase testDb;
    std::unique_ptr<Database> db;
    Session owner;

    // `p` created by the owner, and `draft` saved by the owner; each aborts the test run if it cannot be.
    Party createParty(const Party &p);
    QuoteSaveResult saveQuote(const QuoteDraft &draft);
};

// Removes the keychain entries of the shop keys of every shop in `db` from `secrets`: each test's shops make
// their own. removeDataAndShopKeys removes the data key as well, for a test with a keychain service of its own.
void removeShopKeys(SecretStore &secrets, Database &db);
void removeDataAndShopKeys(SecretStore &secrets, Database &db);

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
