// Entry point of the security tests. Unlike the other GUI test binaries, it does NOT turn on
// QStandardPaths' test mode and does NOT redirect QSettings: these tests want the paths the real
// application uses. Instead, HOME, the XDG directories and TMPDIR point into a private
// directory (PrivateHome) before QApplication is created, and the application's names are the
// real ones (app/main.cpp), so settings, caches and Qt's own files land where they would on a
// user's machine -- inside the fake home, where the tests can read every byte of them.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "PrivateHome.h"
#include "platform/ProcessHardening.h"
#include "shell/ApplicationIdentity.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    advicehub::platform::hardenProcess();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    advicehub::test::PrivateHome::setUp();
    QStandardPaths::setTestModeEnabled(false);
    int result = 0;
    {
        QApplication application(argc, argv);
        advicehub::ui::setApplicationIdentity();
        result = Catch::Session().run(argc, argv);
    }
    advicehub::test::PrivateHome::tearDown();
    return result;
}
