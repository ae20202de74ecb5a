// Plans and entitlements on SQLite and PostgreSQL: the seeded catalogue (17 features in 7 categories, Free,
// Basic, Pro and Enterprise with their quotas), plan edits as new versions that existing subscriptions only
// take at renewal, entitlement precedence (user override, shop override, plan) and override expiry with an
// injected clock, the override rules, quotas enforced by the services at the boundary (the Nth quote of a
// quota of N is saved, the next refused with the plan, the quota and what would allow it), users and
// features a plan lacks, suspended and lapsed shops, the shop's own overview, and one audit row per change.

#include "TestDatabase.h"
#include "TestShop.h"

#include "costing/BoxSpec.h"
#include "data/Database.h"
#include "services/AccountService.h"
#include "services/Clock.h"
#include "services/EntitlementService.h"
#include "services/PartyService.h"
#include "services/Permissions.h"
#include "services/PlanService.h"
#include "services/QuoteService.h"
#include "services/SecretStore.h"
#include "services/Session.h"
#include "services/SubscriptionService.h"

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

const QDateTime kStart = utc(2026, 11, 2);

// The standard three-ply box in the length a test needs.
costing::BoxSpec box(double length) {
    return test::threePlyBox(length, 200, 150);
}

Entitlement find(const QList<Entitlement> &list, const QString &key) {
    for (const Entitlement &e : list) {
        if (e.featureKey == key)
            return e;
    }
    return {};
}

} // namespace

class TestPlans : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void catalogueIsSeeded();
    void editingAPlanMakesANewVersion();
    void planEditsAreValidated();
    void subscriptionsKeepTheirVersionUntilRenewal();
    void onlyPlatformStaffEditPlans();
    void entitlementPrecedence();
    void overridesExpire();
    void overrideRules();
    void quotesQuotaAtTheBoundary();
    void overrideQuotaAtTheBoundary();
    void concurrentSavesNeverExceedTheQuota();
    void usersQuota();
    void featureTheFreePlanLacks();
    void suspendedShopMayUseNothing();
    void lapsedShopFallsBackToFree();
    void shopOverview();

private:
    QuoteSaveResult saveQuote(const Session &who, int n);
    void moveToPlan(qint64 tenantId, const QString &planCode);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    qint64 m_shop = 0;
    Session m_owner;
    Session m_admin; // platform super_admin
    qint64 m_partyId = 0;
};

void TestPlans::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(kStart);
    m_shop = createShop(*m_db, QStringLiteral("Sharma Packaging"), kStart);
    m_owner = sessionFor(*m_db, m_shop, addUserRow(*m_db, m_shop, QStringLiteral("ravi"), role::Owner, kStart));
    m_admin = sessionFor(*m_db, 0, addUserRow(*m_db, 0, QStringLiteral("vendor.admin"), role::SuperAdmin, kStart));
    Party p;
    p.name = QStringLiteral("Kumar Traders");
    p.mobile = QStringLiteral("9876543210");
    auto party = PartyService(*m_db, *m_clock).create(m_owner, p);
    QVERIFY2(party.ok(), qPrintable(why(party)));
    m_partyId = party->id;
}

void TestPlans::cleanup() {
    m_db.reset();
    m_t.reset();
}

QuoteSaveResult TestPlans::saveQuote(const Session &who, int n) {
    QuoteDraft d;
    d.partyId = m_partyId;
    QuoteItem item;
    item.name = QStringLiteral("Carton %1").arg(n);
    item.spec = box(200 + n);
    d.items << item;
    auto saved = QuoteService(*m_db, *m_clock).save(who, d);
    if (!saved)
        return QuoteSaveResult{};
    return saved.value();
}

void TestPlans::moveToPlan(qint64 tenantId, const QString &planCode) {
    auto done = SubscriptionService(*m_db, *m_clock).activate(m_admin, tenantId, planCode);
    QVERIFY2(done.ok(), qPrintable(why(done)));
    QCOMPARE(done->subscription.planCode, planCode);
}

