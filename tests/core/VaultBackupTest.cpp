#include "vault/VaultBackup.h"
#include "LockHolder.h"
#include "TamperedVaults.h"
#include "TestSupport.h"
#include "Unprivileged.h"
#include "advisers/AdviserService.h"
#include "common/Clock.h"
#include "db/Connection.h"
#include "db/Migrations.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <thread>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace vault_backup_test {

using namespace advicehub;

namespace {

const QString kMarker = QStringLiteral("BACKUP-MARKER-5521-Ünïcödé");

// A vault with a marker in a partner's notes and enough rows to span many pages.
std::unique_ptr<Vault> markedVault(const QString& path)
{
    auto vault = test::createVault(path);
    db::Connection& c = vault->connection();
    db::Statement note = c.prepare("UPDATE partners SET notes = ?1 WHERE id = 1");
    note.bind(1, kMarker);
    note.execute();
    c.execute("CREATE TABLE filler(x TEXT); "
              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
              "INSERT INTO filler SELECT hex(randomblob(64)) FROM n;");
    return vault;
}

QStringList temporaries(const QString& folder)
{
    return QDir(folder).entryList(
        { QString::fromLatin1(BackupTemporaryPrefix) + QLatin1Char('*') }, QDir::Files | QDir::Hidden | QDir::System);
}

// The backup opens with `passphrase` and holds what the source holds.
void requireSameContent(Vault& source, const QString& backupPath, const char* passphrase)
{
    auto backup = test::openVault(backupPath, passphrase);
    CHECK(backup->info().schemaVersion == source.info().schemaVersion);
    CHECK(backup->info().pageSize == 4096);
    CHECK(backup->info().vaultId == source.info().vaultId);
    CHECK(backup->connection().queryText("SELECT notes FROM partners WHERE id = 1") == kMarker);
    for (const char* table : { "filler", "states", "partners", "meta", "themes" }) {
        INFO(table);
        const std::string sql = std::string("SELECT count(*) FROM ") + table;
        CHECK(backup->connection().queryInt(sql) == source.connection().queryInt(sql));
    }
    CHECK(backup->checkIntegrity()->isEmpty());
}

int attachedDatabases(Vault& vault)
{
    db::Statement list = vault.connection().prepare("PRAGMA database_list");
    int count = 0;
    while (list.step())
        ++count;
    return count;
}

QByteArray header(const QString& path)
{
    return test::readFile(path).left(16);
}

Status backup(Vault& vault, const QString& target, const char* backupPassphrase = nullptr, BackupOptions options = {})
{
    const crypto::SecureBuffer other = backupPassphrase ? test::passphrase(backupPassphrase) : crypto::SecureBuffer();
    return backupVault(vault, target, test::passphrase(), backupPassphrase ? &other : nullptr, std::move(options));
}

} // namespace

