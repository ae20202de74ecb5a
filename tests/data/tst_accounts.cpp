// Accounts on a real database and the real keychain: setup, lockout with an injected clock, two-factor
// with replay protection and backup codes, roles and permissions as data, last-owner protection and
// tenant isolation.

#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "services/AccountService.h"
#include "services/BackupCodes.h"
#include "services/Clock.h"
#include "services/PasswordHasher.h"
#include "services/Permissions.h"
#include "services/SecretStore.h"
#include "services/ShopKeyService.h"
#include "services/Totp.h"

#include <QRegularExpression>
#include <QTest>

using namespace bcp;

namespace {

const QString kOwnerPassword = QStringLiteral("Corrugated#Board-2026");
const QString kStaffPassword = QStringLiteral("Flute-Liner-Kraft-42");

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void setupCreatesShopAndOwnerOnce();
    void setupRejectsBadInput();
    void passwordHashFormat();
    void wrongPasswordAndUnknownUserLookAlike();
    void lockoutAfterFiveFailuresAndExpiry();
    void adminUnlock();
    void unlockFailuresCountTowardLockout();
    void unlockOfLockedOrDisabledAccount();
    void shopNameOfSession();
    void totpSignInWindowAndReplay();
    void backupCodesAreSingleUse();
    void wrongCodesCountTowardLockout();
    void reenrolmentInvalidatesOldCodes();
    void requiredTwoFactorForcesEnrolment();
    void adminResetForcesPasswordChange();
    void changeOwnPasswordChecks();
    void permissionTableIsComplete();
    void viewerCannotChangeAnything();
    void staffCannotManageUsers();
    void lastOwnerProtection();
    void duplicateUsernameRefused();
    void tenantIsolation();
    void everyMutationWritesOneAuditRow();

private:
    Session setupShop();
    Session signInOk(const QString &user, const QString &password);
    qint64 addUser(const Session &admin, const QString &name, const QString &role, const QString &password);
    int auditCount(const QString &action = {}) { return test::auditCount(*m_db, action); }

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountService> m_accounts;
};

void TestAccounts::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc()));
    m_accounts = std::make_unique<AccountService>(*m_db, *m_clock, SecretStore::instance());
}

void TestAccounts::cleanup() {
    // Each test's shop made its own shop key in the keychain.
    test::removeShopKeys(SecretStore::instance(), *m_db);
    m_accounts.reset();
    m_db.reset();
    m_t.reset();
}

Session TestAccounts::setupShop() {
    AccountService::SetupInput in{QStringLiteral("Sharma Packaging"), QStringLiteral("27"), QStringLiteral("27AAPFU0939F1ZV"),
                                  QStringLiteral("ravi"), QStringLiteral("Ravi Sharma"), kOwnerPassword, kOwnerPassword};
    auto s = m_accounts->setup(in);
    if (!s)
        qFatal("setup failed: %s", qPrintable(s.error().text()));
    return s.value();
}

Session TestAccounts::signInOk(const QString &user, const QString &password) {
    auto s = m_accounts->signIn(user, password);
    if (!s || s->needsTotp)
        qFatal("sign-in of %s failed: %s", qPrintable(user), s ? "needs totp" : qPrintable(s.error().text()));
    return s->session;
}

qint64 TestAccounts::addUser(const Session &admin, const QString &name, const QString &role, const QString &password) {
    auto id = m_accounts->addUser(admin, {name, name.toUpper(), QString(), role, password});
    if (!id)
        qFatal("addUser failed: %s", qPrintable(id.error().text()));
    return id.value();
}

void TestAccounts::setupCreatesShopAndOwnerOnce() {
    QVERIFY(m_accounts->needsSetup().value());
    const Session owner = setupShop();
    QCOMPARE(owner.role, role::Owner);
    QVERIFY(owner.tenantId > 0);
    QVERIFY(owner.can(perm::UsersManage));
    QVERIFY(!m_accounts->needsSetup().value());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT name FROM tenants WHERE id = ?"), {owner.tenantId}).toString(), QStringLiteral("Sharma Packaging"));
    QCOMPARE(auditCount(QStringLiteral("tenant.create")), 1);

    AccountService::SetupInput again{QStringLiteral("Other"), QStringLiteral("29"), {}, QStringLiteral("mohan"), {}, kOwnerPassword, kOwnerPassword};
    auto second = m_accounts->setup(again);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Conflict);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM tenants")).toInt(), 1);
}

