#pragma once
// Warns the signed-in agent when a ticket assigned to them nears its SLA breach: once when it turns warning
// (25 % of the time left) and again when it turns critical (10 % left). The warning goes to the desktop's
// notification area (QSystemTrayIcon::showMessage) where the desktop has one, and always out through
// nearingBreach() for the pane's own banner.

#include "services/Session.h"
#include "services/TicketTypes.h"

#include <QHash>
#include <QObject>

class QSystemTrayIcon;

namespace bcp {
class TicketService;
}

namespace bcp::ui {

class TicketNotifier : public QObject {
    Q_OBJECT
public:
    TicketNotifier(TicketService &tickets, const Session &session, QObject *parent = nullptr);
    ~TicketNotifier() override;

    // Asks which of the user's tickets near breach and announces those not yet announced in their current
    // state. Returns the tickets announced now.
    QList<TicketRow> check();

    bool hasTray() const { return m_tray != nullptr; }
    // "TKT-2026-000042 needs a first response within 20 min: Crushed boxes".
    static QString describe(const TicketRow &row);

Q_SIGNALS:
    void nearingBreach(qint64 ticketId, const QString &title, const QString &message);
    void trayMessageClicked();

private:
    TicketService &m_tickets;
    Session m_session;
    QHash<qint64, SlaState> m_announced;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace bcp::ui
