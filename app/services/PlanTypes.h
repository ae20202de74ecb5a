#pragma once
// Plans, subscriptions, entitlements and coupons as plain values (PLATFORM.md "Plans, subscriptions,
// entitlements, coupons"). Money is integer paise; dates of billing periods are whole UTC days, a period
// being [periodStart, periodEnd): one calendar month, so 28 to 31 days long.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bcp {

// A quota without a limit.
inline constexpr qint64 kUnlimited = -1;

// The 17 features, by category. Keys are stored in the database; names come from featureName().
namespace feature {
inline const QString Calculator = QStringLiteral("quoting.calculator");
inline const QString Quotes = QStringLiteral("quoting.quotes"); // quota: quotes per month
inline const QString QuoteVersions = QStringLiteral("quoting.versions");
inline const QString Invoices = QStringLiteral("invoicing.invoices");
inline const QString CreditNotes = QStringLiteral("invoicing.credit_notes");
inline const QString Pdf = QStringLiteral("documents.pdf");
inline const QString InvoiceLayouts = QStringLiteral("documents.layouts"); // quota: invoice layouts
inline const QString Email = QStringLiteral("documents.email");            // quota: e-mail sends per month
inline const QString Parties = QStringLiteral("parties.directory");
inline const QString PartyImport = QStringLiteral("parties.import");
inline const QString Tickets = QStringLiteral("support.tickets");
inline const QString PrioritySupport = QStringLiteral("support.priority");
inline const QString Users = QStringLiteral("administration.users"); // quota: active users
inline const QString Audit = QStringLiteral("administration.audit");
inline const QString Reports = QStringLiteral("administration.reports");
inline const QString WhatsApp = QStringLiteral("integrations.whatsapp");
inline const QString PaymentLinks = QStringLiteral("integrations.payment_links");
} // namespace feature

struct FeatureInfo {
    QString key;
    QString category;  // quoting | invoicing | documents | parties | support | administration | integrations
    QString name;      // translated
    QString quotaUnit; // empty: no quota; "month": counted in the current period; "total": counted now
    int sortOrder = 0;

    bool hasQuota() const { return !quotaUnit.isEmpty(); }
};

// Categories in display order, and their translated names.
QStringList featureCategories();
QString featureCategoryName(const QString &category);
// "Quotes", "Users": the translated feature name; the key itself for an unknown key.
QString featureName(const QString &key);
// "quotes per month", "users": what a feature's quota counts (translated); empty without a quota.
QString quotaLabel(const QString &key);

struct PlanFeature {
    QString featureKey;
    bool enabled = false;
    qint64 quota = kUnlimited; // only for features with a quota
};

struct PlanVersion {
    qint64 id = 0;
    qint64 planId = 0;
    int version = 0;
    QString name;
    qint64 pricePaise = 0; // per monthly period, before GST
    int trialDays = 0;
    QString note; // why the plan changed
    QDateTime createdAt;
    QString createdByName;
    QList<PlanFeature> features; // every feature of the catalogue, in catalogue order

    const PlanFeature *feature(const QString &key) const;
    bool allows(const QString &key) const;
    // kUnlimited when the feature has no limit; 0 when the feature is not in the plan.
    qint64 quota(const QString &key) const;
};

struct Plan {
    qint64 id = 0;
    QString code; // free | basic | pro | enterprise
    int sortOrder = 0;
    PlanVersion current; // the newest version: what new and renewed subscriptions get
    int subscribers = 0; // shops with a subscription row on this plan now (derived status); 0 from static loaders
};

// An edit of a plan in the matrix editor: saving it makes a new version; existing subscriptions keep the
// version they are on until they renew.
struct PlanEdit {
    qint64 planId = 0;
    int baseVersion = 0; // the version the editor started from; a newer one is a conflict
    QString name;
    qint64 pricePaise = 0;
    int trialDays = 0;
    QList<PlanFeature> features; // features left out are disabled
    QString note;
};

// ---- Subscriptions ------------------------------------------------------------------------------------

enum class SubscriptionStatus { Trial, Active, PastDue, Expired, Cancelled, Suspended };

// "TRIAL", "ACTIVE", "PAST_DUE", "EXPIRED", "CANCELLED", "SUSPENDED": the stored codes.
QString subscriptionStatusCode(SubscriptionStatus status);
std::optional<SubscriptionStatus> parseSubscriptionStatus(const QString &code);
QString subscriptionStatusName(SubscriptionStatus status); // translated
QList<SubscriptionStatus> allSubscriptionStatuses();

