#pragma once
// What a shop and each of its users may use (PLATFORM.md "Plans, subscriptions, entitlements, coupons").
// The entitlement for a feature is the user's override, else the shop's override, else the plan of the
// shop's subscription; expired overrides are ignored. The plan is the subscription's version while it is
// in TRIAL, ACTIVE or PAST_DUE; an EXPIRED or CANCELLED shop falls back to the Free plan; a SUSPENDED shop
// may use nothing until the vendor reactivates it.
//
// Quota usage is counted from real rows: quotes created in the current period (the subscription period,
// or the calendar month when today is outside it), active users, invoice layouts and e-mails sent in the
// period. The services call require() inside their own transaction before creating what a quota counts,
// so the Nth quote of a quota of N is allowed and the N+1st is refused with a message naming the plan,
// the quota and what would allow it.
//
// Permissions: a shop reads its own entitlements with subscription.view; overrides need
// platform.subscriptions (reading and setting, with a reason of at least 10 characters and an expiry at
// most 365 days ahead).

#include "Result.h"
#include "services/PlanTypes.h"

namespace bcp {

class Clock;
class Database;
struct Session;

class EntitlementService {
public:
    static constexpr int kMinReason = 10;
    static constexpr int kMaxOverrideDays = 365;

    explicit EntitlementService(Database &db);
    EntitlementService(Database &db, const Clock &clock);

    // Inside the caller's write transaction: Ok when the session's shop may use `featureKey` now and, for a
    // feature with a quota, when one more unit still fits. Otherwise Error::denied saying which plan or
    // quota blocks and what would allow it. Platform staff (tenant 0) are never limited.
    static Result<void> require(Database &tx, const Session &session, const QString &featureKey, const QDateTime &now);
    // The entitlement of `userId` (0: the shop as a whole) inside an open transaction.
    static Result<Entitlement> resolve(Database &tx, qint64 tenantId, qint64 userId, const QString &featureKey,
                                       const QDateTime &now);
    // Rows counted now for a feature's quota (0 for a feature without one).
    static qint64 countUsage(Database &tx, qint64 tenantId, const QString &featureKey, const QDate &periodStart,
                             const QDate &periodEnd);

    // ---- The shop's own view (subscription.view) -----------------------------------------------------
    Result<QList<Entitlement>> entitlements(const Session &session);
    Result<QList<QuotaUsage>> usage(const Session &session);
    // Plan, period, usage per quota and features: the Subscription page in one read.
    Result<ShopSubscription> overview(const Session &session);

    // ---- The vendor's view (platform.subscriptions) ----------------------------------------------------
    // Every feature's entitlement for a shop (userId 0) or one of its users.
    Result<QList<Entitlement>> entitlementsFor(const Session &session, qint64 tenantId, qint64 userId = 0);
    Result<QList<QuotaUsage>> usageFor(const Session &session, qint64 tenantId);
    // Overrides of a shop, newest first; expired ones too when `includeExpired`.
    Result<QList<EntitlementOverride>> overrides(const Session &session, qint64 tenantId, bool includeExpired = false);
    // Adds an override, replacing an earlier one for the same shop, user and feature.
    Result<EntitlementOverride> setOverride(const Session &session, const OverrideInput &input);
    Result<void> removeOverride(const Session &session, qint64 overrideId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