void TestAccounts::setupRejectsBadInput() {
    struct Case {
        AccountService::SetupInput in;
        QString field;
    };
    const QString pw = kOwnerPassword;
    const QList<Case> cases = {
        {{QString(), QStringLiteral("27"), {}, QStringLiteral("ravi"), {}, pw, pw}, QStringLiteral("company")},
        {{QStringLiteral("Shop"), QStringLiteral("25"), {}, QStringLiteral("ravi"), {}, pw, pw}, QStringLiteral("state")},
        {{QStringLiteral("Shop"), QStringLiteral("27"), QStringLiteral("27AABCU9603R1ZM"), QStringLiteral("ravi"), {}, pw, pw}, QStringLiteral("gstin")},
        {{QStringLiteral("Shop"), QStringLiteral("29"), QStringLiteral("27AAPFU0939F1ZV"), QStringLiteral("ravi"), {}, pw, pw}, QStringLiteral("gstin")},
        {{QStringLiteral("Shop"), QStringLiteral("27"), {}, QStringLiteral("r"), {}, pw, pw}, QStringLiteral("username")},
        {{QStringLiteral("Shop"), QStringLiteral("27"), {}, QStringLiteral("ravi"), {}, QString(), QString()}, QStringLiteral("password")},
        {{QStringLiteral("Shop"), QStringLiteral("27"), {}, QStringLiteral("ravi"), {}, QStringLiteral("short1!"), QStringLiteral("short1!")}, QStringLiteral("password")},
        {{QStringLiteral("Shop"), QStringLiteral("27"), {}, QStringLiteral("ravi"), {}, pw, pw + QLatin1Char('x')}, QStringLiteral("passwordRepeat")},
        {{QStringLiteral("Shop"), QStringLiteral("27"), {}, QStringLiteral("ravi"), {}, QStringLiteral("ravi-1234567"), QStringLiteral("ravi-1234567")}, QStringLiteral("password")},
    };
    for (const Case &c : cases) {
        auto r = m_accounts->setup(c.in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, c.field);
        QVERIFY(!r.error().message.isEmpty());
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM tenants")).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 0);
    QCOMPARE(auditCount(), 0);
}

void TestAccounts::passwordHashFormat() {
    setupShop();
    const QString hash = m_db->scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'ravi'")).toString();
    const auto m = QRegularExpression(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=\\d+\\$")).match(hash);
    QVERIFY2(m.hasMatch(), qPrintable(hash));
    QVERIFY(m.captured(1).toInt() >= 19456);
    QVERIFY(m.captured(2).toInt() >= 2);
    QVERIFY(!hash.contains(kOwnerPassword));
}

void TestAccounts::wrongPasswordAndUnknownUserLookAlike() {
    setupShop();
    auto wrong = m_accounts->signIn(QStringLiteral("ravi"), QStringLiteral("not-the-password"));
    auto unknown = m_accounts->signIn(QStringLiteral("nobody"), QStringLiteral("not-the-password"));
    QVERIFY(!wrong.ok());
    QVERIFY(!unknown.ok());
    QCOMPARE(wrong.error().message, unknown.error().message);
    QCOMPARE(wrong.error().kind, unknown.error().kind);
    QCOMPARE(auditCount(QStringLiteral("auth.signin.failed")), 2);
}

void TestAccounts::lockoutAfterFiveFailuresAndExpiry() {
    setupShop();
    for (int i = 1; i <= 4; ++i)
        QVERIFY(!m_accounts->signIn(QStringLiteral("ravi"), QStringLiteral("wrong-%1").arg(i)).ok());
    QVERIFY(m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword).ok()); // four failures: still open; success resets
    for (int i = 1; i <= 5; ++i)
        QVERIFY(!m_accounts->signIn(QStringLiteral("ravi"), QStringLiteral("wrong-%1").arg(i)).ok());
    QCOMPARE(auditCount(QStringLiteral("auth.locked")), 1);

    // Locked: even the right password is refused, and only its holder learns why.
    auto locked = m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().message.contains(QStringLiteral("locked")), qPrintable(locked.error().message));
    auto lockedWrong = m_accounts->signIn(QStringLiteral("ravi"), QStringLiteral("still-wrong"));
    QCOMPARE(lockedWrong.error().message, m_accounts->signIn(QStringLiteral("nobody"), QStringLiteral("still-wrong")).error().message);

    m_clock->advanceSeconds(29 * 60);
    QVERIFY(!m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword).ok());
    m_clock->advanceSeconds(61);
    QVERIFY(m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword).ok());
}

