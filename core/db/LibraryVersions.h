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

} // namespace advicehub
