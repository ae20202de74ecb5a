#pragma once
// Long audit work (an export, a chain check) on a thread of its own, so the window keeps painting and the
// progress dialog's Cancel answers. The thread opens its own connection to the same database (a connection
// belongs to the thread that opened it) and closes it when the work ends. Progress and the outcome arrive
// as signals on the thread that created the job.

#include "Result.h"
#include "data/DbUrl.h"

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace bcp {
class Database;
}

namespace bcp::ui {

class AuditJob : public QObject {
    Q_OBJECT
public:
    // Rows done and in all; returns false once the job was cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Runs on the job's thread; returns the message to show when it succeeded.
    using Work = std::function<Result<QString>(Database &db, const Progress &progress)>;

    AuditJob(DbUrl url, QString password, Work work, QObject *parent = nullptr);
    // Cancels the work and waits for its thread.
    ~AuditJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool isCancelled() const { return m_cancelled.load(); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &message);

private:
    void run();

    DbUrl m_url;
    QString m_password;
    Work m_work;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    // Written by the job's thread before it ends, read after QThread::finished.
    bool m_ok = false;
    QString m_message;
};

} // namespace bcp::ui