void TestAccounts::adminUnlock() {
    const Session owner = setupShop();
    const qint64 id = addUser(owner, QStringLiteral("asha"), role::Staff, kStaffPassword);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!m_accounts->signIn(QStringLiteral("asha"), QStringLiteral("wrong")).ok());
    QVERIFY(m_accounts->user(owner, id)->lockedAt(m_clock->nowUtc()));
    QVERIFY(m_accounts->unlock(owner, id).ok());
    QCOMPARE(auditCount(QStringLiteral("auth.unlocked")), 1);
    auto s = m_accounts->signIn(QStringLiteral("asha"), kStaffPassword);
    QVERIFY(s.ok());
    QVERIFY(s->mustChangePassword);
}

void TestAccounts::unlockFailuresCountTowardLockout() {
    const Session owner = setupShop();
    const QString wrongMessage = m_accounts->unlockSession(owner, QStringLiteral("wrong-1")).error().message;
    QVERIFY2(wrongMessage.contains(QStringLiteral("Wrong password")), qPrintable(wrongMessage));
    QVERIFY2(wrongMessage.contains(QStringLiteral("5 failed attempts")), qPrintable(wrongMessage));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {owner.userId}).toInt(), 1);
    QCOMPARE(auditCount(QStringLiteral("auth.unlock.failed")), 1);

    // The right password unlocks and starts the count again, as a successful sign-in does.
    QVERIFY(m_accounts->unlockSession(owner, kOwnerPassword).ok());
    QCOMPARE(auditCount(QStringLiteral("auth.unlock")), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {owner.userId}).toInt(), 0);

    // Failures at sign-in and at the unlock dialog add up: two plus two, and the fifth locks.
    QVERIFY(!m_accounts->signIn(QStringLiteral("ravi"), QStringLiteral("wrong-a")).ok());
    QVERIFY(!m_accounts->signIn(QStringLiteral("ravi"), QStringLiteral("wrong-b")).ok());
    for (int i = 0; i < 2; ++i) {
        auto refused = m_accounts->unlockSession(owner, QStringLiteral("wrong-c%1").arg(i));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Denied);
    }
    QCOMPARE(auditCount(QStringLiteral("auth.locked")), 0);
    auto fifth = m_accounts->unlockSession(owner, QStringLiteral("wrong-e"));
    QVERIFY(!fifth.ok());
    QCOMPARE(fifth.error().kind, Error::Kind::Conflict); // the window can now only sign out
    QVERIFY2(fifth.error().message.contains(QStringLiteral("locked")), qPrintable(fifth.error().message));
    QVERIFY2(fifth.error().message.contains(QStringLiteral("10:30")), qPrintable(fifth.error().message));
    QCOMPARE(auditCount(QStringLiteral("auth.locked")), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {owner.userId}).toString(),
             isoUtc(m_clock->nowUtc().addSecs(AccountService::kLockMinutes * 60)));

    // Locked for thirty minutes everywhere: sign-in and unlock refuse even the right password, and a wrong one
    // neither learns of the lock nor extends it.
    auto rightWhileLocked = m_accounts->unlockSession(owner, kOwnerPassword);
    QCOMPARE(rightWhileLocked.error().kind, Error::Kind::Conflict);
    auto wrongWhileLocked = m_accounts->unlockSession(owner, QStringLiteral("wrong-f"));
    QCOMPARE(wrongWhileLocked.error().kind, Error::Kind::Denied);
    QCOMPARE(wrongWhileLocked.error().message, wrongMessage);
    QVERIFY(!m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword).ok());
    QCOMPARE(auditCount(QStringLiteral("auth.locked")), 1);
    m_clock->advanceSeconds(29 * 60);
    QCOMPARE(m_accounts->unlockSession(owner, kOwnerPassword).error().kind, Error::Kind::Conflict);
    m_clock->advanceSeconds(61);
    QVERIFY(m_accounts->unlockSession(owner, kOwnerPassword).ok());
    QVERIFY(m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword).ok());

    // An empty password is a typing slip, not an attempt.
    auto empty = m_accounts->unlockSession(owner, QString());
    QCOMPARE(empty.error().kind, Error::Kind::Invalid);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {owner.userId}).toInt(), 0);
}

void TestAccounts::unlockOfLockedOrDisabledAccount() {
    const Session owner = setupShop();
    addUser(owner, QStringLiteral("asha"), role::Staff, kStaffPassword);
    const Session asha = m_accounts->signIn(QStringLiteral("asha"), kStaffPassword)->session;
    QVERIFY(m_accounts->setDisabled(owner, asha.userId, true).ok());
    auto refused = m_accounts->unlockSession(asha, kStaffPassword);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("disabled")), qPrintable(refused.error().message));
    const int before = auditCount(QStringLiteral("auth.signout"));
    QVERIFY(m_accounts->signOut(asha).ok());
    QCOMPARE(auditCount(QStringLiteral("auth.signout")), before + 1);
}

