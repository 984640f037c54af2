#include "common/Clock.h"

#include <QElapsedTimer>

#include <time.h>

namespace advicehub {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
#ifdef CLOCK_BOOTTIME
    // CLOCK_MONOTONIC (what QElapsedTimer reads) stops while the computer is suspended: a vault
    // left open before a night's sleep would count only the minutes before and after it.
    timespec now {};
    if (::clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return qint64 { now.tv_sec } * 1000 + now.tv_nsec / 1000000;
#endif
    static const QElapsedTimer start = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return start.elapsed();
}

} // namespace advicehub
