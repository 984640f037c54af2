#include "QueryCommands.h"

#include "CliContext.h"
#include "common/IsoTime.h"
#include "demo/DemoDataGenerator.h"
#include "queries/Lifecycle.h"
#include "queries/QueryCsv.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace advicehub::cli {

namespace {

using namespace advicehub::queries;

// The wall clock: the CLI has no reason to fake time.
const SystemClock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString queriesCount(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 query") : QStringLiteral("%1 queries").arg(count);
}

QString quoted(const QString& text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

// ---- Session and acting adviser

Result<std::unique_ptr<Session>> openSession(CliContext& ctx)
{
    Result<std::unique_ptr<Vault>> vault = ctx.openVault();
    if (!vault)
        return vault.error();
    return Session::open(std::move(vault.value()), systemClock());
}

QString adviserHint(CliContext& ctx)
{
    return QStringLiteral("advicehub-cli --vault %1 adviser add \"Your Name\"").arg(ctx.vaultPath);
}

// Who acts: --as NAME, otherwise the vault's last adviser. Changes are recorded with that adviser,
// so commands that change something need one (`required`); read-only commands only use it for
// the "mine" view. Returns an exit code (Ok on success) and sets `adviserId`.
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

void addAsOption(CLI::App* command, std::string& as)
{
    command
        ->add_option("--as", as,
            "The adviser recorded with the change (default: the vault's last adviser). Becomes the default.")
        ->type_name("NAME");
}

// ---- Values typed on the command line

std::optional<QDate> parseDate(const std::string& text)
{
    const QString value = q(text).trimmed();
    if (value.size() != 10)
        return std::nullopt;
    const QDate date = parseIsoDate(value);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

template <typename Enum> std::optional<Enum> parseEnum(const std::string& text, const std::vector<Enum>& values)
{
    QString wanted = q(text).trimmed().toLower();
    wanted.replace(QLatin1Char(' '), QLatin1Char('_'));
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (Enum value : values) {
        if (QueryText::code(value) == wanted)
            return value;
    }
    return std::nullopt;
}

template <typename Enum> QString codes(const std::vector<Enum>& values)
{
    QStringList list;
    for (Enum value : values)
        list << QueryText::code(value);
    return list.join(QStringLiteral(", "));
}

// ---- Filters shared by list, search and export

struct FilterOptions {
    std::string view;
    std::vector<std::string> statuses;
    std::vector<std::string> priorities;
    std::vector<std::string> states;
    std::vector<std::string> regions;
    std::vector<std::string> themes;
    std::vector<std::string> advisers;
    std::vector<std::string> confidentialities;
    std::string receivedFrom;
    std::string receivedTo;
    std::string dueFrom;
    std::string dueTo;
    std::string sort;
    bool descending = false;
    int limit = -1;
};

void addFilterOptions(CLI::App* command, FilterOptions& f, const char* limitHelp)
{
    command
        ->add_option("--view", f.view, "inbox, mine, all (default), overdue, due_this_week, awaiting_requester, closed")
        ->type_name("VIEW")
        ->group("Filters");
    command->add_option("--status", f.statuses, "Status code(s), e.g. new,in_progress")
        ->delimiter(',')
        ->type_name("STATUS")
        ->group("Filters");
    command->add_option("--priority", f.priorities, "urgent, high, normal, low (several: comma-separated)")
        ->delimiter(',')
        ->type_name("PRIORITY")
        ->group("Filters");
    command->add_option("--state", f.states, "Requesting State: ISO code or name (repeat for several)")
        ->type_name("STATE")
        ->group("Filters");
    command->add_option("--region", f.regions, "Region: code or name (repeat for several)")
        ->type_name("REGION")
        ->group("Filters");
    command->add_option("--theme", f.themes, "Theme: code or name (repeat for several)")
        ->type_name("THEME")
        ->group("Filters");
    command->add_option("--adviser", f.advisers, "Assigned adviser's name (repeat for several)")
        ->type_name("NAME")
        ->group("Filters");
    command->add_option("--confidentiality", f.confidentialities, "standard, confidential, strictly_confidential")
        ->delimiter(',')
        ->type_name("LEVEL")
        ->group("Filters");
    command->add_option("--received-from", f.receivedFrom, "Received on or after (YYYY-MM-DD)")
        ->type_name("DATE")
        ->group("Filters");
    command->add_option("--received-to", f.receivedTo, "Received on or before (YYYY-MM-DD)")
        ->type_name("DATE")
        ->group("Filters");
    command->add_option("--due-from", f.dueFrom, "Due on or after (YYYY-MM-DD)")->type_name("DATE")->group("Filters");
    command->add_option("--due-to", f.dueTo, "Due on or before (YYYY-MM-DD)")->type_name("DATE")->group("Filters");
    command
        ->add_option("--sort", f.sort,
            "reference, received, state, subject, priority, status, due, adviser (default: received, newest first)")
        ->type_name("COLUMN")
        ->group("Order");
    command->add_flag("--desc", f.descending, "Sort in descending order")->group("Order");
    command->add_option("--limit", f.limit, limitHelp)->type_name("N")->group("Order");
}

// Builds the filter and the sort; returns an exit code (Ok on success).
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
            return ctx.fail(NotAllowed, QStringLiteral("the \u201cmine\u201d view needs an adviser: use --as NAME"));
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

// ---- Output

QString clip(const QString& text, int width)
{
    const QString flat = text.simplified();
    return flat.size() <= width ? flat : flat.left(width - 1) + QChar(0x2026);
}

void printRows(CliContext& ctx, const std::vector<QueryRow>& rows)
{
    ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                   .arg(QStringLiteral("REFERENCE"), -12)
                   .arg(QStringLiteral("RECEIVED"), -10)
                   .arg(QStringLiteral("STATUS"), -18)
                   .arg(QStringLiteral("PRIORITY"), -8)
                   .arg(QStringLiteral("DUE"), -11)
                   .arg(QStringLiteral("STATE"), -20)
                   .arg(QStringLiteral("ADVISER"), -18)
                   .arg(QStringLiteral("SUBJECT"))
            << '\n';
    for (const QueryRow& row : rows) {
        // "!" marks an overdue query, as the desktop table does with colour.
        const QString due = isoDate(row.dueOn) + (row.overdue ? QStringLiteral("!") : QString());
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                       .arg(row.reference, -12)
                       .arg(isoDate(row.receivedOn), -10)
                       .arg(QueryText::code(row.status), -18)
                       .arg(QueryText::code(row.priority), -8)
                       .arg(due, -11)
                       .arg(clip(row.stateName, 20), -20)
                       .arg(clip(row.adviserName, 18), -18)
                       .arg(clip(row.subject, 70))
                << '\n';
    }
    ctx.out.flush();
}

int runList(CliContext& ctx, const FilterOptions& options, const std::string& as, const QString& text)
{
    Result<std::unique_ptr<Session>> session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    std::optional<qint64> me;
    if (const int code = chooseAdviser(ctx, *session.value(), as, false, &me); code != Ok)
        return code;
    QueryFilter filter;
    QuerySort sort;
    if (const int code = buildFilter(ctx, *session.value(), options, me, &filter, &sort); code != Ok)
        return code;
    filter.text = text;
    const int limit = options.limit < 0 ? 100 : options.limit;
    std::vector<QueryRow> rows;
    std::optional<PageCursor> cursor;
    do {
        const int pageSize = limit == 0 ? 1000 : std::min(1000, limit - static_cast<int>(rows.size()));
        Result<QueryPage> page = session.value()->search().page(filter, sort, cursor, pageSize);
        if (!page)
            return ctx.fail(page.error());
        for (QueryRow& row : page->rows)
            rows.push_back(std::move(row));
        cursor = page->next;
    } while (cursor && (limit == 0 || static_cast<int>(rows.size()) < limit));
    printRows(ctx, rows);
    Result<qint64> total = session.value()->search().count(filter);
    if (total && total.value() > static_cast<qint64>(rows.size()))
        ctx.err << QStringLiteral("%1 of %2 queries shown; --limit N shows more (0: all).")
                       .arg(rows.size())
                       .arg(total.value())
                << Qt::endl;
    else if (rows.empty())
        ctx.err << "No query matches." << Qt::endl;
    return Ok;
}

// ---- show

void printIndented(CliContext& ctx, const QString& text)
{
    QString trimmed = text;
    while (trimmed.endsWith(QLatin1Char('\n')))
        trimmed.chop(1);
    for (const QString& line : trimmed.split(QLatin1Char('\n')))
        ctx.out << "    " << line << '\n';
}

int runShow(CliContext& ctx, const std::string& reference)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    Result<QueryService::Resolved> resolved = session.queries().findByReference(q(reference));
    if (!resolved)
        return ctx.fail(resolved.code() == ErrorCode::NotFound ? InvalidInput : exitCodeFor(resolved.code()),
            resolved.error().message);
    const Query& query = resolved->query;
    const QueryInput& f = query.fields;
    if (resolved->viaMerge)
        ctx.out << resolved->requestedReference << " was merged into " << query.reference << ".\n\n";
    const QDate today = session.queries().today();
    QStringList contact;
    for (const QString& part : { f.contact.name, f.contact.function, f.contact.email, f.contact.phone }) {
        if (!part.isEmpty())
            contact << part;
    }
    QStringList articles;
    for (int article : f.articles)
        articles << QString::number(article);
    const auto field = [&ctx](const char* label, const QString& value) {
        ctx.out << QStringLiteral("%1 ").arg(QLatin1String(label), -18) << value << '\n';
    };
    ctx.out << query.reference << "  " << f.subject << '\n';
    field("status:",
        QueryText::label(query.status) + QStringLiteral(" (") + QueryText::code(query.status) + QLatin1Char(')'));
    field("received:", isoDate(f.receivedOn) + QStringLiteral(", ") + query.channelName);
    field("requesting State:", query.stateName + QStringLiteral(" (") + query.regionName + QLatin1Char(')'));
    field("institution:",
        f.institution
            + (query.institutionTypeName.isEmpty()
                    ? QString()
                    : QStringLiteral(" [") + query.institutionTypeName + QLatin1Char(']')));
    field("contact:", contact.join(QStringLiteral(", ")));
    field("language:", f.language);
    field("confidentiality:", QueryText::label(f.confidentiality));
    field("themes:", query.themeNames.join(QStringLiteral("; ")));
    field("UNCAT articles:", articles.join(QStringLiteral(", ")));
    field("priority:", QueryText::label(f.priority));
    QString due = isoDate(query.dueOn);
    if (Lifecycle::isOverdue(query.status, query.dueOn, today))
        due += QStringLiteral(" (overdue)");
    else if (query.waitingSince)
        due += QStringLiteral(" (clock stopped since %1)").arg(isoDate(*query.waitingSince));
    field("due:", due);
    field("adviser:", query.adviserName);
    field("route:", f.route ? QueryText::label(*f.route) : QString());
    ctx.out << "\nRequest:\n";
    printIndented(ctx, f.requestText);
    if (!f.notes.isEmpty()) {
        ctx.out << "\nNotes:\n";
        printIndented(ctx, f.notes);
    }
    Result<std::vector<QueryLink>> links = session.queries().links(query.id);
    if (!links)
        return ctx.fail(links.error());
    if (!links->empty()) {
        ctx.out << "\nLinks:\n";
        for (const QueryLink& link : links.value()) {
            const QString kind = link.kind == LinkKind::Related ? QStringLiteral("related to")
                : link.outgoing                                 ? QStringLiteral("follow-up of")
                                                                : QStringLiteral("followed up by");
            ctx.out << "    " << QStringLiteral("%1 ").arg(kind, -15) << link.otherReference << "  "
                    << link.otherSubject << '\n';
        }
    }
    Result<std::vector<TimelineEntry>> timeline = session.queries().timeline(query.id);
    if (!timeline)
        return ctx.fail(timeline.error());
    ctx.out << "\nTimeline:\n";
    for (const TimelineEntry& entry : timeline.value()) {
        QString summary = entry.summary;
        if (entry.kind == EntryKind::FieldChanged || entry.kind == EntryKind::StatusChanged)
            summary += QStringLiteral(": %1 \u2192 %2").arg(entry.oldValue, entry.newValue);
        ctx.out << "    " << entry.occurredAtUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                << QStringLiteral("%1 ").arg(TimelineText::label(entry.kind), -16)
                << QStringLiteral("%1 ").arg(entry.adviserName, -18) << summary << '\n';
        if (!entry.body.isEmpty())
            for (const QString& line : entry.body.split(QLatin1Char('\n')))
                ctx.out << "          " << line << '\n';
    }
    ctx.out.flush();
    return Ok;
}

// ---- import / export

int runImport(CliContext& ctx, const std::string& file, bool checkOnly, const std::string& as)
{
    const QString path = q(file);
    if (!QFileInfo::exists(path))
        return ctx.fail(FileError, QStringLiteral("there is no file %1").arg(path));
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    std::optional<qint64> me;
    if (const int code = chooseAdviser(ctx, session, as, !checkOnly, &me); code != Ok)
        return code;
    QueryCsv csv(session.vault().connection(), session.queries(), session.search(), session.lookup());
    ImportOptions options;
    options.dryRun = checkOnly;
    Result<ImportReport> report = csv.importFile(path, options);
    if (!report)
        return ctx.fail(report.error());
    if (!report->accepted()) {
        ctx.out.flush();
        for (const QString& line : report->lines())
            ctx.err << QFileInfo(path).fileName() << ": " << line << '\n';
        return ctx.fail(InvalidInput,
            QStringLiteral("%1 problem(s) in %2; nothing was imported. Correct the file and import it again.")
                .arg(report->problems.size())
                .arg(QFileInfo(path).fileName()));
    }
    if (checkOnly) {
        ctx.out << QStringLiteral("%1 rows checked: the file can be imported.").arg(report->rows) << Qt::endl;
        return Ok;
    }
    QString range;
    if (!report->importedIds.empty()) {
        Result<Query> first = session.queries().get(report->importedIds.front());
        Result<Query> last = session.queries().get(report->importedIds.back());
        if (first && last)
            range = report->importedIds.size() == 1 ? first->reference
                                                    : first->reference + QStringLiteral(" \u2026 ") + last->reference;
    }
    ctx.out << QStringLiteral("Imported %1 (%2).")
                   .arg(queriesCount(static_cast<qsizetype>(report->importedIds.size())), range)
            << Qt::endl;
    return Ok;
}

struct ExportCommandOptions {
    std::string format = "csv";
    std::string output;
    std::vector<std::string> references;
    bool timeline = false;
    bool force = false;
    bool noBom = false;
};

int runExport(CliContext& ctx, const FilterOptions& filters, const ExportCommandOptions& o, const std::string& as)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    std::optional<qint64> me;
    if (const int code = chooseAdviser(ctx, session, as, true, &me); code != Ok)
        return code;

    QList<qint64> ids;
    if (!o.references.empty()) {
        for (const std::string& reference : o.references) {
            Result<QueryService::Resolved> resolved = session.queries().findByReference(q(reference));
            if (!resolved)
                return ctx.fail(resolved.code() == ErrorCode::NotFound ? InvalidInput : exitCodeFor(resolved.code()),
                    resolved.error().message);
            ids << resolved->query.id;
        }
    } else {
        QueryFilter filter;
        QuerySort sort;
        if (const int code = buildFilter(ctx, session, filters, me, &filter, &sort); code != Ok)
            return code;
        Result<QList<qint64>> found = session.search().ids(filter, sort);
        if (!found)
            return ctx.fail(found.error());
        ids = found.value();
        if (filters.limit > 0 && ids.size() > filters.limit)
            ids.resize(filters.limit);
    }

    ExportOptions options;
    options.format = o.format == "json" ? ExportFormat::Json : ExportFormat::Csv;
    options.includeTimeline = o.timeline;
    options.overwrite = o.force;
    options.byteOrderMark = !o.noBom;
    QueryCsv csv(session.vault().connection(), session.queries(), session.search(), session.lookup());
    Result<ExportResult> result = makeError(ErrorCode::Internal);
    if (o.output.empty() || o.output == "-") {
        ctx.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(FileError, QStringLiteral("cannot write to standard output"));
        options.destination = QStringLiteral("standard output (advicehub-cli)");
        result = csv.exportToDevice(ids, out, options);
        out.flush();
    } else {
        result = csv.exportToFile(ids, q(o.output), options);
    }
    if (!result)
        return ctx.fail(result.error());
    ctx.err << QStringLiteral("Exported %1%2; the export is recorded in the timeline.")
                   .arg(queriesCount(result->exported))
                   .arg(o.output.empty() || o.output == "-" ? QString() : QStringLiteral(" to ") + q(o.output))
            << Qt::endl;
    return Ok;
}

// ---- add

struct AddOptions {
    std::string received;
    std::string channel;
    std::string state;
    std::string institutionType;
    std::string institution;
    std::string contactName;
    std::string contactFunction;
    std::string contactEmail;
    std::string contactPhone;
    std::string subject;
    std::string request;
    std::string requestFile;
    std::string language;
    std::string confidentiality;
    std::vector<std::string> themes;
    std::vector<int> articles;
    std::string priority;
    std::string due;
    std::string assign;
    std::string route;
    std::string notes;
};

// Reads the request text from a file, or from standard input for "-" (after the passphrase line).
Result<QString> readRequestText(const std::string& file)
{
    if (file == "-") {
        QByteArray bytes;
        char buffer[65536];
        std::size_t read = 0;
        while ((read = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
            bytes.append(buffer, static_cast<qsizetype>(read));
        return QString::fromUtf8(bytes);
    }
    QFile in(q(file));
    if (!in.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no file %1").arg(q(file)));
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("cannot read %1").arg(q(file)));
    return QString::fromUtf8(in.readAll());
}

// The option of `add` that sets a field, to point at it in messages.
QString optionFor(QueryField field)
{
    switch (field) {
    case QueryField::Themes:
        return QStringLiteral("--theme");
    case QueryField::Articles:
        return QStringLiteral("--article");
    case QueryField::Adviser:
        return QStringLiteral("--assign");
    case QueryField::RequestText:
        return QStringLiteral("--request");
    default:
        return QStringLiteral("--") + QueryText::code(field).replace(QLatin1Char('_'), QLatin1Char('-'));
    }
}

int runAdd(CliContext& ctx, const AddOptions& o, const std::string& as)
{
    QString request = q(o.request);
    if (!o.requestFile.empty()) {
        if (!o.request.empty())
            return ctx.fail(Usage, QStringLiteral("give the request with --request or --request-file, not both"));
        // Standard input is read after the passphrase, which comes first on it.
    }
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    std::optional<qint64> me;
    if (const int code = chooseAdviser(ctx, session, as, true, &me); code != Ok)
        return code;
    if (!o.requestFile.empty()) {
        Result<QString> text = readRequestText(o.requestFile);
        if (!text)
            return ctx.fail(text.error());
        request = text.value();
    }

    const reference::ReferenceLookup& lookup = session.lookup();
    QStringList problems;
    QueryInput in;
    in.receivedOn = session.queries().today();
    if (!o.received.empty()) {
        const auto date = parseDate(o.received);
        if (date)
            in.receivedOn = *date;
        else
            problems << QStringLiteral("--received: %1 is not a date like 2026-03-14").arg(quoted(q(o.received)));
    }
    if (const auto* channel = lookup.findChannel(q(o.channel)))
        in.channelId = channel->id;
    else
        problems << QStringLiteral("--channel: unknown channel %1").arg(quoted(q(o.channel)));
    if (const auto* state = lookup.findState(q(o.state)))
        in.stateId = state->id;
    else
        problems << QStringLiteral("--state: unknown State %1").arg(quoted(q(o.state)));
    if (!o.institutionType.empty()) {
        if (const auto* type = lookup.findInstitutionType(q(o.institutionType)))
            in.institutionTypeId = type->id;
        else
            problems << QStringLiteral("--institution-type: unknown type %1").arg(quoted(q(o.institutionType)));
    }
    in.institution = q(o.institution);
    in.contact = Contact { q(o.contactName), q(o.contactFunction), q(o.contactEmail), q(o.contactPhone) };
    in.subject = q(o.subject);
    in.requestText = request;
    in.notes = q(o.notes);
    if (!o.language.empty()) {
        if (const auto* language = lookup.findLanguage(q(o.language)))
            in.language = language->code;
        else
            problems << QStringLiteral("--language: unknown language %1").arg(quoted(q(o.language)));
    }
    if (!o.confidentiality.empty()) {
        if (const auto level = parseEnum(o.confidentiality, allConfidentialities()))
            in.confidentiality = *level;
        else
            problems << QStringLiteral("--confidentiality: one of %1").arg(codes(allConfidentialities()));
    }
    for (const std::string& text : o.themes) {
        if (const auto* theme = lookup.findTheme(q(text)))
            in.themeIds << theme->id;
        else
            problems << QStringLiteral("--theme: unknown theme %1").arg(quoted(q(text)));
    }
    for (int article : o.articles)
        in.articles << article;
    if (!o.priority.empty()) {
        if (const auto priority = parseEnum(o.priority, allPriorities()))
            in.priority = *priority;
        else
            problems << QStringLiteral("--priority: one of %1").arg(codes(allPriorities()));
    }
    if (!o.due.empty()) {
        if (const auto date = parseDate(o.due))
            in.dueOn = *date;
        else
            problems << QStringLiteral("--due: %1 is not a date like 2026-03-14").arg(quoted(q(o.due)));
    }
    if (!o.assign.empty()) {
        if (const auto* adviser = lookup.findAdviser(q(o.assign)))
            in.assignedAdviserId = adviser->id;
        else
            problems << QStringLiteral("--assign: there is no adviser called %1").arg(quoted(q(o.assign)));
    }
    if (!o.route.empty()) {
        if (const auto route = parseEnum(o.route, allRoutes()))
            in.route = *route;
        else
            problems << QStringLiteral("--route: one of %1").arg(codes(allRoutes()));
    }
    for (const FieldError& error : session.queries().validate(in)) {
        const QString option = optionFor(error.field);
        // A value refused above already has its message.
        bool already = false;
        for (const QString& problem : problems)
            already = already || problem.startsWith(option + QLatin1Char(':'));
        if (!already)
            problems << option + QStringLiteral(": ") + error.message;
    }
    if (!problems.isEmpty()) {
        for (const QString& problem : problems)
            ctx.err << problem << '\n';
        return ctx.fail(InvalidInput, QStringLiteral("the query was not added"));
    }
    Result<Query> created = session.queries().create(in);
    if (!created)
        return ctx.fail(created.error());
    ctx.out << created->reference << Qt::endl;
    return Ok;
}

// ---- status

struct StatusOptions {
    std::string reference;
    std::string status;
    std::string reason;
    std::string assign;
    std::string route;
    std::string priority;
    std::string due;
};

int runStatus(CliContext& ctx, const StatusOptions& o, const std::string& as)
{
    const std::optional<QueryStatus> to = parseEnum(o.status, allStatuses());
    if (!to)
        return ctx.fail(
            InvalidInput, QStringLiteral("unknown status %1 (%2)").arg(quoted(q(o.status)), codes(allStatuses())));
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    std::optional<qint64> me;
    if (const int code = chooseAdviser(ctx, session, as, true, &me); code != Ok)
        return code;
    Result<QueryService::Resolved> resolved = session.queries().findByReference(q(o.reference));
    if (!resolved)
        return ctx.fail(resolved.code() == ErrorCode::NotFound ? InvalidInput : exitCodeFor(resolved.code()),
            resolved.error().message);
    if (resolved->viaMerge)
        return ctx.fail(NotAllowed,
            QStringLiteral("%1 was merged into %2; change the status of %2")
                .arg(resolved->requestedReference, resolved->query.reference));
    const Query& query = resolved->query;

    Status changed;
    if (*to == QueryStatus::Triaged) {
        // Triage sets what a triaged query must have: an adviser and a route.
        QueryService::Triage triage;
        triage.priority = query.fields.priority;
        triage.adviserId = query.fields.assignedAdviserId.value_or(me.value_or(0));
        triage.route = query.fields.route.value_or(Route::InHouse);
        triage.note = q(o.reason);
        if (!o.assign.empty()) {
            const auto* adviser = session.lookup().findAdviser(q(o.assign));
            if (!adviser)
                return ctx.fail(InvalidInput, QStringLiteral("there is no adviser called %1").arg(quoted(q(o.assign))));
            triage.adviserId = adviser->id;
        }
        if (!o.route.empty()) {
            const auto route = parseEnum(o.route, allRoutes());
            if (!route)
                return ctx.fail(InvalidInput, QStringLiteral("--route: one of %1").arg(codes(allRoutes())));
            triage.route = *route;
        }
        if (!o.priority.empty()) {
            const auto priority = parseEnum(o.priority, allPriorities());
            if (!priority)
                return ctx.fail(InvalidInput, QStringLiteral("--priority: one of %1").arg(codes(allPriorities())));
            triage.priority = *priority;
        }
        if (!o.due.empty()) {
            triage.dueOn = parseDate(o.due);
            if (!triage.dueOn)
                return ctx.fail(InvalidInput, QStringLiteral("--due expects a date like 2026-03-14"));
        }
        changed = session.queries().triage(query.id, triage);
    } else {
        changed = session.queries().changeStatus(query.id, *to, q(o.reason));
    }
    if (!changed) {
        if (changed.code() == ErrorCode::NotAllowed) {
            QStringList allowed;
            for (QueryStatus next : Lifecycle::allowedFrom(query.status))
                allowed << QueryText::code(next);
            ctx.err << query.reference << " is " << QueryText::code(query.status) << "; it can become: "
                    << (allowed.isEmpty() ? QStringLiteral("nothing") : allowed.join(QStringLiteral(", "))) << Qt::endl;
        }
        return ctx.fail(changed.error());
    }
    Result<Query> after = session.queries().get(query.id);
    ctx.out << query.reference << ": " << QueryText::code(query.status) << " \u2192 "
            << (after ? QueryText::code(after->status) : q(o.status)) << Qt::endl;
    return Ok;
}

// ---- demo and advisers

int runDemo(CliContext& ctx, int count, unsigned seed, const std::string& as)
{
    if (count < 1 || count > 1000000)
        return ctx.fail(InvalidInput, QStringLiteral("--queries must be between 1 and 1,000,000"));
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    std::optional<qint64> me;
    // The demo brings its own fictional advisers: a vault without any is fine here.
    if (const int code = chooseAdviser(ctx, session, as, false, &me); code != Ok)
        return code;
    if (me) {
        const Status set = session.setCurrentAdviser(*me);
        if (!set)
            return ctx.fail(set.error());
    }
    demo::DemoDataOptions options;
    options.queries = count;
    options.seed = seed;
    options.progress = [&ctx, count](qint64 done, qint64) {
        if (count >= 10000)
            ctx.err << QStringLiteral("\r%1 of %2 queries").arg(done).arg(count) << Qt::flush;
        return true;
    };
    Result<demo::DemoDataSummary> summary
        = demo::DemoDataGenerator::populate(session.queries(), session.advisers(), session.lookup(), options);
    if (count >= 10000)
        ctx.err << '\n';
    if (!summary)
        return ctx.fail(summary.error());
    if (!me) {
        const Status set = session.setCurrentAdviser(summary->adviserIds.front());
        if (!set)
            return ctx.fail(set.error());
    }
    ctx.out << QStringLiteral("Added %1 fictional queries (%2 fictional advisers).")
                   .arg(summary->queries)
                   .arg(summary->adviserIds.size())
            << Qt::endl;
    return Ok;
}

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
        return ctx.fail(added.error());
    // The first adviser of a vault becomes the one commands act as by default.
    if (!session.advisers().lastAdviserId()) {
        const Status set = session.advisers().setLastAdviserId(added->id);
        if (!set)
            return ctx.fail(set.error());
    }
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

} // namespace

void addQueryCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    // import
    {
        auto file = std::make_shared<std::string>();
        auto check = std::make_shared<bool>(false);
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("import",
            "Import queries from a CSV file (columns: docs/CSV.md). Every row is checked first: a file with any "
            "bad row imports nothing, and every bad row is listed.");
        command->add_option("FILE", *file, "The CSV file (UTF-8)")->required();
        command->add_flag("--check", *check, "Only check the file; import nothing");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, file, check, as] { exitCode = runImport(ctx, *file, *check, *as); });
    }
    // export
    {
        auto filters = std::make_shared<FilterOptions>();
        auto options = std::make_shared<ExportCommandOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("export",
            "Export queries to CSV or JSON: those matching the filters (default: all), or --ref. Standard output "
            "without -o. Every export is recorded in the exported queries' timelines.");
        command->add_option("--format", options->format, "csv (default) or json")
            ->check(CLI::IsMember({ "csv", "json" }))
            ->type_name("FORMAT");
        command->add_option("-o,--output", options->output, "The file to write (mode 0600); default: standard output")
            ->type_name("FILE");
        command->add_option("--ref", options->references, "Export this query (repeat for several)")->type_name("REF");
        command->add_flag("--timeline", options->timeline, "JSON: include every query's timeline");
        command->add_flag("--force", options->force, "Replace an existing file");
        command->add_flag("--no-bom", options->noBom, "CSV: no UTF-8 byte-order mark");
        addFilterOptions(command, *filters, "Export at most N queries (default: all)");
        addAsOption(command, *as);
        command->callback(
            [&ctx, &exitCode, filters, options, as] { exitCode = runExport(ctx, *filters, *options, *as); });
    }
    // list and search
    {
        auto filters = std::make_shared<FilterOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("list", "List queries: a view with filters, newest first.");
        addFilterOptions(command, *filters, "Show at most N queries (default 100; 0: all)");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, filters, as] { exitCode = runList(ctx, *filters, *as, QString()); });
    }
    {
        auto filters = std::make_shared<FilterOptions>();
        auto as = std::make_shared<std::string>();
        auto words = std::make_shared<std::vector<std::string>>();
        CLI::App* command = app.add_subcommand("search",
            "Full-text search over subject, request, institution, contacts and notes (accents ignored; \"a phrase\", "
            "prefix*), combined with the filters.");
        command->add_option("TEXT", *words, "What to search for")->required();
        addFilterOptions(command, *filters, "Show at most N queries (default 100; 0: all)");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, filters, as, words] {
            QStringList text;
            for (const std::string& word : *words)
                text << q(word);
            exitCode = runList(ctx, *filters, *as, text.join(QLatin1Char(' ')));
        });
    }
    // show
    {
        auto reference = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("show",
            "Show a query with its links and timeline (a merged duplicate's reference shows the query it was merged "
            "into).");
        command->add_option("REF", *reference, "The reference, e.g. AH-2026-0042")->required();
        command->callback([&ctx, &exitCode, reference] { exitCode = runShow(ctx, *reference); });
    }
    // add
    {
        auto o = std::make_shared<AddOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("add",
            "Register a query. Prints its reference. The request text comes from --request, --request-file FILE or "
            "--request-file - (standard input, after the passphrase line).");
        command->add_option("--received", o->received, "Date received (YYYY-MM-DD; default today)")->type_name("DATE");
        command
            ->add_option(
                "--channel", o->channel, "email, letter, meeting_geneva, country_visit, regional_seminar, call, other")
            ->required()
            ->type_name("CHANNEL");
        command->add_option("--state", o->state, "Requesting State: ISO code or name")->required()->type_name("STATE");
        command->add_option("--institution-type", o->institutionType, "e.g. ministry_justice, nhri, npm")
            ->type_name("TYPE");
        command->add_option("--institution", o->institution, "Requesting institution")->type_name("TEXT");
        command->add_option("--contact-name", o->contactName, "Contact person")->type_name("TEXT");
        command->add_option("--contact-function", o->contactFunction, "Contact's function")->type_name("TEXT");
        command->add_option("--contact-email", o->contactEmail, "Contact's e-mail")->type_name("EMAIL");
        command->add_option("--contact-phone", o->contactPhone, "Contact's phone")->type_name("PHONE");
        command->add_option("--subject", o->subject, "Short subject")->required()->type_name("TEXT");
        command->add_option("--request", o->request, "The request text")->type_name("TEXT");
        command
            ->add_option("--request-file", o->requestFile, "Read the request text from FILE, or - for standard input")
            ->type_name("FILE");
        command->add_option("--language", o->language, "en (default), fr, es, ar, ru, zh, pt, other")
            ->type_name("CODE");
        command
            ->add_option(
                "--confidentiality", o->confidentiality, "standard, confidential (default), strictly_confidential")
            ->type_name("LEVEL");
        command->add_option("--theme", o->themes, "Theme code or name (repeat for several)")
            ->required()
            ->type_name("THEME");
        command->add_option("--article", o->articles, "UNCAT article concerned (repeat, or comma-separated)")
            ->delimiter(',')
            ->type_name("N");
        command->add_option("--priority", o->priority, "urgent, high, normal (default), low")->type_name("PRIORITY");
        command->add_option("--due", o->due, "Due date (YYYY-MM-DD; default: from the priority, in working days)")
            ->type_name("DATE");
        command->add_option("--assign", o->assign, "Assigned adviser")->type_name("NAME");
        command->add_option("--route", o->route, "in_house, refer, both, out_of_scope")->type_name("ROUTE");
        command->add_option("--notes", o->notes, "Free notes")->type_name("TEXT");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runAdd(ctx, *o, *as); });
    }
    // status
    {
        auto o = std::make_shared<StatusOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("status",
            "Move a query through its lifecycle (only allowed transitions; some need --reason). Becoming "
            "\"triaged\" also sets adviser (default: you), route and priority.");
        command->add_option("REF", o->reference, "The reference")->required();
        command->add_option("NEW_STATUS", o->status, codes(allStatuses()).toStdString())->required();
        command->add_option("--reason", o->reason, "Why (required to decline, close while awaiting, reopen)")
            ->type_name("TEXT");
        command->add_option("--assign", o->assign, "triaged: the adviser in charge")->type_name("NAME");
        command->add_option("--route", o->route, "triaged: in_house, refer, both, out_of_scope")->type_name("ROUTE");
        command->add_option("--priority", o->priority, "triaged: urgent, high, normal, low")->type_name("PRIORITY");
        command->add_option("--due", o->due, "triaged: due date (YYYY-MM-DD)")->type_name("DATE");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runStatus(ctx, *o, *as); });
    }
    // demo
    {
        auto count = std::make_shared<int>(300);
        auto seed = std::make_shared<unsigned>(20260105);
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("demo",
            "Fill the vault with fictional queries (and fictional advisers) for demonstrations, tests and "
            "benchmarks. Never use it on a vault with real cases.");
        command->add_option("--queries", *count, "How many (default 300)")->type_name("N");
        command->add_option("--seed", *seed, "Random seed (the same seed gives the same data)")->type_name("N");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, count, seed, as] { exitCode = runDemo(ctx, *count, *seed, *as); });
    }
    // adviser add | list
    {
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
    }
}

} // namespace advicehub::cli