void TestAccounts::shopNameOfSession() {
    const Session owner = setupShop();
    QCOMPARE(m_accounts->shopName(owner).value(), QStringLiteral("Sharma Packaging"));
    Session other = owner;
    other.tenantId = owner.tenantId + 100;
    QCOMPARE(m_accounts->shopName(other).error().kind, Error::Kind::NotFound);
}

void TestAccounts::totpSignInWindowAndReplay() {
    const Session owner = setupShop();
    auto enrol = m_accounts->beginTotp(owner);
    QVERIFY2(enrol.ok(), qPrintable(enrol ? QString() : enrol.error().text()));
    QVERIFY(enrol->uri.startsWith(QStringLiteral("otpauth://totp/BoxCostPro:ravi?secret=")));
    const qint64 now = m_clock->nowUtc().toSecsSinceEpoch();
    QVERIFY(!m_accounts->confirmTotp(owner, enrol.value(), QStringLiteral("12345")).ok()); // malformed
    auto codes = m_accounts->confirmTotp(owner, enrol.value(), Totp::code(enrol->secret, Totp::stepAt(now)));
    QVERIFY(codes.ok());
    QCOMPARE(codes->size(), 10);
    // The secret is stored sealed, never as plain base32.
    const QString stored = m_db->scalar(QStringLiteral("SELECT totp_secret FROM users WHERE id = ?"), {owner.userId}).toString();
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains(Totp::displayKey(enrol->secret).remove(QLatin1Char(' '))));

    // The enrolment used the current step, so the same code is a replay even in a new sign-in.
    auto pending = m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(pending.ok() && pending->needsTotp);
    auto replay = m_accounts->completeTotp(pending.value(), Totp::code(enrol->secret, Totp::stepAt(now)));
    QVERIFY(!replay.ok());
    QCOMPARE(auditCount(QStringLiteral("auth.totp.replay")), 1);

    // Next step: accepted once; one step late still accepted; two steps away refused.
    m_clock->advanceSeconds(30);
    const qint64 t1 = m_clock->nowUtc().toSecsSinceEpoch();
    auto ok1 = m_accounts->completeTotp(pending.value(), Totp::code(enrol->secret, Totp::stepAt(t1)));
    QVERIFY2(ok1.ok(), qPrintable(ok1 ? QString() : ok1.error().text()));
    QVERIFY(!ok1->needsTotp);
    QVERIFY(!m_accounts->completeTotp(pending.value(), Totp::code(enrol->secret, Totp::stepAt(t1))).ok());

    m_clock->advanceSeconds(60);
    const qint64 t2 = m_clock->nowUtc().toSecsSinceEpoch();
    QVERIFY(m_accounts->completeTotp(pending.value(), Totp::code(enrol->secret, Totp::stepAt(t2) - 1)).ok()); // -1 window
    QVERIFY(!m_accounts->completeTotp(pending.value(), Totp::code(enrol->secret, Totp::stepAt(t2) + 2)).ok()); // +2
    auto malformed = m_accounts->completeTotp(pending.value(), QStringLiteral("12ab56"));
    QVERIFY(!malformed.ok());
    QCOMPARE(malformed.error().kind, Error::Kind::Invalid);
    QVERIFY(auditCount(QStringLiteral("auth.totp.failed")) >= 1);
}

void TestAccounts::backupCodesAreSingleUse() {
    const Session owner = setupShop();
    auto enrol = m_accounts->beginTotp(owner);
    QVERIFY(enrol.ok());
    auto codes = m_accounts->confirmTotp(owner, enrol.value(), Totp::code(enrol->secret, Totp::stepAt(m_clock->nowUtc().toSecsSinceEpoch())));
    QVERIFY(codes.ok());
    auto pending = m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(pending.ok());
    const QString code = codes->at(3).toLower(); // typed in lower case
    QVERIFY(m_accounts->completeTotp(pending.value(), code).ok());
    QCOMPARE(auditCount(QStringLiteral("auth.backup_code.used")), 1);
    QVERIFY(!m_accounts->completeTotp(pending.value(), code).ok());
    QVERIFY(m_accounts->completeTotp(pending.value(), codes->at(4)).ok());
}

