#include "services/SubscriptionService.h"

#include "data/Database.h"
#include "documents/DocumentData.h"
#include "documents/DocumentRenderer.h"
#include "money/DocumentNumber.h"
#include "money/GstTotals.h"
#include "money/IndianFormat.h"
#include "money/Money.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/Counters.h"
#include "services/CouponService.h"
#include "services/Permissions.h"
#include "services/PlanService.h"
#include "services/Session.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("SubscriptionService", text);
}

const QString kSeries = QStringLiteral("SUB");
const QString kNumberTemplate = QStringLiteral("SUB/{FY}/{seq:5}");
// Licensing services for the right to use computer software.
const QString kSac = QStringLiteral("997331");
const QString kImplicitTrialPlan = QStringLiteral("pro");
const QString kFallbackPlan = QStringLiteral("free");

QString dateText(const QDate &d) {
    return d.toString(Qt::ISODate);
}

QDate dateFrom(const QVariant &v) {
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant nullableDate(const QDate &d) {
    return d.isValid() ? QVariant(dateText(d)) : QVariant();
}

QVariant nullableTime(const QDateTime &t) {
    return t.isValid() ? QVariant(isoUtc(t)) : QVariant();
}

QString shortDate(const QDate &d) {
    return d.toString(QStringLiteral("dd MMM yyyy"));
}

QString actorName(const Session &s) {
    return s.displayName.isEmpty() ? s.username : s.displayName;
}

// The row behind a subscription, with what only the service needs.
struct Row {
    Subscription sub;
    QString resumeStatus;
    QDate tenantCreated;
    QString tenantState;
    QString tenantGstin;
};

const QString kRowSql = QStringLiteral(
    "SELECT t.id, t.name, t.created_at, s.id, s.plan_version_id, s.status, s.trial_end, s.period_start, s.period_end, "
    "s.cancel_at_period_end, s.cancelled_at, s.suspended_at, s.status_note, s.credit_paise, s.updated_at, "
    "s.updated_by_name, s.row_version, v.version, v.price_paise, v.name, p.id, p.code, s.resume_status, t.state_code, "
    "t.gstin FROM tenants t LEFT JOIN subscriptions s ON s.tenant_id = t.id "
    "LEFT JOIN plan_versions v ON v.id = s.plan_version_id LEFT JOIN plans p ON p.id = v.plan_id");

// The plans a shop without a row is on; read once per unit of work.
struct Defaults {
    Plan trial;
    Plan fallback;
};

Result<Defaults> loadDefaults(Database &tx) {
    auto trial = PlanService::loadPlanByCode(tx, kImplicitTrialPlan);
    if (!trial)
        return trial.error();
    auto fallback = PlanService::loadPlanByCode(tx, kFallbackPlan);
    if (!fallback)
        return fallback.error();
    return Defaults{trial.value(), fallback.value()};
}

void setPlan(Subscription &s, const Plan &plan) {
    s.planId = plan.id;
    s.planCode = plan.code;
    s.planName = plan.current.name;
    s.planVersionId = plan.current.id;
    s.planVersion = plan.current.version;
    s.pricePaise = plan.current.pricePaise;
}

Row readRow(const QSqlQuery &q, const Defaults &defaults, const QDate &today) {
    Row r;
    Subscription &s = r.sub;
    s.tenantId = q.value(0).toLongLong();
    s.tenantName = q.value(1).toString();
    r.tenantCreated = fromIsoUtc(q.value(2).toString()).date();
    r.tenantState = q.value(23).toString();
    r.tenantGstin = q.value(24).toString();
    if (q.value(3).isNull()) {
        // No row: Pro on trial from the shop's creation, then Free with its period rolling monthly from the
        // day the trial ended.
        const QDate trialEnd = r.tenantCreated.addDays(SubscriptionService::kImplicitTrialDays);
        s.trialEnd = trialEnd;
        if (today < trialEnd) {
            setPlan(s, defaults.trial);
            s.storedStatus = SubscriptionStatus::Trial;
            s.periodStart = r.tenantCreated;
            s.periodEnd = trialEnd;
        } else {
            setPlan(s, defaults.fallback);
            s.storedStatus = SubscriptionStatus::Active;
            s.periodStart = trialEnd;
            s.periodEnd = trialEnd.addMonths(1);
        }
    } else {
        s.id = q.value(3).toLongLong();
        s.planVersionId = q.value(4).toLongLong();
        s.storedStatus = parseSubscriptionStatus(q.value(5).toString()).value_or(SubscriptionStatus::Expired);
        s.trialEnd = dateFrom(q.value(6));
        s.periodStart = dateFrom(q.value(7));
        s.periodEnd = dateFrom(q.value(8));
        s.cancelAtPeriodEnd = q.value(9).toInt() != 0;
        if (!q.value(10).isNull())
            s.cancelledAt = fromIsoUtc(q.value(10).toString());
        if (!q.value(11).isNull())
            s.suspendedAt = fromIsoUtc(q.value(11).toString());
        s.statusNote = q.value(12).toString();
        s.creditPaise = q.value(13).toLongLong();
        s.updatedAt = fromIsoUtc(q.value(14).toString());
        s.updatedByName = q.value(15).toString();
        s.rowVersion = q.value(16).toInt();
        s.planVersion = q.value(17).toInt();
        s.pricePaise = q.value(18).toLongLong();
        s.planName = q.value(19).toString();
        s.planId = q.value(20).toLongLong();
        s.planCode = q.value(21).toString();
        r.resumeStatus = q.value(22).toString();
    }
    SubscriptionService::derive(s, today);
    return r;
}

void loadPendingCoupon(Database &tx, Subscription &s) {
    QSqlQuery q = tx.exec(
        QStringLiteral("SELECT c.code, r.discount_paise FROM coupon_redemptions r JOIN coupons c ON c.id = r.coupon_id "
                       "WHERE r.tenant_id = ? AND r.charge_id = 0 ORDER BY r.id"),
        {s.tenantId});
    if (q.next()) {
        s.pendingCouponCode = q.value(0).toString();
        s.pendingDiscountPaise = q.value(1).toLongLong();
    }
}

Result<Row> loadRow(Database &tx, qint64 tenantId, const QDateTime &now, bool lock) {
    if (lock && !tx.isSqlite())
        tx.exec(QStringLiteral("SELECT id FROM tenants WHERE id = ? FOR UPDATE"), {tenantId});
    auto defaults = loadDefaults(tx);
    if (!defaults)
        return defaults.error();
    QSqlQuery q = tx.exec(kRowSql + QStringLiteral(" WHERE t.id = ?"), {tenantId});
    if (!q.next())
        return Error::notFound(tr("There is no such shop."));
    Row r = readRow(q, defaults.value(), now.date());
    loadPendingCoupon(tx, r.sub);
    return r;
}

QJsonObject stateJson(const Subscription &s) {
    return {{QStringLiteral("status"), subscriptionStatusCode(s.status)},
            {QStringLiteral("plan"), s.planCode},
            {QStringLiteral("planVersion"), s.planVersion},
            {QStringLiteral("periodStart"), dateText(s.periodStart)},
            {QStringLiteral("periodEnd"), dateText(s.periodEnd)},
            {QStringLiteral("cancelAtPeriodEnd"), s.cancelAtPeriodEnd},
            {QStringLiteral("creditPaise"), s.creditPaise}};
}

// The changed fields only, as every audit row holds them.
std::pair<QJsonObject, QJsonObject> diff(const QJsonObject &before, const QJsonObject &after) {
    QJsonObject b;
    QJsonObject a;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            b.insert(it.key(), before.value(it.key()));
            a.insert(it.key(), it.value());
        }
    }
    return {b, a};
}

