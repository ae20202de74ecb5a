#include "services/Permissions.h"

#include "data/Database.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/Session.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

namespace bcp {

namespace {

const std::vector<std::pair<QString, const char *>> &descriptions() {
    static const std::vector<std::pair<QString, const char *>> table = {
        {perm::CostingUse, QT_TRANSLATE_NOOP("Permissions", "use the box calculator")},
        {perm::MastersView, QT_TRANSLATE_NOOP("Permissions", "view paper and costing masters")},
        {perm::MastersEdit, QT_TRANSLATE_NOOP("Permissions", "edit paper and costing masters")},
        {perm::PartiesView, QT_TRANSLATE_NOOP("Permissions", "view parties")},
        {perm::PartiesEdit, QT_TRANSLATE_NOOP("Permissions", "add and edit parties")},
        {perm::QuotesView, QT_TRANSLATE_NOOP("Permissions", "view quotes")},
        {perm::QuotesEdit, QT_TRANSLATE_NOOP("Permissions", "create and edit quotes")},
        {perm::InvoicesView, QT_TRANSLATE_NOOP("Permissions", "view invoices")},
        {perm::InvoicesEdit, QT_TRANSLATE_NOOP("Permissions", "create and edit draft invoices")},
        {perm::InvoicesFinalize, QT_TRANSLATE_NOOP("Permissions", "finalise and cancel invoices")},
        {perm::ReportsView, QT_TRANSLATE_NOOP("Permissions", "view reports")},
        {perm::UsersView, QT_TRANSLATE_NOOP("Permissions", "view users")},
        {perm::UsersManage, QT_TRANSLATE_NOOP("Permissions", "manage users")},
        {perm::AuditView, QT_TRANSLATE_NOOP("Permissions", "view the audit log")},
        {perm::AuditExport, QT_TRANSLATE_NOOP("Permissions", "export the audit log")},
        {perm::SettingsEdit, QT_TRANSLATE_NOOP("Permissions", "edit the company profile and settings")},
        {perm::TicketsView, QT_TRANSLATE_NOOP("Permissions", "view support tickets")},
        {perm::TicketsEdit, QT_TRANSLATE_NOOP("Permissions", "create and answer support tickets")},
        {perm::SubscriptionView, QT_TRANSLATE_NOOP("Permissions", "view the subscription of the shop")},
        {perm::SubscriptionManage, QT_TRANSLATE_NOOP("Permissions", "apply coupons to the subscription of the shop")},
        {perm::PlatformTenants, QT_TRANSLATE_NOOP("Permissions", "manage shops (tenants)")},
        {perm::PlatformPlans, QT_TRANSLATE_NOOP("Permissions", "manage plans and features")},
        {perm::PlatformSubscriptions, QT_TRANSLATE_NOOP("Permissions", "manage subscriptions")},
        {perm::PlatformCoupons, QT_TRANSLATE_NOOP("Permissions", "manage coupons")},
        {perm::PlatformAudit, QT_TRANSLATE_NOOP("Permissions", "view the platform audit log")},
        {perm::SupportAgent, QT_TRANSLATE_NOOP("Permissions", "work on support tickets as an agent")},
        {perm::SupportManage, QT_TRANSLATE_NOOP("Permissions", "manage support agents and SLA rules")},
    };
    return table;
}

} // namespace

QStringList perm::all() {
    QStringList names;
    for (const auto &[name, text] : descriptions())
        names << name;
    return names;
}

QString perm::describe(const QString &permission) {
    for (const auto &[name, text] : descriptions()) {
        if (name == permission)
            return QCoreApplication::translate("Permissions", text);
    }
    return permission;
}

QStringList role::shopRoles() {
    return {Owner, Admin, Staff, Viewer};
}

QStringList role::platformRoles() {
    return {SuperAdmin, SupportAgent, SupportManager, Marketing, Finance};
}

bool role::isPlatform(const QString &name) {
    return platformRoles().contains(name);
}

QString role::displayName(const QString &name) {
    static const std::pair<QString, const char *> names[] = {
        {Owner, QT_TRANSLATE_NOOP("Roles", "Owner")},
        {Admin, QT_TRANSLATE_NOOP("Roles", "Admin")},
        {Staff, QT_TRANSLATE_NOOP("Roles", "Staff")},
        {Viewer, QT_TRANSLATE_NOOP("Roles", "Viewer")},
        {SuperAdmin, QT_TRANSLATE_NOOP("Roles", "Super admin")},
        {SupportAgent, QT_TRANSLATE_NOOP("Roles", "Support agent")},
        {SupportManager, QT_TRANSLATE_NOOP("Roles", "Support manager")},
        {Marketing, QT_TRANSLATE_NOOP("Roles", "Marketing")},
        {Finance, QT_TRANSLATE_NOOP("Roles", "Finance")},
    };
    for (const auto &[key, text] : names) {
        if (key == name)
            return QCoreApplication::translate("Roles", text);
    }
    return name;
}

Result<void> requirePermission(Database &db, const Session &session, const QString &permission) {
    return requirePermission(db, session, permission, Clock::system());
}

Result<void> requirePermission(Database &db, const Session &session, const QString &permission, const Clock &clock) {
    if (session.can(permission))
        return {};
    const QString message = QCoreApplication::translate("Permissions", "Your role (%1) may not %2.")
                                .arg(role::displayName(session.role), perm::describe(permission));
    auto audited = db.write([&](Database &tx) -> Result<bool> {
        AuditEvent event;
        event.action = QStringLiteral("permission.denied");
        event.entityType = QStringLiteral("permission");
        event.entityId = permission;
        event.result = QStringLiteral("denied");
        AuditLog::append(tx, session, event, clock.nowUtc());
        return true;
    });
    if (!audited)
        return audited.error();
    return Error::denied(message);
}

} // namespace bcp