void TestPlans::catalogueIsSeeded() {
    PlanService plans(*m_db, *m_clock);
    auto features = plans.features(m_admin);
    QVERIFY2(features.ok(), qPrintable(why(features)));
    QCOMPARE(features->size(), 17);
    QSet<QString> categories;
    QMap<QString, QString> quotas;
    for (const FeatureInfo &f : features.value()) {
        categories.insert(f.category);
        QVERIFY(!f.name.isEmpty());
        if (f.hasQuota())
            quotas.insert(f.key, f.quotaUnit);
    }
    const QStringList expectedCategories = featureCategories();
    QCOMPARE(categories, QSet<QString>(expectedCategories.begin(), expectedCategories.end()));
    QCOMPARE(categories.size(), 7);
    const QMap<QString, QString> expectedQuotas{{feature::Quotes, QStringLiteral("month")},
                                                {feature::Users, QStringLiteral("total")},
                                                {feature::InvoiceLayouts, QStringLiteral("total")},
                                                {feature::Email, QStringLiteral("month")}};
    QCOMPARE(quotas, expectedQuotas);

    auto all = plans.plans(m_owner); // a shop may read what the plans offer
    QVERIFY2(all.ok(), qPrintable(why(all)));
    QStringList codes;
    for (const Plan &p : all.value())
        codes << p.code;
    QCOMPARE(codes, (QStringList{"free", "basic", "pro", "enterprise"}));
    const QList<int> trials{0, 14, 14, 30};
    const QList<qint64> prices{0, 49900, 149900, 499900};
    const QList<qint64> quoteQuotas{20, 200, 2000, kUnlimited};
    const QList<qint64> userQuotas{1, 3, 10, kUnlimited};
    for (int i = 0; i < 4; ++i) {
        const PlanVersion &v = all->at(i).current;
        QCOMPARE(v.version, 1);
        QCOMPARE(v.trialDays, trials.at(i));
        QCOMPARE(v.pricePaise, prices.at(i));
        QCOMPARE(v.features.size(), 17);
        QCOMPARE(v.quota(feature::Quotes), quoteQuotas.at(i));
        QCOMPARE(v.quota(feature::Users), userQuotas.at(i));
        QVERIFY(v.feature(feature::InvoiceLayouts));
        QVERIFY(v.feature(feature::Email));
    }
    QVERIFY(!all->at(0).current.allows(feature::QuoteVersions));
    QVERIFY(all->at(1).current.allows(feature::QuoteVersions));
    QCOMPARE(all->at(0).current.quota(feature::Email), qint64(0));
    QCOMPARE(all->at(3).current.quota(feature::Email), kUnlimited);
}

void TestPlans::editingAPlanMakesANewVersion() {
    PlanService plans(*m_db, *m_clock);
    auto basic = plans.planByCode(m_admin, QStringLiteral("basic"));
    QVERIFY(basic.ok());
    PlanEdit edit;
    edit.planId = basic->id;
    edit.baseVersion = basic->current.version;
    edit.name = QStringLiteral("Basic");
    edit.pricePaise = 59900;
    edit.trialDays = 21;
    edit.features = basic->current.features;
    for (PlanFeature &f : edit.features) {
        if (f.featureKey == feature::Quotes)
            f.quota = 300;
        if (f.featureKey == feature::Audit)
            f.enabled = true;
    }
    edit.note = QStringLiteral("Diwali price");
    const int before = auditCount(*m_db);
    auto saved = plans.saveVersion(m_admin, edit);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->pricePaise, qint64(59900));
    QCOMPARE(saved->quota(feature::Quotes), qint64(300));
    QVERIFY(saved->allows(feature::Audit));
    QCOMPARE(auditCount(*m_db), before + 1);
    QCOMPARE(auditCount(*m_db, QStringLiteral("plan.version")), 1);

    auto reread = plans.planByCode(m_admin, QStringLiteral("basic"));
    QCOMPARE(reread->current.id, saved->id);
    auto versions = plans.versions(m_admin, basic->id);
    QVERIFY(versions.ok());
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->at(1).pricePaise, qint64(49900)); // the first version is unchanged
    QCOMPARE(versions->at(1).quota(feature::Quotes), qint64(200));

    // An editor still holding version 1 is refused, naming who changed it.
    auto stale = plans.saveVersion(m_admin, edit);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(stale.error().message.contains(QStringLiteral("VENDOR.ADMIN")), qPrintable(stale.error().message));
    QCOMPARE(auditCount(*m_db), before + 1);
}

