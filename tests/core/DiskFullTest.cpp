#include "SmallFileSystem.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "db/Transaction.h"
#include "vault/VaultBackup.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>

#include <QDir>
#include <QFile>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace disk_full_test {

using namespace advicehub;

// These run on a real, small tmpfs (see tests/support/SmallFileSystem.h): the errors are the
// kernel's ENOSPC as SQLite and SQLCipher meet it, not an imitation.

namespace {

std::unique_ptr<test::SmallFileSystem> smallFileSystem(qint64 bytes)
{
    QString whyNot;
    auto fs = test::SmallFileSystem::mount(bytes, &whyNot);
    if (!fs) {
        // Reported as skipped (exit 77: the ctest property SKIP_RETURN_CODE), never as passed.
        std::fprintf(stderr, "SKIPPED: no small file system to fill up here (%s)\n", qPrintable(whyNot));
        std::exit(77);
    }
    return fs;
}

void fillTable(db::Connection& connection, int rows)
{
    connection.execute("CREATE TABLE IF NOT EXISTS filler(x TEXT)");
    db::Statement insert
        = connection.prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1) "
                             "INSERT INTO filler SELECT hex(randomblob(100)) FROM n");
    insert.bind(1, rows);
    insert.execute();
}

void requireIntact(const QString& path, const char* passphrase, qint64 fillerRows)
{
    auto vault = test::openVault(path, passphrase);
    CHECK(vault->checkIntegrity()->isEmpty());
    CHECK(vault->connection().queryInt("SELECT count(*) FROM filler") == fillerRows);
}

} // namespace

TEST_CASE("a backup onto a full disk fails with a clear message and leaves nothing behind", "[diskfull]")
{
    auto fs = smallFileSystem(512 * 1024);
    if (!fs)
        return;
    test::TempDir dir;
    const QString vaultPath = dir.file(QStringLiteral("vault.ahv"));
    auto vault = test::createVault(vaultPath);
    fillTable(vault->connection(), 8000); // about 2 MB: more than the whole file system
    const QString target = fs->file(QStringLiteral("backup.ahv"));

    const Status status = backupVault(*vault, target, test::passphrase(), nullptr);
    REQUIRE_FALSE(status.ok());
    CHECK(status.code() == ErrorCode::DiskFull);
    CHECK(status.error().message.contains(QLatin1String("disk is full")));
    CHECK_FALSE(QFile::exists(target));
    CHECK(QDir(fs->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    vault.reset();
    requireIntact(vaultPath, test::TestPassphrase, 8000);
}

TEST_CASE("changing the passphrase on a full disk says so and keeps the old passphrase", "[diskfull]")
{
    auto fs = smallFileSystem(2 * 1024 * 1024);
    if (!fs)
        return;
    const QString path = fs->file(QStringLiteral("vault.ahv"));
    {
        auto vault = test::createVault(path);
        fillTable(vault->connection(), 1200);
    }
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 200 * 1024);
    // Room for the vault to be opened, not for the journal of a rekey (a copy of every page).
    fs->fill(size / 2);
    auto vault = test::openVault(path);
    const Status status = vault->changePassphrase(test::passphrase(), test::passphrase(test::OtherPassphrase));
    REQUIRE_FALSE(status.ok());
    CHECK(status.code() == ErrorCode::DiskFull);
    CHECK(status.error().message.contains(QLatin1String("disk is full")));
    CHECK(vault->isOpen());
    vault.reset();
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    requireIntact(path, test::TestPassphrase, 1200);
    CHECK(Vault::open(path, test::passphrase(test::OtherPassphrase)).code() == ErrorCode::WrongPassphrase);

    SECTION("and works once there is room again")
    {
        fs->unfill();
        auto again = test::openVault(path);
        const Status changed = again->changePassphrase(test::passphrase(), test::passphrase(test::OtherPassphrase));
        INFO((changed ? QString() : changed.error().message).toStdString()
            << "; free " << fs->freeBytes() << ", size " << size);
        REQUIRE(changed.ok());
        again.reset();
        requireIntact(path, test::OtherPassphrase, 1200);
    }
}

TEST_CASE("a large write on a full disk rolls back completely", "[diskfull]")
{
    auto fs = smallFileSystem(1024 * 1024);
    if (!fs)
        return;
    const QString path = fs->file(QStringLiteral("vault.ahv"));
    {
        auto vault = test::createVault(path);
        fillTable(vault->connection(), 500);
    }
    fs->fill(256 * 1024);
    {
        auto vault = test::openVault(path);
        Error error = makeError(ErrorCode::Internal);
        try {
            db::Transaction transaction(vault->connection());
            fillTable(vault->connection(), 20000); // about 5 MB
            transaction.commit();
            FAIL("the write should not fit");
        } catch (const db::DbError& e) {
            error = db::toError(e);
        }
        CHECK(error.code == ErrorCode::DiskFull);
        CHECK(error.message.contains(QLatin1String("disk is full")));
        // The connection is usable and sees the state before the transaction.
        CHECK(vault->connection().queryInt("SELECT count(*) FROM filler") == 500);
        CHECK_FALSE(vault->connection().inTransaction());
    }
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    requireIntact(path, test::TestPassphrase, 500);
}

TEST_CASE("creating a vault on a full disk fails and leaves no file", "[diskfull]")
{
    auto fs = smallFileSystem(256 * 1024);
    if (!fs)
        return;
    fs->fill(8 * 1024);
    const QString path = fs->file(QStringLiteral("new.ahv"));
    auto result = Vault::create(path, test::passphrase(), crypto::KdfProfile::insecureTesting());
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::DiskFull);
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

} // namespace disk_full_test