TEST_CASE("a backup under the same passphrase is an encrypted copy with its own salt")
{
    test::TempDir dir;
    auto vault = markedVault(dir.file(QStringLiteral("vault.ahv")));
    const QString target = dir.file(QStringLiteral("backup.ahv"));

    const Status status = backup(*vault, target);
    INFO((status ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
    CHECK(vault->isOpen()); // the source stays open and usable
    CHECK(vault->connection().queryText("SELECT notes FROM partners WHERE id = 1") == kMarker);
    CHECK(test::fileMode(target) == 0600);
    CHECK(temporaries(dir.path()).isEmpty());

    // The first 16 bytes are a valid salt of the vault's profile, and not the vault's own salt.
    const auto salt = crypto::VaultSalt::fromFileHeader(header(target));
    REQUIRE(salt.has_value());
    CHECK(&salt->profile() == &crypto::KdfProfile::insecureTesting());
    CHECK(header(target) != header(vault->path()));

    // Nothing readable: not the marker, not the schema, not the reference data.
    const QByteArray bytes = test::readFile(target);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK(bytes.indexOf(kMarker.toUtf8()) < 0);
    CHECK(bytes.indexOf(QByteArray("BACKUP-MARKER")) < 0);
    CHECK(bytes.indexOf("CREATE TABLE") < 0);
    CHECK(bytes.indexOf("Afghanistan") < 0);

    requireSameContent(*vault, target, test::TestPassphrase);
}

TEST_CASE("a backup under another passphrase opens with that passphrase only")
{
    test::TempDir dir;
    auto vault = markedVault(dir.file(QStringLiteral("vault.ahv")));
    const QString target = dir.file(QStringLiteral("other.ahv"));
    REQUIRE(backup(*vault, target, test::OtherPassphrase).ok());
    CHECK(Vault::open(target, test::passphrase()).code() == ErrorCode::WrongPassphrase);
    requireSameContent(*vault, target, test::OtherPassphrase);
    // The vault's own passphrase is unchanged.
    vault.reset();
    test::openVault(dir.file(QStringLiteral("vault.ahv")));
}

TEST_CASE("a backup needs the vault's current passphrase")
{
    test::TempDir dir;
    auto vault = markedVault(dir.file(QStringLiteral("vault.ahv")));
    const QString target = dir.file(QStringLiteral("backup.ahv"));
    const crypto::SecureBuffer chosen = test::passphrase("visitor chosen phrase 123");
    const Status status = backupVault(*vault, target, test::passphrase(test::OtherPassphrase), &chosen);
    REQUIRE_FALSE(status.ok());
    CHECK(status.code() == ErrorCode::WrongPassphrase);
    CHECK_FALSE(QFile::exists(target));
    CHECK(temporaries(dir.path()).isEmpty());

    SECTION("and an empty backup passphrase is refused")
    {
        const crypto::SecureBuffer empty;
        CHECK(backupVault(*vault, target, test::passphrase(), &empty).code() == ErrorCode::InvalidInput);
        CHECK_FALSE(QFile::exists(target));
    }
}

TEST_CASE("a backup never replaces a file unless asked, and never the vault itself")
{
    test::TempDir dir;
    const QString vaultPath = dir.file(QStringLiteral("vault.ahv"));
    auto vault = markedVault(vaultPath);
    const QString target = dir.file(QStringLiteral("existing.ahv"));
    test::writeFile(target, "an earlier file");

    const Status refused = backup(*vault, target);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::AlreadyExists);
    CHECK(test::readFile(target) == "an earlier file");
    CHECK(temporaries(dir.path()).isEmpty());

    SECTION("replacing when asked")
    {
        BackupOptions replace;
        replace.replaceExisting = true;
        REQUIRE(backup(*vault, target, nullptr, replace).ok());
        requireSameContent(*vault, target, test::TestPassphrase);
    }
    SECTION("the vault itself, even when replacing is allowed")
    {
        const QByteArray before = test::fileDigest(vaultPath);
        BackupOptions replace;
        replace.replaceExisting = true;
        const Status onItself = backup(*vault, vaultPath, nullptr, replace);
        CHECK(onItself.code() == ErrorCode::NotAllowed);
        vault.reset();
        CHECK(test::fileDigest(vaultPath) == before);
    }
    SECTION("a folder")
    {
        const QString folder = dir.file(QStringLiteral("folder.ahv"));
        REQUIRE(QDir().mkdir(folder));
        CHECK(backup(*vault, folder).code() == ErrorCode::AlreadyExists);
        CHECK(QFileInfo(folder).isDir());
    }
    SECTION("a folder that does not exist")
    {
        CHECK(backup(*vault, dir.file(QStringLiteral("missing/backup.ahv"))).code() == ErrorCode::NotFound);
    }
}

TEST_CASE("a backup failing at any step leaves no file under the final name and no temporary file")
{
    test::TempDir dir;
    auto vault = markedVault(dir.file(QStringLiteral("vault.ahv")));
    const QString target = dir.file(QStringLiteral("backup.ahv"));
    for (BackupStep step :
        { BackupStep::TemporaryCreated, BackupStep::Exported, BackupStep::Synced, BackupStep::Verified }) {
        DYNAMIC_SECTION("failing after step " << static_cast<int>(step))
        {
            BackupOptions options;
            options.failAfter = [step](BackupStep done) -> Status {
                if (done == step)
                    return makeError(ErrorCode::Io, QStringLiteral("injected failure"));
                return {};
            };
            const Status status = backup(*vault, target, nullptr, options);
            REQUIRE_FALSE(status.ok());
            CHECK(status.error().message == QStringLiteral("injected failure"));
            CHECK_FALSE(QFile::exists(target));
            CHECK(temporaries(dir.path()).isEmpty());
            // The source is untouched and still attached to nothing.
            CHECK(vault->connection().queryText("SELECT notes FROM partners WHERE id = 1") == kMarker);
            CHECK(attachedDatabases(*vault) == 1);
            CHECK(vault->checkIntegrity()->isEmpty());
            // and the next backup works
            REQUIRE(backup(*vault, target).ok());
            requireSameContent(*vault, target, test::TestPassphrase);
        }
    }
}

TEST_CASE("a backup into a folder the user may not write fails cleanly")
{
    test::TempDir dir;
    auto vault = markedVault(dir.file(QStringLiteral("vault.ahv")));
    const QString folder = dir.file(QStringLiteral("closed"));
    REQUIRE(QDir().mkdir(folder));
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    test::letNobodyReach(folder + QStringLiteral("/x"));
    const QString target = QDir(folder).filePath(QStringLiteral("backup.ahv"));

    // The key is prepared as root; only writing happens as the unprivileged user.
    Result<BackupKey> key = prepareBackupKey(*vault->passphraseChangeBasis(), test::passphrase(), nullptr);
    REQUIRE(key.ok());
    Result<PendingBackup> pending = makeError(ErrorCode::Internal);
    {
        test::AsNobody nobody;
        INFO("root ignores permission bits: the write must run as nobody");
        REQUIRE((nobody.active() || !test::runningAsRoot()));
        pending = writeBackup(*vault, target, std::move(key).value());
    }
    REQUIRE_FALSE(pending.ok());
    CHECK(pending.code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(target));
    CHECK(temporaries(folder).isEmpty());
    CHECK(vault->checkIntegrity()->isEmpty());
}

TEST_CASE("the steps of a backup can run on other threads and survive a lock in between")
{
    test::TempDir dir;
    const QString vaultPath = dir.file(QStringLiteral("vault.ahv"));
    auto vault = markedVault(vaultPath);
    const QString target = dir.file(QStringLiteral("staged.ahv"));

    // Key derivation on a worker, from a copy of what it needs.
    auto basis = vault->passphraseChangeBasis();
    std::optional<Result<BackupKey>> key;
    std::thread derive([&] { key.emplace(prepareBackupKey(*basis, test::passphrase(), nullptr)); });
    derive.join();
    REQUIRE(key->ok());

    // The export on the vault's thread.
    Result<PendingBackup> pending = writeBackup(*vault, target, std::move(*key).value());
    REQUIRE(pending.ok());
    CHECK_FALSE(QFile::exists(target)); // not before it is verified

    // The vault is locked meanwhile; verification and renaming need only the new file.
    vault.reset();
    std::optional<Status> committed;
    std::thread finish([&] { committed.emplace(pending->commit()); });
    finish.join();
    REQUIRE(committed->ok());
    CHECK(QFile::exists(target));
    CHECK(temporaries(dir.path()).isEmpty());
    auto reopened = test::openVault(vaultPath);
    requireSameContent(*reopened, target, test::TestPassphrase);
}

TEST_CASE("a pending backup that is dropped removes its temporary file")
{
    test::TempDir dir;
    auto vault = markedVault(dir.file(QStringLiteral("vault.ahv")));
    {
        Result<PendingBackup> pending
            = writeBackup(*vault, dir.file(QStringLiteral("dropped.ahv")), currentKeyForBackup(*vault));
        REQUIRE(pending.ok());
        CHECK(temporaries(dir.path()).size() == 1);
    }
    CHECK(temporaries(dir.path()).isEmpty());
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("dropped.ahv"))));
}

