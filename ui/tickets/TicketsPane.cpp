#include "tickets/TicketsPane.h"

#include "accounts/MessageLabel.h"
#include "common/FilterWidgets.h"
#include "common/PaneLayout.h"
#include "common/PaneShortcuts.h"
#include "services/Clock.h"
#include "services/Permissions.h"
#include "services/TicketService.h"
#include "tickets/NewComplaintDialog.h"
#include "tickets/SlaBadgeDelegate.h"
#include "tickets/TicketListModel.h"
#include "tickets/TicketNotifier.h"
#include "tickets/TicketSettingsDialog.h"
#include "tickets/TicketView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace bcp::ui {

namespace {

// Status filter entries that are not a single status.
constexpr int kAllOpen = -2;
constexpr int kAnyStatus = -1;
constexpr int kAnyPriority = -1;

} // namespace

TicketsPane::TicketsPane(Database &db, const Session &session, QWidget *parent)
    : TicketsPane(db, session, Clock::system(), parent) {}

TicketsPane::TicketsPane(Database &db, const Session &session, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_clock(clock),
      m_tickets(std::make_unique<TicketService>(db, clock)) {
    m_model = new TicketListModel(*m_tickets, m_session, this);
    m_notifier = new TicketNotifier(*m_tickets, m_session, this);
    build();
    loadAvailability();
    // Escalation first, so the first list already shows what the SLA has escalated meanwhile.
    if (m_session.can(perm::TicketsEdit)) {
        auto escalated = m_tickets->escalateOverdue(m_session);
        if (!escalated)
            m_banner->showError(escalated.error().message);
    }
    applyFilter();
    m_notifier->check();
}

TicketsPane::~TicketsPane() = default;

void TicketsPane::build() {
    setObjectName(QStringLiteral("ticketsPane"));

    auto *title = makePaneTitle(tr("Tickets"), this);
    auto *subtitle =
        makePaneSubtitle(tr("Customer complaints and questions, with their SLA: the badge shows the time left "
                            "to answer or resolve."),
                         this);

    m_new = new QPushButton(tr("&New ticket\u2026"), this);
    m_new->setObjectName(QStringLiteral("ticketsNew"));
    m_new->setToolTip(tr("Ctrl+N"));
    m_new->setVisible(m_session.can(perm::TicketsEdit));
    m_settings = new QPushButton(tr("Support se&ttings\u2026"), this);
    m_settings->setObjectName(QStringLiteral("ticketsSettings"));
    m_settings->setVisible(m_session.can(perm::SupportManage));
    m_available = new QCheckBox(tr("I take new tickets"), this);
    m_available->setObjectName(QStringLiteral("ticketsAvailable"));
    m_available->setToolTip(tr("Untick while you are away: new tickets then go to the other agents"));
    m_available->setVisible(m_session.can(perm::SupportAgent));

    auto *header = makePaneHeader(title, subtitle);
    header->addWidget(m_available, 0, Qt::AlignBottom);
    header->addWidget(m_settings, 0, Qt::AlignBottom);
    header->addWidget(m_new, 0, Qt::AlignBottom);

    m_banner = new MessageLabel(this);
    m_banner->setObjectName(QStringLiteral("ticketsBanner"));

    m_mine = new QCheckBox(tr("&Mine"), this);
    m_mine->setObjectName(QStringLiteral("ticketsMine"));
    m_unassigned = new QCheckBox(tr("&Unassigned"), this);
    m_unassigned->setObjectName(QStringLiteral("ticketsUnassigned"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("ticketsStatus"));
    m_status->addItem(tr("All open"), kAllOpen);
    m_status->addItem(tr("Any status"), kAnyStatus);
    for (TicketStatus s : allTicketStatuses())
        m_status->addItem(ticketStatusLabel(s), int(s));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("ticketsPriority"));
    m_priority->addItem(tr("Any priority"), kAnyPriority);
    for (TicketPriority p : allTicketPriorities())
        m_priority->addItem(ticketPriorityLabel(p), int(p));
    m_breached = new QCheckBox(tr("&Breached"), this);
    m_breached->setObjectName(QStringLiteral("ticketsBreached"));
    m_from = makeBoundDateEdit(QStringLiteral("ticketsFrom"), QStringLiteral("yyyy-MM-dd"), this);
    m_to = makeBoundDateEdit(QStringLiteral("ticketsTo"), QStringLiteral("yyyy-MM-dd"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("ticketsSearch"));
    m_search->setPlaceholderText(tr("Search number, subject, requester, quote"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(110);
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setToolTip(tr("Clear every filter and the search"));
    clear->setObjectName(QStringLiteral("ticketsClear"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_mine);
    filters->addWidget(m_unassigned);
    filters->addWidget(m_breached);
    filters->addSpacing(6);
    filters->addWidget(makeCaption(tr("&Status"), m_status, this));
    filters->addWidget(m_status);
    filters->addWidget(makeCaption(tr("&Priority"), m_priority, this));
    filters->addWidget(m_priority);
    filters->addSpacing(6);
    filters->addWidget(makeCaption(tr("&Raised"), m_from, this));
    filters->addWidget(m_from);
    filters->addWidget(makeCaption(tr("&to"), m_to, this));
    filters->addWidget(m_to);
    filters->addSpacing(6);
    filters->addWidget(m_search, 1);
    filters->addWidget(clear);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ticketsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TicketListModel::SlaColumn, new SlaBadgeDelegate(m_view));
    setUpRowList(m_view, RowSelection::Single, 10);
    m_view->horizontalHeader()->setSectionResizeMode(TicketListModel::SubjectColumn, QHeaderView::Stretch);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(TicketListModel::NumberColumn, 10 * em);
    m_view->setColumnWidth(TicketListModel::RequesterColumn, 9 * em);
    m_view->setColumnWidth(TicketListModel::PriorityColumn, 5 * em);
    m_view->setColumnWidth(TicketListModel::StatusColumn, 9 * em);
    m_view->setColumnWidth(TicketListModel::SlaColumn, 12 * em);
    m_view->setColumnWidth(TicketListModel::AssigneeColumn, 8 * em);
    m_view->setColumnWidth(TicketListModel::UpdatedColumn, 10 * em);

    m_detail = new TicketView(*m_tickets, m_session, this);

    auto *splitter = makeListDetailSplitter(Qt::Vertical, m_view, m_detail, 2, 3, this);
    splitter->setSizes({300, 450});

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("ticketsStatusLine"));

    layOutListPane(this, header, m_banner, filters, splitter, m_statusLabel);

    addSearchShortcut(this, m_search);
    connect(addPaneShortcut(this, QKeySequence::New), &QAction::triggered, this, [this] {
        if (m_session.can(perm::TicketsEdit))
            newTicket();
    });
    connect(addPaneShortcut(this, QKeySequence::Refresh), &QAction::triggered, this, &TicketsPane::tick);

    m_searchPause = makeSearchPause(m_search, kSearchPauseMs, this);
    connect(m_searchPause, &QTimer::timeout, this, &TicketsPane::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &TicketsPane::applyFilter);
    for (QCheckBox *box : {m_mine, m_unassigned, m_breached})
        connect(box, &QCheckBox::toggled, this, &TicketsPane::applyFilter);
    // "Mine" and "Unassigned" exclude each other.
    connect(m_mine, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_unassigned->setChecked(false);
    });
    connect(m_unassigned, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_mine->setChecked(false);
    });
    for (QComboBox *combo : {m_status, m_priority})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &TicketsPane::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &TicketsPane::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &TicketsPane::applyFilter);
    connect(clear, &QPushButton::clicked, this, &TicketsPane::clearFilters);
    connect(m_new, &QPushButton::clicked, this, &TicketsPane::newTicket);
    connect(m_settings, &QPushButton::clicked, this, &TicketsPane::openSettings);
    connect(m_available, &QCheckBox::clicked, this, &TicketsPane::setAvailable);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TicketsPane::showSelected);
    connect(m_model, &PagedTableModel::pageLoaded, this, &TicketsPane::updateStatus);
    connect(m_model, &PagedTableModel::fetchFailed, this,
            [this](const QString &message) { m_banner->showError(message); });
    connect(m_detail, &TicketView::ticketChanged, this, &TicketsPane::refresh);
    connect(m_notifier, &TicketNotifier::nearingBreach, this,
            [this](qint64, const QString &, const QString &message) { m_banner->showWarning(message); });
    connect(m_notifier, &TicketNotifier::trayMessageClicked, this, [this] {
        window()->raise();
        window()->activateWindow();
    });

    m_timer = new QTimer(this);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &TicketsPane::tick);
    m_timer->start();
}

