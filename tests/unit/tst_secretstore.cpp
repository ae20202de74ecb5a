// SecretStore in three situations, chosen by BOXCOST_TEST_KEYCHAIN:
//   (unset)  the session's real Secret Service (gnome-keyring inside a D-Bus session, as .ci/run and
//            TOOLCHAIN.md set up): round trips, data key creation and reuse.
//   absent   the D-Bus session points at a dead socket and HOME/XDG at a temporary folder before anything
//            starts: the store asks, remembers the answer in memory only, and leaves no trace on disk.
//   hung     the D-Bus session is a socket that accepts connections and never answers: calls give up after
//            the store's timeout, ask instead, and do not wait again for the rest of the process.
//   locked   the test re-runs itself in a private D-Bus session with its own gnome-keyring, stores secrets,
//            locks the keyring (never the developer's own) and checks that the store asks instead of taking
//            "not found" for an answer, and never replaces the data key.
//
// The keychain run fails, never skips, when no keychain answers: a silent pass there would hide exactly the
// situation (secrets not stored) this test exists to catch.

#include "services/SecretBox.h"
#include "services/SecretStore.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>
#include <optional>

using bcp::Error;
using bcp::SecretBox;
using bcp::SecretStore;

namespace {

QString uniqueName(const QString &prefix) {
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomSecret() {
    return QStringLiteral("s3cr3t-") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("-पासवर्ड");
}

// Runs `work` on a fresh thread while this (the application) thread keeps its event loop turning, since the
// store hands keychain jobs to the application thread.
template <class F> void runOnWorker(F work) {
    std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 60000);
}

struct AskLog {
    int calls = 0;
    QString lastKey;
    QString lastWhy;
};

} // namespace

// ---------------------------------------------------------------------------------------------------------
class TestSecretStoreKeychain : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripThroughTheKeychain();
    void entryIsInTheSecretService();
    void overwrite();
    void missingEntryIsNotFound();
    void removeDeletesTheEntry();
    void readFromAnotherThread();
    void dataKeyCreatedOnceAndReused();
    void damagedDataKeyLeftAlone();
    void cleanupTestCase();

private:
    // Fails the test when the ask callback is used: with a working keychain nobody may be asked.
    void forbidAsking(SecretStore &store);

    std::shared_ptr<AskLog> m_asks = std::make_shared<AskLog>();
    QStringList m_keys;     // entries written under "BoxCostPro", removed at the end
    QStringList m_services; // throwaway services holding test data keys
    bool m_reachable = false;
};

void TestSecretStoreKeychain::forbidAsking(SecretStore &store) {
    auto log = m_asks;
    store.setAsk([log](const QString &key, const QString &why) -> std::optional<QString> {
        ++log->calls;
        log->lastKey = key;
        log->lastWhy = why;
        return std::nullopt;
    });
}

void TestSecretStoreKeychain::initTestCase() {
    SecretStore store;
    forbidAsking(store);
    const QString probe = uniqueName(QStringLiteral("test/probe-"));
    m_keys << probe;
    const auto written = store.write(probe, QStringLiteral("probe"));
    QVERIFY(written.ok());
    if (written.value() != SecretStore::Storage::Keychain)
        QFAIL(qPrintable(QStringLiteral("No keychain is reachable (%1). Run the tests inside a D-Bus session with an "
                                        "unlocked gnome-keyring, as TOOLCHAIN.md shows.")
                             .arg(store.keychainProblem())));
    QVERIFY(store.keychainAvailable());
    QCOMPARE(store.keychainProblem(), QString());
    m_reachable = true;
}

void TestSecretStoreKeychain::roundTripThroughTheKeychain() {
    const QString key = uniqueName(QStringLiteral("test/db-password-"));
    const QString secret = randomSecret();
    m_keys << key;
    {
        SecretStore writer;
        forbidAsking(writer);
        const auto written = writer.write(key, secret);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), SecretStore::Storage::Keychain);
    }
    // A new store has nothing in memory: the value can only come from the keychain.
    SecretStore reader;
    forbidAsking(reader);
    const auto read = reader.read(key, QStringLiteral("the test password"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().text()));
    QCOMPARE(read.value(), secret);
    QCOMPARE(m_asks->calls, 0);
}

