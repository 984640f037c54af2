#include "LibraryCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "common/IsoTime.h"
#include "drafts/DraftTypes.h"
#include "library/LibraryService.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace library_commands {
namespace {

using library::LibraryResource;
using library::ResourceKind;

QString kindCode(ResourceKind kind)
{
    return kind == ResourceKind::CtiTool ? QStringLiteral("cti_tool") : QStringLiteral("reference");
}

std::optional<ResourceKind> resourceKind(const std::string& text)
{
    const QString code = normalizedCode(text);
    if (code == QLatin1String("cti_tool") || code == QLatin1String("tool"))
        return ResourceKind::CtiTool;
    if (code == QLatin1String("reference"))
        return ResourceKind::Reference;
    return std::nullopt;
}

QString themeNames(Session& session, const QList<qint64>& ids)
{
    QStringList names;
    for (const reference::NamedItem& theme : session.lookup().themes()) {
        if (ids.contains(theme.id))
            names << theme.name;
    }
    return names.join(QStringLiteral(", "));
}

int findTheme(CliContext& ctx, Session& session, const std::string& text, qint64* id)
{
    const reference::NamedItem* theme = session.lookup().findTheme(q(text));
    if (!theme)
        return ctx.fail(InvalidInput, QStringLiteral("unknown theme %1 (a theme's code or name)").arg(quoted(q(text))));
    *id = theme->id;
    return Ok;
}

int findResource(CliContext& ctx, Session& session, const std::string& text, LibraryResource* resource)
{
    const std::optional<qint64> id = parseListedNumber(text);
    if (!id)
        return ctx.fail(InvalidInput,
            QStringLiteral("%1 is not a resource number (`library list` prints them)").arg(quoted(q(text))));
    Result<LibraryResource> found = session.library().resource(*id);
    if (!found)
        return failLookup(ctx, found.error());
    *resource = std::move(found).value();
    return Ok;
}

void printResources(CliContext& ctx, const std::vector<LibraryResource>& resources)
{
    ctx.out << tableLine({ { QStringLiteral("ID"), 4 }, { QStringLiteral("KIND"), 9 }, { QStringLiteral("LANG"), 4 },
        { QStringLiteral("FLAGS"), 15 }, { QStringLiteral("TITLE") } })
            << '\n';
    for (const LibraryResource& r : resources) {
        QStringList flags;
        if (r.seeded)
            flags << QStringLiteral("seeded");
        if (!r.active)
            flags << QStringLiteral("inactive");
        ctx.out << tableLine({ { QString::number(r.id), 4 }, { kindCode(r.kind), 9 },
            { r.language.isEmpty() ? QStringLiteral("*") : r.language, 4 }, { flags.join(QLatin1Char(',')), 15 },
            { clip(r.title, 80) } })
                << '\n';
    }
    ctx.out.flush();
}

// ---- list, search

int runList(CliContext& ctx, const TextOption& text, const std::string& theme, const std::string& kindText, bool all,
    bool searching)
{
    std::optional<ResourceKind> kind;
    if (!kindText.empty()) {
        kind = resourceKind(kindText);
        if (!kind)
            return ctx.fail(
                InvalidInput, QStringLiteral("--kind: unknown kind %1 (cti_tool, reference)").arg(quoted(q(kindText))));
    }
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    std::optional<qint64> themeId;
    if (!theme.empty()) {
        qint64 id = 0;
        if (const int code = findTheme(ctx, session, theme, &id); code != Ok)
            return code;
        themeId = id;
    }
    Result<std::optional<QString>> words = readTextOption(text, true);
    if (!words)
        return ctx.fail(words.error());
    std::vector<LibraryResource> resources = session.library().resources(words->value_or(QString()), themeId, all);
    if (kind)
        std::erase_if(resources, [&kind](const LibraryResource& r) { return r.kind != *kind; });
    printResources(ctx, resources);
    if (resources.empty())
        ctx.err << (searching ? "Nothing in the library matches." : "The library has no such resource.") << Qt::endl;
    return Ok;
}

// ---- show

int runShow(CliContext& ctx, const std::string& id)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    LibraryResource r;
    if (const int code = findResource(ctx, session, id, &r); code != Ok)
        return code;
    const auto line = [&ctx](const char* label, const QString& value) {
        if (!value.isEmpty())
            ctx.out << QStringLiteral("%1 ").arg(QLatin1String(label), -13) << value << '\n';
    };
    ctx.out << QStringLiteral("Resource %1  %2").arg(r.id).arg(r.title) << '\n';
    line("kind:", kindCode(r.kind));
    line("language:", r.language.isEmpty() ? QStringLiteral("several") : r.language);
    line("themes:", themeNames(session, r.themeIds));
    line("link:", r.link);
    line("state:",
        QStringLiteral("%1%2").arg(r.active ? QStringLiteral("active") : QStringLiteral("inactive"),
            r.seeded ? QStringLiteral(", seeded with the vault") : QString()));
    ctx.out << "\nCitation (inserted into a draft):\n    " << r.citation << '\n';
    if (!r.description.isEmpty())
        ctx.out << "\nDescription:\n    " << QString(r.description).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
                << '\n';
    ctx.out.flush();
    return Ok;
}

