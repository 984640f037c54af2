// Response drafting on the command line (issue 11; cli/DraftCommands.cpp, TemplateCommands.cpp,
// LibraryCommands.cpp), driven as a user would from a script: the passphrase on standard input,
// bodies from files or standard input, the effect checked with the commands and in the core. A
// refused command must leave the vault byte for byte as it was.
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "drafts/DraftService.h"
#include "pending/PendingEditService.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

#include <fcntl.h>
#include <sys/stat.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace draft_cli_test {

using namespace advicehub;
using test::cli;
using test::onVault;
using test::s;
using Run = test::CliRun;

namespace {

const char* const Adviser = "Amara Quillfeather"; // role adviser
const char* const Author = "Hana Okonkwo"; // role head, writes the draft
const char* const Reviewer = "Jonas Lindqvist"; // role head, clears it

std::unique_ptr<Session> inCore(const QString& vault)
{
    static const SystemClock clock;
    Result<std::unique_ptr<Session>> session = Session::open(test::openVault(vault), clock);
    REQUIRE(session.ok());
    return std::move(session).value();
}

Run ok(const QString& vault, const QStringList& arguments, const QByteArray& input = {})
{
    const Run run = onVault(vault, arguments, input);
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

QString number(const QString& out)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("#(\\d+)")).match(out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

timespec modificationTime(const QString& path)
{
    struct stat info { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mtim;
}

// A command that must be refused with `exitCode` and a message containing `message`, the vault
// file left exactly as it was: its bytes and its modification time (moved an hour back first).
Run refused(const QString& vault, const QStringList& arguments, int exitCode, const QString& message,
    const QByteArray& input = {})
{
    timespec aged = modificationTime(vault);
    aged.tv_sec -= 3600;
    const timespec times[2] = { aged, aged };
    REQUIRE(::utimensat(AT_FDCWD, QFile::encodeName(vault).constData(), times, 0) == 0);
    const QByteArray before = test::fileDigest(vault);
    const Run run = onVault(vault, arguments, input);
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.contains(message, Qt::CaseInsensitive));
    CHECK(test::fileDigest(vault) == before);
    const timespec after = modificationTime(vault);
    CHECK(after.tv_sec == aged.tv_sec);
    CHECK(after.tv_nsec == aged.tv_nsec);
    CHECK_FALSE(QFileInfo::exists(vault + QStringLiteral("-journal")));
    return run;
}

QString file(const test::TempDir& dir, const char* name, const QByteArray& content)
{
    const QString path = dir.file(QString::fromLatin1(name));
    test::writeFile(path, content);
    return path;
}

// A vault with an adviser and two heads, and a query received on 2025-06-02 from Ghana.
struct DraftVault {
    DraftVault()
    {
        vault = test::vaultWithAdviser(dir);
        ok(vault, { s("adviser"), s("add"), s(Author), s("--role"), s("head") });
        ok(vault, { s("adviser"), s("add"), s(Reviewer), s("--role"), s("head") });
        reference = ok(vault,
            { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s("Custody registers"),
                s("--theme"), s("police_custody"), s("--received"), s("2025-06-02"), s("--request"),
                s("Registers of custody"), s("--as"), s(Adviser) })
                        .out.trimmed();
    }
    // advicehub-cli ARGUMENTS --as WHO: must succeed.
    Run as(const char* who, QStringList arguments, const QByteArray& input = {})
    {
        arguments << s("--as") << s(who);
        return ok(vault, arguments, input);
    }
    test::TempDir dir;
    QString vault;
    QString reference;
};

} // namespace

TEST_CASE("help lists the draft, template and library commands, each with the exit codes")
{
    const Run help = cli({ s("--help") });
    CHECK(help.exitCode == 0);
    for (const char* group : { "draft", "template", "library" })
        CHECK(help.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(group))));
    const QList<QStringList> commands { { s("draft"), s("list") }, { s("draft"), s("show") },
        { s("draft"), s("versions") }, { s("draft"), s("diff") }, { s("draft"), s("new") }, { s("draft"), s("save") },
        { s("draft"), s("submit") }, { s("draft"), s("request-changes") }, { s("draft"), s("clear") },
        { s("draft"), s("sent") }, { s("draft"), s("copy") }, { s("draft"), s("rename") }, { s("draft"), s("remove") },
        { s("draft"), s("export") }, { s("template"), s("list") }, { s("template"), s("show") },
        { s("template"), s("add") }, { s("template"), s("edit") }, { s("library"), s("list") },
        { s("library"), s("show") }, { s("library"), s("add") }, { s("library"), s("edit") },
        { s("library"), s("search") }, { s("library"), s("precedents") } };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run run = cli(command + QStringList { s("--help") });
        CHECK(run.exitCode == 0);
        CHECK_FALSE(run.out.contains(QLatin1String("Exit codes:"))); // the top-level help alone has them
    }
}

