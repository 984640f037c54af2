#pragma once

#include <QString>

namespace advicehub {

// Versions of the cryptographic libraries in use, for About boxes and bug reports.
struct LibraryVersions {
    QString sqlcipher; // e.g. "3.4.1" (from a throwaway in-memory connection)
    QString sqlite;
    QString sodium;
};

LibraryVersions libraryVersions();

// What `--version` prints, for both programs: "<program> <version>", then the versions of the
// libraries that hold the vault's security (SQLCipher with its SQLite, libsodium) and of Qt, as
// loaded at run time (they come from the system's packages and may differ from the build's).
QString versionText(const QString& program);

} // namespace advicehub
