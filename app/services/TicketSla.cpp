#include "services/TicketSla.h"

#include <QCoreApplication>

#include <algorithm>

namespace bcp {

namespace {

int rank(SlaState state) {
    return static_cast<int>(state);
}

SlaStatus pending(SlaTarget target, const QDateTime &start, const QDateTime &due, const QDateTime &now) {
    SlaStatus s;
    s.target = target;
    s.due = due;
    s.state = TicketSla::stateAt(start, due, now);
    s.secondsLeft = now.secsTo(due);
    return s;
}

} // namespace

SlaRule TicketSla::defaultRule(TicketPriority priority) {
    SlaRule r;
    r.priority = priority;
    switch (priority) {
    case TicketPriority::Low:
        r.firstResponseMinutes = 480;
        r.resolutionMinutes = 2880;
        r.escalateMinutes = 2400;
        break;
    case TicketPriority::Medium:
        r.firstResponseMinutes = 240;
        r.resolutionMinutes = 1440;
        r.escalateMinutes = 1200;
        break;
    case TicketPriority::High:
        r.firstResponseMinutes = 60;
        r.resolutionMinutes = 720;
        r.escalateMinutes = 600;
        break;
    case TicketPriority::Urgent:
        r.firstResponseMinutes = 15;
        r.resolutionMinutes = 240;
        r.escalateMinutes = 180;
        break;
    }
    return r;
}

TicketSla::DueTimes TicketSla::dueTimes(const SlaRule &rule, const QDateTime &start) {
    const QDateTime t = start.toUTC();
    return {t.addSecs(qint64(rule.firstResponseMinutes) * 60), t.addSecs(qint64(rule.resolutionMinutes) * 60),
            t.addSecs(qint64(rule.escalateMinutes) * 60)};
}

SlaState TicketSla::stateAt(const QDateTime &start, const QDateTime &due, const QDateTime &now) {
    const qint64 left = now.msecsTo(due);
    if (left <= 0)
        return SlaState::Breached;
    const qint64 window = start.msecsTo(due);
    // Integer percentages: exactly 25 % left is already a warning, exactly 10 % already critical.
    if (left * 100 <= window * kCriticalPercent)
        return SlaState::Critical;
    if (left * 100 <= window * kWarningPercent)
        return SlaState::Warning;
    return SlaState::Ok;
}

SlaStatus TicketSla::evaluate(const SlaTimes &times, const QDateTime &now) {
    if (!isOpenStatus(times.status)) {
        const QDateTime resolved = times.resolvedAt.isValid() ? times.resolvedAt : now;
        const QDateTime responded = times.firstResponseAt.isValid() ? times.firstResponseAt : resolved;
        SlaStatus s;
        s.stopped = true;
        if (resolved > times.resolutionDue) {
            s.state = SlaState::Breached;
            s.target = SlaTarget::Resolution;
            s.due = times.resolutionDue;
            s.secondsLeft = resolved.secsTo(times.resolutionDue);
        } else if (responded > times.firstResponseDue) {
            s.state = SlaState::Breached;
            s.target = SlaTarget::FirstResponse;
            s.due = times.firstResponseDue;
            s.secondsLeft = responded.secsTo(times.firstResponseDue);
        } else {
            s.state = SlaState::Ok;
            s.target = SlaTarget::Resolution;
            s.due = times.resolutionDue;
            s.secondsLeft = resolved.secsTo(times.resolutionDue);
        }
        return s;
    }

    SlaStatus worst = pending(SlaTarget::Resolution, times.createdAt, times.resolutionDue, now);
    if (!times.firstResponseAt.isValid()) {
        const SlaStatus response = pending(SlaTarget::FirstResponse, times.createdAt, times.firstResponseDue, now);
        if (rank(response.state) > rank(worst.state) ||
            (response.state == worst.state && response.secondsLeft <= worst.secondsLeft))
            worst = response;
    }
    return worst;
}

QString TicketSla::durationText(qint64 seconds) {
    const qint64 s = std::max<qint64>(0, seconds < 0 ? -seconds : seconds);
    const qint64 minutes = (s + 59) / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Tickets", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("Tickets", "%1 h %2 min")
            .arg(hours)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Tickets", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString TicketSla::badgeText(const SlaStatus &status) {
    if (status.stopped)
        return status.state == SlaState::Breached ? QCoreApplication::translate("Tickets", "missed")
                                                  : QCoreApplication::translate("Tickets", "met");
    if (status.secondsLeft <= 0)
        return QCoreApplication::translate("Tickets", "overdue %1").arg(durationText(status.secondsLeft));
    return QCoreApplication::translate("Tickets", "%1 left").arg(durationText(status.secondsLeft));
}

} // namespace bcp
