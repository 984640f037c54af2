#include "CliTestSupport.h"
#include "SmallFileSystem.h"
#include "TamperedVaults.h"
#include "TestSupport.h"
#include "Unprivileged.h"
#include "db/Connection.h"
#include "db/Migrations.h"
#include "db/Statement.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <cstdlib>

#include <sys/stat.h>
#include <unistd.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace security_cli_test {

using namespace advicehub;
using test::cli;
using test::line;

namespace {

// Owner of /proc/<pid>: the kernel gives the entries of a process that is not dumpable to
// root. (There is no "Dumpable" line in /proc/<pid>/status.) -1 once the process is gone.
long long procOwner(qint64 pid)
{
    struct stat info { };
    if (::stat(QByteArray("/proc/" + QByteArray::number(pid) + "/status").constData(), &info) != 0)
        return -1;
    return static_cast<long long>(info.st_uid);
}

// The command line that runs advicehub-cli with `arguments` as an unprivileged user: as
// nobody when the tests run as root (root's /proc entries belong to root anyway), else as is.
QStringList unprivileged(const QStringList& arguments)
{
    if (!test::runningAsRoot())
        return QStringList { test::cliPath() } + arguments;
    return test::asNobodyCommand(test::cliPath(), arguments);
}

} // namespace

TEST_CASE("advicehub-cli cannot be dumped or inspected while it holds a passphrase")
{
    const QStringList command
        = unprivileged({ QStringLiteral("--vault"), QStringLiteral("/nonexistent.ahv"), QStringLiteral("info") });
    // setpriv comes with util-linux, which every Debian system has: without it the test fails.
    INFO("setpriv (util-linux) runs advicehub-cli as an unprivileged user");
    REQUIRE_FALSE(command.isEmpty());
    const long long user = test::runningAsRoot() ? test::NobodyId : static_cast<long long>(::geteuid());
    // It waits for the passphrase on standard input, which stays open.
    QProcess process;
    process.start(command.first(), command.mid(1));
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    // Before main() runs the process is dumpable like any other; hardenProcess() is the first
    // thing main() does.
    QElapsedTimer timer;
    timer.start();
    long long owner = procOwner(pid);
    while (owner != 0 && owner != -1 && timer.elapsed() < 5000) {
        QThread::msleep(10);
        owner = procOwner(pid);
    }
    const bool stillRunning = process.state() == QProcess::Running;
    process.closeWriteChannel();
    process.waitForFinished(10000);
    REQUIRE(stillRunning);
#ifdef ADVICEHUB_ALLOW_CORE_DUMPS
    WARN("built with ADVICEHUB_ALLOW_CORE_DUMPS: the process is dumpable on purpose");
    CHECK(owner == user);
#else
    INFO("owner of /proc/" << pid << " is " << owner << "; the process runs as " << user);
    CHECK(owner == 0);
#endif
}

