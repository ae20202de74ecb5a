#include "services/PlanService.h"

#include "data/Database.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/Session.h"
#include "services/SubscriptionService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("PlanService", text);
}

// The catalogue is what every plan screen shows: the vendor's plan, subscription and coupon staff and each
// shop (to see what the plans offer) may read it.
Result<void> mayRead(Database &db, const Session &session, const Clock &clock) {
    for (const QString &p :
         {perm::PlatformPlans, perm::PlatformSubscriptions, perm::PlatformCoupons, perm::SubscriptionView}) {
        if (session.can(p))
            return {};
    }
    return requirePermission(db, session, perm::PlatformPlans, clock);
}

const QString kVersionColumns =
    QStringLiteral("id, plan_id, version, name, price_paise, trial_days, note, created_at, created_by_name");

PlanVersion readVersion(const QSqlQuery &q) {
    PlanVersion v;
    v.id = q.value(0).toLongLong();
    v.planId = q.value(1).toLongLong();
    v.version = q.value(2).toInt();
    v.name = q.value(3).toString();
    v.pricePaise = q.value(4).toLongLong();
    v.trialDays = q.value(5).toInt();
    v.note = q.value(6).toString();
    v.createdAt = fromIsoUtc(q.value(7).toString());
    v.createdByName = q.value(8).toString();
    return v;
}

void loadFeaturesOf(Database &tx, PlanVersion &v) {
    // Every catalogue feature: one added after this version was made is simply not in it.
    QSqlQuery q = tx.exec(QStringLiteral("SELECT f.feature_key, COALESCE(pf.enabled, 0), COALESCE(pf.quota, -1) "
                                         "FROM features f LEFT JOIN plan_features pf "
                                         "ON pf.feature_key = f.feature_key AND pf.plan_version_id = ? "
                                         "ORDER BY f.sort_order"),
                          {v.id});
    while (q.next())
        v.features.append({q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toLongLong()});
}

QString quotaText(qint64 quota) {
    return quota == kUnlimited ? QStringLiteral("unlimited") : QString::number(quota);
}

Result<Plan> loadPlan(Database &tx, const QString &where, const QVariant &key) {
    QSqlQuery q = tx.exec(
        QStringLiteral("SELECT id, code, sort_order, current_version_id FROM plans WHERE %1").arg(where), {key});
    if (!q.next())
        return Error::notFound(tr("There is no such plan."));
    Plan p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.sortOrder = q.value(2).toInt();
    auto current = PlanService::loadVersion(tx, q.value(3).toLongLong());
    if (!current)
        return current.error();
    p.current = current.value();
    return p;
}

// Shops on the plan now, counted with the statuses derived from the dates, as every screen shows them.
void countSubscribers(Database &tx, Plan &plan, const QDate &today) {
    plan.subscribers = 0;
    QSqlQuery rows =
        tx.exec(QStringLiteral("SELECT s.status, s.trial_end, s.period_start, s.period_end, s.cancel_at_period_end, "
                               "v.price_paise FROM subscriptions s JOIN plan_versions v ON v.id = s.plan_version_id "
                               "WHERE v.plan_id = ?"),
                {plan.id});
    while (rows.next()) {
        Subscription sub;
        sub.storedStatus = parseSubscriptionStatus(rows.value(0).toString()).value_or(SubscriptionStatus::Expired);
        sub.trialEnd = QDate::fromString(rows.value(1).toString(), Qt::ISODate);
        sub.periodStart = QDate::fromString(rows.value(2).toString(), Qt::ISODate);
        sub.periodEnd = QDate::fromString(rows.value(3).toString(), Qt::ISODate);
        sub.cancelAtPeriodEnd = rows.value(4).toInt() != 0;
        sub.pricePaise = rows.value(5).toLongLong();
        SubscriptionService::derive(sub, today);
        if (sub.status != SubscriptionStatus::Expired && sub.status != SubscriptionStatus::Cancelled)
            ++plan.subscribers;
    }
}

} // namespace

PlanService::PlanService(Database &db) : PlanService(db, Clock::system()) {}

PlanService::PlanService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QList<FeatureInfo> PlanService::loadFeatures(Database &tx) {
    QList<FeatureInfo> out;
    QSqlQuery q = tx.exec(
        QStringLiteral("SELECT feature_key, category, quota_unit, sort_order FROM features ORDER BY sort_order"));
    while (q.next()) {
        FeatureInfo f;
        f.key = q.value(0).toString();
        f.category = q.value(1).toString();
        f.name = featureName(f.key);
        f.quotaUnit = q.value(2).toString();
        f.sortOrder = q.value(3).toInt();
        out << f;
    }
    return out;
}

