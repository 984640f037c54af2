#include "QueryCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "PartnerCommands.h"
#include "QueryFieldOptions.h"
#include "common/IsoTime.h"
#include "demo/DemoDataGenerator.h"
#include "queries/CaseSummaryBuilder.h"
#include "queries/QueryCsv.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <memory>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace query_commands {
namespace {

using namespace advicehub::queries;

QString queriesCount(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 query") : QStringLiteral("%1 queries").arg(count);
}

// ---- Output

// `foundIn` (may be empty): for a full-text search, the attachments of a query in which its words
// were found, printed under its row.
void printRows(
    CliContext& ctx, const std::vector<QueryRow>& rows, const std::function<QStringList(const QueryRow&)>& foundIn = {})
{
    ctx.out << tableLine({ { QStringLiteral("REFERENCE"), 12 }, { QStringLiteral("RECEIVED"), 10 },
        { QStringLiteral("STATUS"), 18 }, { QStringLiteral("PRIORITY"), 8 }, { QStringLiteral("DUE"), 11 },
        { QStringLiteral("STATE"), 20 }, { QStringLiteral("ADVISER"), 18 }, { QStringLiteral("SUBJECT") } })
            << '\n';
    for (const QueryRow& row : rows) {
        // "!" marks an overdue query, as the desktop table does with colour.
        const QString due = isoDate(row.dueOn) + (row.overdue ? QStringLiteral("!") : QString());
        ctx.out << tableLine({ { row.reference, 12 }, { isoDate(row.receivedOn), 10 },
            { QueryText::code(row.status), 18 }, { QueryText::code(row.priority), 8 }, { due, 11 },
            { clip(row.stateName, 20), 20 }, { clip(row.adviserName, 18), 18 }, { clip(row.subject, 70) } })
                << '\n';
        if (foundIn) {
            const QStringList names = foundIn(row);
            if (!names.isEmpty())
                ctx.out << QStringLiteral("    found in attachment%1: %2")
                               .arg(names.size() == 1 ? QString() : QStringLiteral("s"),
                                   names.join(QStringLiteral(", ")))
                        << '\n';
        }
    }
    ctx.out.flush();
}

// The same rows as JSON for scripts: an array of objects with codes under stable keys (status,
// priority and confidentiality codes, ISO dates; null for no value).
void printRowsJson(
    CliContext& ctx, const std::vector<QueryRow>& rows, const std::function<QStringList(const QueryRow&)>& foundIn)
{
    const auto optional = [](const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonArray array;
    for (const QueryRow& row : rows) {
        QJsonObject o;
        o.insert(QStringLiteral("reference"), row.reference);
        o.insert(QStringLiteral("received"), isoDate(row.receivedOn));
        o.insert(QStringLiteral("status"), QueryText::code(row.status));
        o.insert(QStringLiteral("priority"), QueryText::code(row.priority));
        o.insert(QStringLiteral("confidentiality"), QueryText::code(row.confidentiality));
        o.insert(QStringLiteral("due"), optional(isoDate(row.dueOn)));
        o.insert(QStringLiteral("overdue"), row.overdue);
        o.insert(QStringLiteral("state"), optional(row.stateName));
        o.insert(QStringLiteral("adviser"), optional(row.adviserName));
        o.insert(QStringLiteral("subject"), row.subject);
        if (foundIn)
            o.insert(QStringLiteral("found_in_attachments"), QJsonArray::fromStringList(foundIn(row)));
        array.append(o);
    }
    ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

// `saved`: the name of a saved search, whose filter replaces the (then empty) filter options.
// `text`: the search text, typed or from a file.
int runList(CliContext& ctx, const FilterOptions& options, const std::string& as, const TextOption& text,
    const std::optional<std::string>& saved, const std::string& format)
{
    std::unique_ptr<Session> session;
    std::optional<qint64> me;
    if (const int code = openSessionAs(ctx, as, false, &session, &me); code != Ok)
        return code;
    QueryFilter filter;
    QuerySort sort;
    if (const int code = buildFilter(ctx, *session, options, me, &filter, &sort); code != Ok)
        return code;
    Result<std::optional<QString>> searched = readTextOption(text, true);
    if (!searched)
        return ctx.fail(searched.error());
    filter.text = searched->value_or(QString());
    if (saved) {
        QuerySearch::SavedSearch search;
        if (const int code = findSavedSearch(ctx, *session, *saved, &search); code != Ok)
            return code;
        filter = search.filter;
        filter.currentAdviserId = me;
        if (filter.view == QueryView::Mine && !me)
            return ctx.fail(NotAllowed,
                QStringLiteral("%1 shows the \u201cmine\u201d view, which needs an adviser: use --for NAME")
                    .arg(quoted(search.name)));
    }
    const int limit = options.limit < 0 ? 100 : options.limit;
    std::vector<QueryRow> rows;
    std::optional<PageCursor> cursor;
    do {
        const int pageSize = limit == 0 ? 1000 : std::min(1000, limit - static_cast<int>(rows.size()));
        Result<QueryPage> page = session->search().page(filter, sort, cursor, pageSize);
        if (!page)
            return ctx.fail(page.error());
        for (QueryRow& row : page->rows)
            rows.push_back(std::move(row));
        cursor = page->next;
    } while (cursor && (limit == 0 || static_cast<int>(rows.size()) < limit));
    std::function<QStringList(const QueryRow&)> foundIn;
    const QString fts = filter.text.trimmed().isEmpty() ? QString() : QuerySearch::ftsExpression(filter.text);
    if (!fts.isEmpty()) {
        foundIn = [&session, &fts](const QueryRow& row) {
            Result<QStringList> names = session->attachments().matchingAttachments(row.id, fts);
            return names ? names.value() : QStringList();
        };
    }
    if (format == "json")
        printRowsJson(ctx, rows, foundIn);
    else
        printRows(ctx, rows, foundIn);
    Result<qint64> total = session->search().count(filter);
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

// What `show` prints for a field without a value.
constexpr QChar EmptyValue(0x2014);

// A value a timeline entry changed, as the detail pane shows it: the label of a status,
// priority, confidentiality or route code (the codes are in --format json).
QString valueLabel(const QString& field, const QString& value)
{
    return value.isEmpty() ? QString(EmptyValue) : QueryText::valueLabel(field, value);
}

// `show --format json`: the export's JSON of the query (codes under stable keys, the timeline
// included), with "merged_from" when a merged duplicate's reference was given.
int printShowJson(CliContext& ctx, const QueryService::Resolved& resolved, const casefile::CaseSummary& summary)
{
    QJsonObject object = casefile::caseSummaryToJson(summary);
    if (resolved.viaMerge)
        object.insert(QStringLiteral("merged_from"), resolved.requestedReference);
    ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    ctx.out.flush();
    return Ok;
}

int runShow(CliContext& ctx, const std::string& reference, const std::string& format)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    QueryService::Resolved resolved;
    if (const int code = resolveReference(ctx, session, reference, &resolved); code != Ok)
        return code;

    // The query's case summary, presented as text: what the application's detail pane and the
    // JSON export present too.
    Result<casefile::CaseSummary> built = session.caseSummaries().build(resolved.query, {});
    if (!built)
        return ctx.fail(built.error());
    const casefile::CaseSummary& summary = built.value();
    if (format == "json")
        return printShowJson(ctx, resolved, summary);
    if (resolved.viaMerge)
        ctx.out << resolved.requestedReference << " was merged into " << resolved.query.reference << ".\n\n";
    const auto field = [&summary](casefile::SummaryFieldId id) -> const casefile::SummaryField& {
        static const casefile::SummaryField none;
        const casefile::SummaryField* found = summary.field(id);
        return found ? *found : none;
    };
    const auto display = [&field](casefile::SummaryFieldId id) { return field(id).display; };
    using Id = casefile::SummaryFieldId;

    // The fields as the application's detail pane labels them (translated), aligned, "—" for
    // none; codes are for --format json.
    std::vector<std::pair<QString, QString>> lines;
    const auto add = [&lines, &field](Id id, const QString& value) {
        lines.emplace_back(field(id).label, value.trimmed().isEmpty() ? QString(EmptyValue) : value);
    };
    add(Id::Status, display(Id::Status));
    add(Id::Received, display(Id::Received));
    add(Id::Channel, display(Id::Channel));
    add(Id::State, display(Id::State));
    add(Id::Region, display(Id::Region));
    add(Id::InstitutionType, display(Id::InstitutionType));
    add(Id::Institution, display(Id::Institution));
    for (const Id part : { Id::ContactName, Id::ContactFunction, Id::ContactEmail, Id::ContactPhone })
        add(part, display(part));
    add(Id::Language, display(Id::Language));
    add(Id::Confidentiality, display(Id::Confidentiality));
    add(Id::Themes, display(Id::Themes));
    add(Id::Articles, display(Id::Articles));
    add(Id::Priority, display(Id::Priority));
    QString due = display(Id::Due);
    if (summary.overdueDays > 0)
        due += QStringLiteral(" (overdue)");
    else if (const QJsonValue since = field(Id::Due).attribute(QStringLiteral("waiting_since")); since.isString())
        due += QStringLiteral(" (clock stopped since %1)").arg(since.toString());
    add(Id::Due, due);
    add(Id::Adviser, display(Id::Adviser));
    add(Id::Route, display(Id::Route));
    qsizetype width = 0;
    for (const auto& [label, value] : lines)
        width = std::max(width, label.size() + 1);
    ctx.out << display(Id::Reference) << "  " << display(Id::Subject) << "\n\n";
    for (const auto& [label, value] : lines)
        ctx.out << QString(label + QLatin1Char(':')).leftJustified(width + 2) << value << '\n';
    if (const casefile::SummaryField* brief = summary.field(QStringLiteral("summary"));
        brief && !brief->display.isEmpty()) {
        ctx.out << "\nIn brief:\n";
        printIndented(ctx, brief->display);
    }
    ctx.out << "\nRequest:\n";
    printIndented(ctx, display(Id::Request));
    if (const QString notes = display(Id::Notes); !notes.isEmpty()) {
        ctx.out << "\nNotes:\n";
        printIndented(ctx, notes);
    }
    if (!summary.links.empty()) {
        ctx.out << "\nLinks:\n";
        for (const casefile::SummaryLink& link : summary.links) {
            ctx.out << "    " << QStringLiteral("%1 ").arg(link.relationLabel, -15) << link.reference << "  "
                    << link.subject << '\n';
        }
    }
    // The parts other domains contribute (referrals now; drafts and attachments when they land).
    for (const auto* sections : { &summary.referrals, &summary.drafts, &summary.attachments }) {
        for (const casefile::SummarySection& section : *sections) {
            ctx.out << '\n' << section.title << ":\n";
            for (const casefile::SummaryField& item : section.fields) {
                if (!item.display.isEmpty())
                    ctx.out << "    " << QStringLiteral("%1 ").arg(item.label + QLatin1Char(':'), -18) << item.display
                            << '\n';
            }
        }
    }
    ctx.out << "\nTimeline:\n";
    for (const casefile::SummaryEntry& item : summary.timeline) {
        const TimelineEntry& entry = item.entry;
        QString text = entry.summary;
        if (entry.kind == EntryKind::FieldChanged || entry.kind == EntryKind::StatusChanged)
            text += QStringLiteral(": %1 \u2192 %2")
                        .arg(valueLabel(entry.field, entry.oldValue), valueLabel(entry.field, entry.newValue));
        if (entry.correctsId)
            text += QStringLiteral(" (corrects #%1)").arg(*entry.correctsId);
        // #N is what `correct` takes; times are local, as in the application.
        ctx.out << "    " << QStringLiteral("#%1 ").arg(entry.id, -6)
                << entry.occurredAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                << QStringLiteral("%1 ").arg(item.kindLabel, -16) << QStringLiteral("%1 ").arg(entry.adviserName, -18)
                << text << '\n';
        if (!entry.body.isEmpty())
            for (const QString& bodyLine : entry.body.split(QLatin1Char('\n')))
                ctx.out << "          " << bodyLine << '\n';
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
    std::unique_ptr<Session> opened;
    std::optional<qint64> me;
    if (const int code = openSessionAs(ctx, as, !checkOnly, &opened, &me); code != Ok)
        return code;
    Session& session = *opened;
    QueryCsv csv(session.queries(), session.search(), session.lookup(), session.caseSummaries());
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
    std::unique_ptr<Session> opened;
    std::optional<qint64> me;
    if (const int code = openSessionAs(ctx, as, true, &opened, &me); code != Ok)
        return code;
    Session& session = *opened;

    QList<qint64> ids;
    if (!o.references.empty()) {
        for (const std::string& reference : o.references) {
            QueryService::Resolved resolved;
            if (const int code = resolveReference(ctx, session, reference, &resolved); code != Ok)
                return code;
            ids << resolved.query.id;
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
    QueryCsv csv(session.queries(), session.search(), session.lookup(), session.caseSummaries());
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

int runAdd(CliContext& ctx, const QueryFieldOptions& o, const std::string& as)
{
    if (const int code = checkQueryFieldOptions(ctx, o, FieldOptionsFor::Add); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    QueryInput in;
    in.receivedOn = session->queries().today();
    if (const int code = applyQueryFieldOptions(ctx, *session, o, &in, QStringLiteral("the query was not added"));
        code != Ok)
        return code;
    Result<Query> created = session->queries().create(in);
    if (!created)
        return ctx.fail(created.error());
    ctx.out << created->reference << Qt::endl;
    return Ok;
}

// ---- status

struct StatusOptions {
    std::string reference;
    std::string status;
    TextOption reason;
    std::string assign;
    std::string route;
    std::string priority;
    std::string due;
    std::string partner;
};

int runStatus(CliContext& ctx, const StatusOptions& o, const std::string& as)
{
    const std::optional<QueryStatus> to = parseEnum(o.status, allStatuses());
    if (!to)
        return ctx.fail(
            InvalidInput, QStringLiteral("unknown status %1 (%2)").arg(quoted(q(o.status)), codes(allStatuses())));
    std::unique_ptr<Session> opened;
    std::optional<qint64> me;
    if (const int code = openSessionAs(ctx, as, true, &opened, &me); code != Ok)
        return code;
    Session& session = *opened;
    Query query;
    if (const int code
        = resolveQueryToChange(ctx, session, o.reference, QStringLiteral("change the status of %1"), &query);
        code != Ok)
        return code;
    Result<std::optional<QString>> readReason = readTextOption(o.reason, false);
    if (!readReason)
        return ctx.fail(readReason.error());
    const QString reason = readReason->value_or(QString());

    Status changed;
    if (*to == QueryStatus::Triaged) {
        // Triage sets what a triaged query must have: an adviser and a route.
        QueryService::Triage triage;
        triage.priority = query.fields.priority;
        triage.adviserId = query.fields.assignedAdviserId.value_or(me.value_or(0));
        triage.route = query.fields.route.value_or(Route::InHouse);
        triage.note = reason;
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
            const std::optional<QDate> due = parseDate(o.due);
            if (!due)
                return ctx.fail(InvalidInput, QStringLiteral("--due expects a date like 2026-03-14"));
            triage.dueOn = DueDateChoice::set(*due);
        }
        if (!o.partner.empty()) {
            // The referral to this partner is proposed with the triage (same transaction).
            partners::Partner partner;
            if (const int code = findPartner(ctx, session, o.partner, &partner); code != Ok)
                return code;
            triage.partnerId = partner.id;
        }
        changed = session.queries().triage(query.id, triage);
    } else {
        changed = session.queries().changeStatus(query.id, *to, reason);
    }
    if (!changed) {
        if (changed.code() == ErrorCode::NotAllowed) {
            QStringList allowed;
            for (QueryStatus next : session.queries().allowedTransitions(query.id))
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

// ---- demo

int runDemo(CliContext& ctx, int count, unsigned seed, const std::string& as)
{
    if (count < 1 || count > 1000000)
        return ctx.fail(InvalidInput, QStringLiteral("--queries must be between 1 and 1,000,000"));
    std::unique_ptr<Session> opened;
    std::optional<qint64> me;
    // The demo brings its own fictional advisers: a vault without any is fine here.
    if (const int code = openSessionAs(ctx, as, false, &opened, &me); code != Ok)
        return code;
    Session& session = *opened;
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
    // A few referrals too, as in the desktop's demo vault (through the referral rules).
    const Status referred = demo::DemoDataGenerator::populateReferrals(session.queries(), session.referrals());
    if (!referred)
        return ctx.fail(referred.error());
    // And a few drafts of answers (a sent one, one awaiting clearance, one with three versions).
    const Status drafted
        = demo::DemoDataGenerator::populateDrafts(session.queries(), session.drafts(), summary->adviserIds);
    if (!drafted)
        return ctx.fail(drafted.error());
    if (!me) {
        // Commands act as one of the fictional advisers from now on.
        const Status set = session.advisers().setLastAdviserId(summary->adviserIds.front());
        if (!set)
            return ctx.fail(set.error());
    }
    ctx.out << QStringLiteral("Added %1 fictional queries (%2 fictional advisers) and a few fictional referrals.")
                   .arg(summary->queries)
                   .arg(summary->adviserIds.size())
            << Qt::endl;
    return Ok;
}

void addListFormatOption(CLI::App* command, std::string& format)
{
    command
        ->add_option("--format", format,
            "text (default: an aligned table) or json (for scripts: an array of objects, codes under stable keys)")
        ->check(CLI::IsMember({ "text", "json" }))
        ->type_name("FORMAT");
}

} // namespace
} // namespace query_commands

void addQueryCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace query_commands;
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
        auto saved = std::make_shared<std::optional<std::string>>();
        auto as = std::make_shared<std::string>();
        auto format = std::make_shared<std::string>("text");
        CLI::App* command = app.add_subcommand(
            "list", "List queries: a view with filters, or a saved search; newest first unless --sort says otherwise.");
        addFilterOptions(command, *filters, "Show at most N queries (default 100; 0: all)");
        CLI::Option* savedOption = command
                                       ->add_option("--saved", *saved,
                                           "Run a saved search (see `saved list`) as it was saved: its view, "
                                           "filters and text; other filters are refused, the order options apply")
                                       ->type_name("NAME");
        // Combined with other filters, a saved search would no longer list what its name says.
        for (CLI::Option* filter :
            command->get_options([](CLI::Option* option) { return option->get_group() == FilterGroup; }))
            savedOption->excludes(filter);
        addMineOption(command, *as);
        addListFormatOption(command, *format);
        command->callback([&ctx, &exitCode, filters, saved, as, format] {
            exitCode = runList(ctx, *filters, *as, TextOption(), *saved, *format);
        });
    }
    {
        auto filters = std::make_shared<FilterOptions>();
        auto as = std::make_shared<std::string>();
        auto words = std::make_shared<std::vector<std::string>>();
        auto textFile = std::make_shared<std::optional<std::string>>();
        auto format = std::make_shared<std::string>("text");
        CLI::App* command = app.add_subcommand("search",
            "Full-text search over subject, request, institution, contacts and notes (accents ignored; \"a phrase\", "
            "prefix*), combined with the filters. At most "
                + std::to_string(QuerySearch::MaxSearchWords) + " words.");
        CLI::Option* wordsOption = command->add_option("TEXT", *words, "What to search for");
        command
            ->add_option("--text-file", *textFile,
                "Read what to search for from FILE, or - for standard input (after the passphrase line): kept off "
                "the command line")
            ->type_name("FILE")
            ->excludes(wordsOption);
        addFilterOptions(command, *filters, "Show at most N queries (default 100; 0: all)");
        addMineOption(command, *as);
        addListFormatOption(command, *format);
        command->callback([&ctx, &exitCode, filters, as, words, textFile, format] {
            if (words->empty() && !*textFile) {
                exitCode = ctx.fail(Usage, QStringLiteral("search: give TEXT or --text-file FILE"));
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
            exitCode = runList(ctx, *filters, *as, text, std::nullopt, *format);
        });
    }
    // show
    {
        auto reference = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("show",
            "Show a query with its links and timeline (a merged duplicate's reference shows the query it was merged "
            "into).");
        auto format = std::make_shared<std::string>("text");
        command->add_option("REF", *reference, "The reference, e.g. AH-2026-0042")->required();
        command
            ->add_option("--format", *format,
                "text (default: labels, as the application shows them) or json (for scripts: codes under stable "
                "keys, as `export --format json --timeline` writes them)")
            ->check(CLI::IsMember({ "text", "json" }))
            ->type_name("FORMAT");
        command->callback([&ctx, &exitCode, reference, format] { exitCode = runShow(ctx, *reference, *format); });
    }
    // add
    {
        auto o = std::make_shared<QueryFieldOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("add",
            "Register a query. Prints its reference. The request text comes from --request, --request-file FILE or "
            "--request-file - (standard input, after the passphrase line).");
        addQueryFieldOptions(command, *o, FieldOptionsFor::Add);
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
        addTextOption(command, "--reason", o->reason, "Why (required to decline, close while awaiting, reopen)");
        command->add_option("--assign", o->assign, "triaged: the adviser in charge")->type_name("NAME");
        command->add_option("--route", o->route, "triaged: " + codeList(allRoutes()))->type_name("ROUTE");
        command->add_option("--priority", o->priority, "triaged: " + codeList(allPriorities()))->type_name("PRIORITY");
        command->add_option("--due", o->due, "triaged: due date (YYYY-MM-DD)")->type_name("DATE");
        command->add_option("--partner", o->partner, "triaged, route refer or both: also propose a referral to it")
            ->type_name("NAME|ID");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runStatus(ctx, *o, *as); });
    }
    // demo
    {
        auto count = std::make_shared<int>(300);
        auto seed = std::make_shared<unsigned>(20260105);
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("demo",
            "Fill the vault with fictional queries (and fictional advisers, and a few referrals of the older "
            "queries) for demonstrations, tests and "
            "benchmarks. Never use it on a vault with real cases.");
        command->add_option("--queries", *count, "How many (default 300)")->type_name("N");
        command->add_option("--seed", *seed, "Random seed (the same seed gives the same data)")->type_name("N");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, count, seed, as] { exitCode = runDemo(ctx, *count, *seed, *as); });
    }
}

} // namespace advicehub::cli