// Writes the row (inserting it for a shop that had none); `stored` is the status to store.
void store(Database &tx, const Row &row, const Subscription &next, SubscriptionStatus stored,
           const QString &resumeStatus, const Session &session, const QString &now) {
    const QVariantList values{next.planVersionId,
                              subscriptionStatusCode(stored),
                              nullableDate(next.trialEnd),
                              dateText(next.periodStart),
                              dateText(next.periodEnd),
                              next.cancelAtPeriodEnd ? 1 : 0,
                              nullableTime(next.cancelledAt),
                              nullableTime(next.suspendedAt),
                              resumeStatus,
                              next.statusNote,
                              next.creditPaise,
                              now,
                              actorName(session)};
    if (row.sub.isImplicit()) {
        QVariantList v = values;
        v.prepend(row.sub.tenantId);
        v << now;
        tx.exec(
            QStringLiteral(
                "INSERT INTO subscriptions (tenant_id, plan_version_id, status, trial_end, period_start, period_end, "
                "cancel_at_period_end, cancelled_at, suspended_at, resume_status, status_note, credit_paise, "
                "updated_at, updated_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            v);
    } else {
        QVariantList v = values;
        v << row.sub.id;
        tx.exec(QStringLiteral(
                    "UPDATE subscriptions SET plan_version_id = ?, status = ?, trial_end = ?, period_start = ?, "
                    "period_end = ?, cancel_at_period_end = ?, cancelled_at = ?, suspended_at = ?, resume_status = ?, "
                    "status_note = ?, credit_paise = ?, updated_at = ?, updated_by_name = ?, "
                    "row_version = row_version + 1 WHERE id = ?"),
                v);
    }
}

struct VendorProfile {
    QString name;
    QString address;
    QString stateCode;
    QString gstin;
    QString email;
};

VendorProfile loadVendor(Database &tx) {
    VendorProfile v;
    QSqlQuery q =
        tx.exec(QStringLiteral("SELECT key, value FROM settings WHERE tenant_id = 0 AND key LIKE 'vendor.%'"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("vendor.name"))
            v.name = value;
        else if (key == QLatin1String("vendor.address"))
            v.address = value;
        else if (key == QLatin1String("vendor.state_code"))
            v.stateCode = value;
        else if (key == QLatin1String("vendor.gstin"))
            v.gstin = value;
        else if (key == QLatin1String("vendor.email"))
            v.email = value;
    }
    return v;
}

const QString kChargeColumns = QStringLiteral(
    "id, tenant_id, tenant_name, number, charge_date, kind, description, period_start, period_end, amount_paise, "
    "discount_paise, credit_applied_paise, taxable_paise, gst_paise, total_paise, coupon_code, created_at");

SubscriptionCharge readCharge(const QSqlQuery &q) {
    SubscriptionCharge c;
    c.id = q.value(0).toLongLong();
    c.tenantId = q.value(1).toLongLong();
    c.tenantName = q.value(2).toString();
    c.number = q.value(3).toString();
    c.date = dateFrom(q.value(4));
    c.kind = q.value(5).toString();
    c.description = q.value(6).toString();
    c.periodStart = dateFrom(q.value(7));
    c.periodEnd = dateFrom(q.value(8));
    c.amountPaise = q.value(9).toLongLong();
    c.discountPaise = q.value(10).toLongLong();
    c.creditAppliedPaise = q.value(11).toLongLong();
    c.taxablePaise = q.value(12).toLongLong();
    c.gstPaise = q.value(13).toLongLong();
    c.totalPaise = q.value(14).toLongLong();
    c.couponCode = q.value(15).toString();
    c.createdAt = fromIsoUtc(q.value(16).toString());
    return c;
}

// Raises a subscription invoice: the waiting coupon (activation and renewal only), then the credit, then GST
// on what is left, numbered from the vendor's SUB counter for the financial year.
Result<SubscriptionCharge> raiseCharge(Database &tx, const Row &row, Subscription &next, const QString &kind,
                                       qint64 amountPaise, const QString &description, const QDate &date,
                                       const QDateTime &now) {
    SubscriptionCharge c;
    c.tenantId = row.sub.tenantId;
    c.tenantName = row.sub.tenantName;
    c.date = date;
    c.kind = kind;
    c.description = description;
    c.periodStart = next.periodStart;
    c.periodEnd = next.periodEnd;
    c.amountPaise = amountPaise;
    qint64 redemptionId = 0;
    if (kind != QLatin1String("upgrade")) {
        QSqlQuery q =
            tx.exec(QStringLiteral("SELECT r.id, r.discount_paise, c.code FROM coupon_redemptions r "
                                   "JOIN coupons c ON c.id = r.coupon_id WHERE r.tenant_id = ? AND r.charge_id = 0 "
                                   "ORDER BY r.id"),
                    {row.sub.tenantId});
        if (q.next()) {
            redemptionId = q.value(0).toLongLong();
            c.discountPaise = std::min(q.value(1).toLongLong(), amountPaise);
            c.couponCode = q.value(2).toString();
        }
    }
    c.creditAppliedPaise = std::min(next.creditPaise, amountPaise - c.discountPaise);
    next.creditPaise -= c.creditAppliedPaise;
    c.taxablePaise = amountPaise - c.discountPaise - c.creditAppliedPaise;

    const VendorProfile vendor = loadVendor(tx);
    const QString placeOfSupply = GstTotals::placeOfSupply(row.tenantGstin, row.tenantState);
    TotalsInput in;
    in.lines.push_back({Money::fromPaise(c.taxablePaise), 1, true, kSac});
    in.gstRatePercent = SubscriptionService::kGstBasisPoints / 100.0;
    in.intraState = GstTotals::isIntraState(vendor.stateCode, placeOfSupply);
    // Fully covered by a coupon or credit: an invoice of zero, with nothing to tax.
    Totals zero;
    zero.intraState = in.intraState;
    auto totals = c.taxablePaise > 0 ? GstTotals::compute(in) : Result<Totals>(zero);
    if (!totals)
        return totals.error();
    c.gstPaise = totals->gst.paise();
    c.totalPaise = totals->grand.paise();

    const qint64 seq = Counters::take(tx, 0, kSeries, QString::number(DocumentNumber::financialYearStart(date)));
    auto number = DocumentNumber::format(kNumberTemplate, NumberSeries::Invoice, date, seq);
    if (!number)
        return Error::conflict(number.error().message);
    c.number = number.value();
    c.createdAt = now;
    c.id =
        tx.insert(QStringLiteral(
                      "INSERT INTO subscription_charges (tenant_id, number, charge_date, kind, description, plan_code, "
                      "period_start, period_end, amount_paise, discount_paise, credit_applied_paise, taxable_paise, "
                      "gst_rate_bp, gst_paise, cgst_paise, sgst_paise, igst_paise, round_off_paise, total_paise, "
                      "coupon_code, tenant_name, tenant_state, tenant_gstin, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {c.tenantId,
                   c.number,
                   dateText(date),
                   kind,
                   description,
                   next.planCode,
                   dateText(c.periodStart),
                   dateText(c.periodEnd),
                   c.amountPaise,
                   c.discountPaise,
                   c.creditAppliedPaise,
                   c.taxablePaise,
                   SubscriptionService::kGstBasisPoints,
                   c.gstPaise,
                   totals->cgst.paise(),
                   totals->sgst.paise(),
                   totals->igst.paise(),
                   totals->roundOff.paise(),
                   c.totalPaise,
                   c.couponCode,
                   c.tenantName,
                   row.tenantState,
                   row.tenantGstin,
                   isoUtc(now)});
    if (redemptionId > 0)
        tx.exec(QStringLiteral("UPDATE coupon_redemptions SET charge_id = ? WHERE id = ?"), {c.id, redemptionId});
    return c;
}

void addEvent(Database &tx, const Session &session, const Row &row, const Subscription &next, const QString &action,
              const QString &note, const QDateTime &now) {
    tx.exec(QStringLiteral(
                "INSERT INTO subscription_events (tenant_id, at, action, from_status, to_status, from_plan, to_plan, "
                "note, actor_id, actor_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {row.sub.tenantId, isoUtc(now), action, subscriptionStatusCode(row.sub.status),
             subscriptionStatusCode(next.status), row.sub.planCode, next.planCode, note, session.userId,
             actorName(session)});
}

bool isOneOf(SubscriptionStatus s, std::initializer_list<SubscriptionStatus> set) {
    return std::find(set.begin(), set.end(), s) != set.end();
}

Error wrongState(const Subscription &s, const QString &what) {
    const QString state =
        s.status == SubscriptionStatus::Trial ? tr("on trial") : subscriptionStatusName(s.status).toLower();
    return Error::conflict(tr("%1's subscription is %2: %3").arg(s.tenantName, state, what));
}

} // namespace

SubscriptionService::SubscriptionService(Database &db) : SubscriptionService(db, Clock::system()) {}

SubscriptionService::SubscriptionService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

// ---- Rules ---------------------------------------------------------------------------------------------

void SubscriptionService::derive(Subscription &s, const QDate &today) {
    SubscriptionStatus status = s.storedStatus;
    if (s.storedStatus == SubscriptionStatus::Trial) {
        if (s.trialEnd.isValid() && today >= s.trialEnd)
            status = s.cancelAtPeriodEnd ? SubscriptionStatus::Cancelled : SubscriptionStatus::Expired;
    } else if (s.storedStatus == SubscriptionStatus::Active && s.periodEnd.isValid() && today >= s.periodEnd) {
        if (s.cancelAtPeriodEnd) {
            status = SubscriptionStatus::Cancelled;
        } else if (s.pricePaise == 0) {
            // Nothing to pay: the period rolls on by calendar months from where it started.
            const QDate anchor = s.periodStart;
            int months = 0;
            while (anchor.addMonths(months + 1) <= today)
                ++months;
            s.periodStart = anchor.addMonths(months);
            s.periodEnd = anchor.addMonths(months + 1);
        } else if (today < s.periodEnd.addDays(kGraceDays)) {
            status = SubscriptionStatus::PastDue;
        } else {
            status = SubscriptionStatus::Expired;
        }
    }
    s.status = status;
    s.mrrPaise = isOneOf(status, {SubscriptionStatus::Active, SubscriptionStatus::PastDue}) ? s.pricePaise : 0;
}

ProrationPreview SubscriptionService::prorate(qint64 oldPricePaise, qint64 newPricePaise, const QDate &periodStart,
                                              const QDate &periodEnd, const QDate &today, qint64 creditPaise) {
    ProrationPreview p;
    p.oldPricePaise = oldPricePaise;
    p.newPricePaise = newPricePaise;
    p.today = today;
    p.periodStart = periodStart;
    p.periodEnd = periodEnd;
    p.periodDays = int(periodStart.daysTo(periodEnd));
    p.remainingDays = int(std::clamp<qint64>(today.daysTo(periodEnd), 0, p.periodDays));
    p.prorationPaise = p.periodDays > 0
                           ? mulDivRoundHalfUp(newPricePaise - oldPricePaise, p.remainingDays, p.periodDays).value_or(0)
                           : 0;
    if (p.prorationPaise > 0) {
        const qint64 used = std::min(creditPaise, p.prorationPaise);
        p.chargeNowPaise = p.prorationPaise - used;
        p.creditPaise = creditPaise - used;
    } else {
        p.creditPaise = creditPaise - p.prorationPaise;
    }
    return p;
}

Result<Subscription> SubscriptionService::loadForTenant(Database &tx, qint64 tenantId, const QDateTime &now) {
    auto row = loadRow(tx, tenantId, now, false);
    if (!row)
        return row.error();
    return row->sub;
}

// ---- Reading -------------------------------------------------------------------------------------------

namespace {

// Platform staff with platform.subscriptions name any shop; a shop reads only its own (0 = own).
Result<qint64> targetTenant(Database &db, const Session &session, qint64 tenantId, const Clock &clock,
                            const QString &shopPermission) {
    if (session.isPlatform()) {
        if (auto allowed = requirePermission(db, session, perm::PlatformSubscriptions, clock); !allowed)
            return allowed.error();
        if (tenantId <= 0)
            return Error::invalid(QStringLiteral("tenant"), tr("choose a shop"));
        return tenantId;
    }
    if (auto allowed = requirePermission(db, session, shopPermission, clock); !allowed)
        return allowed.error();
    if (tenantId != 0 && tenantId != session.tenantId)
        return Error::notFound(tr("There is no such shop."));
    return session.tenantId;
}

} // namespace

Result<SubscriptionPage> SubscriptionService::list(const Session &session, const SubscriptionQuery &query) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformSubscriptions, m_clock); !allowed)
        return allowed.error();
    const QDate today = m_clock.nowUtc().date();
    const int limit = std::clamp(query.limit, 1, 1000);
    return m_db.read([&](Database &tx) -> Result<SubscriptionPage> {
        auto defaults = loadDefaults(tx);
        if (!defaults)
            return defaults.error();
        QString sql = kRowSql + QStringLiteral(" WHERE 1 = 1");
        QVariantList values;
        const QString text = query.text.simplified().toLower();
        if (!text.isEmpty()) {
            sql += QStringLiteral(" AND lower(t.name) LIKE ?");
            values << QStringLiteral("%") + text + QStringLiteral("%");
        }
        sql += QStringLiteral(" ORDER BY t.id");
        // The status and the plan of a shop without a row come from the dates, so the filters apply here.
        SubscriptionPage page;
        QSqlQuery q = tx.exec(sql, values);
        while (q.next()) {
            Row r = readRow(q, defaults.value(), today);
            const Subscription &s = r.sub;
            if (!query.planCode.isEmpty() && s.planCode != query.planCode)
                continue;
            if (query.status && s.status != *query.status)
                continue;
            if (query.periodEndFrom.isValid() && s.periodEnd < query.periodEndFrom)
                continue;
            if (query.periodEndTo.isValid() && s.periodEnd > query.periodEndTo)
                continue;
            page.totalMrrPaise += s.mrrPaise;
            ++page.totalRows;
            if (s.tenantId <= query.afterTenantId)
                continue;
            if (page.rows.size() < limit)
                page.rows << s;
            else
                page.atEnd = false;
        }
        for (Subscription &s : page.rows)
            loadPendingCoupon(tx, s);
        return page;
    });
}

