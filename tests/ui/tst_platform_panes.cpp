// The vendor's Subscriptions, Plans & features and Coupons panes and a shop's own Subscription page,
// offscreen over a real database: upgrading a shop (the proration preview in rupees, then Confirm; the plan,
// status, invoice, history and audit row afterwards; Cancel changes nothing), actions that need a reason,
// the filters and total MRR; applying coupons on the Subscription page (each refused code shows its rule's
// exact message, a valid one applies and shows on the next invoice), usage bars and features; the plan
// matrix saving a new version; the coupon editor naming the refused field, bulk generation and
// deactivation, and analytics drawn as bar charts. Every model runs under QAbstractItemModelTester.
//
// With BOXCOST_SCREENSHOT_DIR set, panesFitBesideTheNavigation saves each pane at 1080 x 700 there.

#include "ModalDialogs.h"
#include "TestDatabase.h"
#include "TestShop.h"
#include "WidgetInput.h"

#include "accounts/MessageLabel.h"
#include "calculator/FieldMark.h"
#include "coupons/BarChart.h"
#include "coupons/BulkCouponDialog.h"
#include "coupons/CouponAnalyticsView.h"
#include "coupons/CouponDialog.h"
#include "coupons/CouponForm.h"
#include "coupons/CouponListModel.h"
#include "coupons/CouponsPane.h"
#include "data/Database.h"
#include "money/IndianFormat.h"
#include "plans/PlanMatrixModel.h"
#include "plans/PlansPane.h"
#include "services/AccountService.h"
#include "services/Clock.h"
#include "services/CouponService.h"
#include "services/EntitlementService.h"
#include "services/Permissions.h"
#include "services/PlanService.h"
#include "services/Session.h"
#include "services/SubscriptionService.h"
#include "shell/MainWindow.h"
#include "shell/Panes.h"
#include "subscriptions/ChangePlanDialog.h"
#include "subscriptions/FeatureAccessModel.h"
#include "subscriptions/OverrideDialog.h"
#include "subscriptions/SubscriptionActionDialog.h"
#include "subscriptions/SubscriptionListModel.h"
#include "subscriptions/SubscriptionPage.h"
#include "subscriptions/SubscriptionsPane.h"
#include "subscriptions/UsageBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace bcp;
using test::click;
using test::typeOver;
using test::whenModal;
using test::why;

namespace {

const QDateTime kStart(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc());

} // namespace

class TestPlatformPanes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void upgradeTenantPreviewThenConfirm();
    void downgradeShowsTheCredit();
    void actionsNeedConfirmationAndReasons();
    void subscriptionsFiltersAndMrr();
    void overridesForAShop();
    void applyCouponOnSubscriptionPage();
    void subscriptionPageShowsUsageAndFeatures();
    void planMatrixSavesANewVersion();
    void couponEditorNamesTheRefusedField();
    void bulkGenerateAndDeactivate();
    void couponAnalyticsChart();
    void panesFitBesideTheNavigation();
    void eachPaneOnlyWithItsPermission();

private:
    qint64 addShop(const QString &name, const QDateTime &created);
    qint64 addUser(qint64 tenantId, const QString &username, const QString &displayName, const QString &role);
    Session platformSession(const QString &role = role::SuperAdmin) const;
    Session sessionFor(qint64 userId) const;
    Coupon coupon(const QString &code, int percent) const;
    Coupon saveCoupon(const Coupon &c);
    int auditRows(const QString &action, const QString &entityId);

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SubscriptionService> m_subs;
    std::unique_ptr<CouponService> m_coupons;
    Session m_vendor;
    qint64 m_sharma = 0;
    qint64 m_kumar = 0;
    qint64 m_patel = 0;
    qint64 m_ownerId = 0;
};

void TestPlatformPanes::init() {
    m_t = std::make_unique<test::TestDatabase>();
    m_db = m_t->openMigrated();
    m_clock = std::make_unique<ManualClock>(kStart);
    m_subs = std::make_unique<SubscriptionService>(*m_db, *m_clock);
    m_coupons = std::make_unique<CouponService>(*m_db, *m_clock);
    m_vendor = platformSession();
    m_sharma = addShop(QStringLiteral("Sharma Packaging"), kStart);
    m_kumar = addShop(QStringLiteral("Kumar Cartons"), kStart.addDays(-40));
    m_patel = addShop(QStringLiteral("Patel Box Works"), kStart.addDays(-3));
    m_ownerId = addUser(m_sharma, QStringLiteral("ravi"), QStringLiteral("Ravi Sharma"), role::Owner);
}

void TestPlatformPanes::cleanup() {
    m_coupons.reset();
    m_subs.reset();
    m_db.reset();
    m_t.reset();
}

qint64 TestPlatformPanes::addShop(const QString &name, const QDateTime &created) {
    return test::createShop(*m_db, name, created);
}

qint64 TestPlatformPanes::addUser(qint64 tenantId, const QString &username, const QString &displayName,
                                  const QString &role) {
    return test::addUserRow(*m_db, tenantId, username, role, kStart, displayName);
}

Session TestPlatformPanes::platformSession(const QString &role) const {
    Session s;
    s.userId = 900;
    s.tenantId = 0;
    s.username = QStringLiteral("meera");
    s.displayName = QStringLiteral("Meera Iyer");
    s.role = role;
    s.workstation = QStringLiteral("VENDOR-PC");
    s.permissions = test::seededPermissions(*m_db, role);
    return s;
}

Session TestPlatformPanes::sessionFor(qint64 userId) const {
    const qint64 tenantId =
        m_db->scalar(QStringLiteral("SELECT tenant_id FROM users WHERE id = ?"), {userId}).toLongLong();
    return test::sessionFor(*m_db, tenantId, userId);
}

Coupon TestPlatformPanes::coupon(const QString &code, int percent) const {
    Coupon c;
    c.code = code;
    c.kind = CouponKind::Percent;
    c.percent = percent;
    c.validFrom = kStart.addDays(-30);
    c.validUntil = kStart.addDays(60);
    c.maxUses = 100;
    c.maxUsesPerTenant = 1;
    c.active = true;
    return c;
}

Coupon TestPlatformPanes::saveCoupon(const Coupon &c) {
    auto saved = m_coupons->save(m_vendor, c);
    if (!saved)
        qFatal("cannot save coupon %s: %s", qPrintable(c.code), qPrintable(saved.error().text()));
    return saved.value();
}

int TestPlatformPanes::auditRows(const QString &action, const QString &entityId) {
    return m_db
        ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity_id = ?"),
                 {action, entityId})
        .toInt();
}

