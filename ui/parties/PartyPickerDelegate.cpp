#include "parties/PartyPickerDelegate.h"

#include "parties/PartyMatchesModel.h"

#include <QApplication>
#include <QPainter>

namespace bcp::ui {

PartyPickerDelegate::PartyPickerDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void PartyPickerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString detail = index.data(PartyMatchesModel::DetailRole).toString();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect text = option.rect.adjusted(8, 0, -8, 0);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int nameWidth = qMin(boldMetrics.horizontalAdvance(name), text.width() * 3 / 5);

    painter->save();
    painter->setFont(bold);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(text.left(), text.top(), nameWidth, text.height()), Qt::AlignVCenter | Qt::AlignLeft,
                      boldMetrics.elidedText(name, Qt::ElideRight, nameWidth));
    painter->setFont(option.font);
    QColor dim = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(dim);
    const QRect rest(text.left() + nameWidth + 14, text.top(), text.width() - nameWidth - 14, text.height());
    painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(detail, Qt::ElideRight, rest.width()));
    painter->restore();
}

QSize PartyPickerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(option.fontMetrics.height() + 12);
    return size;
}

} // namespace bcp::ui
