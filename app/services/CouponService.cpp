#include "services/CouponService.h"

#include "data/Database.h"
#include "money/IndianFormat.h"
#include "money/Money.h"
#include "services/AuditLog.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/PlanService.h"
#include "services/Session.h"
#include "services/SubscriptionService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("CouponService", text);
}

const QString kColumns = QStringLiteral(
    "id, code, description, kind, percent, amount_paise, valid_from, valid_until, max_uses, max_uses_per_tenant, "
    "allowed_plans, minimum_paise, active, batch, used_count, discount_given_paise, created_at, created_by_name, "
    "row_version, updated_at, updated_by_name");

struct Stored {
    Coupon coupon;
    QDateTime updatedAt;
    QString updatedByName;
};

Stored readCoupon(const QSqlQuery &q) {
    Stored s;
    Coupon &c = s.coupon;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.description = q.value(2).toString();
    c.kind = q.value(3).toString() == QLatin1String("fixed") ? CouponKind::Fixed : CouponKind::Percent;
    c.percent = q.value(4).toInt();
    c.amountPaise = q.value(5).toLongLong();
    c.validFrom = fromIsoUtc(q.value(6).toString());
    if (!q.value(7).isNull())
        c.validUntil = fromIsoUtc(q.value(7).toString());
    c.maxUses = q.value(8).toInt();
    c.maxUsesPerTenant = q.value(9).toInt();
    c.allowedPlans = q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.minimumAmountPaise = q.value(11).toLongLong();
    c.active = q.value(12).toInt() != 0;
    c.batch = q.value(13).toString();
    c.usedCount = q.value(14).toInt();
    c.discountGivenPaise = q.value(15).toLongLong();
    c.createdAt = fromIsoUtc(q.value(16).toString());
    c.createdByName = q.value(17).toString();
    c.rowVersion = q.value(18).toInt();
    s.updatedAt = fromIsoUtc(q.value(19).toString());
    s.updatedByName = q.value(20).toString();
    return s;
}

QString normalized(const QString &code) {
    return code.trimmed().toUpper();
}

QString actorName(const Session &s) {
    return s.displayName.isEmpty() ? s.username : s.displayName;
}

QString shortDate(const QDateTime &t) {
    return t.toUTC().toString(QStringLiteral("dd MMM yyyy"));
}

QString rupees(qint64 paise) {
    return IndianFormat::money(Money::fromPaise(paise), IndianFormat::Symbol::Rupee);
}

QJsonObject couponJson(const Coupon &c) {
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("kind"), c.kind == CouponKind::Fixed ? QStringLiteral("fixed") : QStringLiteral("percent")},
            {QStringLiteral("percent"), c.percent},
            {QStringLiteral("amountPaise"), c.amountPaise},
            {QStringLiteral("validFrom"), isoUtc(c.validFrom)},
            {QStringLiteral("validUntil"), c.validUntil.isValid() ? isoUtc(c.validUntil) : QString()},
            {QStringLiteral("maxUses"), c.maxUses},
            {QStringLiteral("maxUsesPerTenant"), c.maxUsesPerTenant},
            {QStringLiteral("allowedPlans"), c.allowedPlans.join(QLatin1Char(','))},
            {QStringLiteral("minimumAmountPaise"), c.minimumAmountPaise},
            {QStringLiteral("active"), c.active}};
}

// Platform staff who sell (coupons) or bill (subscriptions) check codes for any shop; a shop for itself.
Result<qint64> redeemingTenant(Database &db, const Session &session, qint64 tenantId, const Clock &clock) {
    if (session.isPlatform()) {
        if (!session.can(perm::PlatformSubscriptions)) {
            if (auto allowed = requirePermission(db, session, perm::PlatformCoupons, clock); !allowed)
                return allowed.error();
        }
        if (tenantId <= 0)
            return Error::invalid(QStringLiteral("tenant"), tr("choose a shop"));
        return tenantId;
    }
    if (auto allowed = requirePermission(db, session, perm::SubscriptionManage, clock); !allowed)
        return allowed.error();
    if (tenantId != 0 && tenantId != session.tenantId)
        return Error::notFound(tr("There is no such shop."));
    return session.tenantId;
}

