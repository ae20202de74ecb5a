#pragma once
// The shop key (ShopKeyService): says whether this computer holds it, shows it as grouped text on a computer
// that has it, and installs it on one that does not. Opened from the Users pane, and from the sign-in dialog
// when a two-factor code cannot be checked because the key is missing here.

#include "services/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bcp {
class AccountService;
}

namespace bcp::ui {

class MessageLabel;

class ShopKeyDialog : public QDialog {
    Q_OBJECT
public:
    ShopKeyDialog(AccountService &accounts, const Session &session, QWidget *parent = nullptr);

    void showKey();
    void install();

    QLabel *stateLabel() const { return m_state; }
    QPushButton *showButton() const { return m_show; }
    QLabel *keyLabel() const { return m_key; }
    QPushButton *copyButton() const { return m_copy; }
    QLineEdit *keyEdit() const { return m_edit; }
    QPushButton *installButton() const { return m_install; }
    MessageLabel *message() const { return m_message; }

Q_SIGNALS:
    // The right key was saved on this computer.
    void installed();

private:
    void refreshState();

    AccountService &m_accounts;
    Session m_session;
    QLabel *m_state;
    QPushButton *m_show;
    QLabel *m_key;
    QPushButton *m_copy;
    QLineEdit *m_edit;
    QPushButton *m_install;
    MessageLabel *m_message;
};

} // namespace bcp::ui
