#pragma once
// A coupon's analytics (or every coupon's): redemptions and discount given in total, and as bar charts by
// month and by plan, showing either the number of redemptions or the discount given.

#include "services/PlanTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace bcp::ui {

class BarChart;

class CouponAnalyticsView : public QWidget {
    Q_OBJECT
public:
    enum class Metric { Redemptions, Discount };

    explicit CouponAnalyticsView(QWidget *parent = nullptr);

    // `planNames`: plan code -> name, for the by-plan chart's labels.
    void setAnalytics(const CouponAnalytics &analytics, const QHash<QString, QString> &planNames);
    void clear(const QString &why);
    void setMetric(Metric metric);
    Metric metric() const;

    const CouponAnalytics &analytics() const { return m_analytics; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *totalsLabel() const { return m_totals; }
    QComboBox *metricCombo() const { return m_metric; }
    BarChart *byMonthChart() const { return m_byMonth; }
    BarChart *byPlanChart() const { return m_byPlan; }

private:
    void updateCharts();

    CouponAnalytics m_analytics;
    QHash<QString, QString> m_planNames;
    QLabel *m_heading = nullptr;
    QLabel *m_totals = nullptr;
    QComboBox *m_metric = nullptr;
    BarChart *m_byMonth = nullptr;
    BarChart *m_byPlan = nullptr;
};

} // namespace bcp::ui