void TestSecretStoreKeychain::entryIsInTheSecretService() {
    // Checked with libsecret's own tool, independent of QtKeychain: service and key as documented.
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    QVERIFY2(!secretTool.isEmpty(), "secret-tool (package libsecret-tools) is needed; see TOOLCHAIN.md");
    const QString key = uniqueName(QStringLiteral("test/smtp-"));
    const QString secret = randomSecret();
    m_keys << key;
    SecretStore::instance().setAsk({});
    const auto written = SecretStore::instance().write(key, secret);
    QVERIFY(written.ok());
    QCOMPARE(written.value(), SecretStore::Storage::Keychain);

    QProcess lookup;
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("BoxCostPro"),
                              QStringLiteral("user"), key});
    QVERIFY(lookup.waitForFinished(30000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()), secret);
}

void TestSecretStoreKeychain::overwrite() {
    const QString key = uniqueName(QStringLiteral("test/overwrite-"));
    m_keys << key;
    SecretStore store;
    forbidAsking(store);
    QCOMPARE(store.write(key, QStringLiteral("first")).value(), SecretStore::Storage::Keychain);
    QCOMPARE(store.write(key, QStringLiteral("second")).value(), SecretStore::Storage::Keychain);
    SecretStore fresh;
    forbidAsking(fresh);
    QCOMPARE(fresh.read(key).value(), QStringLiteral("second"));
}

void TestSecretStoreKeychain::missingEntryIsNotFound() {
    SecretStore store;
    forbidAsking(store);
    const auto read =
        store.read(uniqueName(QStringLiteral("test/never-written-")), QStringLiteral("the SMTP password"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::NotFound);
    QCOMPARE(read.error().message, QStringLiteral("No saved secret was found for the SMTP password."));
    QCOMPARE(m_asks->calls, 0);
    QVERIFY(store.keychainAvailable());
    // The entry written to tell "missing" from "locked" does not stay behind.
    SecretStore fresh;
    forbidAsking(fresh);
    QCOMPARE(fresh.write(QStringLiteral("keychain-check-sentinel"), QStringLiteral("x")).value(),
             SecretStore::Storage::Keychain);
    QVERIFY(fresh.remove(QStringLiteral("keychain-check-sentinel")).ok());
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("BoxCostPro"),
                  QStringLiteral("user"), QStringLiteral("keychain-check")});
    QVERIFY(lookup.waitForFinished(30000));
    QCOMPARE(lookup.readAllStandardOutput(), QByteArray());
}

void TestSecretStoreKeychain::removeDeletesTheEntry() {
    const QString key = uniqueName(QStringLiteral("test/remove-"));
    SecretStore store;
    forbidAsking(store);
    QCOMPARE(store.write(key, randomSecret()).value(), SecretStore::Storage::Keychain);
    QVERIFY(store.remove(key).ok());
    SecretStore fresh;
    forbidAsking(fresh);
    const auto read = fresh.read(key);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::NotFound);
    QVERIFY2(fresh.remove(key).ok(), "removing a missing entry is not an error");
    QCOMPARE(m_asks->calls, 0);
}

void TestSecretStoreKeychain::readFromAnotherThread() {
    const QString key = uniqueName(QStringLiteral("test/thread-"));
    const QString secret = randomSecret();
    m_keys << key;
    SecretStore store;
    forbidAsking(store);
    QCOMPARE(store.write(key, secret).value(), SecretStore::Storage::Keychain);
    SecretStore fresh;
    forbidAsking(fresh);
    std::optional<QString> seen;
    runOnWorker([&] {
        const auto read = fresh.read(key);
        if (read.ok())
            seen = read.value();
    });
    QVERIFY(seen.has_value());
    QCOMPARE(*seen, secret);
}

