#pragma once
// Locks the main window after a period without keyboard or mouse input (PLATFORM.md "Session": 30 minutes,
// with a warning 3 minutes before). Locking hides content instead of closing anything, so unsaved work stays:
// the main window shows its lock page, every other open window is covered, and an application-modal dialog
// asks for the password.
//
// Input is seen through an application-wide event filter. It only notes the time of the last input; a single
// timer compares that with the limits, so typing costs no timer restarts.

#include "services/Session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QLabel;
class QTimer;
class QWidget;

namespace bcp {
class AccountService;
}

namespace bcp::ui {

class MainWindow;
class UnlockDialog;

class IdleLock : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIdleMs = 30 * 60 * 1000;
    static constexpr int kDefaultWarnMs = 3 * 60 * 1000;

    IdleLock(MainWindow &window, AccountService &accounts, const Session &session, QObject *parent = nullptr);
    ~IdleLock() override;

    // Lock after `idleMs` without input, warning `warnMs` before that. Restarts the count.
    void setIdleTimeouts(int idleMs, int warnMs);
    int idleMs() const { return m_idleMs; }
    int warnMs() const { return m_warnMs; }

    void lockNow();
    bool isLocked() const { return m_locked; }
    bool isWarning() const { return m_warning; }

    UnlockDialog *unlockDialog() const;
    QLabel *warningLabel() const { return m_warningLabel; }

Q_SIGNALS:
    void warned();
    void locked();
    void unlocked();
    // The locked account cannot be unlocked (too many wrong passwords, or disabled) and the user chose to sign out.
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    void scheduleCheck();
    void noteActivity();
    void showWarning(qint64 msLeft);
    void clearWarning();
    void coverOtherWindows();
    void uncoverWindows();
    void unlock();

    MainWindow &m_window;
    AccountService &m_accounts;
    Session m_session;
    int m_idleMs = kDefaultIdleMs;
    int m_warnMs = kDefaultWarnMs;
    QElapsedTimer m_lastInput;
    QTimer *m_timer;
    QLabel *m_warningLabel;
    bool m_warning = false;
    bool m_locked = false;
    QPointer<UnlockDialog> m_dialog;
    QHash<QWidget *, QPointer<QWidget>> m_covers; // covered window -> its cover
};

} // namespace bcp::ui