void TestAccounts::wrongCodesCountTowardLockout() {
    const Session owner = setupShop();
    auto enrol = m_accounts->beginTotp(owner);
    QVERIFY(enrol.ok());
    const QByteArray secret = enrol->secret;
    const auto codeAt = [&](int offset) {
        return Totp::code(secret, Totp::stepAt(m_clock->nowUtc().toSecsSinceEpoch()) + offset);
    };
    auto backup = m_accounts->confirmTotp(owner, enrol.value(), codeAt(0));
    QVERIFY(backup.ok());
    m_clock->advanceSeconds(30);
    const auto failedAttempts = [&] {
        return m_db->scalar(QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {owner.userId}).toInt();
    };

    // A malformed code and a replay are not guesses; a wrong code and a wrong backup code are.
    auto pending = m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(pending.ok() && pending->needsTotp);
    QCOMPARE(m_accounts->completeTotp(pending.value(), QStringLiteral("12ab56")).error().kind, Error::Kind::Invalid);
    QVERIFY(!m_accounts->completeTotp(pending.value(), codeAt(-1)).ok()); // the step used at enrolment
    QCOMPARE(failedAttempts(), 0);
    QVERIFY(!m_accounts->completeTotp(pending.value(), codeAt(3)).ok());
    QVERIFY(!m_accounts->completeTotp(pending.value(), QStringLiteral("ABCD-EFGH")).ok());
    QCOMPARE(failedAttempts(), 2);
    // Wrong passwords and wrong codes add up to the same five.
    QVERIFY(!m_accounts->signIn(QStringLiteral("ravi"), QStringLiteral("wrong-password")).ok());
    QVERIFY(!m_accounts->completeTotp(pending.value(), codeAt(5)).ok());
    QCOMPARE(failedAttempts(), 4);
    auto fifth = m_accounts->completeTotp(pending.value(), codeAt(7));
    QVERIFY(!fifth.ok());
    QVERIFY2(fifth.error().message.contains(QStringLiteral("locked")), qPrintable(fifth.error().message));
    QCOMPARE(auditCount(QStringLiteral("auth.locked")), 1);

    // Locked: even the right code or a backup code is refused until the lock ends.
    auto right = m_accounts->completeTotp(pending.value(), codeAt(0));
    QVERIFY(!right.ok());
    QVERIFY2(right.error().message.contains(QStringLiteral("locked")), qPrintable(right.error().message));
    QVERIFY(!m_accounts->completeTotp(pending.value(), backup->first()).ok());
    QVERIFY(!m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword).ok());
    m_clock->advanceSeconds(AccountService::kLockMinutes * 60 + 1);
    auto again = m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(again.ok() && again->needsTotp);
    QVERIFY(m_accounts->completeTotp(again.value(), codeAt(0)).ok());
    QVERIFY(m_accounts->completeTotp(again.value(), backup->first()).ok()); // the backup code was not spent
}

void TestAccounts::reenrolmentInvalidatesOldCodes() {
    const Session owner = setupShop();
    const qint64 now = m_clock->nowUtc().toSecsSinceEpoch();
    auto first = m_accounts->beginTotp(owner);
    auto oldCodes = m_accounts->confirmTotp(owner, first.value(), Totp::code(first->secret, Totp::stepAt(now)));
    QVERIFY(oldCodes.ok());
    auto second = m_accounts->beginTotp(owner);
    auto newCodes = m_accounts->confirmTotp(owner, second.value(), Totp::code(second->secret, Totp::stepAt(now)));
    QVERIFY(newCodes.ok());
    auto pending = m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword);
    // Each refused code counts toward the lockout, so four are tried at sign-in and all ten against the table.
    for (int i = 0; i < AccountService::kMaxFailedAttempts - 1; ++i) {
        auto refused = m_accounts->completeTotp(pending.value(), oldCodes->at(i));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("not valid")), qPrintable(refused.error().message));
    }
    QStringList stored;
    QSqlQuery hashes = m_db->exec(QStringLiteral("SELECT code_hash FROM user_backup_codes WHERE user_id = ?"), {owner.userId});
    while (hashes.next())
        stored << hashes.value(0).toString();
    QCOMPARE(stored.size(), 10);
    for (const QString &c : oldCodes.value())
        QCOMPARE(BackupCodes::match(c, stored), -1);
    QVERIFY(m_accounts->completeTotp(pending.value(), newCodes->first()).ok());
    // An admin reset turns two-factor off and removes the codes.
    const qint64 id = addUser(owner, QStringLiteral("asha"), role::Admin, kStaffPassword);
    const Session admin = signInOk(QStringLiteral("asha"), kStaffPassword);
    QVERIFY(m_accounts->resetTotp(admin, owner.userId).ok());
    QVERIFY(!m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword)->needsTotp);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM user_backup_codes WHERE user_id = ?"), {owner.userId}).toInt(), 0);
    Q_UNUSED(id);
}

