// The casework commands (cli/CaseworkCommands.cpp) and the holiday, adviser and saved-search
// commands (cli/HolidayCommands.cpp, AdviserCommands.cpp, SavedSearchCommands.cpp), driven as a
// user would from a script: the passphrase on standard input, the effect checked with show/list
// or in the core.
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace casework_cli_test {

using namespace advicehub;
using test::cli;
using test::onVault;
using test::s;
using test::vaultWithAdviser;
using Run = test::CliRun;

namespace {

const char* const Tomas = "Tomas Brindlewood";

// Registers a query; returns its reference.
QString addQuery(const QString& vault, const char* subject, const char* received, QStringList more = {})
{
    more << s("--channel") << s("email") << s("--state") << s("GH") << s("--subject") << s(subject) << s("--theme")
         << s("police_custody") << s("--received") << s(received);
    more.prepend(s("add"));
    const Run added = onVault(vault, more);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    return added.out.trimmed();
}

// The vault as the core sees it (after the command closed it; close it before the next command).
std::unique_ptr<Session> inCore(const QString& vault)
{
    static const SystemClock clock;
    Result<std::unique_ptr<Session>> session = Session::open(test::openVault(vault), clock);
    REQUIRE(session.ok());
    return std::move(session).value();
}

queries::Query queryIn(Session& session, const QString& reference)
{
    Result<queries::QueryService::Resolved> found = session.queries().findByReference(reference);
    REQUIRE(found.ok());
    return found->query;
}

std::vector<queries::TimelineEntry> timelineOf(const QString& vault, const QString& reference)
{
    const std::unique_ptr<Session> session = inCore(vault);
    Result<std::vector<queries::TimelineEntry>> timeline = session->queries().timeline(queryIn(*session, reference).id);
    REQUIRE(timeline.ok());
    return timeline.value();
}

queries::TimelineEntry entryOf(const QString& vault, const QString& reference, qint64 id)
{
    for (const queries::TimelineEntry& entry : timelineOf(vault, reference)) {
        if (entry.id == id)
            return entry;
    }
    FAIL("no entry #" << id);
    return {};
}

// The entry number a command printed as #N (the first one).
qint64 entryNumber(const QString& out)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("#(\\d+)")).match(out);
    REQUIRE(match.hasMatch());
    return match.captured(1).toLongLong();
}

// The table rows of list/search output.
QStringList rows(const Run& run)
{
    QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeFirst(); // the column headings
    return lines;
}

} // namespace

TEST_CASE("help lists the casework commands, each with the exit codes")
{
    const Run help = cli({ s("--help") });
    CHECK(help.exitCode == 0);
    const QList<QStringList> commands { { s("edit") }, { s("note") }, { s("correct") }, { s("link") }, { s("unlink") },
        { s("merge") }, { s("delete") }, { s("holiday"), s("list") }, { s("holiday"), s("add") },
        { s("holiday"), s("remove") }, { s("adviser"), s("rename") }, { s("adviser"), s("deactivate") },
        { s("adviser"), s("reactivate") }, { s("saved"), s("list") }, { s("saved"), s("add") },
        { s("saved"), s("delete") } };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        CHECK(help.out.contains(QLatin1String("\n  ") + command.first() + QLatin1Char(' ')));
        const Run sub = cli(command + QStringList { s("--help") });
        CHECK(sub.exitCode == 0);
        CHECK_FALSE(sub.out.contains(QLatin1String("Exit codes"))); // the top-level help alone has them
    }
    CHECK(cli({ s("list"), s("--help") }).out.contains(QLatin1String("--saved")));
    CHECK(cli({ s("edit"), s("--help") }).out.contains(QLatin1String("--clear-due")));
}

