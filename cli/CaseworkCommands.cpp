#include "CaseworkCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "QueryFieldOptions.h"
#include "common/IsoTime.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <QLocale>
#include <QTime>

#include <algorithm>
#include <memory>

namespace advicehub::cli {

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
        ctx.out << "    " << QStringLiteral("%1 ").arg(entry.summary + QLatin1Char(':'), -20)
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

// The kinds of entry an adviser logs, as the application offers them.
const std::vector<EntryKind>& loggableKinds()
{
    static const std::vector<EntryKind> kinds { EntryKind::Note, EntryKind::Meeting, EntryKind::Call,
        EntryKind::EmailReceived, EntryKind::EmailSent };
    return kinds;
}

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
        for (EntryKind loggable : loggableKinds())
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
    QString number = q(entryText).trimmed();
    if (number.startsWith(QLatin1Char('#')))
        number.remove(0, 1);
    bool isNumber = false;
    const qint64 entryId = number.toLongLong(&isNumber);
    if (!isNumber || entryId < 1)
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
    Result<TimelineEntry> added = session->queries().correctEntry(entryId, correction);
    if (!added)
        return failLookup(ctx, added.error());
    Result<Query> query = session->queries().get(added->queryId);
    if (!query)
        return ctx.fail(query.error());
    ctx.out << QStringLiteral("%1: correction #%2 of entry #%3 added to the timeline; the entry stays as it is.")
                   .arg(query->reference)
                   .arg(added->id)
                   .arg(entryId)
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

// ---- holidays

// What holiday add and remove start with: the date typed, the vault open as the adviser who
// acts, the holiday already on that date if there is one.
struct HolidayChange {
    QDate day;
    std::unique_ptr<Session> session;
    std::optional<calendar::Holiday> existing;
};

int startHolidayChange(CliContext& ctx, const std::string& dayText, const std::string& as, HolidayChange* change)
{
    const std::optional<QDate> day = parseDate(dayText);
    if (!day)
        return ctx.fail(InvalidInput, QStringLiteral("%1 is not a date like 2026-12-25").arg(quoted(q(dayText))));
    change->day = *day;
    if (const int code = openSessionAs(ctx, as, true, &change->session); code != Ok)
        return code;
    Result<std::vector<calendar::Holiday>> all = change->session->holidays().list();
    if (!all)
        return ctx.fail(all.error());
    for (const calendar::Holiday& holiday : all.value()) {
        if (holiday.day == *day)
            change->existing = holiday;
    }
    return Ok;
}

int runHolidayList(CliContext& ctx)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Result<std::vector<calendar::Holiday>> all = opened.value()->holidays().list();
    if (!all)
        return ctx.fail(all.error());
    const QLocale c = QLocale::c(); // the same output whatever the system's language
    for (const calendar::Holiday& holiday : all.value())
        ctx.out << isoDate(holiday.day) << "  " << c.dayName(holiday.day.dayOfWeek(), QLocale::ShortFormat) << "  "
                << holiday.name << '\n';
    if (all->empty())
        ctx.err << "No office holidays yet; add one with: advicehub-cli --vault " << ctx.vaultPath
                << " holiday add DATE NAME" << Qt::endl;
    ctx.out.flush();
    return Ok;
}

int runHolidayAdd(CliContext& ctx, const std::string& dayText, const std::string& name, const std::string& as)
{
    HolidayChange change;
    if (const int code = startHolidayChange(ctx, dayText, as, &change); code != Ok)
        return code;
    const QString day = isoDate(change.day);
    const QString clean = q(name).simplified();
    if (change.existing && change.existing->name == clean) {
        ctx.out << day << " is already an office holiday; nothing to change." << Qt::endl;
        return Ok;
    }
    // Another name on that date is refused by the core (remove the holiday first).
    const Status added = change.session->holidays().add(change.day, clean);
    if (!added)
        return ctx.fail(added.error());
    ctx.out << QStringLiteral("Added the office holiday %1 %2. Default due dates skip it; due dates already set "
                              "do not move.")
                   .arg(day, quoted(clean))
            << Qt::endl;
    return Ok;
}

