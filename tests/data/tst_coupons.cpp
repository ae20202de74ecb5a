// Coupons on SQLite and PostgreSQL: every validation rule in its order with its exact message, the field
// checks of the editor, percent and fixed discounts, atomic redemption (50 concurrent redemptions of a coupon
// limited to 10 give exactly 10, and a per-shop limit holds under the same race, threads on their own
// connections), bulk generation (unique codes from an unambiguous alphabet) and bulk deactivation, analytics
// by plan and by month, a shop applying a code to its next invoice, permissions, and one audit row per change.

#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "services/Clock.h"
#include "services/CouponService.h"
#include "services/Permissions.h"
#include "services/Session.h"
#include "services/SubscriptionService.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

using namespace bcp;

namespace {

// The shared shop, user and session helpers of TestShop.h.
using namespace bcp::test;

const QDateTime kStart = utc(2026, 11, 1);

Coupon percentCoupon(const QString &code, int percent) {
    Coupon c;
    c.code = code;
    c.description = QStringLiteral("Test coupon");
    c.kind = CouponKind::Percent;
    c.percent = percent;
    c.validFrom = kStart.addDays(-10);
    c.maxUses = 0;
    c.maxUsesPerTenant = 0;
    return c;
}

} // namespace

class TestCoupons : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void everyRuleWithItsMessage_data();
    void everyRuleWithItsMessage();
    void rulesAreCheckedInOrder();
    void discounts();
    void editorChecksEveryField();
    void concurrentRedemptionsNeverExceedTheLimit();
    void concurrentRedemptionsByOneShop();
    void bulkCodesAreUniqueAndUnambiguous();
    void bulkDeactivation();
    void analyticsByPlanAndMonth();
    void shopAppliesACodeToItsNextInvoice();
    void permissionsAndAudit();

private:
    Coupon saved(const Coupon &c);
    CouponCheck check(const QString &code, const QString &plan = QStringLiteral("pro"), qint64 amount = 149900);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CouponService> m_coupons;
    qint64 m_shop = 0;
    qint64 m_other = 0;
    Session m_owner;
    Session m_admin;
};

void TestCoupons::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(kStart);
    m_coupons = std::make_unique<CouponService>(*m_db, *m_clock);
    m_shop = createShop(*m_db, QStringLiteral("Sharma Packaging"), kStart);
    m_other = createShop(*m_db, QStringLiteral("Other Boxes"), kStart);
    m_owner = sessionFor(*m_db, m_shop, addUserRow(*m_db, m_shop, QStringLiteral("ravi"), role::Owner, kStart));
    m_admin = sessionFor(*m_db, 0, addUserRow(*m_db, 0, QStringLiteral("vendor.admin"), role::SuperAdmin, kStart));
}

void TestCoupons::cleanup() {
    m_coupons.reset();
    m_db.reset();
    m_t.reset();
}

Coupon TestCoupons::saved(const Coupon &c) {
    auto r = m_coupons->save(m_admin, c);
    if (!r)
        qFatal("cannot save coupon %s: %s", qPrintable(c.code), qPrintable(r.error().text()));
    return r.value();
}

CouponCheck TestCoupons::check(const QString &code, const QString &plan, qint64 amount) {
    auto r = m_coupons->validate(m_admin, code, m_shop, plan, amount);
    if (!r)
        qFatal("cannot validate: %s", qPrintable(r.error().text()));
    return r.value();
}