void TestPlans::planEditsAreValidated() {
    PlanService plans(*m_db, *m_clock);
    auto pro = plans.planByCode(m_admin, QStringLiteral("pro"));
    PlanEdit good;
    good.planId = pro->id;
    good.baseVersion = 1;
    good.name = QStringLiteral("Pro");
    good.pricePaise = 149900;
    good.trialDays = 14;
    good.features = pro->current.features;
    struct Case {
        const char *field;
        std::function<void(PlanEdit &)> spoil;
    };
    const QList<Case> cases = {
        {"name", [](PlanEdit &e) { e.name = QStringLiteral("  "); }},
        {"price", [](PlanEdit &e) { e.pricePaise = -1; }},
        {"trialDays", [](PlanEdit &e) { e.trialDays = PlanService::kMaxTrialDays + 1; }},
        {"features[no.such]",
         [](PlanEdit &e) {
             e.features << PlanFeature{QStringLiteral("no.such"), true, kUnlimited};
         }},
        {"features[quoting.quotes].quota",
         [](PlanEdit &e) {
             for (PlanFeature &f : e.features)
                 if (f.featureKey == feature::Quotes)
                     f.quota = -5;
         }},
    };
    for (const Case &c : cases) {
        PlanEdit e = good;
        c.spoil(e);
        auto r = plans.saveVersion(m_admin, e);
        QVERIFY2(!r.ok(), c.field);
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().field, QString::fromLatin1(c.field));
    }
    QCOMPARE(auditCount(*m_db, QStringLiteral("plan.version")), 0);
    // A feature left out of the edit is off in the new version.
    PlanEdit fewer = good;
    fewer.features.removeIf([](const PlanFeature &f) { return f.featureKey == feature::WhatsApp; });
    auto saved = plans.saveVersion(m_admin, fewer);
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    QVERIFY(!saved->allows(feature::WhatsApp));
    QCOMPARE(saved->features.size(), 17);
}

void TestPlans::subscriptionsKeepTheirVersionUntilRenewal() {
    moveToPlan(m_shop, QStringLiteral("basic"));
    PlanService plans(*m_db, *m_clock);
    auto basic = plans.planByCode(m_admin, QStringLiteral("basic"));
    PlanEdit edit;
    edit.planId = basic->id;
    edit.baseVersion = 1;
    edit.name = QStringLiteral("Basic");
    edit.pricePaise = 59900;
    edit.trialDays = 14;
    edit.features = basic->current.features;
    for (PlanFeature &f : edit.features) {
        if (f.featureKey == feature::Quotes)
            f.quota = 300;
    }
    QVERIFY(plans.saveVersion(m_admin, edit).ok());

    SubscriptionService subs(*m_db, *m_clock);
    auto kept = subs.get(m_admin, m_shop);
    QCOMPARE(kept->planVersion, 1);
    QCOMPARE(kept->pricePaise, qint64(49900));
    EntitlementService entitlements(*m_db, *m_clock);
    QCOMPARE(find(entitlements.entitlements(m_owner).value(), feature::Quotes).quota, qint64(200));

    auto renewed = subs.renew(m_admin, m_shop);
    QVERIFY2(renewed.ok(), qPrintable(why(renewed)));
    QCOMPARE(renewed->subscription.planVersion, 2);
    QCOMPARE(renewed->subscription.pricePaise, qint64(59900));
    QVERIFY(renewed->charge.has_value());
    QCOMPARE(renewed->charge->amountPaise, qint64(59900));
    QCOMPARE(find(entitlements.entitlements(m_owner).value(), feature::Quotes).quota, qint64(300));
    // Subscribers are counted by the status the dates give: none once the renewed period has lapsed.
    QCOMPARE(plans.planByCode(m_admin, QStringLiteral("basic"))->subscribers, 1);
    QCOMPARE(plans.planByCode(m_admin, QStringLiteral("pro"))->subscribers, 0);
    m_clock->set(utc(2027, 1, 9));
    QCOMPARE(plans.planByCode(m_admin, QStringLiteral("basic"))->subscribers, 0);
}

