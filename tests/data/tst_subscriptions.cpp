// Subscriptions on SQLite and PostgreSQL: every state transition and the expiry derived from the dates with
// an injected clock (trial end, period end, grace days, cancellation at period end), refused moves, the
// implicit Pro trial of a shop without a row, proration for upgrades and downgrades on 30- and 31-day
// periods in paise, the downgrade credit used by the next invoice, gapless SUB invoice numbers per
// financial year with GST and a PDF, concurrent edits, the list with filters and MRR, shops reading only
// their own subscription, and exactly one audit row per action.

#include "TestDatabase.h"
#include "TestShop.h"

#include "data/Database.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/Session.h"
#include "services/SubscriptionService.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace bcp;

namespace {

// The shared shop, user and session helpers of TestShop.h.
using namespace bcp::test;

const QDateTime kStart = utc(2026, 11, 1);

} // namespace

class TestSubscriptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void shopWithoutRowIsOnAProTrial();
    void trialExpiresOnItsEndDay();
    void trialConvertsToAPaidPeriod();
    void activePeriodGoesPastDueThenExpires();
    void renewContinuesThePeriod();
    void cancelAtPeriodEndAndWithdraw();
    void cancelNow();
    void suspendAndReactivate();
    void refusedMoves();
    void prorationArithmetic_data();
    void prorationArithmetic();
    void upgradeMidPeriodRaisesAnInvoice();
    void downgradeLeavesACreditForTheNextInvoice();
    void invoiceNumbersAreGaplessPerFinancialYear();
    void invoiceGstAndPdf();
    void staleVersionIsAConflict();
    void listFiltersAndMrr();
    void shopsReadOnlyTheirOwn();
    void everyActionWritesOneAuditRowAndEvent();

private:
    SubscriptionChange ok(const Result<SubscriptionChange> &r);
    Subscription read(qint64 tenantId = 0);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SubscriptionService> m_subs;
    qint64 m_shop = 0;
    Session m_owner;
    Session m_admin;
};

void TestSubscriptions::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(kStart);
    m_subs = std::make_unique<SubscriptionService>(*m_db, *m_clock);
    m_shop = createShop(*m_db, QStringLiteral("Sharma Packaging"), kStart);
    m_owner = sessionFor(*m_db, m_shop, addUserRow(*m_db, m_shop, QStringLiteral("ravi"), role::Owner, kStart));
    m_admin = sessionFor(*m_db, 0, addUserRow(*m_db, 0, QStringLiteral("vendor.admin"), role::SuperAdmin, kStart));
}

void TestSubscriptions::cleanup() {
    m_subs.reset();
    m_db.reset();
    m_t.reset();
}

SubscriptionChange TestSubscriptions::ok(const Result<SubscriptionChange> &r) {
    if (!r.ok())
        qFatal("action refused: %s", qPrintable(r.error().text()));
    return r.value();
}

Subscription TestSubscriptions::read(qint64 tenantId) {
    auto s = m_subs->get(m_admin, tenantId == 0 ? m_shop : tenantId);
    if (!s)
        qFatal("cannot read: %s", qPrintable(s.error().text()));
    return s.value();
}

void TestSubscriptions::shopWithoutRowIsOnAProTrial() {
    Subscription s = read();
    QVERIFY(s.isImplicit());
    QCOMPARE(s.status, SubscriptionStatus::Trial);
    QCOMPARE(s.planCode, QStringLiteral("pro"));
    QCOMPARE(s.trialEnd, QDate(2026, 11, 15));
    QCOMPARE(s.mrrPaise, qint64(0));
    m_clock->set(utc(2026, 11, 14, 23));
    QCOMPARE(read().status, SubscriptionStatus::Trial);
    m_clock->set(utc(2026, 11, 15, 0));
    s = read();
    QCOMPARE(s.status, SubscriptionStatus::Active);
    QCOMPARE(s.planCode, QStringLiteral("free"));
    QCOMPARE(s.periodStart, QDate(2026, 11, 15));
    QCOMPARE(s.periodEnd, QDate(2026, 12, 15));
    // Free never lapses: its period rolls on month by month.
    m_clock->set(utc(2027, 3, 20));
    s = read();
    QCOMPARE(s.status, SubscriptionStatus::Active);
    QCOMPARE(s.periodStart, QDate(2027, 3, 15));
    QCOMPARE(s.periodEnd, QDate(2027, 4, 15));
}