void TestPlatformPanes::upgradeTenantPreviewThenConfirm() {
    // Sharma pays for Basic from 26 Nov: the period is 26 Nov to 26 Dec, 30 days.
    auto activated = m_subs->activate(m_vendor, m_sharma, QStringLiteral("basic"));
    QVERIFY2(activated.ok(), qPrintable(why(activated)));
    QCOMPARE(activated->subscription.periodEnd, QDate(2026, 12, 26));
    // Ten days on, 20 of the 30 days are left: (₹1,499 − ₹499) × 20 / 30 = ₹666.666… → ₹666.67.
    m_clock->set(kStart.addDays(10));

    ui::SubscriptionsPane pane(*m_db, m_vendor, *m_clock);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester eventsTester(pane.eventsTable()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester chargesTester(pane.chargesTable()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(1080, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.model()->rowCount(), 3);

    pane.showTenant(m_sharma);
    QCOMPARE(pane.currentTenant(), m_sharma);
    QCOMPARE(pane.detailTitle()->text(), QStringLiteral("Sharma Packaging"));
    QVERIFY(pane.detailField(QStringLiteral("plan"))->text().startsWith(QStringLiteral("Basic")));
    QVERIFY(pane.changePlanButton()->isEnabled());
    const int auditBefore = auditRows(QStringLiteral("subscription.upgrade"), QString::number(m_sharma));
    QCOMPARE(auditBefore, 0);

    // First the preview, then Cancel: nothing changes.
    bool previewSeen = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::ChangePlanDialog *>(modal);
        QVERIFY(dialog);
        dialog->choosePlan(QStringLiteral("pro"));
        QCOMPARE(dialog->prorationLabel()->text(), QStringLiteral("₹666.67"));
        previewSeen = true;
        dialog->reject();
    });
    click(pane.changePlanButton());
    QVERIFY(previewSeen);
    auto unchanged = m_subs->get(m_vendor, m_sharma);
    QVERIFY2(unchanged.ok(), qPrintable(why(unchanged)));
    QCOMPARE(unchanged->planCode, QStringLiteral("basic"));
    QCOMPARE(auditRows(QStringLiteral("subscription.upgrade"), QString::number(m_sharma)), 0);

    // Now the preview in full, and Confirm.
    QString confirmText;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::ChangePlanDialog *>(modal);
        QVERIFY(dialog);
        const int pro = dialog->planCombo()->findData(QStringLiteral("pro"));
        QVERIFY(pro >= 0);
        dialog->planCombo()->setCurrentIndex(pro);
        QVERIFY(dialog->preview().has_value());
        QCOMPARE(dialog->preview()->remainingDays, 20);
        QCOMPARE(dialog->preview()->periodDays, 30);
        QCOMPARE(dialog->preview()->prorationPaise, qint64(66667));
        QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("Basic (₹499.00) → Pro (₹1,499.00)"));
        QCOMPARE(dialog->periodLabel()->text(), QStringLiteral("26 Nov 2026 to 25 Dec 2026: 20 of 30 days left"));
        QCOMPARE(dialog->prorationLabel()->text(), QStringLiteral("₹666.67"));
        QCOMPARE(dialog->outcomeLabel()->text(),
                 QStringLiteral("Charged now: ₹666.67 plus GST, on a subscription invoice."));
        confirmText = dialog->confirmButton()->text();
        QVERIFY(dialog->confirmButton()->isEnabled());
        click(dialog->confirmButton());
    });
    click(pane.changePlanButton());
    QCOMPARE(confirmText, QStringLiteral("&Upgrade to Pro"));

    // The plan changed, the status stayed, an invoice was raised, the history and the audit log say so.
    auto after = m_subs->get(m_vendor, m_sharma);
    QVERIFY2(after.ok(), qPrintable(why(after)));
    QCOMPARE(after->planCode, QStringLiteral("pro"));
    QCOMPARE(after->status, SubscriptionStatus::Active);
    QCOMPARE(pane.current().planCode, QStringLiteral("pro"));
    QCOMPARE(pane.currentTenant(), m_sharma);
    QVERIFY(pane.detailField(QStringLiteral("plan"))->text().startsWith(QStringLiteral("Pro")));
    QCOMPARE(pane.detailField(QStringLiteral("status"))->text(), subscriptionStatusName(SubscriptionStatus::Active));
    const int row = pane.model()->rowOfTenant(m_sharma);
    QVERIFY(row >= 0);
    QCOMPARE(pane.model()->index(row, ui::SubscriptionListModel::PlanColumn).data().toString(), QStringLiteral("Pro"));
    QCOMPARE(pane.model()->index(row, ui::SubscriptionListModel::MrrColumn).data().toString(),
             QStringLiteral("₹1,499.00"));
    QCOMPARE(pane.banner()->tone(), ui::MessageLabel::Tone::Success);
    QVERIFY2(pane.banner()->text().startsWith(QStringLiteral("Sharma Packaging moved from Basic to Pro. Invoice SUB/")),
             qPrintable(pane.banner()->text()));
    auto charges = m_subs->charges(m_vendor, m_sharma);
    QVERIFY2(charges.ok(), qPrintable(why(charges)));
    bool upgradeCharge = false;
    for (const SubscriptionCharge &c : charges.value())
        upgradeCharge = upgradeCharge || (c.kind == QLatin1String("upgrade") && c.amountPaise == 66667);
    QVERIFY(upgradeCharge);
    // The invoices tab lists the activation and the upgrade invoice, and saves the upgrade's PDF.
    QCOMPARE(pane.chargesTable()->rowCount(), int(charges->size()));
    QStringList numbers;
    for (int r = 0; r < pane.chargesTable()->rowCount(); ++r)
        numbers << pane.chargesTable()->item(r, 0)->text();
    qint64 upgradeId = 0;
    for (const SubscriptionCharge &c : charges.value()) {
        QVERIFY2(numbers.contains(c.number), qPrintable(c.number));
        if (c.kind == QLatin1String("upgrade"))
            upgradeId = c.id;
    }
    QString upgradeNumber;
    for (const SubscriptionCharge &c : charges.value()) {
        if (c.id == upgradeId)
            upgradeNumber = c.number;
    }
    QVERIFY2(pane.banner()->text().contains(QStringLiteral("Invoice %1 for ").arg(upgradeNumber)),
             qPrintable(pane.banner()->text()));
    QTemporaryDir out;
    const QString pdfPath = out.filePath(QStringLiteral("upgrade.pdf"));
    QVERIFY(pane.saveInvoicePdf(upgradeId, pdfPath));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QCOMPARE(pane.banner()->tone(), ui::MessageLabel::Tone::Success);
    QVERIFY(pane.eventsTable()->rowCount() >= 2);
    QStringList actions;
    for (int r = 0; r < pane.eventsTable()->rowCount(); ++r)
        actions << pane.eventsTable()->item(r, 1)->text();
    QVERIFY2(actions.contains(QStringLiteral("upgrade")), qPrintable(actions.join(QLatin1Char(','))));

    QCOMPARE(auditRows(QStringLiteral("subscription.upgrade"), QString::number(m_sharma)), 1);
    QSqlQuery audit = m_db->exec(QStringLiteral("SELECT actor_name, after_json FROM audit_log WHERE action = ? "
                                                "AND entity_id = ?"),
                                 {QStringLiteral("subscription.upgrade"), QString::number(m_sharma)});
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), m_vendor.username);
    QVERIFY2(audit.value(1).toString().contains(QStringLiteral("pro")), qPrintable(audit.value(1).toString()));
}

