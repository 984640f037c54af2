#pragma once

#include <QObject>
#include <QString>

namespace advicehub::ui {

// Asks for a lock when the desktop session's screen locks or the system is about to sleep,
// where the desktop says so over D-Bus: logind's PrepareForSleep(true) on the system bus, and
// ActiveChanged(true) of org.freedesktop.ScreenSaver (KDE, Xfce, ...) or org.gnome.ScreenSaver
// on the session bus. Without a bus, or in a build without Qt D-Bus, it does nothing.
class ScreenLockWatcher : public QObject {
    Q_OBJECT
public:
    // Watches the desktop's session bus and the system bus.
    explicit ScreenLockWatcher(QObject* parent = nullptr);
    // Watches the bus at `address` for all three signals (tests: a private dbus-daemon).
    ScreenLockWatcher(const QString& busAddress, QObject* parent);
    ~ScreenLockWatcher() override;

    // How many buses it listens on (0: it will never ask for a lock).
    int watchedBuses() const { return m_watchedBuses; }

Q_SIGNALS:
    // The system is about to suspend or hibernate: emitted just before lockRequested().
    void aboutToSleep();
    void lockRequested();

private Q_SLOTS:
    void prepareForSleep(bool starting);
    void screenSaverActiveChanged(bool active);

private:
    void watchSessionBus(const QString& connectionName);
    void watchSystemBus(const QString& connectionName);

    QString m_privateConnection;
    int m_watchedBuses = 0;
};

} // namespace advicehub::ui