TEST_CASE("a draft goes from a template to the locked sent text through the command line, four eyes included")
{
    DraftVault v;
    const QString& vault = v.vault;
    const QString& reference = v.reference;

    // A template with a placeholder nobody knows is refused, and nothing is written.
    refused(vault,
        { s("template"), s("add"), s("--name"), s("Odd"), s("--kind"), s("acknowledgement"), s("--language"), s("en"),
            s("--body-file"), file(v.dir, "odd.txt", "Dear {contact_name}, about {frobnicate}.\n"), s("--as"),
            s(Author) },
        8, s("frobnicate"));
    refused(vault,
        { s("template"), s("add"), s("--name"), s("Unbalanced"), s("--kind"), s("acknowledgement"), s("--language"),
            s("en"), s("--body-file"), file(v.dir, "unbalanced.txt", "Our reference {reference.\n"), s("--as"),
            s(Author) },
        8, QString());
    // One that the query fills except its institution, which the query does not have.
    const Run added = v.as(Author,
        { s("template"), s("add"), s("--name"), s("Short acknowledgement"), s("--kind"), s("acknowledgement"),
            s("--language"), s("en"), s("--body-file"),
            file(v.dir, "ack.txt",
                "Our reference {reference}.\nDear colleagues at {institution},\nwe received it.\n") });
    CHECK(added.out.contains(QLatin1String("Short acknowledgement")));
    CHECK(ok(vault, { s("template"), s("list") }).out.contains(QLatin1String("Short acknowledgement")));

    // new from the template: the placeholder report is on standard error, not silent.
    const Run created = v.as(Author,
        { s("draft"), s("new"), reference, s("--kind"), s("acknowledgement"), s("--template"),
            s("Short acknowledgement"), s("--title-file"), file(v.dir, "title.txt", "Zorvex acknowledgement\n") });
    const QString id = number(created.out);
    CHECK(created.err.contains(QLatin1String("{institution}")));
    const Run first = ok(vault, { s("draft"), s("show"), id });
    CHECK(first.out.contains(QStringLiteral("Our reference %1.").arg(reference)));
    CHECK(first.out.contains(QLatin1String("[institution?]")));
    CHECK(first.out.contains(QLatin1String("Zorvex acknowledgement")));

    // Saved twice: plain text, then HTML whose script and event handler are removed and said so.
    v.as(Author,
        { s("draft"), s("save"), id, s("--body-file"),
            file(v.dir, "v2.txt", "Our reference AH.\nDear colleagues,\nwe received your request.\n"), s("--comment"),
            s("plain text") });
    const Run html = v.as(Author,
        { s("draft"), s("save"), id, s("--body-file"),
            file(v.dir, "v3.html",
                "<p>Our reference AH.</p><p>Dear <b>colleagues</b>,</p><p onclick=\"steal()\">we received your "
                "kind request today.</p><script>alert(1)</script>") });
    CHECK(html.out.contains(QLatin1String("version 3")));
    CHECK(html.err.contains(QLatin1String("Removed from the body")));
    const Run versions = ok(vault, { s("draft"), s("versions"), id });
    CHECK(versions.out.count(QLatin1Char('\n')) == 4); // a header and three versions
    const Run stored = ok(vault, { s("draft"), s("show"), id, s("--format"), s("html") });
    CHECK_FALSE(stored.out.contains(QLatin1String("<script")));
    CHECK_FALSE(stored.out.contains(QLatin1String("onclick")));
    CHECK(stored.out.contains(QLatin1String("<b>colleagues</b>")));

    // The word diff: {+inserted+} and [-deleted-], and the bold reported as a formatting change.
    const Run diff = ok(vault, { s("draft"), s("diff"), id, s("2"), s("3") });
    CHECK(diff.out.contains(QLatin1String("{+kind+}")));
    CHECK(diff.out.contains(QLatin1String("{+today+}")));
    CHECK(diff.out.contains(QLatin1String("Formatting changed")));
    CHECK_FALSE(diff.out.contains(QLatin1String("\x1b["))); // no colour when not on a terminal
    const Run back = ok(vault, { s("draft"), s("diff"), id, s("3"), s("2") });
    CHECK(back.out.contains(QLatin1String("[-kind-]")));

    // Submitted; the author cannot clear their own version (four eyes), an adviser who is not a
    // head cannot clear at all; each refusal with its message and nothing changed.
    v.as(Author, { s("draft"), s("submit"), id });
    refused(vault, { s("draft"), s("clear"), id, s("--as"), s(Author) }, 9, QString());
    refused(vault, { s("draft"), s("clear"), id, s("--as"), s(Adviser) }, 9, QString());
    // Changes requested by the reviewer, with a comment kept with the version.
    refused(vault, { s("draft"), s("request-changes"), id, s("--as"), s(Reviewer) }, 2, s("--comment"));
    v.as(Reviewer,
        { s("draft"), s("request-changes"), id, s("--comment-file"),
            file(v.dir, "review.txt", "Please name the ministry.\n") });
    CHECK(ok(vault, { s("draft"), s("show"), id }).out.contains(QLatin1String("Please name the ministry.")));
    v.as(Author, { s("draft"), s("save"), id, s("--body-file"), s("-"), s("--comment"), s("ministry named") },
        "Our reference AH.\nDear colleagues at the Zorvex ministry,\nwe received your request.\n");
    v.as(Author, { s("draft"), s("submit"), id });
    refused(vault, { s("draft"), s("clear"), id, s("--as"), s(Author) }, 9, QString());
    const Run cleared = v.as(Reviewer, { s("draft"), s("clear"), id });
    CHECK(cleared.out.contains(QLatin1String("cleared")));

    // A transition out of order: sending needs the channel to be known.
    refused(vault, { s("draft"), s("sent"), id, s("--channel"), s("pigeon"), s("--as"), s(Author) }, 8, s("pigeon"));
    const Run sent = v.as(Author, { s("draft"), s("sent"), id, s("--channel"), s("email") });
    CHECK(sent.out.contains(QLatin1String("locked")));

    // Locked: no new version, no step, no removal — refused with exit 9, the vault unchanged.
    const QString body = file(v.dir, "late.txt", "A late change\n");
    refused(vault, { s("draft"), s("save"), id, s("--body-file"), body, s("--as"), s(Author) }, 9, QString());
    refused(vault, { s("draft"), s("submit"), id, s("--as"), s(Author) }, 9, QString());
    refused(vault, { s("draft"), s("remove"), id, s("--as"), s(Author) }, 9, QString());
    const Run locked = ok(vault, { s("draft"), s("show"), id });
    CHECK(locked.out.contains(QLatin1String("LOCKED")));
    CHECK(locked.out.contains(QLatin1String("Zorvex ministry")));

    // Exports of the sent text: 0600 files, each recorded on the query's timeline.
    int exports = 0;
    for (const char* format : { "odt", "html", "text" }) {
        INFO(format);
        const QString path = v.dir.file(QStringLiteral("answer.%1").arg(QLatin1String(format)));
        const Run exported = v.as(Author, { s("draft"), s("export"), id, s("--format"), s(format), s("-o"), path });
        CHECK(exported.out.contains(QLatin1String("recorded")));
        REQUIRE(QFileInfo::exists(path));
        CHECK(test::fileMode(path) == 0600);
        ++exports;
    }
    CHECK(test::readFile(v.dir.file(s("answer.text"))).contains("Dear colleagues at the Zorvex ministry,\n"));
    CHECK(test::readFile(v.dir.file(s("answer.html"))).startsWith("<!DOCTYPE html>"));
    CHECK(test::readFile(v.dir.file(s("answer.odt"))).startsWith("PK\x03\x04"));
    // An existing file is kept unless --force; a refused export is not recorded.
    const QByteArray before = test::readFile(v.dir.file(s("answer.text")));
    refused(vault,
        { s("draft"), s("export"), id, s("--format"), s("text"), s("-o"), v.dir.file(s("answer.text")), s("--version"),
            s("1"), s("--as"), s(Author) },
        7, QString());
    CHECK(test::readFile(v.dir.file(s("answer.text"))) == before);
    v.as(Author,
        { s("draft"), s("export"), id, s("--format"), s("text"), s("-o"), v.dir.file(s("answer.text")), s("--version"),
            s("1"), s("--force") });
    ++exports;
    CHECK(test::readFile(v.dir.file(s("answer.text"))).contains("[institution?]"));
    {
        const std::unique_ptr<Session> session = inCore(vault);
        Result<queries::QueryService::Resolved> query = session->queries().findByReference(reference);
        REQUIRE(query.ok());
        Result<std::vector<queries::TimelineEntry>> timeline = session->queries().timeline(query->query.id);
        REQUIRE(timeline.ok());
        int exported = 0;
        int draftEntries = 0;
        for (const queries::TimelineEntry& entry : timeline.value()) {
            exported += entry.kind == queries::EntryKind::Exported ? 1 : 0;
            draftEntries += entry.kind == queries::EntryKind::Draft ? 1 : 0;
            // File names and formats on the timeline, never the text.
            CHECK_FALSE(entry.summary.contains(QLatin1String("Zorvex ministry")));
            CHECK_FALSE(entry.body.contains(QLatin1String("Zorvex ministry")));
        }
        CHECK(exported == exports);
        CHECK(draftEntries >= 9); // created, 4 saves, 2 submissions, changes requested, cleared, sent
        Result<drafts::Draft> draft = session->drafts().get(id.toLongLong());
        REQUIRE(draft.ok());
        CHECK(draft->state == drafts::DraftState::Sent);
        CHECK(draft->sentVersion == 4);
        CHECK(draft->clearedByName == s(Reviewer));
        CHECK(session->drafts().hasSentDraft(query->query.id));
    }

    // A sent draft's text can start a new draft, which is a draft like any other.
    const Run copy = v.as(Author, { s("draft"), s("copy"), id });
    const QString copyId = number(copy.out);
    CHECK(copyId != id);
    const Run list = ok(vault, { s("draft"), s("list"), reference });
    CHECK(list.out.contains(QLatin1String("sent")));
    CHECK(list.out.contains(QStringLiteral("#%1").arg(copyId)));
    v.as(Author, { s("draft"), s("remove"), copyId });
    CHECK_FALSE(ok(vault, { s("draft"), s("list"), reference }).out.contains(QStringLiteral("#%1 ").arg(copyId)));
}

