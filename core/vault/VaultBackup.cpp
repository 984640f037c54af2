#include "vault/VaultBackup.h"

#include "db/DbError.h"
#include "db/Migrations.h"
#include "db/Transaction.h"
#include "vault/VaultConnection.h"
#include "vault/VaultFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>
#include <sys/stat.h>

namespace advicehub {

namespace {

using crypto::SecureBuffer;
using crypto::VaultSalt;
using vault::tableCounts;

// The schema name the backup file is attached under, on the source vault's connection.
constexpr const char* kAttachedName = "backup";

Error errorFromException(const std::exception& e)
{
    if (const auto* dbError = dynamic_cast<const db::DbError*>(&e))
        return db::toError(*dbError);
    return makeError(ErrorCode::Internal);
}

// A failure while the backup is written says what it means for the user.
Error backupError(Error error)
{
    if (error.code == ErrorCode::DiskFull) {
        error.message = ErrorText::tr("The disk is full: the backup could not be written. Nothing was left "
                                      "behind and the vault is unchanged; free some space and try again.");
    }
    return error;
}

Result<SecureBuffer> keySpecFor(const SecureBuffer& passphrase, const VaultSalt& salt)
{
    Result<SecureBuffer> key = crypto::deriveKey(passphrase, salt);
    if (!key)
        return key.error();
    return crypto::rawKeySpec(key.value(), salt);
}

SecureBuffer copyOf(const SecureBuffer& buffer)
{
    return SecureBuffer::fromBytes(QByteArrayView(buffer.chars(), static_cast<qsizetype>(buffer.size())));
}

bool sameFile(const QString& a, const QString& b)
{
    struct stat first { };
    struct stat second { };
    return ::stat(QFile::encodeName(a).constData(), &first) == 0
        && ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev
        && first.st_ino == second.st_ino;
}

QString newTemporaryPath(const QString& folder)
{
    // Random, so that it says nothing about the vault and cannot collide with a concurrent run.
    const quint64 random = QRandomGenerator::system()->generate64();
    return QDir(folder).filePath(
        QString::fromLatin1(BackupTemporaryPrefix) + QStringLiteral("%1.tmp").arg(random, 16, 16, QLatin1Char('0')));
}

// Detaches the backup file from the source connection however the export ends.
class AttachedBackup {
public:
    explicit AttachedBackup(db::Connection& connection) : m_connection(connection) { }
    AttachedBackup(const AttachedBackup&) = delete;
    AttachedBackup& operator=(const AttachedBackup&) = delete;
    ~AttachedBackup()
    {
        if (!m_attached)
            return;
        try {
            detach();
        } catch (...) {
            // The connection drops the attachment when it closes in any case.
        }
    }
    void detach()
    {
        m_attached = false;
        m_connection.execute("DETACH DATABASE backup");
    }

private:
    db::Connection& m_connection;
    bool m_attached = true;
};

const QRegularExpression& automaticNamePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^AdviceHub-backup-(?:(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)|(\\d{4}-\\d{2}-\\d{2} "
                       "\\d{2}\\.\\d{2}\\.\\d{2}))(?:-(\\d+))?\\.ahv$"));
    return pattern;
}

// The time in an automatic backup's name: UTC in the names made before December 2026
// ("2026-11-22T101500Z"), local time since ("2026-12-07 09.42.15").
QDateTime automaticNameTime(const QRegularExpressionMatch& match)
{
    if (!match.captured(1).isEmpty()) {
        QDateTime utc = QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'"));
        utc.setTimeSpec(Qt::UTC);
        return utc;
    }
    return QDateTime::fromString(match.captured(2), QStringLiteral("yyyy-MM-dd HH.mm.ss")).toUTC();
}

QByteArray fileHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(static_cast<qint64>(crypto::SaltSize));
}

} // namespace

struct PendingBackup::State {
    State(vault::VaultFile temporary, BackupKey backupKey, QString target, BackupOptions backupOptions)
        : file(std::move(temporary)),
          key(std::move(backupKey)),
          targetPath(std::move(target)),
          options(std::move(backupOptions))
    { }
    ~State()
    {
        if (!committed)
            file.removeCreatedFile();
    }
    Status step(BackupStep done) const { return options.failAfter ? options.failAfter(done) : Status(); }