Result<PlanVersion> PlanService::loadVersion(Database &tx, qint64 planVersionId) {
    QSqlQuery q =
        tx.exec(QStringLiteral("SELECT %1 FROM plan_versions WHERE id = ?").arg(kVersionColumns), {planVersionId});
    if (!q.next())
        return Error::notFound(tr("There is no such plan version."));
    PlanVersion v = readVersion(q);
    loadFeaturesOf(tx, v);
    return v;
}

Result<Plan> PlanService::loadPlanByCode(Database &tx, const QString &code) {
    return loadPlan(tx, QStringLiteral("code = ?"), code.trimmed().toLower());
}

Result<QList<FeatureInfo>> PlanService::features(const Session &session) {
    if (auto allowed = mayRead(m_db, session, m_clock); !allowed)
        return allowed.error();
    return m_db.read([](Database &tx) -> Result<QList<FeatureInfo>> { return loadFeatures(tx); });
}

Result<QList<Plan>> PlanService::plans(const Session &session) {
    if (auto allowed = mayRead(m_db, session, m_clock); !allowed)
        return allowed.error();
    const QDate today = m_clock.nowUtc().date();
    return m_db.read([&](Database &tx) -> Result<QList<Plan>> {
        QList<qint64> ids;
        QSqlQuery q = tx.exec(QStringLiteral("SELECT id FROM plans ORDER BY sort_order, id"));
        while (q.next())
            ids << q.value(0).toLongLong();
        QList<Plan> out;
        for (qint64 id : ids) {
            auto p = loadPlan(tx, QStringLiteral("id = ?"), id);
            if (!p)
                return p.error();
            countSubscribers(tx, p.value(), today);
            out << p.value();
        }
        return out;
    });
}

Result<Plan> PlanService::plan(const Session &session, qint64 planId) {
    if (auto allowed = mayRead(m_db, session, m_clock); !allowed)
        return allowed.error();
    const QDate today = m_clock.nowUtc().date();
    return m_db.read([&](Database &tx) -> Result<Plan> {
        auto p = loadPlan(tx, QStringLiteral("id = ?"), planId);
        if (p)
            countSubscribers(tx, p.value(), today);
        return p;
    });
}

Result<Plan> PlanService::planByCode(const Session &session, const QString &code) {
    if (auto allowed = mayRead(m_db, session, m_clock); !allowed)
        return allowed.error();
    const QDate today = m_clock.nowUtc().date();
    return m_db.read([&](Database &tx) -> Result<Plan> {
        auto p = loadPlanByCode(tx, code);
        if (p)
            countSubscribers(tx, p.value(), today);
        return p;
    });
}