void TestSubscriptions::trialExpiresOnItsEndDay() {
    SubscriptionChange c = ok(m_subs->startTrial(m_admin, m_shop, QStringLiteral("basic")));
    QCOMPARE(c.subscription.status, SubscriptionStatus::Trial);
    QCOMPARE(c.subscription.planCode, QStringLiteral("basic"));
    QCOMPARE(c.subscription.trialEnd, QDate(2026, 11, 15));
    QVERIFY(!c.charge);
    QVERIFY(!c.subscription.isImplicit());
    m_clock->set(utc(2026, 11, 14, 23));
    QCOMPARE(read().status, SubscriptionStatus::Trial);
    m_clock->set(utc(2026, 11, 15, 0));
    QCOMPARE(read().status, SubscriptionStatus::Expired);
    QCOMPARE(read().storedStatus, SubscriptionStatus::Trial); // derived, never written
    // Enterprise trials last 30 days.
    ok(m_subs->startTrial(m_admin, m_shop, QStringLiteral("enterprise")));
    QCOMPARE(read().trialEnd, QDate(2026, 12, 15));
    QCOMPARE(m_subs->startTrial(m_admin, m_shop, QStringLiteral("free")).error().field, QStringLiteral("plan"));
}

void TestSubscriptions::trialConvertsToAPaidPeriod() {
    ok(m_subs->startTrial(m_admin, m_shop, QStringLiteral("basic")));
    m_clock->set(utc(2026, 11, 10));
    SubscriptionChange c = ok(m_subs->activate(m_admin, m_shop));
    QCOMPARE(c.subscription.status, SubscriptionStatus::Active);
    QCOMPARE(c.subscription.planCode, QStringLiteral("basic"));
    // The paid period starts on conversion, not at the end of the trial.
    QCOMPARE(c.subscription.periodStart, QDate(2026, 11, 10));
    QCOMPARE(c.subscription.periodEnd, QDate(2026, 12, 10));
    QCOMPARE(c.subscription.mrrPaise, qint64(49900));
    QVERIFY(c.charge);
    QCOMPARE(c.charge->kind, QStringLiteral("activation"));
    QCOMPARE(c.charge->amountPaise, qint64(49900));
    // Converting on another plan.
    ok(m_subs->cancel(m_admin, m_shop, false, QStringLiteral("Shop closed for renovation")));
    c = ok(m_subs->activate(m_admin, m_shop, QStringLiteral("pro")));
    QCOMPARE(c.subscription.planCode, QStringLiteral("pro"));
    QCOMPARE(c.charge->amountPaise, qint64(149900));
}

void TestSubscriptions::activePeriodGoesPastDueThenExpires() {
    ok(m_subs->activate(m_admin, m_shop, QStringLiteral("basic")));
    m_clock->set(utc(2026, 11, 30, 23));
    QCOMPARE(read().status, SubscriptionStatus::Active);
    m_clock->set(utc(2026, 12, 1, 0));
    Subscription s = read();
    QCOMPARE(s.status, SubscriptionStatus::PastDue);
    QCOMPARE(s.mrrPaise, qint64(49900));
    m_clock->set(utc(2026, 12, 7, 23));
    QCOMPARE(read().status, SubscriptionStatus::PastDue);
    m_clock->set(utc(2026, 12, 8, 0)); // period end + kGraceDays
    s = read();
    QCOMPARE(s.status, SubscriptionStatus::Expired);
    QCOMPARE(s.mrrPaise, qint64(0));
    // An expired subscription starts again with activate, from today.
    SubscriptionChange c = ok(m_subs->activate(m_admin, m_shop));
    QCOMPARE(c.subscription.periodStart, QDate(2026, 12, 8));
}

void TestSubscriptions::renewContinuesThePeriod() {
    ok(m_subs->activate(m_admin, m_shop, QStringLiteral("basic")));
    m_clock->set(utc(2026, 12, 3)); // past due
    SubscriptionChange c = ok(m_subs->renew(m_admin, m_shop));
    QCOMPARE(c.subscription.status, SubscriptionStatus::Active);
    QCOMPARE(c.subscription.periodStart, QDate(2026, 12, 1));
    QCOMPARE(c.subscription.periodEnd, QDate(2027, 1, 1));
    QCOMPARE(c.charge->kind, QStringLiteral("renewal"));
    // Renewing early adds the next period after the current one.
    c = ok(m_subs->renew(m_admin, m_shop));
    QCOMPARE(c.subscription.periodStart, QDate(2027, 1, 1));
    QCOMPARE(c.subscription.periodEnd, QDate(2027, 2, 1));
}

