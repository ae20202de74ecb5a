#include "coupons/CouponAnalyticsView.h"

#include "coupons/BarChart.h"
#include "money/IndianFormat.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace bcp::ui {

namespace {

// "2026-11" -> "Nov 26": short enough for a bar's width.
QString monthLabel(const QString &key) {
    const QDate d = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? QLocale(QLocale::English, QLocale::India).toString(d, QStringLiteral("MMM yy")) : key;
}

QString rupees(qint64 paise) {
    return IndianFormat::money(Money::fromPaise(paise), IndianFormat::Symbol::Rupee);
}

// Whole rupees above a bar: paise would not fit.
QString shortRupees(qint64 paise) {
    return QStringLiteral("\u20b9") + IndianFormat::grouped((paise + 50) / 100);
}

} // namespace

CouponAnalyticsView::CouponAnalyticsView(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("couponAnalytics"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("analyticsHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("analyticsTotals"));
    m_totals->setWordWrap(true);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("analyticsMetric"));
    m_metric->addItem(tr("Redemptions"), int(Metric::Redemptions));
    m_metric->addItem(tr("Discount given"), int(Metric::Discount));
    connect(m_metric, qOverload<int>(&QComboBox::currentIndexChanged), this, &CouponAnalyticsView::updateCharts);
    auto *metricLabel = new QLabel(tr("&Show"), this);
    metricLabel->setBuddy(m_metric);

    m_byMonth = new BarChart(this);
    m_byMonth->setObjectName(QStringLiteral("analyticsByMonth"));
    m_byMonth->setEmptyText(tr("No redemptions yet"));
    m_byPlan = new BarChart(this);
    m_byPlan->setObjectName(QStringLiteral("analyticsByPlan"));
    m_byPlan->setEmptyText(tr("No redemptions yet"));
    m_byPlan->setColor(QColor(0x2e, 0x7d, 0x32));

    auto *head = new QHBoxLayout;
    head->addWidget(m_heading, 1);
    head->addWidget(metricLabel);
    head->addWidget(m_metric);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_totals);
    layout->addWidget(m_byMonth, 3);
    layout->addWidget(m_byPlan, 2);
    clear(tr("Choose a coupon to see how it was used."));
}

void CouponAnalyticsView::clear(const QString &why) {
    m_analytics = CouponAnalytics();
    m_heading->setText(tr("Analytics"));
    m_totals->setText(why);
    updateCharts();
}

void CouponAnalyticsView::setAnalytics(const CouponAnalytics &analytics, const QHash<QString, QString> &planNames) {
    m_analytics = analytics;
    m_planNames = planNames;
    m_heading->setText(analytics.couponId == 0 ? tr("All coupons") : tr("Coupon %1").arg(analytics.code));
    const QString uses = analytics.redemptions == 1
                             ? tr("1 redemption")
                             : tr("%1 redemptions").arg(IndianFormat::grouped(analytics.redemptions));
    m_totals->setText(tr("%1, %2 discount given").arg(uses, rupees(analytics.discountPaise)));
    updateCharts();
}

void CouponAnalyticsView::setMetric(Metric metric) {
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

CouponAnalyticsView::Metric CouponAnalyticsView::metric() const {
    return Metric(m_metric->currentData().toInt());
}

void CouponAnalyticsView::updateCharts() {
    const bool money = metric() == Metric::Discount;
    auto bars = [money](const QList<CouponBucket> &buckets, auto label) {
        QList<BarChart::Bar> out;
        for (const CouponBucket &b : buckets) {
            BarChart::Bar bar;
            bar.label = label(b.key);
            bar.value = money ? double(b.discountPaise) : double(b.redemptions);
            bar.valueText = money ? shortRupees(b.discountPaise) : QString::number(b.redemptions);
            out << bar;
        }
        return out;
    };
    m_byMonth->setTitle(money ? tr("Discount given by month") : tr("Redemptions by month"));
    m_byPlan->setTitle(money ? tr("Discount given by plan") : tr("Redemptions by plan"));
    m_byMonth->setBars(bars(m_analytics.byMonth, monthLabel));
    m_byPlan->setBars(bars(m_analytics.byPlan, [this](const QString &code) { return m_planNames.value(code, code); }));
}

} // namespace bcp::ui
