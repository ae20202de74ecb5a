#include "accounts/UsersModel.h"

#include "services/Clock.h"
#include "services/Permissions.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bcp::ui {

UsersModel::UsersModel(AccountService &accounts, const Session &session, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_accounts(accounts), m_session(session), m_clock(clock) {}

Result<void> UsersModel::reload() {
    auto users = m_accounts.listUsers(m_session, m_filter);
    if (!users)
        return users.error();
    beginResetModel();
    m_users = std::move(users).value();
    endResetModel();
    return {};
}

Result<void> UsersModel::setFilter(const UserFilter &filter) {
    m_filter = filter;
    return reload();
}

int UsersModel::rowOfUser(qint64 userId) const {
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return row;
    }
    return -1;
}

bool UsersModel::isLocked(const UserInfo &user) const {
    return user.lockedAt(m_clock.nowUtc());
}

QString UsersModel::statusText(const UserInfo &user) const {
    if (user.status == QLatin1String("disabled"))
        return tr("Disabled");
    if (isLocked(user))
        return tr("Locked until %1").arg(user.lockedUntil.toLocalTime().time().toString(QStringLiteral("HH:mm")));
    return tr("Active");
}

int UsersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int itemRole) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserInfo &user = m_users.at(index.row());
    const bool disabled = user.status == QLatin1String("disabled");
    switch (itemRole) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UsernameColumn:
            return user.username;
        case NameColumn:
            return user.displayName;
        case EmailColumn:
            return user.email;
        case RoleColumn:
            return role::displayName(user.role);
        case StatusColumn:
            return statusText(user);
        case TwoFactorColumn:
            return user.totpEnabled ? tr("On") : tr("Off");
        case LastSignInColumn:
            return user.lastSignIn.isValid()
                       ? QLocale().toString(user.lastSignIn.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"))
                       : tr("Never");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && isLocked(user))
            return tr("Locked after too many failed sign-ins. It unlocks by itself at %1, or use Unlock.")
                .arg(QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == UsernameColumn && user.mustChangePassword)
            return tr("Must choose a new password at the next sign-in.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && isLocked(user) && !disabled)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (disabled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case UserIdRole:
        return user.id;
    case LockedRole:
        return isLocked(user);
    case DisabledRole:
        return disabled;
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("User name");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case TwoFactorColumn:
        return tr("Two-factor");
    case LastSignInColumn:
        return tr("Last sign-in");
    default:
        return {};
    }
}

} // namespace bcp::ui
