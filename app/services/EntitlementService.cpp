#include "services/EntitlementService.h"

#include "data/Database.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/PlanService.h"
#include "services/Session.h"
#include "services/SubscriptionService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("EntitlementService", text);
}

QString shortDate(const QDate &d) {
    return d.toString(QStringLiteral("dd MMM yyyy"));
}

QString actorName(const Session &s) {
    return s.displayName.isEmpty() ? s.username : s.displayName;
}

QString quotaUnitOf(Database &tx, const QString &featureKey) {
    return tx.scalar(QStringLiteral("SELECT quota_unit FROM features WHERE feature_key = ?"), {featureKey}).toString();
}

// The plan version whose matrix applies: the subscription's while it runs, Free once it has ended.
Result<PlanVersion> effectivePlan(Database &tx, const Subscription &s) {
    if (s.status == SubscriptionStatus::Expired || s.status == SubscriptionStatus::Cancelled) {
        auto free = PlanService::loadPlanByCode(tx, QStringLiteral("free"));
        if (!free)
            return free.error();
        return free->current;
    }
    return PlanService::loadVersion(tx, s.planVersionId);
}

struct SubscriptionInForce {
    Subscription subscription;
    PlanVersion plan; // effectivePlan() of the subscription
};

Result<SubscriptionInForce> subscriptionInForce(Database &tx, qint64 tenantId, const QDateTime &now) {
    auto sub = SubscriptionService::loadForTenant(tx, tenantId, now);
    if (!sub)
        return sub.error();
    auto plan = effectivePlan(tx, sub.value());
    if (!plan)
        return plan.error();
    return SubscriptionInForce{sub.value(), plan.value()};
}

// The read-only views: `permission` checked first (refusals are audited), then `view` of the tenant's
// subscription and plan in force, all in one read transaction.
template <class T, class F>
Result<T> viewInForce(Database &db, const Clock &clock, const Session &session, const QString &permission,
                      qint64 tenantId, F &&view) {
    if (auto allowed = requirePermission(db, session, permission, clock); !allowed)
        return allowed.error();
    const QDateTime now = clock.nowUtc();
    return db.read([&](Database &tx) -> Result<T> {
        auto inForce = subscriptionInForce(tx, tenantId, now);
        if (!inForce)
            return inForce.error();
        return view(tx, inForce.value(), now);
    });
}

// The period a monthly quota counts: the subscription's current period, or the calendar month when today
// is outside it (a lapsed subscription on the Free plan).
std::pair<QDate, QDate> quotaPeriod(const Subscription &s, const QDate &today) {
    const bool running = s.status == SubscriptionStatus::Trial || s.status == SubscriptionStatus::Active;
    if (running && s.periodStart.isValid() && today >= s.periodStart && today < s.periodEnd)
        return {s.periodStart, s.periodEnd};
    const QDate first(today.year(), today.month(), 1);
    return {first, first.addMonths(1)};
}

struct OverrideRow {
    bool found = false;
    bool enabled = false;
    qint64 quota = kUnlimited;
    QDateTime expiresAt;
};

OverrideRow activeOverride(Database &tx, qint64 tenantId, qint64 userId, const QString &featureKey,
                           const QDateTime &now) {
    OverrideRow o;
    QSqlQuery q =
        tx.exec(QStringLiteral(
                    "SELECT enabled, quota, expires_at FROM entitlement_overrides WHERE tenant_id = ? AND user_id = ? "
                    "AND feature_key = ? AND removed_at IS NULL AND expires_at > ? ORDER BY id DESC"),
                {tenantId, userId, featureKey, isoUtc(now)});
    if (q.next()) {
        o.found = true;
        o.enabled = q.value(0).toInt() != 0;
        o.quota = q.value(1).toLongLong();
        o.expiresAt = fromIsoUtc(q.value(2).toString());
    }
    return o;
}