void TestPlans::onlyPlatformStaffEditPlans() {
    PlanService plans(*m_db, *m_clock);
    auto free = plans.planByCode(m_owner, QStringLiteral("free"));
    QVERIFY2(free.ok(), qPrintable(why(free)));
    PlanEdit edit;
    edit.planId = free->id;
    edit.baseVersion = 1;
    edit.name = QStringLiteral("Free for all");
    edit.features = free->current.features;
    const int denials = auditCount(*m_db, QStringLiteral("permission.denied"));
    auto refused = plans.saveVersion(m_owner, edit);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Denied);
    QCOMPARE(auditCount(*m_db, QStringLiteral("permission.denied")), denials + 1);

    const Session marketing =
        sessionFor(*m_db, 0, addUserRow(*m_db, 0, QStringLiteral("meera"), role::Marketing, kStart));
    QVERIFY(plans.saveVersion(marketing, edit).ok());
    const Session agent =
        sessionFor(*m_db, 0, addUserRow(*m_db, 0, QStringLiteral("sunil"), role::SupportAgent, kStart));
    QCOMPARE(plans.plans(agent).error().kind, Error::Kind::Denied);
}

void TestPlans::entitlementPrecedence() {
    const qint64 ashaId = addUserRow(*m_db, m_shop, QStringLiteral("asha"), role::Staff, kStart);
    const qint64 binaId = addUserRow(*m_db, m_shop, QStringLiteral("bina"), role::Staff, kStart);
    const Session asha = sessionFor(*m_db, m_shop, ashaId);
    const Session bina = sessionFor(*m_db, m_shop, binaId);
    EntitlementService entitlements(*m_db, *m_clock);

    // The plan (Pro, on the trial every new shop gets) allows WhatsApp.
    Entitlement e = find(entitlements.entitlements(asha).value(), feature::WhatsApp);
    QVERIFY(e.enabled);
    QCOMPARE(e.source, QStringLiteral("plan"));
    QCOMPARE(e.planName, QStringLiteral("Pro"));

    OverrideInput shopOff;
    shopOff.tenantId = m_shop;
    shopOff.featureKey = feature::WhatsApp;
    shopOff.enabled = false;
    shopOff.reason = QStringLiteral("Shop asked to stop WhatsApp sharing");
    shopOff.expiresAt = kStart.addDays(30);
    QVERIFY(entitlements.setOverride(m_admin, shopOff).ok());
    OverrideInput ashaOn = shopOff;
    ashaOn.userId = ashaId;
    ashaOn.enabled = true;
    ashaOn.reason = QStringLiteral("Asha sends the dispatch notes");
    QVERIFY(entitlements.setOverride(m_admin, ashaOn).ok());

    e = find(entitlements.entitlements(asha).value(), feature::WhatsApp);
    QVERIFY(e.enabled);
    QCOMPARE(e.source, QStringLiteral("user"));
    e = find(entitlements.entitlements(bina).value(), feature::WhatsApp);
    QVERIFY(!e.enabled);
    QCOMPARE(e.source, QStringLiteral("tenant"));
    QCOMPARE(e.overrideExpiresAt, kStart.addDays(30));
    // Other features still come from the plan.
    QCOMPARE(find(entitlements.entitlements(bina).value(), feature::Quotes).source, QStringLiteral("plan"));

    // The vendor sees the same, per user.
    auto forAsha = entitlements.entitlementsFor(m_admin, m_shop, ashaId);
    QVERIFY(find(forAsha.value(), feature::WhatsApp).enabled);
    auto forShop = entitlements.entitlementsFor(m_admin, m_shop, 0);
    QVERIFY(!find(forShop.value(), feature::WhatsApp).enabled);

    // A shop override of a quota beats the plan's quota.
    OverrideInput quota;
    quota.tenantId = m_shop;
    quota.featureKey = feature::Quotes;
    quota.quota = 5000;
    quota.reason = QStringLiteral("Season peak for the big customer");
    quota.expiresAt = kStart.addDays(10);
    QVERIFY(entitlements.setOverride(m_admin, quota).ok());
    e = find(entitlements.entitlements(bina).value(), feature::Quotes);
    QCOMPARE(e.quota, qint64(5000));
    QCOMPARE(e.source, QStringLiteral("tenant"));
}

