#pragma once
// One quota's usage as a bar: the share used filled in, green while there is room, amber from 80 % and red
// once the quota is used up. text() ("12 of 100") is its tooltip and what the page writes beside it; an
// unlimited quota shows a faint full bar.

#include <QWidget>

namespace bcp::ui {

class UsageBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWarnPercent = 80;

    explicit UsageBar(QWidget *parent = nullptr);

    // `limit` < 0: unlimited.
    void setUsage(qint64 used, qint64 limit);
    qint64 used() const { return m_used; }
    qint64 limit() const { return m_limit; }
    QString text() const;
    // 0..1 of the bar filled.
    double fraction() const;
    QColor fillColor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_used = 0;
    qint64 m_limit = 0;
};

} // namespace bcp::ui
