#include "accounts/SecretPrompt.h"

#include "services/SecretStore.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QThread>

namespace bcp::ui {

namespace {

std::optional<QString> askOnGuiThread(const QString &key, const QString &why) {
    QInputDialog dialog(QApplication::activeWindow());
    dialog.setWindowTitle(QCoreApplication::translate("bcp::ui::SecretPrompt", "Password needed – BoxCostPro"));
    dialog.setLabelText(why.isEmpty()
                            ? QCoreApplication::translate("bcp::ui::SecretPrompt", "Enter the secret for %1:").arg(key)
                            : why);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setMinimumWidth(460);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace

void SecretPrompt::install(SecretStore &store) {
    store.setAsk(&SecretPrompt::ask);
}

std::optional<QString> SecretPrompt::ask(const QString &key, const QString &why) {
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || !qobject_cast<QApplication *>(app))
        return std::nullopt;
    if (QThread::currentThread() == app->thread())
        return askOnGuiThread(key, why);
    std::optional<QString> answer;
    QMetaObject::invokeMethod(
        app, [&] { answer = askOnGuiThread(key, why); }, Qt::BlockingQueuedConnection);
    return answer;
}

} // namespace bcp::ui
