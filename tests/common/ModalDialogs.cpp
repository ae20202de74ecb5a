#include "ModalDialogs.h"

#include <QApplication>
#include <QAbstractButton>
#include <QDialog>
#include <QTest>
#include <QTimer>

namespace bcp::test {

void whenModal(std::function<void(QWidget *)> act) {
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
        if (modal->isVisible()) {
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        }
    });
    timer->start();
}

void clickButtonWithRole(QMessageBox *box, QMessageBox::ButtonRole role) {
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL("no button with that role");
}

} // namespace bcp::test