TEST_CASE("bad draft commands are refused with their exit code and change nothing")
{
    DraftVault v;
    const QString id = number(v.as(Author, { s("draft"), s("new"), v.reference, s("--kind"), s("holding_reply") }).out);
    const QString body = file(v.dir, "b.txt", "text\n");
    refused(v.vault, { s("draft"), s("new"), v.reference, s("--kind"), s("letter") }, 8, s("holding_reply"));
    refused(v.vault, { s("draft"), s("new"), v.reference, s("--kind"), s("other"), s("--language"), s("de") }, 8,
        s("en, fr, es"));
    refused(v.vault, { s("draft"), s("new"), s("AH-1999-0001"), s("--kind"), s("other") }, 8, QString());
    refused(v.vault, { s("draft"), s("new"), v.reference, s("--kind"), s("other"), s("--template"), s("Nope") }, 8,
        s("template list"));
    refused(v.vault, { s("draft"), s("save"), s("999"), s("--body-file"), body }, 8, s("no draft #999"));
    refused(v.vault, { s("draft"), s("save"), id, s("--body-file"), v.dir.file(s("missing.txt")) }, 7, QString());
    refused(v.vault, { s("draft"), s("show"), id, s("--version"), s("7") }, 8, s("versions 1 to"));
    refused(v.vault, { s("draft"), s("diff"), id, s("1"), s("9") }, 8, QString());
    refused(v.vault, { s("draft"), s("clear"), id, s("--as"), s(Reviewer) }, 9, QString()); // not submitted
    refused(v.vault, { s("draft"), s("sent"), id, s("--channel"), s("email") }, 9, QString()); // not cleared
    refused(v.vault, { s("draft"), s("export"), id, s("--format"), s("pdf"), s("-o"), v.dir.file(s("x.pdf")) }, 2,
        QString());
    CHECK_FALSE(QFileInfo::exists(v.dir.file(s("x.pdf"))));
    refused(v.vault, { s("draft"), s("save"), id, s("--body-file"), s("-"), s("--comment-file"), s("-") }, 2,
        s("only one option can read standard input"), "a\nb\n");
}