void TestPlatformPanes::downgradeShowsTheCredit() {
    // Kumar pays for Pro on a 31-day period (1 Dec to 1 Jan) and moves to Basic on 11 Dec: 21 days left,
    // (₹499 − ₹1,499) × 21 / 31 = −₹677.419… → a credit of ₹677.42.
    m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    auto activated = m_subs->activate(m_vendor, m_kumar, QStringLiteral("pro"));
    QVERIFY2(activated.ok(), qPrintable(why(activated)));
    QCOMPARE(activated->subscription.periodEnd, QDate(2027, 1, 1));
    m_clock->set(QDateTime(QDate(2026, 12, 11), QTime(9, 0), QTimeZone::utc()));

    ui::SubscriptionsPane pane(*m_db, m_vendor, *m_clock);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.showTenant(m_kumar);
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::ChangePlanDialog *>(modal);
        QVERIFY(dialog);
        dialog->choosePlan(QStringLiteral("basic"));
        QCOMPARE(dialog->preview()->remainingDays, 21);
        QCOMPARE(dialog->preview()->periodDays, 31);
        QCOMPARE(dialog->prorationLabel()->text(), QStringLiteral("-₹677.42"));
        QCOMPARE(dialog->outcomeLabel()->text(), QStringLiteral("Credit for the next invoice: ₹677.42."));
        QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("&Downgrade to Basic"));
        click(dialog->confirmButton());
    });
    pane.changePlan();
    QCOMPARE(pane.current().planCode, QStringLiteral("basic"));
    QCOMPARE(pane.current().creditPaise, qint64(67742));
    QCOMPARE(pane.detailField(QStringLiteral("credit"))->text(), QStringLiteral("₹677.42"));
    QCOMPARE(pane.banner()->text(),
             QStringLiteral("Kumar Cartons moved from Pro to Basic. Credit for the next invoice: ₹677.42."));
    QCOMPARE(auditRows(QStringLiteral("subscription.downgrade"), QString::number(m_kumar)), 1);
}

void TestPlatformPanes::actionsNeedConfirmationAndReasons() {
    auto activated = m_subs->activate(m_vendor, m_patel, QStringLiteral("basic"));
    QVERIFY2(activated.ok(), qPrintable(why(activated)));
    ui::SubscriptionsPane pane(*m_db, m_vendor, *m_clock);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.showTenant(m_patel);
    using A = ui::SubscriptionActionDialog::Action;
    QVERIFY(pane.actionButton(A::Suspend)->isEnabled());
    QVERIFY(pane.actionButton(A::Renew)->isEnabled());
    QVERIFY(!pane.actionButton(A::Reactivate)->isEnabled());
    QVERIFY(!pane.actionButton(A::StartTrial)->isEnabled());

    // Suspend asks for a reason of at least ten characters before Confirm can be pressed.
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::SubscriptionActionDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->action(), A::Suspend);
        QVERIFY(dialog->reasonEdit());
        QVERIFY(!dialog->planCombo());
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->reasonEdit()->setFocus();
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("unpaid"));
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral(" for two months"));
        QVERIFY(dialog->confirmButton()->isEnabled());
        click(dialog->confirmButton());
    });
    click(pane.actionButton(A::Suspend));
    QCOMPARE(pane.current().status, SubscriptionStatus::Suspended);
    QCOMPARE(pane.current().statusNote, QStringLiteral("unpaid for two months"));
    QCOMPARE(auditRows(QStringLiteral("subscription.suspend"), QString::number(m_patel)), 1);
    QVERIFY(pane.actionButton(A::Reactivate)->isEnabled());
    QVERIFY(!pane.actionButton(A::Suspend)->isEnabled());

    // Reactivate, but cancel the confirmation first: still suspended.
    whenModal([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
    click(pane.actionButton(A::Reactivate));
    QCOMPARE(pane.current().status, SubscriptionStatus::Suspended);
    QCOMPARE(auditRows(QStringLiteral("subscription.reactivate"), QString::number(m_patel)), 0);

    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::SubscriptionActionDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(dialog->explanationLabel()->text().contains(QStringLiteral("before the suspension")));
        click(dialog->confirmButton());
    });
    click(pane.actionButton(A::Reactivate));
    QCOMPARE(pane.current().status, SubscriptionStatus::Active);
    QCOMPARE(auditRows(QStringLiteral("subscription.reactivate"), QString::number(m_patel)), 1);

    // Cancel at period end: the subscription reads "cancels" in the list until then.
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::SubscriptionActionDialog *>(modal);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("moving to a bigger ERP"));
        click(dialog->confirmButton());
    });
    click(pane.actionButton(A::CancelAtPeriodEnd));
    QVERIFY(pane.current().cancelAtPeriodEnd);
    const int row = pane.model()->rowOfTenant(m_patel);
    QCOMPARE(pane.model()->index(row, ui::SubscriptionListModel::StatusColumn).data().toString(),
             QStringLiteral("%1, cancels").arg(subscriptionStatusName(SubscriptionStatus::Active)));
    QVERIFY(pane.actionButton(A::Reactivate)->isEnabled());
}

