#include "common/EditorWindow.h"

#include <QApplication>
#include <QSize>

namespace bcp::ui {

QWidget *raiseOpenWindow(const std::function<bool(const QWidget *)> &showsDocument) {
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (showsDocument(window)) {
            window->showNormal();
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    return nullptr;
}

void makeEditorWindow(QWidget *editor, const QSize &size) {
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->resize(size);
}

void showInFront(QWidget *window) {
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace bcp::ui
