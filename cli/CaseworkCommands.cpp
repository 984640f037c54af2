#include "CaseworkCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "QueryFieldOptions.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <QTime>

#include <algorithm>
#include <memory>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace casework_commands {
namespace {

using namespace advicehub::queries;

// An empty value, as messages show it.
QString orNone(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("(none)") : value;
}

// ---- edit

// Prints what an edit changed: the "changed" entries the core wrote after entry `lastBefore`.
void printChanges(CliContext& ctx, const Query& query, const std::vector<TimelineEntry>& timeline, qint64 lastBefore)
{
    ctx.out << query.reference << " changed:\n";
    for (const TimelineEntry& entry : timeline) {
        if (entry.id <= lastBefore || entry.kind != EntryKind::FieldChanged)
            continue;
        // Long texts are not repeated; `show` has them.
        const bool longText = entry.field == QueryText::code(QueryField::RequestText)
            || entry.field == QueryText::code(QueryField::Notes);
        ctx.out << "    " << QStringLiteral("%1 ").arg(TimelineText::summaryOf(entry) + QLatin1Char(':'), -20)
                << (longText ? QStringLiteral("changed")
                             : QStringLiteral("%1 \u2192 %2").arg(orNone(entry.oldValue), orNone(entry.newValue)))
                << '\n';
    }
    ctx.out.flush();
}

int runEdit(CliContext& ctx, const std::string& reference, const QueryFieldOptions& o, const std::string& as)
{
    if (const int code = checkQueryFieldOptions(ctx, o, FieldOptionsFor::Edit); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Query query;
    if (const int code = resolveQueryToChange(ctx, *session, reference, QStringLiteral("edit %1"), &query); code != Ok)
        return code;
    QueryInput in = query.fields;
    // As in the application's form: a due date set by hand stays; otherwise the due date follows
    // receipt and priority (and the days the clock stopped), which the core works out.
    in.dueOn = DueDateChoice::keep();
    if (const int code
        = applyQueryFieldOptions(ctx, *session, o, &in, QStringLiteral("%1 was not changed").arg(query.reference));
        code != Ok)
        return code;
    if (o.clearDue)
        in.dueOn = DueDateChoice::useDefault(); // as the application's Use Default

    Result<std::vector<TimelineEntry>> before = session->queries().timeline(query.id);
    if (!before)
        return ctx.fail(before.error());
    qint64 lastBefore = 0;
    for (const TimelineEntry& entry : before.value())
        lastBefore = std::max(lastBefore, entry.id);
    Result<Query> updated = session->queries().update(query.id, in, query.version);
    if (!updated)
        return ctx.fail(updated.error());
    if (updated->version == query.version) {
        ctx.out << query.reference << ": nothing to change." << Qt::endl;
        return Ok;
    }
    Result<std::vector<TimelineEntry>> after = session->queries().timeline(query.id);
    if (!after)
        return ctx.fail(after.error());
    printChanges(ctx, query, after.value(), lastBefore);
    return Ok;
}

// ---- note and correct

struct NoteOptions {
    std::string reference;
    std::string kind = "note";
    TextOption summary;
    std::string when;
    std::string body;
    std::optional<std::string> bodyFile;
};

std::optional<EntryKind> parseEntryKind(const std::string& text)
{
    const std::optional<EntryKind> kind = TimelineText::kind(normalizedCode(text));
    return kind && TimelineText::isLoggable(*kind) ? kind : std::nullopt;
}

// YYYY-MM-DD or YYYY-MM-DDTHH:MM (or a space for the T), local time as in the application; a
// date alone is midday.
std::optional<QDateTime> parseWhen(const std::string& text)
{
    const QString value = q(text).trimmed();
    const std::optional<QDate> date = parseDate(value.left(10).toStdString());
    if (!date)
        return std::nullopt;
    QTime time(12, 0);
    if (value.size() > 10) {
        if (value.at(10) != QLatin1Char('T') && value.at(10) != QLatin1Char(' '))
            return std::nullopt;
        time = QTime::fromString(value.mid(11), QStringLiteral("HH:mm"));
    }
    // A time that does not exist locally (skipped by a change to summer time) is invalid.
    const QDateTime when(*date, time);
    return time.isValid() && when.isValid() ? std::optional<QDateTime>(when.toUTC()) : std::nullopt;
}

int runNote(CliContext& ctx, const NoteOptions& o, const std::string& as)
{
    NewEntry entry;
    if (const std::optional<EntryKind> kind = parseEntryKind(o.kind))
        entry.kind = *kind;
    else {
        QStringList kinds;
        for (EntryKind loggable : TimelineText::loggableKinds())
            kinds << TimelineText::code(loggable);
        return ctx.fail(InvalidInput,
            QStringLiteral("--kind: unknown kind %1 (%2)").arg(quoted(q(o.kind)), kinds.join(QStringLiteral(", "))));
    }
    if (!o.when.empty()) {
        const std::optional<QDateTime> when = parseWhen(o.when);
        if (!when)
            return ctx.fail(InvalidInput,
                QStringLiteral("--when expects a date like 2026-03-14 or a local time like 2026-03-14T15:30, not %1")
                    .arg(quoted(q(o.when))));
        entry.occurredAtUtc = *when;
    }
    if (const int code
        = checkOneStandardInput(ctx, { { "--summary-file", &o.summary.file }, { "--body-file", &o.bodyFile } });
        code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Query query;
    if (const int code
        = resolveQueryToChange(ctx, *session, o.reference, QStringLiteral("add to the timeline of %1"), &query);
        code != Ok)
        return code;
    Result<std::optional<QString>> summary = readTextOption(o.summary, true);
    if (!summary)
        return ctx.fail(summary.error());
    entry.summary = summary->value_or(QString());
    entry.body = q(o.body);
    if (o.bodyFile) {
        Result<QString> body = readTextFile(*o.bodyFile);
        if (!body)
            return ctx.fail(body.error());
        entry.body = body.value();
    }
    Result<TimelineEntry> added = session->queries().addEntry(query.id, entry);
    if (!added)
        return ctx.fail(added.error());
    ctx.out << QStringLiteral("%1: %2 #%3 added to the timeline (recorded only: Advice Hub never sends anything).")
                   .arg(query.reference, TimelineText::label(entry.kind).toLower())
                   .arg(added->id)
            << Qt::endl;
    return Ok;
}

int runCorrect(CliContext& ctx, const std::string& entryText, const std::optional<std::string>& text,
    const std::optional<std::string>& file, const std::string& as)
{
    const std::optional<qint64> entryId = parseListedNumber(entryText);
    if (!entryId)
        return ctx.fail(InvalidInput,
            QStringLiteral("%1 is not an entry number (`show REF` prints them as #N)").arg(quoted(q(entryText))));
    if (!text && !file)
        return ctx.fail(
            Usage, QStringLiteral("give the correction as TEXT or with --body-file FILE (- for standard input)"));
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    QString correction = text ? q(*text) : QString();
    if (file) {
        Result<QString> read = readTextFile(*file);
        if (!read)
            return ctx.fail(read.error());
        correction = read.value();
    }
    Result<TimelineEntry> added = session->queries().correctEntry(*entryId, correction);
    if (!added)
        return failLookup(ctx, added.error());
    Result<Query> query = session->queries().get(added->queryId);
    if (!query)
        return ctx.fail(query.error());
    ctx.out << QStringLiteral("%1: correction #%2 of entry #%3 added to the timeline; the entry stays as it is.")
                   .arg(query->reference)
                   .arg(added->id)
                   .arg(*entryId)
            << Qt::endl;
    return Ok;
}

// ---- link, unlink, merge, delete

std::optional<LinkKind> parseLinkKind(const std::string& text)
{
    const QString code = normalizedCode(text);
    if (code == QLatin1String("related"))
        return LinkKind::Related;
    if (code == QLatin1String("follow_up"))
        return LinkKind::FollowUp;
    return std::nullopt;
}

int runLink(CliContext& ctx, const std::string& reference, const std::string& other, const std::string& kindText,
    const std::string& as)
{
    const std::optional<LinkKind> kind = parseLinkKind(kindText);
    if (!kind)
        return ctx.fail(
            InvalidInput, QStringLiteral("--kind: unknown kind %1 (related, follow_up)").arg(quoted(q(kindText))));
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Query from;
    Query to;
    if (const int code = resolveQueryToChange(ctx, *session, reference, QStringLiteral("link %1"), &from); code != Ok)
        return code;
    if (const int code = resolveQueryToChange(ctx, *session, other, QStringLiteral("link %1"), &to); code != Ok)
        return code;
    const Status linked = session->queries().link(from.id, to.id, *kind);
    if (!linked)
        return ctx.fail(linked.error());
    ctx.out << (*kind == LinkKind::FollowUp ? QStringLiteral("%1 now follows up %2.")
                                            : QStringLiteral("%1 and %2 are now related."))
                   .arg(from.reference, to.reference)
            << Qt::endl;
    return Ok;
}

int runUnlink(CliContext& ctx, const std::string& reference, const std::string& other, const std::string& as)
{
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Query first;
    Query second;
    if (const int code = resolveQueryToChange(ctx, *session, reference, QStringLiteral("unlink %1"), &first);
        code != Ok)
        return code;
    if (const int code = resolveQueryToChange(ctx, *session, other, QStringLiteral("unlink %1"), &second); code != Ok)
        return code;
    const Status unlinked = session->queries().unlink(first.id, second.id);
    if (!unlinked)
        return failLookup(ctx, unlinked.error()); // "not linked" is a mistake in the input
    ctx.out << QStringLiteral("%1 and %2 are no longer linked.").arg(first.reference, second.reference) << Qt::endl;
    return Ok;
}

int runMerge(
    CliContext& ctx, const std::string& duplicateReference, const std::string& survivorReference, const std::string& as)
{
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    QueryService::Resolved duplicate;
    if (const int code = resolveReference(ctx, *session, duplicateReference, &duplicate); code != Ok)
        return code;
    if (duplicate.viaMerge)
        return ctx.fail(NotAllowed,
            QStringLiteral("%1 was already merged into %2")
                .arg(duplicate.requestedReference, duplicate.query.reference));
    Query survivor;
    if (const int code
        = resolveQueryToChange(ctx, *session, survivorReference, QStringLiteral("merge into %1"), &survivor);
        code != Ok)
        return code;
    const Status merged = session->queries().merge(duplicate.query.id, survivor.id);
    if (!merged)
        return ctx.fail(merged.error());
    ctx.out << QStringLiteral("%1 merged into %2: its timeline, links, themes and articles moved there, and its "
                              "reference now leads to %2.")
                   .arg(duplicate.query.reference, survivor.reference)
            << Qt::endl;
    return Ok;
}

int runDelete(CliContext& ctx, const std::string& reference, const std::string& as)
{
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Query query;
    if (const int code = resolveQueryToChange(ctx, *session, reference,
            QStringLiteral("a merged duplicate is kept so that its reference leads to %1"), &query);
        code != Ok)
        return code;
    const Status removed = session->queries().remove(query.id);
    if (!removed)
        return ctx.fail(removed.error());
    ctx.out << QStringLiteral("Deleted %1; its reference number is not used again.").arg(query.reference) << Qt::endl;
    return Ok;
}

} // namespace
} // namespace casework_commands

void addCaseworkCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace casework_commands;
    // edit
    {
        auto reference = std::make_shared<std::string>();
        auto o = std::make_shared<QueryFieldOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("edit",
            "Change the fields of a query given as options (the others stay as they are; an empty value clears a "
            "field that may be empty, e.g. --assign \"\"), and print what changed. Each change is recorded in the "
            "timeline.");
        command->add_option("REF", *reference, "The reference, e.g. AH-2026-0042")->required();
        addQueryFieldOptions(command, *o, FieldOptionsFor::Edit);
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, reference, o, as] { exitCode = runEdit(ctx, *reference, *o, *as); });
    }
    // note
    {
        auto o = std::make_shared<NoteOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("note",
            "Add a note, meeting, call or e-mail to a query's timeline (a summary, details, or both). Recorded only: "
            "Advice Hub never sends anything.");
        command->add_option("REF", o->reference, "The reference")->required();
        command->add_option("--kind", o->kind, "note (default), meeting, call, email_received, email_sent")
            ->type_name("KIND");
        addTextOption(command, "--summary", o->summary, "In one line: who, what");
        command
            ->add_option("--when", o->when,
                "When it happened: YYYY-MM-DD (midday) or YYYY-MM-DDTHH:MM, local time (default: now)")
            ->type_name("TIME");
        CLI::Option* body = command->add_option("--body", o->body, "The details")->type_name("TEXT");
        command
            ->add_option("--body-file", o->bodyFile,
                "Read the details from FILE, or - for standard input (after the passphrase line)")
            ->type_name("FILE")
            ->excludes(body);
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runNote(ctx, *o, *as); });
    }
    // correct
    {
        auto entry = std::make_shared<std::string>();
        auto text = std::make_shared<std::optional<std::string>>();
        auto file = std::make_shared<std::optional<std::string>>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand(
            "correct", "Correct a timeline entry: the entry stays as it is and the correction is added after it.");
        command->add_option("ENTRY", *entry, "The entry's number, as `show` prints it (#N or N)")->required();
        CLI::Option* textOption = command->add_option("TEXT", *text, "The correction");
        command
            ->add_option("--body-file", *file,
                "Read the correction from FILE, or - for standard input (after the passphrase line)")
            ->type_name("FILE")
            ->excludes(textOption);
        addAsOption(command, *as);
        command->callback(
            [&ctx, &exitCode, entry, text, file, as] { exitCode = runCorrect(ctx, *entry, *text, *file, *as); });
    }
    // link, unlink
    {
        auto reference = std::make_shared<std::string>();
        auto other = std::make_shared<std::string>();
        auto kind = std::make_shared<std::string>("related");
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("link", "Link two queries: related, or REF a follow-up of OTHER.");
        command->add_option("REF", *reference, "The reference")->required();
        command->add_option("OTHER", *other, "The query to link it to")->required();
        command->add_option("--kind", *kind, "related (default) or follow_up (REF follows up OTHER)")
            ->type_name("KIND");
        addAsOption(command, *as);
        command->callback(
            [&ctx, &exitCode, reference, other, kind, as] { exitCode = runLink(ctx, *reference, *other, *kind, *as); });
    }
    {
        auto reference = std::make_shared<std::string>();
        auto other = std::make_shared<std::string>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("unlink", "Remove the link between two queries.");
        command->add_option("REF", *reference, "The reference")->required();
        command->add_option("OTHER", *other, "The query it is linked to")->required();
        addAsOption(command, *as);
        command->callback(
            [&ctx, &exitCode, reference, other, as] { exitCode = runUnlink(ctx, *reference, *other, *as); });
    }
    // merge
    {
        auto duplicate = std::make_shared<std::string>();
        auto survivor = std::make_shared<std::string>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("merge",
            "Merge a duplicate into the query it duplicates: its timeline, links, themes and articles move there and "
            "its reference leads there. Cannot be undone; asks nothing.");
        command->add_option("DUPLICATE", *duplicate, "The duplicate's reference")->required();
        command->add_option("--into", *survivor, "The query it duplicates, which stays")
            ->required()
            ->type_name("SURVIVOR");
        addAsOption(command, *as);
        command->callback(
            [&ctx, &exitCode, duplicate, survivor, as] { exitCode = runMerge(ctx, *duplicate, *survivor, *as); });
    }
    // delete
    {
        auto reference = std::make_shared<std::string>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = app.add_subcommand("delete",
            "Delete a query registered by mistake: only one still new (decline or close the others). Its reference "
            "number is not used again. Asks nothing.");
        command->add_option("REF", *reference, "The reference")->required();
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, reference, as] { exitCode = runDelete(ctx, *reference, *as); });
    }
}

} // namespace advicehub::cli
