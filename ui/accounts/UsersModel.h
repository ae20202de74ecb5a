#pragma once
// The shop's users for the Users pane, as AccountService::listUsers returns them for the current filter
// (search, role and status are applied by the service, in SQL). A shop has tens of users, not millions, so
// the whole filtered list is held.

#include "services/AccountService.h"

#include <QAbstractTableModel>

namespace bcp {
class Clock;
}

namespace bcp::ui {

class UsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UsernameColumn,
        NameColumn,
        EmailColumn,
        RoleColumn,
        StatusColumn,
        TwoFactorColumn,
        LastSignInColumn,
        ColumnCount
    };
    enum DataRole { UserIdRole = Qt::UserRole + 1, LockedRole, DisabledRole };

    UsersModel(AccountService &accounts, const Session &session, const Clock &clock, QObject *parent = nullptr);

    // Reads the users again with the current filter; on failure the list is left as it was.
    Result<void> reload();
    Result<void> setFilter(const UserFilter &filter);
    const UserFilter &filter() const { return m_filter; }

    const UserInfo &userAt(int row) const { return m_users.at(row); }
    int rowOfUser(qint64 userId) const; // -1 when not listed
    bool isLocked(const UserInfo &user) const;
    QString statusText(const UserInfo &user) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AccountService &m_accounts;
    const Session &m_session;
    const Clock &m_clock;
    UserFilter m_filter;
    QList<UserInfo> m_users;
};

} // namespace bcp::ui