TEST_CASE("temporary files of interrupted backups are removed by the next one, live ones are not")
{
    test::TempDir dir;
    auto vault = markedVault(dir.file(QStringLiteral("vault.ahv")));
    const QString stale = dir.file(QString::fromLatin1(BackupTemporaryPrefix) + QStringLiteral("0123456789abcdef.tmp"));
    test::writeFile(stale, QByteArray(8192, 'x'));
    const QString staleJournal = stale + QStringLiteral("-journal");
    test::writeFile(staleJournal, "j");
    const QString orphanJournal
        = dir.file(QString::fromLatin1(BackupTemporaryPrefix) + QStringLiteral("fedcba9876543210.tmp-journal"));
    test::writeFile(orphanJournal, "j");

    // One being written by another process right now: it holds an exclusive flock.
    const QString live = dir.file(QString::fromLatin1(BackupTemporaryPrefix) + QStringLiteral("1111111111111111.tmp"));
    test::writeFile(live, QByteArray(4096, 'y'));
    test::LockHolder writer(live);
    REQUIRE(writer.holds());

    // And one of this process, pending.
    Result<PendingBackup> pending
        = writeBackup(*vault, dir.file(QStringLiteral("pending.ahv")), currentKeyForBackup(*vault));
    REQUIRE(pending.ok());

    REQUIRE(backup(*vault, dir.file(QStringLiteral("next.ahv"))).ok());
    CHECK_FALSE(QFile::exists(stale));
    CHECK_FALSE(QFile::exists(staleJournal));
    CHECK_FALSE(QFile::exists(orphanJournal));
    CHECK(QFile::exists(live));
    REQUIRE(pending->commit().ok()); // untouched by the cleanup
    requireSameContent(*vault, dir.file(QStringLiteral("pending.ahv")), test::TestPassphrase);

    writer.release();
    CHECK(removeStaleBackupFiles(dir.path()) == 1); // the other process is gone now
    CHECK(temporaries(dir.path()).isEmpty());
}

