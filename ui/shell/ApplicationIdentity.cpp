#include "shell/ApplicationIdentity.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace advicehub::ui {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AdviceHub"));
    QCoreApplication::setApplicationName(QStringLiteral("AdviceHub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADVICEHUB_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Advice Hub"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(ApplicationId));
}

} // namespace advicehub::ui
