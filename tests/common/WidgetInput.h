#pragma once
// Driving widgets from tests the way a person does: by name, by click and by typing.

#include <QString>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace bcp::test {

// The child of `parent` of type T named `name`; aborts the test run if there is none, as every later step
// would fail on it.
template <class T> T *child(const QWidget &parent, const QString &name) {
    T *w = parent.findChild<T *>(name);
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

// A click where the button is now: pending layout changes (a message line appearing) are applied first, as
// they would be before a person could click.
void click(QWidget *button);

// Replaces what the field holds by typing, as a user who selects the text and types over it.
void typeOver(QLineEdit *field, const QString &text);

// typeOver, then checks the field holds `text` (a validator or input mask may refuse what was typed).
void typeInto(QLineEdit *field, const QString &text);

// Picks an entry of a fixed-list combo by typing its first letters, the keyboard way.
void pick(QComboBox *box, const QString &text);

} // namespace bcp::test
