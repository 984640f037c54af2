// How advicehub-cli reads passphrases, through the binary: unbuffered from standard input (the
// passphrase line and not a byte more, so no stdio buffer holds a copy and the rest of the input
// is left for the command or for the next program), and without echo at a terminal.
#include "CliTestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace passphrase_cli_test {

using namespace advicehub;
using advicehub::test::s;

namespace {

struct LeftOver {
    int exitCode = -1;
    QByteArray unread; // what the CLI left in its standard input
    QString err;
};

// Runs advicehub-cli with standard input a pipe whose read end this test keeps open as well,
// as a shell does for `{ echo passphrase; cat rest; } | (advicehub-cli ...; next-program)`.
// After the CLI has exited, whatever it did not read is still in the pipe.
LeftOver runSharingStdin(const test::TempDir& dir, const QStringList& arguments, const QByteArray& input)
{
    REQUIRE(input.size() < 16 * 1024); // fits in the pipe: written before the CLI runs
    int in[2];
    REQUIRE(::pipe2(in, O_CLOEXEC) == 0);
    REQUIRE(::write(in[1], input.constData(), static_cast<std::size_t>(input.size())) == input.size());
    ::close(in[1]);

    const QByteArray errPath = QFile::encodeName(dir.file(QStringLiteral("stderr.txt")));
    posix_spawn_file_actions_t actions;
    REQUIRE(::posix_spawn_file_actions_init(&actions) == 0);
    ::posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO); // the child's copy: no CLOEXEC
    ::posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    ::posix_spawn_file_actions_addopen(
        &actions, STDERR_FILENO, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<QByteArray> storage { QFile::encodeName(test::cliPath()) };
    for (const QString& argument : arguments)
        storage.push_back(argument.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    ::posix_spawn_file_actions_destroy(&actions);
    REQUIRE(spawned == 0);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }

    LeftOver result;
    REQUIRE(WIFEXITED(status));
    result.exitCode = WEXITSTATUS(status);
    char buffer[4096];
    for (ssize_t got = 0; (got = ::read(in[0], buffer, sizeof buffer)) != 0;) {
        if (got < 0 && errno == EINTR)
            continue;
        REQUIRE(got > 0);
        result.unread.append(buffer, got);
    }
    ::close(in[0]);
    QFile err(QFile::decodeName(errPath));
    if (err.open(QIODevice::ReadOnly))
        result.err = QString::fromUtf8(err.readAll());
    return result;
}

// Reads from the terminal's master side until `expected` has appeared, or the program ended.
QByteArray readUntil(int master, const QByteArray& expected, QByteArray& seen)
{
    for (;;) {
        if (!expected.isEmpty() && seen.contains(expected))
            return seen;
        pollfd waiting { master, POLLIN, 0 };
        const int ready = ::poll(&waiting, 1, 30000);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return seen; // timed out: the caller's check fails
        char buffer[1024];
        const ssize_t got = ::read(master, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return seen; // EIO: the program has exited and closed the terminal
        seen.append(buffer, got);
    }
}

} // namespace

TEST_CASE("advicehub-cli reads the passphrase line from standard input and not a byte more")
{
    test::TempDir dir;
    const QString vault = test::initVault(dir);
    const QByteArray rest = "the rest of standard input, for the next program\n" + QByteArray(6000, 'x') + "\nend\n";

    SECTION("one passphrase (info)")
    {
        const LeftOver run
            = runSharingStdin(dir, { s("--vault"), vault, s("info") }, test::line(test::TestPassphrase) + rest);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.unread == rest);
    }
    SECTION("two passphrases (passwd), with Windows line ends")
    {
        const LeftOver run = runSharingStdin(dir, { s("--vault"), vault, s("passwd") },
            QByteArray(test::TestPassphrase) + "\r\n" + test::OtherPassphrase + "\r\n" + rest);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.unread == rest);
        CHECK(test::cli({ s("--vault"), vault, s("info") }, test::line(test::OtherPassphrase)).exitCode == 0);
    }
    SECTION("a wrong passphrase changes nothing and reads no further")
    {
        const LeftOver run
            = runSharingStdin(dir, { s("--vault"), vault, s("info") }, test::line(test::OtherPassphrase) + rest);
        CHECK(run.exitCode != 0);
        CHECK(run.unread == rest);
    }
}

TEST_CASE("a text read from standard input after the passphrase arrives whole")
{
    test::TempDir dir;
    const QString vault = test::vaultWithAdviser(dir);
    // Longer than any stdio buffer, so that a passphrase reader that buffered ahead would have
    // taken its beginning.
    QByteArray request = "First line of the request.\n";
    for (int i = 0; i < 800; ++i)
        request += "Line " + QByteArray::number(i) + " of the zephyrine request text.\n";
    request += "Last line of the request.";
    const test::CliRun added = test::onVault(vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--theme"), s("ratification"), s("--subject"),
            s("Long request from standard input"), s("--request-file"), s("-") },
        request + "\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString reference = added.out.section(QLatin1Char('\n'), 0, 0).trimmed();
    REQUIRE(reference.startsWith(QLatin1String("AH-")));
    const test::CliRun shown = test::onVault(vault, { s("show"), reference });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QLatin1String("First line of the request.")));
    CHECK(shown.out.contains(QLatin1String("Line 799 of the zephyrine request text.")));
    CHECK(shown.out.contains(QLatin1String("Last line of the request.")));
}

TEST_CASE("at a terminal advicehub-cli asks for the passphrase and does not echo it")
{
    test::TempDir dir;
    const QString vault = test::initVault(dir);
    const QByteArray cli = QFile::encodeName(test::cliPath());
    const QByteArray vaultArgument = QFile::encodeName(vault);
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        // The child: standard input, output and error are the new terminal, its controlling one.
        ::execl(cli.constData(), cli.constData(), "--vault", vaultArgument.constData(), "info", nullptr);
        ::_exit(127);
    }
    QByteArray seen;
    readUntil(master, "Passphrase for", seen);
    INFO("terminal output: " << seen.toStdString());
    REQUIRE(seen.contains("Passphrase for"));
    // Echo is off before the prompt is shown, so what is typed now is read, and not shown.
    const QByteArray typed = test::line(test::TestPassphrase);
    REQUIRE(::write(master, typed.constData(), static_cast<std::size_t>(typed.size())) == typed.size());
    readUntil(master, {}, seen);
    ::close(master);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    INFO("terminal output: " << seen.toStdString());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(seen.contains("schema version"));
    CHECK_FALSE(seen.contains(test::TestPassphrase));
}

} // namespace passphrase_cli_test