void TestPlatformPanes::subscriptionsFiltersAndMrr() {
    QVERIFY(m_subs->activate(m_vendor, m_sharma, QStringLiteral("basic")).ok());
    QVERIFY(m_subs->activate(m_vendor, m_kumar, QStringLiteral("enterprise")).ok());
    ui::SubscriptionsPane pane(*m_db, m_vendor, *m_clock);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(pane.model()->rowCount(), 3);
    // Basic ₹499 + Enterprise ₹4,999; Patel is on the Pro trial every new shop gets and pays nothing yet.
    QCOMPARE(pane.model()->totalMrrPaise(), qint64(49900 + 499900));
    QCOMPARE(pane.mrrLabel()->text(), QStringLiteral("MRR ₹5,498.00 · 3 shops"));

    pane.planCombo()->setCurrentIndex(pane.planCombo()->findData(QStringLiteral("enterprise")));
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->rowAt(0).tenantName, QStringLiteral("Kumar Cartons"));
    QCOMPARE(pane.mrrLabel()->text(), QStringLiteral("MRR ₹4,999.00 · 1 shops"));

    pane.clearFilters();
    pane.statusCombo()->setCurrentIndex(pane.statusCombo()->findData(int(SubscriptionStatus::Trial)));
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->rowAt(0).tenantName, QStringLiteral("Patel Box Works"));

    pane.clearFilters();
    typeOver(pane.searchEdit(), QStringLiteral("sharma"));
    pane.applyFilter();
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->rowAt(0).tenantId, m_sharma);

    // The two paid shops' period runs to 25 Dec (the next one starts on 26 Dec): the list shows the last day
    // and the filter takes it as shown.
    pane.clearFilters();
    const int sharma = pane.model()->rowOfTenant(m_sharma);
    QCOMPARE(pane.model()->index(sharma, ui::SubscriptionListModel::PeriodEndColumn).data().toString(),
             QStringLiteral("25 Dec 2026"));
    auto listed = [&] {
        QList<qint64> ids;
        for (int r = 0; r < pane.model()->rowCount(); ++r)
            ids << pane.model()->rowAt(r).tenantId;
        return ids;
    };
    pane.endsFromEdit()->setDate(QDate(2026, 12, 25));
    pane.endsToEdit()->setDate(QDate(2026, 12, 25));
    QVERIFY(listed().contains(m_sharma) && listed().contains(m_kumar));
    pane.endsToEdit()->setDate(QDate(2026, 12, 26));
    pane.endsFromEdit()->setDate(QDate(2026, 12, 26));
    QVERIFY(!listed().contains(m_sharma) && !listed().contains(m_kumar));
}

void TestPlatformPanes::overridesForAShop() {
    // Sharma is on Basic, which has no audit log; the vendor lets it have one for a month.
    QVERIFY(m_subs->activate(m_vendor, m_sharma, QStringLiteral("basic")).ok());
    ui::SubscriptionsPane pane(*m_db, m_vendor, *m_clock);
    QAbstractItemModelTester tester(pane.overridesTable()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.showTenant(m_sharma);
    QCOMPARE(pane.overridesTable()->rowCount(), 0);
    QVERIFY(pane.addOverrideButton()->isEnabled());

    EntitlementService entitlements(*m_db, *m_clock);
    auto audit = [&]() -> Entitlement {
        auto all = entitlements.entitlementsFor(m_vendor, m_sharma);
        if (!all)
            qFatal("%s", qPrintable(all.error().text()));
        for (const Entitlement &e : all.value()) {
            if (e.featureKey == feature::Audit)
                return e;
        }
        qFatal("no audit entitlement");
    };
    QVERIFY(!audit().enabled);

    QString refusal;
    bool marked = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::OverrideDialog *>(modal);
        QVERIFY(dialog);
        dialog->featureCombo()->setCurrentIndex(dialog->featureCombo()->findData(feature::Audit));
        QVERIFY(!dialog->quotaSpin()->isEnabled());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("CA asked"));
        click(dialog->saveButton());
        QVERIFY(dialog->isVisible());
        refusal = dialog->message()->text();
        marked = ui::FieldMark::isMarked(dialog->reasonEdit());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral(" for the yearly audit"));
        click(dialog->saveButton());
    });
    click(pane.addOverrideButton());
    QVERIFY2(refusal.startsWith(QStringLiteral("Reason: ")), qPrintable(refusal));
    QVERIFY(marked);
    QCOMPARE(pane.overridesTable()->rowCount(), 1);
    QCOMPARE(pane.overridesTable()->item(0, 0)->text(), featureName(feature::Audit));
    QCOMPARE(pane.overridesTable()->item(0, 3)->text(), QStringLiteral("CA asked for the yearly audit"));
    QCOMPARE(pane.overridesTable()->item(0, 2)->text(), QStringLiteral("26 Dec 2026"));
    QVERIFY(audit().enabled);
    QCOMPARE(audit().source, QStringLiteral("tenant"));
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'entitlement.override'")).toInt(),
        1);

    // Removing it asks first; the shop is back on what Basic allows.
    pane.overridesTable()->selectRow(0);
    QVERIFY(pane.removeOverrideButton()->isEnabled());
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("Remove"))
                click(button);
        }
    });
    click(pane.removeOverrideButton());
    QCOMPARE(pane.overridesTable()->rowCount(), 0);
    QVERIFY(!audit().enabled);
    QCOMPARE(audit().source, QStringLiteral("plan"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'entitlement.override.remove'"))
                 .toInt(),
             1);
}

