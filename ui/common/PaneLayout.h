#pragma once

#include <Qt>

class QHBoxLayout;
class QLabel;
class QSplitter;
class QVBoxLayout;
class QString;
class QTableView;
class QWidget;

namespace bcp::ui {

// The large bold title a pane opens with.
QLabel *makePaneTitle(const QString &text, QWidget *parent);

// The wrapping, dimmed line under a pane's title that says what the pane holds.
QLabel *makePaneSubtitle(const QString &text, QWidget *parent);

// Shows a widget's text in the placeholder colour, for lines that explain rather than hold data.
void dimText(QWidget *widget);

// The title above the subtitle, taking the width the pane's buttons leave; add the buttons to the right with
// Qt::AlignBottom so they line up with the subtitle.
QHBoxLayout *makePaneHeader(QLabel *title, QLabel *subtitle);

enum class RowSelection { Single, Extended };

// A read-only list of whole rows with fixed row heights: scrolling a long list never measures rows.
void setUpRowList(QTableView *view, RowSelection selection, int rowPadding);

// A table edited in place one cell at a time, with fixed row heights: arrows move between cells, and typing or a
// double-click starts an edit.
void setUpCellGrid(QTableView *view, int rowPadding);

// A pane's list beside or above the detail of its chosen row, sharing space in the ratio of the stretches; neither
// side can be dragged away to nothing.
QSplitter *makeListDetailSplitter(Qt::Orientation orientation, QWidget *list, QWidget *detail, int listStretch,
                                  int detailStretch, QWidget *parent);

// The arrangement list panes share, top to bottom: its header, its message banner, its filters, the list
// (with its detail, if any) taking the spare height, and the status line under it.
QVBoxLayout *layOutListPane(QWidget *pane, QHBoxLayout *header, QWidget *banner, QHBoxLayout *filters, QWidget *list,
                            QWidget *statusLine);

} // namespace bcp::ui