// The plan and amount a check is for: empty plan = the shop's current plan, negative amount = its price.
Result<std::pair<QString, qint64>> purchase(Database &tx, qint64 tenantId, const QString &planCode, qint64 amountPaise,
                                            const QDateTime &now) {
    QString plan = planCode.trimmed().toLower();
    if (plan.isEmpty()) {
        auto sub = SubscriptionService::loadForTenant(tx, tenantId, now);
        if (!sub)
            return sub.error();
        plan = sub->planCode;
    }
    if (amountPaise < 0) {
        auto p = PlanService::loadPlanByCode(tx, plan);
        if (!p)
            return Error::invalid(QStringLiteral("plan"), tr("there is no plan %1").arg(plan));
        amountPaise = p->current.pricePaise;
    }
    return std::make_pair(plan, amountPaise);
}

Result<void> validateFields(Database &tx, Coupon &c) {
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9][A-Z0-9-]{2,31}$"));
    c.code = normalized(c.code);
    if (!codeRe.match(c.code).hasMatch())
        return Error::invalid(QStringLiteral("code"), tr("use 3 to 32 letters, digits or dashes"));
    c.description = c.description.simplified();
    if (c.kind == CouponKind::Percent) {
        if (c.percent < 1 || c.percent > 100)
            return Error::invalid(QStringLiteral("percent"), tr("enter a percentage from 1 to 100"));
        c.amountPaise = 0;
    } else {
        if (c.amountPaise <= 0)
            return Error::invalid(QStringLiteral("amount"), tr("enter an amount above zero"));
        c.percent = 0;
    }
    if (c.validUntil.isValid() && c.validUntil <= c.validFrom)
        return Error::invalid(QStringLiteral("validUntil"), tr("the end must come after the start"));
    if (c.maxUses < 0)
        return Error::invalid(QStringLiteral("maxUses"), tr("enter 0 for no limit, or a number of uses"));
    if (c.maxUsesPerTenant < 0)
        return Error::invalid(QStringLiteral("maxUsesPerTenant"), tr("enter 0 for no limit, or a number of uses"));
    if (c.maxUses > 0 && c.maxUsesPerTenant > c.maxUses)
        return Error::invalid(QStringLiteral("maxUsesPerTenant"), tr("cannot be more than the total uses"));
    if (c.minimumAmountPaise < 0)
        return Error::invalid(QStringLiteral("minimumAmount"), tr("the minimum amount cannot be negative"));
    QStringList plans;
    for (const QString &p : c.allowedPlans) {
        const QString code = p.trimmed().toLower();
        if (code.isEmpty() || plans.contains(code))
            continue;
        if (!tx.scalar(QStringLiteral("SELECT id FROM plans WHERE code = ?"), {code}).isValid())
            return Error::invalid(QStringLiteral("allowedPlans"), tr("there is no plan %1").arg(p));
        plans << code;
    }
    c.allowedPlans = plans;
    return {};
}

QVariantList couponValues(const Coupon &c) {
    return {c.code,
            c.description,
            c.kind == CouponKind::Fixed ? QStringLiteral("fixed") : QStringLiteral("percent"),
            c.percent,
            c.amountPaise,
            isoUtc(c.validFrom),
            c.validUntil.isValid() ? QVariant(isoUtc(c.validUntil)) : QVariant(),
            c.maxUses,
            c.maxUsesPerTenant,
            c.allowedPlans.join(QLatin1Char(',')),
            c.minimumAmountPaise,
            c.active ? 1 : 0};
}

const QString kInsertColumns = QStringLiteral(
    "code, description, kind, percent, amount_paise, valid_from, valid_until, max_uses, max_uses_per_tenant, "
    "allowed_plans, minimum_paise, active, batch, created_at, created_by_name, updated_at, updated_by_name");

QString randomPart() {
    const QString &chars = CouponService::alphabet();
    QString out;
    for (int i = 0; i < CouponService::kRandomLength; ++i)
        out += chars.at(int(QRandomGenerator::system()->bounded(quint32(chars.size()))));
    return out;
}

} // namespace

const QString &CouponService::alphabet() {
    // Without 0/O, 1/I/L, 2/Z, 5/S and 8/B, which people misread from print and screens.
    static const QString chars = QStringLiteral("34679ACDEFGHJKMNPQRTUVWXY");
    return chars;
}