void TestPlans::overridesExpire() {
    EntitlementService entitlements(*m_db, *m_clock);
    OverrideInput in;
    in.tenantId = m_shop;
    in.featureKey = feature::PrioritySupport; // not in Pro
    in.enabled = true;
    in.reason = QStringLiteral("Launch week goodwill gesture");
    in.expiresAt = kStart.addDays(3);
    auto set = entitlements.setOverride(m_admin, in);
    QVERIFY2(set.ok(), qPrintable(why(set)));

    Entitlement e = find(entitlements.entitlements(m_owner).value(), feature::PrioritySupport);
    QVERIFY(e.enabled);
    QCOMPARE(e.source, QStringLiteral("tenant"));
    QCOMPARE(entitlements.overrides(m_admin, m_shop)->size(), 1);

    m_clock->set(kStart.addDays(3).addSecs(-1));
    QVERIFY(find(entitlements.entitlements(m_owner).value(), feature::PrioritySupport).enabled);
    m_clock->set(kStart.addDays(3)); // the expiry moment itself is already past the override
    e = find(entitlements.entitlements(m_owner).value(), feature::PrioritySupport);
    QVERIFY(!e.enabled);
    QCOMPARE(e.source, QStringLiteral("plan"));
    QCOMPARE(entitlements.overrides(m_admin, m_shop)->size(), 0);
    QCOMPARE(entitlements.overrides(m_admin, m_shop, true)->size(), 1);
}

