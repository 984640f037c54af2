#include "CliTestSupport.h"
#include "KillSupport.h"
#include "TamperedVaults.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "vault/VaultBackup.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace backup_cli_test {

using namespace advicehub;
using test::cli;
using test::line;

namespace {

const QString kMarker = QStringLiteral("CLI-BACKUP-MARKER-3141");

QString markedVault(const test::TempDir& dir, int fillerRows = 200)
{
    const QString path = test::initVault(dir);
    auto vault = test::openVault(path);
    db::Statement note = vault->connection().prepare("UPDATE partners SET notes = ?1 WHERE id = 1");
    note.bind(1, kMarker);
    note.execute();
    db::Statement fill = vault->connection().prepare("CREATE TABLE filler(x TEXT)");
    fill.execute();
    db::Statement rows
        = vault->connection().prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1) "
                                      "INSERT INTO filler SELECT hex(randomblob(100)) FROM n");
    rows.bind(1, fillerRows);
    rows.execute();
    return path;
}

QStringList temporaries(const QString& folder)
{
    return QDir(folder).entryList(
        { QString::fromLatin1(BackupTemporaryPrefix) + QLatin1Char('*') }, QDir::Files | QDir::Hidden | QDir::System);
}

test::CliRun backup(const QString& vault, const QString& output, const QByteArray& input, const QStringList& extra = {})
{
    return cli(QStringList { QStringLiteral("--vault"), vault, QStringLiteral("backup"), QStringLiteral("-o"), output }
            + extra,
        input);
}

test::CliRun restore(const QString& backupPath, const QString& output, const char* passphrase)
{
    return cli({ QStringLiteral("restore"), backupPath, QStringLiteral("-o"), output }, line(passphrase));
}

// The file opens with `passphrase`, is sound and holds the marker and `fillerRows` rows.
void requireCompleteVault(const QString& path, const char* passphrase, qint64 fillerRows)
{
    auto vault = Vault::open(path, test::passphrase(passphrase));
    INFO(path.toStdString() << ": " << (vault ? QString() : vault.error().message).toStdString());
    REQUIRE(vault.ok());
    CHECK(vault.value()->checkIntegrity()->isEmpty());
    CHECK(vault.value()->connection().queryText("SELECT notes FROM partners WHERE id = 1") == kMarker);
    CHECK(vault.value()->connection().queryInt("SELECT count(*) FROM filler") == fillerRows);
}

} // namespace

TEST_CASE("backup writes a verified encrypted copy and restore makes a new vault of it")
{
    test::TempDir dir;
    const QString vault = markedVault(dir);
    const QString backupPath = dir.file(QStringLiteral("backup.ahv"));

    const test::CliRun made = backup(vault, backupPath, line(test::TestPassphrase));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QLatin1String("verified")));
    CHECK(test::fileMode(backupPath) == 0600);
    CHECK(temporaries(dir.path()).isEmpty());
    CHECK_FALSE(made.out.contains(QString::fromLatin1(test::TestPassphrase)));
    CHECK_FALSE(made.err.contains(QString::fromLatin1(test::TestPassphrase)));
    requireCompleteVault(backupPath, test::TestPassphrase, 200);

    const test::CliRun restored = restore(backupPath, dir.file(QStringLiteral("restored.ahv")), test::TestPassphrase);
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    requireCompleteVault(dir.file(QStringLiteral("restored.ahv")), test::TestPassphrase, 200);
    // The restored vault is an ordinary vault for every other command.
    CHECK(cli({ QStringLiteral("--vault"), dir.file(QStringLiteral("restored.ahv")), QStringLiteral("check") },
              line(test::TestPassphrase))
              .exitCode
        == 0);
}

