#include "services/SecretStore.h"

#include "services/SecretBox.h"
#include "services/Sodium.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

namespace bcp {

namespace {

enum class Op { Read, Write, Remove };

enum class Status {
    Ok,
    NotFound,
    Failed,   // the keychain answered with an error: locked, refused, no Secret Service
    TimedOut, // the keychain did not answer at all
    NotRun,   // the application thread was too busy to start the job; the keychain itself is not to blame
};

struct JobOutcome {
    Status status = Status::NotRun;
    QString text;
    QString problem;
};

QString describe(QKeychain::Error code, const QString &detail) {
    QString what = detail.trimmed();
    if (what.isEmpty()) {
        switch (code) {
        case QKeychain::AccessDeniedByUser:
            what = QCoreApplication::translate("bcp::SecretStore", "access to the keychain was refused");
            break;
        case QKeychain::AccessDenied:
            what = QCoreApplication::translate("bcp::SecretStore", "the keychain is locked");
            break;
        case QKeychain::NoBackendAvailable:
            what = QCoreApplication::translate("bcp::SecretStore", "no keychain service is available");
            break;
        default:
            what = QCoreApplication::translate("bcp::SecretStore", "the keychain reported an error");
            break;
        }
    }
    return QCoreApplication::translate("bcp::SecretStore", "%1 (keychain error %2)").arg(what).arg(int(code));
}

// Runs one QtKeychain job to completion on the calling thread, which must be the application thread.
JobOutcome runHere(Op op, const QString &service, const QString &key, const QString &value, int timeoutMs) {
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(value);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(false);
    // QtKeychain's fallback is a plain-text QSettings file: exactly what must never happen to a secret.
    job->setInsecureFallback(false);
    job->setKey(key);

    bool finished = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    timer.start(timeoutMs);
    // Windows keep painting while we wait, but take no input that could start other work meanwhile.
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        job->setAutoDelete(true); // the job deletes itself should the keychain ever answer
        return {Status::TimedOut,
                {},
                QCoreApplication::translate("bcp::SecretStore", "the keychain did not answer within %1 s")
                    .arg((timeoutMs + 999) / 1000)};
    }
    JobOutcome outcome;
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        outcome.status = Status::Ok;
        if (op == Op::Read)
            outcome.text = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    } else if (error == QKeychain::EntryNotFound && op != Op::Write) {
        outcome.status = Status::NotFound;
    } else {
        outcome.status = Status::Failed;
        outcome.problem = describe(error, job->errorString());
    }
    delete job;
    return outcome;
}

// QtKeychain queues its jobs on objects of the application thread, so jobs from other threads are handed
// there; the wait is bounded so a blocked application thread cannot hang the caller.
JobOutcome runJob(Op op, const QString &service, const QString &key, const QString &value, int timeoutMs) {
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return {Status::NotRun,
                {},
                QCoreApplication::translate("bcp::SecretStore", "the keychain needs a running application")};
    if (QThread::currentThread() == app->thread())
        return runHere(op, service, key, value, timeoutMs);

    struct Shared {
        QSemaphore done;
        JobOutcome outcome;
    };
    auto shared = std::make_shared<Shared>();
    QMetaObject::invokeMethod(
        app,
        [shared, op, service, key, value, timeoutMs] {
            shared->outcome = runHere(op, service, key, value, timeoutMs);
            shared->done.release();
        },
        Qt::QueuedConnection);
    if (!shared->done.tryAcquire(1, timeoutMs + 2000))
        return {
            Status::NotRun,
            {},
            QCoreApplication::translate("bcp::SecretStore", "the program was too busy to reach the keychain in time")};
    return shared->outcome;
}

// QtKeychain runs its jobs one at a time from a process-wide queue, so once a job hangs every later one would
// wait behind it: after the first timeout no store tries the keychain again in this process.
QMutex g_hungMutex;
QString g_hungProblem;

QString hungProblem() {
    QMutexLocker lock(&g_hungMutex);
    return g_hungProblem;
}