void TestSecretStoreKeychain::dataKeyCreatedOnceAndReused() {
    // A throwaway service, so a developer's own BoxCostPro data key is never touched by the test.
    const QString service = uniqueName(QStringLiteral("BoxCostPro.test-"));
    m_services << service;
    QByteArray first;
    QString sealed;
    {
        SecretStore store(service);
        forbidAsking(store);
        const auto key = store.dataKey();
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().text()));
        QCOMPARE(key.value().size(), 32);
        QCOMPARE(store.dataKey().value(), key.value());
        first = key.value();
        sealed = SecretBox::withKey(first)->encrypt("JBSWY3DPEHPK3PXP");
    }
    // Another program start: the same key comes back from the keychain and opens what was sealed.
    SecretStore later(service);
    forbidAsking(later);
    const auto again = later.dataKey();
    QVERIFY(again.ok());
    QCOMPARE(again.value(), first);
    QCOMPARE(SecretBox::withKey(again.value())->decrypt(sealed).value(), QByteArray("JBSWY3DPEHPK3PXP"));
    // Stored as base64 text in the keychain entry.
    const auto stored = later.read(SecretStore::dataKeyEntryName());
    QVERIFY(stored.ok());
    QCOMPARE(QByteArray::fromBase64(stored.value().toLatin1()), first);
    // Different services have different keys.
    const QString otherService = uniqueName(QStringLiteral("BoxCostPro.test-"));
    m_services << otherService;
    SecretStore other(otherService);
    QVERIFY(other.dataKey().value() != first);
    QCOMPARE(m_asks->calls, 0);
}

void TestSecretStoreKeychain::damagedDataKeyLeftAlone() {
    const QString service = uniqueName(QStringLiteral("BoxCostPro.test-"));
    m_services << service;
    SecretStore store(service);
    forbidAsking(store);
    QCOMPARE(store.write(SecretStore::dataKeyEntryName(), QStringLiteral("c2hvcnQ=")).value(),
             SecretStore::Storage::Keychain);
    const auto key = store.dataKey();
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, Error::Kind::Conflict);
    QVERIFY(key.error().message.contains(QStringLiteral("does not hold a valid data key")));
    SecretStore fresh(service);
    QCOMPARE(fresh.read(SecretStore::dataKeyEntryName()).value(), QStringLiteral("c2hvcnQ="));
}

void TestSecretStoreKeychain::cleanupTestCase() {
    if (!m_reachable)
        return; // initTestCase has already failed the run
    SecretStore store;
    for (const QString &key : std::as_const(m_keys))
        QVERIFY(store.remove(key).ok());
    for (const QString &service : std::as_const(m_services)) {
        SecretStore throwaway(service);
        QVERIFY(throwaway.remove(SecretStore::dataKeyEntryName()).ok());
    }
    QCOMPARE(m_asks->calls, 0);
}

// ---------------------------------------------------------------------------------------------------------
class TestSecretStoreNoKeychain : public QObject {
    Q_OBJECT

public:
    explicit TestSecretStoreNoKeychain(QString root) : m_root(std::move(root)) {}

private slots:
    void initTestCase();
    void readAsksOnceAndKeepsTheAnswer();
    void cancelledAskIsUnavailable();
    void noAskIsUnavailable();
    void writeKeepsValueInMemory();
    void removeForgetsAndReportsKeychain();
    void dataKeyRefused();
    void askFromAnotherThread();
    void defaultStoreAsks();
    void noSecretOnDisk();

private:
    void answerWith(SecretStore &store, const QString &answer);
    // Every file under the temporary HOME and XDG folders that contains `needle` in any plain encoding.
    QStringList filesContaining(const QString &needle) const;

    QString m_root;
    std::shared_ptr<AskLog> m_asks = std::make_shared<AskLog>();
    QStringList m_secrets; // every secret handled, looked for on disk at the end
};

void TestSecretStoreNoKeychain::answerWith(SecretStore &store, const QString &answer) {
    auto log = m_asks;
    store.setAsk([log, answer](const QString &key, const QString &why) -> std::optional<QString> {
        ++log->calls;
        log->lastKey = key;
        log->lastWhy = why;
        return answer;
    });
}

void TestSecretStoreNoKeychain::initTestCase() {
    QVERIFY(QDir(m_root).exists());
    QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").startsWith("unix:path=" + m_root.toUtf8()));
    QCOMPARE(QDir::homePath(), m_root + QStringLiteral("/home"));
}

