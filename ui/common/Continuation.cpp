#include "common/Continuation.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace advicehub::ui {

namespace {
quint64 g_epoch = 0;
int g_closingForLock = 0;
} // namespace

quint64 Continuation::epoch()
{
    return g_epoch;
}

void Continuation::post(QObject* context, quint64 armedAt, std::function<void()> work)
{
    if (!context)
        context = QCoreApplication::instance();
    // Queued to `context`: Qt drops the call if the context is destroyed before it runs.
    QMetaObject::invokeMethod(
        context,
        [armedAt, work = std::move(work)] {
            if (armedAt == g_epoch)
                work();
        },
        Qt::QueuedConnection);
}

Continuation::LockScope::LockScope()
{
    ++g_epoch;
    ++g_closingForLock;
}

Continuation::LockScope::~LockScope()
{
    --g_closingForLock;
}

bool Continuation::closingForLock()
{
    return g_closingForLock > 0;
}

} // namespace advicehub::ui
