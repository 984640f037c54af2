#include "SavedSearchCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "common/IsoTime.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <optional>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace saved_search_commands {
namespace {

using namespace advicehub::queries;

// A value for the command line, quoted when it has to be.
QString argument(const QString& value)
{
    return value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('"')) || value.isEmpty()
        ? QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"')
        : value;
}

// The filter as the options that select the same queries.
QString filterAsOptions(Session& session, const QueryFilter& f)
{
    const reference::ReferenceLookup& lookup = session.lookup();
    QStringList options;
    const auto add = [&options](const char* option, const QString& value) {
        options << QLatin1String(option) + QLatin1Char(' ') + argument(value);
    };
    if (f.view != QueryView::All)
        add("--view", viewCode(f.view));
    const auto joined = [](const auto& values) {
        QStringList list;
        for (const auto& value : values)
            list << QueryText::code(value);
        return list.join(QLatin1Char(','));
    };
    if (!f.statuses.isEmpty())
        add("--status", joined(f.statuses));
    if (!f.priorities.isEmpty())
        add("--priority", joined(f.priorities));
    if (!f.confidentialities.isEmpty())
        add("--confidentiality", joined(f.confidentialities));
    for (qint64 id : f.stateIds) {
        if (const auto* state = lookup.state(id))
            add("--state", state->iso2.isEmpty() ? state->name : state->iso2);
    }
    for (qint64 id : f.regionIds) {
        for (const reference::NamedItem& region : lookup.regions()) {
            if (region.id == id)
                add("--region", region.code.isEmpty() ? region.name : region.code);
        }
    }
    for (qint64 id : f.themeIds) {
        if (const auto* theme = lookup.theme(id))
            add("--theme", theme->code.isEmpty() ? theme->name : theme->code);
    }
    for (qint64 id : f.adviserIds) {
        if (const auto* adviser = lookup.adviser(id))
            add("--adviser", adviser->name);
    }
    const auto date = [&add](const char* option, const std::optional<QDate>& day) {
        if (day)
            add(option, isoDate(*day));
    };
    date("--received-from", f.receivedFrom);
    date("--received-to", f.receivedTo);
    date("--due-from", f.dueFrom);
    date("--due-to", f.dueTo);
    if (f.hasOpenReferral)
        options << QStringLiteral("--has-open-referral");
    if (f.referredToPartnerId) {
        if (const Result<partners::Partner> partner = session.partners().get(*f.referredToPartnerId))
            add("--referred-to", partner->fields.name); // unique, unlike acronyms
    }
    if (!f.text.isEmpty())
        add("--text", f.text);
    return options.join(QLatin1Char(' '));
}

int runSavedList(CliContext& ctx, const std::string& as)
{
    std::unique_ptr<Session> opened;
    std::optional<qint64> me;
    if (const int code = openSessionAs(ctx, as, false, &opened, &me); code != Ok)
        return code;
    Session& session = *opened;
    Result<std::vector<QuerySearch::SavedSearch>> all = session.search().savedSearches();
    if (!all)
        return ctx.fail(all.error());
    for (const QuerySearch::SavedSearch& search : all.value()) {
        QueryFilter filter = search.filter;
        filter.currentAdviserId = me;
        // The "mine" view counts the acting adviser's queries: without one, there is no count.
        const Result<qint64> count = filter.view == QueryView::Mine && !me
            ? Result<qint64>(makeError(ErrorCode::NotAllowed))
            : session.search().count(filter);
        ctx.out << QStringLiteral("%1 ").arg(search.name, -30)
                << QStringLiteral("%1  ").arg(count ? QString::number(count.value()) : QStringLiteral("-"), 6)
                << filterAsOptions(session, search.filter) << '\n';
    }
    if (all->empty())
        ctx.err << "No saved searches yet; save one with: advicehub-cli --vault " << ctx.vaultPath
                << " saved add NAME [FILTERS] [--text TEXT]" << Qt::endl;
    ctx.out.flush();
    return Ok;
}