Result<QList<PlanVersion>> PlanService::versions(const Session &session, qint64 planId) {
    if (auto allowed = mayRead(m_db, session, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<QList<PlanVersion>> {
        QList<PlanVersion> out;
        QSqlQuery q = tx.exec(
            QStringLiteral("SELECT %1 FROM plan_versions WHERE plan_id = ? ORDER BY version DESC").arg(kVersionColumns),
            {planId});
        while (q.next())
            out << readVersion(q);
        if (out.isEmpty())
            return Error::notFound(tr("There is no such plan."));
        for (PlanVersion &v : out)
            loadFeaturesOf(tx, v);
        return out;
    });
}

Result<PlanVersion> PlanService::version(const Session &session, qint64 planVersionId) {
    if (auto allowed = mayRead(m_db, session, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) { return loadVersion(tx, planVersionId); });
}

Result<PlanVersion> PlanService::saveVersion(const Session &session, const PlanEdit &edit) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformPlans, m_clock); !allowed)
        return allowed.error();
    const QString name = edit.name.simplified();
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("enter the plan's name"));
    if (edit.pricePaise < 0)
        return Error::invalid(QStringLiteral("price"), tr("the price cannot be negative"));
    if (edit.trialDays < 0 || edit.trialDays > kMaxTrialDays)
        return Error::invalid(QStringLiteral("trialDays"), tr("a trial lasts 0 to %1 days").arg(kMaxTrialDays));
    const QDateTime nowTime = m_clock.nowUtc();

    return m_db.write([&](Database &tx) -> Result<PlanVersion> {
        const QList<FeatureInfo> catalogue = loadFeatures(tx);
        QMap<QString, PlanFeature> wanted;
        for (const PlanFeature &f : edit.features) {
            const QString field = QStringLiteral("features[%1]").arg(f.featureKey);
            auto known = std::find_if(catalogue.begin(), catalogue.end(),
                                      [&](const FeatureInfo &c) { return c.key == f.featureKey; });
            if (known == catalogue.end())
                return Error::invalid(field, tr("there is no feature %1").arg(f.featureKey));
            if (wanted.contains(f.featureKey))
                return Error::invalid(field, tr("the feature is listed twice"));
            if (known->hasQuota() && f.quota < kUnlimited)
                return Error::invalid(field + QStringLiteral(".quota"), tr("enter 0 or more, or leave it unlimited"));
            PlanFeature stored = f;
            if (!known->hasQuota())
                stored.quota = kUnlimited;
            wanted.insert(f.featureKey, stored);
        }

        QSqlQuery q = tx.exec(QStringLiteral("SELECT current_version_id FROM plans WHERE id = ?%1")
                                  .arg(tx.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE")),
                              {edit.planId});
        if (!q.next())
            return Error::notFound(tr("There is no such plan."));
        auto current = loadVersion(tx, q.value(0).toLongLong());
        if (!current)
            return current.error();
        const PlanVersion &old = current.value();
        if (old.version != edit.baseVersion)
            return Error::conflict(
                tr("%1 changed this plan at %2 (now version %3); reload it and make your change again.")
                    .arg(old.createdByName, old.createdAt.toString(QStringLiteral("dd MMM yyyy HH:mm")))
                    .arg(old.version));

        const QString now = isoUtc(nowTime);
        const qint64 versionId = tx.insert(
            QStringLiteral(
                "INSERT INTO plan_versions (plan_id, version, name, price_paise, trial_days, note, created_at, "
                "created_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {edit.planId, old.version + 1, name, edit.pricePaise, edit.trialDays, edit.note.trimmed(), now,
             session.displayName.isEmpty() ? session.username : session.displayName});
        QJsonObject before{{QStringLiteral("version"), old.version}};
        QJsonObject after{{QStringLiteral("version"), old.version + 1}};
        if (old.name != name) {
            before.insert(QStringLiteral("name"), old.name);
            after.insert(QStringLiteral("name"), name);
        }
        if (old.pricePaise != edit.pricePaise) {
            before.insert(QStringLiteral("pricePaise"), old.pricePaise);
            after.insert(QStringLiteral("pricePaise"), edit.pricePaise);
        }
        if (old.trialDays != edit.trialDays) {
            before.insert(QStringLiteral("trialDays"), old.trialDays);
            after.insert(QStringLiteral("trialDays"), edit.trialDays);
        }
        QJsonObject featuresBefore;
        QJsonObject featuresAfter;
        for (const FeatureInfo &c : catalogue) {
            const PlanFeature f = wanted.value(c.key, PlanFeature{c.key, false, kUnlimited});
            tx.exec(QStringLiteral(
                        "INSERT INTO plan_features (plan_version_id, feature_key, enabled, quota) VALUES (?, ?, ?, ?)"),
                    {versionId, c.key, f.enabled ? 1 : 0, f.quota});
            const PlanFeature *was = old.feature(c.key);
            const bool wasOn = was && was->enabled;
            const qint64 wasQuota = was ? was->quota : kUnlimited;
            if (wasOn != f.enabled || (c.hasQuota() && wasQuota != f.quota)) {
                featuresBefore.insert(c.key, wasOn ? quotaText(wasQuota) : QStringLiteral("off"));
                featuresAfter.insert(c.key, f.enabled ? quotaText(f.quota) : QStringLiteral("off"));
            }
        }
        if (!featuresAfter.isEmpty()) {
            before.insert(QStringLiteral("features"), featuresBefore);
            after.insert(QStringLiteral("features"), featuresAfter);
        }
        tx.exec(QStringLiteral("UPDATE plans SET current_version_id = ? WHERE id = ?"), {versionId, edit.planId});
        AuditLog::append(
            tx, session,
            {QStringLiteral("plan.version"), QStringLiteral("plan"), QString::number(edit.planId), before, after},
            nowTime);
        return loadVersion(tx, versionId);
    });
}

} // namespace bcp
