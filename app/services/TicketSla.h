#pragma once
// SLA arithmetic for tickets (PLATFORM.md "Support tickets"): the default rules, due times from a rule, and
// the state of a ticket at a given moment. Pure functions: the service stores due times when a ticket is
// created or its priority changes, and computes the state from them whenever it reads a ticket.

#include "services/TicketTypes.h"

namespace bcp {

class TicketSla {
public:
    // Share of a target's window still left at which the state turns warning / critical.
    static constexpr int kWarningPercent = 25;
    static constexpr int kCriticalPercent = 10;

    // PLATFORM.md: first response 480/240/60/15, resolution 2880/1440/720/240, escalate after
    // 2400/1200/600/180 minutes for LOW/MEDIUM/HIGH/URGENT.
    static SlaRule defaultRule(TicketPriority priority);

    struct DueTimes {
        QDateTime firstResponse;
        QDateTime resolution;
        QDateTime escalate;
    };
    // Due times counted from `start` (the ticket's creation).
    static DueTimes dueTimes(const SlaRule &rule, const QDateTime &start);

    // The state of one target whose window runs from `start` to `due`, at `now`: breached once `now` reaches
    // `due`, critical with at most 10 % of the window left, warning with at most 25 % left.
    static SlaState stateAt(const QDateTime &start, const QDateTime &due, const QDateTime &now);

    // The ticket's state at `now`: the worse of its pending targets (first response until support has
    // answered, resolution until resolved). Resolved and closed tickets are stopped: breached when a target
    // was met late, else ok.
    static SlaStatus evaluate(const SlaTimes &times, const QDateTime &now);

    // "2 h 05 min", "3 d 4 h", "12 min": a short duration for badges.
    static QString durationText(qint64 seconds);
    // "4 h 10 min left", "overdue 25 min", "met", "missed": what a badge says next to the state.
    static QString badgeText(const SlaStatus &status);
};

} // namespace bcp