TEST_CASE("backup under another passphrase reads the vault's passphrase, then the backup's")
{
    test::TempDir dir;
    const QString vault = markedVault(dir);
    const QString backupPath = dir.file(QStringLiteral("other.ahv"));
    const test::CliRun made = backup(vault, backupPath, line(test::TestPassphrase) + line(test::OtherPassphrase),
        { QStringLiteral("--other-passphrase") });
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QLatin1String("own passphrase")));
    requireCompleteVault(backupPath, test::OtherPassphrase, 200);
    CHECK(Vault::open(backupPath, test::passphrase()).code() == ErrorCode::WrongPassphrase);

    // The restored vault keeps the backup's passphrase.
    REQUIRE(restore(backupPath, dir.file(QStringLiteral("restored.ahv")), test::OtherPassphrase).exitCode == 0);
    requireCompleteVault(dir.file(QStringLiteral("restored.ahv")), test::OtherPassphrase, 200);

    SECTION("a weak backup passphrase is refused and nothing is written")
    {
        const test::CliRun weak = backup(vault, dir.file(QStringLiteral("weak.ahv")),
            line(test::TestPassphrase) + line("password1"), { QStringLiteral("--other-passphrase") });
        CHECK(weak.exitCode == 8);
        CHECK(weak.err.contains(QLatin1String("too weak")));
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("weak.ahv"))));
    }
    SECTION("no second line")
    {
        const test::CliRun missing = backup(vault, dir.file(QStringLiteral("missing.ahv")), line(test::TestPassphrase),
            { QStringLiteral("--other-passphrase") });
        CHECK(missing.exitCode == 8);
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("missing.ahv"))));
    }
}

TEST_CASE("backup and restore refuse with the documented exit codes and write nothing")
{
    test::TempDir dir;
    const QString vault = markedVault(dir);
    const QString backupPath = dir.file(QStringLiteral("backup.ahv"));
    REQUIRE(backup(vault, backupPath, line(test::TestPassphrase)).exitCode == 0);
    const QByteArray backupDigest = test::fileDigest(backupPath);

    SECTION("an existing target, unless --replace")
    {
        const test::CliRun refused = backup(vault, backupPath, line(test::TestPassphrase));
        CHECK(refused.exitCode == 7);
        CHECK(refused.err.contains(QLatin1String("already exists")));
        CHECK(test::fileDigest(backupPath) == backupDigest);
        const test::CliRun replaced
            = backup(vault, backupPath, line(test::TestPassphrase), { QStringLiteral("--replace") });
        CHECK(replaced.exitCode == 0);
        CHECK(test::fileDigest(backupPath) != backupDigest);
        requireCompleteVault(backupPath, test::TestPassphrase, 200);
    }
    SECTION("a wrong vault passphrase")
    {
        CHECK(backup(vault, dir.file(QStringLiteral("b2.ahv")), line(test::OtherPassphrase)).exitCode == 3);
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("b2.ahv"))));
    }
    SECTION("a folder that does not exist")
    {
        CHECK(backup(vault, dir.file(QStringLiteral("nowhere/b.ahv")), line(test::TestPassphrase)).exitCode == 7);
    }
    SECTION("the vault is open elsewhere")
    {
        auto held = test::openVault(vault);
        const test::CliRun busy = backup(vault, dir.file(QStringLiteral("b3.ahv")), line(test::TestPassphrase));
        CHECK(busy.exitCode == 5);
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("b3.ahv"))));
    }
    SECTION("restore over an existing file, the vault included")
    {
        const QByteArray vaultDigest = test::fileDigest(vault);
        const test::CliRun refused = restore(backupPath, vault, test::TestPassphrase);
        CHECK(refused.exitCode == 7);
        CHECK(refused.err.contains(QLatin1String("never replaces")));
        CHECK(test::fileDigest(vault) == vaultDigest);
    }
    SECTION("restore with a wrong passphrase")
    {
        CHECK(restore(backupPath, dir.file(QStringLiteral("r.ahv")), test::OtherPassphrase).exitCode == 3);
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("r.ahv"))));
        CHECK(test::fileDigest(backupPath) == backupDigest);
    }
    SECTION("restore of a damaged backup")
    {
        const QString damaged
            = test::makeTampered(dir, test::Tampering::ChangedDataBytes, QStringLiteral("damaged.ahv"));
        const test::CliRun refused = restore(damaged, dir.file(QStringLiteral("r.ahv")), test::TestPassphrase);
        CHECK(refused.exitCode == 4);
        CHECK(refused.err.contains(QLatin1String("damaged")));
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("r.ahv"))));
    }
    SECTION("usage: restore takes no --vault, backup needs one, both need -o")
    {
        CHECK(cli({ QStringLiteral("--vault"), vault, QStringLiteral("restore"), backupPath, QStringLiteral("-o"),
                      dir.file(QStringLiteral("r.ahv")) },
                  line(test::TestPassphrase))
                  .exitCode
            == 2);
        CHECK(cli({ QStringLiteral("backup"), QStringLiteral("-o"), dir.file(QStringLiteral("b4.ahv")) },
                  line(test::TestPassphrase))
                  .exitCode
            == 2);
        CHECK(cli({ QStringLiteral("--vault"), vault, QStringLiteral("backup") }, line(test::TestPassphrase)).exitCode
            == 2);
        CHECK(cli({ QStringLiteral("restore"), backupPath }, line(test::TestPassphrase)).exitCode == 2);
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("r.ahv"))));
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("b4.ahv"))));
    }
    CHECK(temporaries(dir.path()).isEmpty());
}

