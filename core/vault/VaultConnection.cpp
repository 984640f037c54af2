#include "vault/VaultConnection.h"

#include "crypto/Kdf.h"

#include <QStringList>

#include <stdexcept>
#include <string>

namespace advicehub::vault {

void setCipherParameters(db::Connection& connection, std::string_view schema)
{
    const std::string prefix = schema.empty() ? std::string() : std::string(schema) + '.';
    // 4096-byte pages, HMAC-SHA1 page authentication and PBKDF2-SHA1 for the HMAC key.
    // SQLCipher 3.x does not know the last two pragmas and ignores them (its defaults are those
    // values); 4.x needs them. cipher_migrate is never used.
    connection.execute("PRAGMA " + prefix + "cipher_page_size = 4096");
    connection.execute("PRAGMA " + prefix + "cipher_hmac_algorithm = HMAC_SHA1");
    connection.execute("PRAGMA " + prefix + "cipher_kdf_algorithm = PBKDF2_HMAC_SHA1");
}

void keyConnection(db::Connection& connection, const crypto::SecureBuffer& keySpec)
{
    connection.key(keySpec.chars(), static_cast<int>(crypto::RawKeySpecSize));
    setCipherParameters(connection);
    // Plain SQLite accepts PRAGMA key and silently writes a plaintext file; SQLCipher answers
    // cipher_version. Refuse to go on without it.
    if (connection.queryText("PRAGMA cipher_version").isEmpty())
        throw std::runtime_error("SQLCipher is not in use");
}

void proveKey(db::Connection& connection)
{
    // The key is right when sqlite_master can be read (page 1 decrypts and authenticates).
    connection.queryInt("SELECT count(*) FROM sqlite_master");
}

void configureConnection(db::Connection& connection)
{
    // Temporary tables and large sorts stay in memory: with a file they would spill to
    // /var/tmp in plaintext.
    connection.execute("PRAGMA temp_store = MEMORY");
    // Deleted content is overwritten, not left in free pages.
    connection.execute("PRAGMA secure_delete = ON");
    connection.execute("PRAGMA foreign_keys = ON");
    // Rollback journal + full sync: on SQLCipher 3.4.1 WAL has a bug with codec errors (fixed
    // in 4.4.2), and the journal only ever holds encrypted page images.
    connection.execute("PRAGMA journal_mode = DELETE");
    connection.execute("PRAGMA synchronous = FULL");
    // 32 MiB of decrypted pages instead of SQLite's 2 MiB: every page read from disk is
    // decrypted and authenticated, and at 100,000 queries the rows the lists filter on take
    // about 35 MiB. With the default a filter re-decrypts them on every change (2-5x slower).
    connection.execute("PRAGMA cache_size = -32768");
    if (connection.queryInt("PRAGMA temp_store") != 2)
        throw std::runtime_error("temp_store could not be set to MEMORY");
}

db::Connection connectWithKey(const QString& path, const crypto::SecureBuffer& keySpec)
{
    db::Connection connection = db::Connection::openExisting(path);
    keyConnection(connection, keySpec);
    proveKey(connection);
    configureConnection(connection);
    return connection;
}

namespace {

QByteArray quotedIdentifier(const QString& name)
{
    QByteArray utf8 = name.toUtf8();
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

} // namespace

QList<TableCount> tableCounts(db::Connection& connection, const char* schema)
{
    QStringList tables;
    {
        const QByteArray sql = QByteArray("SELECT name FROM ") + schema
            + ".sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name";
        db::Statement names = connection.prepare(std::string_view(sql.constData(), static_cast<size_t>(sql.size())));
        while (names.step())
            tables << names.text(0);
    }
    QList<TableCount> counts;
    for (const QString& table : tables) {
        // Identifiers come from the schema itself and cannot be bound; they are quoted.
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + schema + '.' + quotedIdentifier(table);
        counts.append(
            { table, connection.queryInt(std::string_view(sql.constData(), static_cast<size_t>(sql.size()))) });
    }
    return counts;
}

} // namespace advicehub::vault