// ---- add, edit

struct ResourceOptions {
    std::string id; // edit
    TextOption title;
    TextOption citation;
    TextOption description;
    std::string kind;
    std::vector<std::string> themes;
    bool noThemes = false;
    std::optional<std::string> language;
    std::optional<std::string> link;
    bool active = false;
    bool inactive = false;
};

int applyOptions(CliContext& ctx, Session& session, const ResourceOptions& o, LibraryResource* r)
{
    if (const int code = checkOneStandardInput(ctx,
            { { "--title-file", &o.title.file }, { "--citation-file", &o.citation.file },
                { "--description-file", &o.description.file } });
        code != Ok)
        return code;
    if (!o.kind.empty()) {
        const std::optional<ResourceKind> kind = resourceKind(o.kind);
        if (!kind)
            return ctx.fail(
                InvalidInput, QStringLiteral("--kind: unknown kind %1 (cti_tool, reference)").arg(quoted(q(o.kind))));
        r->kind = *kind;
    }
    if (o.language) {
        const QString language = q(*o.language).trimmed().toLower();
        if (!language.isEmpty() && !drafts::DraftText::language(language))
            return ctx.fail(InvalidInput,
                QStringLiteral("--language: unknown language %1 (en, fr, es, or \"\" for several)")
                    .arg(quoted(q(*o.language))));
        r->language = language;
    }
    if (o.link)
        r->link = q(*o.link).trimmed();
    if (!o.themes.empty() || o.noThemes) {
        r->themeIds.clear();
        for (const std::string& text : o.themes) {
            if (q(text).trimmed().isEmpty())
                continue;
            qint64 id = 0;
            if (const int code = findTheme(ctx, session, text, &id); code != Ok)
                return code;
            if (!r->themeIds.contains(id))
                r->themeIds << id;
        }
    }
    if (o.active)
        r->active = true;
    if (o.inactive)
        r->active = false;
    const std::pair<const TextOption*, QString*> texts[]
        = { { &o.title, &r->title }, { &o.citation, &r->citation }, { &o.description, &r->description } };
    for (const auto& [option, field] : texts) {
        Result<std::optional<QString>> value = readTextOption(*option, option != &o.description);
        if (!value)
            return ctx.fail(value.error());
        if (*value)
            *field = **value;
    }
    return Ok;
}

int runAdd(CliContext& ctx, const ResourceOptions& o, const std::string& as)
{
    if (!o.title.text && !o.title.file)
        return ctx.fail(Usage, QStringLiteral("library add: --title or --title-file is required"));
    if (!o.citation.text && !o.citation.file)
        return ctx.fail(Usage, QStringLiteral("library add: --citation or --citation-file is required"));
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    LibraryResource r;
    r.kind = ResourceKind::Reference;
    if (const int code = applyOptions(ctx, *session, o, &r); code != Ok)
        return code;
    Result<LibraryResource> added = session->library().addResource(r);
    if (!added)
        return ctx.fail(added.error());
    ctx.out << QStringLiteral("Resource %1 added to the library: %2.").arg(added->id).arg(added->title) << Qt::endl;
    return Ok;
}

int runEdit(CliContext& ctx, const ResourceOptions& o, const std::string& as)
{
    if (!o.title.text && !o.title.file && !o.citation.text && !o.citation.file && !o.description.text
        && !o.description.file && o.kind.empty() && o.themes.empty() && !o.noThemes && !o.language && !o.link
        && !o.active && !o.inactive)
        return ctx.fail(Usage,
            QStringLiteral("library edit: give what to change (--title, --citation, --description, --kind, --theme, "
                           "--no-themes, --language, --link, --active, --inactive)"));
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    LibraryResource r;
    if (const int code = findResource(ctx, *session, o.id, &r); code != Ok)
        return code;
    const LibraryResource before = r;
    if (const int code = applyOptions(ctx, *session, o, &r); code != Ok)
        return code;
    if (r.title == before.title && r.citation == before.citation && r.description == before.description
        && r.kind == before.kind && r.themeIds == before.themeIds && r.language == before.language
        && r.link == before.link && r.active == before.active) {
        ctx.out << QStringLiteral("Resource %1: nothing to change.").arg(r.id) << Qt::endl;
        return Ok;
    }
    Result<LibraryResource> edited = session->library().editResource(r.id, r, before.version);
    if (!edited)
        return ctx.fail(edited.error());
    ctx.out << QStringLiteral("Resource %1 changed: %2%3.")
                   .arg(edited->id)
                   .arg(edited->title, edited->active ? QString() : QStringLiteral(" (inactive)"))
            << Qt::endl;
    return Ok;
}