TEST_CASE("every command that changes something needs an adviser, and changes nothing without one")
{
    test::TempDir dir;
    const QString path = test::initVault(dir);
    const QList<QStringList> commands { { s("edit"), s("AH-2025-0001"), s("--priority"), s("high") },
        { s("note"), s("AH-2025-0001"), s("--summary"), s("Call") }, { s("correct"), s("1"), s("Typo") },
        { s("link"), s("AH-2025-0001"), s("AH-2025-0002") }, { s("unlink"), s("AH-2025-0001"), s("AH-2025-0002") },
        { s("merge"), s("AH-2025-0002"), s("--into"), s("AH-2025-0001") }, { s("delete"), s("AH-2025-0001") },
        { s("holiday"), s("add"), s("2025-12-25"), s("Christmas Day") }, { s("holiday"), s("remove"), s("2025-12-25") },
        { s("adviser"), s("rename"), s("A"), s("B") }, { s("adviser"), s("deactivate"), s("A") },
        { s("adviser"), s("reactivate"), s("A") }, { s("saved"), s("add"), s("Urgent") },
        { s("saved"), s("delete"), s("Urgent") } };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run refused = onVault(path, command);
        CHECK(refused.exitCode == 9);
        CHECK(refused.err.contains(QLatin1String("no adviser yet")));
    }
    CHECK(onVault(path, { s("holiday"), s("list") }).out.isEmpty());
    CHECK(onVault(path, { s("saved"), s("list") }).out.isEmpty());

    // Reading needs nobody, except for the "mine" view.
    {
        const auto session = inCore(path);
        queries::QueryFilter mine;
        mine.view = queries::QueryView::Mine;
        REQUIRE(session->search().saveSearch(s("Mine"), mine).ok());
    }
    CHECK(onVault(path, { s("saved"), s("list") }).out.startsWith(s("Mine ")));
    const Run nobody = onVault(path, { s("list"), s("--saved"), s("Mine") });
    CHECK(nobody.exitCode == 9);
    CHECK(nobody.err.contains(QLatin1String("--for NAME")));
}

TEST_CASE("edit changes only the fields given and says what changed")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    REQUIRE(onVault(path, { s("adviser"), s("add"), s(Tomas) }).exitCode == 0);
    const QString reference = addQuery(path, "Custody safeguards", "2025-06-02",
        { s("--article"), s("2,11"), s("--contact-name"), s("Efua Marrowby"), s("--request"), s("Registers") });
    int version = 0;
    {
        const auto session = inCore(path);
        version = queryIn(*session, reference).version;
    }

    const Run edited = onVault(path,
        { s("edit"), reference, s("--priority"), s("urgent"), s("--institution"), s("Ministry of Justice"),
            s("--article"), s(""), s("--assign"), s(Tomas), s("--as"), s(Tomas) });
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.out.startsWith(reference + s(" changed:")));
    CHECK(edited.out.contains(s("normal \u2192 urgent")));
    CHECK(edited.out.contains(s("(none) \u2192 Ministry of Justice")));
    CHECK(edited.out.contains(s("2, 11 \u2192 (none)")));
    CHECK(edited.out.contains(s("(none) \u2192 Tomas Brindlewood")));
    {
        const auto session = inCore(path);
        const queries::Query query = queryIn(*session, reference);
        CHECK(query.fields.priority == queries::Priority::Urgent);
        CHECK(query.fields.institution == s("Ministry of Justice"));
        CHECK(query.fields.articles.isEmpty());
        CHECK(query.adviserName == s(Tomas));
        // What was not given stays.
        CHECK(query.fields.subject == s("Custody safeguards"));
        CHECK(query.fields.contact.name == s("Efua Marrowby"));
        CHECK(query.fields.requestText == s("Registers"));
        CHECK(query.fields.receivedOn == QDate(2025, 6, 2));
        // The priority moved the due date, which was not set by hand.
        CHECK_FALSE(query.dueOverridden);
        CHECK(query.dueOn == session->queries().defaultDueDate(QDate(2025, 6, 2), queries::Priority::Urgent));
        CHECK(query.version > version);
        version = query.version;
    }
    // Recorded with the adviser who acted (--as), who is now the default.
    for (const queries::TimelineEntry& entry : timelineOf(path, reference)) {
        if (entry.kind == queries::EntryKind::FieldChanged)
            CHECK(entry.adviserName == s(Tomas));
    }
    CHECK(onVault(path, { s("adviser"), s("list") }).out.contains(QLatin1String("* Tomas Brindlewood")));

    SECTION("the same values again change nothing")
    {
        const Run again = onVault(path, { s("edit"), reference, s("--priority"), s("urgent") });
        CHECK(again.exitCode == 0);
        CHECK(again.out.trimmed() == reference + s(": nothing to change."));
        const auto session = inCore(path);
        CHECK(queryIn(*session, reference).version == version);
    }
    SECTION("the request text from standard input, which is not printed back")
    {
        const Run request = onVault(
            path, { s("edit"), reference, s("--request-file"), s("-") }, "Custody registers,\nand lawyers.\n");
        INFO(request.err.toStdString());
        CHECK(request.exitCode == 0);
        CHECK(request.out.contains(QLatin1String("changed")));
        CHECK_FALSE(request.out.contains(QLatin1String("lawyers")));
        const auto session = inCore(path);
        CHECK(queryIn(*session, reference).fields.requestText == s("Custody registers,\nand lawyers.\n"));
    }
    SECTION("a due date set by hand stays until --clear-due")
    {
        REQUIRE(onVault(path, { s("edit"), reference, s("--due"), s("2025-07-31") }).exitCode == 0);
        REQUIRE(onVault(path, { s("edit"), reference, s("--priority"), s("low") }).exitCode == 0);
        {
            const auto session = inCore(path);
            const queries::Query query = queryIn(*session, reference);
            CHECK(query.dueOverridden);
            CHECK(query.dueOn == QDate(2025, 7, 31));
        }
        const Run cleared = onVault(path, { s("edit"), reference, s("--clear-due") });
        INFO(cleared.out.toStdString() + cleared.err.toStdString());
        CHECK(cleared.exitCode == 0);
        CHECK(cleared.out.contains(s("2025-07-31 \u2192")));
        const auto session = inCore(path);
        const queries::Query query = queryIn(*session, reference);
        CHECK_FALSE(query.dueOverridden);
        CHECK(query.dueOn == session->queries().defaultDueDate(QDate(2025, 6, 2), queries::Priority::Low));
    }
    SECTION("bad values are all listed and change nothing")
    {
        const Run bad = onVault(path,
            { s("edit"), reference, s("--channel"), s("pigeon"), s("--subject"), s(""), s("--article"), s("x"),
                s("--priority"), s("soon"), s("--assign"), s("Nobody") });
        CHECK(bad.exitCode == 8);
        CHECK(bad.err.contains(QLatin1String("--channel: unknown channel")));
        CHECK(bad.err.contains(QLatin1String("--subject:")));
        CHECK(bad.err.contains(QLatin1String("--article:")));
        CHECK(bad.err.contains(QLatin1String("--priority:")));
        CHECK(bad.err.contains(QLatin1String("--assign:")));
        CHECK(bad.err.contains(reference + s(" was not changed")));
        CHECK(onVault(path, { s("edit"), reference, s("--due"), s("2025-01-01") }).exitCode == 8); // before receipt
        CHECK(onVault(path, { s("edit"), reference, s("--request-file"), dir.file(s("missing.txt")) }).exitCode == 7);
        const auto session = inCore(path);
        CHECK(queryIn(*session, reference).version == version);
    }
    SECTION("usage mistakes")
    {
        CHECK(onVault(path, { s("edit"), reference, s("--due"), s("2025-07-31"), s("--clear-due") }).exitCode == 2);
        CHECK(
            onVault(path, { s("edit"), reference, s("--request"), s("a"), s("--request-file"), s("-") }).exitCode == 2);
        CHECK(onVault(path, { s("edit") }).exitCode == 2);
    }
    SECTION("unknown references, an unknown adviser, a merged duplicate")
    {
        CHECK(onVault(path, { s("edit"), s("AH-2025-0999"), s("--priority"), s("low") }).exitCode == 8);
        CHECK(onVault(path, { s("edit"), s("42"), s("--priority"), s("low") }).exitCode == 8);
        CHECK(onVault(path, { s("edit"), reference, s("--priority"), s("low"), s("--as"), s("Nobody") }).exitCode == 8);
        const QString duplicate = addQuery(path, "Duplicate", "2025-06-03");
        REQUIRE(onVault(path, { s("merge"), duplicate, s("--into"), reference }).exitCode == 0);
        const Run merged = onVault(path, { s("edit"), duplicate, s("--priority"), s("low") });
        CHECK(merged.exitCode == 9);
        CHECK(merged.err.contains(s("edit ") + reference));
    }
}