void TestSecretStoreNoKeychain::readAsksOnceAndKeepsTheAnswer() {
    const QString key = QStringLiteral("postgres/app@db.example.in:5432/boxcost");
    const QString secret = randomSecret();
    m_secrets << secret;
    SecretStore store;
    answerWith(store, secret);

    const auto read = store.read(key, QStringLiteral("the password for app@db.example.in:5432"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().text()));
    QCOMPARE(read.value(), secret);
    QCOMPARE(m_asks->calls, 1);
    QCOMPARE(m_asks->lastKey, key);
    QVERIFY2(m_asks->lastWhy.startsWith(QStringLiteral("BoxCostPro needs the password for app@db.example.in:5432, but "
                                                       "the system keychain cannot be used: ")),
             qPrintable(m_asks->lastWhy));
    QVERIFY(m_asks->lastWhy.endsWith(QStringLiteral("What you enter is kept in memory until the program closes and is "
                                                    "never saved.")));

    // TOOLCHAIN.md: QtKeychain 0.13 without a usable Secret Service answers OtherError (7).
    QVERIFY(!store.keychainAvailable());
    QVERIFY2(store.keychainProblem().contains(QStringLiteral("(keychain error 7)")),
             qPrintable(store.keychainProblem()));
    QVERIFY(m_asks->lastWhy.contains(store.keychainProblem()));

    // The answer is remembered for the life of the process: no second prompt.
    QCOMPARE(store.read(key).value(), secret);
    QCOMPARE(m_asks->calls, 1);
}

void TestSecretStoreNoKeychain::cancelledAskIsUnavailable() {
    SecretStore store;
    auto log = m_asks;
    store.setAsk([log](const QString &, const QString &) -> std::optional<QString> {
        ++log->calls;
        return std::nullopt;
    });
    const int before = m_asks->calls;
    const auto read = store.read(QStringLiteral("smtp/mail.example.in"), QStringLiteral("the SMTP password"));
    QCOMPARE(m_asks->calls, before + 1);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::Unavailable);
    QVERIFY2(read.error().message.startsWith(QStringLiteral("Could not get the SMTP password: the system keychain "
                                                            "cannot be used (")),
             qPrintable(read.error().message));
    QVERIFY(read.error().message.endsWith(QStringLiteral(") and nothing was entered instead.")));
    // Cancelling is not remembered: the next read asks again.
    QVERIFY(!store.read(QStringLiteral("smtp/mail.example.in")).ok());
    QCOMPARE(m_asks->calls, before + 2);
}

void TestSecretStoreNoKeychain::noAskIsUnavailable() {
    SecretStore store;
    const auto read = store.read(QStringLiteral("razorpay/key-secret"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::Unavailable);
    QVERIFY(read.error().message.contains(QStringLiteral("razorpay/key-secret")));
}

void TestSecretStoreNoKeychain::writeKeepsValueInMemory() {
    const QString secret = randomSecret();
    m_secrets << secret;
    SecretStore store;
    answerWith(store, QStringLiteral("must not be asked"));
    const int before = m_asks->calls;
    const auto written = store.write(QStringLiteral("smtp/password"), secret);
    QVERIFY(written.ok());
    QCOMPARE(written.value(), SecretStore::Storage::Memory);
    QVERIFY(!store.keychainAvailable());
    QCOMPARE(store.read(QStringLiteral("smtp/password")).value(), secret);
    QCOMPARE(m_asks->calls, before);

    // Memory belongs to this store (this process); nothing persists for the next start.
    SecretStore nextStart;
    QVERIFY(!nextStart.read(QStringLiteral("smtp/password")).ok());
}

void TestSecretStoreNoKeychain::removeForgetsAndReportsKeychain() {
    const QString secret = randomSecret();
    m_secrets << secret;
    SecretStore store;
    QCOMPARE(store.write(QStringLiteral("stripe/key"), secret).value(), SecretStore::Storage::Memory);
    const auto removed = store.remove(QStringLiteral("stripe/key"));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, Error::Kind::Unavailable);
    QVERIFY(removed.error().message.startsWith(
        QStringLiteral("The saved secret stripe/key could not be deleted from the system keychain: ")));
    // Forgotten in memory even so.
    answerWith(store, QStringLiteral("typed again"));
    const int before = m_asks->calls;
    QCOMPARE(store.read(QStringLiteral("stripe/key")).value(), QStringLiteral("typed again"));
    QCOMPARE(m_asks->calls, before + 1);
}

