#include "InstanceHandover.h"

#include "shell/ApplicationIdentity.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QUrl>

#ifdef ADVICEHUB_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#endif

namespace advicehub::app {

const char* const InstanceHandover::ObjectPath = "/international/cti/AdviceHub";

#ifdef ADVICEHUB_HAVE_DBUS

namespace {

const char kApplicationInterface[] = "org.freedesktop.Application";
// A first instance that does not answer within this time is taken for hung or quitting.
constexpr int kCallTimeoutMs = 10000;

// org.freedesktop.Application as the Desktop Entry Specification defines it. Each method only
// queues the request and returns, so the caller's reply never waits for the user.
class ApplicationService : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")
public:
    explicit ApplicationService(InstanceHandover* handover) : QObject(handover), m_handover(handover) { }

public Q_SLOTS:
    void Activate(const QVariantMap& /*platformData*/) { request(QString()); }

    // Advice Hub holds one vault at a time: the first local file is opened, URIs of other
    // schemes are ignored (the window still comes forward).
    void Open(const QStringList& uris, const QVariantMap& /*platformData*/)
    {
        for (const QString& uri : uris) {
            const QUrl url(uri);
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isAbsolute()) {
                request(url.toLocalFile());
                return;
            }
        }
        request(QString());
    }

    // Advice Hub declares no desktop actions; asked for one, it comes forward.
    void ActivateAction(const QString& /*name*/, const QVariantList& /*parameter*/, const QVariantMap& /*platformData*/)
    {
        request(QString());
    }

private:
    void request(const QString& path)
    {
        QMetaObject::invokeMethod(
            m_handover,
            [handover = m_handover, path] {
                if (handover)
                    Q_EMIT handover->openRequested(path);
            },
            Qt::QueuedConnection);
    }

    QPointer<InstanceHandover> m_handover;
};

} // namespace

InstanceHandover::InstanceHandover(QObject* parent)
    : QObject(parent), m_connectionName(QDBusConnection::sessionBus().name())
{ }

InstanceHandover::InstanceHandover(const QString& busAddress, QObject* parent)
    : QObject(parent), m_connectionName(QStringLiteral("advicehub-instance-%1").arg(reinterpret_cast<quintptr>(this)))
{
    QDBusConnection::connectToBus(busAddress, m_connectionName);
}

InstanceHandover::~InstanceHandover()
{
    QDBusConnection bus(m_connectionName);
    if (m_service && bus.isConnected()) {
        bus.unregisterObject(QString::fromLatin1(ObjectPath));
        bus.unregisterService(QString::fromLatin1(ui::ApplicationId));
    }
    if (m_connectionName != QDBusConnection::sessionBus().name())
        QDBusConnection::disconnectFromBus(m_connectionName);
}

InstanceHandover::Role InstanceHandover::start(const QString& vaultPath)
{
    QDBusConnection bus(m_connectionName);
    if (!bus.isConnected())
        return Role::Alone;
    // The first instance has another working directory: a relative path is resolved here.
    const QString absolute = vaultPath.isEmpty() ? QString() : QFileInfo(vaultPath).absoluteFilePath();
    // Twice: a first instance that quits between our attempt to take the name and our call
    // leaves the name free for the second attempt.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (registerName())
            return Role::First;
        if (handOver(absolute))
            return Role::HandedOver;
    }
    return Role::Alone;
}

bool InstanceHandover::registerName()
{
    QDBusConnection bus(m_connectionName);
    if (!m_service) {
        m_service = new ApplicationService(this);
        if (!bus.registerObject(QString::fromLatin1(ObjectPath), m_service, QDBusConnection::ExportAllSlots)) {
            delete m_service;
            m_service = nullptr;
            return false;
        }
    }
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply
        = bus.interface()->registerService(QString::fromLatin1(ui::ApplicationId),
            QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered)
        return true;
    bus.unregisterObject(QString::fromLatin1(ObjectPath));
    delete m_service;
    m_service = nullptr;
    return false;
}

bool InstanceHandover::handOver(const QString& absolutePath)
{
    QDBusConnection bus(m_connectionName);
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(ui::ApplicationId),
        QString::fromLatin1(ObjectPath), QString::fromLatin1(kApplicationInterface),
        absolutePath.isEmpty() ? QStringLiteral("Activate") : QStringLiteral("Open"));
    if (!absolutePath.isEmpty())
        call << QStringList { QUrl::fromLocalFile(absolutePath).toString(QUrl::FullyEncoded) };
    call << QVariantMap();
    const QDBusMessage reply = bus.call(call, QDBus::Block, kCallTimeoutMs);
    return reply.type() == QDBusMessage::ReplyMessage;
}

#else // no Qt D-Bus: every instance shows its own window

InstanceHandover::InstanceHandover(QObject* parent) : QObject(parent)
{ }
InstanceHandover::InstanceHandover(const QString&, QObject* parent) : QObject(parent)
{ }
InstanceHandover::~InstanceHandover() = default;
InstanceHandover::Role InstanceHandover::start(const QString&)
{
    return Role::Alone;
}
bool InstanceHandover::registerName()
{
    return false;
}
bool InstanceHandover::handOver(const QString&)
{
    return false;
}

#endif

} // namespace advicehub::app

#ifdef ADVICEHUB_HAVE_DBUS
#include "InstanceHandover.moc"
#endif
