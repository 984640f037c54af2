#include "security/InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

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
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityTimer::check);
}

InactivityTimer::~InactivityTimer()
{
    stop();
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
    m_timer.start(static_cast<int>(left));
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event)
{
    // Only notes the time: input is never consumed, and the timer is not touched on the hot path
    // (check() re-arms it for whatever time is left).
    if (isUserInput(event->type()))
        m_lastActivityMs = m_clock.monotonicMs();
    return QObject::eventFilter(watched, event);
}

} // namespace advicehub::ui
