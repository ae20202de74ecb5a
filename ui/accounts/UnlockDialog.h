#pragma once
// Asked over the locked main window after the idle timeout: the signed-in user's password, checked by
// AccountService::unlockSession. There is no way around it except the right password. Wrong passwords count
// toward the account's lockout; once it is locked (or disabled) the dialog offers only to sign out.

#include "services/Session.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace bcp {
class AccountService;
}

namespace bcp::ui {

class MessageLabel;

class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    UnlockDialog(AccountService &accounts, const Session &session, QWidget *parent = nullptr);

    // Escape and the close button do nothing: the window stays locked until the password is given.
    void reject() override {}

    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *signOutButton() const { return m_signOut; }
    MessageLabel *message() const { return m_message; }
    // True once the account is locked or disabled: only signing out is left.
    bool signOutOnly() const;

Q_SIGNALS:
    void signOutRequested();

private:
    void unlock();
    void offerOnlySignOut(const QString &why);

    AccountService &m_accounts;
    Session m_session;
    QLineEdit *m_password;
    QPushButton *m_unlock;
    QPushButton *m_signOut;
    MessageLabel *m_message;
};

} // namespace bcp::ui
