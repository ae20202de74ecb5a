// Two-factor across computers sharing one database: each "computer" is its own connection and its own keychain
// service in the real keychain (gnome-keyring in a D-Bus session, as .ci/test runs it). A secret enrolled on A
// cannot be checked on B until an owner or admin installs the shop key there; a wrong key is refused; the
// database alone holds nothing that opens the secrets; a database from before shop keys adopts the key of the
// computer that sealed its secrets; the CLI shows and installs the key with the same sign-in and audit.

#include "CliRunner.h"
#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "services/AccountService.h"
#include "services/Base32.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/SecretBox.h"
#include "services/SecretStore.h"
#include "services/ShopKeyService.h"
#include "services/Totp.h"

#include <QProcessEnvironment>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <memory>

using namespace bcp;

namespace {

const QString kOwnerPassword = QStringLiteral("Corrugated#Board-2026");
const QString kStaffPassword = QStringLiteral("Flute-Liner-Kraft-42");

QString uniqueService(const char *name) {
    return QStringLiteral("BoxCostProTest-%1-%2")
        .arg(QLatin1String(name), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// One desktop: its own connection to the shared database and its own keychain.
struct Computer {
    Computer(const test::TestDatabase &t, const Clock &clock, const char *name, bool migrate)
        : db(migrate ? t.openMigrated() : t.open()), secrets(uniqueService(name)), accounts(*db, clock, secrets) {}
    ~Computer() { test::removeDataAndShopKeys(secrets, *db); }

    std::unique_ptr<Database> db;
    SecretStore secrets;
    AccountService accounts;
};

} // namespace

class TestShopKey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void secondComputerNeedsTheShopKey();
    void wrongAndMalformedKeysAreRefused();
    void differentKeyOnThisComputerIsReported();
    void databaseAloneDoesNotOpenSecrets();
    void onlyOwnersAndAdminsHandleTheKey();
    void secretsFromBeforeShopKeysAdoptTheSealingKey();
    void cliShowsAndInstallsTheKey();

private:
    Session setupShop();
    QString code(int stepOffset = 0) const;
    int auditCount(const QString &action) { return test::auditCount(*m_a->db, action); }

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Computer> m_a;
    std::unique_ptr<Computer> m_b;
    QByteArray m_secret;
};

void TestShopKey::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc()));
    m_a = std::make_unique<Computer>(*m_t, *m_clock, "A", true);
    m_b = std::make_unique<Computer>(*m_t, *m_clock, "B", false);
}

void TestShopKey::cleanup() {
    m_b.reset();
    m_a.reset();
    m_t.reset();
}

Session TestShopKey::setupShop() {
    return test::setUpSharmaPackaging(m_a->accounts, kOwnerPassword);
}

QString TestShopKey::code(int stepOffset) const {
    return Totp::code(m_secret, Totp::stepAt(m_clock->nowUtc().toSecsSinceEpoch()) + stepOffset);
}