CouponService::CouponService(Database &db) : CouponService(db, Clock::system()) {}

CouponService::CouponService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString CouponService::message(CouponRule rule, const Coupon &coupon, const QString &code, const QString &planName,
                               qint64 discountPaise) {
    const QString shown = coupon.code.isEmpty() ? normalized(code) : coupon.code;
    switch (rule) {
    case CouponRule::NotFound:
        return tr("Coupon code %1 does not exist.").arg(shown);
    case CouponRule::Inactive:
        return tr("Coupon %1 is not active.").arg(shown);
    case CouponRule::NotYetValid:
        return tr("Coupon %1 is valid from %2.").arg(shown, shortDate(coupon.validFrom));
    case CouponRule::Expired:
        return tr("Coupon %1 expired on %2.").arg(shown, shortDate(coupon.validUntil));
    case CouponRule::UsedUp:
        return tr("Coupon %1 has been used the maximum number of times.").arg(shown);
    case CouponRule::AlreadyUsedByTenant:
        return tr("Coupon %1 was already used by this shop.").arg(shown);
    case CouponRule::NotForPlan:
        return tr("Coupon %1 is not valid for the %2 plan.").arg(shown, planName);
    case CouponRule::BelowMinimum:
        return tr("Coupon %1 needs an amount of at least %2.").arg(shown, rupees(coupon.minimumAmountPaise));
    case CouponRule::Valid:
        return tr("Coupon %1 gives %2 off.").arg(shown, rupees(discountPaise));
    }
    return {};
}

CouponCheck CouponService::check(Database &tx, const QString &code, qint64 tenantId, const QString &planCode,
                                 qint64 amountPaise, const QDateTime &now, bool lock) {
    CouponCheck out;
    QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM coupons WHERE code = ?%2")
                              .arg(kColumns, lock && !tx.isSqlite() ? QStringLiteral(" FOR UPDATE") : QString()),
                          {normalized(code)});
    auto decide = [&](CouponRule rule, const QString &planName = {}) {
        out.rule = rule;
        if (rule == CouponRule::Valid)
            out.discountPaise = out.coupon.discountOn(amountPaise);
        out.message = message(rule, out.coupon, code, planName, out.discountPaise);
        return out;
    };
    if (!q.next())
        return decide(CouponRule::NotFound);
    out.coupon = readCoupon(q).coupon;
    const Coupon &c = out.coupon;
    if (!c.active)
        return decide(CouponRule::Inactive);
    if (now < c.validFrom)
        return decide(CouponRule::NotYetValid);
    if (c.validUntil.isValid() && now >= c.validUntil)
        return decide(CouponRule::Expired);
    if (c.maxUses > 0 && c.usedCount >= c.maxUses)
        return decide(CouponRule::UsedUp);
    if (c.maxUsesPerTenant > 0) {
        const int used =
            tx.scalar(QStringLiteral("SELECT count(*) FROM coupon_redemptions WHERE coupon_id = ? AND tenant_id = ?"),
                      {c.id, tenantId})
                .toInt();
        if (used >= c.maxUsesPerTenant)
            return decide(CouponRule::AlreadyUsedByTenant);
    }
    if (!c.allowedPlans.isEmpty() && !c.allowedPlans.contains(planCode)) {
        const QString name =
            tx.scalar(QStringLiteral("SELECT v.name FROM plans p JOIN plan_versions v ON v.id = p.current_version_id "
                                     "WHERE p.code = ?"),
                      {planCode})
                .toString();
        return decide(CouponRule::NotForPlan, name.isEmpty() ? planCode : name);
    }
    if (amountPaise < c.minimumAmountPaise)
        return decide(CouponRule::BelowMinimum);
    return decide(CouponRule::Valid);
}