void TestSubscriptions::cancelAtPeriodEndAndWithdraw() {
    ok(m_subs->activate(m_admin, m_shop, QStringLiteral("pro")));
    QCOMPARE(m_subs->cancel(m_admin, m_shop, true, QStringLiteral("too short")).error().field,
             QStringLiteral("reason"));
    SubscriptionChange c = ok(m_subs->cancel(m_admin, m_shop, true, QStringLiteral("Moving to a bigger ERP")));
    QCOMPARE(c.subscription.status, SubscriptionStatus::Active);
    QVERIFY(c.subscription.cancelAtPeriodEnd);
    QCOMPARE(c.subscription.statusNote, QStringLiteral("Moving to a bigger ERP"));
    m_clock->set(utc(2026, 12, 1));
    QCOMPARE(read().status, SubscriptionStatus::Cancelled);
    QCOMPARE(read().mrrPaise, qint64(0));

    m_clock->set(kStart);
    c = ok(m_subs->reactivate(m_admin, m_shop));
    QVERIFY(!c.subscription.cancelAtPeriodEnd);
    m_clock->set(utc(2026, 12, 1));
    QCOMPARE(read().status, SubscriptionStatus::PastDue);
}

void TestSubscriptions::cancelNow() {
    ok(m_subs->activate(m_admin, m_shop, QStringLiteral("pro")));
    m_clock->set(utc(2026, 11, 5));
    SubscriptionChange c = ok(m_subs->cancel(m_admin, m_shop, false, QStringLiteral("Duplicate account for the shop")));
    QCOMPARE(c.subscription.status, SubscriptionStatus::Cancelled);
    QCOMPARE(c.subscription.cancelledAt, utc(2026, 11, 5));
    QCOMPARE(m_subs->cancel(m_admin, m_shop, false, QStringLiteral("Duplicate account for the shop")).error().kind,
             Error::Kind::Conflict);
}

void TestSubscriptions::suspendAndReactivate() {
    ok(m_subs->activate(m_admin, m_shop, QStringLiteral("basic")));
    SubscriptionChange c = ok(m_subs->suspend(m_admin, m_shop, QStringLiteral("Payment disputed by the bank")));
    QCOMPARE(c.subscription.status, SubscriptionStatus::Suspended);
    QCOMPARE(c.subscription.mrrPaise, qint64(0));
    m_clock->set(utc(2027, 6, 1)); // suspension does not lapse by itself
    QCOMPARE(read().status, SubscriptionStatus::Suspended);
    m_clock->set(utc(2026, 11, 20));
    c = ok(m_subs->reactivate(m_admin, m_shop));
    QCOMPARE(c.subscription.status, SubscriptionStatus::Active);
    QCOMPARE(c.subscription.periodEnd, QDate(2026, 12, 1));
    // A suspended trial comes back as a trial.
    ok(m_subs->cancel(m_admin, m_shop, false, QStringLiteral("Starting over with a trial")));
    ok(m_subs->startTrial(m_admin, m_shop, QStringLiteral("pro")));
    ok(m_subs->suspend(m_admin, m_shop, QStringLiteral("Abuse report under review")));
    QCOMPARE(ok(m_subs->reactivate(m_admin, m_shop)).subscription.status, SubscriptionStatus::Trial);
}

