// advicehub-cli: what an administrator or a test needs from a terminal, on the core alone.
#include "CliContext.h"
#include "ExitCode.h"
#include "VaultCommands.h"
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
    int exitCode = Ok;

    CLI::App app{"Advice Hub command-line tool: manage an encrypted Advice Hub vault.\n"
                 "Passphrases are read from the terminal without echo, or one per line from standard\n"
                 "input when it is not a terminal; never from arguments or environment variables.",
        "advicehub-cli"};
    app.set_version_flag("--version", std::string(ADVICEHUB_VERSION));
    app.footer(ExitCodeHelp);
    app.require_subcommand(1);
    app.fallthrough();

    std::string vaultPath;
    app.add_option("-V,--vault", vaultPath, "The vault file.")->required()->type_name("FILE");

    addVaultCommands(app, context, exitCode);
    for (CLI::App* subcommand : app.get_subcommands({}))
        subcommand->footer(ExitCodeHelp);

    app.parse_complete_callback([&] { context.vaultPath = QString::fromStdString(vaultPath); });
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? Ok : Usage;
    }
    return exitCode;
}
