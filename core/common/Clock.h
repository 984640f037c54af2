#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace advicehub {

// Time comes through this interface so that rules that depend on it (due dates, overdue,
// auto-lock) are tested with a fake clock instead of sleeps.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds for measuring idle time: never goes back with changes of the wall clock, and
    // keeps counting while the computer is suspended, so that a laptop that slept for a night
    // is idle for a night (the system clock reads CLOCK_BOOTTIME, not CLOCK_MONOTONIC).
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
};

// A clock that only moves when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)) : m_now(std::move(start))
    { }
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }
    // Time passing: the wall clock and the idle clock move together (also across a suspend, which
    // is what CLOCK_BOOTTIME gives the system clock).
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += ms;
    }
    void setNowUtc(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};

} // namespace advicehub