void TestCoupons::everyRuleWithItsMessage_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("not found") << "nope" << int(CouponRule::NotFound) << "Coupon code NOPE does not exist.";
    QTest::newRow("inactive") << "PAUSED10" << int(CouponRule::Inactive) << "Coupon PAUSED10 is not active.";
    QTest::newRow("not yet valid") << "LATER10" << int(CouponRule::NotYetValid)
                                   << "Coupon LATER10 is valid from 03 Nov 2026.";
    QTest::newRow("expired") << "GONE10" << int(CouponRule::Expired) << "Coupon GONE10 expired on 31 Oct 2026.";
    QTest::newRow("used up") << "ONCE10" << int(CouponRule::UsedUp)
                             << "Coupon ONCE10 has been used the maximum number of times.";
    QTest::newRow("already used by this shop")
        << "MINE10" << int(CouponRule::AlreadyUsedByTenant) << "Coupon MINE10 was already used by this shop.";
    QTest::newRow("not for this plan") << "ENT10" << int(CouponRule::NotForPlan)
                                       << "Coupon ENT10 is not valid for the Pro plan.";
    QTest::newRow("below minimum") << "BIG10" << int(CouponRule::BelowMinimum)
                                   << "Coupon BIG10 needs an amount of at least \u20b92,000.00.";
    QTest::newRow("valid") << " pro10 " << int(CouponRule::Valid) << "Coupon PRO10 gives \u20b9149.90 off.";
}

void TestCoupons::everyRuleWithItsMessage() {
    Coupon paused = percentCoupon(QStringLiteral("PAUSED10"), 10);
    paused.active = false;
    saved(paused);
    Coupon later = percentCoupon(QStringLiteral("LATER10"), 10);
    later.validFrom = kStart.addDays(2);
    saved(later);
    Coupon gone = percentCoupon(QStringLiteral("GONE10"), 10);
    gone.validUntil = utc(2026, 10, 31, 0);
    saved(gone);
    Coupon once = percentCoupon(QStringLiteral("ONCE10"), 10);
    once.maxUses = 1;
    saved(once);
    QVERIFY(m_coupons->redeem(m_admin, QStringLiteral("ONCE10"), m_other, QStringLiteral("pro"), 149900).ok());
    Coupon mine = percentCoupon(QStringLiteral("MINE10"), 10);
    mine.maxUsesPerTenant = 1;
    saved(mine);
    QVERIFY(m_coupons->redeem(m_admin, QStringLiteral("MINE10"), m_shop, QStringLiteral("basic"), 49900).ok());
    Coupon ent = percentCoupon(QStringLiteral("ENT10"), 10);
    ent.allowedPlans = {QStringLiteral("enterprise")};
    saved(ent);
    Coupon big = percentCoupon(QStringLiteral("BIG10"), 10);
    big.minimumAmountPaise = 200000;
    saved(big);
    saved(percentCoupon(QStringLiteral("PRO10"), 10));

    QFETCH(QString, code);
    QFETCH(int, rule);
    QFETCH(QString, message);
    const CouponCheck c = check(code);
    QCOMPARE(int(c.rule), rule);
    QCOMPARE(c.message, message);
    QCOMPARE(c.valid(), rule == int(CouponRule::Valid));
    QCOMPARE(c.discountPaise, c.valid() ? qint64(14990) : qint64(0));
    // Redeeming gives the same refusal, on the code field, and counts nothing.
    const int used = m_db->scalar(QStringLiteral("SELECT count(*) FROM coupon_redemptions")).toInt();
    auto r = m_coupons->redeem(m_admin, code, m_shop, QStringLiteral("pro"), 149900);
    if (c.valid()) {
        QVERIFY(r.ok());
        QCOMPARE(r->discountPaise, qint64(14990));
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("code"));
        QCOMPARE(r.error().message, message);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM coupon_redemptions")).toInt(), used);
    }
}

