#include "TamperedVaults.h"

#include "TestSupport.h"
#include "db/Connection.h"
#include "db/Migrations.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace advicehub::test {

namespace {

QString makeSoundVault(const QString& path)
{
    auto vault = createVault(path);
    // Enough rows to span many pages, so that later pages exist to damage.
    vault->connection().execute("CREATE TABLE filler(x TEXT); "
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                "INSERT INTO filler SELECT hex(randomblob(64)) FROM n;");
    return path;
}

void changeBytes(QByteArray& bytes, qsizetype from, qsizetype to, int count, QRandomGenerator& random)
{
    for (int i = 0; i < count; ++i) {
        const qsizetype offset = from + static_cast<qsizetype>(random.bounded(static_cast<quint32>(to - from)));
        bytes[offset] = static_cast<char>(bytes[offset] ^ (1 + random.bounded(255)));
    }
}

} // namespace

const QList<TamperCase>& refusedAtOpen()
{
    static const QList<TamperCase> cases {
        { Tampering::ChangedBytes, "bytes changed at a few offsets", ErrorCode::WrongPassphrase, 3, "not correct" },
        { Tampering::Truncated, "truncated", ErrorCode::Damaged, 4, "truncated" },
        { Tampering::Empty, "empty", ErrorCode::NotAVault, 4, "empty" },
        { Tampering::Directory, "a folder", ErrorCode::NotAVault, 4, "folder" },
        { Tampering::NoReadPermission, "no read permission", ErrorCode::PermissionDenied, 7, "does not allow" },
        { Tampering::PlainSqlite, "a plain SQLite database", ErrorCode::NotAVault, 4, "unencrypted SQLite" },
        { Tampering::RandomBytes, "random bytes", ErrorCode::NotAVault, 4, "not an Advice Hub vault" },
        { Tampering::NewerSchema, "made by a newer version", ErrorCode::NewerVersion, 6, "newer version" },
    };
    return cases;
}

QString makeTampered(const TempDir& dir, Tampering kind, const QString& name)
{
    const QString path = dir.file(name);
    QRandomGenerator random(20261122);
    switch (kind) {
    case Tampering::ChangedBytes: {
        QByteArray bytes = readFile(makeSoundVault(path));
        // Past the salt (bytes 0..15 say "vault" and would make it "not a vault" instead).
        changeBytes(bytes, 16, 4096, 1, random);
        changeBytes(bytes, 4096, bytes.size(), 3, random);
        writeFile(path, bytes);
        break;
    }
    case Tampering::ChangedDataBytes: {
        QByteArray bytes = readFile(makeSoundVault(path));
        changeBytes(bytes, bytes.size() / 2, bytes.size(), 4, random);
        writeFile(path, bytes);
        break;
    }
    case Tampering::Truncated: {
        const QByteArray bytes = readFile(makeSoundVault(path));
        writeFile(path, bytes.left(bytes.size() / 2 + 100));
        break;
    }
    case Tampering::Empty:
        writeFile(path, {});
        break;
    case Tampering::Directory:
        REQUIRE(QDir().mkpath(path));
        break;
    case Tampering::NoReadPermission:
        makeSoundVault(path);
        REQUIRE(QFile::setPermissions(path, QFileDevice::Permissions()));
        break;
    case Tampering::PlainSqlite: {
        // A real database written without a key: SQLCipher then writes plain SQLite.
        writeFile(path, {});
        db::Connection plain = db::Connection::openExisting(path);
        plain.execute("CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('plain');");
        break;
    }
    case Tampering::RandomBytes: {
        QByteArray noise(64 * 1024, '\0');
        for (auto& byte : noise)
            byte = static_cast<char>(random.bounded(256));
        noise[0] = 0x00; // not a key-derivation profile id
        writeFile(path, noise);
        break;
    }
    case Tampering::NewerSchema: {
        auto vault = createVault(path);
        db::Statement bump = vault->connection().prepare("UPDATE meta SET value = ?1 WHERE key = 'schema_version'");
        bump.bind(1, QString::number(db::Migrator::latestVersion() + 1));
        bump.execute();
        break;
    }
    }
    return path;
}

QByteArray snapshot(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QFileInfo info(path);
    hash.addData(QByteArray::number(static_cast<int>(info.permissions())));
    if (info.isDir()) {
        const QStringList entries = QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System);
        hash.addData(entries.join(QLatin1Char('/')).toUtf8());
    } else if (info.exists()) {
        QFile file(path);
        // Readable again for the digest only if the test can read it (root can).
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        hash.addData(QByteArray::number(info.size()));
    }
    for (const char* suffix : { "-journal", "-wal", "-shm" })
        hash.addData(QByteArray(QByteArray(suffix) + (QFileInfo::exists(path + QLatin1String(suffix)) ? "1" : "0")));
    return hash.result();
}

} // namespace advicehub::test