CouponRedemption CouponService::record(Database &tx, const Session &session, const CouponCheck &passed, qint64 tenantId,
                                       const QString &planCode, qint64 amountPaise, const QDateTime &now) {
    CouponRedemption r;
    r.couponId = passed.coupon.id;
    r.code = passed.coupon.code;
    r.tenantId = tenantId;
    r.planCode = planCode;
    r.amountPaise = amountPaise;
    r.discountPaise = passed.discountPaise;
    r.at = now;
    tx.exec(QStringLiteral(
                "UPDATE coupons SET used_count = used_count + 1, discount_given_paise = discount_given_paise + ? "
                "WHERE id = ?"),
            {r.discountPaise, r.couponId});
    r.id = tx.insert(
        QStringLiteral("INSERT INTO coupon_redemptions (coupon_id, tenant_id, plan_code, amount_paise, discount_paise, "
                       "redeemed_at, actor_name) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {r.couponId, tenantId, planCode, amountPaise, r.discountPaise, isoUtc(now), actorName(session)});
    r.tenantName = tx.scalar(QStringLiteral("SELECT name FROM tenants WHERE id = ?"), {tenantId}).toString();
    return r;
}

Result<CouponPage> CouponService::list(const Session &session, const CouponQuery &query) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformCoupons, m_clock); !allowed)
        return allowed.error();
    const int limit = std::clamp(query.limit, 1, 1000);
    return m_db.read([&](Database &tx) -> Result<CouponPage> {
        QString sql = QStringLiteral("SELECT %1 FROM coupons WHERE 1 = 1").arg(kColumns);
        QVariantList values;
        const QString text = query.text.simplified().toLower();
        if (!text.isEmpty()) {
            sql += QStringLiteral(" AND (lower(code) LIKE ? OR lower(description) LIKE ?)");
            values << QStringLiteral("%") + text + QStringLiteral("%")
                   << QStringLiteral("%") + text + QStringLiteral("%");
        }
        if (query.active) {
            sql += QStringLiteral(" AND active = ?");
            values << (*query.active ? 1 : 0);
        }
        if (!query.batch.isEmpty()) {
            sql += QStringLiteral(" AND batch = ?");
            values << query.batch;
        }
        if (query.afterId > 0) {
            sql += QStringLiteral(" AND id < ?");
            values << query.afterId;
        }
        sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit + 1);
        CouponPage page;
        QSqlQuery q = tx.exec(sql, values);
        while (q.next()) {
            if (page.rows.size() == limit) {
                page.atEnd = false;
                break;
            }
            page.rows << readCoupon(q).coupon;
        }
        return page;
    });
}

Result<Coupon> CouponService::get(const Session &session, qint64 couponId) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformCoupons, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<Coupon> {
        QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM coupons WHERE id = ?").arg(kColumns), {couponId});
        if (!q.next())
            return Error::notFound(tr("There is no such coupon."));
        return readCoupon(q).coupon;
    });
}

Result<Coupon> CouponService::getByCode(const Session &session, const QString &code) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformCoupons, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<Coupon> {
        QSqlQuery q =
            tx.exec(QStringLiteral("SELECT %1 FROM coupons WHERE code = ?").arg(kColumns), {normalized(code)});
        if (!q.next())
            return Error::notFound(tr("Coupon code %1 does not exist.").arg(normalized(code)));
        return readCoupon(q).coupon;
    });
}

