#include "AdviserCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace adviser_commands {
namespace {

int runAdviserAdd(CliContext& ctx, const std::string& name, const std::string& roleText)
{
    const std::optional<advisers::Role> role = advisers::roleFromCode(q(roleText).trimmed().toLower());
    if (!role)
        return ctx.fail(InvalidInput, QStringLiteral("--role: adviser, head or assistant"));
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    Result<advisers::Adviser> added = session.advisers().add(q(name), *role);
    if (!added)
        return ctx.fail(added.error()); // the first adviser of a vault becomes the default (core)
    ctx.out << "Added adviser " << added->name << " (" << advisers::roleCode(added->role) << ")." << Qt::endl;
    return Ok;
}

int runAdviserList(CliContext& ctx)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    Result<std::vector<advisers::Adviser>> all = session.advisers().list(true);
    if (!all)
        return ctx.fail(all.error());
    const std::optional<qint64> last = session.advisers().lastAdviserId();
    for (const advisers::Adviser& adviser : all.value()) {
        // "*" marks the adviser commands act as by default.
        ctx.out << (last == adviser.id ? "* " : "  ") << QStringLiteral("%1 ").arg(adviser.name, -30)
                << QStringLiteral("%1").arg(advisers::roleCode(adviser.role), -10)
                << (adviser.active ? QString() : QStringLiteral(" (inactive)")) << '\n';
    }
    if (all->empty())
        ctx.err << "No advisers yet; add one with: " << adviserHint(ctx) << Qt::endl;
    ctx.out.flush();
    return Ok;
}

// The adviser of that name, former advisers included.
int findAdviser(CliContext& ctx, Session& session, const std::string& name, advisers::Adviser* adviser)
{
    Result<advisers::Adviser> found = session.advisers().findByName(q(name));
    if (!found)
        return failLookup(ctx, found.error());
    *adviser = found.value();
    return Ok;
}

int runAdviserRename(CliContext& ctx, const std::string& name, const std::string& newName, const std::string& as)
{
    const QString clean = q(newName).simplified();
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    advisers::Adviser adviser;
    if (const int code = findAdviser(ctx, *session, name, &adviser); code != Ok)
        return code;
    if (adviser.name == clean) {
        ctx.out << adviser.name << " already has that name; nothing to change." << Qt::endl;
        return Ok;
    }
    // The core refuses an empty, too long or taken name (names are unique whatever their case;
    // a new case of the same name is a rename).
    const Status renamed = session->advisers().rename(adviser.id, clean);
    if (!renamed)
        return ctx.fail(renamed.error());
    ctx.out << QStringLiteral("Renamed %1 to %2; everything they did shows the new name.")
                   .arg(quoted(adviser.name), quoted(clean))
            << Qt::endl;
    return Ok;
}

int runAdviserSetActive(CliContext& ctx, const std::string& name, bool active, const std::string& as)
{
    std::unique_ptr<Session> session;
    std::optional<qint64> me;
    if (const int code = openSessionAs(ctx, as, true, &session, &me); code != Ok)
        return code;
    advisers::Adviser adviser;
    if (const int code = findAdviser(ctx, *session, name, &adviser); code != Ok)
        return code;
    if (adviser.active == active) {
        ctx.out << adviser.name << (active ? " is already active" : " is already inactive") << "; nothing to change."
                << Qt::endl;
        return Ok;
    }
    // As in the application: the adviser working now stays active until someone else takes over.
    if (!active && me == adviser.id)
        return ctx.fail(NotAllowed,
            QStringLiteral("%1 is the adviser acting now; deactivate them acting as someone else (--as NAME)")
                .arg(adviser.name));
    const Status set = session->advisers().setActive(adviser.id, active);
    if (!set)
        return ctx.fail(set.error());
    if (active)
        ctx.out << adviser.name << " is active again." << Qt::endl;
    else
        ctx.out << adviser.name
                << " is now inactive: they keep their name on everything they did, but cannot be assigned new "
                   "queries or act with --as."
                << Qt::endl;
    return Ok;
}

} // namespace
} // namespace adviser_commands

void addAdviserCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace adviser_commands;
    CLI::App* adviser = app.add_subcommand("adviser", "Manage the Secretariat's advisers in the vault.");
    adviser->require_subcommand(1);
    auto name = std::make_shared<std::string>();
    auto role = std::make_shared<std::string>("adviser");
    CLI::App* add = adviser->add_subcommand(
        "add", "Add an adviser (the first one becomes the default for commands that change something).");
    add->add_option("NAME", *name, "Full name")->required();
    add->add_option("--role", *role, "adviser (default), head or assistant")->type_name("ROLE");
    add->callback([&ctx, &exitCode, name, role] { exitCode = runAdviserAdd(ctx, *name, *role); });
    adviser->add_subcommand("list", "List the advisers; * marks the default one.")->callback([&ctx, &exitCode] {
        exitCode = runAdviserList(ctx);
    });

    auto renamed = std::make_shared<std::string>();
    auto newName = std::make_shared<std::string>();
    auto renameAs = std::make_shared<std::string>();
    CLI::App* rename = adviser->add_subcommand("rename", "Rename an adviser; everything they did shows the new name.");
    rename->add_option("NAME", *renamed, "The adviser's name now")->required();
    rename->add_option("NEW_NAME", *newName, "The new name")->required();
    addAsOption(rename, *renameAs);
    rename->callback([&ctx, &exitCode, renamed, newName, renameAs] {
        exitCode = runAdviserRename(ctx, *renamed, *newName, *renameAs);
    });
    for (const bool active : { false, true }) {
        auto who = std::make_shared<std::string>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = active
            ? adviser->add_subcommand("reactivate", "Make an inactive adviser active again.")
            : adviser->add_subcommand("deactivate",
                "Make an adviser inactive (a former adviser): they keep their name on everything they did, but "
                "cannot be assigned new queries or act with --as. Not the adviser acting now.");
        command->add_option("NAME", *who, "The adviser's name")->required();
        addAsOption(command, *as);
        command->callback(
            [&ctx, &exitCode, who, active, as] { exitCode = runAdviserSetActive(ctx, *who, active, *as); });
    }
}

} // namespace advicehub::cli
