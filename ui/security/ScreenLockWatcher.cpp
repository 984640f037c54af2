#include "security/ScreenLockWatcher.h"

#ifdef ADVICEHUB_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace advicehub::ui {

#ifdef ADVICEHUB_HAVE_DBUS

namespace {

QDBusConnection connectionNamed(const QString& name)
{
    if (name == QLatin1String("session"))
        return QDBusConnection::sessionBus();
    if (name == QLatin1String("system"))
        return QDBusConnection::systemBus();
    return QDBusConnection(name);
}

} // namespace

ScreenLockWatcher::ScreenLockWatcher(QObject* parent) : QObject(parent)
{
    watchSessionBus(QStringLiteral("session"));
    watchSystemBus(QStringLiteral("system"));
}

ScreenLockWatcher::ScreenLockWatcher(const QString& busAddress, QObject* parent)
    : QObject(parent),
      m_privateConnection(QStringLiteral("advicehub-screenlock-%1").arg(reinterpret_cast<quintptr>(this)))
{
    QDBusConnection::connectToBus(busAddress, m_privateConnection);
    watchSessionBus(m_privateConnection);
    watchSystemBus(m_privateConnection);
}

ScreenLockWatcher::~ScreenLockWatcher()
{
    if (!m_privateConnection.isEmpty())
        QDBusConnection::disconnectFromBus(m_privateConnection);
}

void ScreenLockWatcher::watchSessionBus(const QString& connectionName)
{
    QDBusConnection bus = connectionNamed(connectionName);
    if (!bus.isConnected())
        return;
    // An empty path matches any: KDE announces on /ScreenSaver and /org/freedesktop/ScreenSaver.
    const bool freedesktop = bus.connect(QStringLiteral("org.freedesktop.ScreenSaver"), QString(),
        QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
        SLOT(screenSaverActiveChanged(bool)));
    const bool gnome
        = bus.connect(QStringLiteral("org.gnome.ScreenSaver"), QString(), QStringLiteral("org.gnome.ScreenSaver"),
            QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActiveChanged(bool)));
    if (freedesktop || gnome)
        ++m_watchedBuses;
}

void ScreenLockWatcher::watchSystemBus(const QString& connectionName)
{
    QDBusConnection bus = connectionNamed(connectionName);
    if (!bus.isConnected())
        return;
    if (bus.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
            SLOT(prepareForSleep(bool))))
        ++m_watchedBuses;
}

#else

ScreenLockWatcher::ScreenLockWatcher(QObject* parent) : QObject(parent)
{ }
ScreenLockWatcher::ScreenLockWatcher(const QString&, QObject* parent) : QObject(parent)
{ }
ScreenLockWatcher::~ScreenLockWatcher() = default;
void ScreenLockWatcher::watchSessionBus(const QString&)
{ }
void ScreenLockWatcher::watchSystemBus(const QString&)
{ }

#endif

void ScreenLockWatcher::prepareForSleep(bool starting)
{
    // true: about to suspend or hibernate; false: resumed.
    if (starting) {
        Q_EMIT aboutToSleep();
        Q_EMIT lockRequested();
    }
}

void ScreenLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT lockRequested();
}

} // namespace advicehub::ui