int runSavedAdd(CliContext& ctx, const std::string& name, const FilterOptions& filters, const TextOption& text,
    const std::string& as)
{
    std::unique_ptr<Session> session;
    std::optional<qint64> me;
    if (const int code = openSessionAs(ctx, as, true, &session, &me); code != Ok)
        return code;
    QueryFilter filter;
    QuerySort sort;
    if (const int code = buildFilter(ctx, *session, filters, me, &filter, &sort); code != Ok)
        return code;
    Result<std::optional<QString>> searched = readTextOption(text, true);
    if (!searched)
        return ctx.fail(searched.error());
    filter.text = searched->value_or(QString());
    Result<std::vector<QuerySearch::SavedSearch>> all = session->search().savedSearches();
    if (!all)
        return ctx.fail(all.error());
    const bool replacing = std::any_of(all->begin(), all->end(), [&name](const QuerySearch::SavedSearch& search) {
        return search.name.compare(q(name).simplified(), Qt::CaseInsensitive) == 0;
    });
    Result<QuerySearch::SavedSearch> saved = session->search().saveSearch(q(name), filter);
    if (!saved)
        return ctx.fail(saved.error());
    const Result<qint64> count = session->search().count(filter);
    ctx.out << QStringLiteral("%1 %2 (%3 now); run it with: list --saved %4")
                   .arg(replacing ? QStringLiteral("Replaced the saved search") : QStringLiteral("Saved the search"),
                       quoted(saved->name),
                       count ? QStringLiteral("%1 matching").arg(count.value()) : QStringLiteral("no count"),
                       argument(saved->name))
            << Qt::endl;
    return Ok;
}

int runSavedDelete(CliContext& ctx, const std::string& name, const std::string& as)
{
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    QuerySearch::SavedSearch search;
    if (const int code = findSavedSearch(ctx, *session, name, &search); code != Ok)
        return code;
    const Status deleted = session->search().deleteSavedSearch(search.id);
    if (!deleted)
        return failLookup(ctx, deleted.error());
    ctx.out << QStringLiteral("Deleted the saved search %1; the queries it lists are not affected.")
                   .arg(quoted(search.name))
            << Qt::endl;
    return Ok;
}

} // namespace
} // namespace saved_search_commands

void addSavedSearchCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace saved_search_commands;
    CLI::App* saved = app.add_subcommand(
        "saved", "Saved searches: a view, filters and search text kept in the vault; run one with list --saved.");
    saved->require_subcommand(1);
    auto listAs = std::make_shared<std::string>();
    CLI::App* list = saved->add_subcommand(
        "list", "List the saved searches: name, how many queries match now, and the filter options that select them.");
    addMineOption(list, *listAs);
    list->callback([&ctx, &exitCode, listAs] { exitCode = runSavedList(ctx, *listAs); });

    auto name = std::make_shared<std::string>();
    auto filters = std::make_shared<FilterOptions>();
    auto text = std::make_shared<TextOption>();
    auto as = std::make_shared<std::string>();
    CLI::App* add = saved->add_subcommand(
        "add", "Save a search under a name (replacing a saved search of that name): the filters and --text.");
    add->add_option("NAME", *name, "e.g. \"Urgent queries from Africa\"")->required();
    addFilterOptions(add, *filters, nullptr);
    addTextOption(add, "--text", *text, "Search text, as for `search` (accents ignored, \"phrases\", prefix*)")
        ->group(FilterGroup);
    addAsOption(add, *as);
    add->callback(
        [&ctx, &exitCode, name, filters, text, as] { exitCode = runSavedAdd(ctx, *name, *filters, *text, *as); });

    auto deleted = std::make_shared<std::string>();
    auto deleteAs = std::make_shared<std::string>();
    CLI::App* remove = saved->add_subcommand("delete", "Delete a saved search; the queries it lists are not affected.");
    remove->add_option("NAME", *deleted, "The saved search's name")->required();
    addAsOption(remove, *deleteAs);
    remove->callback([&ctx, &exitCode, deleted, deleteAs] { exitCode = runSavedDelete(ctx, *deleted, *deleteAs); });
}

} // namespace advicehub::cli
