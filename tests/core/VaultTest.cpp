#include "TestSupport.h"
#include "db/Connection.h"
#include "db/Migrations.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace vault_test {

using namespace advicehub;

TEST_CASE("a vault is created, closed and opened again")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.ahv"));
    {
        auto vault = test::createVault(path);
        const VaultInfo info = vault->info();
        CHECK(info.schemaVersion == db::Migrator::latestVersion());
        CHECK(info.pageSize == 4096);
        CHECK_FALSE(info.cipherVersion.isEmpty());
        CHECK(info.kdfForTestingOnly);
        CHECK_FALSE(info.vaultId.isEmpty());
        CHECK(info.createdAtUtc.isValid());
    }
    auto vault = test::openVault(path);
    CHECK(vault->isOpen());
    vault->close();
    CHECK_FALSE(vault->isOpen());
}

TEST_CASE("creating never replaces an existing file")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("existing.ahv"));
    test::writeFile(path, "do not touch");
    auto result = Vault::create(path, test::passphrase(), crypto::KdfProfile::insecureTesting());
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::AlreadyExists);
    CHECK(test::readFile(path) == "do not touch");

    SECTION("a missing folder is reported, not created")
    {
        auto missing = Vault::create(
            dir.file(QStringLiteral("no/such/dir/v.ahv")), test::passphrase(), crypto::KdfProfile::insecureTesting());
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.code() == ErrorCode::NotFound);
    }
    SECTION("an empty passphrase is refused and leaves no file")
    {
        const QString fresh = dir.file(QStringLiteral("fresh.ahv"));
        auto empty = Vault::create(fresh, crypto::SecureBuffer(), crypto::KdfProfile::insecureTesting());
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(QFile::exists(fresh));
    }
}

TEST_CASE("the standard key-derivation profile creates and opens a real vault", "[kdf]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("standard.ahv"));
    {
        auto vault = Vault::create(path, test::passphrase());
        REQUIRE(vault.ok());
        CHECK_FALSE(vault.value()->info().kdfForTestingOnly);
    }
    CHECK(static_cast<unsigned char>(test::readFile(path).at(0)) == crypto::KdfProfile::standard().id);
    {
        auto reopened = Vault::open(path, test::passphrase());
        REQUIRE(reopened.ok());
    }
    CHECK(Vault::open(path, test::passphrase(test::OtherPassphrase)).code() == ErrorCode::WrongPassphrase);
}

TEST_CASE("a wrong passphrase is refused and changes nothing on disk")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.ahv"));
    test::createVault(path);
    const QByteArray before = test::fileDigest(path);
    auto result = Vault::open(path, test::passphrase(test::OtherPassphrase));
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::WrongPassphrase);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK(test::fileDigest(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    // and the right one still works afterwards
    test::openVault(path);
}

TEST_CASE("the vault file starts with the salt and holds no plaintext")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.ahv"));
    const QStringList markers { QStringLiteral("MARKER-ALPHA-7731"), QStringLiteral("Zeugenaussage-Ünïcödé-marker"),
        QStringLiteral("مؤشر-سري-marker") };
    {
        auto vault = test::createVault(path);
        db::Connection& c = vault->connection();
        db::Statement note = c.prepare("UPDATE partners SET notes = ?1 WHERE id = ?2");
        for (int i = 0; i < markers.size(); ++i) {
            note.bindAll(markers.at(i), i + 1);
            note.execute();
        }
        db::Statement meta = c.prepare("INSERT INTO meta(key, value) VALUES ('test_marker', ?1)");
        meta.bind(1, markers.first());
        meta.execute();
        REQUIRE(c.queryText("SELECT notes FROM partners WHERE id = 1") == markers.first());
    }
    const QByteArray bytes = test::readFile(path);
    const auto salt = crypto::VaultSalt::fromFileHeader(bytes.left(16));
    REQUIRE(salt.has_value());
    CHECK(&salt->profile() == &crypto::KdfProfile::insecureTesting());
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    for (const QString& marker : markers) {
        INFO(marker.toStdString());
        CHECK(bytes.indexOf(marker.toUtf8()) < 0);
        CHECK(bytes.indexOf(QByteArray(reinterpret_cast<const char*>(marker.utf16()), marker.size() * 2)) < 0);
    }
    // Well-known table names would be visible in a plaintext database.
    CHECK(bytes.indexOf("CREATE TABLE") < 0);
    CHECK(bytes.indexOf("Afghanistan") < 0);
}