void TestSubscriptions::refusedMoves() {
    const int audits = auditCount(*m_db);
    // Implicit trial: nothing to renew or reactivate.
    QCOMPARE(m_subs->renew(m_admin, m_shop).error().kind, Error::Kind::Conflict);
    QCOMPARE(m_subs->reactivate(m_admin, m_shop).error().kind, Error::Kind::Conflict);
    ok(m_subs->activate(m_admin, m_shop, QStringLiteral("basic")));
    QCOMPARE(m_subs->activate(m_admin, m_shop).error().kind, Error::Kind::Conflict);
    QCOMPARE(m_subs->startTrial(m_admin, m_shop, QStringLiteral("pro")).error().kind, Error::Kind::Conflict);
    QCOMPARE(m_subs->changePlan(m_admin, m_shop, QStringLiteral("basic")).error().field, QStringLiteral("plan"));
    QCOMPARE(m_subs->changePlan(m_admin, m_shop, QStringLiteral("gold")).error().field, QStringLiteral("plan"));
    ok(m_subs->cancel(m_admin, m_shop, false, QStringLiteral("Customer asked to stop")));
    QCOMPARE(m_subs->suspend(m_admin, m_shop, QStringLiteral("Customer asked to stop")).error().kind,
             Error::Kind::Conflict);
    QCOMPARE(m_subs->renew(m_admin, m_shop).error().kind, Error::Kind::Conflict);
    QCOMPARE(m_subs->changePlan(m_admin, m_shop, QStringLiteral("pro")).error().kind, Error::Kind::Conflict);
    const QString message = m_subs->renew(m_admin, m_shop).error().message;
    QCOMPARE(message,
             QStringLiteral("Sharma Packaging's subscription is cancelled: only an active or past-due subscription "
                            "can be renewed"));
    QCOMPARE(m_subs->activate(m_admin, 999999).error().kind, Error::Kind::NotFound);
    // Two successful actions, nothing else recorded.
    QCOMPARE(auditCount(*m_db), audits + 2);
}

void TestSubscriptions::prorationArithmetic_data() {
    QTest::addColumn<qint64>("oldPrice");
    QTest::addColumn<qint64>("newPrice");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("periodDays");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<qint64>("proration");
    // 1 Nov to 1 Dec: 30 days. On 16 Nov 15 days remain.
    QTest::newRow("upgrade basic->pro, 30 days")
        << qint64(49900) << qint64(149900) << QDate(2026, 11, 1) << QDate(2026, 11, 16) << 30 << 15 << qint64(50000);
    QTest::newRow("downgrade pro->basic, 30 days")
        << qint64(149900) << qint64(49900) << QDate(2026, 11, 1) << QDate(2026, 11, 16) << 30 << 15 << qint64(-50000);
    // 1 Dec to 1 Jan: 31 days. On 11 Dec 21 remain: 100000 x 21 / 31 = 67741.93... -> 67742.
    QTest::newRow("upgrade basic->pro, 31 days")
        << qint64(49900) << qint64(149900) << QDate(2026, 12, 1) << QDate(2026, 12, 11) << 31 << 21 << qint64(67742);
    QTest::newRow("downgrade pro->basic, 31 days")
        << qint64(149900) << qint64(49900) << QDate(2026, 12, 1) << QDate(2026, 12, 11) << 31 << 21 << qint64(-67742);
    // 350000 x 7 / 31 = 79032.258 -> 79032; 450000 x 7 / 30 = 105000 exactly.
    QTest::newRow("upgrade pro->enterprise, 31 days, a week left")
        << qint64(149900) << qint64(499900) << QDate(2027, 1, 1) << QDate(2027, 1, 25) << 31 << 7 << qint64(79032);
    QTest::newRow("upgrade basic->enterprise, 30 days, a week left")
        << qint64(49900) << qint64(499900) << QDate(2026, 11, 1) << QDate(2026, 11, 24) << 30 << 7 << qint64(105000);
    // Half a paisa rounds away from zero both ways: 1 paisa x 15 / 30 = 0.5.
    QTest::newRow("half up") << qint64(100) << qint64(101) << QDate(2026, 11, 1) << QDate(2026, 11, 16) << 30 << 15
                             << qint64(1);
    QTest::newRow("half down") << qint64(101) << qint64(100) << QDate(2026, 11, 1) << QDate(2026, 11, 16) << 30 << 15
                               << qint64(-1);
    QTest::newRow("first day: the whole period")
        << qint64(49900) << qint64(149900) << QDate(2026, 11, 1) << QDate(2026, 11, 1) << 30 << 30 << qint64(100000);
    QTest::newRow("after the period: nothing")
        << qint64(49900) << qint64(149900) << QDate(2026, 11, 1) << QDate(2026, 12, 3) << 30 << 0 << qint64(0);
}

