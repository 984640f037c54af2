#include "demo/DemoVault.h"

#include "crypto/SecureBuffer.h"
#include "db/DbError.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace advicehub::demo {

QString defaultDemoVaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.ahv"));
}

Result<std::unique_ptr<Vault>> createDemoVault(const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io);
    Result<std::unique_ptr<Vault>> vault
        = Vault::create(path, crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(DemoPassphrase)));
    if (!vault)
        return vault;
    const Status populated = populateDemoData(*vault.value());
    if (!populated) {
        vault.value()->close();
        QFile::remove(path);
        return populated.error();
    }
    return vault;
}

Status populateDemoData(Vault& vault)
{
    try {
        db::Transaction transaction(vault.connection());
        // Reference data is seeded by every new vault; the fictional case records are added here
        // as the features that hold them exist.
        transaction.commit();
        return {};
    } catch (const db::DbError& e) {
        return db::toError(e);
    }
}

} // namespace advicehub::demo
