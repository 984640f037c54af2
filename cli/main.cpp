// advicehub-cli: what an administrator or a test needs from a terminal, on the core alone.
#include "CliApp.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "PrintCommands.h"
#include "platform/ProcessHardening.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    advicehub::platform::hardenProcess();
    using namespace advicehub::cli;
    // `print` renders with Qt Gui's text engine and QPdfWriter, which need a QGuiApplication: on
    // the "offscreen" platform (no display, nothing shown), and for that command alone; every
    // other command keeps to a QCoreApplication.
    // QGuiApplication removes the arguments it takes for itself (--reverse, --session, …, with
    // one dash or two) from argv: it gets the program's name only, the command line stays whole.
    int guiArgc = 1;
    char* guiArgv[] = { argv[0], nullptr };
    std::unique_ptr<QCoreApplication> application;
    if (namesPrintCommand(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(guiArgc, guiArgv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("advicehub-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADVICEHUB_VERSION));

    CliContext context;
#ifdef ADVICEHUB_CLI_FOR_TESTS
    context.offerTestingKdf = true; // the tests' build only (cli/CMakeLists.txt)
#endif
    int exitCode = Ok;
    const std::unique_ptr<CLI::App> app = makeCliApp(context, exitCode);
    try {
        app->parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // A mistyped command: say so, and which command was meant, rather than CLI11's
        // "A subcommand is required".
        if (e.get_exit_code() != 0) {
            const std::string unknown = unknownCommandMessage(*app, std::vector<std::string>(argv + 1, argv + argc));
            if (!unknown.empty()) {
                context.err << "advicehub-cli: " << QString::fromStdString(unknown) << Qt::endl;
                return Usage;
            }
        }
        const int code = app->exit(e);
        return code == 0 ? Ok : Usage;
    }
    return exitCode;
}
