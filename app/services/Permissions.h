#pragma once
// Permissions are data: migration 0003 seeds the role -> permission table; services check a permission
// before every action that reads or changes business data. Screens hide what a role may not do, but the
// service check is the one that counts, and a refusal is audited.

#include "Result.h"

#include <QStringList>

namespace bcp {

class Clock;
class Database;
struct Session;

namespace perm {
// Shop permissions.
inline const QString CostingUse = QStringLiteral("costing.use");
inline const QString MastersView = QStringLiteral("masters.view");
inline const QString MastersEdit = QStringLiteral("masters.edit");
inline const QString PartiesView = QStringLiteral("parties.view");
inline const QString PartiesEdit = QStringLiteral("parties.edit");
inline const QString QuotesView = QStringLiteral("quotes.view");
inline const QString QuotesEdit = QStringLiteral("quotes.edit");
inline const QString InvoicesView = QStringLiteral("invoices.view");
inline const QString InvoicesEdit = QStringLiteral("invoices.edit");
inline const QString InvoicesFinalize = QStringLiteral("invoices.finalize");
inline const QString ReportsView = QStringLiteral("reports.view");
inline const QString UsersView = QStringLiteral("users.view");
inline const QString UsersManage = QStringLiteral("users.manage");
inline const QString AuditView = QStringLiteral("audit.view");
inline const QString AuditExport = QStringLiteral("audit.export");
inline const QString SettingsEdit = QStringLiteral("settings.edit");
inline const QString TicketsView = QStringLiteral("tickets.view");
inline const QString TicketsEdit = QStringLiteral("tickets.edit");
inline const QString SubscriptionView = QStringLiteral("subscription.view");
inline const QString SubscriptionManage = QStringLiteral("subscription.manage");
// Platform (vendor staff) permissions.
inline const QString PlatformTenants = QStringLiteral("platform.tenants");
inline const QString PlatformPlans = QStringLiteral("platform.plans");
inline const QString PlatformSubscriptions = QStringLiteral("platform.subscriptions");
inline const QString PlatformCoupons = QStringLiteral("platform.coupons");
inline const QString PlatformAudit = QStringLiteral("platform.audit");
inline const QString SupportAgent = QStringLiteral("support.agent");
inline const QString SupportManage = QStringLiteral("support.manage");

// Every permission the services check, for the completeness test against the seeded table.
QStringList all();
// "edit paper and costing masters": used in refusal messages.
QString describe(const QString &permission);
} // namespace perm

namespace role {
inline const QString Owner = QStringLiteral("owner");
inline const QString Admin = QStringLiteral("admin");
inline const QString Staff = QStringLiteral("staff");
inline const QString Viewer = QStringLiteral("viewer");
inline const QString SuperAdmin = QStringLiteral("super_admin");
inline const QString SupportAgent = QStringLiteral("support_agent");
inline const QString SupportManager = QStringLiteral("support_manager");
inline const QString Marketing = QStringLiteral("marketing");
inline const QString Finance = QStringLiteral("finance");

QStringList shopRoles();
QStringList platformRoles();
bool isPlatform(const QString &role);
QString displayName(const QString &role);
} // namespace role

// Ok when the session may do `permission`. Otherwise writes a `permission.denied` audit row in its own
// transaction and returns Error::Denied with a message naming what was refused.
Result<void> requirePermission(Database &db, const Session &session, const QString &permission);
Result<void> requirePermission(Database &db, const Session &session, const QString &permission, const Clock &clock);

} // namespace bcp