TEST_CASE("note logs an entry, correct adds a correction after one, and nothing is sent")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const QString reference = addQuery(path, "Custody safeguards", "2025-06-02");
    const auto entries = [&] { return timelineOf(path, reference).size(); };

    const Run call = onVault(path,
        { s("note"), reference, s("--kind"), s("call"), s("--summary"), s("Call with the Ministry"), s("--when"),
            s("2025-06-10T14:30"), s("--body"), s("Two points:\nregisters, lawyers") });
    INFO(call.err.toStdString());
    REQUIRE(call.exitCode == 0);
    CHECK(call.out.contains(QLatin1String("recorded only")));
    const qint64 callId = entryNumber(call.out);
    {
        const queries::TimelineEntry entry = entryOf(path, reference, callId);
        CHECK(entry.kind == queries::EntryKind::Call);
        CHECK(entry.summary == s("Call with the Ministry"));
        CHECK(entry.body == s("Two points:\nregisters, lawyers"));
        CHECK(entry.adviserName == s("Amara Quillfeather"));
        CHECK(entry.occurredAtUtc == QDateTime(QDate(2025, 6, 10), QTime(14, 30)).toUTC());
    }
    const Run show = onVault(path, { s("show"), reference });
    CHECK(show.out.contains(QStringLiteral("#%1 ").arg(callId)));
    CHECK(show.out.contains(QLatin1String("2025-06-10 14:30  Call")));
    CHECK(show.out.contains(QLatin1String("          registers, lawyers")));

    SECTION("a date alone, the details from standard input, every loggable kind")
    {
        const Run mail = onVault(path,
            { s("note"), reference, s("--kind"), s("email-sent"), s("--when"), s("2025-06-11"), s("--body-file"),
                s("-") },
            "Sent the checklist.\n");
        INFO(mail.err.toStdString());
        REQUIRE(mail.exitCode == 0);
        const queries::TimelineEntry entry = entryOf(path, reference, entryNumber(mail.out));
        CHECK(entry.kind == queries::EntryKind::EmailSent);
        CHECK(entry.body == s("Sent the checklist.\n"));
        CHECK(entry.occurredAtUtc == QDateTime(QDate(2025, 6, 11), QTime(12, 0)).toUTC());
        for (const char* kind : { "note", "meeting", "email_received" }) {
            INFO(kind);
            CHECK(onVault(path, { s("note"), reference, s("--kind"), s(kind), s("--summary"), s("Logged") }).exitCode
                == 0);
        }
    }
    SECTION("--when is local time, as show prints it")
    {
        const QStringList zurich { s("env"), s("TZ=Europe/Zurich"), test::cliPath(), s("--vault"), path };
        const Run noted = test::runCommand(zurich
                + QStringList { s("note"), reference, s("--summary"), s("Meeting in Geneva"), s("--when"),
                    s("2025-06-12 09:00") },
            test::line(test::TestPassphrase));
        REQUIRE(noted.exitCode == 0);
        CHECK(entryOf(path, reference, entryNumber(noted.out)).occurredAtUtc
            == QDateTime(QDate(2025, 6, 12), QTime(7, 0), Qt::UTC));
        const Run shown
            = test::runCommand(zurich + QStringList { s("show"), reference }, test::line(test::TestPassphrase));
        CHECK(shown.out.contains(QLatin1String("2025-06-12 09:00  Note")));
    }
    SECTION("bad notes add nothing")
    {
        const std::size_t before = entries();
        const Run kind = onVault(path, { s("note"), reference, s("--kind"), s("fax"), s("--summary"), s("x") });
        CHECK(kind.exitCode == 8);
        CHECK(kind.err.contains(QLatin1String("note, meeting, call, email_received, email_sent")));
        // Entries the core writes itself cannot be logged by hand.
        CHECK(onVault(path, { s("note"), reference, s("--kind"), s("merged"), s("--summary"), s("x") }).exitCode == 8);
        CHECK(onVault(path, { s("note"), reference, s("--when"), s("2025-13-01"), s("--summary"), s("x") }).exitCode
            == 8);
        CHECK(
            onVault(path, { s("note"), reference, s("--when"), s("2025-06-10T25:00"), s("--summary"), s("x") }).exitCode
            == 8);
        CHECK(onVault(path, { s("note"), reference }).exitCode == 8); // nothing written
        CHECK(onVault(path, { s("note"), s("AH-2025-0999"), s("--summary"), s("x") }).exitCode == 8);
        CHECK(onVault(path, { s("note"), reference, s("--body"), s("a"), s("--body-file"), s("-") }).exitCode == 2);
        CHECK(onVault(path, { s("note"), reference, s("--body-file"), dir.file(s("missing.txt")) }).exitCode == 7);
        CHECK(entries() == before);
    }
    SECTION("correct")
    {
        const Run corrected
            = onVault(path, { s("correct"), QStringLiteral("#%1").arg(callId), s("It was a video call") });
        INFO(corrected.err.toStdString());
        REQUIRE(corrected.exitCode == 0);
        CHECK(corrected.out.startsWith(reference + s(": correction #")));
        const queries::TimelineEntry correction = entryOf(path, reference, entryNumber(corrected.out));
        CHECK(correction.kind == queries::EntryKind::Correction);
        CHECK(correction.correctsId == callId);
        CHECK(correction.body == s("It was a video call"));
        CHECK(onVault(path, { s("show"), reference }).out.contains(QStringLiteral("(corrects #%1)").arg(callId)));

        const Run fromInput
            = onVault(path, { s("correct"), QString::number(callId), s("--body-file"), s("-") }, "From stdin\n");
        REQUIRE(fromInput.exitCode == 0);
        CHECK(entryOf(path, reference, entryNumber(fromInput.out)).body == s("From stdin\n"));

        const std::size_t before = entries();
        CHECK(onVault(path, { s("correct"), s("99999"), s("Typo") }).exitCode == 8);
        CHECK(onVault(path, { s("correct"), s("abc"), s("Typo") }).exitCode == 8);
        CHECK(onVault(path, { s("correct"), QString::number(callId), s(" ") }).exitCode == 8);
        CHECK(onVault(path, { s("correct"), QString::number(callId) }).exitCode == 2);
        CHECK(onVault(path, { s("correct"), QString::number(callId), s("a"), s("--body-file"), s("-") }).exitCode == 2);
        CHECK(entries() == before);
    }
}