TEST_CASE("a full-text index survives a backup")
{
    test::TempDir dir;
    auto vault = markedVault(dir.file(QStringLiteral("vault.ahv")));
    vault->connection().execute(
        "CREATE VIRTUAL TABLE notes_fts USING fts4(body, tokenize=unicode61 \"remove_diacritics=1\"); "
        "INSERT INTO notes_fts VALUES ('Côte d''Ivoire asked about police custody'); "
        "CREATE TABLE audit(x); CREATE TRIGGER audit_notes AFTER INSERT ON filler BEGIN INSERT INTO audit VALUES (1); "
        "END; "
        "CREATE VIEW filler_count AS SELECT count(*) AS n FROM filler;");
    const QString target = dir.file(QStringLiteral("fts.ahv"));
    REQUIRE(backup(*vault, target).ok());
    auto copy = test::openVault(target);
    CHECK(copy->connection().queryInt("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'cote'") == 1);
    CHECK(copy->connection().queryInt("SELECT n FROM filler_count") == 3000);
    copy->connection().execute("INSERT INTO filler VALUES ('x')");
    CHECK(copy->connection().queryInt("SELECT count(*) FROM audit") == 1); // the trigger came along
}

TEST_CASE("restoring a backup makes a new vault with the backup's passphrase")
{
    test::TempDir dir;
    const QString vaultPath = dir.file(QStringLiteral("vault.ahv"));
    auto vault = markedVault(vaultPath);
    const QString backupPath = dir.file(QStringLiteral("backup.ahv"));
    REQUIRE(backup(*vault, backupPath, test::OtherPassphrase).ok());
    const QByteArray backupBefore = test::fileDigest(backupPath);
    const QString restoredPath = dir.file(QStringLiteral("restored.ahv"));

    Result<std::unique_ptr<Vault>> restored
        = restoreVault(backupPath, test::passphrase(test::OtherPassphrase), restoredPath);
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored.ok());
    CHECK(restored.value()->isOpen());
    CHECK(restored.value()->path() == QFileInfo(restoredPath).absoluteFilePath());
    CHECK(restored.value()->connection().queryText("SELECT notes FROM partners WHERE id = 1") == kMarker);
    CHECK(restored.value()->checkIntegrity()->isEmpty());
    CHECK(test::fileMode(restoredPath) == 0600);
    CHECK(temporaries(dir.path()).isEmpty());
    restored.value().reset();

    CHECK(test::fileDigest(backupPath) == backupBefore); // the backup is left as it was
    CHECK(header(restoredPath) != header(backupPath)); // a fresh salt
    CHECK(header(restoredPath) != header(vaultPath));
    CHECK(Vault::open(restoredPath, test::passphrase()).code() == ErrorCode::WrongPassphrase);
    requireSameContent(*vault, restoredPath, test::OtherPassphrase);
}

