#include "db/Migrations.h"

#include "db/Connection.h"
#include "db/Schema.h"
#include "db/Transaction.h"

#include <stdexcept>

namespace advicehub::db {

const std::vector<Migration>& Migrator::migrations()
{
    static const std::vector<Migration> all = schemaMigrations();
    return all;
}

int Migrator::latestVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

int Migrator::currentVersion(Connection& connection)
{
    const qint64 hasMeta
        = connection.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (hasMeta == 0)
        return 0;
    Statement statement = connection.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    if (!statement.step())
        return 0;
    return statement.text(0).toInt();
}

void Migrator::migrate(Connection& connection, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    Transaction transaction(connection);
    const int current = currentVersion(connection);
    if (current > targetVersion)
        throw std::logic_error("cannot migrate a vault to an older schema version");
    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        migration.apply(connection);
        Statement setVersion
            = connection.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?1)");
        setVersion.bind(1, QString::number(migration.version));
        setVersion.execute();
    }
    transaction.commit();
}

} // namespace advicehub::db
