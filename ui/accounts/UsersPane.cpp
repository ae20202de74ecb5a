#include "accounts/UsersPane.h"

#include "accounts/MessageLabel.h"
#include "accounts/ResetPasswordDialog.h"
#include "accounts/ShopKeyDialog.h"
#include "accounts/UserDialog.h"
#include "accounts/UsersModel.h"
#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "services/AccountService.h"
#include "services/Clock.h"
#include "services/Permissions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

constexpr int kSearchPauseMs = 250;

} // namespace

QDialog *UsersPane::currentDialog() const {
    return m_dialog;
}

UsersPane::UsersPane(AccountService &accounts, const Session &session, QWidget *parent)
    : UsersPane(accounts, session, Clock::system(), parent) {}

UsersPane::UsersPane(AccountService &accounts, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_accounts(accounts), m_session(session),
      m_model(new UsersModel(accounts, m_session, clock, this)) {
    build();
    reload();
    loadRequireTwoFactor();
}

void UsersPane::build() {
    setObjectName(QStringLiteral("usersPane"));

    auto *title = makePaneTitle(tr("Users"), this);
    auto *subtitle =
        makePaneSubtitle(tr("Everyone who can sign in to this shop, their role and how they sign in."), this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search name, user name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_roleFilter = new QComboBox(this);
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->addItem(tr("All roles"), QString());
    for (const QString &r : m_session.isPlatform() ? role::platformRoles() : role::shopRoles())
        m_roleFilter->addItem(role::displayName(r), r);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    m_statusFilter->addItem(tr("Active"), QStringLiteral("active"));
    m_statusFilter->addItem(tr("Disabled"), QStringLiteral("disabled"));
    m_statusFilter->addItem(tr("Locked"), QStringLiteral("locked"));
    m_add = new QPushButton(tr("&New user…"), this);
    m_add->setObjectName(QStringLiteral("addUser"));
    m_add->setDefault(false);
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Add a user who can sign in to this shop (Ctrl+N)"));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_roleFilter);
    filters->addWidget(m_statusFilter);
    filters->addStretch(1);
    filters->addWidget(m_add);

    m_edit = new QPushButton(tr("&Edit…"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    m_resetPassword = new QPushButton(tr("Reset &password…"), this);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_resetTotp = new QPushButton(tr("Reset t&wo-factor…"), this);
    m_changeRole = new QPushButton(tr("Change &role…"), this);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    for (QPushButton *button : {m_edit, m_disable, m_resetPassword, m_unlock, m_resetTotp, m_changeRole}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_model);
    setUpRowList(m_view, RowSelection::Single, 12);
    m_view->setShowGrid(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(UsersModel::UsernameColumn, 9 * em);
    m_view->setColumnWidth(UsersModel::NameColumn, 12 * em);
    m_view->setColumnWidth(UsersModel::EmailColumn, 16 * em);
    m_view->setColumnWidth(UsersModel::RoleColumn, 6 * em);
    m_view->setColumnWidth(UsersModel::StatusColumn, 11 * em);
    m_view->setColumnWidth(UsersModel::TwoFactorColumn, 6 * em);

    m_count = new QLabel(this);
    dimText(m_count);
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));

    auto *security = new QGroupBox(tr("Security"), this);
    m_require2fa = new QCheckBox(tr("Re&quire two-factor sign-in for owners and admins"), security);
    m_require2fa->setObjectName(QStringLiteral("requireTwoFactor"));
    auto *securityHint = new QLabel(tr("Owners and admins who have not set it up are asked to at their next "
                                       "sign-in."),
                                    security);
    dimText(securityHint);
    securityHint->setWordWrap(true);
    m_shopKey = new QPushButton(tr("Shop &key…"), security);
    m_shopKey->setObjectName(QStringLiteral("shopKeyButton"));
    auto *shopKeyHint = new QLabel(tr("Other computers on this shop's database need the shop key to check "
                                      "two-factor codes."),
                                   security);
    dimText(shopKeyHint);
    shopKeyHint->setWordWrap(true);
    auto *shopKeyRow = new QHBoxLayout;
    shopKeyRow->addWidget(m_shopKey);
    shopKeyRow->addWidget(shopKeyHint, 1);
    auto *securityLayout = new QVBoxLayout(security);
    securityLayout->addWidget(m_require2fa);
    securityLayout->addWidget(securityHint);
    securityLayout->addLayout(shopKeyRow);
    m_shopKey->setVisible(m_session.can(perm::UsersManage));
    shopKeyHint->setVisible(m_session.can(perm::UsersManage));
    if (!m_session.can(perm::SettingsEdit)) {
        m_require2fa->setEnabled(false);
        m_require2fa->setToolTip(tr("Only a user who may edit the shop's settings can change this."));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_message);
    layout->addSpacing(4);
    layout->addWidget(security);

    m_searchDelay = makeSearchPause(m_search, kSearchPauseMs, this);
    connect(m_searchDelay, &QTimer::timeout, this, &UsersPane::applyFilter);
    connect(m_roleFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, &UsersPane::applyFilter);
    connect(m_statusFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, &UsersPane::applyFilter);
    connect(m_add, &QPushButton::clicked, this, &UsersPane::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPane::editUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersPane::toggleDisabled);
    connect(m_resetPassword, &QPushButton::clicked, this, &UsersPane::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPane::unlockUser);
    connect(m_resetTotp, &QPushButton::clicked, this, &UsersPane::resetTwoFactor);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPane::changeRole);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPane::editUser);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::updateActions);
    connect(m_require2fa, &QCheckBox::toggled, this, &UsersPane::setRequireTwoFactor);
    connect(m_shopKey, &QPushButton::clicked, this, &UsersPane::openShopKey);

    addSearchShortcut(this, m_search);
    connect(addPaneShortcut(this, QKeySequence::New), &QAction::triggered, this, &UsersPane::addUser);
    setTabOrder(m_search, m_roleFilter);
    setTabOrder(m_roleFilter, m_statusFilter);
    setTabOrder(m_statusFilter, m_add);
    setTabOrder(m_add, m_view);
}