void TestCoupons::rulesAreCheckedInOrder() {
    // One coupon that breaks every rule; mending them one at a time reveals the next, in PLATFORM.md's order.
    Coupon c = percentCoupon(QStringLiteral("ORDER25"), 25);
    c.maxUses = 1;
    c.maxUsesPerTenant = 1;
    c = saved(c);
    QVERIFY(m_coupons->redeem(m_admin, c.code, m_shop, QStringLiteral("pro"), 149900).ok());
    c = m_coupons->get(m_admin, c.id).value();
    c.active = false;
    c.validFrom = kStart.addDays(5);
    c.allowedPlans = {QStringLiteral("enterprise")};
    c.minimumAmountPaise = 10'000'000;
    c = saved(c);
    QCOMPARE(check(c.code).rule, CouponRule::Inactive);
    c.active = true;
    c = saved(c);
    QCOMPARE(check(c.code).rule, CouponRule::NotYetValid);
    c.validFrom = kStart.addDays(-30);
    c.validUntil = kStart.addDays(-1);
    c = saved(c);
    QCOMPARE(check(c.code).rule, CouponRule::Expired);
    c.validUntil = {};
    c = saved(c);
    QCOMPARE(check(c.code).rule, CouponRule::UsedUp);
    c.maxUses = 0;
    c = saved(c);
    QCOMPARE(check(c.code).rule, CouponRule::AlreadyUsedByTenant);
    c.maxUsesPerTenant = 0;
    c = saved(c);
    QCOMPARE(check(c.code).rule, CouponRule::NotForPlan);
    c.allowedPlans.clear();
    c = saved(c);
    QCOMPARE(check(c.code).rule, CouponRule::BelowMinimum);
    c.minimumAmountPaise = 149900; // exactly the minimum is enough
    c = saved(c);
    QCOMPARE(check(c.code).rule, CouponRule::Valid);
    // The validity window: from is inclusive, until is exclusive.
    c.validFrom = kStart;
    c.validUntil = kStart.addDays(1);
    c = saved(c);
    QCOMPARE(check(c.code).rule, CouponRule::Valid);
    m_clock->set(kStart.addDays(1));
    QCOMPARE(check(c.code).rule, CouponRule::Expired);
    m_clock->set(kStart.addSecs(-1));
    QCOMPARE(check(c.code).rule, CouponRule::NotYetValid);
}

void TestCoupons::discounts() {
    Coupon percent = percentCoupon(QStringLiteral("P"), 15);
    QCOMPARE(percent.discountOn(149900), qint64(22485));
    QCOMPARE(percent.discountOn(333), qint64(50)); // 49.95 -> 50 half up
    QCOMPARE(percent.discountOn(0), qint64(0));
    Coupon fixed;
    fixed.kind = CouponKind::Fixed;
    fixed.amountPaise = 50000;
    QCOMPARE(fixed.discountOn(149900), qint64(50000));
    QCOMPARE(fixed.discountOn(49900), qint64(49900)); // never more than the amount
    Coupon all = percentCoupon(QStringLiteral("A"), 100);
    QCOMPARE(all.discountOn(49900), qint64(49900));
}

void TestCoupons::editorChecksEveryField() {
    saved(percentCoupon(QStringLiteral("TAKEN10"), 10));
    struct Case {
        const char *field;
        std::function<void(Coupon &)> spoil;
    };
    const QList<Case> cases = {
        {"code", [](Coupon &c) { c.code = QStringLiteral("a b"); }},
        {"code", [](Coupon &c) { c.code = QStringLiteral("AB"); }},
        {"code", [](Coupon &c) { c.code = QStringLiteral("taken10"); }},
        {"percent", [](Coupon &c) { c.percent = 0; }},
        {"percent", [](Coupon &c) { c.percent = 101; }},
        {"amount",
         [](Coupon &c) {
             c.kind = CouponKind::Fixed;
             c.amountPaise = 0;
         }},
        {"validUntil", [](Coupon &c) { c.validUntil = c.validFrom; }},
        {"maxUses", [](Coupon &c) { c.maxUses = -1; }},
        {"maxUsesPerTenant", [](Coupon &c) { c.maxUsesPerTenant = -1; }},
        {"maxUsesPerTenant",
         [](Coupon &c) {
             c.maxUses = 2;
             c.maxUsesPerTenant = 3;
         }},
        {"allowedPlans", [](Coupon &c) { c.allowedPlans = {QStringLiteral("gold")}; }},
        {"minimumAmount", [](Coupon &c) { c.minimumAmountPaise = -1; }},
    };
    const int audits = auditCount(*m_db);
    for (const Case &k : cases) {
        Coupon c = percentCoupon(QStringLiteral("NEW10"), 10);
        k.spoil(c);
        auto r = m_coupons->save(m_admin, c);
        QVERIFY2(!r.ok(), k.field);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().field, QString::fromLatin1(k.field));
    }
    QCOMPARE(auditCount(*m_db), audits);

    // Edits: a stale version is a conflict; a used coupon keeps its code.
    Coupon c = saved(percentCoupon(QStringLiteral("EDIT10"), 10));
    Coupon first = c;
    c.description = QStringLiteral("Diwali offer");
    c = saved(c);
    QCOMPARE(c.rowVersion, 2);
    first.percent = 20;
    auto stale = m_coupons->save(m_admin, first);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY(m_coupons->redeem(m_admin, c.code, m_shop, QStringLiteral("pro"), 149900).ok());
    c = m_coupons->get(m_admin, c.id).value();
    c.code = QStringLiteral("EDIT20");
    QCOMPARE(m_coupons->save(m_admin, c).error().field, QStringLiteral("code"));
    QCOMPARE(c.usedCount, 1);
    QCOMPARE(c.discountGivenPaise, qint64(14990));
}