struct Subscription {
    qint64 id = 0; // 0: the shop has no subscription row yet (see SubscriptionService: implicit Pro trial)
    qint64 tenantId = 0;
    QString tenantName;
    qint64 planId = 0;
    QString planCode;
    QString planName;
    qint64 planVersionId = 0;
    int planVersion = 0;
    qint64 pricePaise = 0;                                       // of its plan version, per period
    SubscriptionStatus status = SubscriptionStatus::Trial;       // derived from the dates when read
    SubscriptionStatus storedStatus = SubscriptionStatus::Trial; // as last written
    QDate trialEnd;                                              // first day after the trial; null without a trial
    QDate periodStart;                                           // current period [periodStart, periodEnd)
    QDate periodEnd;
    bool cancelAtPeriodEnd = false;
    QDateTime cancelledAt;
    QDateTime suspendedAt;
    QString statusNote;        // the reason given for a cancellation or suspension
    qint64 creditPaise = 0;    // from downgrades, taken off the next invoice
    QString pendingCouponCode; // redeemed, waiting for the next invoice
    qint64 pendingDiscountPaise = 0;
    qint64 mrrPaise = 0; // monthly recurring revenue: the price while ACTIVE or PAST_DUE, else 0
    QDateTime updatedAt;
    QString updatedByName;
    int rowVersion = 0;

    bool isImplicit() const { return id == 0; }
};

struct SubscriptionQuery {
    QString text;                             // shop name
    QString planCode;                         // empty: any
    std::optional<SubscriptionStatus> status; // derived status
    QDate periodEndFrom;                      // null: open
    QDate periodEndTo;                        // inclusive; null: open
    qint64 afterTenantId = 0;                 // keyset: rows with a larger tenant id
    int limit = 200;
};

struct SubscriptionPage {
    QList<Subscription> rows; // by tenant id
    bool atEnd = true;
    qint64 totalMrrPaise = 0; // of every row matching the filters, not only this page
    int totalRows = 0;
};

// What changing plan mid-period costs: proration = (newPrice - oldPrice) * remainingDays / periodDays,
// rounded half-up to the paisa, remaining days counted whole from today to the period end. Positive is
// charged now on a subscription invoice; negative is a credit taken off the next invoice.
struct ProrationPreview {
    QString fromPlan;
    QString toPlan;
    qint64 oldPricePaise = 0;
    qint64 newPricePaise = 0;
    QDate today;
    QDate periodStart;
    QDate periodEnd;
    int periodDays = 0;
    int remainingDays = 0;
    qint64 prorationPaise = 0;
    qint64 chargeNowPaise = 0; // the positive part, before GST, after any credit already held
    qint64 creditPaise = 0;    // the credit the subscription holds afterwards
    bool upgrade() const { return newPricePaise > oldPricePaise; }
};

// One subscription invoice (series SUB, its own gapless numbers per financial year).
struct SubscriptionCharge {
    qint64 id = 0;
    qint64 tenantId = 0;
    QString tenantName;
    QString number; // SUB/26-27/00001
    QDate date;
    QString kind; // activation | renewal | upgrade
    QString description;
    QDate periodStart;
    QDate periodEnd;
    qint64 amountPaise = 0;        // plan price or proration
    qint64 discountPaise = 0;      // coupon
    qint64 creditAppliedPaise = 0; // downgrade credit used
    qint64 taxablePaise = 0;       // amount - discount - credit
    qint64 gstPaise = 0;
    qint64 totalPaise = 0; // taxable + GST, rounded to the rupee
    QString couponCode;
    QDateTime createdAt;
};

struct SubscriptionEvent {
    qint64 id = 0;
    QDateTime at;
    QString action; // trial | activate | renew | cancel | cancel_at_period_end | suspend | reactivate | upgrade |
                    // downgrade | coupon
    QString fromStatus;
    QString toStatus;
    QString fromPlan;
    QString toPlan;
    QString note;
    QString actorName;
};

// ---- Entitlements -------------------------------------------------------------------------------------

