#include "CliApp.h"

#include "AdviserCommands.h"
#include "AttachmentCommands.h"
#include "BackupCommands.h"
#include "CaseworkCommands.h"
#include "CliContext.h"
#include "DraftCommands.h"
#include "ExitCode.h"
#include "HolidayCommands.h"
#include "LibraryCommands.h"
#include "PartnerCommands.h"
#include "PrintCommands.h"
#include "QueryCommands.h"
#include "ReferralCommands.h"
#include "SavedSearchCommands.h"
#include "TemplateCommands.h"
#include "VaultCommands.h"
#include "platform/LibraryVersions.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace advicehub::cli {

std::unique_ptr<CLI::App> makeCliApp(CliContext& context, int& exitCode, bool parseOnly)
{
    auto app = std::make_unique<CLI::App>(
        "Advice Hub command-line tool: manage an encrypted Advice Hub vault.\n"
        "Passphrases are read from the terminal without echo, or one per line from standard\n"
        "input when it is not a terminal; never from arguments or environment variables.",
        "advicehub-cli");
    // The version, then those of SQLCipher, libsodium and Qt as loaded (for bug reports).
    app->set_version_flag(
        "--version", [] { return versionText(QStringLiteral("advicehub-cli")).trimmed().toStdString(); },
        "Print the version of advicehub-cli and of the libraries it uses, and exit");
    app->footer(ExitCodeHelp);
    app->require_subcommand(1);
    app->fallthrough();

    // Owned by the callback below, which lives as long as the parser.
    auto vaultPath = std::make_shared<std::string>();
    app->add_option("-V,--vault", *vaultPath, "The vault file (every command but restore).")->type_name("FILE");

    addVaultCommands(*app, context, exitCode);
    addBackupCommands(*app, context, exitCode);
    addQueryCommands(*app, context, exitCode);
    addCaseworkCommands(*app, context, exitCode);
    addReferralCommands(*app, context, exitCode);
    addPartnerCommands(*app, context, exitCode);
    addDraftCommands(*app, context, exitCode);
    addAttachmentCommands(*app, context, exitCode);
    addPrintCommands(*app, context, exitCode);
    addTemplateCommands(*app, context, exitCode);
    addLibraryCommands(*app, context, exitCode);
    // In this order: --help lists the commands as they are added.
    addHolidayCommands(*app, context, exitCode);
    addAdviserCommands(*app, context, exitCode);
    addSavedSearchCommands(*app, context, exitCode);
    // Every command's --help ends with the exit codes, those of groups (adviser add, …) too.
    const std::function<void(CLI::App*)> addFooters = [&addFooters](CLI::App* command) {
        for (CLI::App* subcommand : command->get_subcommands({})) {
            subcommand->footer(ExitCodeHelp);
            addFooters(subcommand);
        }
    };
    addFooters(app.get());

    // Runs after parsing and before the command: every command works on --vault except restore,
    // which writes a new vault named with -o and would only be confused by one.
    CLI::App* self = app.get();
    app->parse_complete_callback([self, vaultPath, &context, parseOnly] {
        for (const CLI::App* command : self->get_subcommands()) {
            const bool isRestore = command->get_name() == RestoreCommandName;
            if (!isRestore && vaultPath->empty())
                throw CLI::RequiredError(command->get_name() + ": --vault");
            if (isRestore && !vaultPath->empty())
                throw CLI::ValidationError("--vault", "restore takes no --vault; the new vault is named with -o");
        }
        context.vaultPath = QString::fromStdString(*vaultPath);
        // CLI11 runs this before any subcommand's callback.
        if (parseOnly)
            throw CLI::Success();
    });
    return app;
}

} // namespace advicehub::cli