void TestSecretStoreNoKeychain::dataKeyRefused() {
    SecretStore store;
    answerWith(store, QString::fromLatin1(QByteArray(32, 'k').toBase64()));
    const int before = m_asks->calls;
    const auto key = store.dataKey();
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, Error::Kind::Unavailable);
    QVERIFY2(key.error().message.startsWith(QStringLiteral("The key that protects two-factor secrets is kept in the "
                                                           "system keychain, which cannot be used: ")),
             qPrintable(key.error().message));
    QVERIFY(key.error().message.endsWith(QStringLiteral("Unlock or set up the keychain and try again.")));
    QCOMPARE(m_asks->calls, before); // never asked for, never kept in memory
    QVERIFY(!store.dataKey().ok());
}

void TestSecretStoreNoKeychain::askFromAnotherThread() {
    const QString secret = randomSecret();
    m_secrets << secret;
    SecretStore store;
    std::optional<QString> seen;
    QThread *askedOn = nullptr;
    auto log = m_asks;
    store.setAsk([&askedOn, log, secret](const QString &, const QString &) -> std::optional<QString> {
        ++log->calls;
        askedOn = QThread::currentThread();
        return secret;
    });
    QThread *worker = nullptr;
    runOnWorker([&] {
        worker = QThread::currentThread();
        const auto read = store.read(QStringLiteral("postgres/worker"));
        if (read.ok())
            seen = read.value();
    });
    QVERIFY(seen.has_value());
    QCOMPARE(*seen, secret);
    QCOMPARE(askedOn, worker); // documented: the callback runs on the calling thread
}

void TestSecretStoreNoKeychain::defaultStoreAsks() {
    const QString secret = randomSecret();
    m_secrets << secret;
    SecretStore &store = SecretStore::instance();
    answerWith(store, secret);
    QCOMPARE(store.read(QStringLiteral("postgres/app@localhost:5432/app")).value(), secret);
    QVERIFY(!store.keychainAvailable());
    store.setAsk({});
}

