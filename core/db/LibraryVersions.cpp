#include "db/LibraryVersions.h"

#include "db/Sqlite.h"

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

} // namespace advicehub