TicketQuery TicketsPane::currentQuery() const {
    TicketQuery q;
    q.search = m_search->text().trimmed();
    q.mine = m_mine->isChecked();
    q.unassigned = m_unassigned->isChecked();
    const int status = m_status->currentData().toInt();
    if (status == kAllOpen)
        q.statuses = openTicketStatuses();
    else if (status >= 0)
        q.statuses = {TicketStatus(status)};
    const int priority = m_priority->currentData().toInt();
    if (priority >= 0)
        q.priority = TicketPriority(priority);
    q.breachedOnly = m_breached->isChecked();
    q.from = boundDate(m_from);
    q.to = boundDate(m_to);
    return q;
}

void TicketsPane::applyFilter() {
    m_searchPause->stop();
    const qint64 chosen = m_detail->hasTicket() ? m_detail->thread().ticket.id : 0;
    m_model->setQuery(currentQuery());
    if (chosen > 0) {
        const int row = m_model->rowOfId(chosen);
        if (row >= 0)
            m_view->selectRow(row);
    }
    updateStatus();
}

void TicketsPane::clearFilters() {
    const QSignalBlocker b1(m_mine), b2(m_unassigned), b3(m_breached), b4(m_status), b5(m_priority), b6(m_from),
        b7(m_to), b8(m_search);
    m_mine->setChecked(false);
    m_unassigned->setChecked(false);
    m_breached->setChecked(false);
    m_status->setCurrentIndex(0);
    m_priority->setCurrentIndex(0);
    clearBoundDate(m_from);
    clearBoundDate(m_to);
    m_search->clear();
    applyFilter();
}