void TestCoupons::concurrentRedemptionsNeverExceedTheLimit() {
    constexpr int kShops = 50;
    constexpr int kLimit = 10;
    Coupon c = percentCoupon(QStringLiteral("FIRST10"), 10);
    c.maxUses = kLimit;
    c.maxUsesPerTenant = 1;
    c = saved(c);
    QList<qint64> shops;
    for (int i = 0; i < kShops; ++i)
        shops << createShop(*m_db, QStringLiteral("Shop %1").arg(i), kStart);

    std::atomic<int> accepted{0};
    std::atomic<int> usedUp{0};
    std::mutex failuresLock;
    QStringList failures;
    const Session admin = m_admin;
    const ManualClock &clock = *m_clock;
    m_t->runTogether(kShops, [&](int i, Database &db) {
        CouponService coupons(db, clock);
        auto r = coupons.redeem(admin, QStringLiteral("FIRST10"), shops.at(i), QStringLiteral("pro"), 149900);
        if (r.ok()) {
            ++accepted;
        } else if (r.error().message == QStringLiteral("Coupon FIRST10 has been used the maximum number of times.")) {
            ++usedUp;
        } else {
            std::lock_guard<std::mutex> guard(failuresLock);
            failures << r.error().text();
        }
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(accepted.load(), kLimit);
    QCOMPARE(usedUp.load(), kShops - kLimit);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM coupon_redemptions WHERE coupon_id = ?"), {c.id}).toInt(),
        kLimit);
    const Coupon after = m_coupons->get(m_admin, c.id).value();
    QCOMPARE(after.usedCount, kLimit);
    QCOMPARE(after.discountGivenPaise, qint64(kLimit) * 14990);
    QCOMPARE(auditCount(*m_db, QStringLiteral("coupon.redeem")), kLimit);
}

void TestCoupons::concurrentRedemptionsByOneShop() {
    constexpr int kThreads = 20;
    Coupon c = percentCoupon(QStringLiteral("WELCOME"), 20);
    c.maxUsesPerTenant = 1; // no total limit
    saved(c);
    std::atomic<int> accepted{0};
    const Session admin = m_admin;
    const ManualClock &clock = *m_clock;
    const qint64 shop = m_shop;
    m_t->runTogether(kThreads, [&](int, Database &db) {
        if (CouponService(db, clock)
                .redeem(admin, QStringLiteral("WELCOME"), shop, QStringLiteral("basic"), 49900)
                .ok())
            ++accepted;
    });
    QCOMPARE(accepted.load(), 1);
    QCOMPARE(check(QStringLiteral("WELCOME")).rule, CouponRule::AlreadyUsedByTenant);
    auto forOther = m_coupons->validate(m_admin, QStringLiteral("WELCOME"), m_other, QStringLiteral("basic"), 49900);
    QCOMPARE(forOther->rule, CouponRule::Valid);
}

void TestCoupons::bulkCodesAreUniqueAndUnambiguous() {
    const QString &alphabet = CouponService::alphabet();
    for (QChar ambiguous : QStringLiteral("0O1IL2Z5S8B"))
        QVERIFY2(!alphabet.contains(ambiguous), qPrintable(QString(ambiguous)));
    QCOMPARE(QSet<QChar>(alphabet.begin(), alphabet.end()).size(), alphabet.size());

    BulkCouponInput in;
    in.prefix = QStringLiteral("diwali");
    in.count = 500;
    in.pattern = percentCoupon(QString(), 15);
    in.pattern.maxUses = 1;
    in.pattern.maxUsesPerTenant = 1;
    const int audits = auditCount(*m_db);
    auto first = m_coupons->generate(m_admin, in);
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QCOMPARE(first->size(), 500);
    QCOMPARE(auditCount(*m_db), audits + 1);
    auto second = m_coupons->generate(m_admin, in);
    QVERIFY(second.ok());
    const QStringList all = first.value() + second.value();
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 1000);
    const QRegularExpression shape(QStringLiteral("^DIWALI-[%1]{%2}$").arg(alphabet).arg(CouponService::kRandomLength));
    for (const QString &code : all)
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM coupons WHERE batch = 'DIWALI'")).toInt(), 1000);
    // Each generated code works on its own.
    const CouponCheck one = check(all.at(123));
    QCOMPARE(one.rule, CouponRule::Valid);
    QCOMPARE(one.coupon.percent, 15);
    QCOMPARE(one.coupon.batch, QStringLiteral("DIWALI"));

    BulkCouponInput bad = in;
    bad.prefix = QStringLiteral("X");
    QCOMPARE(m_coupons->generate(m_admin, bad).error().field, QStringLiteral("prefix"));
    bad = in;
    bad.count = CouponService::kMaxBulk + 1;
    QCOMPARE(m_coupons->generate(m_admin, bad).error().field, QStringLiteral("count"));
    bad = in;
    bad.pattern.percent = 0;
    QCOMPARE(m_coupons->generate(m_admin, bad).error().field, QStringLiteral("percent"));
}