Result<Coupon> CouponService::save(const Session &session, const Coupon &input) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformCoupons, m_clock); !allowed)
        return allowed.error();
    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    return m_db.write([&](Database &tx) -> Result<Coupon> {
        Coupon c = input;
        if (!c.validFrom.isValid())
            c.validFrom = nowTime;
        if (auto valid = validateFields(tx, c); !valid)
            return valid.error();
        const QVariant clash = tx.scalar(QStringLiteral("SELECT id FROM coupons WHERE code = ?"), {c.code});
        if (clash.isValid() && clash.toLongLong() != c.id)
            return Error::invalid(QStringLiteral("code"), tr("coupon %1 already exists").arg(c.code));
        qint64 id = c.id;
        QJsonObject before;
        QJsonObject after = couponJson(c);
        if (id == 0) {
            QVariantList values = couponValues(c);
            values << QString() << now << actorName(session) << now << actorName(session);
            id = tx.insert(
                QStringLiteral("INSERT INTO coupons (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(kInsertColumns),
                values);
        } else {
            QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM coupons WHERE id = ?%2")
                                      .arg(kColumns, tx.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE")),
                                  {id});
            if (!q.next())
                return Error::notFound(tr("There is no such coupon."));
            const Stored old = readCoupon(q);
            if (old.coupon.rowVersion != c.rowVersion)
                return Error::conflict(
                    tr("%1 changed this coupon at %2; reload it and make your change again.")
                        .arg(old.updatedByName, old.updatedAt.toString(QStringLiteral("dd MMM yyyy HH:mm"))));
            if (old.coupon.usedCount > 0 && old.coupon.code != c.code)
                return Error::invalid(QStringLiteral("code"), tr("a coupon that was used keeps its code"));
            QVariantList values = couponValues(c);
            values << now << actorName(session) << id;
            tx.exec(QStringLiteral(
                        "UPDATE coupons SET code = ?, description = ?, kind = ?, percent = ?, amount_paise = ?, "
                        "valid_from = ?, valid_until = ?, max_uses = ?, max_uses_per_tenant = ?, allowed_plans = ?, "
                        "minimum_paise = ?, active = ?, updated_at = ?, updated_by_name = ?, "
                        "row_version = row_version + 1 WHERE id = ?"),
                    values);
            const QJsonObject was = couponJson(old.coupon);
            QJsonObject changed;
            for (auto it = after.begin(); it != after.end(); ++it) {
                if (was.value(it.key()) != it.value()) {
                    before.insert(it.key(), was.value(it.key()));
                    changed.insert(it.key(), it.value());
                }
            }
            after = changed;
        }
        AuditLog::append(tx, session,
                         {input.id == 0 ? QStringLiteral("coupon.create") : QStringLiteral("coupon.update"),
                          QStringLiteral("coupon"), QString::number(id), before, after},
                         nowTime);
        QSqlQuery q = tx.exec(QStringLiteral("SELECT %1 FROM coupons WHERE id = ?").arg(kColumns), {id});
        q.next();
        return readCoupon(q).coupon;
    });
}

Result<QStringList> CouponService::generate(const Session &session, const BulkCouponInput &input) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformCoupons, m_clock); !allowed)
        return allowed.error();
    static const QRegularExpression prefixRe(QStringLiteral("^[A-Z0-9]{2,12}$"));
    const QString prefix = normalized(input.prefix);
    if (!prefixRe.match(prefix).hasMatch())
        return Error::invalid(QStringLiteral("prefix"), tr("use 2 to 12 letters or digits"));
    if (input.count < 1 || input.count > kMaxBulk)
        return Error::invalid(QStringLiteral("count"), tr("make 1 to %1 codes at a time").arg(kMaxBulk));
    const QDateTime nowTime = m_clock.nowUtc();
    const QString now = isoUtc(nowTime);
    return m_db.write([&](Database &tx) -> Result<QStringList> {
        Coupon pattern = input.pattern;
        if (!pattern.validFrom.isValid())
            pattern.validFrom = nowTime;
        pattern.code = prefix + QStringLiteral("-") + QString(kRandomLength, QLatin1Char('A'));
        if (auto valid = validateFields(tx, pattern); !valid)
            return valid.error();
        QSet<QString> taken;
        QSqlQuery existing =
            tx.exec(QStringLiteral("SELECT code FROM coupons WHERE code LIKE ?"), {prefix + QStringLiteral("-%")});
        while (existing.next())
            taken.insert(existing.value(0).toString());
        QStringList codes;
        while (codes.size() < input.count) {
            const QString code = prefix + QStringLiteral("-") + randomPart();
            if (taken.contains(code))
                continue;
            taken.insert(code);
            codes << code;
        }
        // Many rows per statement: ten thousand single inserts would hold the write lock for seconds.
        constexpr int kRowsPerInsert = 100;
        const QString one = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int start = 0; start < codes.size(); start += kRowsPerInsert) {
            const int n = std::min(kRowsPerInsert, int(codes.size()) - start);
            QStringList rows;
            QVariantList values;
            for (int i = 0; i < n; ++i) {
                Coupon c = pattern;
                c.code = codes.at(start + i);
                rows << one;
                values << couponValues(c);
                values << prefix << now << actorName(session) << now << actorName(session);
            }
            tx.exec(QStringLiteral("INSERT INTO coupons (%1) VALUES %2")
                        .arg(kInsertColumns, rows.join(QStringLiteral(", "))),
                    values);
        }
        QJsonObject after = couponJson(pattern);
        after.remove(QStringLiteral("code"));
        after.insert(QStringLiteral("batch"), prefix);
        after.insert(QStringLiteral("count"), input.count);
        after.insert(QStringLiteral("first"), codes.first());
        after.insert(QStringLiteral("last"), codes.last());
        AuditLog::append(tx, session,
                         {QStringLiteral("coupon.generate"), QStringLiteral("coupon_batch"), prefix, {}, after},
                         nowTime);
        return codes;
    });
}