void addResourceOptions(CLI::App* command, ResourceOptions& o, bool adding)
{
    addTextOption(command, "--title", o.title, adding ? "The title (required; unique)" : "The title (unique)");
    addTextOption(command, "--citation", o.citation,
        adding ? "The citation inserted into a draft (required)" : "The citation inserted into a draft");
    addTextOption(command, "--description", o.description, "What it is, for whom");
    command->add_option("--kind", o.kind, "cti_tool or reference (default: reference)")->type_name("KIND");
    CLI::Option* themes = command
                              ->add_option("--theme", o.themes,
                                  "A theme: code or name (repeat for several). Codes: " + referenceCodes("themes"))
                              ->type_name("THEME");
    command->add_option("--language", o.language, "en, fr, es, or \"\" for several")->type_name("LANG");
    command->add_option("--link", o.link, "An https: link (optional; printed in the citation, never fetched)")
        ->type_name("URL");
    if (!adding) {
        command->add_flag("--no-themes", o.noThemes, "Remove every theme")->excludes(themes);
        CLI::Option* active = command->add_flag("--active", o.active, "Offered again");
        CLI::Option* inactive
            = command->add_flag("--inactive", o.inactive, "No longer offered (kept for drafts that cite it)");
        active->excludes(inactive);
        inactive->excludes(active);
    }
}

// ---- precedents

int runPrecedents(
    CliContext& ctx, const TextOption& text, const std::string& theme, const std::string& region, int limit)
{
    if (limit < 1 || limit > 1000)
        return ctx.fail(InvalidInput, QStringLiteral("--limit must be between 1 and 1000"));
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    library::PrecedentFilter filter;
    filter.limit = limit;
    if (!theme.empty()) {
        qint64 id = 0;
        if (const int code = findTheme(ctx, session, theme, &id); code != Ok)
            return code;
        filter.themeId = id;
    }
    if (!region.empty()) {
        const reference::NamedItem* found = session.lookup().findRegion(q(region));
        if (!found)
            return ctx.fail(InvalidInput, QStringLiteral("unknown region %1").arg(quoted(q(region))));
        filter.regionId = found->id;
    }
    Result<std::optional<QString>> words = readTextOption(text, true);
    if (!words)
        return ctx.fail(words.error());
    filter.text = words->value_or(QString());
    Result<std::vector<library::Precedent>> found = session.library().searchPrecedents(filter);
    if (!found)
        return ctx.fail(found.error());
    ctx.out << tableLine(
        { { QStringLiteral("DRAFT"), 6 }, { QStringLiteral("QUERY"), 12 }, { QStringLiteral("SENT"), 10 },
            { QStringLiteral("LANG"), 4 }, { QStringLiteral("REGION"), 20 }, { QStringLiteral("TITLE") } })
            << '\n';
    bool warn = false;
    for (const library::Precedent& p : found.value()) {
        ctx.out << tableLine({ { QStringLiteral("#%1").arg(p.draftId), 6 }, { p.queryReference, 12 },
            { isoDate(p.sentOn), 10 }, { drafts::DraftText::code(p.language), 4 }, { clip(p.regionName, 20), 20 },
            { clip(p.draftTitle, 60)
                + (p.needsWarning() ? QStringLiteral("  [%1]").arg(p.confidentiality.toUpper()) : QString()) } })
                << '\n';
        if (!p.snippet.isEmpty())
            ctx.out << "        " << clip(p.snippet, 100) << '\n';
        warn = warn || p.needsWarning();
    }
    ctx.out.flush();
    if (found->empty())
        ctx.err << "No sent answer matches." << Qt::endl;
    else if (warn)
        ctx.err << "Marked answers come from confidential queries: reusing their text is recorded on both queries' "
                   "timelines (`draft show ID` reads the sent text)."
                << Qt::endl;
    return Ok;
}

} // namespace
} // namespace library_commands

void addLibraryCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace library_commands;
    CLI::App* group = app.add_subcommand("library",
        "The library of CTI tools and references cited in drafts, and the precedents: earlier sent answers.");
    group->require_subcommand(1);
    {
        auto all = std::make_shared<bool>(false);
        auto theme = std::make_shared<std::string>();
        auto kind = std::make_shared<std::string>();
        CLI::App* command = group->add_subcommand("list", "List the library's tools and references.");
        command->add_flag("--all", *all, "Inactive ones too");
        command
            ->add_option(
                "--theme", *theme, "Only those on this theme: code or name. Codes: " + referenceCodes("themes"))
            ->type_name("THEME");
        command->add_option("--kind", *kind, "cti_tool or reference")->type_name("KIND");
        command->callback(
            [&ctx, &exitCode, all, theme, kind] { exitCode = runList(ctx, TextOption(), *theme, *kind, *all, false); });
    }
    {
        auto id = std::make_shared<std::string>();
        CLI::App* command = group->add_subcommand("show", "Show a resource: its citation, link, themes, description.");
        command->add_option("ID", *id, "The resource's number (`library list`)")->required();
        command->callback([&ctx, &exitCode, id] { exitCode = runShow(ctx, *id); });
    }
    {
        auto words = std::make_shared<std::vector<std::string>>();
        auto textFile = std::make_shared<std::optional<std::string>>();
        auto theme = std::make_shared<std::string>();
        auto all = std::make_shared<bool>(false);
        CLI::App* command = group->add_subcommand(
            "search", "Search the library: words of the title, description and citation (accents and case ignored).");
        CLI::Option* wordsOption = command->add_option("TEXT", *words, "What to search for");
        command->add_option("--text-file", *textFile, "Read what to search for from FILE, or - for standard input")
            ->type_name("FILE")
            ->excludes(wordsOption);
        command
            ->add_option(
                "--theme", *theme, "Only those on this theme: code or name. Codes: " + referenceCodes("themes"))
            ->type_name("THEME");
        command->add_flag("--all", *all, "Inactive ones too");
        command->callback([&ctx, &exitCode, words, textFile, theme, all] {
            if (words->empty() && !*textFile) {
                exitCode = ctx.fail(Usage, QStringLiteral("library search: give TEXT or --text-file FILE"));
                return;
            }
            TextOption text;
            text.file = *textFile;
            if (!words->empty()) {
                QStringList typed;
                for (const std::string& word : *words)
                    typed << q(word);
                text.text = typed.join(QLatin1Char(' ')).toStdString();
            }
            exitCode = runList(ctx, text, *theme, std::string(), *all, true);
        });
    }
    {
        auto o = std::make_shared<ResourceOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = group->add_subcommand("add", "Add a tool or reference to the library. Prints its number.");
        addResourceOptions(command, *o, true);
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runAdd(ctx, *o, *as); });
    }
    {
        auto o = std::make_shared<ResourceOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = group->add_subcommand("edit", "Change a resource: only the options given change.");
        command->add_option("ID", o->id, "The resource's number")->required();
        addResourceOptions(command, *o, false);
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runEdit(ctx, *o, *as); });
    }
    {
        auto words = std::make_shared<std::vector<std::string>>();
        auto textFile = std::make_shared<std::optional<std::string>>();
        auto theme = std::make_shared<std::string>();
        auto region = std::make_shared<std::string>();
        auto limit = std::make_shared<int>(50);
        CLI::App* command = group->add_subcommand("precedents",
            "Search earlier sent answers: full text (sent versions and titles), theme, the requesting State's "
            "region. Answers of confidential queries are marked: reusing them is recorded.");
        CLI::Option* wordsOption = command->add_option("TEXT", *words, "Words to find (none: every sent answer)");
        command->add_option("--text-file", *textFile, "Read the words from FILE, or - for standard input")
            ->type_name("FILE")
            ->excludes(wordsOption);
        command
            ->add_option("--theme", *theme,
                "Only answers to queries on this theme: code or name. Codes: " + referenceCodes("themes"))
            ->type_name("THEME");
        command
            ->add_option("--region", *region,
                "Only answers to States of this region: code or name. Codes: " + referenceCodes("regions"))
            ->type_name("REGION");
        command->add_option("--limit", *limit, "At most N (default 50)")->type_name("N");
        command->callback([&ctx, &exitCode, words, textFile, theme, region, limit] {
            TextOption text;
            text.file = *textFile;
            if (!words->empty()) {
                QStringList typed;
                for (const std::string& word : *words)
                    typed << q(word);
                text.text = typed.join(QLatin1Char(' ')).toStdString();
            }
            exitCode = runPrecedents(ctx, text, *theme, *region, *limit);
        });
    }
}

} // namespace advicehub::cli
