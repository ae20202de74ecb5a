#pragma once
// Cell editor of the Masters tables. It hands every keystroke to the model, so validation messages follow
// the typing and Ctrl+S saves what is in an open cell without leaving it first.

#include <QStyledItemDelegate>

namespace bcp::ui {

class MastersItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Kind { Number, Text };

    explicit MastersItemDelegate(Kind kind, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

} // namespace bcp::ui