void TestShopKey::secondComputerNeedsTheShopKey() {
    const Session owner = setupShop();
    auto enrol = m_a->accounts.beginTotp(owner);
    QVERIFY2(enrol.ok(), qPrintable(enrol ? QString() : enrol.error().text()));
    m_secret = enrol->secret;
    QVERIFY(m_a->accounts.confirmTotp(owner, enrol.value(), code()).ok());
    QCOMPARE(auditCount(QStringLiteral("shop_key.create")), 1);
    m_clock->advanceSeconds(30);

    // B: the password is right, the code cannot be checked, and the message says why and what to do.
    auto pendingB = m_b->accounts.signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(pendingB.ok());
    QVERIFY(pendingB->needsTotp);
    auto refused = m_b->accounts.completeTotp(pendingB.value(), code());
    QVERIFY(!refused.ok());
    QVERIFY(ShopKeyService::isMissingKey(refused.error()));
    QVERIFY2(refused.error().message.contains(QStringLiteral("does not have the shop key")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Sharma Packaging")), qPrintable(refused.error().message));
    QCOMPARE(m_b->accounts.shopKeys().state(pendingB->session).value(), ShopKeyService::State::Missing);
    // B cannot show a key it does not have, nor make a new one.
    QVERIFY(ShopKeyService::isMissingKey(m_b->accounts.shopKeys().show(pendingB->session).error()));
    QCOMPARE(m_a->db->scalar(QStringLiteral("SELECT count(*) FROM shop_keys")).toInt(), 1);

    // A shows the key; the owner types it on B (before the code step, which needs it).
    QCOMPARE(m_a->accounts.shopKeys().state(owner).value(), ShopKeyService::State::Installed);
    auto shown = m_a->accounts.shopKeys().show(owner);
    QVERIFY(shown.ok());
    QCOMPARE(shown->size(), 13 * 4 + 12);
    QCOMPARE(shown->split(QLatin1Char(' ')).size(), 13);
    QCOMPARE(auditCount(QStringLiteral("shop_key.show")), 1);
    auto installed = m_b->accounts.shopKeys().install(pendingB->session, shown->toLower());
    QVERIFY2(installed.ok(), qPrintable(installed ? QString() : installed.error().text()));
    QCOMPARE(installed.value(), SecretStore::Storage::Keychain);
    QCOMPARE(auditCount(QStringLiteral("shop_key.install")), 1);
    QCOMPARE(m_b->accounts.shopKeys().state(pendingB->session).value(), ShopKeyService::State::Installed);

    auto signedIn = m_b->accounts.completeTotp(pendingB.value(), code());
    QVERIFY2(signedIn.ok(), qPrintable(signedIn ? QString() : signedIn.error().text()));
    QVERIFY(!signedIn->needsTotp);

    // A user enrolled on B is read on A with the same key.
    const qint64 asha =
        m_b->accounts.addUser(signedIn->session, {QStringLiteral("asha"), {}, {}, role::Staff, kStaffPassword}).value();
    QVERIFY(m_b->accounts
                .changeOwnPassword(m_b->accounts.signIn(QStringLiteral("asha"), kStaffPassword)->session,
                                   kStaffPassword, kStaffPassword + QLatin1Char('!'), kStaffPassword + QLatin1Char('!'))
                .ok());
    const Session ashaOnB = m_b->accounts.signIn(QStringLiteral("asha"), kStaffPassword + QLatin1Char('!'))->session;
    QCOMPARE(ashaOnB.userId, asha);
    auto enrolB = m_b->accounts.beginTotp(ashaOnB);
    QVERIFY(enrolB.ok());
    m_secret = enrolB->secret;
    QVERIFY(m_b->accounts.confirmTotp(ashaOnB, enrolB.value(), code()).ok());
    m_clock->advanceSeconds(30);
    auto pendingA = m_a->accounts.signIn(QStringLiteral("asha"), kStaffPassword + QLatin1Char('!'));
    QVERIFY(pendingA.ok() && pendingA->needsTotp);
    QVERIFY(m_a->accounts.completeTotp(pendingA.value(), code()).ok());
    QCOMPARE(m_a->db->scalar(QStringLiteral("SELECT count(*) FROM shop_keys")).toInt(), 1);
}

void TestShopKey::wrongAndMalformedKeysAreRefused() {
    const Session owner = setupShop();
    auto shown = m_a->accounts.shopKeys().show(owner); // the first use makes the key
    QVERIFY(shown.ok());
    const int refusalsBefore = auditCount(QStringLiteral("shop_key.install.failed"));

    const QString wrong = ShopKeyService::format(SecretBox::generateKey());
    auto refused = m_b->accounts.shopKeys().install(owner, wrong);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(refused.error().field, QStringLiteral("shopKey"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("not the shop key")), qPrintable(refused.error().message));
    QCOMPARE(auditCount(QStringLiteral("shop_key.install.failed")), refusalsBefore + 1);
    QCOMPARE(m_b->accounts.shopKeys().state(owner).value(), ShopKeyService::State::Missing);

    // Typing slips: each says what is wrong, and nothing is saved.
    const QStringList malformed = {QString(),
                                   QStringLiteral("   "),
                                   shown->left(30),
                                   shown.value() + QStringLiteral(" ABCD"),
                                   QString(shown.value()).replace(0, 1, QLatin1Char('9')),
                                   QString(shown.value()).replace(0, 1, QLatin1Char('#'))};
    for (const QString &text : malformed) {
        auto bad = m_b->accounts.shopKeys().install(owner, text);
        QVERIFY2(!bad.ok(), qPrintable(text));
        QCOMPARE(bad.error().kind, Error::Kind::Invalid);
        QCOMPARE(bad.error().field, QStringLiteral("shopKey"));
        QVERIFY2(!bad.error().message.isEmpty(), qPrintable(text));
    }
    QCOMPARE(m_b->accounts.shopKeys().state(owner).value(), ShopKeyService::State::Missing);
    // 0, 1 and 8 are read as the O, I and B they were mistaken for.
    QCOMPARE(ShopKeyService::parse(QString(shown.value())
                                       .replace(QLatin1Char('O'), QLatin1Char('0'))
                                       .replace(QLatin1Char('I'), QLatin1Char('1'))
                                       .replace(QLatin1Char('B'), QLatin1Char('8')))
                 .value(),
             ShopKeyService::parse(shown.value()).value());
    // With dashes instead of spaces, as people copy it.
    QVERIFY(m_b->accounts.shopKeys()
                .install(owner, QString(shown.value()).replace(QLatin1Char(' '), QLatin1Char('-')))
                .ok());
}

void TestShopKey::differentKeyOnThisComputerIsReported() {
    const Session owner = setupShop();
    auto enrol = m_a->accounts.beginTotp(owner);
    QVERIFY(enrol.ok());
    m_secret = enrol->secret;
    QVERIFY(m_a->accounts.confirmTotp(owner, enrol.value(), code()).ok());
    m_clock->advanceSeconds(30);
    const QString keyId = m_a->db->scalar(QStringLiteral("SELECT key_id FROM shop_keys")).toString();
    QVERIFY(m_b->secrets.write(ShopKeyService::entryName(keyId), Base32::encode(SecretBox::generateKey())).ok());

    auto pending = m_b->accounts.signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(pending.ok());
    auto refused = m_b->accounts.completeTotp(pending.value(), code());
    QVERIFY(!refused.ok());
    QVERIFY(ShopKeyService::isMissingKey(refused.error()));
    QVERIFY2(refused.error().message.contains(QStringLiteral("is not the key")), qPrintable(refused.error().message));
    QCOMPARE(m_b->accounts.shopKeys().state(owner).value(), ShopKeyService::State::Different);
    // Nothing is re-sealed under the wrong key: enrolling on B is refused too.
    QVERIFY(ShopKeyService::isMissingKey(m_b->accounts.beginTotp(owner).error()));

    QVERIFY(m_b->accounts.shopKeys().install(owner, m_a->accounts.shopKeys().show(owner).value()).ok());
    QVERIFY(m_b->accounts.completeTotp(pending.value(), code()).ok());
}

void TestShopKey::databaseAloneDoesNotOpenSecrets() {
    const Session owner = setupShop();
    auto enrol = m_a->accounts.beginTotp(owner);
    m_secret = enrol->secret;
    QVERIFY(m_a->accounts.confirmTotp(owner, enrol.value(), code()).ok());
    const QByteArray key = ShopKeyService::parse(m_a->accounts.shopKeys().show(owner).value()).value();

    // Every text in the rows that concern the key: none is the key in any spelling, and none opens the secret.
    QSqlQuery q = m_a->db->exec(QStringLiteral("SELECT key_id, check_value, origin, created_by_name FROM shop_keys"));
    QVERIFY(q.next());
    const QString sealed =
        m_a->db->scalar(QStringLiteral("SELECT totp_secret FROM users WHERE id = ?"), {owner.userId}).toString();
    QStringList stored;
    for (int i = 0; i < 4; ++i)
        stored << q.value(i).toString();
    stored << sealed;
    for (const QString &text : std::as_const(stored)) {
        QVERIFY(!text.contains(Base32::encode(key), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QString::fromLatin1(key.toHex()), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QString::fromLatin1(key.toBase64())));
        // The check value has a key's length: it must not work as one.
        const QByteArray bytes = QByteArray::fromHex(text.toLatin1());
        if (bytes.size() == SecretBox::kKeyBytes)
            QVERIFY(!SecretBox::withKey(bytes)->decrypt(sealed).ok());
    }
    QVERIFY(SecretBox::withKey(key)->decrypt(sealed).ok());
}

void TestShopKey::onlyOwnersAndAdminsHandleTheKey() {
    const Session owner = setupShop();
    QVERIFY(m_a->accounts.shopKeys().show(owner).ok());
    m_a->accounts.addUser(owner, {QStringLiteral("asha"), {}, {}, role::Staff, kStaffPassword}).value();
    const Session staff = m_a->accounts.signIn(QStringLiteral("asha"), kStaffPassword)->session;
    const int denials = auditCount(QStringLiteral("permission.denied"));
    QCOMPARE(m_a->accounts.shopKeys().show(staff).error().kind, Error::Kind::Denied);
    QCOMPARE(m_b->accounts.shopKeys().install(staff, m_a->accounts.shopKeys().show(owner).value()).error().kind,
             Error::Kind::Denied);
    QCOMPARE(m_b->accounts.shopKeys().state(staff).error().kind, Error::Kind::Denied);
    QCOMPARE(auditCount(QStringLiteral("permission.denied")), denials + 3);
}

void TestShopKey::secretsFromBeforeShopKeysAdoptTheSealingKey() {
    // A database from before shop keys: the owner's secret sealed under computer A's own data key.
    const Session owner = setupShop();
    const QByteArray dataKey = m_a->secrets.dataKey().value();
    m_secret = Totp::generateSecret();
    m_a->db->exec(QStringLiteral("UPDATE users SET totp_secret = ?, totp_enabled = 1 WHERE id = ?"),
                  {SecretBox::withKey(dataKey)->encrypt(m_secret), owner.userId});

    // B, whose own data key cannot open it, is told to sign in on the computer that set it up first.
    (void)m_b->secrets.dataKey();
    auto pendingB = m_b->accounts.signIn(QStringLiteral("ravi"), kOwnerPassword);
    auto refusedB = m_b->accounts.completeTotp(pendingB.value(), code());
    QVERIFY(!refusedB.ok());
    QVERIFY(ShopKeyService::isMissingKey(refusedB.error()));
    QVERIFY2(refusedB.error().message.contains(QStringLiteral("before shop keys")),
             qPrintable(refusedB.error().message));
    QCOMPARE(m_a->db->scalar(QStringLiteral("SELECT count(*) FROM shop_keys")).toInt(), 0);
    QCOMPARE(m_b->accounts.shopKeys().install(owner, ShopKeyService::format(dataKey)).error().kind,
             Error::Kind::Conflict); // nothing recorded yet to check a key against

    // A signs in as before and records its data key as the shop key.
    auto pendingA = m_a->accounts.signIn(QStringLiteral("ravi"), kOwnerPassword);
    QVERIFY(m_a->accounts.completeTotp(pendingA.value(), code()).ok());
    QCOMPARE(m_a->db->scalar(QStringLiteral("SELECT count(*) FROM shop_keys")).toInt(), 1);
    QVERIFY(m_a->db->scalar(QStringLiteral("SELECT origin FROM shop_keys"))
                .toString()
                .startsWith(QStringLiteral("data key")));
    QCOMPARE(auditCount(QStringLiteral("shop_key.create")), 1);
    QCOMPARE(ShopKeyService::parse(m_a->accounts.shopKeys().show(owner).value()).value(), dataKey);

    // Now B can take the key over and sign in.
    m_clock->advanceSeconds(30);
    QVERIFY(m_b->accounts.shopKeys().install(pendingB->session, ShopKeyService::format(dataKey)).ok());
    QVERIFY(m_b->accounts.completeTotp(pendingB.value(), code()).ok());
}

void TestShopKey::cliShowsAndInstallsTheKey() {
    const Session owner = setupShop();
    auto enrol = m_a->accounts.beginTotp(owner);
    m_secret = enrol->secret;
    QVERIFY(m_a->accounts.confirmTotp(owner, enrol.value(), code()).ok());
    const QString keyId = m_a->db->scalar(QStringLiteral("SELECT key_id FROM shop_keys")).toString();
    // The command line is a third computer: the keychain service every real installation uses.
    SecretStore cliStore(SecretStore::defaultService());
    (void)cliStore.remove(ShopKeyService::entryName(keyId));
    const QString url = m_t->url().toString();
    const auto realCode = [this] { return Totp::code(m_secret, Totp::stepAt(QDateTime::currentSecsSinceEpoch())); };
    // Confirmed at the test clock's step, long ago in real time, so real-time codes are all new.

    auto list =
        test::runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("ravi"),
                      QStringLiteral("--totp"), realCode(), QStringLiteral("--db"), url},
                     (kOwnerPassword + QLatin1Char('\n')).toUtf8());
    QCOMPARE(list.exitCode, 2);
    QVERIFY2(list.err.contains("does not have the shop key"), list.err.constData());

    const QString shown = m_a->accounts.shopKeys().show(owner).value();
    auto wrong = test::runCli(
        {QStringLiteral("user"), QStringLiteral("shop-key"), QStringLiteral("install"), QStringLiteral("--as"),
         QStringLiteral("ravi"), QStringLiteral("--db"), url},
        (kOwnerPassword + QLatin1Char('\n') + ShopKeyService::format(SecretBox::generateKey()) + QLatin1Char('\n'))
            .toUtf8());
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains("not the shop key"), wrong.err.constData());
    auto badPassword = test::runCli({QStringLiteral("user"), QStringLiteral("shop-key"), QStringLiteral("install"),
                                     QStringLiteral("--as"), QStringLiteral("ravi"), QStringLiteral("--db"), url},
                                    (QStringLiteral("not-the-password\n") + shown + QLatin1Char('\n')).toUtf8());
    QCOMPARE(badPassword.exitCode, 2);
    QVERIFY2(badPassword.err.contains("Wrong user name or password"), badPassword.err.constData());

    auto installed = test::runCli({QStringLiteral("user"), QStringLiteral("shop-key"), QStringLiteral("install"),
                                   QStringLiteral("--as"), QStringLiteral("ravi"), QStringLiteral("--db"), url},
                                  (kOwnerPassword + QLatin1Char('\n') + shown + QLatin1Char('\n')).toUtf8());
    QVERIFY2(installed.exitCode == 0, installed.err.constData());
    QVERIFY(installed.out.contains("installed"));
    QCOMPARE(auditCount(QStringLiteral("shop_key.install")), 1);
    QCOMPARE(auditCount(QStringLiteral("shop_key.install.failed")), 1);

    QProcessEnvironment env;
    env.insert(QStringLiteral("BOXCOST_PASSWORD"), kOwnerPassword);
    auto malformed =
        test::runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("ravi"),
                      QStringLiteral("--totp"), QStringLiteral("12ab"), QStringLiteral("--db"), url},
                     {}, env);
    QCOMPARE(malformed.exitCode, 2);
    QVERIFY2(malformed.err.startsWith("boxcost: --totp: Enter the 6-digit code"), malformed.err.constData());
    auto again =
        test::runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("ravi"),
                      QStringLiteral("--totp"), realCode(), QStringLiteral("--db"), url},
                     {}, env);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    auto show = test::runCli({QStringLiteral("user"), QStringLiteral("shop-key"), QStringLiteral("show"),
                              QStringLiteral("--as"), QStringLiteral("ravi"), QStringLiteral("--totp"),
                              Totp::code(m_secret, Totp::stepAt(QDateTime::currentSecsSinceEpoch()) + 1),
                              QStringLiteral("--db"), url},
                             {}, env);
    QVERIFY2(show.exitCode == 0, show.err.constData());
    QCOMPARE(QString::fromUtf8(show.out).trimmed(), shown);
    (void)cliStore.remove(ShopKeyService::entryName(keyId));
}

QTEST_GUILESS_MAIN(TestShopKey)
#include "tst_shop_key.moc"