void TestPlatformPanes::applyCouponOnSubscriptionPage() {
    // Sharma is on the Pro trial every new shop gets; its next invoice would be Pro's ₹1,499.
    saveCoupon(coupon(QStringLiteral("DIWALI25"), 25));
    Coupon inactive = coupon(QStringLiteral("OLDDEAL"), 10);
    inactive.active = false;
    saveCoupon(inactive);
    Coupon later = coupon(QStringLiteral("NEWYEAR"), 10);
    later.validFrom = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    later = saveCoupon(later);
    Coupon basicOnly = coupon(QStringLiteral("BASICONLY"), 10);
    basicOnly.allowedPlans = {QStringLiteral("basic")};
    saveCoupon(basicOnly);
    Coupon big = coupon(QStringLiteral("BIGSHOP"), 10);
    big.minimumAmountPaise = 500000;
    saveCoupon(big);

    const Session owner = sessionFor(m_ownerId);
    ui::SubscriptionPage page(*m_db, owner, *m_clock);
    QAbstractItemModelTester tester(page.featuresModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1080, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.planLabel()->text(), QStringLiteral("Pro"));
    QVERIFY(page.couponEdit()->isEnabled());
    QVERIFY(!page.applyButton()->isEnabled());

    auto apply = [&](const QString &code) {
        typeOver(page.couponEdit(), code);
        QVERIFY(page.applyButton()->isEnabled());
        click(page.applyButton());
    };
    const QList<std::pair<QString, QString>> refusals{
        {QStringLiteral("nosuch"), QStringLiteral("Coupon code NOSUCH does not exist.")},
        {QStringLiteral("OLDDEAL"), QStringLiteral("Coupon OLDDEAL is not active.")},
        {QStringLiteral("NEWYEAR"), CouponService::message(CouponRule::NotYetValid, later, later.code, QString(), 0)},
        {QStringLiteral("BASICONLY"), QStringLiteral("Coupon BASICONLY is not valid for the Pro plan.")},
        {QStringLiteral("BIGSHOP"), QStringLiteral("Coupon BIGSHOP needs an amount of at least ₹5,000.00.")},
    };
    for (const auto &[code, message] : refusals) {
        apply(code);
        QCOMPARE(page.couponMessage()->tone(), ui::MessageLabel::Tone::Error);
        QCOMPARE(page.couponMessage()->text(), message);
        QVERIFY(page.couponMessage()->isVisible());
    }
    QVERIFY(page.nextInvoiceLabel()->isHidden());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_redemptions")).toInt(), 0);

    // A valid code: 25 % of ₹1,499 = ₹374.75 off the next invoice.
    apply(QStringLiteral("diwali25"));
    QCOMPARE(page.couponMessage()->tone(), ui::MessageLabel::Tone::Success);
    QCOMPARE(page.couponMessage()->text(), QStringLiteral("Coupon DIWALI25 applied: ₹374.75 off your next invoice."));
    QVERIFY(page.couponEdit()->text().isEmpty());
    QVERIFY(!page.nextInvoiceLabel()->isHidden());
    QCOMPARE(page.nextInvoiceLabel()->text(), QStringLiteral("Next invoice: Coupon DIWALI25: ₹374.75 off."));
    QCOMPARE(page.overview().subscription.pendingCouponCode, QStringLiteral("DIWALI25"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_redemptions")).toInt(), 1);
    auto used = m_coupons->getByCode(m_vendor, QStringLiteral("DIWALI25"));
    QVERIFY2(used.ok(), qPrintable(why(used)));
    QCOMPARE(used->usedCount, 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'coupon.redeem'")).toInt(), 1);

    // The same code again is refused for this shop by its per-shop limit, checked before anything else
    // once the pending coupon has been invoiced; while it waits, a second coupon is refused as such.
    apply(QStringLiteral("DIWALI25"));
    QCOMPARE(page.couponMessage()->tone(), ui::MessageLabel::Tone::Error);
    QCOMPARE(page.couponMessage()->text(), QStringLiteral("Coupon DIWALI25 is already waiting for the next invoice."));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_redemptions")).toInt(), 1);
}

void TestPlatformPanes::subscriptionPageShowsUsageAndFeatures() {
    QVERIFY(m_subs->activate(m_vendor, m_sharma, QStringLiteral("basic")).ok());
    addUser(m_sharma, QStringLiteral("asha"), QStringLiteral("Asha Patil"), role::Staff);
    const Session owner = sessionFor(m_ownerId);
    ui::SubscriptionPage page(*m_db, owner, *m_clock);
    QAbstractItemModelTester tester(page.featuresModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.planLabel()->text(), QStringLiteral("Basic"));
    QCOMPARE(page.statusLabel()->text(), subscriptionStatusName(SubscriptionStatus::Active));
    QCOMPARE(page.periodLabel()->text(), QStringLiteral("Period: 26 Nov 2026 to 25 Dec 2026"));

    // Two users of Basic's three; quotes counted from real rows (none yet) of 200.
    ui::UsageBar *users = page.usageBar(feature::Users);
    QVERIFY(users);
    QCOMPARE(users->used(), qint64(2));
    QCOMPARE(users->limit(), qint64(3));
    QCOMPARE(users->text(), QStringLiteral("2 of 3"));
    QCOMPARE(users->fillColor(), QColor(0x2e, 0x7d, 0x32));
    ui::UsageBar *quotes = page.usageBar(feature::Quotes);
    QVERIFY(quotes);
    QCOMPARE(quotes->used(), qint64(0));
    QCOMPARE(quotes->limit(), qint64(200));
    addUser(m_sharma, QStringLiteral("vikram"), QStringLiteral("Vikram Rao"), role::Viewer);
    page.refresh();
    QCOMPARE(page.usageBar(feature::Users)->text(), QStringLiteral("3 of 3"));
    QCOMPARE(page.usageBar(feature::Users)->fillColor(), QColor(0xc6, 0x28, 0x28));

    // Features by category: Basic has WhatsApp sharing, not the audit log.
    ui::FeatureAccessModel *features = page.featuresModel();
    QCOMPARE(features->headingRows().size(), 7);
    QCOMPARE(features->rowCount(), 7 + 17);
    QCOMPARE(page.featuresView()->columnSpan(features->headingRows().first(), 0),
             int(ui::FeatureAccessModel::ColumnCount));
    auto cell = [&](const QString &key, int column) {
        return features->index(features->rowOfFeature(key), column).data().toString();
    };
    QCOMPARE(cell(feature::WhatsApp, ui::FeatureAccessModel::AccessColumn), QStringLiteral("✓ Yes"));
    QCOMPARE(cell(feature::Audit, ui::FeatureAccessModel::AccessColumn), QStringLiteral("✗ No"));
    QCOMPARE(cell(feature::Quotes, ui::FeatureAccessModel::LimitColumn), QStringLiteral("200 quotes per month"));
    QCOMPARE(cell(feature::Calculator, ui::FeatureAccessModel::LimitColumn), QString());

    // A viewer sees the page but cannot apply a coupon.
    const qint64 viewerId = m_db->scalar(QStringLiteral("SELECT id FROM users WHERE username = 'vikram'")).toLongLong();
    ui::SubscriptionPage viewerPage(*m_db, sessionFor(viewerId), *m_clock);
    QCOMPARE(viewerPage.planLabel()->text(), QStringLiteral("Basic"));
    QVERIFY(!viewerPage.couponEdit()->isEnabled());
}

void TestPlatformPanes::planMatrixSavesANewVersion() {
    QVERIFY(m_subs->activate(m_vendor, m_sharma, QStringLiteral("basic")).ok());
    ui::PlansPane pane(*m_db, m_vendor, *m_clock);
    ui::PlanMatrixModel *model = pane.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(1080, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(model->columnCount(), 5);
    // Price, trial days, 7 category headings and 17 features.
    QCOMPARE(model->rowCount(), 2 + 7 + 17);
    QCOMPARE(model->categoryRows().size(), 7);
    const int basic = model->columnOfPlan(QStringLiteral("basic"));
    const int quotesRow = model->rowOfFeature(feature::Quotes);
    const int auditRow = model->rowOfFeature(feature::Audit);
    QVERIFY(basic > 0 && quotesRow > 0 && auditRow > 0);
    QCOMPARE(model->index(quotesRow, basic).data().toString(), QStringLiteral("200"));
    QCOMPARE(model->index(auditRow, basic).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!pane.saveButton()->isEnabled());

    // Raise Basic's quotes to 300 through the quota editor and give it the audit log.
    const QModelIndex quotes = model->index(quotesRow, basic);
    pane.view()->setCurrentIndex(quotes);
    pane.view()->edit(quotes);
    auto *spin = pane.view()->findChild<QSpinBox *>();
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("300"));
    QTest::keyClick(spin, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(model->index(quotesRow, basic).data().toString(), QStringLiteral("300"));
    QVERIFY(model->setData(model->index(auditRow, basic), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->index(quotesRow, basic).data(ui::PlanMatrixModel::ChangedRole).toBool());
    QVERIFY(model->isChanged(basic - 1));
    QVERIFY(!model->isChanged(model->columnOfPlan(QStringLiteral("pro")) - 1));
    QVERIFY(model->headerData(basic, Qt::Horizontal).toString().startsWith(QStringLiteral("Basic *")));
    QVERIFY(pane.saveButton()->isEnabled());

    typeOver(pane.noteEdit(), QStringLiteral("More quotes and the audit log for Basic"));
    click(pane.saveButton());
    QCOMPARE(pane.banner()->tone(), ui::MessageLabel::Tone::Success);
    QCOMPARE(pane.banner()->text(), QStringLiteral("Saved Basic as version 2. Shops already on these plans keep their "
                                                   "version until they renew."));
    QVERIFY(!pane.saveButton()->isEnabled());
    QVERIFY(model->headerData(basic, Qt::Horizontal).toString().contains(QStringLiteral("v2")));

    PlanService plans(*m_db, *m_clock);
    auto saved = plans.planByCode(m_vendor, QStringLiteral("basic"));
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    QCOMPARE(saved->current.version, 2);
    QCOMPARE(saved->current.quota(feature::Quotes), qint64(300));
    QVERIFY(saved->current.allows(feature::Audit));
    QCOMPARE(saved->current.note, QStringLiteral("More quotes and the audit log for Basic"));
    auto pro = plans.planByCode(m_vendor, QStringLiteral("pro"));
    QCOMPARE(pro->current.version, 1);
    // Sharma keeps the version it is on until it renews.
    auto sharma = m_subs->get(m_vendor, m_sharma);
    QCOMPARE(sharma->planVersion, 1);

    // Revert forgets what is not saved.
    QVERIFY(model->setData(model->index(quotesRow, basic), 5, Qt::EditRole));
    QVERIFY(pane.revertButton()->isEnabled());
    click(pane.revertButton());
    QCOMPARE(model->index(quotesRow, basic).data().toString(), QStringLiteral("300"));
    QVERIFY(!model->hasChanges());
}

void TestPlatformPanes::couponEditorNamesTheRefusedField() {
    ui::CouponsPane pane(*m_db, m_vendor, *m_clock);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(pane.model()->rowCount(), 0);

    QString refusal;
    bool marked = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::CouponDialog *>(modal);
        QVERIFY(dialog);
        ui::CouponForm *form = dialog->form();
        typeOver(form->codeEdit(), QStringLiteral("summer10"));
        QCOMPARE(form->codeEdit()->text(), QStringLiteral("SUMMER10"));
        form->percentSpin()->setValue(0);
        click(dialog->saveButton());
        QVERIFY(dialog->isVisible());
        refusal = dialog->message()->text();
        marked = ui::FieldMark::isMarked(form->percentSpin());
        form->percentSpin()->setValue(10);
        form->planCheck(QStringLiteral("pro"))->setChecked(true);
        click(dialog->saveButton());
    });
    click(pane.newButton());
    QVERIFY2(refusal.startsWith(QStringLiteral("Percent off: ")), qPrintable(refusal));
    QVERIFY(marked);
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->rowAt(0).code, QStringLiteral("SUMMER10"));
    QCOMPARE(pane.model()->index(0, ui::CouponListModel::DiscountColumn).data().toString(), QStringLiteral("10 %"));
    QCOMPARE(pane.model()->index(0, ui::CouponListModel::PlansColumn).data().toString(), QStringLiteral("Pro"));
    QCOMPARE(pane.banner()->text(), QStringLiteral("Coupon SUMMER10 created."));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'coupon.%'")).toInt() >= 1,
             true);

    // A fixed amount that is not an amount is refused on this side, naming the field.
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::CouponDialog *>(modal);
        QVERIFY(dialog);
        dialog->form()->fixedRadio()->setChecked(true);
        typeOver(dialog->form()->amountEdit(), QStringLiteral("12x"));
        click(dialog->saveButton());
        refusal = dialog->message()->text();
        marked = ui::FieldMark::isMarked(dialog->form()->amountEdit());
        typeOver(dialog->form()->amountEdit(), QStringLiteral("250"));
        click(dialog->saveButton());
    });
    pane.view()->selectRow(0);
    click(pane.editButton());
    QVERIFY2(refusal.startsWith(QStringLiteral("Fixed amount off: ")), qPrintable(refusal));
    QVERIFY(marked);
    auto edited = m_coupons->getByCode(m_vendor, QStringLiteral("SUMMER10"));
    QVERIFY2(edited.ok(), qPrintable(why(edited)));
    QCOMPARE(edited->kind, CouponKind::Fixed);
    QCOMPARE(edited->amountPaise, qint64(25000));
    QCOMPARE(pane.model()->index(0, ui::CouponListModel::DiscountColumn).data().toString(), QStringLiteral("₹250.00"));
}