TEST_CASE("link and unlink two queries")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const QString first = addQuery(path, "First", "2025-06-02");
    const QString second = addQuery(path, "Second", "2025-06-03");

    const Run linked = onVault(path, { s("link"), second, first, s("--kind"), s("follow-up") });
    INFO(linked.err.toStdString());
    REQUIRE(linked.exitCode == 0);
    CHECK(linked.out.trimmed() == second + s(" now follows up ") + first + s("."));
    CHECK(onVault(path, { s("show"), second }).out.contains(QLatin1String("follow-up of    ") + first));
    CHECK(onVault(path, { s("show"), first }).out.contains(QLatin1String("followed up by  ") + second));

    CHECK(onVault(path, { s("link"), first, second }).exitCode == 8); // already linked
    CHECK(onVault(path, { s("link"), first, first }).exitCode == 8);
    CHECK(onVault(path, { s("link"), first, s("AH-2025-0999") }).exitCode == 8);
    CHECK(onVault(path, { s("link"), first, second, s("--kind"), s("cousin") }).exitCode == 8);
    CHECK(onVault(path, { s("link"), first }).exitCode == 2);

    const Run unlinked = onVault(path, { s("unlink"), first, second });
    CHECK(unlinked.exitCode == 0);
    CHECK_FALSE(onVault(path, { s("show"), first }).out.contains(QLatin1String("Links:")));
    CHECK(onVault(path, { s("show"), first }).out.contains(QLatin1String("No longer linked to ") + second));
    const Run notLinked = onVault(path, { s("unlink"), first, second });
    CHECK(notLinked.exitCode == 8);
    CHECK(notLinked.err.contains(QLatin1String("are not linked")));
    CHECK(onVault(path, { s("unlink"), first, s("AH-2025-0999") }).exitCode == 8);
    CHECK(onVault(path, { s("unlink"), first }).exitCode == 2);

    REQUIRE(onVault(path, { s("link"), first, second }).exitCode == 0);
    CHECK(onVault(path, { s("show"), first }).out.contains(QLatin1String("related to      ") + second));

    const QString duplicate = addQuery(path, "Duplicate", "2025-06-04");
    REQUIRE(onVault(path, { s("merge"), duplicate, s("--into"), first }).exitCode == 0);
    CHECK(onVault(path, { s("link"), duplicate, second }).exitCode == 9);
    CHECK(onVault(path, { s("unlink"), duplicate, second }).exitCode == 9);
}

