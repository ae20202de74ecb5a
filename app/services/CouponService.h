#pragma once
// Coupons (PLATFORM.md "Plans, subscriptions, entitlements, coupons"): percent or fixed, a validity window,
// limits in total and per shop, allowed plans, a minimum amount and an active flag. validate() checks the
// rules in this order and the first failure decides, with these messages (code, dates and amounts filled
// in):
//   not found            "Coupon code %1 does not exist."
//   inactive             "Coupon %1 is not active."
//   not yet valid        "Coupon %1 is valid from %2."
//   expired              "Coupon %1 expired on %2."
//   used up              "Coupon %1 has been used the maximum number of times."
//   already used         "Coupon %1 was already used by this shop."
//   not for this plan    "Coupon %1 is not valid for the %2 plan."
//   below minimum        "Coupon %1 needs an amount of at least %2."
//   valid                "Coupon %1 gives %2 off."
// Redemption locks the coupon row (FOR UPDATE on PostgreSQL, the write lock on SQLite), checks again and
// counts the use in one transaction, so concurrent redemptions never exceed either limit.
//
// Bulk generation makes N codes PREFIX-XXXXXXXX from an alphabet without look-alike characters (no 0/O,
// 1/I/L, 2/Z, 5/S, 8/B), unique across every coupon. Analytics count redemptions and discount given, by
// plan and by month.
//
// Permissions: platform.coupons for everything except validate() and redeem(), which the vendor's staff
// (platform.coupons or platform.subscriptions) may run for any shop and a shop (subscription.manage) for
// itself only.

#include "Result.h"
#include "services/PlanTypes.h"

namespace bcp {

class Clock;
class Database;
struct Session;

class CouponService {
public:
    static constexpr int kMaxBulk = 10000;
    static constexpr int kRandomLength = 8;
    // The characters of generated codes: no pair a customer could misread.
    static const QString &alphabet();

    explicit CouponService(Database &db);
    CouponService(Database &db, const Clock &clock);

    Result<CouponPage> list(const Session &session, const CouponQuery &query);
    Result<Coupon> get(const Session &session, qint64 couponId);
    Result<Coupon> getByCode(const Session &session, const QString &code);
    // id 0 creates; otherwise updates the coupon at `coupon.rowVersion` (stale: Conflict). Errors name the
    // field: code, percent, amount, validUntil, maxUses, maxUsesPerTenant, allowedPlans, minimumAmount.
    Result<Coupon> save(const Session &session, const Coupon &coupon);
    // The codes made, in order. One audit row for the whole batch.
    Result<QStringList> generate(const Session &session, const BulkCouponInput &input);
    // Deactivates every listed coupon of the vendor; returns how many changed. One audit row.
    Result<int> deactivate(const Session &session, const QList<qint64> &couponIds);

    // The rules in order, for `tenantId` (0: the session's own shop) buying `planCode` for `amountPaise`.
    // An empty `planCode` means the shop's current plan; a negative `amountPaise` that plan's price.
    Result<CouponCheck> validate(const Session &session, const QString &code, qint64 tenantId, const QString &planCode,
                                 qint64 amountPaise);
    // validate() and counting the use, atomically. A refusal is Error::invalid on field "code" with the
    // rule's message.
    Result<CouponRedemption> redeem(const Session &session, const QString &code, qint64 tenantId,
                                    const QString &planCode, qint64 amountPaise);
    // Redemptions of one coupon (or of all with couponId 0), newest first.
    Result<QList<CouponRedemption>> redemptions(const Session &session, qint64 couponId);
    Result<CouponAnalytics> analytics(const Session &session, qint64 couponId);

    // The message of a rule, exactly as listed above.
    static QString message(CouponRule rule, const Coupon &coupon, const QString &code, const QString &planName,
                           qint64 discountPaise);
    // The checks inside an open transaction (locks the coupon row when `lock`).
    static CouponCheck check(Database &tx, const QString &code, qint64 tenantId, const QString &planCode,
                             qint64 amountPaise, const QDateTime &now, bool lock);
    // Counts a use inside an open write transaction after check() passed with lock.
    static CouponRedemption record(Database &tx, const Session &session, const CouponCheck &passed, qint64 tenantId,
                                   const QString &planCode, qint64 amountPaise, const QDateTime &now);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace bcp
