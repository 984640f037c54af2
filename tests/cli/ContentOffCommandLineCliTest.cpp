// Case content off the command line (issue 8): every option that carries case content has a
// file form (--subject-file FILE, or - for standard input after the passphrase line), so that
// nothing of a case shows in /proc/PID/cmdline (which other local users can read) or in shell
// history. Only one option may read standard input per command.
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace content_off_command_line_cli_test {

using namespace advicehub;
using test::onVault;
using test::s;
using Run = test::CliRun;

namespace {

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

// The NUL-separated arguments of a running process, as any local user can read them. QProcess
// reports the start when the child's exec closes its close-on-exec pipe, a moment before the
// kernel has set up the new program's arguments (the file reads empty until then): wait for them.
QByteArray commandLineOf(qint64 pid)
{
    QElapsedTimer waited;
    waited.start();
    QByteArray arguments;
    while (arguments.isEmpty() && waited.elapsed() < 10000) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        REQUIRE(file.open(QIODevice::ReadOnly));
        arguments = file.readAll();
        if (arguments.isEmpty())
            QThread::msleep(1); // polled: the exec finishes within microseconds
    }
    REQUIRE_FALSE(arguments.isEmpty());
    return arguments;
}

} // namespace

TEST_CASE("every option that carries case content can come from a file or standard input")
{
    test::TempDir dir;
    const QString vault = test::vaultWithAdviser(dir);
    const auto file = [&](const char* name, const QByteArray& content) {
        const QString path = dir.file(QString::fromLatin1(name));
        test::writeFile(path, content);
        return path;
    };
    const QStringList add { s("--vault"), vault, s("add"), s("--channel"), s("email"), s("--state"), s("GH"),
        s("--theme"), s("police_custody"), s("--subject-file"), file("subject.txt", "Zorvex custody registers\n"),
        s("--institution-file"), file("institution.txt", "Zorvex Ministry of Justice\n"), s("--contact-name-file"),
        file("name.txt", "Ada Zorvexa"), s("--contact-function-file"), file("function.txt", "Zorvex Director\n"),
        s("--contact-email-file"), file("email.txt", "ada@zorvex.example\n"), s("--contact-phone-file"),
        file("phone.txt", "+41 22 555 0101\n"), s("--notes-file"), file("notes.txt", "Zorvex notes\nover two lines\n"),
        s("--request-file"), s("-") };

    // While it waits for its standard input, anyone on the machine can read its arguments.
    const std::unique_ptr<QProcess> running = test::startCli(add);
    const QByteArray arguments = commandLineOf(running->processId());
    CHECK(arguments.contains("--subject-file"));
    CHECK_FALSE(arguments.toLower().contains("zorvex"));
    running->write(test::line(test::TestPassphrase) + "The Zorvex request,\nfrom standard input.\n");
    running->closeWriteChannel();
    REQUIRE(running->waitForFinished(60000));
    INFO(running->readAllStandardError().toStdString());
    REQUIRE(running->exitCode() == 0);
    const QString reference = QString::fromUtf8(running->readAllStandardOutput()).trimmed();
    {
        const std::unique_ptr<Session> session = inCore(vault);
        const queries::Query query = queryIn(*session, reference);
        CHECK(query.fields.subject == s("Zorvex custody registers")); // one line: its line break is not part of it
        CHECK(query.fields.institution == s("Zorvex Ministry of Justice"));
        CHECK(query.fields.contact.name == s("Ada Zorvexa"));
        CHECK(query.fields.contact.function == s("Zorvex Director"));
        CHECK(query.fields.contact.email == s("ada@zorvex.example"));
        CHECK(query.fields.contact.phone == s("+41 22 555 0101"));
        CHECK(query.fields.notes == s("Zorvex notes\nover two lines\n")); // long texts as written
        CHECK(query.fields.requestText == s("The Zorvex request,\nfrom standard input.\n"));
    }

    SECTION("edit, status, note, correct, search and saved searches")
    {
        Run run = onVault(vault, { s("edit"), reference, s("--subject-file"), s("-") }, "Zorvex registers, edited\n");
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        run = onVault(vault, { s("status"), reference, s("declined"), s("--reason-file"), s("-") },
            "Zorvex: out of the Convention's scope\n");
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        run = onVault(vault,
            { s("note"), reference, s("--summary-file"), s("-"), s("--body-file"),
                file("body.txt", "Zorvex call details\n") },
            "Zorvex call with the ministry\n");
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const Run shown = onVault(vault, { s("show"), reference });
        CHECK(shown.out.contains(QLatin1String("Zorvex registers, edited")));
        CHECK(shown.out.contains(QLatin1String("Zorvex: out of the Convention's scope")));
        CHECK(shown.out.contains(QLatin1String("Zorvex call with the ministry")));
        CHECK(shown.out.contains(QLatin1String("Zorvex call details")));

        const Run found = onVault(vault, { s("search"), s("--text-file"), s("-") }, "zorvex registers\n");
        INFO(found.err.toStdString());
        CHECK(found.exitCode == 0);
        CHECK(found.out.contains(reference));
        const Run saved = onVault(vault,
            { s("saved"), s("add"), s("Declined"), s("--status"), s("declined"), s("--text-file"),
                file("search.txt", "zorvex\n") });
        INFO(saved.err.toStdString());
        CHECK(saved.exitCode == 0);
        CHECK(onVault(vault, { s("list"), s("--saved"), s("Declined") }).out.contains(reference));
        CHECK(onVault(vault, { s("saved"), s("list") }).out.contains(QLatin1String("--text zorvex")));
    }
    SECTION("only one option may read standard input, and nothing is written then")
    {
        const QByteArray before = test::fileDigest(vault);
        const Run twice = onVault(vault,
            { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--theme"), s("training"),
                s("--subject-file"), s("-"), s("--request-file"), s("-") },
            "A subject\nA request\n");
        CHECK(twice.exitCode == 2);
        CHECK(twice.err.contains(QLatin1String("only one option can read standard input")));
        const Run note
            = onVault(vault, { s("note"), reference, s("--summary-file"), s("-"), s("--body-file"), s("-") }, "x\ny\n");
        CHECK(note.exitCode == 2);
        CHECK(test::fileDigest(vault) == before);
    }
    SECTION("a text and its file form exclude each other; add needs a subject one way or the other")
    {
        CHECK(onVault(vault,
                  { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--theme"), s("training"),
                      s("--subject"), s("A"), s("--subject-file"), file("other.txt", "B") })
                  .exitCode
            == 2);
        const Run none = onVault(
            vault, { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--theme"), s("training") });
        CHECK(none.exitCode == 2);
        CHECK(none.err.contains(QLatin1String("--subject")));
        CHECK(onVault(vault, { s("search") }).exitCode == 2);
        const Run missing = onVault(vault, { s("edit"), reference, s("--notes-file"), dir.file(s("missing.txt")) });
        CHECK(missing.exitCode == 7);
    }
}

TEST_CASE("draft bodies, titles, comments and justifications come from files or standard input, never the command "
          "line")
{
    test::TempDir dir;
    const QString vault = test::vaultWithAdviser(dir);
    const auto file = [&](const char* name, const QByteArray& content) {
        const QString path = dir.file(QString::fromLatin1(name));
        test::writeFile(path, content);
        return path;
    };
    Run run = onVault(vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--theme"), s("police_custody"),
            s("--subject-file"), file("subject.txt", "Zorvex subject\n") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString reference = run.out.trimmed();

    // While it waits for its standard input, anyone on the machine can read its arguments.
    const QStringList create { s("--vault"), vault, s("draft"), s("new"), reference, s("--kind"), s("holding_reply"),
        s("--title-file"), file("title.txt", "Zorvex holding reply\n"), s("--comment-file"),
        file("comment.txt", "Zorvex first comment\n"), s("--body-file"), s("-") };
    const std::unique_ptr<QProcess> running = test::startCli(create);
    const QByteArray arguments = commandLineOf(running->processId());
    CHECK(arguments.contains("--body-file"));
    CHECK_FALSE(arguments.toLower().contains("zorvex"));
    running->write(test::line(test::TestPassphrase) + "The Zorvex holding reply,\nfrom standard input.\n");
    running->closeWriteChannel();
    REQUIRE(running->waitForFinished(60000));
    INFO(running->readAllStandardError().toStdString());
    REQUIRE(running->exitCode() == 0);
    const QString out = QString::fromUtf8(running->readAllStandardOutput());
    const QString id = out.section(QLatin1String("draft #"), 1).section(QLatin1Char(' '), 0, 0);
    REQUIRE_FALSE(id.isEmpty());

    run = onVault(vault,
        { s("draft"), s("save"), id, s("--body-file"), s("-"), s("--comment-file"), file("c2.txt", "Zorvex second\n") },
        "The Zorvex holding reply, version two.\n");
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = onVault(vault, { s("draft"), s("submit"), id, s("--comment-file"), s("-") }, "Zorvex please clear\n");
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // A single-adviser vault: its adviser clears their own version with a justification, from a file.
    run = onVault(vault,
        { s("draft"), s("clear"), id, s("--justification-file"),
            file("why.txt", "Zorvex: the only adviser of this vault, on leave cover\n") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = onVault(vault, { s("draft"), s("sent"), id, s("--channel"), s("email"), s("--note-file"), s("-") },
        "Zorvex sent by e-mail to the ministry\n");
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const Run shown = onVault(vault, { s("draft"), s("show"), id });
    CHECK(shown.out.contains(QLatin1String("Zorvex holding reply")));
    CHECK(shown.out.contains(QLatin1String("The Zorvex holding reply, version two.")));
    CHECK(shown.out.contains(QLatin1String("Zorvex please clear")));
    CHECK(shown.out.contains(QLatin1String("SELF-CLEARED")));
    CHECK(shown.out.contains(QLatin1String("Zorvex: the only adviser of this vault")));
    const Run versions = onVault(vault, { s("draft"), s("versions"), id });
    CHECK(versions.out.contains(QLatin1String("Zorvex first comment")));
    CHECK(versions.out.contains(QLatin1String("Zorvex second")));

    SECTION("only one option may read standard input, and nothing is written then")
    {
        const QByteArray before = test::fileDigest(vault);
        const Run twice = onVault(vault,
            { s("draft"), s("new"), reference, s("--kind"), s("other"), s("--title-file"), s("-"), s("--body-file"),
                s("-") },
            "A\nB\n");
        CHECK(twice.exitCode == 2);
        CHECK(twice.err.contains(QLatin1String("only one option can read standard input")));
        CHECK(test::fileDigest(vault) == before);
    }
}

} // namespace content_off_command_line_cli_test
