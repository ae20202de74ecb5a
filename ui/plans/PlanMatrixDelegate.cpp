#include "plans/PlanMatrixDelegate.h"

#include "plans/PlanMatrixModel.h"
#include "services/PlanService.h"

#include <QLineEdit>
#include <QSpinBox>

namespace bcp::ui {

namespace {

PlanMatrixModel::RowKind kindOf(const QModelIndex &index) {
    return PlanMatrixModel::RowKind(index.data(PlanMatrixModel::RowKindRole).toInt());
}

} // namespace

QWidget *PlanMatrixDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const {
    switch (kindOf(index)) {
    case PlanMatrixModel::RowKind::Price: {
        auto *edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight);
        return edit;
    }
    case PlanMatrixModel::RowKind::Trial: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, PlanService::kMaxTrialDays);
        spin->setSpecialValueText(tr("none"));
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    case PlanMatrixModel::RowKind::Feature: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(-1, kMaxQuota);
        spin->setSpecialValueText(tr("no limit"));
        spin->setAlignment(Qt::AlignRight);
        spin->setGroupSeparatorShown(true);
        return spin;
    }
    case PlanMatrixModel::RowKind::Category:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanMatrixDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlanMatrixDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const {
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace bcp::ui