Result<Subscription> SubscriptionService::get(const Session &session, qint64 tenantId) {
    auto target = targetTenant(m_db, session, tenantId, m_clock, perm::SubscriptionView);
    if (!target)
        return target.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) { return loadForTenant(tx, target.value(), now); });
}

Result<QList<SubscriptionEvent>> SubscriptionService::events(const Session &session, qint64 tenantId) {
    auto target = targetTenant(m_db, session, tenantId, m_clock, perm::SubscriptionView);
    if (!target)
        return target.error();
    return m_db.read([&](Database &tx) -> Result<QList<SubscriptionEvent>> {
        QList<SubscriptionEvent> out;
        QSqlQuery q = tx.exec(
            QStringLiteral("SELECT id, at, action, from_status, to_status, from_plan, to_plan, note, actor_name "
                           "FROM subscription_events WHERE tenant_id = ? ORDER BY id DESC"),
            {target.value()});
        while (q.next()) {
            SubscriptionEvent e;
            e.id = q.value(0).toLongLong();
            e.at = fromIsoUtc(q.value(1).toString());
            e.action = q.value(2).toString();
            e.fromStatus = q.value(3).toString();
            e.toStatus = q.value(4).toString();
            e.fromPlan = q.value(5).toString();
            e.toPlan = q.value(6).toString();
            e.note = q.value(7).toString();
            e.actorName = q.value(8).toString();
            out << e;
        }
        return out;
    });
}

