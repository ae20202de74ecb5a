#include "audit/AuditJob.h"

#include "data/Database.h"

#include <QThread>

namespace bcp::ui {

AuditJob::AuditJob(DbUrl url, QString password, Work work, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_password(std::move(password)), m_work(std::move(work)) {}

AuditJob::~AuditJob() {
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void AuditJob::start() {
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("AuditJob"));
    // Delivered on this object's thread once run() has returned, so m_ok and m_message are complete.
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_ok, m_message); });
    m_thread->start(QThread::LowPriority);
}

void AuditJob::cancel() {
    m_cancelled.store(true);
}

bool AuditJob::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void AuditJob::run() {
    auto opened = Database::open(m_url, m_password);
    if (!opened) {
        m_message = opened.error().text();
        return;
    }
    const Progress progress = [this](qint64 done, qint64 total) {
        Q_EMIT this->progress(done, total);
        return !m_cancelled.load();
    };
    auto outcome = m_work(*opened.value(), progress);
    m_ok = outcome.ok();
    m_message = outcome ? outcome.value() : outcome.error().text();
}

} // namespace bcp::ui