TEST_CASE("draft rename changes the title, kind and language, on the timeline, and a sent draft stays as sent")
{
    DraftVault v;
    const QString id = number(v.as(Author, { s("draft"), s("new"), v.reference, s("--kind"), s("holding_reply") }).out);

    const QString usage = s("at least one of --title");
    refused(v.vault, { s("draft"), s("rename"), id }, 2, usage);
    refused(v.vault, { s("draft"), s("rename"), id, s("--kind"), s("letter") }, 8, s("holding_reply"));
    refused(v.vault, { s("draft"), s("rename"), id, s("--language"), s("de") }, 8, s("en, fr, es"));
    refused(v.vault, { s("draft"), s("rename"), s("999"), s("--kind"), s("other") }, 8, s("no draft #999"));
    refused(
        v.vault, { s("draft"), s("rename"), id, s("--title-file"), file(v.dir, "blank.txt", "   \n") }, 8, s("title"));

    // The title from a file (case content never on the command line), the kind and language as codes.
    const Run renamed = v.as(Author,
        { s("draft"), s("rename"), id, s("--title-file"), file(v.dir, "title.txt", "Réponse Zorvex\n"), s("--kind"),
            s("substantive_response"), s("--language"), s("fr") });
    CHECK(renamed.out.contains(
        QStringLiteral("draft #%1 is now \u201cRéponse Zorvex\u201d (substantive_response, fr)").arg(id)));
    // Only the kind: what was not given stays as it was.
    v.as(Author, { s("draft"), s("rename"), id, s("--kind"), s("other") });
    const Run again = v.as(Author, { s("draft"), s("rename"), id, s("--kind"), s("other") });
    CHECK(again.out.contains(QLatin1String("nothing changed")));
    {
        const auto session = inCore(v.vault);
        Result<drafts::Draft> draft = session->drafts().get(id.toLongLong());
        REQUIRE(draft.ok());
        CHECK(draft->title == QStringLiteral("Réponse Zorvex"));
        CHECK(draft->kind == drafts::DraftKind::Other);
        CHECK(draft->language == drafts::DraftLanguage::French);
        CHECK(draft->latestVersion == 1); // the text has no new version
    }
    const Run timeline = ok(v.vault, { s("show"), v.reference });
    CHECK(timeline.out.contains(QStringLiteral("renamed \u201cRéponse Zorvex\u201d")));

    // Through the chain to sent: then the rename is refused with exit 9 and the vault unchanged.
    v.as(Author, { s("draft"), s("submit"), id });
    v.as(Reviewer, { s("draft"), s("clear"), id });
    v.as(Author, { s("draft"), s("sent"), id, s("--channel"), s("email") });
    refused(v.vault, { s("draft"), s("rename"), id, s("--kind"), s("acknowledgement"), s("--as"), s(Author) }, 9,
        s("locked"));
}