// A locked Secret Service answers a read with "not found" (QtKeychain 0.13 over libsecret, when the unlock
// prompt is refused or cannot be shown), so "not found" alone cannot be trusted. Writing a harmless entry
// tells the two apart: it fails on a locked or broken keychain, and where the system can prompt, the prompt
// it raises unlocks the keychain so the second read finds the real entry.
JobOutcome readChecked(const QString &service, const QString &key, int timeoutMs) {
    const JobOutcome first = runJob(Op::Read, service, key, {}, timeoutMs);
    if (first.status != Status::NotFound)
        return first;
    const QString probe = QStringLiteral("keychain-check");
    const JobOutcome written = runJob(Op::Write, service, probe, QStringLiteral("writable"), timeoutMs);
    if (written.status != Status::Ok)
        return written;
    runJob(Op::Remove, service, probe, {}, timeoutMs);
    return runJob(Op::Read, service, key, {}, timeoutMs);
}

} // namespace

QString SecretStore::defaultService() {
    return QStringLiteral("BoxCostPro");
}

QString SecretStore::dataKeyEntryName() {
    return QStringLiteral("data-key");
}

SecretStore::SecretStore(QString service, int timeoutMs) : m_service(std::move(service)), m_timeoutMs(timeoutMs) {}

SecretStore::~SecretStore() {
    for (auto it = m_memory.begin(); it != m_memory.end(); ++it)
        it->fill(QChar(u'\0'));
    Sodium::wipe(m_dataKey);
}

SecretStore &SecretStore::instance() {
    static SecretStore store;
    return store;
}

void SecretStore::setAsk(AskFunction ask) {
    QMutexLocker lock(&m_mutex);
    m_ask = std::move(ask);
}

void SecretStore::recordKeychainState(const QString &problem, bool hung) {
    if (hung) {
        QMutexLocker lock(&g_hungMutex);
        g_hungProblem = problem;
    }
    QMutexLocker lock(&m_mutex);
    m_problem = problem;
}

bool SecretStore::keychainAvailable() const {
    QMutexLocker lock(&m_mutex);
    return m_problem.isEmpty();
}

QString SecretStore::keychainProblem() const {
    QMutexLocker lock(&m_mutex);
    return m_problem;
}

Result<QString> SecretStore::read(const QString &key, const QString &label) {
    const QString what = label.isEmpty() ? key : label;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_memory.constFind(key);
        if (it != m_memory.constEnd())
            return it.value();
    }
    QString problem = hungProblem();
    if (!problem.isEmpty()) {
        recordKeychainState(problem, false);
    } else {
        const JobOutcome outcome = readChecked(m_service, key, m_timeoutMs);
        switch (outcome.status) {
        case Status::Ok:
            recordKeychainState({}, false);
            return outcome.text;
        case Status::NotFound:
            recordKeychainState({}, false);
            return Error::notFound(
                QCoreApplication::translate("bcp::SecretStore", "No saved secret was found for %1.").arg(what));
        case Status::Failed:
        case Status::TimedOut:
        case Status::NotRun:
            recordKeychainState(outcome.problem, outcome.status == Status::TimedOut);
            break;
        }
        problem = outcome.problem;
    }

    AskFunction ask;
    {
        QMutexLocker lock(&m_mutex);
        ask = m_ask;
    }
    // Called without the lock: the prompt may run an event loop that reads other secrets.
    const std::optional<QString> answer =
        ask ? ask(key, QCoreApplication::translate("bcp::SecretStore",
                                                   "BoxCostPro needs %1, but the system keychain cannot be used: %2. "
                                                   "What you enter is kept in memory until the program closes and "
                                                   "is never saved.")
                           .arg(what, problem))
            : std::nullopt;
    if (!answer)
        return Error::unavailable(QCoreApplication::translate("bcp::SecretStore",
                                                              "Could not get %1: the system keychain cannot be used "
                                                              "(%2) and nothing was entered instead.")
                                      .arg(what, problem));
    QMutexLocker lock(&m_mutex);
    m_memory.insert(key, *answer);
    return *answer;
}

Result<SecretStore::Storage> SecretStore::write(const QString &key, const QString &value) {
    const QString hung = hungProblem();
    if (!hung.isEmpty()) {
        recordKeychainState(hung, false);
    } else {
        const JobOutcome outcome = runJob(Op::Write, m_service, key, value, m_timeoutMs);
        switch (outcome.status) {
        case Status::Ok: {
            recordKeychainState({}, false);
            QMutexLocker lock(&m_mutex);
            m_memory.remove(key); // the keychain holds the current value now
            return Storage::Keychain;
        }
        case Status::Failed:
        case Status::TimedOut:
        case Status::NotRun:
            recordKeychainState(outcome.problem, outcome.status == Status::TimedOut);
            break;
        case Status::NotFound: // runHere never reports this for a write
            break;
        }
    }
    QMutexLocker lock(&m_mutex);
    m_memory.insert(key, value);
    return Storage::Memory;
}