void TestAccounts::requiredTwoFactorForcesEnrolment() {
    const Session owner = setupShop();
    addUser(owner, QStringLiteral("asha"), role::Staff, kStaffPassword);
    QVERIFY(m_accounts->setRequireTwoFactor(owner, true).ok());
    QVERIFY(m_accounts->requiresTwoFactor(owner).value());
    QVERIFY(m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword)->mustEnrolTotp);
    QVERIFY(!m_accounts->signIn(QStringLiteral("asha"), kStaffPassword)->mustEnrolTotp); // staff are not covered
}

void TestAccounts::adminResetForcesPasswordChange() {
    const Session owner = setupShop();
    const qint64 id = addUser(owner, QStringLiteral("asha"), role::Staff, kStaffPassword);
    const QString oneTime = QStringLiteral("Temporary-Pass-881");
    QVERIFY(m_accounts->resetPassword(owner, id, oneTime).ok());
    QVERIFY(!m_accounts->signIn(QStringLiteral("asha"), kStaffPassword).ok());
    auto s = m_accounts->signIn(QStringLiteral("asha"), oneTime);
    QVERIFY(s.ok());
    QVERIFY(s->mustChangePassword);
    QVERIFY(m_accounts->changeOwnPassword(s->session, oneTime, QStringLiteral("My-Own-Secret-771"), QStringLiteral("My-Own-Secret-771")).ok());
    QVERIFY(!m_accounts->signIn(QStringLiteral("asha"), QStringLiteral("My-Own-Secret-771"))->mustChangePassword);
}

void TestAccounts::changeOwnPasswordChecks() {
    const Session owner = setupShop();
    const QString hashBefore = m_db->scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {owner.userId}).toString();
    auto wrongCurrent = m_accounts->changeOwnPassword(owner, QStringLiteral("nope"), QStringLiteral("Another-Good-One-55"), QStringLiteral("Another-Good-One-55"));
    QCOMPARE(wrongCurrent.error().field, QStringLiteral("currentPassword"));
    auto mismatch = m_accounts->changeOwnPassword(owner, kOwnerPassword, QStringLiteral("Another-Good-One-55"), QStringLiteral("Another-Good-One-56"));
    QCOMPARE(mismatch.error().field, QStringLiteral("passwordRepeat"));
    auto tooShort = m_accounts->changeOwnPassword(owner, kOwnerPassword, QStringLiteral("abc"), QStringLiteral("abc"));
    QCOMPARE(tooShort.error().field, QStringLiteral("password"));
    auto same = m_accounts->changeOwnPassword(owner, kOwnerPassword, kOwnerPassword, kOwnerPassword);
    QCOMPARE(same.error().field, QStringLiteral("newPassword"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {owner.userId}).toString(), hashBefore);
    auto empty = m_accounts->changeOwnPassword(owner, QString(), QStringLiteral("Another-Good-One-55"), QStringLiteral("Another-Good-One-55"));
    QCOMPARE(empty.error().field, QStringLiteral("currentPassword"));

    // Wrong current passwords are guesses like wrong sign-in passwords: one was made above, four more lock.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {owner.userId}).toInt(), 1);
    for (int i = 2; i <= AccountService::kMaxFailedAttempts; ++i) {
        auto wrong = m_accounts->changeOwnPassword(owner, QStringLiteral("guess-%1").arg(i), QStringLiteral("Another-Good-One-55"),
                                                   QStringLiteral("Another-Good-One-55"));
        QCOMPARE(wrong.error().field, QStringLiteral("currentPassword"));
    }
    QCOMPARE(auditCount(QStringLiteral("auth.locked")), 1);
    QVERIFY(!m_accounts->signIn(QStringLiteral("ravi"), kOwnerPassword).ok());
    auto whileLocked = m_accounts->changeOwnPassword(owner, kOwnerPassword, QStringLiteral("Another-Good-One-55"), QStringLiteral("Another-Good-One-55"));
    QVERIFY2(whileLocked.error().message.contains(QStringLiteral("locked")), qPrintable(whileLocked.error().message));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {owner.userId}).toString(), hashBefore);
    m_clock->advanceSeconds(AccountService::kLockMinutes * 60 + 1);
    QVERIFY(m_accounts->changeOwnPassword(owner, kOwnerPassword, QStringLiteral("Another-Good-One-55"), QStringLiteral("Another-Good-One-55")).ok());
}