Result<QList<SubscriptionCharge>> SubscriptionService::charges(const Session &session, qint64 tenantId) {
    auto target = targetTenant(m_db, session, tenantId, m_clock, perm::SubscriptionView);
    if (!target)
        return target.error();
    return m_db.read([&](Database &tx) -> Result<QList<SubscriptionCharge>> {
        QList<SubscriptionCharge> out;
        QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM subscription_charges WHERE tenant_id = ? ORDER BY id DESC")
                                  .arg(kChargeColumns),
                              {target.value()});
        while (q.next())
            out << readCharge(q);
        return out;
    });
}

Result<SubscriptionCharge> SubscriptionService::charge(const Session &session, qint64 chargeId) {
    // The invoice names its shop: platform staff read any, a shop only its own (checked once it is read).
    const QString needed = session.isPlatform() ? perm::PlatformSubscriptions : perm::SubscriptionView;
    if (auto allowed = requirePermission(m_db, session, needed, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<SubscriptionCharge> {
        QSqlQuery q =
            tx.exec(QStringLiteral("SELECT %1 FROM subscription_charges WHERE id = ?").arg(kChargeColumns), {chargeId});
        if (!q.next())
            return Error::notFound(tr("There is no such subscription invoice."));
        SubscriptionCharge c = readCharge(q);
        if (!session.isPlatform() && c.tenantId != session.tenantId)
            return Error::notFound(tr("There is no such subscription invoice."));
        return c;
    });
}

Result<QByteArray> SubscriptionService::invoicePdf(const Session &session, qint64 chargeId) {
    auto found = charge(session, chargeId);
    if (!found)
        return found.error();
    const SubscriptionCharge &c = found.value();
    auto document = m_db.read([&](Database &tx) -> Result<documents::InvoiceDocument> {
        const VendorProfile vendor = loadVendor(tx);
        QSqlQuery q = tx.exec(
            QStringLiteral("SELECT tenant_state, tenant_gstin, cgst_paise, sgst_paise, igst_paise, round_off_paise, "
                           "gst_rate_bp FROM subscription_charges WHERE id = ?"),
            {chargeId});
        if (!q.next())
            return Error::notFound(tr("There is no such subscription invoice."));
        documents::InvoiceDocument d;
        d.company.name = vendor.name;
        d.company.addressLines = vendor.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        d.company.stateCode = vendor.stateCode;
        d.company.gstin = vendor.gstin;
        d.company.email = vendor.email;
        d.company.signatory = vendor.name;
        d.number = c.number;
        d.date = c.date;
        d.dueDate = c.date;
        d.billTo.name = c.tenantName;
        d.billTo.stateCode = q.value(0).toString();
        d.billTo.gstin = q.value(1).toString();
        d.placeOfSupply = GstTotals::placeOfSupply(d.billTo.gstin, d.billTo.stateCode);
        const int rate = q.value(6).toInt();
        QString text = c.description;
        if (c.discountPaise > 0)
            text += tr("; coupon %1: %2 off")
                        .arg(c.couponCode,
                             IndianFormat::money(Money::fromPaise(c.discountPaise), IndianFormat::Symbol::Rupee));
        if (c.creditAppliedPaise > 0)
            text += tr("; credit used: %1")
                        .arg(IndianFormat::money(Money::fromPaise(c.creditAppliedPaise), IndianFormat::Symbol::Rupee));
        documents::InvoiceLine line;
        line.description = text;
        line.hsn = kSac;
        line.quantity = 1;
        line.unit = tr("Month");
        line.rate = Money::fromPaise(c.taxablePaise);
        line.taxable = Money::fromPaise(c.taxablePaise);
        line.gstRateBasisPoints = rate;
        line.gstAmount = Money::fromPaise(c.gstPaise);
        line.total = Money::fromPaise(c.taxablePaise + c.gstPaise);
        d.lines.push_back(line);
        Totals &t = d.totals;
        t.subtotal = Money::fromPaise(c.taxablePaise);
        t.taxable = t.subtotal;
        t.gst = Money::fromPaise(c.gstPaise);
        t.cgst = Money::fromPaise(q.value(2).toLongLong());
        t.sgst = Money::fromPaise(q.value(3).toLongLong());
        t.igst = Money::fromPaise(q.value(4).toLongLong());
        t.roundOff = Money::fromPaise(q.value(5).toLongLong());
        t.grand = Money::fromPaise(c.totalPaise);
        t.gstRateBasisPoints = rate;
        t.intraState = t.igst.isZero();
        HsnSummaryRow hsn;
        hsn.hsn = kSac;
        hsn.gstRateBasisPoints = rate;
        hsn.taxable = t.taxable;
        hsn.gst = t.gst;
        hsn.cgst = t.cgst;
        hsn.sgst = t.sgst;
        hsn.igst = t.igst;
        d.hsnSummary.push_back(hsn);
        d.terms = tr("Subscription to BoxCostPro for the period %1 to %2.")
                      .arg(shortDate(c.periodStart), shortDate(c.periodEnd.addDays(-1)));
        return d;
    });
    if (!document)
        return document.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto written = documents::DocumentRenderer::writePdf(buffer, document.value());
    if (!written)
        return written.error();
    return bytes;
}

// ---- Actions -------------------------------------------------------------------------------------------

namespace {

// One action as one unit of work: lock and load the shop's subscription, check the version the screen
// showed, let `change` decide the next state, then store it with its event, invoice and audit row.
struct Step {
    Subscription next;
    SubscriptionStatus stored = SubscriptionStatus::Active;
    QString resumeStatus;
    QString action; // event and audit: subscription.<action>
    QString note;
    std::optional<std::pair<QString, qint64>> charge; // kind, amount
    QString chargeText;
    std::optional<ProrationPreview> proration;
};

} // namespace

template <class F>
static Result<SubscriptionChange> runAction(Database &db, const Clock &clock, const Session &session, qint64 tenantId,
                                            std::optional<int> rowVersion, F &&change) {
    if (auto allowed = requirePermission(db, session, perm::PlatformSubscriptions, clock); !allowed)
        return allowed.error();
    if (tenantId <= 0)
        return Error::invalid(QStringLiteral("tenant"), tr("choose a shop"));
    const QDateTime now = clock.nowUtc();
    return db.write([&](Database &tx) -> Result<SubscriptionChange> {
        auto loaded = loadRow(tx, tenantId, now, true);
        if (!loaded)
            return loaded.error();
        const Row &row = loaded.value();
        if (rowVersion && *rowVersion != row.sub.rowVersion)
            return Error::conflict(
                tr("%1 changed this subscription at %2; reload it and try again.")
                    .arg(row.sub.updatedByName, row.sub.updatedAt.toString(QStringLiteral("dd MMM yyyy HH:mm"))));
        auto decided = change(tx, row, now.date());
        if (!decided)
            return decided.error();
        Step step = decided.value();
        SubscriptionChange out;
        if (step.charge) {
            auto raised = raiseCharge(tx, row, step.next, step.charge->first, step.charge->second, step.chargeText,
                                      now.date(), now);
            if (!raised)
                return raised.error();
            out.charge = raised.value();
        }
        step.next.storedStatus = step.stored;
        SubscriptionService::derive(step.next, now.date());
        store(tx, row, step.next, step.stored, step.resumeStatus, session, isoUtc(now));
        addEvent(tx, session, row, step.next, step.action, step.note, now);
        auto [before, after] = diff(stateJson(row.sub), stateJson(step.next));
        if (out.charge) {
            after.insert(QStringLiteral("invoice"), out.charge->number);
            after.insert(QStringLiteral("invoiceTotalPaise"), out.charge->totalPaise);
        }
        if (!step.note.isEmpty())
            after.insert(QStringLiteral("note"), step.note);
        AuditLog::append(tx, session,
                         {QStringLiteral("subscription.") + step.action, QStringLiteral("subscription"),
                          QString::number(tenantId), before, after},
                         now);
        auto reloaded = SubscriptionService::loadForTenant(tx, tenantId, now);
        if (!reloaded)
            return reloaded.error();
        out.subscription = reloaded.value();
        out.proration = step.proration;
        return out;
    });
}

namespace {

Result<Plan> targetPlan(Database &tx, const QString &code) {
    auto plan = PlanService::loadPlanByCode(tx, code);
    if (!plan)
        return Error::invalid(QStringLiteral("plan"), tr("there is no plan %1").arg(code));
    return plan;
}

QString periodText(const QString &planName, const QDate &start, const QDate &end) {
    return tr("BoxCostPro %1 plan, %2 to %3").arg(planName, shortDate(start), shortDate(end.addDays(-1)));
}

// A trial or an activation starts the shop afresh on `plan`: nothing of the old period's cancellation,
// suspension or note carries over.
Step freshPeriod(const Subscription &s, const Plan &plan, const QDate &start, const QDate &end) {
    Step step;
    step.next = s;
    setPlan(step.next, plan);
    step.next.periodStart = start;
    step.next.periodEnd = end;
    step.next.cancelAtPeriodEnd = false;
    step.next.cancelledAt = {};
    step.next.suspendedAt = {};
    step.next.statusNote.clear();
    return step;
}

// A paid plan's new period is invoiced (activation, renewal); a free plan's costs nothing.
void chargeNewPeriod(Step &step, const QString &kind, const Plan &plan) {
    if (plan.current.pricePaise <= 0)
        return;
    step.charge = std::make_pair(kind, plan.current.pricePaise);
    step.chargeText = periodText(plan.current.name, step.next.periodStart, step.next.periodEnd);
}

Result<QString> checkReason(const QString &reason) {
    const QString r = reason.simplified();
    if (r.size() < SubscriptionService::kMinReason)
        return Error::invalid(QStringLiteral("reason"),
                              tr("give the reason in at least %1 characters").arg(SubscriptionService::kMinReason));
    return r;
}

} // namespace

Result<SubscriptionChange> SubscriptionService::startTrial(const Session &session, qint64 tenantId,
                                                           const QString &planCode, std::optional<int> rowVersion) {
    return runAction(
        m_db, m_clock, session, tenantId, rowVersion,
        [&](Database &tx, const Row &row, const QDate &today) -> Result<Step> {
            auto plan = targetPlan(tx, planCode);
            if (!plan)
                return plan.error();
            if (plan->current.trialDays <= 0)
                return Error::invalid(QStringLiteral("plan"), tr("the %1 plan has no trial").arg(plan->current.name));
            const Subscription &s = row.sub;
            const bool paid =
                isOneOf(s.status, {SubscriptionStatus::Active, SubscriptionStatus::PastDue}) && s.pricePaise > 0;
            // The implicit trial of a new shop may be replaced by a trial of the plan the shop is interested in.
            const bool explicitTrial = s.status == SubscriptionStatus::Trial && !s.isImplicit();
            if (explicitTrial || s.status == SubscriptionStatus::Suspended || paid)
                return wrongState(s, tr("a trial can start only after a trial or paid period has ended"));
            const QDate trialEnd = today.addDays(plan->current.trialDays);
            Step step = freshPeriod(s, plan.value(), today, trialEnd);
            step.next.trialEnd = trialEnd;
            step.stored = SubscriptionStatus::Trial;
            step.action = QStringLiteral("trial");
            return step;
        });
}

Result<SubscriptionChange> SubscriptionService::activate(const Session &session, qint64 tenantId,
                                                         const QString &planCode, std::optional<int> rowVersion) {
    const auto change = [&](Database &tx, const Row &row, const QDate &today) -> Result<Step> {
        const Subscription &s = row.sub;
        auto plan = targetPlan(tx, planCode.isEmpty() ? s.planCode : planCode);
        if (!plan)
            return plan.error();
        const bool onFreePlan = s.status == SubscriptionStatus::Active && s.pricePaise == 0 && plan->code != s.planCode;
        if (!onFreePlan &&
            !isOneOf(s.status, {SubscriptionStatus::Trial, SubscriptionStatus::Expired, SubscriptionStatus::Cancelled}))
            return wrongState(s, tr("only a trial, an expired or a cancelled subscription can be activated"));
        Step step = freshPeriod(s, plan.value(), today, today.addMonths(1));
        step.stored = SubscriptionStatus::Active;
        step.action = QStringLiteral("activate");
        chargeNewPeriod(step, QStringLiteral("activation"), plan.value());
        return step;
    };
    return runAction(m_db, m_clock, session, tenantId, rowVersion, change);
}

Result<SubscriptionChange> SubscriptionService::renew(const Session &session, qint64 tenantId,
                                                      std::optional<int> rowVersion) {
    const auto change = [&](Database &tx, const Row &row, const QDate &) -> Result<Step> {
        const Subscription &s = row.sub;
        if (!isOneOf(s.status, {SubscriptionStatus::Active, SubscriptionStatus::PastDue}))
            return wrongState(s, tr("only an active or past-due subscription can be renewed"));
        if (s.pricePaise == 0)
            return wrongState(s, tr("a free plan renews by itself"));
        auto plan = targetPlan(tx, s.planCode);
        if (!plan)
            return plan.error();
        Step step;
        step.next = s;
        // The renewal takes the plan's newest version: the one point where an edited plan reaches a shop.
        setPlan(step.next, plan.value());
        step.next.periodStart = s.periodEnd;
        step.next.periodEnd = s.periodEnd.addMonths(1);
        step.next.cancelAtPeriodEnd = false;
        step.next.statusNote.clear();
        step.stored = SubscriptionStatus::Active;
        step.action = QStringLiteral("renew");
        chargeNewPeriod(step, QStringLiteral("renewal"), plan.value());
        return step;
    };
    return runAction(m_db, m_clock, session, tenantId, rowVersion, change);
}

Result<SubscriptionChange> SubscriptionService::cancel(const Session &session, qint64 tenantId, bool atPeriodEnd,
                                                       const QString &reason, std::optional<int> rowVersion) {
    auto why = checkReason(reason);
    if (!why)
        return why.error();
    const QDateTime now = m_clock.nowUtc();
    return runAction(
        m_db, m_clock, session, tenantId, rowVersion, [&](Database &, const Row &row, const QDate &) -> Result<Step> {
            const Subscription &s = row.sub;
            Step step;
            step.next = s;
            step.next.statusNote = why.value();
            step.note = why.value();
            if (atPeriodEnd) {
                if (!isOneOf(s.status, {SubscriptionStatus::Trial, SubscriptionStatus::Active}) || s.cancelAtPeriodEnd)
                    return wrongState(s,
                                      tr("only a trial or an active subscription can be cancelled at its period end"));
                step.next.cancelAtPeriodEnd = true;
                step.stored = s.storedStatus;
                step.action = QStringLiteral("cancel_at_period_end");
            } else {
                if (!isOneOf(s.status, {SubscriptionStatus::Trial, SubscriptionStatus::Active,
                                        SubscriptionStatus::PastDue, SubscriptionStatus::Suspended}))
                    return wrongState(s, tr("it has already ended"));
                step.next.cancelledAt = now;
                step.stored = SubscriptionStatus::Cancelled;
                step.action = QStringLiteral("cancel");
            }
            return step;
        });
}

Result<SubscriptionChange> SubscriptionService::suspend(const Session &session, qint64 tenantId, const QString &reason,
                                                        std::optional<int> rowVersion) {
    auto why = checkReason(reason);
    if (!why)
        return why.error();
    const QDateTime now = m_clock.nowUtc();
    return runAction(
        m_db, m_clock, session, tenantId, rowVersion, [&](Database &, const Row &row, const QDate &) -> Result<Step> {
            const Subscription &s = row.sub;
            if (!isOneOf(s.status,
                         {SubscriptionStatus::Trial, SubscriptionStatus::Active, SubscriptionStatus::PastDue}))
                return wrongState(s, tr("only a trial, an active or a past-due subscription can be suspended"));
            Step step;
            step.next = s;
            step.next.suspendedAt = now;
            step.next.statusNote = why.value();
            step.note = why.value();
            step.stored = SubscriptionStatus::Suspended;
            step.resumeStatus = subscriptionStatusCode(s.storedStatus);
            step.action = QStringLiteral("suspend");
            return step;
        });
}

Result<SubscriptionChange> SubscriptionService::reactivate(const Session &session, qint64 tenantId,
                                                           std::optional<int> rowVersion) {
    return runAction(
        m_db, m_clock, session, tenantId, rowVersion, [&](Database &, const Row &row, const QDate &) -> Result<Step> {
            const Subscription &s = row.sub;
            Step step;
            step.next = s;
            step.next.statusNote.clear();
            step.action = QStringLiteral("reactivate");
            if (s.status == SubscriptionStatus::Suspended) {
                step.next.suspendedAt = {};
                step.stored = parseSubscriptionStatus(row.resumeStatus).value_or(SubscriptionStatus::Active);
            } else if (s.cancelAtPeriodEnd &&
                       isOneOf(s.status, {SubscriptionStatus::Trial, SubscriptionStatus::Active})) {
                step.next.cancelAtPeriodEnd = false;
                step.stored = s.storedStatus;
            } else {
                return wrongState(s, tr("only a suspended subscription, or one cancelled at its period end, can be "
                                        "reactivated; activate it instead"));
            }
            return step;
        });
}

Result<ProrationPreview> SubscriptionService::previewChange(const Session &session, qint64 tenantId,
                                                            const QString &planCode) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformSubscriptions, m_clock); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) -> Result<ProrationPreview> {
        auto row = loadRow(tx, tenantId, now, false);
        if (!row)
            return row.error();
        auto plan = targetPlan(tx, planCode);
        if (!plan)
            return plan.error();
        const Subscription &s = row->sub;
        ProrationPreview p;
        if (s.status == SubscriptionStatus::Trial) {
            // A trial switches plan without money changing hands.
            p = prorate(0, 0, s.periodStart, s.periodEnd, now.date(), s.creditPaise);
            p.oldPricePaise = s.pricePaise;
            p.newPricePaise = plan->current.pricePaise;
        } else {
            p = prorate(s.pricePaise, plan->current.pricePaise, s.periodStart, s.periodEnd, now.date(), s.creditPaise);
        }
        p.fromPlan = s.planName;
        p.toPlan = plan->current.name;
        return p;
    });
}

