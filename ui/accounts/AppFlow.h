#pragma once
// From an open database to a signed-in main window: the setup wizard on an empty database, else sign-in
// (with its two-factor step), then a forced password change or two-factor enrolment when the account needs
// one, then the main window with the panes the user's role allows, the Account menu and the idle lock.
//
// Each step is a dialog opened without a nested event loop; step() and currentDialog() say where the flow is,
// so tests drive it exactly like a user.

#include "services/AccountService.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QDialog;

namespace bcp {
class Clock;
class Database;
class SecretStore;
} // namespace bcp

namespace bcp::ui {

class IdleLock;
class MainWindow;

class AppFlow : public QObject {
    Q_OBJECT
public:
    enum class Step { NotStarted, Setup, SignIn, ChangePassword, EnrolTotp, Running, Cancelled };
    Q_ENUM(Step)

    explicit AppFlow(Database &db, QObject *parent = nullptr);
    AppFlow(Database &db, const Clock &clock, SecretStore &secrets, QObject *parent = nullptr);
    ~AppFlow() override;

    // Shows the first step. The flow ends in mainWindowShown() or cancelled().
    void start();

    Step step() const { return m_step; }
    QDialog *currentDialog() const;
    MainWindow *mainWindow() const { return m_window.get(); }
    IdleLock *idleLock() const { return m_idle; }
    const Session &session() const { return m_session; }
    AccountService &accounts() { return *m_accounts; }

    // Account menu actions, also reachable from tests.
    void changeOwnPassword();
    void setUpTwoFactor();
    // Closes the main window (from the locked window, whose account can no longer be unlocked) and asks for a
    // sign-in again. Runs from the event loop, after the button that asked for it has returned.
    void signOut();

Q_SIGNALS:
    void stepChanged(bcp::ui::AppFlow::Step step);
    void mainWindowShown();
    void cancelled();

private:
    void setStep(Step step);
    void showDialog(QDialog *dialog);
    void showSetup();
    // Sample parties and quotes for a demo shop chosen in the setup wizard.
    void fillDemoShop();
    void showSignIn();
    void continueAfterSignIn();
    void showMainWindow();
    void addPanes();
    void addAccountMenu();
    void cancel();
    void closeMainWindow();
    QString userText() const;
    QString tenantText() const;

    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<AccountService> m_accounts;
    Step m_step = Step::NotStarted;
    AccountService::SignIn m_signIn;
    Session m_session;
    QString m_company; // the shop's name, for the status bar
    QPointer<QDialog> m_dialog;
    std::unique_ptr<MainWindow> m_window;
    IdleLock *m_idle = nullptr;
};

} // namespace bcp::ui