void TestSubscriptions::prorationArithmetic() {
    QFETCH(qint64, oldPrice);
    QFETCH(qint64, newPrice);
    QFETCH(QDate, start);
    QFETCH(QDate, today);
    QFETCH(int, periodDays);
    QFETCH(int, remaining);
    QFETCH(qint64, proration);
    const ProrationPreview p = SubscriptionService::prorate(oldPrice, newPrice, start, start.addMonths(1), today);
    QCOMPARE(p.periodDays, periodDays);
    QCOMPARE(p.remainingDays, remaining);
    QCOMPARE(p.prorationPaise, proration);
    QCOMPARE(p.chargeNowPaise, std::max<qint64>(proration, 0));
    QCOMPARE(p.creditPaise, std::max<qint64>(-proration, 0));
    // A credit already held is used before anything is charged.
    const ProrationPreview withCredit =
        SubscriptionService::prorate(oldPrice, newPrice, start, start.addMonths(1), today, 20000);
    if (proration > 0) {
        QCOMPARE(withCredit.chargeNowPaise, std::max<qint64>(proration - 20000, 0));
        QCOMPARE(withCredit.creditPaise, std::max<qint64>(20000 - proration, 0));
    } else {
        QCOMPARE(withCredit.creditPaise, 20000 - proration);
    }
}

void TestSubscriptions::upgradeMidPeriodRaisesAnInvoice() {
    m_clock->set(utc(2026, 12, 1));
    ok(m_subs->activate(m_admin, m_shop, QStringLiteral("basic")));
    m_clock->set(utc(2026, 12, 11, 15));
    auto preview = m_subs->previewChange(m_admin, m_shop, QStringLiteral("pro"));
    QVERIFY2(preview.ok(), qPrintable(why(preview)));
    QCOMPARE(preview->periodDays, 31);
    QCOMPARE(preview->remainingDays, 21);
    QCOMPARE(preview->prorationPaise, qint64(67742));
    QVERIFY(preview->upgrade());
    QCOMPARE(preview->toPlan, QStringLiteral("Pro"));
    SubscriptionChange c = ok(m_subs->changePlan(m_admin, m_shop, QStringLiteral("pro")));
    QCOMPARE(c.subscription.planCode, QStringLiteral("pro"));
    QCOMPARE(c.subscription.periodEnd, QDate(2027, 1, 1)); // the period stays
    QVERIFY(c.proration);
    QCOMPARE(c.proration->prorationPaise, qint64(67742));
    QVERIFY(c.charge);
    QCOMPARE(c.charge->kind, QStringLiteral("upgrade"));
    QCOMPARE(c.charge->amountPaise, qint64(67742));
    QCOMPARE(c.charge->taxablePaise, qint64(67742));
    QCOMPARE(c.charge->gstPaise, qint64(12194));   // 18 % of 677.42 = 121.9356
    QCOMPARE(c.charge->totalPaise, qint64(79900)); // 799.36 rounded to the rupee
    QCOMPARE(c.subscription.mrrPaise, qint64(149900));
}

void TestSubscriptions::downgradeLeavesACreditForTheNextInvoice() {
    ok(m_subs->activate(m_admin, m_shop, QStringLiteral("pro")));
    m_clock->set(utc(2026, 11, 16));
    SubscriptionChange c = ok(m_subs->changePlan(m_admin, m_shop, QStringLiteral("basic")));
    QVERIFY(!c.charge);
    QCOMPARE(c.proration->prorationPaise, qint64(-50000));
    QCOMPARE(c.subscription.creditPaise, qint64(50000));
    QCOMPARE(c.subscription.planCode, QStringLiteral("basic"));
    // The renewal invoice uses the credit first.
    c = ok(m_subs->renew(m_admin, m_shop));
    QCOMPARE(c.charge->amountPaise, qint64(49900));
    QCOMPARE(c.charge->creditAppliedPaise, qint64(49900));
    QCOMPARE(c.charge->taxablePaise, qint64(0));
    QCOMPARE(c.charge->totalPaise, qint64(0));
    QCOMPARE(c.subscription.creditPaise, qint64(100));
    c = ok(m_subs->renew(m_admin, m_shop));
    QCOMPARE(c.charge->creditAppliedPaise, qint64(100));
    QCOMPARE(c.charge->taxablePaise, qint64(49800));
    QCOMPARE(c.subscription.creditPaise, qint64(0));
    // An upgrade also spends a credit before charging.
    m_clock->set(utc(2026, 11, 16));
    ok(m_subs->changePlan(m_admin, m_shop, QStringLiteral("free")));
    const qint64 credit = read().creditPaise;
    QVERIFY(credit > 0);
    c = ok(m_subs->changePlan(m_admin, m_shop, QStringLiteral("basic")));
    QCOMPARE(c.charge.has_value(), true);
    QCOMPARE(c.charge->creditAppliedPaise, std::min(credit, c.charge->amountPaise));
}