void UsersPane::reload() {
    const UserInfo *current = selectedUser();
    const qint64 keep = current ? current->id : 0;
    auto loaded = m_model->reload();
    if (!loaded)
        showRefusal(loaded.error().message);
    if (keep)
        selectUser(keep);
    updateCount();
    updateActions();
}

void UsersPane::applyFilter() {
    m_searchDelay->stop();
    UserFilter filter;
    filter.text = m_search->text().trimmed();
    filter.role = m_roleFilter->currentData().toString();
    filter.status = m_statusFilter->currentData().toString();
    const UserInfo *current = selectedUser();
    const qint64 keep = current ? current->id : 0;
    auto applied = m_model->setFilter(filter);
    if (!applied)
        showRefusal(applied.error().message);
    if (keep)
        selectUser(keep);
    updateCount();
}

void UsersPane::updateCount() {
    const int rows = m_model->rowCount();
    m_count->setText(rows == 1 ? tr("1 user") : tr("%1 users").arg(rows));
}

bool UsersPane::selectUser(qint64 userId) {
    const int row = m_model->rowOfUser(userId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

const UserInfo *UsersPane::selectedUser() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->userAt(rows.first().row());
}

void UsersPane::updateActions() {
    const UserInfo *user = selectedUser();
    const bool any = user != nullptr;
    const bool self = any && user->id == m_session.userId;
    const bool disabled = any && user->status == QLatin1String("disabled");
    m_edit->setEnabled(any);
    m_disable->setEnabled(any && !self);
    m_disable->setText(disabled ? tr("Ena&ble") : tr("&Disable"));
    m_resetPassword->setEnabled(any && !self);
    m_unlock->setEnabled(any && m_model->isLocked(*user));
    m_resetTotp->setEnabled(any && user->totpEnabled);
    m_changeRole->setEnabled(any);
    const QString ownHint = self ? tr("Use the Account menu for your own account.") : QString();
    m_disable->setToolTip(ownHint);
    m_resetPassword->setToolTip(ownHint);
}

void UsersPane::showDialog(QDialog *dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void UsersPane::afterChange(qint64 userId, const QString &success) {
    reload();
    if (userId && !selectUser(userId)) {
        // The filter hides the changed user; show everyone so the change can be seen.
        m_search->clear();
        m_roleFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        applyFilter();
        selectUser(userId);
    }
    m_message->showSuccess(success);
}

void UsersPane::showRefusal(const QString &message) {
    m_message->showError(message);
}

void UsersPane::openShopKey() {
    showDialog(new ShopKeyDialog(m_accounts, m_session, this));
}

void UsersPane::addUser() {
    auto *dialog = new UserDialog(m_accounts, m_session, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        afterChange(dialog->userId(),
                    tr("Added %1. Give them the one-time password %2; they choose their own at the first sign-in.")
                        .arg(dialog->username(), dialog->oneTimePassword()));
    });
    showDialog(dialog);
}

void UsersPane::editUser() {
    const UserInfo *user = selectedUser();
    if (!user)
        return;
    auto *dialog = new UserDialog(m_accounts, m_session, *user, this);
    const qint64 id = user->id;
    const QString name = user->username;
    connect(dialog, &QDialog::accepted, this, [this, id, name] { afterChange(id, tr("Saved %1.").arg(name)); });
    showDialog(dialog);
}

void UsersPane::toggleDisabled() {
    const UserInfo *user = selectedUser();
    if (!user)
        return;
    const qint64 id = user->id;
    const QString name = user->username;
    if (user->status == QLatin1String("disabled")) {
        auto enabled = m_accounts.setDisabled(m_session, id, false);
        if (!enabled)
            return showRefusal(enabled.error().message);
        afterChange(id, tr("Enabled %1: they can sign in again.").arg(name));
        return;
    }
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Disable user"),
                                    tr("Disable %1? They can no longer sign in. Their quotes, invoices and history "
                                       "stay as they are.")
                                        .arg(name),
                                    QMessageBox::Cancel, this);
    QPushButton *yes = confirm->addButton(tr("&Disable"), QMessageBox::AcceptRole);
    confirm->setDefaultButton(yes);
    connect(confirm, &QMessageBox::accepted, this, [this, id, name] {
        auto disabled = m_accounts.setDisabled(m_session, id, true);
        if (!disabled)
            return showRefusal(disabled.error().message);
        afterChange(id, tr("Disabled %1.").arg(name));
    });
    showDialog(confirm);
}

