#pragma once
// The Users pane (users.manage): the shop's users with search and role/status filters, and what an owner or
// admin does offline on a local database: add, edit, disable/enable, reset password, unlock, reset two-factor,
// change role, the shop's "require two-factor" setting and the shop key. The service checks every action; its refusals
// (own role, last owner…) are shown in the pane's message line.
//
// Dialogs open window-modal without blocking (open()), so the pane stays responsive and tests can drive
// whichever dialog is current.

#include "services/Session.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bcp {
class AccountService;
class Clock;
struct UserInfo;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;
class UsersModel;

class UsersPane : public QWidget {
    Q_OBJECT
public:
    UsersPane(AccountService &accounts, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    UsersPane(AccountService &accounts, const Session &session, QWidget *parent = nullptr);

    // Reads the list again (keeping the selected user selected).
    void reload();
    // Applies the search box and filters now instead of after the typing pause.
    void applyFilter();

    void addUser();
    void editUser();
    void toggleDisabled();
    void resetPassword();
    void unlockUser();
    void resetTwoFactor();
    void changeRole();
    // The shop key dialog: show the key here, or install it from another computer.
    void openShopKey();

    // Selects the row of `userId`; false when it is not in the (filtered) list.
    bool selectUser(qint64 userId);

    // Exposed for the offscreen tests.
    UsersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *roleFilter() const { return m_roleFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *disableButton() const { return m_disable; }
    QPushButton *resetPasswordButton() const { return m_resetPassword; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *resetTwoFactorButton() const { return m_resetTotp; }
    QPushButton *changeRoleButton() const { return m_changeRole; }
    QCheckBox *requireTwoFactorCheck() const { return m_require2fa; }
    QPushButton *shopKeyButton() const { return m_shopKey; }
    MessageLabel *message() const { return m_message; }
    QDialog *currentDialog() const;

private:
    void build();
    const UserInfo *selectedUser() const;
    void updateActions();
    void updateCount();
    void setRequireTwoFactor(bool required);
    void loadRequireTwoFactor();
    void showDialog(QDialog *dialog);
    void afterChange(qint64 userId, const QString &success);
    void showRefusal(const QString &message);

    AccountService &m_accounts;
    Session m_session;
    UsersModel *m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTimer *m_searchDelay = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_resetPassword = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_resetTotp = nullptr;
    QPushButton *m_changeRole = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_require2fa = nullptr;
    QPushButton *m_shopKey = nullptr;
    MessageLabel *m_message = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace bcp::ui