void TestPlans::overrideRules() {
    EntitlementService entitlements(*m_db, *m_clock);
    OverrideInput in;
    in.tenantId = m_shop;
    in.featureKey = feature::Audit;
    in.enabled = true;
    in.reason = QStringLiteral("123456789"); // nine characters
    in.expiresAt = kStart.addDays(30);
    auto r = entitlements.setOverride(m_admin, in);
    QCOMPARE(r.error().field, QStringLiteral("reason"));
    in.reason = QStringLiteral("1234567890");
    in.expiresAt = kStart.addDays(365).addSecs(1);
    r = entitlements.setOverride(m_admin, in);
    QCOMPARE(r.error().field, QStringLiteral("expiresAt"));
    in.expiresAt = kStart.addSecs(-1);
    r = entitlements.setOverride(m_admin, in);
    QCOMPARE(r.error().field, QStringLiteral("expiresAt"));
    in.expiresAt = kStart.addDays(365); // exactly a year is allowed
    QVERIFY2(entitlements.setOverride(m_admin, in).ok(), "365 days");

    const qint64 other = createShop(*m_db, QStringLiteral("Other Boxes"), kStart);
    const qint64 stranger = addUserRow(*m_db, other, QStringLiteral("mohan"), role::Staff, kStart);
    OverrideInput wrongUser = in;
    wrongUser.userId = stranger;
    QCOMPARE(entitlements.setOverride(m_admin, wrongUser).error().field, QStringLiteral("user"));
    OverrideInput unknown = in;
    unknown.featureKey = QStringLiteral("quoting.teleport");
    QCOMPARE(entitlements.setOverride(m_admin, unknown).error().field, QStringLiteral("feature"));
    QCOMPARE(entitlements.setOverride(m_owner, in).error().kind, Error::Kind::Denied);

    // A second override for the same shop and feature replaces the first.
    in.enabled = false;
    in.reason = QStringLiteral("Audit export misused by a former admin");
    const int before = auditCount(*m_db);
    auto second = entitlements.setOverride(m_admin, in);
    QVERIFY(second.ok());
    QCOMPARE(auditCount(*m_db), before + 1);
    auto active = entitlements.overrides(m_admin, m_shop);
    QCOMPARE(active->size(), 1);
    QCOMPARE(active->first().id, second->id);
    QVERIFY(!find(entitlements.entitlements(m_owner).value(), feature::Audit).enabled);

    QVERIFY(entitlements.removeOverride(m_admin, second->id).ok());
    QCOMPARE(auditCount(*m_db), before + 2);
    QCOMPARE(entitlements.overrides(m_admin, m_shop)->size(), 0);
    QCOMPARE(entitlements.removeOverride(m_admin, second->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(find(entitlements.entitlements(m_owner).value(), feature::Audit).source, QStringLiteral("plan"));
}

void TestPlans::quotesQuotaAtTheBoundary() {
    moveToPlan(m_shop, QStringLiteral("free"));
    const qint64 quota = 20;
    for (int i = 1; i <= quota; ++i) {
        const QuoteSaveResult saved = saveQuote(m_owner, i);
        QVERIFY2(saved.newQuote, qPrintable(QStringLiteral("quote %1 of %2").arg(i).arg(quota)));
    }
    QuoteDraft d;
    d.partyId = m_partyId;
    QuoteItem item;
    item.name = QStringLiteral("One too many");
    item.spec = box(500);
    d.items << item;
    QuoteService quotes(*m_db, *m_clock);
    auto refused = quotes.save(m_owner, d);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Denied);
    QCOMPARE(
        refused.error().message,
        QStringLiteral("The limit for quotes per month is 20 on the Free plan; this shop has used 20 from 02 Nov 2026 "
                       "to 01 Dec 2026. Upgrade to Basic (limit 200). Or wait for the next period, from 02 Dec 2026."));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotes WHERE tenant_id = ?"), {m_shop}).toInt(), 20);
    // A new version of an existing quote is not a new quote.
    auto q1 = quotes.getByNumber(m_owner, m_db->scalar(QStringLiteral("SELECT min(number) FROM quotes")).toString());
    QVERIFY(q1.ok());
    QuoteDraft edit = d;
    edit.quoteId = q1->id;
    edit.rowVersion = q1->rowVersion;
    auto versioned = quotes.save(m_owner, edit);
    QVERIFY2(versioned.ok(), qPrintable(why(versioned)));
    QCOMPARE(versioned->version, 2);

    // The next period counts from zero.
    m_clock->set(utc(2026, 12, 2));
    QVERIFY(saveQuote(m_owner, 600).newQuote);
}

void TestPlans::overrideQuotaAtTheBoundary() {
    EntitlementService entitlements(*m_db, *m_clock);
    OverrideInput in;
    in.tenantId = m_shop;
    in.featureKey = feature::Quotes;
    in.quota = 3;
    in.reason = QStringLiteral("Trial limited to three quotes");
    in.expiresAt = kStart.addDays(20);
    QVERIFY(entitlements.setOverride(m_admin, in).ok());
    for (int i = 1; i <= 3; ++i)
        QVERIFY(saveQuote(m_owner, i).newQuote);
    QuoteDraft d;
    d.partyId = m_partyId;
    QuoteItem item;
    item.name = QStringLiteral("Fourth");
    item.spec = box(400);
    d.items << item;
    auto refused = QuoteService(*m_db, *m_clock).save(m_owner, d);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(QStringLiteral(
                 "The limit for quotes per month is 3 by an override until 22 Nov 2026; this shop has used 3")),
             qPrintable(refused.error().message));
    auto usage = entitlements.usage(m_owner);
    QVERIFY(usage.ok());
    for (const QuotaUsage &u : usage.value()) {
        if (u.featureKey == feature::Quotes) {
            QCOMPARE(u.used, qint64(3));
            QCOMPARE(u.limit, qint64(3));
            QCOMPARE(u.periodStart, kStart.date()); // the implicit trial's period
        }
    }
}

