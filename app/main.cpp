// advicehub: the desktop application. Wires the core and the UI; holds no logic of its own.
#include "InstanceHandover.h"
#include "common/Clock.h"
#include "platform/LibraryVersions.h"
#include "platform/ProcessHardening.h"
#include "reference/ReferenceLookup.h"
#include "settings/AppSettings.h"
#include "shell/ApplicationIdentity.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

constexpr int kUsageError = 2; // as advicehub-cli

void describeCommandLine(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Advice Hub: confidential case management for the Secretariat of the Convention against Torture "
        "Initiative, kept in one encrypted vault file."));
    parser.addPositionalArgument(QStringLiteral("vault"),
        QCoreApplication::translate("main",
            "A vault file (.ahv) to open in the unlock screen. If Advice Hub is already running in this desktop "
            "session, the vault opens in its window."),
        QStringLiteral("[vault]"));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption({ QStringLiteral("v"), QStringLiteral("version") },
        QCoreApplication::translate(
            "main", "Displays the version of Advice Hub and of SQLCipher, libsodium and Qt, and exits.")));
}

// --help and --version are answered without a display (help2man reads them while the package
// is built, on a machine without one). --help-all lists Qt's own options too (-platform, …),
// which only the QApplication knows.
bool asksForInformation(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* argument = argv[i];
        if (std::strcmp(argument, "--") == 0)
            return false;
        for (const char* option : { "-h", "--help", "-?", "-v", "--version" }) {
            if (std::strcmp(argument, option) == 0)
                return true;
        }
    }
    return false;
}

int answerInformation(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    describeCommandLine(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "advicehub: %s\n", qPrintable(parser.errorText()));
        return kUsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fputs(qPrintable(advicehub::versionText(QStringLiteral("advicehub"))), stdout);
        return EXIT_SUCCESS;
    }
    std::fputs(qPrintable(parser.helpText()), stdout);
    return EXIT_SUCCESS;
}

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
    const bool translated
        = translator->load(locale, QStringLiteral("advicehub"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (translated || translator->load(QStringLiteral("advicehub_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    // Reference data (States, themes, channels...) in the interface's language, before any vault
    // is opened; English when Advice Hub has no catalogue for the language.
    advicehub::reference::ReferenceLookup::setDisplayLanguage(
        translated ? QLocale::languageToCode(locale.language()) : QStringLiteral("en"));
}

} // namespace

int main(int argc, char** argv)
{
    advicehub::platform::hardenProcess();
    if (asksForInformation(argc, argv))
        return answerInformation(argc, argv);
    if (!haveDisplay()) {
        std::fprintf(stderr,
            "advicehub: no display found (DISPLAY is not set). Run it on a desktop, or "
            "without one through a virtual display: xvfb-run -a advicehub\n");
        return EXIT_FAILURE;
    }

    QApplication application(argc, argv);
    advicehub::ui::setApplicationIdentity();

    QCommandLineParser parser;
    describeCommandLine(parser);
    if (!parser.parse(QCoreApplication::arguments()) || parser.positionalArguments().size() > 1) {
        const QString error = parser.errorText().isEmpty()
            ? QCoreApplication::translate("main", "Advice Hub opens one vault at a time.")
            : parser.errorText();
        std::fprintf(stderr, "advicehub: %s\n", qPrintable(error));
        return kUsageError;
    }
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(application); // prints the help with Qt's options and exits
    const QString vaultPath = parser.positionalArguments().value(0);

    // A vault double-clicked while Advice Hub runs goes to the running window.
    advicehub::app::InstanceHandover handover;
    if (handover.start(vaultPath) == advicehub::app::InstanceHandover::Role::HandedOver)
        return EXIT_SUCCESS;

    advicehub::ui::AppSettings settings;
    installTranslations(application, settings.language());

    advicehub::SystemClock clock;
    advicehub::ui::MainWindow window(settings, clock);
    QObject::connect(&handover, &advicehub::app::InstanceHandover::openRequested, &window,
        &advicehub::ui::MainWindow::openVaultFromOutside);
    window.show();
    if (!vaultPath.isEmpty())
        window.openVaultFromOutside(QFileInfo(vaultPath).absoluteFilePath());
    return application.exec();
}