TEST_CASE("a merged duplicate's reference is refused by every command that changes a query, naming the query to use")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const QString survivor = addQuery(path, "Custody safeguards", "2025-06-02");
    const QString duplicate = addQuery(path, "Custody, again", "2025-06-03");
    const QString other = addQuery(path, "Other", "2025-06-04");
    REQUIRE(onVault(path, { s("link"), duplicate, other }).exitCode == 0);
    REQUIRE(onVault(path, { s("merge"), duplicate, s("--into"), survivor }).exitCode == 0);
    const QList<QStringList> commands { { s("edit"), duplicate, s("--priority"), s("low") },
        { s("note"), duplicate, s("--summary"), s("Call") }, { s("link"), duplicate, other },
        { s("link"), other, duplicate }, { s("unlink"), duplicate, other }, { s("delete"), duplicate },
        { s("merge"), other, s("--into"), duplicate },
        { s("status"), duplicate, s("declined"), s("--reason"), s("x") } };
    const std::size_t entries = timelineOf(path, survivor).size();
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run refused = onVault(path, command);
        CHECK(refused.exitCode == 9);
        CHECK(refused.err.contains(duplicate + s(" was merged into ") + survivor));
    }
    CHECK(timelineOf(path, survivor).size() == entries);
    // The link moved to the survivor with the rest.
    CHECK(onVault(path, { s("show"), survivor }).out.contains(s("related to      ") + other));
}

