#pragma once
// The time services see. Production uses the system clock; tests inject a clock they move by hand, so
// lockouts, SLAs, validity and subscription periods are tested at exact moments.

#include <QDateTime>
#include <QTimeZone>

namespace bcp {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }
    static const Clock &system();
};

class ManualClock : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

// ISO-8601 UTC with milliseconds: how every timestamp is stored, identical on both engines.
inline QString isoUtc(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}
inline QDateTime fromIsoUtc(const QString &s) {
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace bcp