Entitlement resolveWith(Database &tx, const Subscription &s, const PlanVersion &plan, qint64 userId,
                        const QString &featureKey, const QDateTime &now) {
    Entitlement e;
    e.featureKey = featureKey;
    e.planName = plan.name;
    // The user's own override first, then the shop's.
    QList<std::pair<qint64, QString>> levels;
    if (userId > 0)
        levels.append({userId, QStringLiteral("user")});
    levels.append({0, QStringLiteral("tenant")});
    for (const auto &[who, source] : levels) {
        const OverrideRow o = activeOverride(tx, s.tenantId, who, featureKey, now);
        if (o.found) {
            e.enabled = o.enabled;
            e.quota = o.enabled ? o.quota : 0;
            e.source = source;
            e.overrideExpiresAt = o.expiresAt;
            return e;
        }
    }
    e.source = QStringLiteral("plan");
    if (s.status == SubscriptionStatus::Suspended) {
        e.enabled = false;
        e.quota = 0;
        return e;
    }
    e.enabled = plan.allows(featureKey);
    e.quota = plan.quota(featureKey);
    return e;
}

// The cheapest plan above `current` that allows the feature with more than `needed - 1` units.
QString betterPlan(Database &tx, const QString &featureKey, qint64 needed, QString *allows = nullptr) {
    QSqlQuery q = tx.exec(
        QStringLiteral("SELECT v.name, pf.quota FROM plans p JOIN plan_versions v ON v.id = p.current_version_id "
                       "JOIN plan_features pf ON pf.plan_version_id = v.id AND pf.feature_key = ? "
                       "WHERE pf.enabled = 1 AND (pf.quota = -1 OR pf.quota >= ?) ORDER BY p.sort_order"),
        {featureKey, needed});
    if (!q.next())
        return {};
    if (allows)
        *allows = q.value(1).toLongLong() == kUnlimited ? tr("no limit") : QString::number(q.value(1).toLongLong());
    return q.value(0).toString();
}

QList<QuotaUsage> usageOf(Database &tx, const Subscription &s, const PlanVersion &plan, qint64 userId,
                          const QDateTime &now) {
    QList<QuotaUsage> out;
    const auto [start, end] = quotaPeriod(s, now.date());
    for (const FeatureInfo &f : PlanService::loadFeatures(tx)) {
        if (!f.hasQuota())
            continue;
        const Entitlement e = resolveWith(tx, s, plan, userId, f.key, now);
        QuotaUsage u;
        u.featureKey = f.key;
        u.label = quotaLabel(f.key);
        u.limit = e.enabled ? e.quota : 0;
        if (f.quotaUnit == QLatin1String("month")) {
            u.periodStart = start;
            u.periodEnd = end;
        }
        u.used = EntitlementService::countUsage(tx, s.tenantId, f.key, start, end);
        out << u;
    }
    return out;
}

QList<Entitlement> entitlementsOf(Database &tx, const Subscription &s, const PlanVersion &plan, qint64 userId,
                                  const QDateTime &now) {
    QList<Entitlement> out;
    for (const FeatureInfo &f : PlanService::loadFeatures(tx))
        out << resolveWith(tx, s, plan, userId, f.key, now);
    return out;
}

Result<void> checkTenantUser(Database &tx, qint64 tenantId, qint64 userId) {
    if (!tx.scalar(QStringLiteral("SELECT id FROM tenants WHERE id = ?"), {tenantId}).isValid())
        return Error::notFound(tr("There is no such shop."));
    if (userId > 0 &&
        !tx.scalar(QStringLiteral("SELECT id FROM users WHERE id = ? AND tenant_id = ?"), {userId, tenantId}).isValid())
        return Error::invalid(QStringLiteral("user"), tr("the user does not belong to this shop"));
    return {};
}

} // namespace

EntitlementService::EntitlementService(Database &db) : EntitlementService(db, Clock::system()) {}

EntitlementService::EntitlementService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

qint64 EntitlementService::countUsage(Database &tx, qint64 tenantId, const QString &featureKey,
                                      const QDate &periodStart, const QDate &periodEnd) {
    const QString from = isoUtc(QDateTime(periodStart, QTime(0, 0), QTimeZone::utc()));
    const QString to = isoUtc(QDateTime(periodEnd, QTime(0, 0), QTimeZone::utc()));
    if (featureKey == feature::Quotes)
        return tx
            .scalar(QStringLiteral(
                        "SELECT count(*) FROM quotes WHERE tenant_id = ? AND created_at >= ? AND created_at < ?"),
                    {tenantId, from, to})
            .toLongLong();
    if (featureKey == feature::Users)
        return tx
            .scalar(QStringLiteral("SELECT count(*) FROM users WHERE tenant_id = ? AND status = 'active'"), {tenantId})
            .toLongLong();
    if (featureKey == feature::Email)
        // Every e-mail sent is audited; the audit rows are the record of what was sent.
        return tx
            .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE tenant_id = ? AND action = 'email.sent' "
                                   "AND at >= ? AND at < ?"),
                    {tenantId, from, to})
            .toLongLong();
    if (featureKey == feature::InvoiceLayouts)
        return tx
            .scalar(QStringLiteral("SELECT count(*) FROM settings WHERE tenant_id = ? AND key LIKE 'invoice.layout.%'"),
                    {tenantId})
            .toLongLong();
    return 0;
}

