#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QTimer>

namespace advicehub::ui {

// Notices when the user has left: an event filter on the whole application (KeePassXC's
// approach) records every key, mouse, wheel, touch and tablet event, and a timer compares the
// time since the last one with the limit. Time comes from a Clock, so tests move a ManualClock
// and call check() instead of sleeping.
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
    QTimer m_timer;
    qint64 m_limitMs = 0;
    qint64 m_lastActivityMs = 0;
    bool m_active = false;
};

} // namespace advicehub::ui
