#include "db/EngineVersion.h"

#include "db/Sqlite.h"

namespace advicehub::db {

EngineVersion engineVersion()
{
    EngineVersion version;
    version.sqlite = QString::fromLatin1(sqlite3_libversion());
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            version.sqlcipher = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
}

} // namespace advicehub::db