void TestPlatformPanes::bulkGenerateAndDeactivate() {
    saveCoupon(coupon(QStringLiteral("KEEPME"), 5));
    ui::CouponsPane pane(*m_db, m_vendor, *m_clock);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QStringList codes;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::BulkCouponDialog *>(modal);
        QVERIFY(dialog);
        typeOver(dialog->prefixEdit(), QStringLiteral("expo26"));
        QCOMPARE(dialog->prefix(), QStringLiteral("EXPO26"));
        dialog->countSpin()->setValue(12);
        dialog->form()->percentSpin()->setValue(15);
        click(dialog->generateButton());
        codes = dialog->codes();
    });
    click(pane.generateButton());
    QCOMPARE(codes.size(), 12);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 12);
    const QRegularExpression shape(QStringLiteral("^EXPO26-[%1]{%2}$")
                                       .arg(QRegularExpression::escape(CouponService::alphabet()))
                                       .arg(CouponService::kRandomLength));
    for (const QString &code : codes)
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
    QVERIFY2(pane.banner()->text().startsWith(QStringLiteral("12 codes generated with the prefix EXPO26")),
             qPrintable(pane.banner()->text()));
    // The list now shows the batch.
    QCOMPARE(pane.batchEdit()->text(), QStringLiteral("EXPO26"));
    QCOMPARE(pane.model()->rowCount(), 12);

    // Select the whole batch and deactivate it, after the confirmation.
    pane.view()->selectAll();
    QCOMPARE(pane.selectedIds().size(), 12);
    QVERIFY(pane.deactivateButton()->isEnabled());
    QString question;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("Deactivate"))
                click(button);
        }
    });
    click(pane.deactivateButton());
    QCOMPARE(question, QStringLiteral("Deactivate 12 coupons?"));
    QCOMPARE(pane.banner()->text(), QStringLiteral("12 coupons deactivated."));
    for (int r = 0; r < pane.model()->rowCount(); ++r)
        QVERIFY(!pane.model()->rowAt(r).active);
    auto kept = m_coupons->getByCode(m_vendor, QStringLiteral("KEEPME"));
    QVERIFY(kept->active);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM coupons WHERE active = 0")).toInt(), 12);

    // Filters: inactive ones only, then text.
    pane.batchEdit()->clear();
    pane.stateCombo()->setCurrentIndex(1);
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->rowAt(0).code, QStringLiteral("KEEPME"));
    pane.stateCombo()->setCurrentIndex(2);
    QCOMPARE(pane.model()->rowCount(), 12);
}

