#pragma once
// Editors for the plan matrix: the price as an amount, trial days within PlanService's limit, and a quota as
// a number whose lowest step reads "no limit".

#include <QStyledItemDelegate>

namespace bcp::ui {

class PlanMatrixDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kMaxQuota = 1000000000;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace bcp::ui
