// advicehub-cli: what an administrator or a test needs from a terminal, on the core alone.
#include "CliApp.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "platform/ProcessHardening.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>

int main(int argc, char** argv)
{
    advicehub::platform::hardenProcess();
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("advicehub-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADVICEHUB_VERSION));

    using namespace advicehub::cli;
    CliContext context;
#ifdef ADVICEHUB_CLI_FOR_TESTS
    context.offerTestingKdf = true; // the tests' build only (cli/CMakeLists.txt)
#endif
    int exitCode = Ok;
    const std::unique_ptr<CLI::App> app = makeCliApp(context, exitCode);
    try {
        app->parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app->exit(e);
        return code == 0 ? Ok : Usage;
    }
    return exitCode;
}