TEST_CASE("merge a duplicate into the query it duplicates")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const QString survivor = addQuery(path, "Custody safeguards", "2025-06-02");
    const QString duplicate = addQuery(path, "Custody, again", "2025-06-03", { s("--theme"), s("training") });
    const QString other = addQuery(path, "Other", "2025-06-04");
    REQUIRE(onVault(path, { s("note"), duplicate, s("--summary"), s("Call about the duplicate") }).exitCode == 0);

    CHECK(onVault(path, { s("merge"), duplicate }).exitCode == 2); // --into is required
    CHECK(onVault(path, { s("merge"), duplicate, s("--into"), duplicate }).exitCode == 8);
    CHECK(onVault(path, { s("merge"), duplicate, s("--into"), s("AH-2025-0999") }).exitCode == 8);

    const Run merged = onVault(path, { s("merge"), duplicate, s("--into"), survivor });
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.startsWith(duplicate + s(" merged into ") + survivor));
    const Run show = onVault(path, { s("show"), duplicate });
    CHECK(show.out.startsWith(duplicate + s(" was merged into ") + survivor));
    CHECK(show.out.contains(QLatin1String("Call about the duplicate"))); // the timeline moved
    {
        const auto session = inCore(path);
        const queries::Query query = queryIn(*session, survivor);
        CHECK(query.themeNames.size() == 2); // the duplicate's theme too
    }

    const Run again = onVault(path, { s("merge"), duplicate, s("--into"), other });
    CHECK(again.exitCode == 9);
    CHECK(again.err.contains(QLatin1String("already merged")));
    CHECK(onVault(path, { s("merge"), other, s("--into"), duplicate }).exitCode == 9);
}

TEST_CASE("delete only a query registered by mistake")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const QString triaged = addQuery(path, "Real query", "2025-06-02");
    const QString mistake = addQuery(path, "Registered by mistake", "2025-06-03");
    REQUIRE(onVault(path, { s("status"), triaged, s("triaged") }).exitCode == 0);

    const Run deleted = onVault(path, { s("delete"), mistake });
    INFO(deleted.err.toStdString());
    REQUIRE(deleted.exitCode == 0);
    CHECK(deleted.out.contains(QLatin1String("Deleted ") + mistake));
    CHECK(onVault(path, { s("show"), mistake }).exitCode == 8);
    CHECK_FALSE(onVault(path, { s("list") }).out.contains(mistake));
    CHECK(addQuery(path, "Next", "2025-06-04") == s("AH-2025-0003")); // the number is not used again

    const Run refused = onVault(path, { s("delete"), triaged });
    CHECK(refused.exitCode == 9);
    CHECK(refused.err.contains(QLatin1String("still new")));
    CHECK(onVault(path, { s("show"), triaged }).exitCode == 0);
    CHECK(onVault(path, { s("delete"), mistake }).exitCode == 8);
    CHECK(onVault(path, { s("delete") }).exitCode == 2);

    const QString duplicate = addQuery(path, "Duplicate", "2025-06-05");
    REQUIRE(onVault(path, { s("merge"), duplicate, s("--into"), triaged }).exitCode == 0);
    CHECK(onVault(path, { s("delete"), duplicate }).exitCode == 9);
}

TEST_CASE("office holidays are listed, added and removed, and default due dates skip them")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const Run none = onVault(path, { s("holiday"), s("list") });
    CHECK(none.exitCode == 0);
    CHECK(none.out.isEmpty());
    CHECK(none.err.contains(QLatin1String("No office holidays yet")));

    // Urgent: due two working days after receipt (Tuesday 23rd, Wednesday 24th).
    const QString before = addQuery(path, "Before", "2025-12-22", { s("--priority"), s("urgent") });
    const Run added = onVault(path, { s("holiday"), s("add"), s("2025-12-24"), s("Christmas Eve") });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(onVault(path, { s("holiday"), s("list") }).out == s("2025-12-24  Wed  Christmas Eve\n"));
    const QString after = addQuery(path, "After", "2025-12-22", { s("--priority"), s("urgent") });
    {
        const auto session = inCore(path);
        CHECK(queryIn(*session, before).dueOn == QDate(2025, 12, 24)); // already set: does not move
        CHECK(queryIn(*session, after).dueOn == QDate(2025, 12, 25));
        Result<std::vector<calendar::Holiday>> holidays = session->holidays().list();
        REQUIRE(holidays.ok());
        REQUIRE(holidays->size() == 1);
        CHECK(holidays->front().name == s("Christmas Eve"));
    }

    // Another name on a holiday's date is refused and changes nothing; the same name again is
    // nothing to change.
    const Run other = onVault(path, { s("holiday"), s("add"), s("2025-12-24"), s("Veille de Noël") });
    CHECK(other.exitCode == 8);
    CHECK(other.err.contains(QLatin1String("already an office holiday")));
    CHECK(onVault(path, { s("holiday"), s("list") }).out == s("2025-12-24  Wed  Christmas Eve\n"));
    CHECK(onVault(path, { s("holiday"), s("add"), s("2025-12-24"), s("Christmas  Eve") })
              .out.contains(QLatin1String("nothing to change")));

    CHECK(onVault(path, { s("holiday"), s("add"), s("24/12/2025"), s("Christmas Eve") }).exitCode == 8);
    CHECK(onVault(path, { s("holiday"), s("add"), s("2025-12-24") }).exitCode == 2);
    CHECK(onVault(path, { s("holiday"), s("remove"), s("2025-12-25") }).exitCode == 8);
    CHECK(onVault(path, { s("holiday"), s("remove"), s("tomorrow") }).exitCode == 8);
    CHECK(onVault(path, { s("holiday") }).exitCode == 2);
    CHECK(onVault(path, { s("holiday"), s("list") }).out == s("2025-12-24  Wed  Christmas Eve\n"));

    const Run removed = onVault(path, { s("holiday"), s("remove"), s("2025-12-24") });
    CHECK(removed.exitCode == 0);
    CHECK(onVault(path, { s("holiday"), s("list") }).out.isEmpty());
}