TEST_CASE("every kind of damaged or foreign file is refused by every command, and nothing is written")
{
    for (const test::TamperCase& tampered : test::refusedAtOpen()) {
        DYNAMIC_SECTION(tampered.name)
        {
            test::TempDir dir;
            const QString path = test::makeTampered(dir, tampered.kind);
            QStringList prefix { test::cliPath() };
            if (tampered.kind == test::Tampering::NoReadPermission && test::runningAsRoot()) {
                prefix = test::asNobodyCommand(test::cliPath(), {});
                INFO("setpriv (util-linux) runs advicehub-cli as an unprivileged user");
                REQUIRE_FALSE(prefix.isEmpty());
                test::letNobodyReach(path);
            }
            const QByteArray before = test::snapshot(path);
            const QString output = dir.file(QStringLiteral("out.ahv"));
            const QList<QStringList> commands {
                { QStringLiteral("--vault"), path, QStringLiteral("info") },
                { QStringLiteral("--vault"), path, QStringLiteral("check") },
                { QStringLiteral("--vault"), path, QStringLiteral("raw-key") },
                { QStringLiteral("--vault"), path, QStringLiteral("backup"), QStringLiteral("-o"), output },
                { QStringLiteral("restore"), path, QStringLiteral("-o"), output },
            };
            for (const QStringList& arguments : commands) {
                INFO(arguments.join(QLatin1Char(' ')).toStdString());
                const test::CliRun run = test::runCommand(prefix + arguments, line(test::TestPassphrase));
                INFO(run.err.toStdString());
                CHECK(run.exitCode == tampered.exitCode);
                CHECK(run.err.contains(QLatin1String(tampered.message)));
                CHECK(run.out.isEmpty());
                CHECK(test::snapshot(path) == before);
                CHECK_FALSE(QFile::exists(output));
            }
            const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
            CHECK(left == QStringList { QFileInfo(path).fileName() });
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }
}

TEST_CASE("damage inside the data pages is found by check")
{
    test::TempDir dir;
    const QString path = test::makeTampered(dir, test::Tampering::ChangedDataBytes);
    const QByteArray before = test::fileDigest(path);
    const test::CliRun run
        = cli({ QStringLiteral("--vault"), path, QStringLiteral("check") }, line(test::TestPassphrase));
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QLatin1String("damaged")));
    CHECK(test::fileDigest(path) == before);
}

TEST_CASE("a full disk is reported as such by backup and passwd, and the vault stays intact", "[diskfull]")
{
    QString whyNot;
    auto fs = test::SmallFileSystem::mount(2 * 1024 * 1024, &whyNot);
    if (!fs) {
        // Reported by ctest as skipped (exit code 77), never as passed.
        std::fprintf(stderr, "SKIPPED: no small file system to fill up here (%s)\n", qPrintable(whyNot));
        std::exit(77);
    }
    const QString vault = fs->file(QStringLiteral("vault.ahv"));
    REQUIRE(cli({ QStringLiteral("--vault"), vault, QStringLiteral("init"),
                    QStringLiteral("--insecure-fast-kdf-for-testing") },
                line(test::TestPassphrase))
                .exitCode
        == 0);
    {
        auto open = test::openVault(vault);
        open->connection().execute("CREATE TABLE filler(x TEXT); "
                                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                   "INSERT INTO filler SELECT hex(randomblob(100)) FROM n;");
    }
    fs->fill(QFileInfo(vault).size() / 2);
    const QByteArray before = test::fileDigest(vault);

    const test::CliRun full = cli({ QStringLiteral("--vault"), vault, QStringLiteral("backup"), QStringLiteral("-o"),
                                      fs->file(QStringLiteral("backup.ahv")) },
        line(test::TestPassphrase));
    CHECK(full.exitCode == 7);
    CHECK(full.err.contains(QLatin1String("disk is full")));
    CHECK_FALSE(QFile::exists(fs->file(QStringLiteral("backup.ahv"))));

    const test::CliRun passwd = cli({ QStringLiteral("--vault"), vault, QStringLiteral("passwd") },
        line(test::TestPassphrase) + line(test::OtherPassphrase));
    CHECK(passwd.exitCode == 7);
    CHECK(passwd.err.contains(QLatin1String("disk is full")));

    CHECK(test::fileDigest(vault) == before);
    const QStringList left = QDir(fs->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK(left == (QStringList { QStringLiteral("filler.bin"), QStringLiteral("vault.ahv") }));
    CHECK(cli({ QStringLiteral("--vault"), vault, QStringLiteral("check") }, line(test::TestPassphrase)).exitCode == 0);
}

TEST_CASE("a truncated vault of an older version is reported as damaged and not upgraded")
{
    // A vault of the previous schema, cut short: at a page boundary (its last page, a long unsaved
    // form's overflow that no read at opening needs) and inside a page. Opening it normally
    // upgrades the schema; a truncated one must be refused before anything is written. (SQLite
    // 3.15 itself refuses a file shorter than its header says at the first read, so on this stack
    // the order of the checks in Vault::open cannot be told apart from the outside: this test
    // proves the outcome, not the order.)
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("old.ahv"));
    const int previous = db::Migrator::latestVersion() - 1;
    {
        auto old = VaultTestAccess::createAtVersion(
            path, test::passphrase(), crypto::KdfProfile::insecureTesting(), previous);
        REQUIRE(old.ok());
        db::Statement kept = old.value()->connection().prepare(
            "INSERT INTO pending_edits(kind, payload, saved_at) VALUES ('new_query', ?1, '2026-01-05T09:00:00Z')");
        kept.bind(1, QString(20000, QLatin1Char('x')));
        kept.execute();
    }
    const QByteArray whole = test::readFile(path);
    REQUIRE(whole.size() % 4096 == 0);
    for (const qsizetype cut : { qsizetype { 4096 }, qsizetype { 1000 } }) {
        test::writeFile(path, whole.left(whole.size() - cut));
        const QByteArray before = test::fileDigest(path);
        for (const char* command : { "info", "list", "check" }) {
            INFO(command << ", " << cut << " bytes cut");
            const test::CliRun run = test::onVault(path, { QString::fromLatin1(command) });
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 4);
            CHECK(run.err.contains(QLatin1String("Restore it from a backup")));
            CHECK(test::fileDigest(path) == before);
            CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList { QStringLiteral("old.ahv") });
        }
    }
}