Result<SubscriptionChange> SubscriptionService::changePlan(const Session &session, qint64 tenantId,
                                                           const QString &planCode, std::optional<int> rowVersion) {
    return runAction(
        m_db, m_clock, session, tenantId, rowVersion,
        [&](Database &tx, const Row &row, const QDate &today) -> Result<Step> {
            const Subscription &s = row.sub;
            auto plan = targetPlan(tx, planCode);
            if (!plan)
                return plan.error();
            if (plan->code == s.planCode)
                return Error::invalid(QStringLiteral("plan"),
                                      tr("%1 is already on the %2 plan").arg(s.tenantName, s.planName));
            Step step;
            step.next = s;
            setPlan(step.next, plan.value());
            step.stored = s.storedStatus;
            if (s.status == SubscriptionStatus::Trial) {
                if (plan->current.trialDays <= 0)
                    return Error::invalid(
                        QStringLiteral("plan"),
                        tr("a trial can move only to a plan with a trial; activate the %1 plan instead")
                            .arg(plan->current.name));
                step.action = QStringLiteral("plan_change");
                return step;
            }
            if (s.status != SubscriptionStatus::Active)
                return wrongState(s, tr("the plan can change only during a trial or an active period"));
            ProrationPreview p =
                prorate(s.pricePaise, plan->current.pricePaise, s.periodStart, s.periodEnd, today, s.creditPaise);
            p.fromPlan = s.planName;
            p.toPlan = plan->current.name;
            step.proration = p;
            step.action = p.upgrade() ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
            if (p.prorationPaise > 0) {
                // The invoice uses the credit itself (raiseCharge), so the preview's figures come out again.
                step.charge = std::make_pair(QStringLiteral("upgrade"), p.prorationPaise);
                step.chargeText = tr("Change from %1 to %2 for %3 of %4 days, %5 to %6")
                                      .arg(s.planName, plan->current.name)
                                      .arg(p.remainingDays)
                                      .arg(p.periodDays)
                                      .arg(shortDate(today), shortDate(s.periodEnd.addDays(-1)));
            } else {
                step.next.creditPaise = p.creditPaise;
            }
            step.note = tr("proration %1")
                            .arg(IndianFormat::money(Money::fromPaise(p.prorationPaise), IndianFormat::Symbol::Rupee));
            return step;
        });
}