void TestAccounts::permissionTableIsComplete() {
    QStringList seeded;
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT name FROM permissions ORDER BY name"));
    while (q.next())
        seeded << q.value(0).toString();
    QStringList checked = perm::all();
    checked.sort();
    QCOMPARE(seeded, checked);
    for (const QString &r : role::shopRoles() + role::platformRoles())
        QVERIFY2(m_db->scalar(QStringLiteral("SELECT count(*) FROM role_permissions WHERE role = ?"), {r}).toInt() > 0, qPrintable(r));
    // A viewer may only look.
    QSqlQuery v = m_db->exec(QStringLiteral("SELECT permission FROM role_permissions WHERE role = 'viewer'"));
    while (v.next())
        QVERIFY2(v.value(0).toString().endsWith(QStringLiteral(".view")), qPrintable(v.value(0).toString()));
}

void TestAccounts::viewerCannotChangeAnything() {
    const Session owner = setupShop();
    const qint64 staffId = addUser(owner, QStringLiteral("asha"), role::Staff, kStaffPassword);
    addUser(owner, QStringLiteral("vikram"), role::Viewer, kStaffPassword);
    const Session viewer = signInOk(QStringLiteral("vikram"), kStaffPassword);
    const int denialsBefore = auditCount(QStringLiteral("permission.denied"));
    const QList<Result<void>> attempts = {
        m_accounts->setDisabled(viewer, staffId, true),
        m_accounts->resetPassword(viewer, staffId, QStringLiteral("Whatever-Pass-123")),
        m_accounts->unlock(viewer, staffId),
        m_accounts->resetTotp(viewer, staffId),
        m_accounts->changeRole(viewer, staffId, role::Admin),
        m_accounts->updateUser(viewer, staffId, QStringLiteral("X"), QString(), 1),
        m_accounts->setRequireTwoFactor(viewer, true),
    };
    for (const auto &r : attempts) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Denied);
        QVERIFY(r.error().message.contains(QStringLiteral("Viewer")));
    }
    auto add = m_accounts->addUser(viewer, {QStringLiteral("eve"), {}, {}, role::Staff, kStaffPassword});
    QCOMPARE(add.error().kind, Error::Kind::Denied);
    QCOMPARE(auditCount(QStringLiteral("permission.denied")), denialsBefore + int(attempts.size()) + 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 3);
}

void TestAccounts::staffCannotManageUsers() {
    const Session owner = setupShop();
    addUser(owner, QStringLiteral("asha"), role::Staff, kStaffPassword);
    const Session staff = signInOk(QStringLiteral("asha"), kStaffPassword);
    QCOMPARE(m_accounts->listUsers(staff).error().kind, Error::Kind::Denied);
}

void TestAccounts::lastOwnerProtection() {
    const Session owner = setupShop();
    const qint64 adminId = addUser(owner, QStringLiteral("asha"), role::Admin, kStaffPassword);
    const Session admin = signInOk(QStringLiteral("asha"), kStaffPassword);
    QCOMPARE(m_accounts->changeRole(owner, owner.userId, role::Admin).error().field, QStringLiteral("role")); // never one's own
    QCOMPARE(m_accounts->setDisabled(owner, owner.userId, true).error().field, QStringLiteral("status"));
    QCOMPARE(m_accounts->changeRole(admin, owner.userId, role::Staff).error().kind, Error::Kind::Denied);
    QCOMPARE(m_accounts->setDisabled(admin, owner.userId, true).error().kind, Error::Kind::Denied);
    QCOMPARE(m_accounts->changeRole(admin, adminId, role::Owner).error().field, QStringLiteral("role"));

    // With a second owner, the first may be demoted; then the second is the last and is protected.
    const qint64 second = addUser(owner, QStringLiteral("meera"), role::Owner, kStaffPassword);
    const Session meera = signInOk(QStringLiteral("meera"), kStaffPassword);
    QVERIFY(m_accounts->changeRole(meera, owner.userId, role::Admin).ok());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT role FROM users WHERE id = ?"), {owner.userId}).toString(), role::Admin);
    const Session ravi = m_accounts->reloadSession(owner).value();
    QCOMPARE(ravi.role, role::Admin);
    QCOMPARE(m_accounts->changeRole(ravi, second, role::Admin).error().kind, Error::Kind::Denied);
    QCOMPARE(m_accounts->setDisabled(ravi, second, true).error().kind, Error::Kind::Denied);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'owner' AND status = 'active'")).toInt(), 1);
}

