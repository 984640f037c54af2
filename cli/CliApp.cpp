#include "CliApp.h"

#include "AdviserCommands.h"
#include "AttachmentCommands.h"
#include "BackupCommands.h"
#include "CaseworkCommands.h"
#include "CliContext.h"
#include "DraftCommands.h"
#include "ExitCode.h"
#include "HelpFormatter.h"
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

#include <algorithm>
#include <string>
#include <vector>

namespace advicehub::cli {

namespace cli_app {
namespace {

// The top-level help's topics, in order, each command with one short line (its own --help says
// the rest). Every top-level command belongs to one (CliTest checks it).
std::vector<HelpFormatter::Topic> topics()
{
    return {
        { "Vault",
            { { "init", "Create a new, empty vault" }, { "info", "Show the vault's version and cipher settings" },
                { "check", "Verify every page and reference of the vault" },
                { "compact", "Shrink the vault file by its free space" }, { "passwd", "Change the vault's passphrase" },
                { "raw-key", "Print the raw key for the sqlcipher shell" } } },
        { "Queries",
            { { "list", "List queries: a view, filters or a saved search" },
                { "search", "Full-text search, combined with the filters" },
                { "show", "Show a query, its links and its timeline" }, { "add", "Register a query" },
                { "import", "Import queries from a CSV file" }, { "export", "Export queries to CSV or JSON" },
                { "saved", "Saved searches: list, add, delete" },
                { "demo", "Fill the vault with fictional queries" } } },
        { "Casework",
            { { "status", "Move a query through its lifecycle" }, { "edit", "Change a query's fields" },
                { "note", "Add a note, meeting, call or e-mail" }, { "correct", "Correct a timeline entry" },
                { "link", "Link two queries" }, { "unlink", "Remove the link between two queries" },
                { "merge", "Merge a duplicate into its query" },
                { "delete", "Delete a query registered by mistake" } } },
        { "Referrals & partners",
            { { "referral", "Refer queries to partners, with consent" }, { "partner", "The partner directory" } } },
        { "Drafts & templates",
            { { "draft", "Drafts of answers: versions, clearance, sending" },
                { "template", "Letter templates that drafts start from" } } },
        { "Attachments", { { "attachment", "Files attached to a query, kept in the vault" } } },
        { "Printing", { { "print", "Print summaries, extracts, letters to PDF" } } },
        { "Library", { { "library", "CTI tools, references and precedents" } } },
        { "Advisers", { { "adviser", "The Secretariat's advisers" } } },
        { "Holidays", { { "holiday", "Office holidays, skipped by due dates" } } },
        { "Backups",
            { { "backup", "Write an encrypted, verified backup" },
                { "restore", "Restore a backup into a new vault file" } } },
    };
}

// Edit distance with transpositions (optimal string alignment): "lsit" is one step from "list".
std::size_t editDistance(const std::string& a, const std::string& b)
{
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

// The option of that name on the command or a parent (CLI11 lets a parent's options follow a
// subcommand).
const CLI::Option* findOption(const CLI::App* command, const std::string& name)
{
    for (; command; command = command->get_parent()) {
        if (const CLI::Option* option = command->get_option_no_throw(name))
            return option;
    }
    return nullptr;
}

// The commands of `parent` closest to `typed`: those at the smallest edit distance if it is small
// (1, or 2 for a word of 5 letters or more), otherwise those it is the start of.
std::vector<std::string> closeCommands(const CLI::App* parent, const std::string& typed)
{
    const std::size_t allowed = typed.size() >= 5 ? 2 : 1;
    std::size_t best = allowed + 1;
    std::vector<std::string> closest;
    std::vector<std::string> prefixed;
    for (const CLI::App* command : parent->get_subcommands({})) {
        const std::string& name = command->get_name();
        if (name.empty())
            continue;
        if (typed.size() >= 2 && name.rfind(typed, 0) == 0)
            prefixed.push_back(name);
        const std::size_t distance = editDistance(typed, name);
        if (distance > allowed)
            continue;
        if (distance < best) {
            best = distance;
            closest.clear();
        }
        if (distance == best)
            closest.push_back(name);
    }
    return closest.empty() ? prefixed : closest;
}

} // namespace
} // namespace cli_app

std::string unknownCommandMessage(const CLI::App& app, const std::vector<std::string>& arguments)
{
    using namespace cli_app;
    const CLI::App* command = &app;
    std::string path;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == "--")
            return {};
        if (argument.size() > 1 && argument[0] == '-') {
            const std::string name = argument.substr(0, argument.find('='));
            const CLI::Option* option = findOption(command, name);
            // An option that takes a value, given apart ("--vault FILE"): skip the value.
            if (option && option->get_type_size() != 0 && name.size() == argument.size())
                ++i;
            continue;
        }
        const std::vector<const CLI::App*> subcommands
            = command->get_subcommands([](const CLI::App* sub) { return !sub->get_name().empty(); });
        const auto found = std::find_if(subcommands.begin(), subcommands.end(),
            [&argument](const CLI::App* sub) { return sub->check_name(argument); });
        if (found != subcommands.end()) {
            command = *found;
            path += (path.empty() ? "" : " ") + command->get_name();
            continue;
        }
        // A word where a command is expected: not a command's argument.
        if (subcommands.empty()
            || !command->get_options([](const CLI::Option* o) { return o->get_positional(); }).empty())
            return {};
        std::string message = "'" + argument + "' is not " + (path.empty() ? "a" : "a " + path) + " command.";
        const std::vector<std::string> close = closeCommands(command, argument);
        if (close.empty())
            return message + " See 'advicehub-cli " + (path.empty() ? "" : path + " ") + "--help'.";
        message += " Did you mean ";
        for (std::size_t n = 0; n < close.size(); ++n)
            message += (n == 0 ? "" : n + 1 == close.size() ? " or " : ", ") + ("'" + close[n] + "'");
        return message + "?";
    }
    return {};
}

std::unique_ptr<CLI::App> makeCliApp(CliContext& context, int& exitCode, bool parseOnly)
{
    auto app = std::make_unique<CLI::App>(
        "Advice Hub command-line tool: manage an encrypted Advice Hub vault.\n"
        "Passphrases are read from the terminal without echo, or one per line from standard input when it is not a "
        "terminal; never from arguments or environment variables. `advicehub-cli COMMAND --help` tells more of a "
        "command.",
        "advicehub-cli");
    // Before any subcommand is added: they take their parent's formatter.
    auto formatter = std::make_shared<HelpFormatter>();
    formatter->setTopics(cli_app::topics());
    app->formatter(formatter);
    // The version, then those of SQLCipher, libsodium and Qt as loaded (for bug reports).
    app->set_version_flag(
        "--version", [] { return versionText(QStringLiteral("advicehub-cli")).trimmed().toStdString(); },
        "Print the version of advicehub-cli and of the libraries it uses, and exit");
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
    addHolidayCommands(*app, context, exitCode);
    addAdviserCommands(*app, context, exitCode);
    addSavedSearchCommands(*app, context, exitCode);
    // The exit codes are the same for every command: said once, in the top-level help (and the
    // man page). After the subcommands are added: CLI11 gives them their parent's footer.
    app->footer(ExitCodeHelp);

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