QStringList TestSecretStoreNoKeychain::filesContaining(const QString &needle) const {
    const QList<QByteArray> forms = {needle.toUtf8(), needle.toLatin1(),
                                     QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2),
                                     needle.toUtf8().toBase64()};
    QStringList hits;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &form : forms) {
            if (content.contains(form)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

void TestSecretStoreNoKeychain::noSecretOnDisk() {
    QVERIFY(m_secrets.size() >= 4);
    // Anything the program would persist through QSettings lands under the temporary XDG_CONFIG_HOME.
    QSettings settings;
    settings.sync();
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(filesContaining(secret).isEmpty(), qPrintable(filesContaining(secret).join(QLatin1Char(' '))));

    // The scan itself works: a file planted with a marker is found in each encoding looked for.
    const QString marker = randomSecret();
    QFile planted(m_root + QStringLiteral("/home/.config/planted.txt"));
    QVERIFY(QDir().mkpath(QFileInfo(planted).absolutePath()));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write(marker.toUtf8());
    planted.close();
    QCOMPARE(filesContaining(marker), QStringList{planted.fileName()});
}

// ---------------------------------------------------------------------------------------------------------
class TestSecretStoreHung : public QObject {
    Q_OBJECT

private slots:
    void firstCallGivesUpAfterTimeout();
    void laterCallsDoNotWaitAgain();
};

void TestSecretStoreHung::firstCallGivesUpAfterTimeout() {
    SecretStore store(SecretStore::defaultService(), 1500);
    int calls = 0;
    store.setAsk([&calls](const QString &, const QString &) -> std::optional<QString> {
        ++calls;
        return QStringLiteral("typed");
    });
    QElapsedTimer timer;
    timer.start();
    const auto read = store.read(QStringLiteral("postgres/hung"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().text()));
    QCOMPARE(read.value(), QStringLiteral("typed"));
    QCOMPARE(calls, 1);
    QVERIFY2(elapsed >= 1400 && elapsed < 10000, qPrintable(QString::number(elapsed)));
    QCOMPARE(store.keychainProblem(), QStringLiteral("the keychain did not answer within 2 s"));
    QVERIFY(!store.keychainAvailable());

    // The same store does not try the silent keychain again.
    timer.restart();
    QCOMPARE(store.write(QStringLiteral("smtp/hung"), QStringLiteral("kept")).value(), SecretStore::Storage::Memory);
    QVERIFY(!store.dataKey().ok());
    QVERIFY(!store.remove(QStringLiteral("smtp/hung")).ok());
    QCOMPARE(store.read(QStringLiteral("other")).value(), QStringLiteral("typed"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestSecretStoreHung::laterCallsDoNotWaitAgain() {
    // QtKeychain's job queue is process-wide and now blocked, so other stores do not wait either.
    SecretStore store(QStringLiteral("BoxCostPro.other"));
    int calls = 0;
    store.setAsk([&calls](const QString &, const QString &) -> std::optional<QString> {
        ++calls;
        return QStringLiteral("typed again");
    });
    QElapsedTimer timer;
    timer.start();
    const auto key = store.dataKey();
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, Error::Kind::Unavailable);
    QVERIFY(key.error().message.contains(QStringLiteral("the keychain did not answer within 2 s")));
    QCOMPARE(store.read(QStringLiteral("postgres/other")).value(), QStringLiteral("typed again"));
    QCOMPARE(calls, 1);
    QCOMPARE(store.keychainProblem(), QStringLiteral("the keychain did not answer within 2 s"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

// ---------------------------------------------------------------------------------------------------------
class TestSecretStoreLocked : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readAsksInsteadOfNotFound();
    void missingEntryAlsoAsks();
    void writeKeptInMemory();
    void dataKeyNeitherReadNorReplaced();

private:
    std::shared_ptr<AskLog> m_asks = std::make_shared<AskLog>();
    const QString m_dataKeyService = QStringLiteral("BoxCostPro.locked-test");
};

void TestSecretStoreLocked::initTestCase() {
    // Only ever inside the private session main() set up, so the developer's own keyring is never locked.
    QCOMPARE(qgetenv("BOXCOST_TEST_PRIVATE_BUS"), QByteArray("1"));
    SecretStore store;
    const auto written = store.write(QStringLiteral("test/locked-db"), QStringLiteral("saved-before-lock"));
    QVERIFY(written.ok());
    QVERIFY2(written.value() == SecretStore::Storage::Keychain, qPrintable(store.keychainProblem()));
    SecretStore keys(m_dataKeyService);
    QVERIFY(keys.dataKey().ok());

    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    QVERIFY2(lock.waitForFinished(30000) && lock.exitCode() == 0, lock.readAllStandardError().constData());
}

void TestSecretStoreLocked::readAsksInsteadOfNotFound() {
    SecretStore store;
    auto log = m_asks;
    store.setAsk([log](const QString &key, const QString &why) -> std::optional<QString> {
        ++log->calls;
        log->lastKey = key;
        log->lastWhy = why;
        return QStringLiteral("typed-while-locked");
    });
    const auto read = store.read(QStringLiteral("test/locked-db"), QStringLiteral("the database password"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().text()));
    QCOMPARE(read.value(), QStringLiteral("typed-while-locked"));
    QCOMPARE(m_asks->calls, 1);
    QCOMPARE(m_asks->lastKey, QStringLiteral("test/locked-db"));
    // TOOLCHAIN.md: a locked keyring refuses writes with AccessDenied (4).
    QVERIFY2(store.keychainProblem().contains(QStringLiteral("(keychain error 4)")),
             qPrintable(store.keychainProblem()));
    QVERIFY(m_asks->lastWhy.contains(store.keychainProblem()));
}

void TestSecretStoreLocked::missingEntryAlsoAsks() {
    SecretStore store;
    int calls = 0;
    store.setAsk([&calls](const QString &, const QString &) -> std::optional<QString> {
        ++calls;
        return std::nullopt;
    });
    const auto read = store.read(QStringLiteral("test/never-written"));
    QCOMPARE(calls, 1);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, Error::Kind::Unavailable);
}

void TestSecretStoreLocked::writeKeptInMemory() {
    SecretStore store;
    const auto written = store.write(QStringLiteral("test/locked-new"), QStringLiteral("memory only"));
    QVERIFY(written.ok());
    QCOMPARE(written.value(), SecretStore::Storage::Memory);
    QVERIFY(store.keychainProblem().contains(QStringLiteral("(keychain error 4)")));
    QCOMPARE(store.read(QStringLiteral("test/locked-new")).value(), QStringLiteral("memory only"));
}

void TestSecretStoreLocked::dataKeyNeitherReadNorReplaced() {
    SecretStore store(m_dataKeyService);
    int calls = 0;
    store.setAsk([&calls](const QString &, const QString &) -> std::optional<QString> {
        ++calls;
        return QString::fromLatin1(QByteArray(32, 'x').toBase64());
    });
    const auto key = store.dataKey();
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, Error::Kind::Unavailable);
    QVERIFY(key.error().message.contains(QStringLiteral("(keychain error 4)")));
    QCOMPARE(calls, 0);
}

// Re-runs this executable under dbus-run-session with a fresh, unlocked gnome-keyring whose files live in a
// temporary folder; the child runs TestSecretStoreLocked.
int runInPrivateKeyring(int argc, char **argv) {
    QTemporaryDir root;
    if (!root.isValid())
        qFatal("cannot create a temporary folder");
    QDir().mkpath(root.filePath(QStringLiteral("data")));
    QDir().mkpath(root.filePath(QStringLiteral("run")));
    QFile::setPermissions(root.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BOXCOST_TEST_PRIVATE_BUS"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("run")));
    QStringList args = {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("eval \"$(printf %s test-pw | gnome-keyring-daemon --unlock "
                                       "--components=secrets)\" >/dev/null && exec \"$0\" \"$@\""),
                        QCoreApplication::applicationFilePath()};
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QStringLiteral("dbus-run-session"), args);
    if (!child.waitForStarted(30000)) {
        qCritical() << "FAIL!  : cannot start dbus-run-session (package dbus):" << child.errorString();
        return 1;
    }
    child.waitForFinished(-1);
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
}

// ---------------------------------------------------------------------------------------------------------
int main(int argc, char **argv) {
    const QByteArray mode = qgetenv("BOXCOST_TEST_KEYCHAIN");
    const bool absent = mode == "absent";
    const bool hung = mode == "hung";
    std::unique_ptr<QTemporaryDir> root;
    if (absent || hung) {
        // Before QCoreApplication and before any D-Bus use, so nothing can reach a real keychain or real home.
        root = std::make_unique<QTemporaryDir>();
        if (!root->isValid())
            qFatal("cannot create a temporary folder");
        const QString base = root->path();
        const QStringList dirs = {
            QStringLiteral("home"),        QStringLiteral("home/.config"),      QStringLiteral("home/.local/share"),
            QStringLiteral("home/.cache"), QStringLiteral("home/.local/state"), QStringLiteral("run")};
        for (const QString &dir : dirs)
            QDir().mkpath(base + QLatin1Char('/') + dir);
        QFile::setPermissions(base + QStringLiteral("/run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("HOME", (base + QStringLiteral("/home")).toUtf8());
        qputenv("XDG_CONFIG_HOME", (base + QStringLiteral("/home/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (base + QStringLiteral("/home/.local/share")).toUtf8());
        qputenv("XDG_CACHE_HOME", (base + QStringLiteral("/home/.cache")).toUtf8());
        qputenv("XDG_STATE_HOME", (base + QStringLiteral("/home/.local/state")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", (base + QStringLiteral("/run")).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", ("unix:path=" + base + QStringLiteral("/no-bus-here")).toUtf8());
        qunsetenv("DISPLAY"); // no X11 autolaunch of a bus either
        qunsetenv("WAYLAND_DISPLAY");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BoxCostPro"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore"));
    if (absent) {
        TestSecretStoreNoKeychain test(root->path());
        return QTest::qExec(&test, argc, argv);
    }
    if (hung) {
        // Accepts the connection and never says a word, like a keychain daemon that has locked up.
        QLocalServer silentBus;
        if (!silentBus.listen(root->path() + QStringLiteral("/no-bus-here")))
            qFatal("cannot listen on the silent bus socket");
        TestSecretStoreHung test;
        return QTest::qExec(&test, argc, argv);
    }
    if (mode == "locked") {
        if (qgetenv("BOXCOST_TEST_PRIVATE_BUS") != "1")
            return runInPrivateKeyring(argc, argv);
        TestSecretStoreLocked test;
        return QTest::qExec(&test, argc, argv);
    }
    TestSecretStoreKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