void TestPlans::concurrentSavesNeverExceedTheQuota() {
    // Desktops saving new quotes for different parties at once (no shared party row to queue on).
    constexpr int kDesks = 8;
    constexpr int kQuota = 3;
    OverrideInput in;
    in.tenantId = m_shop;
    in.featureKey = feature::Quotes;
    in.quota = kQuota;
    in.reason = QStringLiteral("Trial limited to three quotes");
    in.expiresAt = kStart.addDays(20);
    QVERIFY(EntitlementService(*m_db, *m_clock).setOverride(m_admin, in).ok());
    QList<qint64> parties;
    for (int i = 0; i < kDesks; ++i) {
        Party p;
        p.name = QStringLiteral("Buyer %1").arg(i);
        p.mobile = QStringLiteral("91234%1").arg(50000 + i);
        auto made = PartyService(*m_db, *m_clock).create(m_owner, p);
        QVERIFY2(made.ok(), qPrintable(why(made)));
        parties << made->id;
    }
    std::atomic<int> saved{0};
    std::atomic<int> refused{0};
    std::mutex lock;
    QStringList failures;
    const Session owner = m_owner;
    const ManualClock &clock = *m_clock;
    m_t->runTogether(kDesks, [&](int i, Database &db) {
        QuoteDraft d;
        d.partyId = parties.at(i);
        QuoteItem item;
        item.name = QStringLiteral("Desk %1 carton").arg(i);
        item.spec = box(300 + i);
        d.items << item;
        auto r = QuoteService(db, clock).save(owner, d);
        if (r.ok())
            ++saved;
        else if (r.error().kind == Error::Kind::Denied)
            ++refused;
        else {
            std::lock_guard<std::mutex> guard(lock);
            failures << r.error().text();
        }
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(saved.load(), kQuota);
    QCOMPARE(refused.load(), kDesks - kQuota);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM quotes WHERE tenant_id = ?"), {m_shop}).toInt(), kQuota);
}

void TestPlans::usersQuota() {
    AccountService accounts(*m_db, *m_clock, SecretStore::instance());
    const AccountService::NewUser asha{
        QStringLiteral("asha"), QStringLiteral("Asha"), {}, role::Staff, QStringLiteral("Dispatch-Desk-2026")};
    moveToPlan(m_shop, QStringLiteral("free"));
    auto refused = accounts.addUser(m_owner, asha);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Denied);
    QCOMPARE(refused.error().message,
             QStringLiteral(
                 "The limit for users is 1 on the Free plan; this shop has 1 already. Upgrade to Basic (limit 3)."));

    auto upgraded = SubscriptionService(*m_db, *m_clock).changePlan(m_admin, m_shop, QStringLiteral("basic"));
    QVERIFY2(upgraded.ok(), qPrintable(why(upgraded)));
    QVERIFY2(accounts.addUser(m_owner, asha).ok(), "second user on Basic");
    const AccountService::NewUser bina{
        QStringLiteral("bina"), QStringLiteral("Bina"), {}, role::Staff, QStringLiteral("Dispatch-Desk-2027")};
    QVERIFY(accounts.addUser(m_owner, bina).ok());
    const AccountService::NewUser chetan{
        QStringLiteral("chetan"), QStringLiteral("Chetan"), {}, role::Staff, QStringLiteral("Dispatch-Desk-2028")};
    auto fourth = accounts.addUser(m_owner, chetan);
    QVERIFY(!fourth.ok());
    QVERIFY2(fourth.error().message.contains(QStringLiteral("Upgrade to Pro (limit 10)")),
             qPrintable(fourth.error().message));
    // A disabled user frees a place.
    auto listed = accounts.findUser(m_owner, QStringLiteral("bina"));
    QVERIFY(accounts.setDisabled(m_owner, listed->id, true).ok());
    QVERIFY(accounts.addUser(m_owner, chetan).ok());
}

void TestPlans::featureTheFreePlanLacks() {
    QuoteService quotes(*m_db, *m_clock);
    const QuoteSaveResult first = saveQuote(m_owner, 1);
    QuoteDraft edit;
    edit.quoteId = first.quoteId;
    edit.partyId = m_partyId;
    edit.rowVersion = quotes.get(m_owner, first.quoteId)->rowVersion;
    QuoteItem item;
    item.name = QStringLiteral("Carton 1 revised");
    item.spec = box(201);
    edit.items << item;
    QVERIFY(quotes.save(m_owner, edit).ok());
    moveToPlan(m_shop, QStringLiteral("free"));
    auto refused = quotes.restore(m_owner, first.quoteId, 1, quotes.get(m_owner, first.quoteId)->rowVersion);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Denied);
    QCOMPARE(
        refused.error().message,
        QStringLiteral("Quote versions and restore is not included in the Free plan. Upgrade to Basic to use it."));
}

