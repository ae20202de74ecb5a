#include "masters/MastersItemDelegate.h"

#include "calculator/NumberEdit.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QLineEdit>

namespace bcp::ui {

MastersItemDelegate::MastersItemDelegate(Kind kind, QObject *parent) : QStyledItemDelegate(parent), m_kind(kind) {}

QWidget *MastersItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const {
    QLineEdit *editor = m_kind == Kind::Number
                            ? new NumberEdit(parent, NumberEdit::Kind::Decimal, NumberEdit::Sign::Any)
                            : new QLineEdit(parent);
    editor->setFrame(false);
    // createEditor is const in Qt's interface, but emitting commitData changes nothing in the delegate.
    auto *self = const_cast<MastersItemDelegate *>(this);
    connect(editor, &QLineEdit::textEdited, self, [self, editor] { emit self->commitData(editor); });
    return editor;
}

void MastersItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    const QString stored = index.data(Qt::EditRole).toString();
    // The view hands the stored value back after every commit; rewriting what was typed ("1.50" as
    // "1.5", "2." as "2") would move the cursor under the user's fingers, so an equal value is left alone.
    if (m_kind == Kind::Number) {
        const std::optional<double> typed = NumberEdit::parse(edit->text());
        if (typed && typed == NumberEdit::parse(stored))
            return;
    } else if (edit->text().trimmed() == stored) {
        return;
    }
    edit->setText(stored);
}

void MastersItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // Only a cell marked by validation has a background of its own. When it is also the selected cell the
    // selection colour would hide the mark, so the selection turns red there instead.
    if (index.data(Qt::BackgroundRole).isValid()) {
        option->palette.setColor(QPalette::Highlight, QColor(0xc6, 0x28, 0x28));
        option->palette.setColor(QPalette::HighlightedText, Qt::white);
    }
}

void MastersItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const {
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
}

} // namespace bcp::ui