TEST_CASE("vault files are private to the user")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.ahv"));
    auto vault = test::createVault(path);
    CHECK(test::fileMode(path) == 0600);
}

TEST_CASE("every connection uses the documented safety settings")
{
    test::TempDir dir;
    auto vault = test::createVault(dir.file(QStringLiteral("vault.ahv")));
    vault->close();
    auto reopened = test::openVault(dir.file(QStringLiteral("vault.ahv")));
    db::Connection& c = reopened->connection();
    CHECK(c.queryInt("PRAGMA temp_store") == 2); // MEMORY
    CHECK(c.queryInt("PRAGMA secure_delete") == 1);
    CHECK(c.queryInt("PRAGMA foreign_keys") == 1);
    CHECK(c.queryText("PRAGMA journal_mode") == QStringLiteral("delete"));
    CHECK(c.queryInt("PRAGMA synchronous") == 2); // FULL
    CHECK(c.queryInt("PRAGMA page_size") == 4096);
    CHECK(c.queryInt("PRAGMA cipher_page_size") == 4096);
}

TEST_CASE("a vault made by a newer version is refused and left untouched")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("future.ahv"));
    {
        auto vault = test::createVault(path);
        db::Statement bump = vault->connection().prepare("UPDATE meta SET value = ?1 WHERE key = 'schema_version'");
        bump.bind(1, QString::number(db::Migrator::latestVersion() + 1));
        bump.execute();
    }
    const QByteArray before = test::fileDigest(path);
    auto result = Vault::open(path, test::passphrase());
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::NewerVersion);
    CHECK(test::fileDigest(path) == before);
}

TEST_CASE("an encrypted database without Advice Hub's meta table is not a vault")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("foreign.ahv"));
    {
        auto vault = test::createVault(path);
        vault->connection().execute("DROP TABLE meta");
    }
    auto result = Vault::open(path, test::passphrase());
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::NotAVault);
}

TEST_CASE("a vault of each earlier schema version is migrated to the current one")
{
    const int latest = db::Migrator::latestVersion();
    for (int version = 1; version < latest; ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            test::TempDir dir;
            const QString path = dir.file(QStringLiteral("old.ahv"));
            {
                auto old = VaultTestAccess::createAtVersion(
                    path, test::passphrase(), crypto::KdfProfile::insecureTesting(), version);
                REQUIRE(old.ok());
                CHECK(db::Migrator::currentVersion(old.value()->connection()) == version);
                old.value()->connection().execute("UPDATE partners SET notes = 'kept across migrations' WHERE id = 1");
            }
            auto vault = test::openVault(path);
            CHECK(vault->info().schemaVersion == latest);
            CHECK(vault->connection().queryText("SELECT notes FROM partners WHERE id = 1")
                == QStringLiteral("kept across migrations"));
            CHECK(vault->checkIntegrity()->isEmpty());
        }
    }
}