struct EntitlementOverride {
    qint64 id = 0;
    qint64 tenantId = 0;
    qint64 userId = 0; // 0: the whole shop
    QString userName;
    QString featureKey;
    bool enabled = true;
    qint64 quota = kUnlimited; // for features with a quota
    QString reason;            // at least 10 characters
    QDateTime expiresAt;       // at most 365 days after it was set
    QDateTime createdAt;
    QString createdByName;

    bool activeAt(const QDateTime &now) const { return expiresAt > now; }
};

struct OverrideInput {
    qint64 tenantId = 0;
    qint64 userId = 0; // 0: the whole shop
    QString featureKey;
    bool enabled = true;
    qint64 quota = kUnlimited;
    QString reason;
    QDateTime expiresAt;
};

// What one feature allows, and where that comes from: a user override, else a shop override, else the plan.
struct Entitlement {
    QString featureKey;
    bool enabled = false;
    qint64 quota = kUnlimited;
    QString source; // "user", "tenant" or "plan"
    QString planName;
    QDateTime overrideExpiresAt; // for an override
};

struct QuotaUsage {
    QString featureKey;
    QString label;     // "quotes per month"
    qint64 used = 0;   // counted from real rows
    qint64 limit = 0;  // kUnlimited for none
    QDate periodStart; // for monthly quotas: the period counted
    QDate periodEnd;
};

// The shop's own Subscription page.
struct ShopSubscription {
    Subscription subscription;
    QList<QuotaUsage> usage;
    QList<Entitlement> entitlements; // every feature of the catalogue for the signed-in user
};

// ---- Coupons ------------------------------------------------------------------------------------------

enum class CouponKind { Percent, Fixed };

struct Coupon {
    qint64 id = 0;
    QString code;
    QString description;
    CouponKind kind = CouponKind::Percent;
    int percent = 0;          // 1..100 for Percent
    qint64 amountPaise = 0;   // for Fixed
    QDateTime validFrom;      // inclusive
    QDateTime validUntil;     // exclusive; invalid: no end
    int maxUses = 0;          // 0: no limit
    int maxUsesPerTenant = 1; // 0: no limit
    QStringList allowedPlans; // plan codes; empty: every plan
    qint64 minimumAmountPaise = 0;
    bool active = true;
    QString batch; // the prefix of a bulk generation, empty for a single coupon
    int usedCount = 0;
    qint64 discountGivenPaise = 0;
    QDateTime createdAt;
    QString createdByName;
    int rowVersion = 0;

    // The discount on `amountPaise` (never more than the amount).
    qint64 discountOn(qint64 amountPaise) const;
};

// The validation rules in the order they are checked; the first that fails decides.
enum class CouponRule {
    NotFound,
    Inactive,
    NotYetValid,
    Expired,
    UsedUp,
    AlreadyUsedByTenant,
    NotForPlan,
    BelowMinimum,
    Valid
};

struct CouponCheck {
    CouponRule rule = CouponRule::NotFound;
    QString message; // exactly as PLATFORM.md lists them (CouponService::message)
    qint64 discountPaise = 0;
    Coupon coupon;

    bool valid() const { return rule == CouponRule::Valid; }
};

struct CouponRedemption {
    qint64 id = 0;
    qint64 couponId = 0;
    QString code;
    qint64 tenantId = 0;
    QString tenantName;
    QString planCode;
    qint64 amountPaise = 0;
    qint64 discountPaise = 0;
    qint64 chargeId = 0; // the subscription invoice that used it; 0 until then
    QDateTime at;
};

struct CouponQuery {
    QString text;               // code or description
    std::optional<bool> active; // empty: both
    QString batch;              // empty: any
    qint64 afterId = 0;         // keyset: rows with a smaller id (newest first)
    int limit = 200;
};

struct CouponPage {
    QList<Coupon> rows;
    bool atEnd = true;
};

struct BulkCouponInput {
    QString prefix; // 2 to 12 letters or digits, upper-cased
    int count = 0;  // 1 to 10,000
    Coupon pattern; // every field but code and batch
};

struct CouponBucket {
    QString key; // plan code, or month "2026-11"
    int redemptions = 0;
    qint64 discountPaise = 0;
};

struct CouponAnalytics {
    qint64 couponId = 0; // 0: every coupon
    QString code;
    int redemptions = 0;
    qint64 discountPaise = 0;
    QList<CouponBucket> byPlan;  // by plan sort order
    QList<CouponBucket> byMonth; // oldest first, months without redemptions included between the first and last
};

} // namespace bcp
