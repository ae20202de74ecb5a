#include "common/FilterWidgets.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>

namespace bcp::ui {

namespace {

// Earlier than any record the shop can hold, so it is free to mean "no bound".
const QDate kNoBound(2000, 1, 1);

} // namespace

QDateEdit *makeBoundDateEdit(const QString &objectName, const QString &displayFormat, QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(displayFormat);
    edit->setMinimumDate(kNoBound);
    edit->setSpecialValueText(QCoreApplication::translate("bcp::ui::FilterWidgets", "Any"));
    edit->setDate(kNoBound);
    return edit;
}

QDate boundDate(const QDateEdit *edit) {
    const QDate day = edit->date();
    return day > kNoBound ? day : QDate();
}

void clearBoundDate(QDateEdit *edit) {
    edit->setDate(kNoBound);
}

QLabel *makeCaption(const QString &text, QWidget *buddy, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace bcp::ui
