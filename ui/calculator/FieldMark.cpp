#include "calculator/FieldMark.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace bcp::ui {

namespace {

constexpr char kInvalid[] = "invalid"; // what the style sheet matches
constexpr char kSavedTip[] = "fieldMarkSavedToolTip";

void repolish(QWidget *widget) {
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

// An editable combo shows its text in an inner line edit, which the rule for marked combos reaches through
// the combo's property: it has to be polished again too.
void setMarked(QWidget *widget, bool marked) {
    widget->setProperty(kInvalid, marked);
    repolish(widget);
    if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit())
        repolish(combo->lineEdit());
}

void setTip(QWidget *widget, const QString &tip) {
    widget->setToolTip(tip);
    if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit())
        combo->lineEdit()->setToolTip(tip);
}

} // namespace

QString FieldMark::styleSheet() {
    return QStringLiteral("QLineEdit[invalid=\"true\"] { border: 1px solid #c62828; border-radius: 2px;"
                          " background: #fdecea; color: #7f1d1d; }"
                          "QComboBox[invalid=\"true\"] { border: 1px solid #c62828; border-radius: 2px;"
                          " background: #fdecea; color: #7f1d1d; padding: 1px 4px; }"
                          "QComboBox[invalid=\"true\"] QLineEdit { background: transparent; color: #7f1d1d; }");
}

void FieldMark::set(QWidget *widget, const QString &message) {
    if (!widget)
        return;
    if (!isMarked(widget))
        widget->setProperty(kSavedTip, widget->toolTip());
    setTip(widget, message);
    if (!isMarked(widget))
        setMarked(widget, true);
}

void FieldMark::clear(QWidget *widget) {
    if (!isMarked(widget))
        return;
    setTip(widget, widget->property(kSavedTip).toString());
    setMarked(widget, false);
}

bool FieldMark::isMarked(const QWidget *widget) {
    return widget && widget->property(kInvalid).toBool();
}

} // namespace bcp::ui
