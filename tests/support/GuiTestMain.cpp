// Entry point of the GUI test binaries: a QApplication on the offscreen platform (unless the
// caller chose another, e.g. xcb under xvfb-run), settings in Qt's test locations, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "platform/ProcessHardening.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    advicehub::platform::hardenProcess();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    // Settings, caches and data of the tests go to ~/.qttest, never to the user's real ones.
    QStandardPaths::setTestModeEnabled(true);
    // Settings in a folder of this process's own: ctest runs test processes side by side, and
    // each test starts by clearing the settings it uses.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AdviceHubTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AdviceHubTests"));
    return Catch::Session().run(argc, argv);
}
