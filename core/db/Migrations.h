#pragma once

#include <functional>
#include <vector>

namespace advicehub::db {

class Connection;

// A numbered, forward-only schema change. Version n turns a vault of version n-1 into version n.
struct Migration {
    int version;
    const char* description;
    std::function<void(Connection&)> apply;
};

// Brings a vault's schema up to date. All pending migrations run in one transaction: a vault
// is either at its old version or at the new one, never in between. Throws DbError.
class Migrator {
public:
    static const std::vector<Migration>& migrations();
    static int latestVersion();
    // 0 for a database without a meta table (a brand-new, empty vault).
    static int currentVersion(Connection& connection);
    // Applies every migration above the current version up to target (default: latest).
    static void migrate(Connection& connection, int targetVersion = -1);
};

} // namespace advicehub::db