Result<Entitlement> EntitlementService::resolve(Database &tx, qint64 tenantId, qint64 userId, const QString &featureKey,
                                                const QDateTime &now) {
    auto inForce = subscriptionInForce(tx, tenantId, now);
    if (!inForce)
        return inForce.error();
    return resolveWith(tx, inForce->subscription, inForce->plan, userId, featureKey, now);
}

Result<void> EntitlementService::require(Database &tx, const Session &session, const QString &featureKey,
                                         const QDateTime &now) {
    if (session.isPlatform())
        return {};
    auto sub = SubscriptionService::loadForTenant(tx, session.tenantId, now);
    if (!sub)
        return sub.error();
    const Subscription &s = sub.value();
    const QString name = featureName(featureKey);
    if (s.status == SubscriptionStatus::Suspended)
        return Error::denied(
            tr("This shop's subscription is suspended, so %1 cannot be used. Ask BoxCostPro to reactivate it.")
                .arg(name));
    auto plan = effectivePlan(tx, s);
    if (!plan)
        return plan.error();
    const Entitlement e = resolveWith(tx, s, plan.value(), session.userId, featureKey, now);
    if (!e.enabled) {
        if (e.source != QLatin1String("plan"))
            return Error::denied(tr("%1 is switched off for %2 until %3.")
                                     .arg(name, e.source == QLatin1String("user") ? tr("your user") : tr("this shop"),
                                          shortDate(e.overrideExpiresAt.date())));
        const QString better = betterPlan(tx, featureKey, 1);
        const QString lapsed =
            plan->name != s.planName
                ? tr(" (the %1 subscription has %2)").arg(s.planName, subscriptionStatusName(s.status).toLower())
                : QString();
        return Error::denied(
            tr("%1 is not included in the %2 plan%3. %4")
                .arg(name, plan->name, lapsed,
                     better.isEmpty() ? tr("Ask BoxCostPro about it.") : tr("Upgrade to %1 to use it.").arg(better)));
    }
    const QString unit = quotaUnitOf(tx, featureKey);
    if (unit.isEmpty() || e.quota == kUnlimited)
        return {};
    // Desktops creating at once queue on the shop's row, so two of them cannot both take the last unit.
    // SQLite's write transaction is exclusive already.
    if (!tx.isSqlite())
        tx.exec(QStringLiteral("SELECT id FROM tenants WHERE id = ? FOR UPDATE"), {s.tenantId});
    const auto [start, end] = quotaPeriod(s, now.date());
    const qint64 used = countUsage(tx, s.tenantId, featureKey, start, end);
    if (used < e.quota)
        return {};
    QString allows;
    const QString better = betterPlan(tx, featureKey, used + 1, &allows);
    const QString source = e.source == QLatin1String("plan")
                               ? tr("on the %1 plan").arg(plan->name)
                               : tr("by an override until %1").arg(shortDate(e.overrideExpiresAt.date()));
    const QString next = better.isEmpty() ? QString() : tr(" Upgrade to %1 (limit %2).").arg(better, allows);
    if (unit == QLatin1String("month"))
        return Error::denied(
            tr("The limit for %2 is %3 %1; this shop has used %4 from %5 to %6.%7 Or wait for the next "
               "period, from %8.")
                .arg(source, quotaLabel(featureKey))
                .arg(e.quota)
                .arg(used)
                .arg(shortDate(start), shortDate(end.addDays(-1)), next, shortDate(end)));
    return Error::denied(tr("The limit for %2 is %3 %1; this shop has %4 already.%5")
                             .arg(source, quotaLabel(featureKey))
                             .arg(e.quota)
                             .arg(used)
                             .arg(next));
}

