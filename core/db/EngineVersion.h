#pragma once

#include <QString>

namespace advicehub::db {

// The database engine as loaded at run time (from the system's packages).
struct EngineVersion {
    QString sqlcipher; // e.g. "3.4.1"; empty if it cannot be read (plain SQLite loaded)
    QString sqlite; // e.g. "3.15.2"
};

// Asks a throwaway in-memory connection; no vault is involved.
EngineVersion engineVersion();

} // namespace advicehub::db
