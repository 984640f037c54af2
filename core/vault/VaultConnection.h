#pragma once

#include "crypto/SecureBuffer.h"
#include "db/Connection.h"

#include <QList>
#include <QString>

#include <string_view>

namespace advicehub::vault {

// How every connection to a vault file is keyed and configured: by Vault itself and by the
// backup code, which writes and verifies vault files of its own. Core-internal; these throw
// db::DbError (or std::runtime_error when SQLCipher is missing), never across the public API.

// Sets the cipher parameters that make a file identical on SQLCipher 3.4 and 4.x. `schema` is
// empty for the main database or names an attached one ("backup"): SQLCipher keeps these per
// database, and an attached database left at 3.4's default (1024-byte pages) would not open as
// a vault.
void setCipherParameters(db::Connection& connection, std::string_view schema = {});

// Keys a fresh connection with a raw key specification x'<key><salt>' and sets the cipher
// parameters; refuses a build without SQLCipher.
void keyConnection(db::Connection& connection, const crypto::SecureBuffer& keySpec);

// Reads sqlite_master: throws SQLITE_NOTADB (26) when the key is wrong or page 1 is damaged.
void proveKey(db::Connection& connection);

// The per-connection safety settings (temp_store=MEMORY, secure_delete, foreign keys,
// journal_mode=DELETE, synchronous=FULL), after the key was proven.
void configureConnection(db::Connection& connection);

// All of the above on a new connection to an existing file.
db::Connection connectWithKey(const QString& path, const crypto::SecureBuffer& keySpec);

struct TableCount {
    QString table;
    qint64 rows;
};

// Row counts of every ordinary table (virtual tables have no storage of their own; their
// shadow tables are counted), by name. `schema` is "main", or an attached database. What a
// backup and a compacted vault are verified against.
QList<TableCount> tableCounts(db::Connection& connection, const char* schema = "main");

} // namespace advicehub::vault