void UsersPane::resetPassword() {
    const UserInfo *user = selectedUser();
    if (!user)
        return;
    auto *dialog = new ResetPasswordDialog(m_accounts, m_session, *user, this);
    const qint64 id = user->id;
    const QString name = user->username;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, name] {
        afterChange(id, tr("Reset the password of %1. Give them the one-time password %2; they must choose their "
                           "own at the next sign-in.")
                            .arg(name, dialog->oneTimePassword()));
    });
    showDialog(dialog);
}

void UsersPane::unlockUser() {
    const UserInfo *user = selectedUser();
    if (!user)
        return;
    const qint64 id = user->id;
    const QString name = user->username;
    auto unlocked = m_accounts.unlock(m_session, id);
    if (!unlocked)
        return showRefusal(unlocked.error().message);
    afterChange(id, tr("Unlocked %1: they can sign in again.").arg(name));
}

void UsersPane::resetTwoFactor() {
    const UserInfo *user = selectedUser();
    if (!user)
        return;
    const qint64 id = user->id;
    const QString name = user->username;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Reset two-factor sign-in"),
                                    tr("Reset two-factor sign-in for %1? Their authenticator app and backup codes "
                                       "stop working, and they sign in with their password until they set it up "
                                       "again.")
                                        .arg(name),
                                    QMessageBox::Cancel, this);
    QPushButton *yes = confirm->addButton(tr("&Reset two-factor"), QMessageBox::AcceptRole);
    confirm->setDefaultButton(yes);
    connect(confirm, &QMessageBox::accepted, this, [this, id, name] {
        auto reset = m_accounts.resetTotp(m_session, id);
        if (!reset)
            return showRefusal(reset.error().message);
        afterChange(id, tr("Two-factor sign-in of %1 was reset.").arg(name));
    });
    showDialog(confirm);
}

void UsersPane::changeRole() {
    const UserInfo *user = selectedUser();
    if (!user)
        return;
    const qint64 id = user->id;
    const QString name = user->username;
    QStringList names;
    const QStringList roles = m_session.isPlatform() ? role::platformRoles() : role::shopRoles();
    for (const QString &r : roles)
        names << role::displayName(r);
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Change role"));
    dialog->setLabelText(tr("New role for %1:").arg(name));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    dialog->setTextValue(role::displayName(user->role));
    dialog->setOkButtonText(tr("&Change role"));
    connect(dialog, &QInputDialog::accepted, this, [this, dialog, id, name, roles, names] {
        const int index = int(names.indexOf(dialog->textValue()));
        if (index < 0)
            return;
        auto changed = m_accounts.changeRole(m_session, id, roles.at(index));
        if (!changed)
            return showRefusal(changed.error().message);
        afterChange(id, tr("%1 is now %2.").arg(name, names.at(index)));
    });
    showDialog(dialog);
}

void UsersPane::loadRequireTwoFactor() {
    auto required = m_accounts.requiresTwoFactor(m_session);
    const QSignalBlocker block(m_require2fa);
    m_require2fa->setChecked(required.ok() && required.value());
}

void UsersPane::setRequireTwoFactor(bool required) {
    auto saved = m_accounts.setRequireTwoFactor(m_session, required);
    if (!saved) {
        loadRequireTwoFactor();
        showRefusal(saved.error().message);
        return;
    }
    m_message->showSuccess(required ? tr("Two-factor sign-in is now required for owners and admins.")
                                    : tr("Two-factor sign-in is no longer required."));
}

} // namespace bcp::ui