TEST_CASE("restoring never replaces a file, least of all the open vault")
{
    test::TempDir dir;
    const QString vaultPath = dir.file(QStringLiteral("vault.ahv"));
    auto vault = markedVault(vaultPath);
    const QString backupPath = dir.file(QStringLiteral("backup.ahv"));
    REQUIRE(backup(*vault, backupPath).ok());

    for (const QString& existing : { vaultPath, backupPath }) {
        const QByteArray before = test::fileDigest(existing);
        Result<std::unique_ptr<Vault>> refused = restoreVault(backupPath, test::passphrase(), existing);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::AlreadyExists);
        CHECK(test::fileDigest(existing) == before);
    }
    CHECK(vault->connection().queryText("SELECT notes FROM partners WHERE id = 1") == kMarker);
    CHECK(temporaries(dir.path()).isEmpty());

    SECTION("and a backup that is open cannot be restored meanwhile")
    {
        auto held = test::openVault(backupPath);
        CHECK(restoreVault(backupPath, test::passphrase(), dir.file(QStringLiteral("new.ahv"))).code()
            == ErrorCode::AlreadyOpen);
    }
}

TEST_CASE("restoring refuses a damaged or foreign backup and writes nothing")
{
    test::TempDir dir;
    const QString newVault = dir.file(QStringLiteral("restored.ahv"));
    const auto requireRefused = [&](const QString& backupPath, ErrorCode expected, const char* passphrase) {
        const QByteArray before = test::snapshot(backupPath);
        Result<std::unique_ptr<Vault>> refused = restoreVault(backupPath, test::passphrase(passphrase), newVault);
        REQUIRE_FALSE(refused.ok());
        INFO(refused.error().message.toStdString());
        CHECK(refused.code() == expected);
        CHECK_FALSE(refused.error().message.isEmpty());
        CHECK_FALSE(QFile::exists(newVault));
        CHECK(temporaries(dir.path()).isEmpty());
        CHECK(test::snapshot(backupPath) == before);
    };

    SECTION("damaged data pages")
    {
        requireRefused(
            test::makeTampered(dir, test::Tampering::ChangedDataBytes), ErrorCode::Damaged, test::TestPassphrase);
    }
    SECTION("a wrong passphrase")
    {
        test::createVault(dir.file(QStringLiteral("good.ahv")));
        requireRefused(dir.file(QStringLiteral("good.ahv")), ErrorCode::WrongPassphrase, test::OtherPassphrase);
    }
    for (const test::TamperCase& tampered : test::refusedAtOpen()) {
        if (tampered.kind == test::Tampering::NoReadPermission)
            continue; // root reads anything; the CLI and GUI tests run this one as nobody
        DYNAMIC_SECTION(tampered.name)
        {
            requireRefused(test::makeTampered(dir, tampered.kind), tampered.error, test::TestPassphrase);
        }
    }
}