TEST_CASE("draft remove takes the draft's unsaved text kept in the vault with it")
{
    DraftVault v;
    const QString id = number(v.as(Author, { s("draft"), s("new"), v.reference, s("--kind"), s("holding_reply") }).out);
    const QString other = number(v.as(Author, { s("draft"), s("new"), v.reference, s("--kind"), s("other") }).out);
    const auto keep = [&](Session& session, const QString& draftId) {
        QJsonObject payload;
        payload.insert(QStringLiteral("draft"), draftId.toDouble());
        payload.insert(QStringLiteral("baseVersion"), 1);
        payload.insert(QStringLiteral("html"), QStringLiteral("<p>Typed in the desktop editor.</p>"));
        Result<drafts::Draft> draft = session.drafts().get(draftId.toLongLong());
        REQUIRE(draft.ok());
        REQUIRE(session.pendingEdits()
                    .keep(pending::PendingKind::DraftText, draft->queryId, draft->version, payload,
                        QStringLiteral("Draft being edited"), std::nullopt)
                    .ok());
    };
    const auto keptDrafts = [&] {
        const auto session = inCore(v.vault);
        QList<qint64> drafts;
        const auto edits = session->pendingEdits().list();
        REQUIRE(edits.ok());
        for (const pending::PendingEdit& edit : edits.value())
            drafts << static_cast<qint64>(edit.payload.value(QStringLiteral("draft")).toDouble());
        return drafts;
    };
    {
        const auto session = inCore(v.vault);
        keep(*session, id);
        keep(*session, other);
    }
    REQUIRE(keptDrafts() == QList<qint64> { id.toLongLong(), other.toLongLong() });
    v.as(Author, { s("draft"), s("remove"), id });
    CHECK(keptDrafts() == QList<qint64> { other.toLongLong() });
}

