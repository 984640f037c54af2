#include "security/InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSocketNotifier>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/timerfd.h>
#include <unistd.h>
#endif

namespace advicehub::ui {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

// A timer cannot be armed for longer than an int of milliseconds; the check re-arms it.
constexpr qint64 kLongestWaitMs = 60 * 60 * 1000;

} // namespace

InactivityTimer::InactivityTimer(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
#ifdef Q_OS_LINUX
    m_bootTimer = ::timerfd_create(CLOCK_BOOTTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_bootTimer >= 0) {
        m_bootTimerNotifier = new QSocketNotifier(m_bootTimer, QSocketNotifier::Read, this);
        connect(m_bootTimerNotifier, &QSocketNotifier::activated, this, [this] {
            quint64 expirations = 0;
            while (::read(m_bootTimer, &expirations, sizeof expirations) > 0) { }
            check();
        });
    }
#endif
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityTimer::check);
}

InactivityTimer::~InactivityTimer()
{
    stop();
#ifdef Q_OS_LINUX
    if (m_bootTimer >= 0) {
        delete m_bootTimerNotifier;
        ::close(m_bootTimer);
    }
#endif
}

void InactivityTimer::start(qint64 limitMs)
{
    m_limitMs = std::max<qint64>(1, limitMs);
    m_lastActivityMs = m_clock.monotonicMs();
    if (!m_active && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_active = true;
    armTimer();
}

void InactivityTimer::stop()
{
    if (m_active && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_active = false;
    m_timer.stop();
#ifdef Q_OS_LINUX
    if (m_bootTimer >= 0) {
        const itimerspec disarmed {};
        ::timerfd_settime(m_bootTimer, 0, &disarmed, nullptr);
    }
#endif
}

void InactivityTimer::setLimit(qint64 limitMs)
{
    m_limitMs = std::max<qint64>(1, limitMs);
    if (m_active)
        armTimer();
}

qint64 InactivityTimer::idleMs() const
{
    return m_clock.monotonicMs() - m_lastActivityMs;
}

void InactivityTimer::check()
{
    m_checkQueued = false;
    if (!m_active)
        return;
    if (idleMs() < m_limitMs) {
        armTimer();
        return;
    }
    // Once per idle period: the next period starts with the next input (or start()).
    m_lastActivityMs = m_clock.monotonicMs();
    armTimer();
    Q_EMIT inactivityDetected();
}

void InactivityTimer::armTimer()
{
    const qint64 left = std::clamp<qint64>(m_limitMs - idleMs(), 0, kLongestWaitMs);
#ifdef Q_OS_LINUX
    if (m_bootTimer >= 0) {
        itimerspec due {};
        // A zero it_value would disarm the timer: "now" is one nanosecond.
        due.it_value.tv_sec = static_cast<time_t>(left / 1000);
        due.it_value.tv_nsec = static_cast<long>((left % 1000) * 1000000);
        if (left == 0)
            due.it_value.tv_nsec = 1;
        if (::timerfd_settime(m_bootTimer, 0, &due, nullptr) == 0)
            return;
    }
#endif
    m_timer.start(static_cast<int>(left));
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event)
{
    // Only notes the time: input is never consumed, and the timer is not touched on the hot path
    // (check() re-arms it for whatever time is left) — except when the limit has already passed
    // without the timer noticing (the computer slept): then the input that wakes the user's
    // session must not keep the vault open, nor act on it. It is swallowed and the check runs
    // from the event loop (a lock must never destroy the widget an event is being delivered to).
    if (isUserInput(event->type())) {
        if (m_active && idleMs() >= m_limitMs) {
            if (!m_checkQueued) {
                m_checkQueued = true;
                QMetaObject::invokeMethod(this, &InactivityTimer::check, Qt::QueuedConnection);
            }
            return true;
        }
        m_lastActivityMs = m_clock.monotonicMs();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace advicehub::ui