    vault::VaultFile file;
    BackupKey key;
    QString targetPath;
    BackupOptions options;
    int schemaVersion = 0;
    QList<vault::TableCount> counts;
    bool committed = false;
};

PendingBackup::PendingBackup(std::unique_ptr<State> state) : m_state(std::move(state))
{ }
PendingBackup::PendingBackup(PendingBackup&& other) noexcept = default;
PendingBackup& PendingBackup::operator=(PendingBackup&& other) noexcept = default;
PendingBackup::~PendingBackup() = default;

const QString& PendingBackup::targetPath() const
{
    return m_state->targetPath;
}

Result<BackupKey> prepareBackupKey(const Vault::PassphraseChangeBasis& basis, const SecureBuffer& currentPassphrase,
    const SecureBuffer* backupPassphrase)
{
    Result<SecureBuffer> currentSpec = keySpecFor(currentPassphrase, basis.salt);
    if (!currentSpec)
        return currentSpec.error();
    if (!currentSpec->equals(basis.keySpec))
        return makeError(ErrorCode::WrongPassphrase, ErrorText::tr("The vault's passphrase is not correct."));
    const SecureBuffer& passphrase = backupPassphrase ? *backupPassphrase : currentPassphrase;
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, ErrorText::tr("The passphrase must not be empty."));
    // A fresh salt: the backup's key shares nothing with the vault's, even under the same
    // passphrase, and a later passphrase change of either leaves the other alone.
    const VaultSalt salt = VaultSalt::generate(basis.salt.profile());
    Result<SecureBuffer> spec = keySpecFor(passphrase, salt);
    if (!spec)
        return spec.error();
    return BackupKey { salt, std::move(spec).value() };
}

BackupKey currentKeyForBackup(const Vault& vault)
{
    const auto basis = vault.passphraseChangeBasis();
    return BackupKey { basis->salt, copyOf(basis->keySpec) };
}

Result<PendingBackup> writeBackup(Vault& vault, const QString& targetPath, BackupKey key, BackupOptions options)
{
    if (!vault.isOpen())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is locked."));
    db::Connection& connection = vault.connection();
    if (connection.inTransaction())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is busy; try the backup again."));
    if (key.keySpec.size() != crypto::RawKeySpecSize)
        return makeError(ErrorCode::Internal);

    const QFileInfo target(targetPath);
    const QString absoluteTarget = target.absoluteFilePath();
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound, ErrorText::tr("The folder for the backup does not exist."));
    if (target.exists() || target.isSymLink()) {
        if (target.isDir())
            return makeError(ErrorCode::AlreadyExists, ErrorText::tr("A folder already exists at this location."));
        if (sameFile(absoluteTarget, vault.path()))
            return makeError(
                ErrorCode::NotAllowed, ErrorText::tr("A backup cannot replace the vault it is made from."));
        if (!options.replaceExisting)
            return makeError(ErrorCode::AlreadyExists);
    }

    removeStaleBackupFiles(folder);
    Result<vault::VaultFile> temporary = vault::VaultFile::createNew(newTemporaryPath(folder));
    if (!temporary)
        return backupError(temporary.error());
    auto state = std::make_unique<PendingBackup::State>(
        std::move(temporary.value()), std::move(key), absoluteTarget, std::move(options));
    if (Status failed = state->step(BackupStep::TemporaryCreated); !failed)
        return failed.error();

    try {
        {
            // ATTACH without KEY would write a plaintext file: the key is always given, bound
            // (never spliced into the SQL) and never copied into SQLite's heap.
            db::Statement attach = connection.prepare("ATTACH DATABASE ?1 AS backup KEY ?2");
            attach.bind(1, state->file.path());
            attach.bindSecret(2, state->key.keySpec.chars(), static_cast<int>(crypto::RawKeySpecSize));
            attach.execute();
        }
        AttachedBackup attached(connection);
        vault::setCipherParameters(connection, kAttachedName);
        // The temporary file is deleted on any failure, so it needs no rollback journal (and
        // leaves none beside the target); it is fsynced once, when complete.
        connection.execute("PRAGMA backup.journal_mode = OFF");
        connection.execute("PRAGMA backup.synchronous = OFF");
        {
            // The rows sqlcipher_export writes go to the attached backup, not the vault: the
            // session's work for real changes of the vault (the last adviser) must not run.
            const db::Connection::BeforeCommit hook = connection.takeBeforeCommit();
            const auto restore = qScopeGuard([&connection, &hook] { connection.setBeforeCommit(hook); });
            // One read transaction: the counts and the export see the same snapshot.
            db::Transaction snapshot(connection, db::Transaction::Kind::Deferred);
            state->schemaVersion = db::Migrator::currentVersion(connection);
            state->counts = tableCounts(connection, "main");
            connection.queryText("SELECT sqlcipher_export('backup')");
            snapshot.commit();
        }
        attached.detach();
    } catch (const std::exception& e) {
        return backupError(errorFromException(e));
    }
    if (Status failed = state->step(BackupStep::Exported); !failed)
        return failed.error();

    if (Status synced = state->file.sync(); !synced)
        return backupError(synced.error());
    if (Status failed = state->step(BackupStep::Synced); !failed)
        return failed.error();
    return PendingBackup(std::move(state));
}