void TestCoupons::bulkDeactivation() {
    BulkCouponInput in;
    in.prefix = QStringLiteral("EXPO");
    in.count = 12;
    in.pattern = percentCoupon(QString(), 10);
    QVERIFY(m_coupons->generate(m_admin, in).ok());
    CouponQuery q;
    q.batch = QStringLiteral("EXPO");
    auto page = m_coupons->list(m_admin, q);
    QCOMPARE(page->rows.size(), 12);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << page->rows.at(i).id;
    const int audits = auditCount(*m_db);
    auto changed = m_coupons->deactivate(m_admin, ids);
    QVERIFY2(changed.ok(), qPrintable(why(changed)));
    QCOMPARE(changed.value(), 5);
    QCOMPARE(auditCount(*m_db), audits + 1);
    QCOMPARE(m_coupons->deactivate(m_admin, ids + QList<qint64>{page->rows.at(5).id}).value(), 1);
    q.active = false;
    QCOMPARE(m_coupons->list(m_admin, q)->rows.size(), 6);
    q.active = true;
    QCOMPARE(m_coupons->list(m_admin, q)->rows.size(), 6);
    QCOMPARE(check(page->rows.at(0).code).rule, CouponRule::Inactive);
    QCOMPARE(m_coupons->deactivate(m_admin, {}).error().field, QStringLiteral("coupons"));
    // Keyset pages, newest first.
    CouponQuery paged;
    paged.limit = 5;
    auto p1 = m_coupons->list(m_admin, paged);
    QVERIFY(!p1->atEnd);
    paged.afterId = p1->rows.last().id;
    auto p2 = m_coupons->list(m_admin, paged);
    QVERIFY(p2->rows.first().id < p1->rows.last().id);
    paged.text = QStringLiteral("expo-");
    paged.afterId = 0;
    paged.limit = 100;
    QCOMPARE(m_coupons->list(m_admin, paged)->rows.size(), 12);
}

