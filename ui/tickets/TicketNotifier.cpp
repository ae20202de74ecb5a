#include "tickets/TicketNotifier.h"

#include "services/TicketService.h"
#include "services/TicketSla.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace bcp::ui {

TicketNotifier::TicketNotifier(TicketService &tickets, const Session &session, QObject *parent)
    : QObject(parent), m_tickets(tickets), m_session(session) {
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("BoxCostPro tickets"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TicketNotifier::trayMessageClicked);
    }
}

TicketNotifier::~TicketNotifier() = default;

QString TicketNotifier::describe(const TicketRow &row) {
    const QString left = TicketSla::durationText(row.sla.secondsLeft);
    const QString what = row.sla.target == SlaTarget::FirstResponse ? tr("%1 needs a first response within %2: %3")
                                                                    : tr("%1 must be resolved within %2: %3");
    return what.arg(row.number, left, row.subject);
}

QList<TicketRow> TicketNotifier::check() {
    auto rows = m_tickets.nearingBreach(m_session);
    if (!rows)
        return {};
    QList<TicketRow> announced;
    QHash<qint64, SlaState> current;
    for (const TicketRow &row : rows.value()) {
        current.insert(row.id, row.sla.state);
        if (m_announced.value(row.id, SlaState::Ok) == row.sla.state)
            continue;
        announced << row;
        const QString title =
            row.sla.state == SlaState::Critical ? tr("Ticket about to breach its SLA") : tr("Ticket nearing its SLA");
        const QString message = describe(row);
        if (m_tray) {
            m_tray->show();
            m_tray->showMessage(
                title, message,
                row.sla.state == SlaState::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 15000);
        }
        Q_EMIT nearingBreach(row.id, title, message);
    }
    // Tickets that left the warning band (answered, resolved, reassigned) may be announced again later.
    m_announced = current;
    return announced;
}

} // namespace bcp::ui
