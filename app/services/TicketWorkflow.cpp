#include "services/TicketWorkflow.h"

#include <QCoreApplication>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("TicketWorkflow", text);
}

} // namespace

QList<TicketStatus> TicketWorkflow::allowedNext(TicketStatus from) {
    switch (from) {
    case TicketStatus::Open:
        return {TicketStatus::InProgress, TicketStatus::Escalated, TicketStatus::Resolved};
    case TicketStatus::InProgress:
        return {TicketStatus::AwaitingCustomer, TicketStatus::Escalated, TicketStatus::Resolved};
    case TicketStatus::AwaitingCustomer:
        return {TicketStatus::InProgress, TicketStatus::Escalated, TicketStatus::Resolved};
    case TicketStatus::Escalated:
        return {TicketStatus::InProgress, TicketStatus::Resolved};
    case TicketStatus::Resolved:
        return {TicketStatus::InProgress, TicketStatus::Closed};
    case TicketStatus::Closed:
        return {};
    }
    return {};
}

bool TicketWorkflow::canMove(TicketStatus from, TicketStatus to) {
    return allowedNext(from).contains(to);
}

QString TicketWorkflow::describe(const QList<TicketStatus> &statuses) {
    QStringList labels;
    for (TicketStatus s : statuses)
        labels << ticketStatusLabel(s);
    if (labels.size() <= 1)
        return labels.join(QString());
    const QString last = labels.takeLast();
    return tr("%1 or %2").arg(labels.join(QStringLiteral(", ")), last);
}

Result<void> TicketWorkflow::check(TicketStatus from, TicketStatus to, const QString &resolutionNote) {
    if (from == TicketStatus::Closed)
        return Error::conflict(tr("This ticket is closed: a closed ticket is final and cannot be changed."));
    if (!canMove(from, to)) {
        return Error::conflict(
            tr("A ticket that is %1 cannot move to %2; it can move only to %3.")
                .arg(ticketStatusLabel(from).toLower(), ticketStatusLabel(to).toLower(), describe(allowedNext(from))));
    }
    if (to == TicketStatus::Resolved && resolutionNote.trimmed().size() < kMinResolutionNote)
        return Error::invalid(
            QStringLiteral("note"),
            tr("write a resolution note of at least %1 characters saying how it was resolved").arg(kMinResolutionNote));
    return {};
}

} // namespace bcp