void TestAccounts::duplicateUsernameRefused() {
    const Session owner = setupShop();
    addUser(owner, QStringLiteral("asha"), role::Staff, kStaffPassword);
    auto dup = m_accounts->addUser(owner, {QStringLiteral("ASHA"), {}, {}, role::Staff, kStaffPassword});
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().field, QStringLiteral("username"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 2);
}

void TestAccounts::tenantIsolation() {
    const Session ownerA = setupShop();
    // A second shop on the same database (as the vendor's platform would create it).
    const QString now = isoUtc(m_clock->nowUtc());
    const qint64 tenantB = m_db->insert(QStringLiteral("INSERT INTO tenants (name, state_code, gstin, created_at, updated_at) VALUES ('Other Boxes', '29', '', ?, ?)"), {now, now});
    const qint64 ownerBId = m_db->insert(QStringLiteral("INSERT INTO users (tenant_id, username, display_name, role, password_hash, created_at, updated_at) "
                                                        "VALUES (?, 'mohan', 'Mohan', 'owner', ?, ?, ?)"),
                                         {tenantB, PasswordHasher::hash(kStaffPassword).value(), now, now});
    const Session ownerB = signInOk(QStringLiteral("mohan"), kStaffPassword);
    QCOMPARE(ownerB.tenantId, tenantB);

    const auto listA = m_accounts->listUsers(ownerA).value();
    QCOMPARE(listA.size(), 1);
    QCOMPARE(listA.first().username, QStringLiteral("ravi"));
    QCOMPARE(m_accounts->user(ownerA, ownerBId).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_accounts->findUser(ownerA, QStringLiteral("mohan")).error().kind, Error::Kind::NotFound);
    const QString hashB = m_db->scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {ownerBId}).toString();
    QCOMPARE(m_accounts->resetPassword(ownerA, ownerBId, QStringLiteral("Hijack-Attempt-999")).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_accounts->setDisabled(ownerA, ownerBId, true).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_accounts->changeRole(ownerA, ownerBId, role::Viewer).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_accounts->unlock(ownerA, ownerBId).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_accounts->resetTotp(ownerA, ownerBId).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {ownerBId}).toString(), hashB);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT status || role FROM users WHERE id = ?"), {ownerBId}).toString(), QStringLiteral("activeowner"));
    // Each shop's audit rows stay in its own chain.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE tenant_id = ? AND actor_name = 'ravi'"), {tenantB}).toInt(), 0);
}

void TestAccounts::everyMutationWritesOneAuditRow() {
    const Session owner = setupShop();
    const auto one = [&](const char *what, const std::function<bool()> &call) {
        const int before = auditCount();
        QVERIFY2(call(), what);
        QVERIFY2(auditCount() == before + 1, what);
    };
    qint64 id = 0;
    one("addUser", [&] { auto r = m_accounts->addUser(owner, {QStringLiteral("asha"), {}, {}, role::Staff, kStaffPassword}); id = r ? r.value() : 0; return r.ok(); });
    one("updateUser", [&] { return m_accounts->updateUser(owner, id, QStringLiteral("Asha K"), QStringLiteral("asha@example.in"), 1).ok(); });
    one("disable", [&] { return m_accounts->setDisabled(owner, id, true).ok(); });
    one("enable", [&] { return m_accounts->setDisabled(owner, id, false).ok(); });
    one("resetPassword", [&] { return m_accounts->resetPassword(owner, id, QStringLiteral("One-Time-Pass-123")).ok(); });
    one("unlock", [&] { return m_accounts->unlock(owner, id).ok(); });
    one("resetTotp", [&] { return m_accounts->resetTotp(owner, id).ok(); });
    one("changeRole", [&] { return m_accounts->changeRole(owner, id, role::Admin).ok(); });
    one("setRequireTwoFactor", [&] { return m_accounts->setRequireTwoFactor(owner, false).ok(); });
    one("changeOwnPassword", [&] { return m_accounts->changeOwnPassword(owner, kOwnerPassword, QStringLiteral("Brand-New-Secret-42"), QStringLiteral("Brand-New-Secret-42")).ok(); });
    one("signIn", [&] { return m_accounts->signIn(QStringLiteral("ravi"), QStringLiteral("Brand-New-Secret-42")).ok(); });
    // A refused change (stale row version) writes nothing.
    const int before = auditCount();
    QVERIFY(!m_accounts->updateUser(owner, id, QStringLiteral("Stale"), QString(), 1).ok());
    QCOMPARE(auditCount(), before);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
