#pragma once

class QAction;
class QKeySequence;
class QLineEdit;
class QTimer;
class QWidget;

namespace bcp::ui {

// An action whose shortcut works while the focus is anywhere inside the pane, and only there, so panes kept in
// the same window can each use Ctrl+N or F5 for their own list. Connect its triggered signal.
QAction *addPaneShortcut(QWidget *pane, const QKeySequence &keys);

// Ctrl+F moves to the pane's search field with its text selected, ready to be typed over.
void addSearchShortcut(QWidget *pane, QLineEdit *search);

// A single-shot timer restarted by every keystroke in the search field: connect its timeout to the query, so the
// list asks again once typing pauses rather than on every letter.
QTimer *makeSearchPause(QLineEdit *search, int pauseMs, QWidget *pane);

} // namespace bcp::ui