Result<void> SecretStore::remove(const QString &key) {
    {
        QMutexLocker lock(&m_mutex);
        m_memory.remove(key);
    }
    QString problem = hungProblem();
    if (!problem.isEmpty()) {
        recordKeychainState(problem, false);
    } else {
        const JobOutcome outcome = runJob(Op::Remove, m_service, key, {}, m_timeoutMs);
        switch (outcome.status) {
        case Status::Ok:
        case Status::NotFound:
            recordKeychainState({}, false);
            return {};
        case Status::Failed:
        case Status::TimedOut:
        case Status::NotRun:
            recordKeychainState(outcome.problem, outcome.status == Status::TimedOut);
            break;
        }
        problem = outcome.problem;
    }
    return Error::unavailable(QCoreApplication::translate("bcp::SecretStore",
                                                          "The saved secret %1 could not be deleted from the system "
                                                          "keychain: %2.")
                                  .arg(key, problem));
}

Result<QByteArray> SecretStore::dataKey() {
    return loadDataKey(true);
}

Result<QByteArray> SecretStore::existingDataKey() {
    return loadDataKey(false);
}

Result<QByteArray> SecretStore::loadDataKey(bool create) {
    QMutexLocker keyLock(&m_dataKeyMutex);
    {
        QMutexLocker lock(&m_mutex);
        if (!m_dataKey.isEmpty())
            return m_dataKey;
    }
    const QString problem = hungProblem();
    const auto unavailable = [](const QString &why) {
        return Error::unavailable(
            QCoreApplication::translate("bcp::SecretStore",
                                        "The key that protects two-factor secrets is kept in the system keychain, "
                                        "which cannot be used: %1. Unlock or set up the keychain and try again.")
                .arg(why));
    };
    if (!problem.isEmpty()) {
        recordKeychainState(problem, false);
        return unavailable(problem);
    }

    const QString entry = dataKeyEntryName();
    // readChecked() matters most here: creating a key because a locked keychain said "not found" would replace
    // the real key as soon as the keychain is unlocked, and every secret sealed under it would be lost.
    JobOutcome outcome = readChecked(m_service, entry, m_timeoutMs);
    if (outcome.status == Status::NotFound && !create) {
        recordKeychainState({}, false);
        return Error::notFound(
            QCoreApplication::translate("bcp::SecretStore", "This computer's keychain holds no data key."));
    }
    if (outcome.status == Status::NotFound) {
        QByteArray fresh = SecretBox::generateKey();
        const JobOutcome written =
            runJob(Op::Write, m_service, entry, QString::fromLatin1(fresh.toBase64()), m_timeoutMs);
        Sodium::wipe(fresh);
        if (written.status != Status::Ok) {
            recordKeychainState(written.problem, written.status == Status::TimedOut);
            return unavailable(written.problem);
        }
        // Use what the keychain holds now, so a second program creating the key at the same moment ends up
        // with the same key as long as it reads after the last write.
        outcome = runJob(Op::Read, m_service, entry, {}, m_timeoutMs);
        if (outcome.status == Status::NotFound)
            outcome = {Status::Failed,
                       {},
                       QCoreApplication::translate("bcp::SecretStore", "the key just saved could not be read back")};
    }
    switch (outcome.status) {
    case Status::Ok:
        break;
    case Status::Failed:
    case Status::TimedOut:
    case Status::NotRun:
        recordKeychainState(outcome.problem, outcome.status == Status::TimedOut);
        return unavailable(outcome.problem);
    case Status::NotFound:
        return unavailable(outcome.problem);
    }
    recordKeychainState({}, false);
    const auto decoded =
        QByteArray::fromBase64Encoding(outcome.text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    outcome.text.fill(QChar(u'\0'));
    if (!decoded || decoded.decoded.size() != SecretBox::kKeyBytes)
        return Error::conflict(QCoreApplication::translate("bcp::SecretStore",
                                                           "The keychain entry \"%1\" of %2 does not hold a valid "
                                                           "data key. It was left untouched; restore it from a "
                                                           "backup of the keychain.")
                                   .arg(entry, m_service));
    QMutexLocker lock(&m_mutex);
    m_dataKey = decoded.decoded;
    return m_dataKey;
}

} // namespace bcp