void TicketsPane::refresh() {
    applyFilter();
}

void TicketsPane::tick() {
    if (m_session.can(perm::TicketsEdit)) {
        auto escalated = m_tickets->escalateOverdue(m_session);
        if (escalated && !escalated->isEmpty()) {
            m_banner->showWarning(escalated->size() == 1
                                      ? tr("%1 passed its escalation time and was escalated.").arg(escalated->first())
                                      : tr("%n tickets passed their escalation time and were escalated.", nullptr,
                                           int(escalated->size())));
            refresh();
            m_detail->reload();
        }
    }
    m_model->setNow(m_clock.nowUtc());
    m_notifier->check();
    updateStatus();
}

void TicketsPane::showSelected() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    m_detail->showTicket(m_model->idAt(current.row()));
}

void TicketsPane::showTicket(qint64 ticketId) {
    const int row = m_model->rowOfId(ticketId);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    if (!m_detail->hasTicket() || m_detail->thread().ticket.id != ticketId)
        m_detail->showTicket(ticketId);
}

void TicketsPane::newTicket() {
    NewComplaintDialog dialog(m_db, m_session, m_clock, 0, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Ticket &created = dialog.createdTicket();
    refresh();
    showTicket(created.id);
    m_banner->showSuccess(created.assigneeId > 0
                              ? tr("%1 was raised and assigned to %2.").arg(created.number, created.assigneeName)
                              : tr("%1 was raised; no agent is free, so it waits unassigned.").arg(created.number));
}

void TicketsPane::openSettings() {
    TicketSettingsDialog dialog(*m_tickets, m_session, this);
    dialog.exec();
    loadAvailability();
    refresh();
}

void TicketsPane::loadAvailability() {
    if (!m_session.can(perm::SupportAgent))
        return;
    auto agents = m_tickets->agents(m_session);
    if (!agents)
        return;
    for (const TicketAgent &a : agents.value()) {
        if (a.userId == m_session.userId) {
            m_available->setChecked(a.available);
            return;
        }
    }
    m_available->setEnabled(false);
}

void TicketsPane::setAvailable(bool available) {
    auto saved = m_tickets->setMyAvailability(m_session, available);
    if (!saved) {
        m_banner->showError(saved.error().message);
        m_available->setChecked(!available);
        return;
    }
    m_banner->showSuccess(available ? tr("New tickets may be assigned to you again.")
                                    : tr("New tickets go to the other agents until you tick this again."));
}

void TicketsPane::updateStatus() {
    const int rows = m_model->rowCount();
    QString text = m_model->canFetchMore(QModelIndex()) ? tr("%n tickets shown; scroll for more", nullptr, rows)
                   : rows == 1                          ? tr("1 ticket")
                                                        : tr("%n tickets", nullptr, rows);
    int breached = 0;
    for (int row = 0; row < rows; ++row) {
        const SlaStatus s = m_model->slaAt(row);
        if (!s.stopped && s.state == SlaState::Breached)
            ++breached;
    }
    if (breached > 0)
        text += tr(" \u00b7 %n past their SLA", nullptr, breached);
    m_statusLabel->setText(text);
}

} // namespace bcp::ui
