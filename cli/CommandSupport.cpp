#include "CommandSupport.h"

#include "PartnerCommands.h"

#include "SessionDocuments.h"
#include "common/IsoTime.h"
#include "reference/TsvTable.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <QFile>
#include <QSettings>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace advicehub::cli {

using namespace advicehub::queries;

namespace {

// The wall clock: the CLI has no reason to fake time.
const SystemClock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString quoted(const QString& text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

QString clip(const QString& text, int width)
{
    const QString flat = text.simplified();
    return flat.size() <= width ? flat : flat.left(width - 1) + QChar(0x2026);
}

QString tableLine(std::initializer_list<Column> columns)
{
    QStringList cells;
    for (const Column& column : columns)
        cells << (column.width > 0 ? column.text.leftJustified(column.width) : column.text);
    return cells.join(QStringLiteral("  "));
}

// ---- Session and acting adviser

Result<std::unique_ptr<Session>> openSession(CliContext& ctx)
{
    Result<std::unique_ptr<Vault>> vault = ctx.openVault();
    if (!vault)
        return vault.error();
    Result<std::unique_ptr<Session>> session = Session::open(std::move(vault.value()), systemClock());
    if (session) {
        // The desktop application's attachment limit applies here too (its settings are read, not written).
        documents::equipSession(**session,
            documents::attachmentMaxMiB(QSettings(QStringLiteral("AdviceHub"), QStringLiteral("AdviceHub"))));
    }
    return session;
}

QString adviserHint(CliContext& ctx)
{
    return QStringLiteral("advicehub-cli --vault %1 adviser add \"Your Name\"").arg(ctx.vaultPath);
}

int chooseAdviser(
    CliContext& ctx, Session& session, const std::string& as, bool required, std::optional<qint64>* adviserId)
{
    if (!as.empty()) {
        Result<advisers::Adviser> adviser = session.advisers().findByName(q(as));
        if (!adviser) {
            if (adviser.code() != ErrorCode::NotFound)
                return ctx.fail(adviser.error());
            return ctx.fail(InvalidInput,
                QStringLiteral("there is no adviser called %1 in this vault; add one with: %2")
                    .arg(quoted(q(as)), adviserHint(ctx)));
        }
        if (required) {
            const Status set = session.setCurrentAdviser(adviser->id);
            if (!set)
                return ctx.fail(set.error());
        }
        *adviserId = adviser->id;
        return Ok;
    }
    if (const std::optional<qint64> last = session.advisers().lastAdviserId()) {
        if (required) {
            const Status set = session.setCurrentAdviser(*last);
            if (!set)
                return ctx.fail(set.error());
        }
        *adviserId = last;
        return Ok;
    }
    if (!required)
        return Ok;
    Result<std::vector<advisers::Adviser>> all = session.advisers().list();
    if (!all)
        return ctx.fail(all.error());
    if (all->empty())
        return ctx.fail(NotAllowed,
            QStringLiteral("this vault has no adviser yet, and every change is recorded with the adviser who made "
                           "it. Add yourself first: %1")
                .arg(adviserHint(ctx)));
    QStringList names;
    for (const advisers::Adviser& adviser : all.value())
        names << adviser.name;
    return ctx.fail(NotAllowed,
        QStringLiteral("say who you are with --as NAME (advisers: %1)").arg(names.join(QStringLiteral(", "))));
}

int openSessionAs(
    CliContext& ctx, const std::string& as, bool required, std::unique_ptr<Session>* session, std::optional<qint64>* me)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    std::optional<qint64> adviser;
    if (const int code = chooseAdviser(ctx, *opened.value(), as, required, &adviser); code != Ok)
        return code;
    *session = std::move(opened).value();
    if (me)
        *me = adviser;
    return Ok;
}

void addAsOption(CLI::App* command, std::string& as)
{
    command
        ->add_option("--as", as,
            "The adviser recorded with the change (default: the vault's default adviser, the last one who "
            "changed something); becomes the default")
        ->type_name("NAME");
}

void addMineOption(CLI::App* command, std::string& adviser)
{
    command
        ->add_option("--for", adviser,
            "Whose queries the \"mine\" view shows (default: the vault's default adviser); records nothing")
        ->type_name("NAME");
}

int failLookup(CliContext& ctx, const Error& error)
{
    return ctx.fail(error.code == ErrorCode::NotFound ? InvalidInput : exitCodeFor(error.code), error.message);
}

// ---- References

int resolveReference(CliContext& ctx, Session& session, const std::string& reference, QueryService::Resolved* resolved)
{
    Result<QueryService::Resolved> found = session.queries().findByReference(q(reference));
    if (!found)
        return failLookup(ctx, found.error());
    *resolved = std::move(found).value();
    return Ok;
}

int resolveQueryToChange(
    CliContext& ctx, Session& session, const std::string& reference, const QString& instead, Query* query)
{
    QueryService::Resolved resolved;
    if (const int code = resolveReference(ctx, session, reference, &resolved); code != Ok)
        return code;
    if (resolved.viaMerge)
        return ctx.fail(NotAllowed,
            QStringLiteral("%1 was merged into %2; %3")
                .arg(resolved.requestedReference, resolved.query.reference, instead.arg(resolved.query.reference)));
    *query = std::move(resolved.query);
    return Ok;
}

// ---- Values typed on the command line

std::optional<QDate> parseDate(const std::string& text)
{
    return queries::parseDate(q(text));
}

std::optional<qint64> parseListedNumber(const std::string& text)
{
    QString number = q(text).trimmed();
    if (number.startsWith(QLatin1Char('#')))
        number.remove(0, 1);
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

QString normalizedCode(const std::string& text)
{
    return queries::normalizedCode(q(text));
}

std::string referenceCodes(const char* table)
{
    const reference::TsvTable codes
        = reference::TsvTable::load(QStringLiteral(":/reference/%1.tsv").arg(QLatin1String(table)));
    QStringList list;
    for (std::size_t row = 0; row < codes.size(); ++row)
        list << codes.value(row, QStringLiteral("code"));
    return list.join(QStringLiteral(", ")).toStdString();
}

Result<QString> readTextFile(const std::string& file)
{
    if (file == "-") {
        // Straight from the descriptor: whatever follows the passphrase line, and nothing of it
        // copied into a stdio buffer.
        QByteArray bytes;
        char buffer[65536];
        for (;;) {
            const ssize_t read = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (read < 0 && errno == EINTR)
                continue;
            if (read < 0)
                return makeError(ErrorCode::Io, QStringLiteral("cannot read standard input"));
            if (read == 0)
                break;
            bytes.append(buffer, static_cast<qsizetype>(read));
        }
        return QString::fromUtf8(bytes);
    }
    QFile in(q(file));
    if (!in.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no file %1").arg(q(file)));
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("cannot read %1").arg(q(file)));
    return QString::fromUtf8(in.readAll());
}

// ---- Case content

CLI::Option* addTextOption(CLI::App* command, const std::string& name, TextOption& option, const std::string& help)
{
    CLI::Option* text = command->add_option(name, option.text, help)->type_name("TEXT");
    CLI::Option* file = command
                            ->add_option(name + "-file", option.file,
                                "The same from FILE, or - for standard input (after the passphrase line): kept off "
                                "the command line")
                            ->type_name("FILE");
    text->excludes(file);
    file->excludes(text);
    return text;
}

Result<std::optional<QString>> readTextOption(const TextOption& option, bool singleLine)
{
    if (option.file) {
        Result<QString> read = readTextFile(*option.file);
        if (!read)
            return read.error();
        QString value = std::move(read).value();
        if (singleLine) {
            while (value.endsWith(QLatin1Char('\n')) || value.endsWith(QLatin1Char('\r')))
                value.chop(1);
        }
        return std::optional<QString>(std::move(value));
    }
    if (option.text)
        return std::optional<QString>(q(*option.text));
    return std::optional<QString>();
}

int checkOneStandardInput(
    CliContext& ctx, const std::vector<std::pair<std::string, const std::optional<std::string>*>>& files)
{
    QStringList readers;
    for (const auto& [name, file] : files) {
        if (*file && **file == "-")
            readers << QString::fromStdString(name);
    }
    if (readers.size() <= 1)
        return Ok;
    return ctx.fail(Usage,
        QStringLiteral("only one option can read standard input (after the passphrase line), not %1; give the "
                       "others a file")
            .arg(readers.join(QStringLiteral(" and "))));
}

// ---- Filters

namespace {

std::string viewCodes()
{
    QStringList list;
    for (QueryView view : allViews())
        list << viewCode(view);
    return list.join(QStringLiteral(", ")).toStdString();
}

} // namespace

void addFilterOptions(CLI::App* command, FilterOptions& f, const char* limitHelp)
{
    command->add_option("--view", f.view, "One of " + viewCodes() + " (default: all)")
        ->type_name("VIEW")
        ->group(FilterGroup);
    command->add_option("--status", f.statuses, "Status (several: comma-separated): " + codeList(allStatuses()))
        ->delimiter(',')
        ->type_name("STATUS")
        ->group(FilterGroup);
    command->add_option("--priority", f.priorities, "Priority (several: comma-separated): " + codeList(allPriorities()))
        ->delimiter(',')
        ->type_name("PRIORITY")
        ->group(FilterGroup);
    command->add_option("--state", f.states, "Requesting State: ISO code or name (repeat for several)")
        ->type_name("STATE")
        ->group(FilterGroup);
    command
        ->add_option(
            "--region", f.regions, "Region: code or name (repeat for several). Codes: " + referenceCodes("regions"))
        ->type_name("REGION")
        ->group(FilterGroup);
    command
        ->add_option(
            "--theme", f.themes, "Theme: code or name (repeat for several). Codes: " + referenceCodes("themes"))
        ->type_name("THEME")
        ->group(FilterGroup);
    command->add_option("--adviser", f.advisers, "Assigned adviser's name (repeat for several)")
        ->type_name("NAME")
        ->group(FilterGroup);
    command
        ->add_option("--confidentiality", f.confidentialities,
            "Confidentiality (several: comma-separated): " + codeList(allConfidentialities()))
        ->delimiter(',')
        ->type_name("LEVEL")
        ->group(FilterGroup);
    command->add_option("--received-from", f.receivedFrom, "Received on or after (YYYY-MM-DD)")
        ->type_name("DATE")
        ->group(FilterGroup);
    command->add_option("--received-to", f.receivedTo, "Received on or before (YYYY-MM-DD)")
        ->type_name("DATE")
        ->group(FilterGroup);
    command->add_option("--due-from", f.dueFrom, "Due on or after (YYYY-MM-DD)")->type_name("DATE")->group(FilterGroup);
    command->add_option("--due-to", f.dueTo, "Due on or before (YYYY-MM-DD)")->type_name("DATE")->group(FilterGroup);
    command
        ->add_flag("--has-open-referral", f.hasOpenReferral,
            "With an open referral (proposed, consent obtained, sent, accepted)")
        ->group(FilterGroup);
    command->add_option("--referred-to", f.referredTo, "Referred (ever) to this partner: name, acronym or id")
        ->type_name("P")
        ->group(FilterGroup);
    if (!limitHelp)
        return;
    command
        ->add_option("--sort", f.sort,
            "Sort by reference, received, state, subject, priority, status, due or adviser, in ascending order "
            "(--desc: descending). Without --sort: by date received, newest first")
        ->type_name("COLUMN")
        ->group("Order");
    command->add_flag("--desc", f.descending, "With --sort: descending order (Z to A, newest first)")->group("Order");
    command->add_option("--limit", f.limit, limitHelp)->type_name("N")->group("Order");
}

int buildFilter(CliContext& ctx, Session& session, const FilterOptions& o, std::optional<qint64> me,
    QueryFilter* filter, QuerySort* sort)
{
    const reference::ReferenceLookup& lookup = session.lookup();
    const auto bad = [&ctx](const QString& message) { return ctx.fail(InvalidInput, message); };
    if (!o.view.empty()) {
        const std::optional<QueryView> view = viewFromCode(q(o.view).trimmed().toLower());
        if (!view)
            return bad(QStringLiteral("unknown view %1 (inbox, mine, all, overdue, due_this_week, awaiting_requester, "
                                      "closed)")
                           .arg(quoted(q(o.view))));
        filter->view = *view;
        if (*view == QueryView::Mine && !me)
            return ctx.fail(NotAllowed,
                QStringLiteral("the \u201cmine\u201d view needs an adviser and this vault has no default one "
                               "yet: name one with --for NAME (--as NAME on a command that "
                               "records something)"));
    }
    filter->currentAdviserId = me;
    for (const std::string& text : o.statuses) {
        const auto status = parseEnum(text, allStatuses());
        if (!status)
            return bad(QStringLiteral("unknown status %1 (%2)").arg(quoted(q(text)), codes(allStatuses())));
        filter->statuses << *status;
    }
    for (const std::string& text : o.priorities) {
        const auto priority = parseEnum(text, allPriorities());
        if (!priority)
            return bad(QStringLiteral("unknown priority %1 (%2)").arg(quoted(q(text)), codes(allPriorities())));
        filter->priorities << *priority;
    }
    for (const std::string& text : o.confidentialities) {
        const auto level = parseEnum(text, allConfidentialities());
        if (!level)
            return bad(QStringLiteral("unknown confidentiality level %1 (%2)")
                           .arg(quoted(q(text)), codes(allConfidentialities())));
        filter->confidentialities << *level;
    }
    for (const std::string& text : o.states) {
        const auto* state = lookup.findState(q(text));
        if (!state)
            return bad(QStringLiteral("unknown State %1 (use an ISO code or the name)").arg(quoted(q(text))));
        filter->stateIds << state->id;
    }
    for (const std::string& text : o.regions) {
        const auto* region = lookup.findRegion(q(text));
        if (!region)
            return bad(QStringLiteral("unknown region %1").arg(quoted(q(text))));
        filter->regionIds << region->id;
    }
    for (const std::string& text : o.themes) {
        const auto* theme = lookup.findTheme(q(text));
        if (!theme)
            return bad(QStringLiteral("unknown theme %1").arg(quoted(q(text))));
        filter->themeIds << theme->id;
    }
    for (const std::string& text : o.advisers) {
        const auto* adviser = lookup.findAdviser(q(text));
        if (!adviser)
            return bad(QStringLiteral("there is no adviser called %1").arg(quoted(q(text))));
        filter->adviserIds << adviser->id;
    }
    const auto date = [&](const std::string& text, const char* option, std::optional<QDate>* out) -> int {
        if (text.empty())
            return Ok;
        *out = parseDate(text);
        if (!*out)
            return bad(QStringLiteral("%1 expects a date like 2026-03-14, not %2")
                           .arg(QLatin1String(option), quoted(q(text))));
        return Ok;
    };
    if (const int code = date(o.receivedFrom, "--received-from", &filter->receivedFrom); code != Ok)
        return code;
    if (const int code = date(o.receivedTo, "--received-to", &filter->receivedTo); code != Ok)
        return code;
    if (const int code = date(o.dueFrom, "--due-from", &filter->dueFrom); code != Ok)
        return code;
    if (const int code = date(o.dueTo, "--due-to", &filter->dueTo); code != Ok)
        return code;
    filter->hasOpenReferral = o.hasOpenReferral;
    if (!o.referredTo.empty()) {
        partners::Partner partner;
        if (const int code = findPartner(ctx, session, o.referredTo, &partner); code != Ok)
            return code;
        filter->referredToPartnerId = partner.id;
    }

    if (o.sort.empty()) {
        *sort = QuerySort { SortColumn::Received, Qt::DescendingOrder }; // newest first, as in the desktop list
        return Ok;
    }
    static const std::pair<const char*, SortColumn> columns[]
        = { { "reference", SortColumn::Reference }, { "received", SortColumn::Received },
              { "state", SortColumn::State }, { "subject", SortColumn::Subject }, { "priority", SortColumn::Priority },
              { "status", SortColumn::Status }, { "due", SortColumn::Due }, { "adviser", SortColumn::Adviser } };
    for (const auto& [name, column] : columns) {
        if (q(o.sort).trimmed().toLower() == QLatin1String(name)) {
            *sort = QuerySort { column, o.descending ? Qt::DescendingOrder : Qt::AscendingOrder };
            return Ok;
        }
    }
    return bad(QStringLiteral("cannot sort by %1 (reference, received, state, subject, priority, status, due, adviser)")
                   .arg(quoted(q(o.sort))));
}

int findSavedSearch(CliContext& ctx, Session& session, const std::string& name, QuerySearch::SavedSearch* search)
{
    Result<std::vector<QuerySearch::SavedSearch>> all = session.search().savedSearches();
    if (!all)
        return ctx.fail(all.error());
    const QString wanted = q(name).simplified();
    for (QuerySearch::SavedSearch& candidate : all.value()) {
        if (candidate.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            *search = std::move(candidate);
            return Ok;
        }
    }
    return ctx.fail(InvalidInput,
        QStringLiteral("there is no saved search called %1 (`saved list` lists them)").arg(quoted(wanted)));
}

} // namespace advicehub::cli
