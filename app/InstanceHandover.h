#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace advicehub::app {

// One Advice Hub window per desktop session, so that double-clicking a vault while Advice Hub
// runs opens it there (in the unlock screen) instead of in a second window that could not open a
// vault the first one holds.
//
// The first instance owns the D-Bus name ApplicationId on the session bus and serves the
// freedesktop.org interface org.freedesktop.Application (Activate, Open) on ObjectPath; a later
// instance hands its vault path to it with Open and exits. No file is written for this (no
// socket or lock file). Without a session bus, or in a build without Qt D-Bus, every instance
// opens its own window, as a program without the hand-over would.
class InstanceHandover : public QObject {
    Q_OBJECT
public:
    // The D-Bus name is the application's id (ui::ApplicationId); the object path follows from it.
    static const char* const ObjectPath;

    enum class Role {
        First, // this process owns the name and serves Open: it shows the window
        HandedOver, // another instance took the path (or was brought forward): exit
        Alone, // no session bus, or a first instance that does not answer: own window
    };

    // On the session bus.
    explicit InstanceHandover(QObject* parent = nullptr);
    // On the bus at `busAddress` (tests: a private dbus-daemon).
    InstanceHandover(const QString& busAddress, QObject* parent);
    ~InstanceHandover() override;

    // Becomes the first instance, or hands `vaultPath` (made absolute here; empty: only bring
    // the window forward) to the one that is. If the first instance does not answer (it is
    // quitting, or hung), this one takes over the name when it can and otherwise just opens
    // its own window.
    Role start(const QString& vaultPath);

Q_SIGNALS:
    // Another instance (or the desktop, through D-Bus) asks to open `vaultPath` (absolute), or,
    // if it is empty, only to bring the window forward. Emitted after the D-Bus call has been
    // answered, so the receiver may ask the user.
    void openRequested(const QString& vaultPath);

private:
    bool registerName();
    bool handOver(const QString& absolutePath);

    QString m_connectionName;
    QObject* m_service = nullptr;
};

} // namespace advicehub::app
