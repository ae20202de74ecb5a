#pragma once

#include <QDate>

class QDateEdit;
class QLabel;
class QString;
class QWidget;

namespace bcp::ui {

// A date field of a list filter. Its earliest day stands for "no bound" and shows as "Any", so one field can say
// both "from this day" and "from whenever" without a separate check box.
QDateEdit *makeBoundDateEdit(const QString &objectName, const QString &displayFormat, QWidget *parent);

// The day a bound date field holds, or a null QDate while it shows "Any".
QDate boundDate(const QDateEdit *edit);

// Back to "Any".
void clearBoundDate(QDateEdit *edit);

// A filter caption whose mnemonic moves the focus to the field it names.
QLabel *makeCaption(const QString &text, QWidget *buddy, QWidget *parent);

} // namespace bcp::ui