TEST_CASE("the shipped advicehub-cli cannot make a weak vault, and every command names one as weak")
{
    test::TempDir dir;
    const QString shipped = QStringLiteral(ADVICEHUB_SHIPPED_CLI_PATH);
    const QString refusedPath = dir.file(QStringLiteral("refused.ahv"));
    const test::CliRun refused
        = test::runCommand({ shipped, QStringLiteral("--vault"), refusedPath, QStringLiteral("init"),
                               QStringLiteral("--insecure-fast-kdf-for-testing") },
            line(test::TestPassphrase));
    CHECK(refused.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(refusedPath));
    const test::CliRun help = test::runCommand({ shipped, QStringLiteral("init"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK_FALSE(help.out.contains(QLatin1String("insecure")));

    // A vault the tests' build made with it: the shipped CLI opens it, and says so each time.
    const QString weak = test::initVault(dir, "weak.ahv");
    const test::CliRun info = test::runCommand(
        { shipped, QStringLiteral("--vault"), weak, QStringLiteral("info") }, line(test::TestPassphrase));
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QLatin1String("INSECURE")));
    CHECK(info.err.contains(QLatin1String("WARNING")));
    CHECK(info.err.contains(QLatin1String("automated tests only")));
    for (const char* command : { "list", "check" }) {
        const test::CliRun run = test::runCommand(
            { shipped, QStringLiteral("--vault"), weak, QString::fromLatin1(command) }, line(test::TestPassphrase));
        INFO(command);
        CHECK(run.err.contains(QLatin1String("automated tests only")));
    }

    // A vault made as every real vault is (the standard Argon2id profile) says nothing of the kind.
    const QString strong = dir.file(QStringLiteral("strong.ahv"));
    REQUIRE(test::runCommand(
                { shipped, QStringLiteral("--vault"), strong, QStringLiteral("init") }, line(test::TestPassphrase))
                .exitCode
        == 0);
    const test::CliRun strongInfo = test::runCommand(
        { shipped, QStringLiteral("--vault"), strong, QStringLiteral("info") }, line(test::TestPassphrase));
    CHECK(strongInfo.exitCode == 0);
    CHECK_FALSE(strongInfo.err.contains(QLatin1String("WARNING")));
    CHECK_FALSE(strongInfo.out.contains(QLatin1String("INSECURE")));
}

} // namespace security_cli_test