TEST_CASE("restoring a backup of an older schema brings the new vault up to date and leaves the backup alone")
{
    const int latest = db::Migrator::latestVersion();
    REQUIRE(latest >= 2);
    test::TempDir dir;
    const QString oldPath = dir.file(QStringLiteral("old.ahv"));
    const QString backupPath = dir.file(QStringLiteral("old-backup.ahv"));
    {
        auto old
            = VaultTestAccess::createAtVersion(oldPath, test::passphrase(), crypto::KdfProfile::insecureTesting(), 1);
        REQUIRE(old.ok());
        REQUIRE(backup(*old.value(), backupPath).ok());
    }
    const QByteArray before = test::fileDigest(backupPath);
    Result<std::unique_ptr<Vault>> restored
        = restoreVault(backupPath, test::passphrase(), dir.file(QStringLiteral("restored.ahv")));
    REQUIRE(restored.ok());
    CHECK(restored.value()->info().schemaVersion == latest);
    CHECK(test::fileDigest(backupPath) == before);
    auto stillOld = Vault::openWithoutUpgrade(backupPath, test::passphrase());
    REQUIRE(stillOld.ok());
    CHECK(db::Migrator::currentVersion(stillOld.value()->connection()) == 1);
}

TEST_CASE("automatic backups are named by local time only and keep the newest N of this vault")
{
    test::TempDir dir;
    auto vault = markedVault(dir.file(QStringLiteral("vault.ahv")));
    const QString folder = dir.file(QStringLiteral("automatic"));
    REQUIRE(QDir().mkdir(folder));
    const QDateTime start(QDate(2026, 11, 22), QTime(10, 15, 0), Qt::UTC);
    ManualClock clock(start);

    // Files that are not this vault's automatic backups are never removed.
    const QString byHand = QDir(folder).filePath(QStringLiteral("my copy.ahv"));
    test::writeFile(byHand, "kept");
    const QString otherVaults = QDir(folder).filePath(QStringLiteral("AdviceHub-backup-2020-01-01T000000Z.ahv"));
    test::createVault(otherVaults);

    QStringList made;
    for (int i = 0; i < 4; ++i) {
        Result<AutomaticBackup> result = makeAutomaticBackup(*vault, folder, 2, clock);
        INFO((result ? QString() : result.error().message).toStdString());
        REQUIRE(result.ok());
        made << result->path;
        clock.advanceMs(60 * 1000);
    }
    const QString localStamp = start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss"));
    CHECK(QFileInfo(made.first()).fileName() == QStringLiteral("AdviceHub-backup-%1.ahv").arg(localStamp));
    static const QRegularExpression timeOnly(
        QStringLiteral("^AdviceHub-backup-\\d{4}-\\d\\d-\\d\\d \\d\\d\\.\\d\\d\\.\\d\\d(-\\d+)?\\.ahv$"));
    for (const QString& path : made) {
        CHECK(timeOnly.match(QFileInfo(path).fileName()).hasMatch());
        CHECK_FALSE(QFileInfo(path).fileName().contains(QLatin1Char(':')));
    }

    CHECK_FALSE(QFile::exists(made.at(0)));
    CHECK_FALSE(QFile::exists(made.at(1)));
    CHECK(QFile::exists(made.at(2)));
    CHECK(QFile::exists(made.at(3)));
    CHECK(test::readFile(byHand) == "kept");
    CHECK(QFile::exists(otherVaults));
    requireSameContent(*vault, made.at(3), test::TestPassphrase);

    SECTION("two in the same second get distinct names")
    {
        Result<AutomaticBackup> first = makeAutomaticBackup(*vault, folder, 5, clock);
        Result<AutomaticBackup> second = makeAutomaticBackup(*vault, folder, 5, clock);
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        CHECK(second->path != first->path);
        CHECK(second->path.endsWith(QLatin1String("-2.ahv")));
    }
    SECTION("a clock set back never removes the backup just made")
    {
        clock.setNowUtc(QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC));
        Result<AutomaticBackup> early = makeAutomaticBackup(*vault, folder, 1, clock);
        REQUIRE(early.ok());
        CHECK(QFile::exists(early->path));
        CHECK_FALSE(QFile::exists(made.at(3)));
    }
    SECTION("a missing folder is reported")
    {
        CHECK(makeAutomaticBackup(*vault, dir.file(QStringLiteral("nowhere")), 3, clock).code() == ErrorCode::NotFound);
    }
}