TEST_CASE("the library: add, search, edit, and the precedents of sent answers")
{
    DraftVault v;
    const Run added = v.as(Author,
        { s("library"), s("add"), s("--title"), s("Zorvex guide to custody registers"), s("--citation"),
            s("CTI, Zorvex guide (2026)"), s("--theme"), s("police_custody"), s("--language"), s("en"), s("--link"),
            s("https://example.org/zorvex") });
    const QString resource = added.out.section(QLatin1Char(' '), 1, 1);
    const Run found = ok(v.vault, { s("library"), s("search"), s("zorvex") });
    CHECK(found.out.contains(QLatin1String("Zorvex guide to custody registers")));
    CHECK(ok(v.vault, { s("library"), s("search"), s("--text-file"), s("-") }, "ZORVEX\n")
              .out.contains(QLatin1String("Zorvex guide")));
    CHECK(ok(v.vault, { s("library"), s("list") }).out.contains(QLatin1String("Zorvex guide")));
    const Run shown = ok(v.vault, { s("library"), s("show"), resource });
    CHECK(shown.out.contains(QLatin1String("CTI, Zorvex guide (2026)")));
    v.as(Author, { s("library"), s("edit"), resource, s("--inactive") });
    CHECK_FALSE(ok(v.vault, { s("library"), s("list") }).out.contains(QLatin1String("Zorvex guide")));
    CHECK(ok(v.vault, { s("library"), s("list"), s("--all") }).out.contains(QLatin1String("Zorvex guide")));
    refused(v.vault, { s("library"), s("add"), s("--title"), s("X"), s("--citation"), s("Y"), s("--theme"), s("nope") },
        8, s("nope"));

    // A sent answer becomes a precedent.
    const QString id = number(v.as(Author,
                                   { s("draft"), s("new"), v.reference, s("--kind"), s("substantive_response"),
                                       s("--body-file"), file(v.dir, "answer.txt", "The quokka registers answer.\n") })
                                  .out);
    v.as(Author, { s("draft"), s("submit"), id });
    v.as(Reviewer, { s("draft"), s("clear"), id });
    v.as(Author, { s("draft"), s("sent"), id, s("--channel"), s("email") });
    const Run precedents = ok(v.vault, { s("library"), s("precedents"), s("quokka") });
    CHECK(precedents.out.contains(v.reference));
    CHECK(precedents.out.contains(QStringLiteral("#%1").arg(id)));
    CHECK_FALSE(ok(v.vault, { s("library"), s("precedents"), s("wombat") }).out.contains(v.reference));

    // Reused in the answer to another query: the text comes along, the reuse (not the text) is on
    // both timelines, and the source query being confidential, a warning says so.
    const QString other = ok(v.vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("FJ"), s("--subject"), s("Another request"),
            s("--theme"), s("police_custody"), s("--received"), s("2025-07-01"), s("--as"), s(Adviser) })
                              .out.trimmed();
    const Run unsent = v.as(Author, { s("draft"), s("new"), other, s("--kind"), s("other") });
    refused(v.vault,
        { s("draft"), s("new"), v.reference, s("--kind"), s("other"), s("--from-precedent"), number(unsent.out),
            s("--as"), s(Author) },
        9, QString());
    const Run reused = v.as(
        Author, { s("draft"), s("new"), other, s("--kind"), s("substantive_response"), s("--from-precedent"), id });
    CHECK(reused.err.contains(QLatin1String("WARNING")));
    CHECK(reused.out.contains(QStringLiteral("from the sent text of draft #%1").arg(id)));
    CHECK(ok(v.vault, { s("draft"), s("show"), number(reused.out) }).out.contains(QLatin1String("quokka registers")));
    CHECK(ok(v.vault, { s("show"), other }).out.contains(v.reference));
    CHECK(ok(v.vault, { s("show"), v.reference }).out.contains(other));
}

