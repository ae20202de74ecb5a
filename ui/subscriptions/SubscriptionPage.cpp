#include "subscriptions/SubscriptionPage.h"

#include "accounts/MessageLabel.h"
#include "money/IndianFormat.h"
#include "services/Clock.h"
#include "services/EntitlementService.h"
#include "services/Permissions.h"
#include "services/SubscriptionService.h"
#include "subscriptions/FeatureAccessModel.h"
#include "subscriptions/SubscriptionListModel.h"
#include "subscriptions/UsageBar.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayoutItem>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

QString rupees(qint64 paise) {
    return IndianFormat::money(Money::fromPaise(paise), IndianFormat::Symbol::Rupee);
}

} // namespace

SubscriptionPage::SubscriptionPage(Database &db, const Session &session, QWidget *parent)
    : SubscriptionPage(db, session, Clock::system(), parent) {}

SubscriptionPage::SubscriptionPage(Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_session(session), m_clock(clock),
      m_entitlements(std::make_unique<EntitlementService>(db, clock)),
      m_subscriptions(std::make_unique<SubscriptionService>(db, clock)) {
    build();
    refresh();
}

SubscriptionPage::~SubscriptionPage() = default;

void SubscriptionPage::build() {
    setObjectName(QStringLiteral("subscriptionPage"));

    auto *title = new QLabel(tr("Subscription"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Your plan, what it allows and how much of it this period has used."), this);
    QPalette dim = subtitle->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    subtitle->setPalette(dim);

    m_banner = new MessageLabel(this);
    m_banner->setObjectName(QStringLiteral("subscriptionBanner"));

    // The plan.
    auto *planBox = new QGroupBox(tr("Plan"), this);
    m_plan = new QLabel(planBox);
    m_plan->setObjectName(QStringLiteral("subscriptionPlan"));
    QFont big = m_plan->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_plan->setFont(big);
    m_status = new QLabel(planBox);
    m_status->setObjectName(QStringLiteral("subscriptionStatus"));
    m_status->setWordWrap(true);
    m_period = new QLabel(planBox);
    m_period->setObjectName(QStringLiteral("subscriptionPeriod"));
    m_period->setWordWrap(true);
    m_price = new QLabel(planBox);
    m_price->setObjectName(QStringLiteral("subscriptionPrice"));
    m_next = new QLabel(planBox);
    m_next->setObjectName(QStringLiteral("subscriptionNextInvoice"));
    m_next->setWordWrap(true);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_plan);
    planLayout->addWidget(m_status);
    planLayout->addWidget(m_period);
    planLayout->addWidget(m_price);
    planLayout->addWidget(m_next);
    planLayout->addStretch(1);

    // A coupon for the next invoice.
    auto *couponBox = new QGroupBox(tr("Coupon"), this);
    auto *couponLayout = new QVBoxLayout(couponBox);
    auto *couponHint = new QLabel(tr("A coupon code from BoxCostPro is taken off your next invoice."), couponBox);
    couponHint->setWordWrap(true);
    m_coupon = new QLineEdit(couponBox);
    m_coupon->setObjectName(QStringLiteral("subscriptionCouponCode"));
    m_coupon->setPlaceholderText(tr("Coupon code"));
    m_coupon->setMaxLength(40);
    connect(m_coupon, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int at = m_coupon->cursorPosition();
        m_coupon->setText(text.toUpper());
        m_coupon->setCursorPosition(at);
    });
    m_apply = new QPushButton(tr("&Apply"), couponBox);
    m_apply->setObjectName(QStringLiteral("subscriptionCouponApply"));
    m_apply->setEnabled(false);
    connect(m_coupon, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_apply->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_coupon, &QLineEdit::returnPressed, this, &SubscriptionPage::applyCoupon);
    connect(m_apply, &QPushButton::clicked, this, &SubscriptionPage::applyCoupon);
    auto *codeLabel = new QLabel(tr("&Code"), couponBox);
    codeLabel->setBuddy(m_coupon);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(codeLabel);
    codeRow->addWidget(m_coupon, 1);
    codeRow->addWidget(m_apply);
    m_couponMessage = new MessageLabel(couponBox);
    m_couponMessage->setObjectName(QStringLiteral("subscriptionCouponMessage"));
    couponLayout->addWidget(couponHint);
    couponLayout->addLayout(codeRow);
    couponLayout->addWidget(m_couponMessage);
    couponLayout->addStretch(1);
    if (!m_session.can(perm::SubscriptionManage)) {
        m_coupon->setEnabled(false);
        couponHint->setText(tr("The shop's owner or an admin can apply a coupon code."));
    }

    auto *top = new QHBoxLayout;
    top->addWidget(planBox, 3);
    top->addWidget(couponBox, 2);

    // Usage per quota.
    m_usageBox = new QGroupBox(tr("Usage this period"), this);
    m_usageGrid = new QGridLayout(m_usageBox);
    m_usageGrid->setColumnStretch(1, 1);
    m_usageGrid->setVerticalSpacing(12);
    m_usageGrid->setHorizontalSpacing(12);

    // Features.
    auto *featuresBox = new QGroupBox(tr("Features"), this);
    m_featureModel = new FeatureAccessModel(this);
    m_features = new QTableView(featuresBox);
    m_features->setObjectName(QStringLiteral("subscriptionFeatures"));
    m_features->setModel(m_featureModel);
    m_features->setSelectionMode(QAbstractItemView::NoSelection);
    m_features->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_features->setFocusPolicy(Qt::NoFocus);
    m_features->setShowGrid(false);
    m_features->setWordWrap(false);
    m_features->setCornerButtonEnabled(false);
    m_features->verticalHeader()->hide();
    m_features->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_features->verticalHeader()->setDefaultSectionSize(m_features->fontMetrics().height() + 6);
    m_features->horizontalHeader()->setHighlightSections(false);
    m_features->horizontalHeader()->setSectionResizeMode(FeatureAccessModel::FeatureColumn, QHeaderView::Stretch);
    const int em = m_features->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_features->setColumnWidth(FeatureAccessModel::AccessColumn, 7 * em);
    m_features->setColumnWidth(FeatureAccessModel::LimitColumn, 14 * em);
    auto *featuresLayout = new QVBoxLayout(featuresBox);
    featuresLayout->addWidget(m_features);

    auto *bottom = new QHBoxLayout;
    auto *usageColumn = new QVBoxLayout;
    usageColumn->addWidget(m_usageBox);
    usageColumn->addStretch(1);
    bottom->addLayout(usageColumn, 1);
    bottom->addWidget(featuresBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addLayout(bottom, 1);
}

void SubscriptionPage::refresh() {
    auto overview = m_entitlements->overview(m_session);
    if (!overview) {
        m_banner->showError(overview.error().message);
        return;
    }
    m_banner->clearMessage();
    showOverview(overview.value());
}

void SubscriptionPage::showOverview(const ShopSubscription &o) {
    m_overview = o;
    const Subscription &s = o.subscription;
    m_plan->setText(s.planName);
    QString status = subscriptionStatusName(s.status);
    if (s.status == SubscriptionStatus::Trial && s.trialEnd.isValid())
        status = tr("Trial until %1").arg(SubscriptionListModel::dayText(s.trialEnd.addDays(-1)));
    if (s.cancelAtPeriodEnd && s.status != SubscriptionStatus::Cancelled)
        status = tr("%1 \u2013 ends on %2").arg(status, SubscriptionListModel::dayText(s.periodEnd.addDays(-1)));
    m_status->setText(status);
    m_status->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(SubscriptionListModel::statusColor(s.status).name()));
    m_period->setText(s.periodStart.isValid() ? tr("Period: %1 to %2")
                                                    .arg(SubscriptionListModel::dayText(s.periodStart),
                                                         SubscriptionListModel::dayText(s.periodEnd.addDays(-1)))
                                              : QString());
    m_price->setText(s.pricePaise > 0 ? tr("%1 a month, plus GST").arg(rupees(s.pricePaise)) : tr("Free of charge"));
    QStringList next;
    if (s.creditPaise > 0)
        next << tr("Credit of %1 from an earlier plan change.").arg(rupees(s.creditPaise));
    if (!s.pendingCouponCode.isEmpty())
        next << tr("Coupon %1: %2 off.").arg(s.pendingCouponCode, rupees(s.pendingDiscountPaise));
    m_next->setText(next.isEmpty() ? QString() : tr("Next invoice: %1").arg(next.join(QLatin1Char(' '))));
    m_next->setVisible(!next.isEmpty());

    // Usage bars, rebuilt: the quotas come from the plan and may change with it.
    while (QLayoutItem *item = m_usageGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_bars.clear();
    int row = 0;
    for (const QuotaUsage &u : o.usage) {
        auto *name = new QLabel(featureName(u.featureKey), m_usageBox);
        auto *bar = new UsageBar(m_usageBox);
        bar->setObjectName(QStringLiteral("usage_") + u.featureKey);
        bar->setUsage(u.used, u.limit);
        const QString count = u.limit < 0 ? tr("%1 %2, no limit").arg(IndianFormat::grouped(u.used), u.label)
                                          : tr("%1 %2").arg(bar->text(), u.label);
        auto *countLabel = new QLabel(count, m_usageBox);
        countLabel->setObjectName(QStringLiteral("usageText_") + u.featureKey);
        m_usageGrid->addWidget(name, row, 0);
        m_usageGrid->addWidget(bar, row, 1);
        m_usageGrid->addWidget(countLabel, row, 2);
        m_bars.insert(u.featureKey, bar);
        ++row;
    }
    if (o.usage.isEmpty())
        m_usageGrid->addWidget(new QLabel(tr("Your plan has no limits to count."), m_usageBox), 0, 0, 1, 3);

    m_featureModel->setEntitlements(o.entitlements);
    m_features->clearSpans();
    for (int row : m_featureModel->headingRows())
        m_features->setSpan(row, 0, 1, FeatureAccessModel::ColumnCount);
}

void SubscriptionPage::applyCoupon() {
    const QString code = m_coupon->text().trimmed().toUpper();
    if (code.isEmpty())
        return;
    auto applied = m_subscriptions->applyCoupon(m_session, 0, code);
    if (!applied) {
        // The coupon rules' messages are shown exactly as worded.
        m_couponMessage->showError(applied.error().message);
        m_coupon->setFocus();
        m_coupon->selectAll();
        return;
    }
    refresh();
    m_coupon->clear();
    m_couponMessage->showSuccess(
        tr("Coupon %1 applied: %2 off your next invoice.").arg(applied->code, rupees(applied->discountPaise)));
}

} // namespace bcp::ui