void TestPlans::suspendedShopMayUseNothing() {
    SubscriptionService subs(*m_db, *m_clock);
    QVERIFY(subs.suspend(m_admin, m_shop, QStringLiteral("Cheque bounced twice")).ok());
    QuoteDraft d;
    d.partyId = m_partyId;
    QuoteItem item;
    item.name = QStringLiteral("Blocked");
    item.spec = box(300);
    d.items << item;
    auto refused = QuoteService(*m_db, *m_clock).save(m_owner, d);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral(
                 "This shop's subscription is suspended, so Quotes cannot be used. Ask BoxCostPro to reactivate it."));
    QVERIFY(subs.reactivate(m_admin, m_shop).ok());
    QVERIFY(saveQuote(m_owner, 7).newQuote);
}

void TestPlans::lapsedShopFallsBackToFree() {
    EntitlementService entitlements(*m_db, *m_clock);
    // The implicit Pro trial of a new shop ends 14 days after it was made.
    QCOMPARE(find(entitlements.entitlements(m_owner).value(), feature::Audit).planName, QStringLiteral("Pro"));
    m_clock->set(kStart.addDays(SubscriptionService::kImplicitTrialDays));
    Entitlement e = find(entitlements.entitlements(m_owner).value(), feature::Audit);
    QCOMPARE(e.planName, QStringLiteral("Free"));
    QVERIFY(!e.enabled);

    // An explicit Basic trial that ran out without converting: Free again.
    QVERIFY(SubscriptionService(*m_db, *m_clock).startTrial(m_admin, m_shop, QStringLiteral("basic")).ok());
    QCOMPARE(find(entitlements.entitlements(m_owner).value(), feature::Quotes).quota, qint64(200));
    m_clock->set(m_clock->nowUtc().addDays(14));
    e = find(entitlements.entitlements(m_owner).value(), feature::Quotes);
    QCOMPARE(e.planName, QStringLiteral("Free"));
    QCOMPARE(e.quota, qint64(20));
}

void TestPlans::shopOverview() {
    for (int i = 1; i <= 4; ++i)
        QVERIFY(saveQuote(m_owner, i).newQuote);
    addUserRow(*m_db, m_shop, QStringLiteral("asha"), role::Staff, kStart);
    auto overview = EntitlementService(*m_db, *m_clock).overview(m_owner);
    QVERIFY2(overview.ok(), qPrintable(why(overview)));
    QCOMPARE(overview->subscription.status, SubscriptionStatus::Trial);
    QCOMPARE(overview->subscription.planName, QStringLiteral("Pro"));
    QCOMPARE(overview->subscription.trialEnd, kStart.date().addDays(14));
    QCOMPARE(overview->entitlements.size(), 17);
    QCOMPARE(overview->usage.size(), 4);
    QMap<QString, QuotaUsage> usage;
    for (const QuotaUsage &u : overview->usage)
        usage.insert(u.featureKey, u);
    QCOMPARE(usage.value(feature::Quotes).used, qint64(4));
    QCOMPARE(usage.value(feature::Quotes).limit, qint64(2000));
    QCOMPARE(usage.value(feature::Quotes).label, QStringLiteral("quotes per month"));
    QCOMPARE(usage.value(feature::Users).used, qint64(2));
    QCOMPARE(usage.value(feature::Users).limit, qint64(10));
    QCOMPARE(usage.value(feature::Email).used, qint64(0));
    // Another shop's quotes are not counted; a shop cannot read the vendor's views.
    const qint64 other = createShop(*m_db, QStringLiteral("Other Boxes"), kStart);
    const Session otherOwner =
        sessionFor(*m_db, other, addUserRow(*m_db, other, QStringLiteral("mohan"), role::Owner, kStart));
    QCOMPARE(EntitlementService(*m_db, *m_clock).overview(otherOwner)->usage.first().used, qint64(0));
    QCOMPARE(EntitlementService(*m_db, *m_clock).usageFor(m_owner, other).error().kind, Error::Kind::Denied);
}

QTEST_GUILESS_MAIN(TestPlans)
#include "tst_plans.moc"
