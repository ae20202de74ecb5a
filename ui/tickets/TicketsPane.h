#pragma once
// The Tickets pane (tickets.view): the shop's support tickets, paged from the database, with a coloured SLA
// badge counting down on each; filters for my tickets, unassigned ones, status, priority, breached and a
// date range, and a search over number, subject, requester and linked document. The chosen ticket opens
// below (TicketView). A timer (and loading the pane) escalates tickets past their escalation time, moves the
// SLA badges on and warns the agent, on the desktop where possible, when a ticket of theirs nears breach.

#include "services/Session.h"
#include "services/TicketTypes.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bcp {
class Clock;
class Database;
class TicketService;
} // namespace bcp

namespace bcp::ui {

class MessageLabel;
class TicketListModel;
class TicketNotifier;
class TicketView;

class TicketsPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchPauseMs = 300;
    static constexpr int kTickMs = 60 * 1000;

    // `clock`: where SLA states and escalation take "now" from (tests pass a manual clock).
    TicketsPane(Database &db, const Session &session, QWidget *parent = nullptr);
    TicketsPane(Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~TicketsPane() override;

    // The query the filter controls describe.
    TicketQuery currentQuery() const;
    void applyFilter();
    void clearFilters();
    // What the timer does: escalate overdue tickets, move the SLA badges on, warn about my tickets.
    void tick();
    // Reloads the list, keeping the chosen ticket chosen.
    void refresh();
    // Shows a ticket (selecting it in the list when it is there).
    void showTicket(qint64 ticketId);
    // Opens NewComplaintDialog; the new ticket is shown afterwards.
    void newTicket();
    void openSettings();

    // Exposed for the offscreen tests.
    TicketService &service() const { return *m_tickets; }
    TicketListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TicketView *detail() const { return m_detail; }
    TicketNotifier *notifier() const { return m_notifier; }
    QCheckBox *mineCheck() const { return m_mine; }
    QCheckBox *unassignedCheck() const { return m_unassigned; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *priorityCombo() const { return m_priority; }
    QCheckBox *breachedCheck() const { return m_breached; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *settingsButton() const { return m_settings; }
    QCheckBox *availableCheck() const { return m_available; }
    MessageLabel *banner() const { return m_banner; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QTimer *timer() const { return m_timer; }

private:
    void build();
    void showSelected();
    void updateStatus();
    void loadAvailability();
    void setAvailable(bool available);

    Database &m_db;
    Session m_session;
    const Clock &m_clock;
    std::unique_ptr<TicketService> m_tickets;
    TicketListModel *m_model = nullptr;
    TicketNotifier *m_notifier = nullptr;

    MessageLabel *m_banner = nullptr;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_unassigned = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_breached = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchPause = nullptr;
    QTimer *m_timer = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_settings = nullptr;
    QCheckBox *m_available = nullptr;
    QTableView *m_view = nullptr;
    TicketView *m_detail = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace bcp::ui