TEST_CASE("a backup killed at any moment never leaves a half-written file under the final name", "[kill]")
{
    test::TempDir dir;
    constexpr int kRows = 40000; // about 10 MB of vault
    const QString vault = markedVault(dir, kRows);
    REQUIRE(QFileInfo(vault).size() > 8 * 1024 * 1024);
    const QByteArray vaultDigest = test::fileDigest(vault);

    // One complete backup tells how long the whole operation takes here.
    QElapsedTimer timer;
    timer.start();
    REQUIRE(backup(vault, dir.file(QStringLiteral("timing.ahv")), line(test::TestPassphrase)).exitCode == 0);
    const int fullRunMs = static_cast<int>(timer.elapsed());
    QFile::remove(dir.file(QStringLiteral("timing.ahv")));

    QRandomGenerator random(20261122);
    constexpr int kRounds = 24;
    int completed = 0;
    int leftTemporary = 0;
    int landedInside = 0;
    // A backup is being written, fsynced and verified exactly while its temporary file exists;
    // those an earlier kill left behind do not count.
    QSet<QString> earlier;
    test::KillWindow window(dir.path(), [&earlier](const QString& name) {
        return name.startsWith(QLatin1String(".advicehub-backup-")) && name.endsWith(QLatin1String(".tmp"))
            && !earlier.contains(name);
    });
    for (int round = 0; round < kRounds; ++round) {
        earlier.clear();
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
            earlier.insert(name);
        const QString target = dir.file(QStringLiteral("backup-%1.ahv").arg(round));
        std::unique_ptr<QProcess> process = test::startCli(
            { QStringLiteral("--vault"), vault, QStringLiteral("backup"), QStringLiteral("-o"), target });
        process->write(line(test::TestPassphrase));
        process->closeWriteChannel();
        process->waitForBytesWritten(5000); // without an event loop QProcess writes only when asked
        if (round % 2 == 0) {
            // While the temporary file is being written or verified: proven, not hoped for.
            landedInside
                += window.stopInside(process->processId(), random.bounded(fullRunMs / 3 + 1)) && !QFile::exists(target)
                ? 1
                : 0;
        } else {
            // Anywhere from start-up to just after completion.
            QThread::msleep(static_cast<unsigned long>(random.bounded(fullRunMs * 6 / 5 + 1)));
        }
        process->kill();
        process->waitForFinished(10000);
        const bool reportedSuccess = process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;

        // The source is never harmed: not a byte of it changed.
        CHECK(test::fileDigest(vault) == vaultDigest);
        CHECK_FALSE(QFile::exists(vault + QStringLiteral("-journal")));
        // Under the final name: nothing, or a complete vault.
        if (QFile::exists(target)) {
            ++completed;
            requireCompleteVault(target, test::TestPassphrase, kRows);
            QFile::remove(target);
        } else {
            CHECK_FALSE(reportedSuccess);
        }
        leftTemporary += temporaries(dir.path()).isEmpty() ? 0 : 1;
    }
    requireCompleteVault(vault, test::TestPassphrase, kRows);

    // Whatever the kills left behind, the next backup into the folder removes it.
    REQUIRE(backup(vault, dir.file(QStringLiteral("after.ahv")), line(test::TestPassphrase)).exitCode == 0);
    CHECK(temporaries(dir.path()).isEmpty());
    INFO("a full backup of a " << QFileInfo(vault).size() / (1024 * 1024) << " MB vault took " << fullRunMs
                               << " ms; of " << kRounds << " kills, " << completed << " landed after the rename, "
                               << leftTemporary << " left a temporary file for the next run to remove, " << landedInside
                               << " were proven to land while the backup was being written");
    // Half the rounds kill while the backup is being written on purpose; each counts only with proof.
    CHECK(landedInside >= kRounds / 4);
}

} // namespace backup_cli_test