void TestCoupons::analyticsByPlanAndMonth() {
    Coupon c = percentCoupon(QStringLiteral("GROW"), 10);
    c = saved(c);
    const qint64 third = createShop(*m_db, QStringLiteral("Third Shop"), kStart);
    QVERIFY(m_coupons->redeem(m_admin, c.code, m_shop, QStringLiteral("pro"), 149900).ok());
    QVERIFY(m_coupons->redeem(m_admin, c.code, m_other, QStringLiteral("basic"), 49900).ok());
    m_clock->set(utc(2027, 1, 20));
    QVERIFY(m_coupons->redeem(m_admin, c.code, third, QStringLiteral("pro"), 149900).ok());
    saved(percentCoupon(QStringLiteral("OTHER"), 50));
    QVERIFY(m_coupons->redeem(m_admin, QStringLiteral("OTHER"), m_shop, QStringLiteral("enterprise"), 499900).ok());

    auto a = m_coupons->analytics(m_admin, c.id);
    QVERIFY2(a.ok(), qPrintable(why(a)));
    QCOMPARE(a->code, QStringLiteral("GROW"));
    QCOMPARE(a->redemptions, 3);
    QCOMPARE(a->discountPaise, qint64(14990 + 4990 + 14990));
    QCOMPARE(a->byPlan.size(), 2);
    QCOMPARE(a->byPlan.at(0).key, QStringLiteral("basic"));
    QCOMPARE(a->byPlan.at(0).redemptions, 1);
    QCOMPARE(a->byPlan.at(1).key, QStringLiteral("pro"));
    QCOMPARE(a->byPlan.at(1).discountPaise, qint64(29980));
    QStringList months;
    QList<int> counts;
    for (const CouponBucket &b : a->byMonth) {
        months << b.key;
        counts << b.redemptions;
    }
    QCOMPARE(months, (QStringList{"2026-11", "2026-12", "2027-01"}));
    QCOMPARE(counts, (QList<int>{2, 0, 1}));
    auto everything = m_coupons->analytics(m_admin, 0);
    QCOMPARE(everything->redemptions, 4);
    QCOMPARE(everything->byPlan.last().key, QStringLiteral("enterprise"));
    QCOMPARE(m_coupons->redemptions(m_admin, c.id)->size(), 3);
    QCOMPARE(m_coupons->redemptions(m_admin, c.id)->first().tenantName, QStringLiteral("Third Shop"));
    QCOMPARE(m_coupons->analytics(m_admin, 999999).error().kind, Error::Kind::NotFound);
}

