// Entry point of the GUI test binaries: a QApplication on the offscreen platform (unless the
// caller chose another, e.g. xcb under xvfb-run), settings in Qt's test locations, then Catch2.
#include "CatchRunner.h"

#include "platform/ProcessHardening.h"

#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// "Another program" for the X11 clipboard tests (ClipboardUiTest.cpp): owns the clipboard and
// the primary selection with `text` until it is terminated.
int ownClipboard(int argc, char** argv)
{
    QGuiApplication application(argc, argv);
    const QString text = QString::fromLocal8Bit(argv[2]);
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
    QGuiApplication::clipboard()->setText(text, QClipboard::Selection);
    std::fputs("owning\n", stdout);
    std::fflush(stdout);
    return application.exec();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--own-clipboard") == 0)
        return ownClipboard(argc, argv);
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
    return advicehub::test::runCatch(argc, argv);
}