void TestPlatformPanes::couponAnalyticsChart() {
    saveCoupon(coupon(QStringLiteral("LAUNCH20"), 20));
    // Sharma and Patel (Pro trials) apply it in November, Kumar (Basic) in December.
    QVERIFY(m_subs->activate(m_vendor, m_kumar, QStringLiteral("basic")).ok());
    QVERIFY2(m_subs->applyCoupon(m_vendor, m_sharma, QStringLiteral("LAUNCH20")).ok(), "sharma");
    QVERIFY2(m_subs->applyCoupon(m_vendor, m_patel, QStringLiteral("LAUNCH20")).ok(), "patel");
    m_clock->set(QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc()));
    QVERIFY2(m_subs->applyCoupon(m_vendor, m_kumar, QStringLiteral("LAUNCH20")).ok(), "kumar");

    ui::CouponsPane pane(*m_db, m_vendor, *m_clock);
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(1080, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.model()->rowCount(), 1);
    pane.view()->selectRow(0);
    ui::CouponAnalyticsView *view = pane.analytics();
    QCOMPARE(view->headingLabel()->text(), QStringLiteral("Coupon LAUNCH20"));
    // 20 % of Pro's ₹1,499 twice and of Basic's ₹499 once: ₹299.80 × 2 + ₹99.80.
    QCOMPARE(view->totalsLabel()->text(), QStringLiteral("3 redemptions, ₹699.40 discount given"));
    QCOMPARE(pane.model()->index(0, ui::CouponListModel::GivenColumn).data().toString(), QStringLiteral("₹699.40"));
    QCOMPARE(pane.model()->index(0, ui::CouponListModel::UsesColumn).data().toString(), QStringLiteral("3 / 100"));

    ui::BarChart *months = view->byMonthChart();
    QCOMPARE(months->bars().size(), 2);
    QCOMPARE(months->bars().at(0).label, QStringLiteral("Nov 26"));
    QCOMPARE(months->bars().at(0).value, 2.0);
    QCOMPARE(months->bars().at(1).label, QStringLiteral("Dec 26"));
    QCOMPARE(months->bars().at(1).value, 1.0);
    // The taller bar is twice the shorter one, both standing on the same baseline.
    const QRect nov = months->barRect(0);
    const QRect dec = months->barRect(1);
    QCOMPARE(nov.bottom(), dec.bottom());
    QVERIFY(nov.height() > 0);
    QVERIFY(qAbs(nov.height() - 2 * dec.height()) <= 1);

    ui::BarChart *plans = view->byPlanChart();
    QStringList planLabels;
    for (const ui::BarChart::Bar &bar : plans->bars())
        planLabels << bar.label;
    QCOMPARE(planLabels, QStringList({QStringLiteral("Basic"), QStringLiteral("Pro")}));

    view->setMetric(ui::CouponAnalyticsView::Metric::Discount);
    QCOMPARE(months->title(), QStringLiteral("Discount given by month"));
    QCOMPARE(months->bars().at(0).value, 59960.0);
    QCOMPARE(months->bars().at(0).valueText, QStringLiteral("₹600"));
    QCOMPARE(plans->bars().at(0).valueText, QStringLiteral("₹100"));

    // Painted, not only computed: the November bar's middle has the bar's colour.
    const QImage shot = months->grab().toImage();
    QCOMPARE(QColor(shot.pixel(nov.center())), QColor(0x1e, 0x6f, 0xbf));

    // Analytics of every coupon at once.
    pane.allCouponsCheck()->setChecked(true);
    QCOMPARE(view->headingLabel()->text(), QStringLiteral("All coupons"));
    QCOMPARE(view->analytics().redemptions, 3);
}