TEST_CASE("advisers: rename, deactivate, reactivate")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    REQUIRE(onVault(path, { s("adviser"), s("add"), s(Tomas) }).exitCode == 0);
    const QString reference = addQuery(path, "Custody safeguards", "2025-06-02", { s("--assign"), s(Tomas) });
    const auto advisers = [&] { return onVault(path, { s("adviser"), s("list") }).out; };

    const Run renamed = onVault(path, { s("adviser"), s("rename"), s(Tomas), s("Tomás Brindlewood") });
    INFO(renamed.err.toStdString());
    REQUIRE(renamed.exitCode == 0);
    CHECK(advisers().contains(s("  Tomás Brindlewood")));
    CHECK_FALSE(advisers().contains(s(Tomas)));
    CHECK(onVault(path, { s("show"), reference }).out.contains(s("Assigned adviser:  Tomás Brindlewood")));
    CHECK(onVault(path, { s("adviser"), s("rename"), s("tomás brindlewood"), s("Tomás Brindlewood") })
              .out.contains(QLatin1String("nothing to change")));

    CHECK(onVault(path, { s("adviser"), s("rename"), s("Tomás Brindlewood"), s("amara quillfeather") }).exitCode
        == 8); // taken
    CHECK(onVault(path, { s("adviser"), s("rename"), s("Nobody"), s("Somebody") }).exitCode == 8);
    CHECK(onVault(path, { s("adviser"), s("rename"), s("Tomás Brindlewood"), s(" ") }).exitCode == 8);
    CHECK(onVault(path, { s("adviser"), s("rename"), s("Tomás Brindlewood"), QString(121, QLatin1Char('x')) }).exitCode
        == 8);
    CHECK(onVault(path, { s("adviser"), s("rename"), s("Tomás Brindlewood") }).exitCode == 2);
    CHECK(advisers().contains(s("  Tomás Brindlewood")));

    // The adviser acting now stays active until someone else acts.
    const Run self = onVault(path, { s("adviser"), s("deactivate"), s("Amara Quillfeather") });
    CHECK(self.exitCode == 9);
    CHECK(self.err.contains(QLatin1String("--as")));
    CHECK_FALSE(advisers().contains(QLatin1String("(inactive)")));

    const Run deactivated = onVault(path, { s("adviser"), s("deactivate"), s("Tomás Brindlewood") });
    CHECK(deactivated.exitCode == 0);
    CHECK(advisers().contains(s("Tomás Brindlewood              adviser    (inactive)")));
    CHECK(onVault(path, { s("adviser"), s("deactivate"), s("Tomás Brindlewood") })
              .out.contains(QLatin1String("nothing to change")));
    // An inactive adviser is not assigned new queries and does not act.
    CHECK(onVault(path,
              { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s("x"), s("--theme"),
                  s("police_custody"), s("--assign"), s("Tomás Brindlewood") })
              .exitCode
        == 8);
    CHECK(onVault(path, { s("note"), reference, s("--summary"), s("x"), s("--as"), s("Tomás Brindlewood") }).exitCode
        == 9);
    CHECK(onVault(path, { s("adviser"), s("deactivate"), s("Nobody") }).exitCode == 8);

    const Run reactivated = onVault(path, { s("adviser"), s("reactivate"), s("Tomás Brindlewood") });
    CHECK(reactivated.exitCode == 0);
    CHECK_FALSE(advisers().contains(QLatin1String("(inactive)")));

    // Someone else acting: the former default can go, and the one acting becomes the default.
    REQUIRE(onVault(path, { s("adviser"), s("deactivate"), s("Amara Quillfeather"), s("--as"), s("Tomás Brindlewood") })
                .exitCode
        == 0);
    CHECK(advisers().contains(s("* Tomás Brindlewood")));
    CHECK(advisers().contains(QLatin1String("  Amara Quillfeather             adviser    (inactive)")));
}

