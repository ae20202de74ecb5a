#include "services/TicketTypes.h"

#include <QCoreApplication>

namespace bcp {

namespace {

struct StatusName {
    TicketStatus status;
    const char *code;
    const char *label;
};

const StatusName kStatuses[] = {
    {TicketStatus::Open, "OPEN", QT_TRANSLATE_NOOP("Tickets", "Open")},
    {TicketStatus::InProgress, "IN_PROGRESS", QT_TRANSLATE_NOOP("Tickets", "In progress")},
    {TicketStatus::AwaitingCustomer, "AWAITING_CUSTOMER", QT_TRANSLATE_NOOP("Tickets", "Awaiting customer")},
    {TicketStatus::Escalated, "ESCALATED", QT_TRANSLATE_NOOP("Tickets", "Escalated")},
    {TicketStatus::Resolved, "RESOLVED", QT_TRANSLATE_NOOP("Tickets", "Resolved")},
    {TicketStatus::Closed, "CLOSED", QT_TRANSLATE_NOOP("Tickets", "Closed")},
};

struct PriorityName {
    TicketPriority priority;
    const char *code;
    const char *label;
};

const PriorityName kPriorities[] = {
    {TicketPriority::Low, "LOW", QT_TRANSLATE_NOOP("Tickets", "Low")},
    {TicketPriority::Medium, "MEDIUM", QT_TRANSLATE_NOOP("Tickets", "Medium")},
    {TicketPriority::High, "HIGH", QT_TRANSLATE_NOOP("Tickets", "High")},
    {TicketPriority::Urgent, "URGENT", QT_TRANSLATE_NOOP("Tickets", "Urgent")},
};

} // namespace

QString ticketStatusCode(TicketStatus status) {
    for (const StatusName &s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.code);
    }
    return {};
}

std::optional<TicketStatus> parseTicketStatus(const QString &code) {
    for (const StatusName &s : kStatuses) {
        if (code.compare(QLatin1String(s.code), Qt::CaseInsensitive) == 0)
            return s.status;
    }
    return std::nullopt;
}

QString ticketStatusLabel(TicketStatus status) {
    for (const StatusName &s : kStatuses) {
        if (s.status == status)
            return QCoreApplication::translate("Tickets", s.label);
    }
    return {};
}

QList<TicketStatus> allTicketStatuses() {
    QList<TicketStatus> out;
    for (const StatusName &s : kStatuses)
        out << s.status;
    return out;
}

bool isOpenStatus(TicketStatus status) {
    return status != TicketStatus::Resolved && status != TicketStatus::Closed;
}

QList<TicketStatus> openTicketStatuses() {
    return {TicketStatus::Open, TicketStatus::InProgress, TicketStatus::AwaitingCustomer, TicketStatus::Escalated};
}

QString ticketPriorityCode(TicketPriority priority) {
    for (const PriorityName &p : kPriorities) {
        if (p.priority == priority)
            return QString::fromLatin1(p.code);
    }
    return {};
}

std::optional<TicketPriority> parseTicketPriority(const QString &code) {
    for (const PriorityName &p : kPriorities) {
        if (code.compare(QLatin1String(p.code), Qt::CaseInsensitive) == 0)
            return p.priority;
    }
    return std::nullopt;
}

QString ticketPriorityLabel(TicketPriority priority) {
    for (const PriorityName &p : kPriorities) {
        if (p.priority == priority)
            return QCoreApplication::translate("Tickets", p.label);
    }
    return {};
}

QList<TicketPriority> allTicketPriorities() {
    return {TicketPriority::Low, TicketPriority::Medium, TicketPriority::High, TicketPriority::Urgent};
}

QString ticketMessageKindCode(TicketMessageKind kind) {
    switch (kind) {
    case TicketMessageKind::Reply:
        return QStringLiteral("reply");
    case TicketMessageKind::Requester:
        return QStringLiteral("requester");
    case TicketMessageKind::Resolution:
        return QStringLiteral("resolution");
    case TicketMessageKind::Note:
        return QStringLiteral("note");
    }
    return {};
}

std::optional<TicketMessageKind> parseTicketMessageKind(const QString &code) {
    for (TicketMessageKind k : {TicketMessageKind::Reply, TicketMessageKind::Requester, TicketMessageKind::Resolution,
                                TicketMessageKind::Note}) {
        if (ticketMessageKindCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString slaStateCode(SlaState state) {
    switch (state) {
    case SlaState::Ok:
        return QStringLiteral("ok");
    case SlaState::Warning:
        return QStringLiteral("warning");
    case SlaState::Critical:
        return QStringLiteral("critical");
    case SlaState::Breached:
        return QStringLiteral("breached");
    }
    return {};
}

QString slaStateLabel(SlaState state) {
    switch (state) {
    case SlaState::Ok:
        return QCoreApplication::translate("Tickets", "On track");
    case SlaState::Warning:
        return QCoreApplication::translate("Tickets", "Warning");
    case SlaState::Critical:
        return QCoreApplication::translate("Tickets", "Critical");
    case SlaState::Breached:
        return QCoreApplication::translate("Tickets", "Breached");
    }
    return {};
}

} // namespace bcp
