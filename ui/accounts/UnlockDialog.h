#pragma once
// Asked over the locked main window after the idle timeout: the signed-in user's password, checked by
// AccountService::unlockSession. There is no way around it except the right password.

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
    MessageLabel *message() const { return m_message; }

private:
    void unlock();

    AccountService &m_accounts;
    Session m_session;
    QLineEdit *m_password;
    QPushButton *m_unlock;
    MessageLabel *m_message;
};

} // namespace bcp::ui
