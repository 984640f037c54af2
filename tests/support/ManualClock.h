#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace advicehub {

// A clock that only moves when told to: rules that depend on time (due dates, overdue,
// auto-lock) are tested with it instead of sleeps. Test support only; the programs use
// SystemClock.
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
