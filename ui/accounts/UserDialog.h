#pragma once
// Adding a user (user name, name, e-mail, role and a one-time password they must change at first sign-in) or
// editing a user's name and e-mail. OK saves through AccountService; a refusal marks the field it names and
// the dialog stays open.

#include "services/AccountService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bcp::ui {

class MessageLabel;
class PasswordStrengthMeter;

class UserDialog : public QDialog {
    Q_OBJECT
public:
    // A new user.
    UserDialog(AccountService &accounts, const Session &session, QWidget *parent = nullptr);
    // An existing user's name and e-mail.
    UserDialog(AccountService &accounts, const Session &session, const UserInfo &user, QWidget *parent = nullptr);

    bool isNew() const { return m_user.id == 0; }
    qint64 userId() const { return m_user.id; } // the new user's id once added
    QString username() const;
    QString oneTimePassword() const;

    void accept() override;

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *roleCombo() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *okButton() const { return m_ok; }
    MessageLabel *message() const { return m_message; }

private:
    void build();
    void updateStrength();
    QWidget *widgetForField(const QString &field) const;

    AccountService &m_accounts;
    Session m_session;
    UserInfo m_user;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_generate = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace bcp::ui
