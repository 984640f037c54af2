// advicehub: the desktop application. Wires the core and the UI; holds no logic of its own.
#include "common/Clock.h"
#include "platform/ProcessHardening.h"
#include "settings/AppSettings.h"
#include "shell/ApplicationIdentity.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace {

// Without a display Qt would abort with a long message about platform plugins; say it in one
// line and how to get a display.
bool haveDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true;
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty();
}

void installTranslations(QApplication& application, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&application);
    // English (the source language) still needs its catalogue for plural forms; it is also the
    // fallback for a language Advice Hub does not have.
    if (translator->load(locale, QStringLiteral("advicehub"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("advicehub_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char** argv)
{
    advicehub::platform::hardenProcess();
    if (!haveDisplay()) {
        std::fprintf(stderr,
            "advicehub: no display found (DISPLAY is not set). Run it on a desktop, or "
            "without one through a virtual display: xvfb-run -a advicehub\n");
        return EXIT_FAILURE;
    }

    QApplication application(argc, argv);
    advicehub::ui::setApplicationIdentity();

    advicehub::ui::AppSettings settings;
    installTranslations(application, settings.language());

    advicehub::SystemClock clock;
    advicehub::ui::MainWindow window(settings, clock);
    window.show();
    return application.exec();
}