void TestSubscriptions::invoiceNumbersAreGaplessPerFinancialYear() {
    const qint64 second = createShop(*m_db, QStringLiteral("Mehta Cartons"), kStart, QStringLiteral("29"));
    QStringList numbers;
    numbers << ok(m_subs->activate(m_admin, m_shop, QStringLiteral("basic"))).charge->number;
    numbers << ok(m_subs->activate(m_admin, second, QStringLiteral("pro"))).charge->number;
    // A refused action takes no number.
    QVERIFY(!m_subs->activate(m_admin, m_shop).ok());
    numbers << ok(m_subs->renew(m_admin, m_shop)).charge->number;
    QCOMPARE(numbers, (QStringList{"SUB/26-27/00001", "SUB/26-27/00002", "SUB/26-27/00003"}));
    // 1 April starts the next financial year at 1.
    m_clock->set(utc(2027, 3, 31, 23));
    QCOMPARE(read().status, SubscriptionStatus::Expired);
    QCOMPARE(ok(m_subs->activate(m_admin, m_shop)).charge->number, QStringLiteral("SUB/26-27/00004"));
    m_clock->set(utc(2027, 4, 1, 0));
    QCOMPARE(ok(m_subs->activate(m_admin, second)).charge->number, QStringLiteral("SUB/27-28/00001"));
    auto charges = m_subs->charges(m_admin, m_shop);
    QVERIFY(charges.ok());
    QCOMPARE(charges->size(), 3);
    QCOMPARE(charges->first().number, QStringLiteral("SUB/26-27/00004"));
}