TEST_CASE("a vault written by the first release opens and is upgraded")
{
    // tests/data/vault-v1.ahv was made by Advice Hub 0.1.0 (schema 1) with the test passphrase.
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.ahv"));
    REQUIRE(QFile::copy(QStringLiteral(ADVICEHUB_TEST_DATA_DIR "/vault-v1.ahv"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto vault = test::openVault(path);
    CHECK(vault->info().schemaVersion == db::Migrator::latestVersion());
    CHECK(vault->connection().queryInt("SELECT count(*) FROM states") == 195);
    CHECK(vault->checkIntegrity()->isEmpty());
}

TEST_CASE("changing the passphrase")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.ahv"));
    auto vault = test::createVault(path);
    vault->connection().execute("UPDATE partners SET notes = 'survives rekey' WHERE id = 2");

    SECTION("the new passphrase opens the vault and the old one no longer does")
    {
        const QByteArray saltBefore = test::readFile(path).left(16);
        REQUIRE(vault->changePassphrase(test::passphrase(), test::passphrase(test::OtherPassphrase)).ok());
        CHECK(vault->isOpen());
        CHECK(vault->connection().queryText("SELECT notes FROM partners WHERE id = 2")
            == QStringLiteral("survives rekey"));
        vault.reset();
        CHECK(test::readFile(path).left(16) == saltBefore); // same salt, same KDF profile
        CHECK(Vault::open(path, test::passphrase()).code() == ErrorCode::WrongPassphrase);
        auto reopened = test::openVault(path, test::OtherPassphrase);
        CHECK(reopened->connection().queryText("SELECT notes FROM partners WHERE id = 2")
            == QStringLiteral("survives rekey"));
        CHECK(reopened->checkIntegrity()->isEmpty());
    }
    SECTION("a wrong current passphrase changes nothing")
    {
        const Status status = vault->changePassphrase(
            test::passphrase(test::OtherPassphrase), test::passphrase("brand new harbour phrase 99"));
        REQUIRE_FALSE(status.ok());
        CHECK(status.code() == ErrorCode::WrongPassphrase);
        vault.reset();
        test::openVault(path);
    }
    SECTION("the same passphrase again is refused")
    {
        CHECK(vault->changePassphrase(test::passphrase(), test::passphrase()).code() == ErrorCode::InvalidInput);
    }
    SECTION("an empty new passphrase is refused")
    {
        CHECK(vault->changePassphrase(test::passphrase(), crypto::SecureBuffer()).code() == ErrorCode::InvalidInput);
    }
}

TEST_CASE("a vault can be open only once at a time")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.ahv"));
    test::createVault(path);

    SECTION("a second open in the same process is refused until the first is closed")
    {
        auto first = test::openVault(path);
        auto second = Vault::open(path, test::passphrase());
        REQUIRE_FALSE(second.ok());
        CHECK(second.code() == ErrorCode::AlreadyOpen);
        CHECK(first->connection().queryInt("SELECT count(*) FROM states") == 195); // first unaffected
        first.reset();
        test::openVault(path);
    }
    SECTION("an open held by another process is refused")
    {
        int ready[2];
        int release[2];
        REQUIRE(::pipe(ready) == 0);
        REQUIRE(::pipe(release) == 0);
        const QByteArray encoded = QFile::encodeName(path);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // Another Advice Hub process holding the vault: the same exclusive flock.
            const int fd = ::open(encoded.constData(), O_RDWR);
            const char ok = (fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0) ? '1' : '0';
            (void)!::write(ready[1], &ok, 1);
            char buffer;
            (void)!::read(release[0], &buffer, 1);
            ::_exit(0);
        }
        char ok = 0;
        REQUIRE(::read(ready[0], &ok, 1) == 1);
        REQUIRE(ok == '1');
        const QByteArray before = test::fileDigest(path);
        auto refused = Vault::open(path, test::passphrase());
        CHECK(refused.code() == ErrorCode::AlreadyOpen);
        CHECK(test::fileDigest(path) == before);
        REQUIRE(::write(release[1], "x", 1) == 1);
        int status = 0;
        ::waitpid(child, &status, 0);
        for (int fd : { ready[0], ready[1], release[0], release[1] })
            ::close(fd);
        test::openVault(path); // free again once the other process is gone
    }
}

} // namespace vault_test