Status PendingBackup::commit()
{
    if (!m_state || m_state->committed)
        return makeError(ErrorCode::Internal);
    State& state = *m_state;
    const Error damaged = makeError(
        ErrorCode::Damaged, ErrorText::tr("The backup could not be verified after writing it, so it was deleted."));
    try {
        db::Connection check = vault::connectWithKey(state.file.path(), state.key.keySpec);
        // Encrypted under the backup's own salt, not a plaintext SQLite file.
        const auto& salt = state.key.salt.bytes();
        if (state.file.readHeader() != QByteArray(reinterpret_cast<const char*>(salt.data()), crypto::SaltSize))
            return damaged;
        if (db::Migrator::currentVersion(check) != state.schemaVersion)
            return damaged;
        if (check.queryInt("PRAGMA page_count") * vault::PageSize != state.file.size())
            return damaged;
        db::Statement integrity = check.prepare("PRAGMA integrity_check");
        while (integrity.step()) {
            if (integrity.text(0) != QLatin1String("ok"))
                return damaged;
        }
        const QList<vault::TableCount> counts = tableCounts(check, "main");
        if (counts.size() != state.counts.size())
            return damaged;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            if (counts.at(i).table != state.counts.at(i).table || counts.at(i).rows != state.counts.at(i).rows)
                return damaged;
        }
    } catch (const std::exception& e) {
        Error error = backupError(errorFromException(e));
        if (error.code != ErrorCode::DiskFull)
            return damaged;
        return error;
    }
    if (Status failed = state.step(BackupStep::Verified); !failed)
        return failed.error();

    if (Status renamed = state.file.renameTo(state.targetPath, state.options.replaceExisting); !renamed)
        return renamed.error();
    state.file.syncDirectory();
    state.committed = true;
    state.file.release();
    return {};
}

Status backupVault(Vault& vault, const QString& targetPath, const SecureBuffer& currentPassphrase,
    const SecureBuffer* backupPassphrase, BackupOptions options)
{
    if (!vault.isOpen())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is locked."));
    Result<BackupKey> key = prepareBackupKey(*vault.passphraseChangeBasis(), currentPassphrase, backupPassphrase);
    if (!key)
        return key.error();
    Result<PendingBackup> pending = writeBackup(vault, targetPath, std::move(key).value(), std::move(options));
    if (!pending)
        return pending.error();
    return pending->commit();
}

Result<std::unique_ptr<Vault>> restoreVault(
    const QString& backupPath, const SecureBuffer& backupPassphrase, const QString& newVaultPath)
{
    const QFileInfo target(newVaultPath);
    if (target.exists() || target.isSymLink()) {
        return makeError(ErrorCode::AlreadyExists,
            ErrorText::tr("A file already exists where the restored vault should go; a restore never replaces a "
                          "file. Choose a new name."));
    }
    Result<std::unique_ptr<Vault>> source = Vault::openWithoutUpgrade(backupPath, backupPassphrase);
    if (!source)
        return source.error();
    Result<QStringList> problems = source.value()->checkIntegrity();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        return makeError(ErrorCode::Damaged,
            ErrorText::tr("The backup is damaged (%n problem(s)); nothing was restored.", nullptr,
                static_cast<int>(problems->size())));
    }

    const VaultSalt salt = VaultSalt::generate(source.value()->passphraseChangeBasis()->salt.profile());
    Result<SecureBuffer> spec = keySpecFor(backupPassphrase, salt);
    if (!spec)
        return spec.error();
    SecureBuffer openSpec = copyOf(spec.value());
    Result<PendingBackup> pending
        = writeBackup(*source.value(), newVaultPath, BackupKey { salt, std::move(spec).value() });
    if (!pending)
        return pending.error();
    if (Status committed = pending->commit(); !committed)
        return committed.error();
    source.value()->close();
    return Vault::openWithKeySpec(newVaultPath, std::move(openSpec));
}

