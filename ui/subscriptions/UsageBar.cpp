#include "subscriptions/UsageBar.h"

#include "money/IndianFormat.h"

#include <QPainter>

#include <algorithm>

namespace bcp::ui {

UsageBar::UsageBar(QWidget *parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UsageBar::setUsage(qint64 used, qint64 limit) {
    m_used = used;
    m_limit = limit;
    setToolTip(text());
    update();
}

QString UsageBar::text() const {
    if (m_limit < 0)
        return tr("%1 (no limit)").arg(IndianFormat::grouped(m_used));
    return tr("%1 of %2").arg(IndianFormat::grouped(m_used), IndianFormat::grouped(m_limit));
}

double UsageBar::fraction() const {
    if (m_limit < 0)
        return 0;
    if (m_limit == 0)
        return 1;
    return std::clamp(double(m_used) / double(m_limit), 0.0, 1.0);
}

QColor UsageBar::fillColor() const {
    if (m_limit >= 0 && m_used >= m_limit)
        return QColor(0xc6, 0x28, 0x28);
    if (m_limit > 0 && m_used * 100 >= m_limit * kWarnPercent)
        return QColor(0xe6, 0x8a, 0x00);
    return QColor(0x2e, 0x7d, 0x32);
}

QSize UsageBar::sizeHint() const {
    return {200, fontMetrics().height() + 4};
}

QSize UsageBar::minimumSizeHint() const {
    return {80, fontMetrics().height() + 4};
}

void UsageBar::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect track(0, (height() - 10) / 2, width(), 10);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Midlight));
    p.drawRoundedRect(track, 4, 4);
    if (m_limit < 0) {
        // No limit: a faint full bar says "room to spare" without suggesting a share.
        QColor faint = fillColor();
        faint.setAlpha(60);
        p.setBrush(faint);
        p.drawRoundedRect(track, 4, 4);
    } else if (fraction() > 0) {
        QRect filled = track;
        filled.setWidth(std::max(8, int(track.width() * fraction())));
        p.setBrush(fillColor());
        p.drawRoundedRect(filled, 4, 4);
    }
}

} // namespace bcp::ui
