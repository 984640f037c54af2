#include "CliTestSupport.h"
#include "KillSupport.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "platform/LibraryVersions.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace cli_test {

using namespace advicehub;

using test::cli;
using test::initVault;
using test::line;
using Run = test::CliRun;

TEST_CASE("help is available for the tool and every subcommand")
{
    const Run help = cli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char* command : { "init", "info", "check", "passwd", "raw-key", "backup", "restore" }) {
        INFO(command);
        CHECK(help.out.contains(QString::fromLatin1(command)));
        const Run sub = cli({ QString::fromLatin1(command), QStringLiteral("--help") });
        CHECK(sub.exitCode == 0);
        CHECK_FALSE(sub.out.contains(QLatin1String("Exit codes"))); // the top-level help alone has them
    }
    CHECK(help.out.contains(QLatin1String("3  wrong passphrase")));
}

TEST_CASE("usage errors exit with 2")
{
    test::TempDir dir;
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({ QStringLiteral("frobnicate") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("info") }).exitCode == 2); // no --vault
    SECTION("a passphrase is never accepted as an argument")
    {
        const Run run = cli({ QStringLiteral("--vault"), dir.file(QStringLiteral("x.ahv")), QStringLiteral("init"),
            QStringLiteral("--passphrase"), QString::fromLatin1(test::TestPassphrase) });
        CHECK(run.exitCode == 2);
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("x.ahv"))));
    }
}

TEST_CASE("init creates a private vault and refuses to overwrite")
{
    test::TempDir dir;
    const QString path = initVault(dir);
    CHECK(test::fileMode(path) == 0600);
    const QByteArray before = test::fileDigest(path);

    const Run again = cli(
        { QStringLiteral("--vault"), path, QStringLiteral("init"), QStringLiteral("--insecure-fast-kdf-for-testing") },
        line(test::TestPassphrase));
    CHECK(again.exitCode == 7);
    CHECK(test::fileDigest(path) == before);

    SECTION("a weak passphrase is refused")
    {
        const Run weak
            = cli({ QStringLiteral("--vault"), dir.file(QStringLiteral("weak.ahv")), QStringLiteral("init") },
                line("password1"));
        CHECK(weak.exitCode == 8);
        CHECK(weak.err.contains(QLatin1String("too weak")));
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("weak.ahv"))));
    }
    SECTION("no passphrase on standard input")
    {
        const Run none
            = cli({ QStringLiteral("--vault"), dir.file(QStringLiteral("none.ahv")), QStringLiteral("init") });
        CHECK(none.exitCode == 8);
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("none.ahv"))));
    }
}

TEST_CASE("info reports the vault and each failure has its exit code")
{
    test::TempDir dir;
    const QString path = initVault(dir);
    const auto info = [&](const QString& vault, const char* passphrase = test::TestPassphrase) {
        return cli({ QStringLiteral("info"), QStringLiteral("--vault"), vault }, line(passphrase));
    };

    const Run ok = info(path);
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QLatin1String("schema version:")));
    CHECK(ok.out.contains(QLatin1String("INSECURE")));
    CHECK(ok.out.contains(QLatin1String("page size 4096")));
    CHECK_FALSE(ok.out.contains(QString::fromLatin1(test::TestPassphrase)));

    CHECK(info(path, test::OtherPassphrase).exitCode == 3);
    const QString notVault = dir.file(QStringLiteral("notes.txt"));
    test::writeFile(notVault, QByteArray(8192, 'n'));
    const Run refused = info(notVault);
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(QLatin1String("not an Advice Hub vault")));
    CHECK(info(dir.file(QStringLiteral("missing.ahv"))).exitCode == 7);

    SECTION("already open in another program")
    {
        auto held = test::openVault(path); // this test process plays the desktop application
        const Run busy = info(path);
        CHECK(busy.exitCode == 5);
        CHECK(busy.err.contains(QLatin1String("already open")));
    }
    SECTION("made by a newer version")
    {
        {
            auto vault = test::openVault(path);
            vault->connection().execute("UPDATE meta SET value = '9999' WHERE key = 'schema_version'");
        }
        CHECK(info(path).exitCode == 6);
    }
}

TEST_CASE("check finds a damaged page")
{
    test::TempDir dir;
    const QString path = initVault(dir);
    const Run ok = cli({ QStringLiteral("check"), QStringLiteral("--vault"), path }, line(test::TestPassphrase));
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.trimmed() == QStringLiteral("ok"));

    QByteArray bytes = test::readFile(path);
    bytes[bytes.size() - 3000] = static_cast<char>(bytes[bytes.size() - 3000] ^ 0x40);
    test::writeFile(path, bytes);
    const Run damaged = cli({ QStringLiteral("check"), QStringLiteral("--vault"), path }, line(test::TestPassphrase));
    CHECK(damaged.exitCode == 4);
    CHECK(damaged.err.contains(QLatin1String("damaged")));
}

TEST_CASE("passwd changes the passphrase")
{
    test::TempDir dir;
    const QString path = initVault(dir);
    const auto passwd = [&](const char* current, const char* next) {
        return cli({ QStringLiteral("passwd"), QStringLiteral("--vault"), path }, line(current) + line(next));
    };
    SECTION("the new passphrase works, the old one no longer does")
    {
        const Run run = passwd(test::TestPassphrase, test::OtherPassphrase);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(
            cli({ QStringLiteral("info"), QStringLiteral("--vault"), path }, line(test::TestPassphrase)).exitCode == 3);
        CHECK(cli({ QStringLiteral("info"), QStringLiteral("--vault"), path }, line(test::OtherPassphrase)).exitCode
            == 0);
    }
    SECTION("a wrong current passphrase")
    {
        CHECK(passwd(test::OtherPassphrase, "sunflower quarry ledger 31").exitCode == 3);
    }
    SECTION("a weak new passphrase")
    {
        const QByteArray before = test::fileDigest(path);
        CHECK(passwd(test::TestPassphrase, "12345678").exitCode == 8);
        CHECK(test::fileDigest(path) == before);
    }
}

