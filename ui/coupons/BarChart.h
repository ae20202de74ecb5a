#pragma once
// A small vertical bar chart painted with QPainter (Qt Charts is GPL-only in open source, see DESIGN.md):
// one bar per bucket with its label underneath and its value above, scaled to the largest value. Used for
// coupon analytics by month and by plan.

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

namespace bcp::ui {

class BarChart : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QString label;
        double value = 0;
        QString valueText; // shown above the bar; empty: the formatted value
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // What shows instead of bars when every value is zero or there is no bar.
    void setEmptyText(const QString &text);
    void setBars(QList<Bar> bars);
    const QList<Bar> &bars() const { return m_bars; }
    void setColor(const QColor &color);

    // The rectangle the bar at `index` is painted in, for the widget's current size (tests and tooltips).
    QRect barRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotArea() const;
    double maxValue() const;

    QString m_title;
    QString m_emptyText;
    QList<Bar> m_bars;
    QColor m_color;
};

} // namespace bcp::ui
