#include "common/PaneShortcuts.h"

#include <QAction>
#include <QKeySequence>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>

namespace bcp::ui {

QAction *addPaneShortcut(QWidget *pane, const QKeySequence &keys) {
    auto *action = new QAction(pane);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pane->addAction(action);
    return action;
}

void addSearchShortcut(QWidget *pane, QLineEdit *search) {
    QObject::connect(addPaneShortcut(pane, QKeySequence::Find), &QAction::triggered, search, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
}

QTimer *makeSearchPause(QLineEdit *search, int pauseMs, QWidget *pane) {
    auto *pause = new QTimer(pane);
    pause->setSingleShot(true);
    pause->setInterval(pauseMs);
    QObject::connect(search, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    return pause;
}

} // namespace bcp::ui