TEST_CASE("raw-key prints the SQLCipher key after a warning")
{
    test::TempDir dir;
    const QString path = initVault(dir);
    const Run run = cli({ QStringLiteral("raw-key"), QStringLiteral("--vault"), path }, line(test::TestPassphrase));
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QLatin1String("WARNING")));
    const QString key = run.out.trimmed();
    CHECK(key.size() == 99);
    CHECK(key.startsWith(QLatin1String("x'")));
    // The key's salt part is the file's first 16 bytes.
    CHECK(key.mid(66, 32).toLatin1() == test::readFile(path).left(16).toHex());
    CHECK(
        cli({ QStringLiteral("raw-key"), QStringLiteral("--vault"), path }, line(test::OtherPassphrase)).exitCode == 3);
}

TEST_CASE("a passphrase change killed at any moment leaves a vault that one of the two passphrases opens")
{
    test::TempDir dir;
    const QString path = initVault(dir);
    {
        auto vault = test::openVault(path);
        vault->connection().execute("CREATE TABLE filler(x TEXT); "
                                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                                    "INSERT INTO filler SELECT hex(randomblob(100)) FROM n;");
    }
    // One complete change tells how long the whole operation takes here.
    QElapsedTimer timer;
    timer.start();
    REQUIRE(cli({ QStringLiteral("passwd"), QStringLiteral("--vault"), path },
                line(test::TestPassphrase) + line(test::OtherPassphrase))
                .exitCode
        == 0);
    const int fullRunMs = static_cast<int>(timer.elapsed());

    QRandomGenerator random(20261122);
    const char* current = test::OtherPassphrase;
    const char* other = test::TestPassphrase;
    int killedMidway = 0;
    int landedInside = 0;
    constexpr int kRounds = 12;
    // The re-encryption rewrites every page in one transaction: under way exactly while the
    // journal exists.
    const QString journalName = QFileInfo(path).fileName() + QStringLiteral("-journal");
    test::KillWindow window(dir.path(), [&journalName](const QString& name) { return name == journalName; });
    for (int round = 0; round < kRounds; ++round) {
        QProcess process;
        process.start(
            QStringLiteral(ADVICEHUB_CLI_PATH), { QStringLiteral("passwd"), QStringLiteral("--vault"), path });
        REQUIRE(process.waitForStarted());
        process.write(line(current) + line(other));
        process.closeWriteChannel();
        process.waitForBytesWritten(5000); // without an event loop QProcess writes only when asked
        if (round % 2 == 0) {
            // Inside the re-encryption, at a random point of its first part: proven, not hoped for.
            landedInside += window.stopInside(process.processId(), random.bounded(fullRunMs / 5 + 1)) ? 1 : 0;
        } else {
            // Anywhere from start-up to just after completion.
            QThread::msleep(static_cast<unsigned long>(random.bounded(fullRunMs * 6 / 5 + 1)));
        }
        process.kill();
        process.waitForFinished(10000);
        const bool reportedSuccess = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (round % 2 == 1 && QFileInfo::exists(path + QStringLiteral("-journal")))
            ++landedInside; // a journal left behind: it died inside the re-encryption

        auto withCurrent = Vault::open(path, test::passphrase(current));
        if (withCurrent.ok()) {
            CHECK_FALSE(reportedSuccess);
            CHECK(withCurrent.value()->checkIntegrity()->isEmpty());
            CHECK(withCurrent.value()->connection().queryInt("SELECT count(*) FROM filler") == 20000);
            ++killedMidway;
        } else {
            REQUIRE(withCurrent.code() == ErrorCode::WrongPassphrase);
            auto withOther = Vault::open(path, test::passphrase(other));
            REQUIRE(withOther.ok());
            CHECK(withOther.value()->checkIntegrity()->isEmpty());
            CHECK(withOther.value()->connection().queryInt("SELECT count(*) FROM filler") == 20000);
            std::swap(current, other);
        }
    }
    INFO("a full change took " << fullRunMs << " ms; " << killedMidway << " of " << kRounds
                               << " kills left the old passphrase valid, the others landed after the change; "
                               << landedInside << " kills proven inside the re-encryption");
    // Half the rounds kill inside the re-encryption on purpose; each counts only with proof.
    CHECK(landedInside >= kRounds / 4);
}

TEST_CASE("advicehub-cli --version prints its version and those of SQLCipher, SQLite, libsodium and Qt")
{
    const Run version = cli({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    const QStringList lines = version.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    // The first line is what help2man reads the name and version from.
    CHECK(lines[0] == QStringLiteral("advicehub-cli " ADVICEHUB_VERSION));
    const LibraryVersions versions = libraryVersions();
    REQUIRE_FALSE(versions.sqlcipher.isEmpty());
    CHECK(lines[1]
        == QStringLiteral("SQLCipher %1 (SQLite %2), libsodium %3, Qt %4")
               .arg(versions.sqlcipher, versions.sqlite, versions.sodium, QString::fromLatin1(qVersion())));
    CHECK(version.err.isEmpty());
}

} // namespace cli_test
