#include "quotes/QuotesPane.h"

#include "common/FilterWidgets.h"
#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "money/IndianFormat.h"
#include "quotes/QuoteEditor.h"
#include "quotes/QuoteListModel.h"
#include "services/Permissions.h"
#include "services/QuoteService.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bcp::ui {

QuotesPane::QuotesPane(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_quotes(std::make_unique<QuoteService>(db)),
      m_model(new QuoteListModel(*m_quotes, m_session, this)) {
    build();
    applyFilter();
}

QuotesPane::~QuotesPane() = default;

void QuotesPane::build() {
    setObjectName(QStringLiteral("quotesPane"));

    auto *title = makePaneTitle(tr("Quotes"), this);
    auto *subtitle =
        new QLabel(tr("Every quote of the shop, newest first. Type to search by quote number, party or box; "
                      "Enter opens the selected quote."),
                   this);
    subtitle->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));

    m_new = new QPushButton(tr("&New quote"), this);
    m_new->setObjectName(QStringLiteral("newQuote"));
    m_new->setToolTip(tr("Start a new quote (Ctrl+N)"));
    m_new->setEnabled(m_session.can(perm::QuotesEdit));
    m_new->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; padding: 5px 16px; }"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openQuote"));
    m_open->setToolTip(tr("Open the selected quote (Enter)"));
    auto *head = makePaneHeader(title, subtitle);
    head->addWidget(m_open, 0, Qt::AlignBottom);
    head->addWidget(m_new, 0, Qt::AlignBottom);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("quoteSearch"));
    m_search->setPlaceholderText(tr("Search quote number, party or box name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("quoteStatusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (QuoteStatus s :
         {QuoteStatus::Draft, QuoteStatus::Sent, QuoteStatus::Accepted, QuoteStatus::Rejected, QuoteStatus::Expired})
        m_status->addItem(quoteStatusLabel(s), quoteStatusCode(s));
    m_from = makeBoundDateEdit(QStringLiteral("quoteFrom"), QStringLiteral("dd MMM yyyy"), this);
    m_to = makeBoundDateEdit(QStringLiteral("quoteTo"), QStringLiteral("dd MMM yyyy"), this);
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("quoteClearFilters"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addSpacing(8);
    filters->addWidget(makeCaption(tr("&Status"), m_status, this));
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(makeCaption(tr("&From"), m_from, this));
    filters->addWidget(m_from);
    filters->addWidget(makeCaption(tr("&To"), m_to, this));
    filters->addWidget(m_to);
    filters->addWidget(clear);
    filters->addStretch(1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("quotesView"));
    m_view->setModel(m_model);
    setUpRowList(m_view, RowSelection::Single, 10);
    m_view->setShowGrid(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QuoteListModel::PartyColumn, QHeaderView::Stretch);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(QuoteListModel::DateColumn, Qt::DescendingOrder);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(QuoteListModel::NumberColumn, 10 * em);
    m_view->setColumnWidth(QuoteListModel::DateColumn, 8 * em);
    m_view->setColumnWidth(QuoteListModel::ItemsColumn, 5 * em);
    m_view->setColumnWidth(QuoteListModel::GrandColumn, 10 * em);
    m_view->setColumnWidth(QuoteListModel::StatusColumn, 7 * em);
    m_view->setColumnWidth(QuoteListModel::VersionColumn, 5 * em);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("quoteCount"));
    m_count->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    addSearchShortcut(this, m_search);
    connect(addPaneShortcut(this, QKeySequence::New), &QAction::triggered, this, [this] {
        if (m_new->isEnabled())
            newQuote();
    });
    auto *open = new QAction(m_view);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, &QuotesPane::openSelected);
    m_view->addAction(open);
    // Down from the search box goes into the list, so search → arrow → Enter opens a quote.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });

    m_pause = makeSearchPause(m_search, kSearchPauseMs, this);
    connect(m_pause, &QTimer::timeout, this, &QuotesPane::applyFilter);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, &QuotesPane::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &QuotesPane::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &QuotesPane::applyFilter);
    connect(clear, &QPushButton::clicked, this, &QuotesPane::clearFilters);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        if (!QuoteListModel::sortFor(column)) {
            // Columns the database does not sort by keep the indicator where the order really is.
            const QSignalBlocker block(header);
            const QuoteQuery &q = m_model->query();
            header->setSortIndicator(QuoteListModel::columnFor(q.sort),
                                     q.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            return;
        }
        m_model->sort(column, order);
        updateCount();
    });
    connect(m_view, &QTableView::doubleClicked, this, &QuotesPane::openSelected);
    connect(m_open, &QPushButton::clicked, this, &QuotesPane::openSelected);
    connect(m_new, &QPushButton::clicked, this, [this] { newQuote(); });
    connect(m_model, &PagedTableModel::pageLoaded, this, &QuotesPane::updateCount);
    connect(m_model, &PagedTableModel::fetchFailed, this, &QuotesPane::updateCount);
}

