#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace advicehub::ui {

// Notices when the user has left: an event filter on the whole application (KeePassXC's
// approach) records every key, mouse, wheel, touch and tablet event, and a timer compares the
// time since the last one with the limit. Time comes from a Clock, so tests move a ManualClock
// and call check() instead of sleeping.
//
// Suspended time counts: the clock's idle time includes it (CLOCK_BOOTTIME), the wake-up is a
// timerfd on CLOCK_BOOTTIME (which fires as the computer resumes if the limit passed during the
// sleep; a QTimer counts CLOCK_MONOTONIC, which stops during a suspend), and the first input
// after the limit has passed unseen locks instead of counting as activity (it is not delivered).
class InactivityTimer : public QObject {
    Q_OBJECT
public:
    explicit InactivityTimer(const Clock& clock, QObject* parent = nullptr);
    ~InactivityTimer() override;

    // Starts watching (the filter is on the application only while active), counting from now.
    void start(qint64 limitMs);
    void stop();
    bool isActive() const { return m_active; }
    // Takes effect at once: a shorter limit that has already passed fires at the next check().
    void setLimit(qint64 limitMs);
    qint64 limitMs() const { return m_limitMs; }
    qint64 idleMs() const;
    // The wake-up counts suspended time (a CLOCK_BOOTTIME timerfd), not only a QTimer's.
    bool wakesAfterSuspend() const { return m_bootTimer >= 0; }

    // Emits inactivityDetected() (once per idle period) when the idle time has reached the limit;
    // otherwise arms the timer for the time that is left. The timer calls it; tests call it
    // after moving their clock.
    void check();

Q_SIGNALS:
    void inactivityDetected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void armTimer();

    const Clock& m_clock;
    QTimer m_timer; // where no CLOCK_BOOTTIME timerfd is available
    int m_bootTimer = -1;
    QSocketNotifier* m_bootTimerNotifier = nullptr;
    qint64 m_limitMs = 0;
    qint64 m_lastActivityMs = 0;
    bool m_active = false;
    bool m_checkQueued = false;
};

} // namespace advicehub::ui
