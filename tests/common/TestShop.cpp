#include "TestShop.h"

#include "data/Database.h"
#include "services/AccountService.h"
#include "services/Clock.h"
#include "services/MastersService.h"
#include "services/PartyService.h"
#include "services/QuoteService.h"
#include "services/SecretStore.h"
#include "services/ShopKeyService.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace bcp::test {

qint64 createShop(Database &db, const QString &name, const QDateTime &createdAt, const QString &state) {
    const QString at = isoUtc(createdAt);
    auto made = db.write([&](Database &tx) -> Result<qint64> {
        const qint64 id = tx.insert(
            QStringLiteral("INSERT INTO tenants (name, state_code, created_at, updated_at) VALUES (?, ?, ?, ?)"),
            {name, state, at, at});
        MastersService::seedTenant(tx, id);
        return id;
    });
    if (!made)
        qFatal("cannot create shop: %s", qPrintable(made.error().text()));
    return made.value();
}

qint64 addUserRow(Database &db, qint64 tenantId, const QString &username, const QString &role, const QDateTime &at,
                  const QString &displayName, const QString &status) {
    const QString now = isoUtc(at);
    return db.insert(
        QStringLiteral("INSERT INTO users (tenant_id, username, display_name, role, password_hash, status, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, 'x', ?, ?, ?)"),
        {tenantId == 0 ? QVariant() : QVariant(tenantId), username,
         displayName.isEmpty() ? username.toUpper() : displayName, role, status, now, now});
}

QSet<QString> seededPermissions(Database &db, const QString &role) {
    QSet<QString> granted;
    QSqlQuery q = db.exec(QStringLiteral("SELECT permission FROM role_permissions WHERE role = ?"), {role});
    while (q.next())
        granted.insert(q.value(0).toString());
    return granted;
}

Session sessionFor(Database &db, qint64 tenantId, qint64 userId) {
    Session s;
    QSqlQuery u = db.exec(QStringLiteral("SELECT username, display_name, role FROM users WHERE id = ?"), {userId});
    if (!u.next())
        qFatal("no user %lld", userId);
    s.userId = userId;
    s.tenantId = tenantId;
    s.username = u.value(0).toString();
    s.displayName = u.value(1).toString();
    s.role = u.value(2).toString();
    s.workstation = QStringLiteral("COUNTER-PC");
    s.permissions = seededPermissions(db, s.role);
    return s;
}

Session sessionForRole(Database &db, qint64 tenantId, const QString &role, const QString &username) {
    Session s;
    s.tenantId = tenantId;
    s.userId = 1000 + tenantId;
    s.username = username;
    s.role = role;
    s.permissions = seededPermissions(db, s.role);
    return s;
}

Session setUpSharmaPackaging(Database &db, const Clock &clock, const QString &password) {
    AccountService accounts(db, clock, SecretStore::instance());
    return setUpSharmaPackaging(accounts, password);
}

Session setUpSharmaPackaging(AccountService &accounts, const QString &password) {
    auto owner = accounts.setup({QStringLiteral("Sharma Packaging"), QStringLiteral("27"), QString(),
                                 QStringLiteral("ravi"), QStringLiteral("Ravi Sharma"), password, password});
    if (!owner)
        qFatal("setup failed: %s", qPrintable(owner.error().text()));
    return owner.value();
}

namespace {

Result<Session> shreeGaneshSetup(AccountService &accounts, const QString &password) {
    AccountService::SetupInput in;
    in.company = QStringLiteral("Shree Ganesh Packaging");
    in.stateCode = QStringLiteral("27");
    in.username = QStringLiteral("ravi");
    in.displayName = QStringLiteral("Ravi Kumar");
    in.password = password;
    in.passwordRepeat = password;
    return accounts.setup(in);
}

} // namespace

Result<Session> setUpShreeGaneshPackaging(Database &db, const QString &password) {
    AccountService accounts(db);
    return shreeGaneshSetup(accounts, password);
}

Session setUpShreeGaneshPackaging(AccountService &accounts, const QString &password) {
    auto owner = shreeGaneshSetup(accounts, password);
    if (!owner)
        qFatal("setup failed: %s", qPrintable(owner.error().text()));
    return owner.value();
}

ShreeGaneshShop::ShreeGaneshShop(const QString &password) : db(testDb.openMigrated()) {
    auto session = setUpShreeGaneshPackaging(*db, password);
    if (!session)
        qFatal("setup failed: %s", qPrintable(session.error().text()));
    owner = session.value();
}

Party ShreeGaneshShop::createParty(const Party &p) {
    PartyService parties(*db);
    auto created = parties.create(owner, p);
    if (!created)
        qFatal("party %s: %s", qPrintable(p.name), qPrintable(created.error().text()));
    return created.value();
}

QuoteSaveResult ShreeGaneshShop::saveQuote(const QuoteDraft &draft) {
    QuoteService quotes(*db);
    auto saved = quotes.save(owner, draft);
    if (!saved)
        qFatal("quote: %s", qPrintable(saved.error().text()));
    return saved.value();
}

void removeShopKeys(SecretStore &secrets, Database &db) {
    QSqlQuery keys = db.exec(QStringLiteral("SELECT key_id FROM shop_keys"));
    while (keys.next())
        (void)secrets.remove(ShopKeyService::entryName(keys.value(0).toString()));
}

void removeDataAndShopKeys(SecretStore &secrets, Database &db) {
    (void)secrets.remove(SecretStore::dataKeyEntryName());
    removeShopKeys(secrets, db);
}

int auditCount(Database &db, const QString &action) {
    if (action.isEmpty())
        return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action}).toInt();
}

QDateTime utc(int y, int m, int d, int h) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

costing::BoxSpec threePlyBox(double length, double width, double height, qint64 quantity) {
    costing::BoxSpec s;
    s.length = length;
    s.width = width;
    s.height = height;
    s.ply = 3;
    s.flutes = "B";
    s.layerCount = 3;
    s.layers[0] = {180, 24, "Golden Kraft", 1.8, std::nullopt};
    s.layers[1] = {150, 18, "Kraft/Natural", 1.2, std::nullopt};
    s.layers[2] = {150, 18, "Kraft/Natural", 1.5, std::nullopt};
    s.quantity = quantity;
    return s;
}

QuoteItem quoteItem(const QString &name, const costing::BoxSpec &spec) {
    QuoteItem i;
    i.name = name;
    i.spec = spec;
    return i;
}

} // namespace bcp::test