QString automaticBackupFileName(const QDateTime& time, int sequence)
{
    const QString stamp = time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss"));
    return sequence <= 1 ? QStringLiteral("AdviceHub-backup-%1.ahv").arg(stamp)
                         : QStringLiteral("AdviceHub-backup-%1-%2.ahv").arg(stamp).arg(sequence);
}

Result<AutomaticBackup> makeAutomaticBackup(Vault& vault, const QString& folder, int keep, const Clock& clock)
{
    if (!vault.isOpen())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is locked."));
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound, ErrorText::tr("The folder for automatic backups does not exist."));
    const QDir dir(folder);
    const QDateTime now = clock.nowUtc();
    QString path = dir.absoluteFilePath(automaticBackupFileName(now));
    for (int sequence = 2; QFileInfo::exists(path); ++sequence)
        path = dir.absoluteFilePath(automaticBackupFileName(now, sequence));

    const auto basis = vault.passphraseChangeBasis();
    const QByteArray ownHeader(reinterpret_cast<const char*>(basis->salt.bytes().data()), crypto::SaltSize);
    Result<PendingBackup> pending = writeBackup(vault, path, currentKeyForBackup(vault));
    if (!pending)
        return pending.error();
    if (Status committed = pending->commit(); !committed)
        return committed.error();

    struct Candidate {
        QString name;
        QDateTime time;
        int sequence;
    };
    // The older automatic backups of this vault; the new one is kept whatever the clock says.
    QList<Candidate> ours;
    const QString newName = QFileInfo(path).fileName();
    const QStringList names = dir.entryList({ QStringLiteral("AdviceHub-backup-*.ahv") }, QDir::Files);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = automaticNamePattern().match(name);
        if (name == newName || !match.hasMatch() || fileHeader(dir.filePath(name)) != ownHeader)
            continue;
        ours.append({ name, automaticNameTime(match), match.captured(3).isEmpty() ? 1 : match.captured(3).toInt() });
    }
    std::sort(ours.begin(), ours.end(), [](const Candidate& a, const Candidate& b) {
        return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
    });
    AutomaticBackup result { path, {} };
    for (qsizetype i = std::max(1, keep) - 1; i < ours.size(); ++i) {
        if (QFile::remove(dir.filePath(ours.at(i).name)))
            result.removed << dir.absoluteFilePath(ours.at(i).name);
    }
    return result;
}

QString defaultBackupFolder(const QString& vaultPath)
{
    return QFileInfo(vaultPath).absoluteDir().filePath(QStringLiteral("Backups"));
}

Status ensureBackupFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return {};
    if (info.exists() || info.isSymLink()) {
        return makeError(ErrorCode::AlreadyExists,
            ErrorText::tr("A file is in the way of the backups folder %1.").arg(QDir::toNativeSeparators(folder)));
    }
    // Only the folder itself is made, readable by its owner alone: a missing parent means a
    // wrong path (or a drive not mounted), which is reported rather than created.
    if (!QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        return makeError(ErrorCode::NotFound,
            ErrorText::tr("The backups folder %1 could not be created.").arg(QDir::toNativeSeparators(folder)));
    }
    return {};
}

int removeStaleBackupFiles(const QString& folder)
{
    const QDir dir(folder);
    const QString prefix = QString::fromLatin1(BackupTemporaryPrefix);
    int removed = 0;
    const QStringList names
        = dir.entryList({ prefix + QStringLiteral("*.tmp") }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        if (vault::VaultFile::removeIfAbandoned(dir.filePath(name)))
            ++removed;
    }
    // A journal is never written for a temporary file (journal_mode=OFF); one whose file is
    // gone can only be debris.
    const QStringList journals
        = dir.entryList({ prefix + QStringLiteral("*.tmp-journal") }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : journals) {
        if (!QFileInfo::exists(dir.filePath(name.chopped(8))) && QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace advicehub