void TestSubscriptions::invoiceGstAndPdf() {
    // Same state as the vendor (27): CGST + SGST. Another state: IGST.
    const qint64 karnataka = createShop(*m_db, QStringLiteral("Mehta Cartons"), kStart, QStringLiteral("29"));
    SubscriptionChange local = ok(m_subs->activate(m_admin, m_shop, QStringLiteral("pro")));
    SubscriptionChange other = ok(m_subs->activate(m_admin, karnataka, QStringLiteral("pro")));
    for (const SubscriptionCharge &c : {*local.charge, *other.charge}) {
        QCOMPARE(c.taxablePaise, qint64(149900));
        QCOMPARE(c.gstPaise, qint64(26982));
        QCOMPARE(c.totalPaise, qint64(176900)); // 1768.82 rounded to the rupee
    }
    QSqlQuery q =
        m_db->exec(QStringLiteral("SELECT cgst_paise, sgst_paise, igst_paise FROM subscription_charges ORDER BY id"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(13491));
    QCOMPARE(q.value(1).toLongLong(), qint64(13491));
    QCOMPARE(q.value(2).toLongLong(), qint64(0));
    QVERIFY(q.next());
    QCOMPARE(q.value(2).toLongLong(), qint64(26982));

    auto pdf = m_subs->invoicePdf(m_admin, local.charge->id);
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    QVERIFY(pdf->startsWith("%PDF-"));
    // What the shop reads on it: the number, the buyer, the SAC code, the tax split and the total.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf.value());
    file.close();
    if (const QString keep = qEnvironmentVariable("BOXCOST_DOCUMENTS_KEEP"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(QDir(keep).filePath(QStringLiteral("subscription-invoice.pdf")));
        QFile::copy(path, QDir(keep).filePath(QStringLiteral("subscription-invoice.pdf")));
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &expected :
         {QStringLiteral("SUB/26-27/00001"), QStringLiteral("Sharma Packaging"), QStringLiteral("BoxCostPro Software"),
          QStringLiteral("997331"), QStringLiteral("134.91"), QStringLiteral("1,769.00")})
        QVERIFY2(printed.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + printed));
    // The shop reads its own invoice, never another's.
    QVERIFY(m_subs->invoicePdf(m_owner, local.charge->id).ok());
    QCOMPARE(m_subs->invoicePdf(m_owner, other.charge->id).error().kind, Error::Kind::NotFound);
}

void TestSubscriptions::staleVersionIsAConflict() {
    SubscriptionChange c = ok(m_subs->activate(m_admin, m_shop, QStringLiteral("basic"), 0));
    const int version = c.subscription.rowVersion;
    QCOMPARE(version, 1);
    ok(m_subs->suspend(m_admin, m_shop, QStringLiteral("Payment disputed by the bank"), version));
    auto stale = m_subs->cancel(m_admin, m_shop, false, QStringLiteral("Customer asked to stop"), version);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(
        stale.error().message.startsWith(QStringLiteral("VENDOR.ADMIN changed this subscription at 01 Nov 2026 10:00")),
        qPrintable(stale.error().message));
    QCOMPARE(read().status, SubscriptionStatus::Suspended);
}

void TestSubscriptions::listFiltersAndMrr() {
    const qint64 b = createShop(*m_db, QStringLiteral("Mehta Cartons"), kStart);
    const qint64 c = createShop(*m_db, QStringLiteral("Kumar Boxes"), kStart);
    const qint64 d =
        createShop(*m_db, QStringLiteral("Old Corrugators"), utc(2025, 1, 1)); // implicit trial long over: Free
    ok(m_subs->activate(m_admin, m_shop, QStringLiteral("basic")));
    ok(m_subs->activate(m_admin, b, QStringLiteral("pro")));
    ok(m_subs->startTrial(m_admin, c, QStringLiteral("enterprise")));
    m_clock->set(utc(2026, 11, 10));

    auto all = m_subs->list(m_admin, {});
    QVERIFY2(all.ok(), qPrintable(why(all)));
    QCOMPARE(all->totalRows, 4);
    QCOMPARE(all->rows.size(), 4);
    QCOMPARE(all->totalMrrPaise, qint64(49900 + 149900));
    QCOMPARE(all->rows.at(3).tenantId, d);
    QCOMPARE(all->rows.at(3).planCode, QStringLiteral("free"));

    SubscriptionQuery q;
    q.status = SubscriptionStatus::Trial;
    auto trials = m_subs->list(m_admin, q);
    QCOMPARE(trials->rows.size(), 1);
    QCOMPARE(trials->rows.first().tenantName, QStringLiteral("Kumar Boxes"));
    q = {};
    q.planCode = QStringLiteral("pro");
    QCOMPARE(m_subs->list(m_admin, q)->rows.first().tenantId, b);
    q = {};
    q.text = QStringLiteral("CARTON");
    QCOMPARE(m_subs->list(m_admin, q)->rows.size(), 1);
    q = {};
    q.periodEndTo = QDate(2026, 11, 30);
    auto endingInNovember = m_subs->list(m_admin, q);
    QCOMPARE(endingInNovember->rows.size(), 1); // only the Free shop's period (15 Oct to 15 Nov) ends by then
    QCOMPARE(endingInNovember->rows.first().tenantId, d);
    // Pages by tenant id.
    q = {};
    q.limit = 3;
    auto first = m_subs->list(m_admin, q);
    QCOMPARE(first->rows.size(), 3);
    QVERIFY(!first->atEnd);
    q.afterTenantId = first->rows.last().tenantId;
    auto rest = m_subs->list(m_admin, q);
    QCOMPARE(rest->rows.size(), 1);
    QVERIFY(rest->atEnd);
    // Time passes: past due still counts in MRR, expired does not.
    m_clock->set(utc(2026, 12, 3));
    QCOMPARE(m_subs->list(m_admin, {})->totalMrrPaise, qint64(49900 + 149900));
    m_clock->set(utc(2026, 12, 9));
    QCOMPARE(m_subs->list(m_admin, {})->totalMrrPaise, qint64(0));
}

void TestSubscriptions::shopsReadOnlyTheirOwn() {
    const qint64 other = createShop(*m_db, QStringLiteral("Other Boxes"), kStart);
    auto own = m_subs->get(m_owner);
    QVERIFY2(own.ok(), qPrintable(why(own)));
    QCOMPARE(own->tenantId, m_shop);
    QCOMPARE(m_subs->get(m_owner, other).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_subs->list(m_owner, {}).error().kind, Error::Kind::Denied);
    QCOMPARE(m_subs->activate(m_owner, m_shop, QStringLiteral("pro")).error().kind, Error::Kind::Denied);
    const Session finance = sessionFor(*m_db, 0, addUserRow(*m_db, 0, QStringLiteral("farah"), role::Finance, kStart));
    QVERIFY(m_subs->activate(finance, other, QStringLiteral("basic")).ok());
    const Session marketing =
        sessionFor(*m_db, 0, addUserRow(*m_db, 0, QStringLiteral("meera"), role::Marketing, kStart));
    QCOMPARE(m_subs->renew(marketing, other).error().kind, Error::Kind::Denied);
    QCOMPARE(m_subs->events(m_owner)->size(), 0);
    QCOMPARE(m_subs->charges(m_owner)->size(), 0);
}

void TestSubscriptions::everyActionWritesOneAuditRowAndEvent() {
    m_clock->set(utc(2026, 11, 15)); // the implicit trial is over: the shop is on Free
    struct Step {
        const char *action;
        std::function<Result<SubscriptionChange>()> run;
    };
    const QList<Step> steps = {
        {"subscription.trial", [&] { return m_subs->startTrial(m_admin, m_shop, QStringLiteral("pro")); }},
        {"subscription.plan_change", [&] { return m_subs->changePlan(m_admin, m_shop, QStringLiteral("basic")); }},
        {"subscription.activate", [&] { return m_subs->activate(m_admin, m_shop); }},
        {"subscription.upgrade", [&] { return m_subs->changePlan(m_admin, m_shop, QStringLiteral("pro")); }},
        {"subscription.downgrade", [&] { return m_subs->changePlan(m_admin, m_shop, QStringLiteral("basic")); }},
        {"subscription.renew", [&] { return m_subs->renew(m_admin, m_shop); }},
        {"subscription.cancel_at_period_end",
         [&] { return m_subs->cancel(m_admin, m_shop, true, QStringLiteral("Closing the shop in March")); }},
        {"subscription.reactivate", [&] { return m_subs->reactivate(m_admin, m_shop); }},
        {"subscription.suspend",
         [&] { return m_subs->suspend(m_admin, m_shop, QStringLiteral("Payment disputed by the bank")); }},
        {"subscription.reactivate", [&] { return m_subs->reactivate(m_admin, m_shop); }},
        {"subscription.cancel",
         [&] { return m_subs->cancel(m_admin, m_shop, false, QStringLiteral("Customer asked to stop")); }},
    };
    int events = 0;
    for (const Step &step : steps) {
        const int before = auditCount(*m_db);
        const int sameAction = auditCount(*m_db, QString::fromLatin1(step.action));
        auto r = step.run();
        QVERIFY2(r.ok(), qPrintable(QString::fromLatin1(step.action) + QStringLiteral(": ") + why(r)));
        QCOMPARE(auditCount(*m_db), before + 1);
        QCOMPARE(auditCount(*m_db, QString::fromLatin1(step.action)), sameAction + 1);
        ++events;
        QCOMPARE(m_subs->events(m_admin, m_shop)->size(), events);
    }
    const SubscriptionEvent last = m_subs->events(m_admin, m_shop)->first();
    QCOMPARE(last.action, QStringLiteral("cancel"));
    QCOMPARE(last.fromStatus, QStringLiteral("ACTIVE"));
    QCOMPARE(last.toStatus, QStringLiteral("CANCELLED"));
    QCOMPARE(last.note, QStringLiteral("Customer asked to stop"));
    QCOMPARE(last.actorName, QStringLiteral("VENDOR.ADMIN"));
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT tenant_id, entity_id, before_json, after_json FROM audit_log "
                                            "WHERE action = 'subscription.cancel'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(0)); // the vendor's chain
    QCOMPARE(q.value(1).toString(), QString::number(m_shop));
    QVERIFY(q.value(2).toString().contains(QStringLiteral("ACTIVE")));
    QVERIFY(q.value(3).toString().contains(QStringLiteral("CANCELLED")));
}

QTEST_MAIN(TestSubscriptions)
#include "tst_subscriptions.moc"