Result<QList<Entitlement>> EntitlementService::entitlements(const Session &session) {
    return viewInForce<QList<Entitlement>>(m_db, m_clock, session, perm::SubscriptionView, session.tenantId,
                                           [&](Database &tx, const SubscriptionInForce &f, const QDateTime &now) {
                                               return entitlementsOf(tx, f.subscription, f.plan, session.userId, now);
                                           });
}

Result<QList<QuotaUsage>> EntitlementService::usage(const Session &session) {
    return viewInForce<QList<QuotaUsage>>(m_db, m_clock, session, perm::SubscriptionView, session.tenantId,
                                          [&](Database &tx, const SubscriptionInForce &f, const QDateTime &now) {
                                              return usageOf(tx, f.subscription, f.plan, 0, now);
                                          });
}

Result<ShopSubscription> EntitlementService::overview(const Session &session) {
    return viewInForce<ShopSubscription>(m_db, m_clock, session, perm::SubscriptionView, session.tenantId,
                                         [&](Database &tx, const SubscriptionInForce &f, const QDateTime &now) {
                                             ShopSubscription out;
                                             out.subscription = f.subscription;
                                             out.usage = usageOf(tx, f.subscription, f.plan, 0, now);
                                             out.entitlements =
                                                 entitlementsOf(tx, f.subscription, f.plan, session.userId, now);
                                             return out;
                                         });
}

Result<QList<Entitlement>> EntitlementService::entitlementsFor(const Session &session, qint64 tenantId, qint64 userId) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformSubscriptions, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) -> Result<QList<Entitlement>> {
        if (auto ok = checkTenantUser(tx, tenantId, userId); !ok)
            return ok.error();
        auto inForce = subscriptionInForce(tx, tenantId, now);
        if (!inForce)
            return inForce.error();
        return entitlementsOf(tx, inForce->subscription, inForce->plan, userId, now);
    });
}

Result<QList<QuotaUsage>> EntitlementService::usageFor(const Session &session, qint64 tenantId) {
    return viewInForce<QList<QuotaUsage>>(m_db, m_clock, session, perm::PlatformSubscriptions, tenantId,
                                          [&](Database &tx, const SubscriptionInForce &f, const QDateTime &now) {
                                              return usageOf(tx, f.subscription, f.plan, 0, now);
                                          });
}

Result<QList<EntitlementOverride>> EntitlementService::overrides(const Session &session, qint64 tenantId,
                                                                 bool includeExpired) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformSubscriptions, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) -> Result<QList<EntitlementOverride>> {
        QString sql = QStringLiteral(
            "SELECT o.id, o.tenant_id, o.user_id, COALESCE(u.username, ''), o.feature_key, o.enabled, o.quota, "
            "o.reason, o.expires_at, o.created_at, o.created_by_name FROM entitlement_overrides o "
            "LEFT JOIN users u ON u.id = o.user_id WHERE o.tenant_id = ? AND o.removed_at IS NULL");
        QVariantList values{tenantId};
        if (!includeExpired) {
            sql += QStringLiteral(" AND o.expires_at > ?");
            values << isoUtc(now);
        }
        sql += QStringLiteral(" ORDER BY o.id DESC");
        QList<EntitlementOverride> out;
        QSqlQuery q = tx.exec(sql, values);
        while (q.next()) {
            EntitlementOverride o;
            o.id = q.value(0).toLongLong();
            o.tenantId = q.value(1).toLongLong();
            o.userId = q.value(2).toLongLong();
            o.userName = q.value(3).toString();
            o.featureKey = q.value(4).toString();
            o.enabled = q.value(5).toInt() != 0;
            o.quota = q.value(6).toLongLong();
            o.reason = q.value(7).toString();
            o.expiresAt = fromIsoUtc(q.value(8).toString());
            o.createdAt = fromIsoUtc(q.value(9).toString());
            o.createdByName = q.value(10).toString();
            out << o;
        }
        return out;
    });
}