TEST_CASE("the pruning of automatic backups counts the old UTC names with the new local ones")
{
    test::TempDir dir;
    auto vault = markedVault(dir.file(QStringLiteral("vault.ahv")));
    const QString folder = dir.file(QStringLiteral("automatic"));
    REQUIRE(QDir().mkdir(folder));
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 15, 0), Qt::UTC));

    // Two backups of this vault under the names of the previous version, made by renaming.
    QStringList old;
    for (const char* name : { "AdviceHub-backup-2026-11-20T090000Z.ahv", "AdviceHub-backup-2026-11-21T090000Z.ahv" }) {
        Result<AutomaticBackup> made = makeAutomaticBackup(*vault, folder, 100, clock);
        REQUIRE(made.ok());
        old << QDir(folder).filePath(QString::fromLatin1(name));
        REQUIRE(QFile::rename(made->path, old.last()));
        clock.advanceMs(1000);
    }
    // An old-style name holding another vault stays (the header check).
    const QString otherVaults = QDir(folder).filePath(QStringLiteral("AdviceHub-backup-2026-11-19T090000Z.ahv"));
    test::createVault(otherVaults);

    Result<AutomaticBackup> first = makeAutomaticBackup(*vault, folder, 2, clock);
    REQUIRE(first.ok());
    CHECK_FALSE(QFile::exists(old.at(0)));
    CHECK(QFile::exists(old.at(1)));
    CHECK(first->removed == QStringList { QFileInfo(old.at(0)).absoluteFilePath() });
    clock.advanceMs(60 * 1000);
    Result<AutomaticBackup> second = makeAutomaticBackup(*vault, folder, 2, clock);
    REQUIRE(second.ok());
    CHECK_FALSE(QFile::exists(old.at(1)));
    CHECK(QFile::exists(first->path));
    CHECK(QFile::exists(second->path));
    CHECK(QFile::exists(otherVaults));
}

TEST_CASE("the default backups folder is beside the vault and made for its owner only")
{
    test::TempDir dir;
    const QString vaultPath = dir.file(QStringLiteral("vault.ahv"));
    const QString folder = defaultBackupFolder(vaultPath);
    CHECK(folder == QDir(QFileInfo(vaultPath).absolutePath()).filePath(QStringLiteral("Backups")));
    REQUIRE_FALSE(QFileInfo::exists(folder));
    REQUIRE(ensureBackupFolder(folder).ok());
    REQUIRE(QFileInfo(folder).isDir());
    CHECK(QFileInfo(folder).permissions()
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser
            | QFile::ExeUser));
    CHECK(ensureBackupFolder(folder).ok()); // already there: nothing to do

    SECTION("a file in the way or a missing parent is an error")
    {
        test::writeFile(dir.file(QStringLiteral("file")), "x");
        CHECK(ensureBackupFolder(dir.file(QStringLiteral("file"))).code() == ErrorCode::AlreadyExists);
        CHECK(ensureBackupFolder(dir.file(QStringLiteral("no/such/Backups"))).code() == ErrorCode::NotFound);
    }
}

TEST_CASE("a backup made in a session leaves the vault's file exactly as it was")
{
    // The session records the acting adviser with the first real change of the vault; the rows a
    // backup writes into its own file are no change of the vault (issue 8: what changes nothing
    // writes nothing).
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.ahv"));
    ManualClock clock;
    qint64 tomas = 0;
    {
        auto vault = test::createVault(path);
        advisers::AdviserService advisers(vault->connection(), clock);
        REQUIRE(advisers.add(QStringLiteral("Amara Quillfeather")).ok()); // the default
        tomas = advisers.add(QStringLiteral("Tomas Brindlewood"))->id;
    }
    Result<std::unique_ptr<Session>> opened = Session::open(test::openVault(path), clock);
    REQUIRE(opened.ok());
    Session& session = *opened.value();
    REQUIRE(session.setCurrentAdviser(tomas).ok()); // someone else works now, and changes nothing
    const QByteArray before = test::fileDigest(path);
    REQUIRE(backup(session.vault(), dir.file(QStringLiteral("backup.ahv"))).ok());
    CHECK(test::fileDigest(path) == before);
    CHECK(session.advisers().lastAdviserId() != std::optional<qint64>(tomas));
}

} // namespace vault_backup_test
