#pragma once

#include <QDateTime>

namespace advicehub {

// Time comes through this interface so that rules that depend on it (due dates, overdue,
// auto-lock) are tested with a fake clock instead of sleeps (tests/support/ManualClock.h).
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

} // namespace advicehub