Result<EntitlementOverride> EntitlementService::setOverride(const Session &session, const OverrideInput &input) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformSubscriptions, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    const QString reason = input.reason.simplified();
    if (reason.size() < kMinReason)
        return Error::invalid(QStringLiteral("reason"),
                              tr("give the reason in at least %1 characters").arg(kMinReason));
    if (!input.expiresAt.isValid() || input.expiresAt <= now)
        return Error::invalid(QStringLiteral("expiresAt"), tr("choose when the override ends, after today"));
    if (input.expiresAt > now.addDays(kMaxOverrideDays))
        return Error::invalid(QStringLiteral("expiresAt"),
                              tr("an override lasts at most %1 days").arg(kMaxOverrideDays));
    if (input.quota < kUnlimited)
        return Error::invalid(QStringLiteral("quota"), tr("enter 0 or more, or leave it unlimited"));
    return m_db.write([&](Database &tx) -> Result<EntitlementOverride> {
        if (auto ok = checkTenantUser(tx, input.tenantId, input.userId); !ok)
            return ok.error();
        if (!tx.scalar(QStringLiteral("SELECT feature_key FROM features WHERE feature_key = ?"), {input.featureKey})
                 .isValid())
            return Error::invalid(QStringLiteral("feature"), tr("there is no feature %1").arg(input.featureKey));
        const bool hasQuota = !quotaUnitOf(tx, input.featureKey).isEmpty();
        EntitlementOverride o;
        o.tenantId = input.tenantId;
        o.userId = input.userId;
        o.featureKey = input.featureKey;
        o.enabled = input.enabled;
        o.quota = hasQuota ? input.quota : kUnlimited;
        o.reason = reason;
        o.expiresAt = input.expiresAt.toUTC();
        o.createdAt = now;
        o.createdByName = actorName(session);
        const int replaced =
            tx.exec(
                  QStringLiteral("UPDATE entitlement_overrides SET removed_at = ? WHERE tenant_id = ? AND user_id = ? "
                                 "AND feature_key = ? AND removed_at IS NULL"),
                  {isoUtc(now), o.tenantId, o.userId, o.featureKey})
                .numRowsAffected();
        o.id =
            tx.insert(QStringLiteral(
                          "INSERT INTO entitlement_overrides (tenant_id, user_id, feature_key, enabled, quota, reason, "
                          "expires_at, created_at, created_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {o.tenantId, o.userId, o.featureKey, o.enabled ? 1 : 0, o.quota, o.reason, isoUtc(o.expiresAt),
                       isoUtc(now), o.createdByName});
        if (o.userId > 0)
            o.userName = tx.scalar(QStringLiteral("SELECT username FROM users WHERE id = ?"), {o.userId}).toString();
        AuditLog::append(tx, session,
                         {QStringLiteral("entitlement.override"),
                          QStringLiteral("entitlement_override"),
                          QString::number(o.id),
                          {},
                          {{QStringLiteral("tenant"), QString::number(o.tenantId)},
                           {QStringLiteral("user"), QString::number(o.userId)},
                           {QStringLiteral("feature"), o.featureKey},
                           {QStringLiteral("enabled"), o.enabled},
                           {QStringLiteral("quota"), o.quota},
                           {QStringLiteral("reason"), o.reason},
                           {QStringLiteral("expiresAt"), isoUtc(o.expiresAt)},
                           {QStringLiteral("replaced"), replaced}}},
                         now);
        return o;
    });
}

Result<void> EntitlementService::removeOverride(const Session &session, qint64 overrideId) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformSubscriptions, m_clock); !allowed)
        return allowed;
    const QDateTime now = m_clock.nowUtc();
    auto removed = m_db.write([&](Database &tx) -> Result<bool> {
        QSqlQuery q =
            tx.exec(QStringLiteral(
                        "SELECT tenant_id, feature_key FROM entitlement_overrides WHERE id = ? AND removed_at IS NULL"),
                    {overrideId});
        if (!q.next())
            return Error::notFound(tr("There is no such override."));
        const QString tenant = q.value(0).toString();
        const QString featureKey = q.value(1).toString();
        tx.exec(QStringLiteral("UPDATE entitlement_overrides SET removed_at = ? WHERE id = ?"),
                {isoUtc(now), overrideId});
        AuditLog::append(tx, session,
                         {QStringLiteral("entitlement.override.remove"),
                          QStringLiteral("entitlement_override"),
                          QString::number(overrideId),
                          {{QStringLiteral("tenant"), tenant}, {QStringLiteral("feature"), featureKey}},
                          {{QStringLiteral("removed"), true}}},
                         now);
        return true;
    });
    if (!removed)
        return removed.error();
    return {};
}

} // namespace bcp
