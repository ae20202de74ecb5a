#include "coupons/BarChart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <utility>

namespace bcp::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kMaxBarWidth = 56;
constexpr int kGap = 6;

} // namespace

BarChart::BarChart(QWidget *parent)
    : QWidget(parent), m_emptyText(tr("Nothing to show yet")), m_color(0x1e, 0x6f, 0xbf) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void BarChart::setTitle(const QString &title) {
    m_title = title;
    update();
}

void BarChart::setEmptyText(const QString &text) {
    m_emptyText = text;
    update();
}

void BarChart::setBars(QList<Bar> bars) {
    m_bars = std::move(bars);
    update();
}

void BarChart::setColor(const QColor &color) {
    m_color = color;
    update();
}

QSize BarChart::sizeHint() const {
    return {360, 180};
}

QSize BarChart::minimumSizeHint() const {
    return {200, 120};
}

double BarChart::maxValue() const {
    double top = 0;
    for (const Bar &bar : m_bars)
        top = std::max(top, bar.value);
    return top;
}

QRect BarChart::plotArea() const {
    const QFontMetrics fm(font());
    const int titleHeight = m_title.isEmpty() ? 0 : fm.height() + kGap;
    // Room above the tallest bar for its value and below every bar for its label.
    const int top = kMargin + titleHeight + fm.height() + 2;
    const int bottom = height() - kMargin - fm.height() - 4;
    return QRect(QPoint(kMargin, top), QPoint(width() - kMargin - 1, bottom));
}

QRect BarChart::barRect(int index) const {
    if (index < 0 || index >= m_bars.size())
        return {};
    const QRect area = plotArea();
    const int n = int(m_bars.size());
    const int slot = area.width() / n;
    const int barWidth = std::clamp(slot - kGap, 4, kMaxBarWidth);
    const double top = maxValue();
    const int barHeight = top > 0 ? int(std::lround(area.height() * (m_bars.at(index).value / top))) : 0;
    const int x = area.left() + index * slot + (slot - barWidth) / 2;
    return QRect(x, area.bottom() - barHeight + 1, barWidth, barHeight);
}

void BarChart::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));

    const QFontMetrics fm(font());
    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   m_title);
        p.setFont(font());
    }

    const QRect area = plotArea();
    const QColor dim = palette().color(QPalette::PlaceholderText);
    if (m_bars.isEmpty() || maxValue() <= 0) {
        p.setPen(dim);
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }

    // Baseline and a faint half-way guide so heights can be compared at a glance.
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(area.left(), area.bottom() + 1, area.right(), area.bottom() + 1);
    QPen guide(palette().color(QPalette::Midlight));
    guide.setStyle(Qt::DashLine);
    p.setPen(guide);
    const int middle = area.bottom() - area.height() / 2;
    p.drawLine(area.left(), middle, area.right(), middle);

    const int slot = area.width() / int(m_bars.size());
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const QRect r = barRect(i);
        if (r.height() > 0)
            p.fillRect(r, m_color);
        const QString value = bar.valueText.isEmpty() ? QString::number(bar.value) : bar.valueText;
        const QRect slotRect(area.left() + i * slot, 0, slot, height());
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(slotRect.left(), r.top() - fm.height() - 2, slot, fm.height()),
                   Qt::AlignHCenter | Qt::AlignBottom, fm.elidedText(value, Qt::ElideRight, slot));
        p.setPen(dim);
        p.drawText(QRect(slotRect.left(), area.bottom() + 3, slot, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   fm.elidedText(bar.label, Qt::ElideRight, slot));
    }
}

bool BarChart::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_bars.size(); ++i) {
            const QRect r = barRect(i);
            const QRect column(r.left(), plotArea().top(), r.width(), plotArea().height());
            if (column.contains(help->pos())) {
                const Bar &bar = m_bars.at(i);
                QToolTip::showText(help->globalPos(),
                                   bar.label + QStringLiteral(": ") +
                                       (bar.valueText.isEmpty() ? QString::number(bar.value) : bar.valueText),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace bcp::ui
