#pragma once
// One entry of the party picker's list: the name in bold, then company, mobile and city in a quieter colour,
// so two parties with the same name are told apart at a glance.

#include <QStyledItemDelegate>

namespace bcp::ui {

class PartyPickerDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PartyPickerDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bcp::ui