int runHolidayRemove(CliContext& ctx, const std::string& dayText, const std::string& as)
{
    HolidayChange change;
    if (const int code = startHolidayChange(ctx, dayText, as, &change); code != Ok)
        return code;
    const QString day = isoDate(change.day);
    if (!change.existing)
        return ctx.fail(InvalidInput, QStringLiteral("%1 is not an office holiday").arg(day));
    const Status removed = change.session->holidays().remove(change.day);
    if (!removed)
        return ctx.fail(removed.error());
    ctx.out << QStringLiteral("Removed the office holiday %1 %2; due dates already set do not move.")
                   .arg(day, quoted(change.existing->name))
            << Qt::endl;
    return Ok;
}

// ---- advisers

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

// ---- saved searches

// A value for the command line, quoted when it has to be.
QString argument(const QString& value)
{
    return value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('"')) || value.isEmpty()
        ? QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"')
        : value;
}

// The filter as the options that select the same queries.
QString filterAsOptions(const reference::ReferenceLookup& lookup, const QueryFilter& f)
{
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
                << filterAsOptions(session.lookup(), search.filter) << '\n';
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

void addCaseworkCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
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
    // holiday list | add | remove
    {
        CLI::App* holiday = app.add_subcommand("holiday",
            "Office holidays: default due dates count working days (Monday to Friday) and skip them. Due dates "
            "already set do not move.");
        holiday->require_subcommand(1);
        holiday->add_subcommand("list", "List the office holidays.")->callback([&ctx, &exitCode] {
            exitCode = runHolidayList(ctx);
        });
        auto day = std::make_shared<std::string>();
        auto name = std::make_shared<std::string>();
        auto as = std::make_shared<std::string>();
        CLI::App* add = holiday->add_subcommand("add", "Add an office holiday (or rename the one on that date).");
        add->add_option("DATE", *day, "The day (YYYY-MM-DD)")->required();
        add->add_option("NAME", *name, "e.g. Christmas Day")->required();
        addAsOption(add, *as);
        add->callback([&ctx, &exitCode, day, name, as] { exitCode = runHolidayAdd(ctx, *day, *name, *as); });
        auto removeDay = std::make_shared<std::string>();
        auto removeAs = std::make_shared<std::string>();
        CLI::App* remove = holiday->add_subcommand("remove", "Remove an office holiday.");
        remove->add_option("DATE", *removeDay, "The day (YYYY-MM-DD)")->required();
        addAsOption(remove, *removeAs);
        remove->callback(
            [&ctx, &exitCode, removeDay, removeAs] { exitCode = runHolidayRemove(ctx, *removeDay, *removeAs); });
    }
    // adviser add | list | rename | deactivate | reactivate
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

        auto renamed = std::make_shared<std::string>();
        auto newName = std::make_shared<std::string>();
        auto renameAs = std::make_shared<std::string>();
        CLI::App* rename
            = adviser->add_subcommand("rename", "Rename an adviser; everything they did shows the new name.");
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
    // saved list | add | delete
    {
        CLI::App* saved = app.add_subcommand(
            "saved", "Saved searches: a view, filters and search text kept in the vault; run one with list --saved.");
        saved->require_subcommand(1);
        auto listAs = std::make_shared<std::string>();
        CLI::App* list = saved->add_subcommand("list",
            "List the saved searches: name, how many queries match now, and the filter options that select them.");
        list->add_option("--as", *listAs, "Whose queries the \"mine\" view counts (default: the vault's last adviser)")
            ->type_name("NAME");
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
        CLI::App* remove
            = saved->add_subcommand("delete", "Delete a saved search; the queries it lists are not affected.");
        remove->add_option("NAME", *deleted, "The saved search's name")->required();
        addAsOption(remove, *deleteAs);
        remove->callback([&ctx, &exitCode, deleted, deleteAs] { exitCode = runSavedDelete(ctx, *deleted, *deleteAs); });
    }
}

} // namespace advicehub::cli
