#pragma once
// Shops' subscriptions (PLATFORM.md "Plans, subscriptions, entitlements, coupons"): TRIAL -> ACTIVE ->
// PAST_DUE -> EXPIRED, CANCELLED (now or at period end) and SUSPENDED. Only TRIAL, ACTIVE, CANCELLED,
// SUSPENDED and EXPIRED are ever stored; the status shown is derived from the stored one and the dates
// whenever a subscription is read (derive()):
//   TRIAL on or after trialEnd          -> EXPIRED (CANCELLED when cancelled at period end)
//   ACTIVE on or after periodEnd        -> PAST_DUE for kGraceDays, then EXPIRED (CANCELLED when cancelled
//                                          at period end); a plan priced 0 never lapses, its period rolls on
// Periods are one calendar month [periodStart, periodEnd); the paid period starts when a trial converts.
//
// A shop without a subscription row (every shop made before plans existed, or by `boxcost setup`) is on a
// trial of Pro for kImplicitTrialDays counted from the shop's creation, and on Free after it.
//
// Each charge (activation, renewal, upgrade) is a subscription invoice with its own gapless series SUB
// (SUB/{FY}/{seq:5}, per financial year, counted for the vendor), GST at kGstBasisPoints, and a PDF
// rendered by app/documents. A downgrade mid-period leaves a credit that the next invoice uses first; a
// coupon applied by the shop or by the vendor is redeemed at once (counted against its limits) and taken
// off the next activation or renewal invoice.
//
// Permissions: the vendor's staff need platform.subscriptions for everything here; a shop reads its own
// subscription and invoices with subscription.view and applies a coupon with subscription.manage. Every
// change writes one subscription event and one audit row in the same transaction.

#include "Result.h"
#include "services/PlanTypes.h"

#include <QByteArray>

#include <optional>

namespace bcp {

class Clock;
class Database;
struct Session;

// What an action did: the subscription after it, and the invoice it raised, if any.
struct SubscriptionChange {
    Subscription subscription;
    std::optional<SubscriptionCharge> charge;
    std::optional<ProrationPreview> proration; // for a plan change
};

class SubscriptionService {
public:
    static constexpr int kGraceDays = 7;
    static constexpr int kImplicitTrialDays = 14;
    static constexpr int kGstBasisPoints = 1800;
    static constexpr int kMinReason = 10;

    explicit SubscriptionService(Database &db);
    SubscriptionService(Database &db, const Clock &clock);

    // ---- Reading --------------------------------------------------------------------------------------
    // Every shop (with or without a subscription row), filtered, by tenant id, a page at a time.
    Result<SubscriptionPage> list(const Session &session, const SubscriptionQuery &query);
    // A shop's subscription: platform staff name any tenant; a shop reads its own (tenantId 0 = own).
    Result<Subscription> get(const Session &session, qint64 tenantId = 0);
    Result<QList<SubscriptionEvent>> events(const Session &session, qint64 tenantId = 0);
    Result<QList<SubscriptionCharge>> charges(const Session &session, qint64 tenantId = 0);
    Result<SubscriptionCharge> charge(const Session &session, qint64 chargeId);
    // The invoice as PDF bytes (A4, the documents renderer), for saving or printing.
    Result<QByteArray> invoicePdf(const Session &session, qint64 chargeId);

    // ---- Actions (platform.subscriptions) ---------------------------------------------------------------
    // `rowVersion` is the version the screen showed (0 for a shop without a row); a stale one is a
    // Conflict naming who changed the subscription and when. Absent skips the check.
    //
    // A trial of a plan with trial days, for a shop that is not in a trial or a paid period now.
    Result<SubscriptionChange> startTrial(const Session &session, qint64 tenantId, const QString &planCode,
                                          std::optional<int> rowVersion = std::nullopt);
    // Starts a paid period today: converts a trial (on its plan, or on `planCode` when given) or restarts
    // an expired or cancelled subscription. Raises the activation invoice (none for a plan priced 0).
    Result<SubscriptionChange> activate(const Session &session, qint64 tenantId, const QString &planCode = {},
                                        std::optional<int> rowVersion = std::nullopt);
    // The next period, from the current period's end (also while PAST_DUE), on the plan's newest version.
    Result<SubscriptionChange> renew(const Session &session, qint64 tenantId,
                                     std::optional<int> rowVersion = std::nullopt);
    // Now: CANCELLED at once. At period end: stays usable until periodEnd, then reads CANCELLED.
    Result<SubscriptionChange> cancel(const Session &session, qint64 tenantId, bool atPeriodEnd, const QString &reason,
                                      std::optional<int> rowVersion = std::nullopt);
    Result<SubscriptionChange> suspend(const Session &session, qint64 tenantId, const QString &reason,
                                       std::optional<int> rowVersion = std::nullopt);
    // Lifts a suspension (back to the status before it), or withdraws a cancellation at period end.
    Result<SubscriptionChange> reactivate(const Session &session, qint64 tenantId,
                                          std::optional<int> rowVersion = std::nullopt);
    // What moving to `planCode` would cost today, without changing anything.
    Result<ProrationPreview> previewChange(const Session &session, qint64 tenantId, const QString &planCode);
    // Upgrade or downgrade mid-period (a trial just switches plan): the subscription moves to the plan's
    // newest version; an upgrade raises an invoice for the proration less any credit, a downgrade adds the
    // proration to the credit.
    Result<SubscriptionChange> changePlan(const Session &session, qint64 tenantId, const QString &planCode,
                                          std::optional<int> rowVersion = std::nullopt);

    // Validates and redeems a coupon for the shop's plan and next invoice amount (a shop applies to its own
    // subscription with tenantId 0). Refusals carry CouponService's exact messages.
    Result<CouponRedemption> applyCoupon(const Session &session, qint64 tenantId, const QString &code);

    // ---- Rules, for the other services and for tests ----------------------------------------------------
    // Sets `status` (and rolls a free plan's period on) from the stored status and the dates.
    static void derive(Subscription &subscription, const QDate &today);
    // proration = (newPrice - oldPrice) * remainingDays / periodDays, half-up to the paisa.
    static ProrationPreview prorate(qint64 oldPricePaise, qint64 newPricePaise, const QDate &periodStart,
                                    const QDate &periodEnd, const QDate &today, qint64 creditPaise = 0);
    // The shop's subscription as of `now` inside an open transaction (the implicit one without a row).
    static Result<Subscription> loadForTenant(Database &tx, qint64 tenantId, const QDateTime &now);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
