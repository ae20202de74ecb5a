#include "tickets/SlaBadgeDelegate.h"

#include "tickets/TicketListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace bcp::ui {

SlaBadgeDelegate::SlaBadgeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor SlaBadgeDelegate::fill(SlaState state, bool stopped) {
    if (stopped)
        return state == SlaState::Breached ? QColor(0xf3, 0xd6, 0xd6) : QColor(0xe4, 0xe7, 0xeb);
    switch (state) {
    case SlaState::Ok:
        return QColor(0xd9, 0xf0, 0xdc);
    case SlaState::Warning:
        return QColor(0xff, 0xe9, 0xb3);
    case SlaState::Critical:
        return QColor(0xff, 0xc8, 0x9a);
    case SlaState::Breached:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor SlaBadgeDelegate::text(SlaState state, bool stopped) {
    if (stopped)
        return state == SlaState::Breached ? QColor(0x8b, 0x1a, 0x1a) : QColor(0x4a, 0x55, 0x60);
    switch (state) {
    case SlaState::Ok:
        return QColor(0x1b, 0x5e, 0x20);
    case SlaState::Warning:
        return QColor(0x6d, 0x47, 0x00);
    case SlaState::Critical:
        return QColor(0x8a, 0x2c, 0x00);
    case SlaState::Breached:
        return QColor(Qt::white);
    }
    return {};
}

void SlaBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const {
    // The row background (selection, alternate colours) first, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString label = index.data(Qt::DisplayRole).toString();
    if (label.isEmpty())
        return;
    const auto state = SlaState(index.data(TicketListModel::SlaStateRole).toInt());
    const bool stopped = index.data(TicketListModel::SlaStoppedRole).toBool();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(!stopped && state != SlaState::Ok);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int padding = fm.horizontalAdvance(QLatin1Char('n'));
    const int height = qMin(option.rect.height() - 4, fm.height() + 4);
    const int width = qMin(option.rect.width() - 6, fm.horizontalAdvance(label) + 2 * padding);
    const QRect badge(option.rect.left() + 3, option.rect.top() + (option.rect.height() - height) / 2, width, height);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, fill(state, stopped));
    painter->setPen(text(state, stopped));
    painter->drawText(badge, Qt::AlignCenter, fm.elidedText(label, Qt::ElideRight, badge.width() - padding));
    painter->restore();
}

QSize SlaBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(size.width() + 2 * fm.horizontalAdvance(QLatin1Char('n')) + 6);
    return size;
}

} // namespace bcp::ui