Result<CouponRedemption> SubscriptionService::applyCoupon(const Session &session, qint64 tenantId,
                                                          const QString &code) {
    auto target = targetTenant(m_db, session, tenantId, m_clock, perm::SubscriptionManage);
    if (!target)
        return target.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<CouponRedemption> {
        auto loaded = loadRow(tx, target.value(), now, true);
        if (!loaded)
            return loaded.error();
        const Subscription &s = loaded->sub;
        if (!s.pendingCouponCode.isEmpty())
            return Error::conflict(tr("Coupon %1 is already waiting for the next invoice.").arg(s.pendingCouponCode));
        auto plan = targetPlan(tx, s.planCode);
        if (!plan)
            return plan.error();
        // The next invoice is the plan at its newest price, at activation or renewal.
        const qint64 amount = plan->current.pricePaise;
        const CouponCheck checked = CouponService::check(tx, code, s.tenantId, s.planCode, amount, now, true);
        if (!checked.valid()) {
            return Error::invalid(QStringLiteral("code"), checked.message);
        }
        CouponRedemption r = CouponService::record(tx, session, checked, s.tenantId, s.planCode, amount, now);
        Subscription next = s;
        next.pendingCouponCode = r.code;
        next.pendingDiscountPaise = r.discountPaise;
        addEvent(tx, session, loaded.value(), next, QStringLiteral("coupon"),
                 tr("coupon %1: %2 off the next invoice")
                     .arg(r.code, IndianFormat::money(Money::fromPaise(r.discountPaise), IndianFormat::Symbol::Rupee)),
                 now);
        AuditLog::append(tx, session,
                         {QStringLiteral("coupon.redeem"),
                          QStringLiteral("coupon"),
                          QString::number(r.couponId),
                          {},
                          {{QStringLiteral("code"), r.code},
                           {QStringLiteral("tenant"), QString::number(s.tenantId)},
                           {QStringLiteral("plan"), s.planCode},
                           {QStringLiteral("discountPaise"), r.discountPaise}}},
                         now);
        return r;
    });
}

} // namespace bcp
