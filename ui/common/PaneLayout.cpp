#include "common/PaneLayout.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bcp::ui {

QLabel *makePaneTitle(const QString &text, QWidget *parent) {
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QLabel *makePaneSubtitle(const QString &text, QWidget *parent) {
    auto *subtitle = new QLabel(text, parent);
    subtitle->setWordWrap(true);
    dimText(subtitle);
    return subtitle;
}

void dimText(QWidget *widget) {
    QPalette dim = widget->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    widget->setPalette(dim);
}

QHBoxLayout *makePaneHeader(QLabel *title, QLabel *subtitle) {
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    return header;
}

namespace {

// Rows of one height on one line each, without row numbers, so that showing a row never measures it.
void setFixedRows(QTableView *view, int rowPadding) {
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + rowPadding);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

void setUpRowList(QTableView *view, RowSelection selection, int rowPadding) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection == RowSelection::Extended ? QAbstractItemView::ExtendedSelection
                                                               : QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    setFixedRows(view, rowPadding);
}

void setUpCellGrid(QTableView *view, int rowPadding) {
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    setFixedRows(view, rowPadding);
}

QSplitter *makeListDetailSplitter(Qt::Orientation orientation, QWidget *list, QWidget *detail, int listStretch,
                                  int detailStretch, QWidget *parent) {
    auto *splitter = new QSplitter(orientation, parent);
    splitter->addWidget(list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, listStretch);
    splitter->setStretchFactor(1, detailStretch);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QVBoxLayout *layOutListPane(QWidget *pane, QHBoxLayout *header, QWidget *banner, QHBoxLayout *filters, QWidget *list,
                            QWidget *statusLine) {
    auto *layout = new QVBoxLayout(pane);
    layout->addLayout(header);
    layout->addWidget(banner);
    layout->addLayout(filters);
    layout->addWidget(list, 1);
    layout->addWidget(statusLine);
    return layout;
}

} // namespace bcp::ui
