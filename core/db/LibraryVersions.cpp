#include "db/LibraryVersions.h"

#include "db/Sqlite.h"

#include <QtGlobal>

#include <sodium.h>

namespace advicehub {

LibraryVersions libraryVersions()
{
    LibraryVersions versions;
    versions.sqlite = QString::fromLatin1(sqlite3_libversion());
    versions.sodium = QString::fromLatin1(sodium_version_string());
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            versions.sqlcipher = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return versions;
}

QString versionText(const QString& program)
{
    const LibraryVersions versions = libraryVersions();
    const QString unknown = QStringLiteral("?");
    return QStringLiteral("%1 %2\nSQLCipher %3 (SQLite %4), libsodium %5, Qt %6\n")
        .arg(program, QStringLiteral(ADVICEHUB_VERSION), versions.sqlcipher.isEmpty() ? unknown : versions.sqlcipher,
            versions.sqlite, versions.sodium, QString::fromLatin1(qVersion()));
}

} // namespace advicehub