TEST_CASE("saved searches: save, list, run with list --saved, delete")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    REQUIRE(onVault(path, { s("adviser"), s("add"), s(Tomas) }).exitCode == 0);
    const QString custody = addQuery(path, "Custody registers", "2025-06-02", { s("--priority"), s("urgent") });
    const QString training
        = addQuery(path, "Training of police", "2025-06-03", { s("--priority"), s("urgent"), s("--assign"), s(Tomas) });
    const QString low = addQuery(path, "Custody, later", "2025-06-04", { s("--priority"), s("low") });

    const Run saved = onVault(path,
        { s("saved"), s("add"), s("Urgent custody"), s("--priority"), s("urgent"), s("--state"), s("GH"), s("--text"),
            s("custody") });
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out.contains(QLatin1String("1 matching")));
    REQUIRE(onVault(path, { s("saved"), s("add"), s("Mine"), s("--view"), s("mine") }).exitCode == 0);

    const Run listed = onVault(path, { s("saved"), s("list") });
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QLatin1String("--priority urgent --state GH --text custody")));
    CHECK(listed.out.contains(QLatin1String("--view mine")));

    const Run run = onVault(path, { s("list"), s("--saved"), s("urgent CUSTODY") });
    CHECK(run.exitCode == 0);
    REQUIRE(rows(run).size() == 1);
    CHECK(rows(run).front().startsWith(custody));
    CHECK(rows(onVault(path, { s("search"), s("custody"), s("--priority"), s("urgent"), s("--state"), s("GH") }))
        == rows(run));
    // The "mine" view is the acting adviser's.
    const Run mine = onVault(path, { s("list"), s("--saved"), s("Mine"), s("--for"), s(Tomas) });
    REQUIRE(rows(mine).size() == 1);
    CHECK(rows(mine).front().startsWith(training));
    // The order options apply; other filters are refused.
    CHECK(rows(onVault(path, { s("list"), s("--saved"), s("Mine"), s("--for"), s("Amara Quillfeather") })).isEmpty());
    CHECK(onVault(
              path, { s("list"), s("--saved"), s("Urgent custody"), s("--sort"), s("reference"), s("--limit"), s("1") })
              .exitCode
        == 0);
    const Run combined = onVault(path, { s("list"), s("--saved"), s("Urgent custody"), s("--state"), s("GH") });
    CHECK(combined.exitCode == 2);
    CHECK(combined.err.contains(QLatin1String("excludes")));
    CHECK(onVault(path, { s("list"), s("--saved"), s("Nothing like it") }).exitCode == 8);

    SECTION("saving under a name again replaces the search")
    {
        const Run replaced = onVault(path, { s("saved"), s("add"), s("urgent custody"), s("--priority"), s("low") });
        CHECK(replaced.exitCode == 0);
        CHECK(replaced.out.contains(QLatin1String("Replaced")));
        const Run again = onVault(path, { s("list"), s("--saved"), s("Urgent custody") });
        REQUIRE(rows(again).size() == 1);
        CHECK(rows(again).front().startsWith(low));
        const auto session = inCore(path);
        CHECK(session->search().savedSearches()->size() == 2);
    }
    SECTION("bad searches are not saved")
    {
        CHECK(onVault(path, { s("saved"), s("add"), s("Atlantis"), s("--state"), s("Atlantis") }).exitCode == 8);
        CHECK(onVault(path, { s("saved"), s("add"), s(" ") }).exitCode == 8);
        CHECK(onVault(path, { s("saved"), s("add") }).exitCode == 2);
        CHECK(onVault(path, { s("saved"), s("add"), s("Sorted"), s("--sort"), s("due") }).exitCode == 2);
        const auto session = inCore(path);
        CHECK(session->search().savedSearches()->size() == 2);
    }
    SECTION("delete")
    {
        const Run deleted = onVault(path, { s("saved"), s("delete"), s("URGENT custody") });
        CHECK(deleted.exitCode == 0);
        CHECK_FALSE(onVault(path, { s("saved"), s("list") }).out.contains(QLatin1String("Urgent custody")));
        CHECK(onVault(path, { s("list"), s("--saved"), s("Urgent custody") }).exitCode == 8);
        CHECK(onVault(path, { s("saved"), s("delete"), s("Urgent custody") }).exitCode == 8);
        CHECK(onVault(path, { s("show"), custody }).exitCode == 0); // the queries stay
    }
}

} // namespace casework_cli_test
