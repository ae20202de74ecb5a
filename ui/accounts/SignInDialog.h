#pragma once
// Signing in before the main window: user name and password, then (when the account uses two-factor) a
// second step in the same dialog for the 6-digit code or a backup code. The service's own words are shown
// for every refusal, so a wrong name and a wrong password read the same. When this computer lacks the shop key
// that the code is checked with, an owner or admin can enter it from the code step.

#include "services/AccountService.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace bcp::ui {

class MessageLabel;

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(AccountService &accounts, QWidget *parent = nullptr);

    // Valid after the dialog was accepted: the session and what must happen before the main window.
    const AccountService::SignIn &result() const { return m_result; }

    bool onCodeStep() const;

    // Offers `username` the next time the dialog opens (as after a successful sign-in), e.g. the owner just
    // created by the setup wizard.
    static void rememberUser(const QString &username);

    // Exposed for the offscreen tests, which sign in like a user.
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *verifyButton() const { return m_verify; }
    // Offered on the code step when this computer lacks the shop key and the user may install it.
    QPushButton *shopKeyButton() const { return m_shopKey; }
    QDialog *shopKeyDialog() const;
    MessageLabel *message() const { return m_message; }

private:
    void signIn();
    void verifyCode();
    void backToPassword();
    void showCodeStep();
    void finish(const AccountService::SignIn &result);
    void showRefusal(const Error &error);
    void openShopKey();

    AccountService &m_accounts;
    AccountService::SignIn m_result;
    AccountService::SignIn m_pending;
    QStackedWidget *m_steps;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLabel *m_codeIntro;
    QLineEdit *m_code;
    QPushButton *m_verify;
    QPushButton *m_shopKey;
    QPointer<QDialog> m_shopKeyDialog;
    QPushButton *m_back;
    QPushButton *m_cancel;
    MessageLabel *m_message;
};

} // namespace bcp::ui