Result<int> CouponService::deactivate(const Session &session, const QList<qint64> &couponIds) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformCoupons, m_clock); !allowed)
        return allowed.error();
    if (couponIds.isEmpty())
        return Error::invalid(QStringLiteral("coupons"), tr("choose the coupons to deactivate"));
    const QDateTime nowTime = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<int> {
        QList<qint64> ids = couponIds;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        int changed = 0;
        QJsonArray done;
        constexpr int kPerStatement = 500;
        for (int start = 0; start < ids.size(); start += kPerStatement) {
            const QList<qint64> part = ids.mid(start, kPerStatement);
            QStringList marks;
            QVariantList values{isoUtc(nowTime), actorName(session)};
            for (qint64 id : part) {
                marks << QStringLiteral("?");
                values << id;
            }
            const QString in = marks.join(QStringLiteral(", "));
            QVariantList selectValues = values.mid(2);
            QSqlQuery q =
                tx.exec(QStringLiteral("SELECT code FROM coupons WHERE active = 1 AND id IN (%1) ORDER BY id").arg(in),
                        selectValues);
            while (q.next())
                done << q.value(0).toString();
            changed += tx.exec(QStringLiteral("UPDATE coupons SET active = 0, updated_at = ?, updated_by_name = ?, "
                                              "row_version = row_version + 1 WHERE active = 1 AND id IN (%1)")
                                   .arg(in),
                               values)
                           .numRowsAffected();
        }
        // The ids name the coupons of a short list; a long one is named by its codes in `after`.
        QStringList idText;
        for (qint64 id : ids)
            idText << QString::number(id);
        const QString entityId = ids.size() <= 20 ? idText.join(QLatin1Char(',')) : QString();
        AuditLog::append(tx, session,
                         {QStringLiteral("coupon.deactivate"),
                          QStringLiteral("coupon"),
                          entityId,
                          {{QStringLiteral("active"), true}},
                          {{QStringLiteral("active"), false}, {QStringLiteral("codes"), done}}},
                         nowTime);
        return changed;
    });
}

Result<CouponCheck> CouponService::validate(const Session &session, const QString &code, qint64 tenantId,
                                            const QString &planCode, qint64 amountPaise) {
    auto tenant = redeemingTenant(m_db, session, tenantId, m_clock);
    if (!tenant)
        return tenant.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.read([&](Database &tx) -> Result<CouponCheck> {
        auto bought = purchase(tx, tenant.value(), planCode, amountPaise, now);
        if (!bought)
            return bought.error();
        return check(tx, code, tenant.value(), bought->first, bought->second, now, false);
    });
}

Result<CouponRedemption> CouponService::redeem(const Session &session, const QString &code, qint64 tenantId,
                                               const QString &planCode, qint64 amountPaise) {
    auto tenant = redeemingTenant(m_db, session, tenantId, m_clock);
    if (!tenant)
        return tenant.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&](Database &tx) -> Result<CouponRedemption> {
        auto bought = purchase(tx, tenant.value(), planCode, amountPaise, now);
        if (!bought)
            return bought.error();
        const CouponCheck checked = check(tx, code, tenant.value(), bought->first, bought->second, now, true);
        if (!checked.valid())
            return Error::invalid(QStringLiteral("code"), checked.message);
        CouponRedemption r = record(tx, session, checked, tenant.value(), bought->first, bought->second, now);
        AuditLog::append(tx, session,
                         {QStringLiteral("coupon.redeem"),
                          QStringLiteral("coupon"),
                          QString::number(r.couponId),
                          {},
                          {{QStringLiteral("code"), r.code},
                           {QStringLiteral("tenant"), QString::number(r.tenantId)},
                           {QStringLiteral("plan"), r.planCode},
                           {QStringLiteral("discountPaise"), r.discountPaise}}},
                         now);
        return r;
    });
}

