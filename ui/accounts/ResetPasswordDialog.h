#pragma once
// An administrator sets a one-time password for a user who forgot theirs. The user must choose a new one at
// the next sign-in; the reset also clears failed attempts and any lock.

#include "services/AccountService.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace bcp::ui {

class MessageLabel;
class PasswordStrengthMeter;

class ResetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(AccountService &accounts, const Session &session, const UserInfo &user,
                        QWidget *parent = nullptr);

    QString oneTimePassword() const;
    void accept() override;

    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *okButton() const { return m_ok; }
    MessageLabel *message() const { return m_message; }

private:
    AccountService &m_accounts;
    Session m_session;
    UserInfo m_user;
    QLineEdit *m_password;
    PasswordStrengthMeter *m_meter;
    MessageLabel *m_message;
    QPushButton *m_ok = nullptr;
};

} // namespace bcp::ui