QuoteQuery QuotesPane::currentQuery() const {
    QuoteQuery q = m_model->query();
    q.search = m_search->text().trimmed();
    q.statuses.clear();
    if (auto status = parseQuoteStatus(m_status->currentData().toString()))
        q.statuses << *status;
    q.from = boundDate(m_from);
    q.to = boundDate(m_to);
    return q;
}

void QuotesPane::applyFilter() {
    m_pause->stop();
    m_model->setQuery(currentQuery());
    updateCount();
}

void QuotesPane::clearFilters() {
    const QSignalBlocker blockSearch(m_search), blockStatus(m_status), blockFrom(m_from), blockTo(m_to);
    m_search->clear();
    m_status->setCurrentIndex(0);
    clearBoundDate(m_from);
    clearBoundDate(m_to);
    applyFilter();
}

void QuotesPane::refresh() {
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    m_model->reload();
    const int row = id > 0 ? m_model->rowOfId(id) : -1;
    if (row >= 0)
        m_view->selectRow(row);
    updateCount();
}

void QuotesPane::updateCount() {
    if (!m_model->errorText().isEmpty()) {
        m_count->setText(m_model->errorText());
        return;
    }
    const int rows = m_model->rowCount();
    const QuoteQuery &q = m_model->query();
    const bool filtered = !q.search.isEmpty() || !q.statuses.isEmpty() || q.from.isValid() || q.to.isValid();
    if (rows == 0)
        m_count->setText(filtered ? tr("No quotes match the search and filters.")
                                  : tr("No quotes yet: Ctrl+N starts one."));
    else if (m_model->atEnd())
        m_count->setText(rows == 1 ? tr("1 quote") : tr("%1 quotes").arg(IndianFormat::grouped(rows)));
    else
        m_count->setText(tr("First %1 quotes shown; more load as you scroll.").arg(IndianFormat::grouped(rows)));
}

void QuotesPane::watch(QuoteEditor *editor) {
    connect(editor, &QuoteEditor::saved, this, &QuotesPane::refresh, Qt::UniqueConnection);
    connect(editor, &QuoteEditor::quoteChanged, this, &QuotesPane::refresh, Qt::UniqueConnection);
}

QuoteEditor *QuotesPane::openQuote(qint64 quoteId) {
    QuoteEditor *editor = QuoteEditor::openWindow(m_db, m_session, quoteId, 0, window());
    watch(editor);
    return editor;
}

QuoteEditor *QuotesPane::newQuote(qint64 partyId) {
    QuoteEditor *editor = QuoteEditor::openWindow(m_db, m_session, 0, partyId, window());
    watch(editor);
    return editor;
}

QuoteEditor *QuotesPane::openSelected() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    return openQuote(m_model->idAt(current.row()));
}

} // namespace bcp::ui
