#include "platform/LibraryVersions.h"

#include "crypto/Sodium.h"
#include "db/EngineVersion.h"

#include <QtGlobal>

namespace advicehub {

LibraryVersions libraryVersions()
{
    const db::EngineVersion engine = db::engineVersion();
    LibraryVersions versions;
    versions.sqlcipher = engine.sqlcipher;
    versions.sqlite = engine.sqlite;
    versions.sodium = crypto::sodiumVersion();
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