TEST_CASE("reading drafts, templates and the library leaves the vault's bytes and modification time as they were")
{
    DraftVault v;
    const QString id = number(v.as(Author,
                                   { s("draft"), s("new"), v.reference, s("--kind"), s("acknowledgement"),
                                       s("--template"), s("Acknowledgement of receipt") })
                                  .out);
    v.as(Author, { s("draft"), s("save"), id, s("--body-file"), file(v.dir, "v2.txt", "A second text.\n") });
    const QList<QStringList> reads { { s("draft"), s("list"), v.reference }, { s("draft"), s("show"), id },
        { s("draft"), s("show"), id, s("--version"), s("1"), s("--format"), s("html") },
        { s("draft"), s("versions"), id }, { s("draft"), s("diff"), id, s("1"), s("2") }, { s("template"), s("list") },
        { s("template"), s("show"), s("1"), s("--sample") }, { s("library"), s("list") },
        { s("library"), s("search"), s("torture") }, { s("library"), s("precedents") },
        { s("library"), s("show"), s("1") } };
    for (const QStringList& read : reads)
        refused(v.vault, read, 0, QString());
    // An export that cannot be written is not recorded either.
    refused(v.vault,
        { s("draft"), s("export"), id, s("--format"), s("html"), s("-o"), v.dir.file(s("missing/answer.html")),
            s("--as"), s(Author) },
        7, QString());
    CHECK_FALSE(QFileInfo::exists(v.dir.file(s("missing/answer.html"))));
}

} // namespace draft_cli_test
