#include "WidgetInput.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QTest>

namespace bcp::test {

void click(QWidget *button) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTest::mouseClick(button, Qt::LeftButton);
}

void typeOver(QLineEdit *field, const QString &text) {
    field->setFocus();
    field->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace);
    else
        QTest::keyClicks(field, text);
}

void typeInto(QLineEdit *field, const QString &text) {
    typeOver(field, text);
    QCOMPARE(field->text(), text);
}

void pick(QComboBox *box, const QString &text) {
    box->setFocus();
    QTest::keyClicks(box, text);
    QVERIFY2(box->currentText().startsWith(text, Qt::CaseInsensitive),
             qPrintable(box->objectName() + QStringLiteral(" shows ") + box->currentText()));
}

} // namespace bcp::test