void TestCoupons::shopAppliesACodeToItsNextInvoice() {
    Coupon c = percentCoupon(QStringLiteral("WELCOME20"), 20);
    c.maxUsesPerTenant = 1;
    saved(c);
    Coupon ent = percentCoupon(QStringLiteral("ENTONLY"), 30);
    ent.allowedPlans = {QStringLiteral("enterprise")};
    saved(ent);
    SubscriptionService subs(*m_db, *m_clock);
    // A refused code: the exact message, on the code field.
    auto refused = subs.applyCoupon(m_owner, 0, QStringLiteral("ENTONLY"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("code"));
    QCOMPARE(refused.error().message, QStringLiteral("Coupon ENTONLY is not valid for the Pro plan."));
    // The shop's own check before applying: its plan and price when none are given.
    auto preview = m_coupons->validate(m_owner, QStringLiteral("welcome20"), 0, QString(), -1);
    QVERIFY2(preview.ok(), qPrintable(why(preview)));
    QCOMPARE(preview->message, QStringLiteral("Coupon WELCOME20 gives \u20b9299.80 off."));

    const int audits = auditCount(*m_db);
    auto applied = subs.applyCoupon(m_owner, 0, QStringLiteral("welcome20"));
    QVERIFY2(applied.ok(), qPrintable(why(applied)));
    QCOMPARE(applied->discountPaise, qint64(29980));
    QCOMPARE(auditCount(*m_db), audits + 1);
    QCOMPARE(subs.get(m_owner)->pendingCouponCode, QStringLiteral("WELCOME20"));
    QCOMPARE(subs.events(m_owner)->first().action, QStringLiteral("coupon"));
    saved(percentCoupon(QStringLiteral("SECOND"), 5));
    QCOMPARE(subs.applyCoupon(m_owner, 0, QStringLiteral("SECOND")).error().kind, Error::Kind::Conflict);

    // The activation invoice takes the discount, then the coupon is spent.
    auto activated = subs.activate(m_admin, m_shop, QStringLiteral("pro"));
    QVERIFY2(activated.ok(), qPrintable(why(activated)));
    const SubscriptionCharge &charge = *activated->charge;
    QCOMPARE(charge.amountPaise, qint64(149900));
    QCOMPARE(charge.discountPaise, qint64(29980));
    QCOMPARE(charge.couponCode, QStringLiteral("WELCOME20"));
    QCOMPARE(charge.taxablePaise, qint64(119920));
    QVERIFY(activated->subscription.pendingCouponCode.isEmpty());
    QCOMPARE(m_coupons->redemptions(m_admin, 0)->first().chargeId, charge.id);
    auto renewed = subs.renew(m_admin, m_shop);
    QCOMPARE(renewed->charge->discountPaise, qint64(0));

    // Staff may not apply codes; nobody applies them to another shop.
    const Session staff =
        sessionFor(*m_db, m_shop, addUserRow(*m_db, m_shop, QStringLiteral("asha"), role::Staff, kStart));
    QCOMPARE(subs.applyCoupon(staff, 0, QStringLiteral("SECOND")).error().kind, Error::Kind::Denied);
    QCOMPARE(subs.applyCoupon(m_owner, m_other, QStringLiteral("SECOND")).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_coupons->redeem(m_owner, QStringLiteral("SECOND"), m_other, QStringLiteral("pro"), 100).error().kind,
             Error::Kind::NotFound);
}

void TestCoupons::permissionsAndAudit() {
    const int denials = auditCount(*m_db, QStringLiteral("permission.denied"));
    QCOMPARE(m_coupons->list(m_owner, {}).error().kind, Error::Kind::Denied);
    QCOMPARE(m_coupons->save(m_owner, percentCoupon(QStringLiteral("MINE"), 99)).error().kind, Error::Kind::Denied);
    QCOMPARE(auditCount(*m_db, QStringLiteral("permission.denied")), denials + 2);
    const Session marketing =
        sessionFor(*m_db, 0, addUserRow(*m_db, 0, QStringLiteral("meera"), role::Marketing, kStart));
    const Session finance = sessionFor(*m_db, 0, addUserRow(*m_db, 0, QStringLiteral("farah"), role::Finance, kStart));
    CouponService asMarketing(*m_db, *m_clock);
    struct Step {
        const char *action;
        std::function<bool()> run;
    };
    qint64 id = 0;
    const QList<Step> steps = {
        {"coupon.create",
         [&] {
             auto r = asMarketing.save(marketing, percentCoupon(QStringLiteral("AUDIT10"), 10));
             id = r.ok() ? r->id : 0;
             return r.ok();
         }},
        {"coupon.update",
         [&] {
             Coupon c = asMarketing.get(marketing, id).value();
             c.percent = 12;
             return asMarketing.save(marketing, c).ok();
         }},
        {"coupon.redeem",
         [&] {
             return asMarketing.redeem(finance, QStringLiteral("AUDIT10"), m_shop, QStringLiteral("pro"), 1000).ok();
         }},
        {"coupon.generate",
         [&] {
             BulkCouponInput in;
             in.prefix = QStringLiteral("AUD");
             in.count = 3;
             in.pattern = percentCoupon(QString(), 5);
             return asMarketing.generate(marketing, in).ok();
         }},
        {"coupon.deactivate", [&] { return asMarketing.deactivate(marketing, {id}).ok(); }},
    };
    for (const Step &s : steps) {
        const int before = auditCount(*m_db);
        QVERIFY2(s.run(), s.action);
        QCOMPARE(auditCount(*m_db), before + 1);
        QCOMPARE(auditCount(*m_db, QString::fromLatin1(s.action)), 1);
    }
    QSqlQuery q =
        m_db->exec(QStringLiteral("SELECT before_json, after_json FROM audit_log WHERE action = 'coupon.update'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("{\"percent\":10}"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("{\"percent\":12}"));
    // Finance bills subscriptions but does not manage coupons.
    QCOMPARE(asMarketing.list(finance, {}).error().kind, Error::Kind::Denied);
}

QTEST_GUILESS_MAIN(TestCoupons)
#include "tst_coupons.moc"