Result<QList<CouponRedemption>> CouponService::redemptions(const Session &session, qint64 couponId) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformCoupons, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<QList<CouponRedemption>> {
        QList<CouponRedemption> out;
        QSqlQuery q = tx.exec(
            QStringLiteral("SELECT r.id, r.coupon_id, c.code, r.tenant_id, t.name, r.plan_code, r.amount_paise, "
                           "r.discount_paise, r.charge_id, r.redeemed_at FROM coupon_redemptions r "
                           "JOIN coupons c ON c.id = r.coupon_id JOIN tenants t ON t.id = r.tenant_id "
                           "WHERE (? = 0 OR r.coupon_id = ?) ORDER BY r.id DESC"),
            {couponId, couponId});
        while (q.next()) {
            CouponRedemption r;
            r.id = q.value(0).toLongLong();
            r.couponId = q.value(1).toLongLong();
            r.code = q.value(2).toString();
            r.tenantId = q.value(3).toLongLong();
            r.tenantName = q.value(4).toString();
            r.planCode = q.value(5).toString();
            r.amountPaise = q.value(6).toLongLong();
            r.discountPaise = q.value(7).toLongLong();
            r.chargeId = q.value(8).toLongLong();
            r.at = fromIsoUtc(q.value(9).toString());
            out << r;
        }
        return out;
    });
}

Result<CouponAnalytics> CouponService::analytics(const Session &session, qint64 couponId) {
    if (auto allowed = requirePermission(m_db, session, perm::PlatformCoupons, m_clock); !allowed)
        return allowed.error();
    return m_db.read([&](Database &tx) -> Result<CouponAnalytics> {
        CouponAnalytics a;
        a.couponId = couponId;
        if (couponId > 0) {
            const QVariant code = tx.scalar(QStringLiteral("SELECT code FROM coupons WHERE id = ?"), {couponId});
            if (!code.isValid())
                return Error::notFound(tr("There is no such coupon."));
            a.code = code.toString();
        }
        const QVariantList key{couponId, couponId};
        QSqlQuery plans = tx.exec(
            QStringLiteral("SELECT r.plan_code, count(*), sum(r.discount_paise), min(COALESCE(p.sort_order, 999)) "
                           "FROM coupon_redemptions r LEFT JOIN plans p ON p.code = r.plan_code "
                           "WHERE (? = 0 OR r.coupon_id = ?) GROUP BY r.plan_code "
                           "ORDER BY min(COALESCE(p.sort_order, 999)), r.plan_code"),
            key);
        while (plans.next()) {
            CouponBucket b{plans.value(0).toString(), plans.value(1).toInt(), plans.value(2).toLongLong()};
            a.redemptions += b.redemptions;
            a.discountPaise += b.discountPaise;
            a.byPlan << b;
        }
        QMap<QString, CouponBucket> months;
        QSqlQuery byMonth = tx.exec(QStringLiteral("SELECT substr(redeemed_at, 1, 7), count(*), sum(discount_paise) "
                                                   "FROM coupon_redemptions WHERE (? = 0 OR coupon_id = ?) "
                                                   "GROUP BY substr(redeemed_at, 1, 7)"),
                                    key);
        while (byMonth.next()) {
            const QString month = byMonth.value(0).toString();
            months.insert(month, {month, byMonth.value(1).toInt(), byMonth.value(2).toLongLong()});
        }
        if (!months.isEmpty()) {
            // Every month between the first and the last, so a chart shows quiet months as empty bars.
            QDate d = QDate::fromString(months.firstKey() + QStringLiteral("-01"), Qt::ISODate);
            const QDate last = QDate::fromString(months.lastKey() + QStringLiteral("-01"), Qt::ISODate);
            for (; d.isValid() && d <= last; d = d.addMonths(1)) {
                const QString key = d.toString(QStringLiteral("yyyy-MM"));
                a.byMonth << months.value(key, CouponBucket{key, 0, 0});
            }
        }
        return a;
    });
}

} // namespace bcp