void TestPlatformPanes::panesFitBesideTheNavigation() {
    QVERIFY(m_subs->activate(m_vendor, m_sharma, QStringLiteral("pro")).ok());
    QVERIFY(m_subs->activate(m_vendor, m_kumar, QStringLiteral("basic")).ok());
    saveCoupon(coupon(QStringLiteral("DIWALI25"), 25));
    QVERIFY(m_subs->applyCoupon(m_vendor, m_patel, QStringLiteral("DIWALI25")).ok());
    m_clock->set(QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc()));
    QVERIFY(m_subs->applyCoupon(m_vendor, m_kumar, QStringLiteral("DIWALI25")).ok());
    BulkCouponInput bulk;
    bulk.prefix = QStringLiteral("EXPO26");
    bulk.count = 6;
    bulk.pattern = coupon(QString(), 15);
    QVERIFY(m_coupons->generate(m_vendor, bulk).ok());

    ui::SubscriptionsPane subscriptions(*m_db, m_vendor, *m_clock);
    subscriptions.showTenant(m_sharma);
    ui::PlansPane plans(*m_db, m_vendor, *m_clock);
    ui::CouponsPane coupons(*m_db, m_vendor, *m_clock);
    coupons.batchEdit()->clear();
    coupons.applyFilter();
    const int diwali = [&] {
        for (int r = 0; r < coupons.model()->rowCount(); ++r) {
            if (coupons.model()->rowAt(r).code == QLatin1String("DIWALI25"))
                return r;
        }
        return -1;
    }();
    QVERIFY(diwali >= 0);
    coupons.view()->selectRow(diwali);
    const Session owner = sessionFor(m_ownerId);
    ui::SubscriptionPage page(*m_db, owner, *m_clock);

    const QString dir = qEnvironmentVariable("BOXCOST_SCREENSHOT_DIR");
    const QList<std::pair<QWidget *, QString>> panes{{&subscriptions, QStringLiteral("subscriptions-pane")},
                                                     {&plans, QStringLiteral("plans-pane")},
                                                     {&coupons, QStringLiteral("coupons-pane")},
                                                     {&page, QStringLiteral("subscription-page")}};
    for (const auto &[widget, name] : panes) {
        const QSize least = widget->minimumSizeHint();
        QVERIFY2(least.width() <= 1080 && least.height() <= 700,
                 qPrintable(QStringLiteral("%1 needs %2 x %3").arg(name).arg(least.width()).arg(least.height())));
        widget->resize(1080, 700);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QCOMPARE(widget->size(), QSize(1080, 700));
        if (!dir.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        }
        widget->hide();
    }
    if (!dir.isEmpty()) {
        auto all = PlanService(*m_db, *m_clock).plans(m_vendor);
        QVERIFY2(all.ok(), qPrintable(why(all)));
        ui::ChangePlanDialog change(subscriptions.service(), m_vendor, subscriptions.current(), all.value(), nullptr);
        change.choosePlan(QStringLiteral("enterprise"));
        change.show();
        QVERIFY(QTest::qWaitForWindowExposed(&change));
        QVERIFY(change.grab().save(dir + QStringLiteral("/change-plan.png")));
        Coupon sample = coupon(QStringLiteral("DIWALI25"), 25);
        ui::CouponDialog editor(coupons.service(), m_vendor, all.value(), sample, nullptr);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(dir + QStringLiteral("/coupon-editor.png")));
        ui::BulkCouponDialog generator(coupons.service(), m_vendor, all.value(), nullptr);
        generator.show();
        QVERIFY(QTest::qWaitForWindowExposed(&generator));
        QVERIFY(generator.grab().save(dir + QStringLiteral("/coupon-bulk.png")));
        ui::SubscriptionActionDialog suspend(subscriptions.service(), m_vendor,
                                             ui::SubscriptionActionDialog::Action::Suspend, subscriptions.current(),
                                             all.value(), nullptr);
        QTest::keyClicks(suspend.reasonEdit(), QStringLiteral("Cheque returned twice"));
        suspend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&suspend));
        QVERIFY(suspend.grab().save(dir + QStringLiteral("/subscription-suspend.png")));
        editor.form()->percentSpin()->setValue(0);
        editor.save();
        QVERIFY(editor.grab().save(dir + QStringLiteral("/coupon-editor-refused.png")));
        ui::PlanMatrixModel *matrix = plans.model();
        const int pro = matrix->columnOfPlan(QStringLiteral("pro"));
        QVERIFY(matrix->setData(matrix->index(matrix->rowOfFeature(feature::PrioritySupport), pro), Qt::Checked,
                                Qt::CheckStateRole));
        QVERIFY(matrix->setData(matrix->index(matrix->rowOfFeature(feature::Users), pro), 15, Qt::EditRole));
        plans.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plans));
        plans.view()->scrollToBottom();
        QVERIFY(plans.grab().save(dir + QStringLiteral("/plans-pane-edited.png")));
        subscriptions.detailTabs()->setCurrentIndex(1);
        subscriptions.show();
        QVERIFY(QTest::qWaitForWindowExposed(&subscriptions));
        QVERIFY(subscriptions.grab().save(dir + QStringLiteral("/subscriptions-invoices.png")));
        auto features = PlanService(*m_db, *m_clock).features(m_vendor);
        QVERIFY2(features.ok(), qPrintable(why(features)));
        EntitlementService entitlements(*m_db, *m_clock);
        ui::OverrideDialog override(entitlements, m_vendor, *m_clock, m_sharma, QStringLiteral("Sharma Packaging"),
                                    features.value(), nullptr);
        override.featureCombo()->setCurrentIndex(override.featureCombo()->findData(feature::Quotes));
        override.quotaSpin()->setValue(5000);
        QTest::keyClicks(override.reasonEdit(), QStringLiteral("Diwali season: more quotes for November"));
        override.show();
        QVERIFY(QTest::qWaitForWindowExposed(&override));
        QVERIFY(override.grab().save(dir + QStringLiteral("/override-dialog.png")));
    }
}

void TestPlatformPanes::eachPaneOnlyWithItsPermission() {
    AccountService accounts(*m_db);
    auto navigation = [&](const Session &session) {
        ui::MainWindow window(*m_db);
        ui::addPanes(window, *m_db, session, accounts, *m_clock);
        QStringList titles;
        for (int i = 0; i < window.navigation()->count(); ++i)
            titles << window.navigation()->item(i)->text();
        return titles;
    };
    const QStringList platformPanes{QStringLiteral("Subscriptions"), QStringLiteral("Plans & features"),
                                    QStringLiteral("Coupons")};
    auto shown = [&](const QStringList &titles) {
        QStringList out;
        for (const QString &t : platformPanes + QStringList{QStringLiteral("Subscription")}) {
            if (titles.contains(t))
                out << t;
        }
        return out;
    };
    QCOMPARE(shown(navigation(platformSession(role::SuperAdmin))), platformPanes);
    QCOMPARE(shown(navigation(platformSession(role::Marketing))),
             QStringList({QStringLiteral("Plans & features"), QStringLiteral("Coupons")}));
    QCOMPARE(shown(navigation(platformSession(role::Finance))), QStringList({QStringLiteral("Subscriptions")}));
    QCOMPARE(shown(navigation(platformSession(role::SupportAgent))), QStringList());
    QCOMPARE(shown(navigation(sessionFor(m_ownerId))), QStringList({QStringLiteral("Subscription")}));

    // The vendor's window at its real size, on the Coupons pane.
    const QString dir = qEnvironmentVariable("BOXCOST_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        ui::MainWindow window(*m_db);
        ui::addPanes(window, *m_db, m_vendor, accounts, *m_clock);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < window.navigation()->count(); ++i) {
            if (window.navigation()->item(i)->text() == QLatin1String("Subscriptions"))
                window.showPane(i);
        }
        QTest::qWait(100);
        QVERIFY(window.grab().save(dir + QStringLiteral("/main-window-subscriptions.png")));
    }
}

QTEST_MAIN(TestPlatformPanes)
#include "tst_platform_panes.moc"
