#pragma once
// The ticket status machine of PLATFORM.md, in one table:
//   OPEN → IN_PROGRESS → AWAITING_CUSTOMER ⇄ IN_PROGRESS;
//   any open status → ESCALATED (by hand or by the SLA) → IN_PROGRESS;
//   open statuses → RESOLVED (with a resolution note of at least 10 characters);
//   RESOLVED → IN_PROGRESS (the customer replied); RESOLVED → CLOSED; CLOSED is final and read-only.

#include "Result.h"
#include "services/TicketTypes.h"

namespace bcp {

class TicketWorkflow {
public:
    static constexpr int kMinResolutionNote = 10;

    // The statuses `from` may move to, in the order screens offer them.
    static QList<TicketStatus> allowedNext(TicketStatus from);
    static bool canMove(TicketStatus from, TicketStatus to);

    // Ok, or a Conflict saying which moves are allowed ("An open ticket can move only to In progress,
    // Escalated or Resolved.") or that a closed ticket is final; an Invalid "note" error when a resolution
    // note is shorter than 10 characters.
    static Result<void> check(TicketStatus from, TicketStatus to, const QString &resolutionNote = {});

    // "In progress, Escalated or Resolved".
    static QString describe(const QList<TicketStatus> &statuses);
};

} // namespace bcp
