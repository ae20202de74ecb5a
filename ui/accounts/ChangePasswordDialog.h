#pragma once
// Changing one's own password: current, new, repeat, with the strength meter. Also the forced change after an
// administrator's reset, which must be done before the main window opens.

#include "services/Session.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace bcp {
class AccountService;
}

namespace bcp::ui {

class MessageLabel;
class PasswordStrengthMeter;

class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Reason { OwnChoice, ResetByAdministrator };

    ChangePasswordDialog(AccountService &accounts, const Session &session, Reason reason, QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *changeButton() const { return m_change; }
    MessageLabel *message() const { return m_message; }
    PasswordStrengthMeter *strengthMeter() const { return m_meter; }

private:
    void change();

    AccountService &m_accounts;
    Session m_session;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    PasswordStrengthMeter *m_meter;
    MessageLabel *m_message;
    QPushButton *m_change;
};

} // namespace bcp::ui
