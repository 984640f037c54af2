#include "vault/Vault.h"

#include "attachments/AttachmentIntegrity.h"
#include "db/DbError.h"
#include "db/Migrations.h"
#include "db/Transaction.h"
#include "vault/VaultConnection.h"

#include <QFile>
#include <QRegularExpression>
#include <QUuid>

#include <set>

namespace advicehub {

namespace {

using crypto::SecureBuffer;
using crypto::VaultSalt;

constexpr int kNotADatabase = 26; // SQLITE_NOTADB: wrong key, or page 1 not decryptable

using vault::configureConnection;
using vault::connectWithKey;
using vault::keyConnection;
using vault::proveKey;

SecureBuffer keySpecFor(const SecureBuffer& passphrase, const VaultSalt& salt, Error* error)
{
    Result<SecureBuffer> key = crypto::deriveKey(passphrase, salt);
    if (!key) {
        *error = key.error();
        return {};
    }
    return crypto::rawKeySpec(key.value(), salt);
}

// The memory the system can give without swapping (Linux's MemAvailable), or -1 if unknown.
qint64 availableMemory()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return -1;
    while (!meminfo.atEnd()) {
        const QByteArray line = meminfo.readLine().simplified();
        if (line.startsWith("MemAvailable:")) {
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            const qint64 kib = parts.size() >= 2 ? parts.at(1).toLongLong(&ok) : 0;
            return ok ? kib * 1024 : -1;
        }
    }
    return -1;
}

QString metaValue(db::Connection& connection, const char* key)
{
    db::Statement statement = connection.prepare("SELECT value FROM meta WHERE key = ?1");
    statement.bind(1, QString::fromLatin1(key));
    return statement.step() ? statement.text(0) : QString();
}

Error errorFromException(const std::exception& e)
{
    if (const auto* dbError = dynamic_cast<const db::DbError*>(&e))
        return db::toError(*dbError);
    return makeError(ErrorCode::Internal);
}

} // namespace

Vault::Vault(vault::VaultFile file, db::Connection connection, SecureBuffer keySpec, const VaultSalt& salt)
    : m_file(std::move(file)), m_connection(std::move(connection)), m_keySpec(std::move(keySpec)), m_salt(salt)
{ }

Vault::~Vault()
{
    close();
}

void Vault::close()
{
    m_connection.close(); // before the file lock goes (see VaultFile)
    m_keySpec.clear();
    m_file.release();
}

Result<std::unique_ptr<Vault>> Vault::create(
    const QString& path, const SecureBuffer& passphrase, const crypto::KdfProfile& profile)
{
    return createImpl(path, passphrase, profile, db::Migrator::latestVersion());
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const SecureBuffer& passphrase)
{
    return openImpl(path, passphrase, db::Migrator::latestVersion());
}

Result<std::unique_ptr<Vault>> Vault::openWithoutUpgrade(const QString& path, const SecureBuffer& passphrase)
{
    return openImpl(path, passphrase, 0);
}

Result<std::unique_ptr<Vault>> Vault::openWithKeySpec(const QString& path, SecureBuffer keySpec)
{
    Result<vault::VaultFile> file = vault::VaultFile::openExisting(path);
    if (!file)
        return file.error();
    // The salt part of the specification must be this file's, or SQLCipher would key the
    // connection with a salt the file does not have.
    if (keySpec.size() != crypto::RawKeySpecSize
        || QByteArray(keySpec.chars() + 2 + 2 * crypto::KeySize, 2 * crypto::SaltSize) != file->salt()->toHex()) {
        return makeError(ErrorCode::WrongPassphrase);
    }
    return openKeyed(std::move(file.value()), std::move(keySpec), db::Migrator::latestVersion());
}

Result<std::unique_ptr<Vault>> Vault::createImpl(
    const QString& path, const SecureBuffer& passphrase, const crypto::KdfProfile& profile, int schemaVersion)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, ErrorText::tr("The passphrase must not be empty."));
    Result<vault::VaultFile> file = vault::VaultFile::createNew(path);
    if (!file)
        return file.error();

    const VaultSalt salt = VaultSalt::generate(profile);
    Error error = makeError(ErrorCode::Internal);
    SecureBuffer keySpec = keySpecFor(passphrase, salt, &error);
    if (keySpec.isEmpty()) {
        file->removeCreatedFile();
        return error;
    }

    try {
        db::Connection connection = db::Connection::openExisting(path);
        keyConnection(connection, keySpec);
        configureConnection(connection);
        {
            db::Transaction transaction(connection);
            db::Migrator::migrate(connection, schemaVersion);
            db::Statement meta = connection.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)");
            meta.bindAll(QStringLiteral("vault_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            meta.execute();
            meta.bindAll(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            meta.execute();
            meta.bindAll(QStringLiteral("created_by_version"), QStringLiteral(ADVICEHUB_VERSION));
            meta.execute();
            transaction.commit();
        }
        file->syncDirectory();

        // Prove that what reached the disk is encrypted: SQLCipher writes the salt as the
        // file's first 16 bytes; a plaintext SQLite file would start "SQLite format 3".
        if (file->readHeader() != QByteArray(reinterpret_cast<const char*>(salt.bytes().data()), crypto::SaltSize))
            throw std::runtime_error("vault header is not the salt");
        return std::unique_ptr<Vault>(
            new Vault(std::move(file.value()), std::move(connection), std::move(keySpec), salt));
    } catch (const std::exception& e) {
        file->removeCreatedFile();
        return errorFromException(e);
    }
}

Result<std::unique_ptr<Vault>> Vault::openImpl(
    const QString& path, const SecureBuffer& passphrase, int maxSchemaVersion)
{
    Result<vault::VaultFile> file = vault::VaultFile::openExisting(path);
    if (!file)
        return file.error();

    Error error = makeError(ErrorCode::Internal);
    SecureBuffer keySpec = keySpecFor(passphrase, *file->salt(), &error);
    if (keySpec.isEmpty())
        return error;
    return openKeyed(std::move(file.value()), std::move(keySpec), maxSchemaVersion);
}

Result<std::unique_ptr<Vault>> Vault::openKeyed(vault::VaultFile file, SecureBuffer keySpec, int maxSchemaVersion)
{
    const VaultSalt salt = *file.salt();
    const QString path = file.path();
    try {
        db::Connection connection = db::Connection::openExisting(path);
        keyConnection(connection, keySpec);
        // The page count is in the header of page 1, which only the right key decrypts: reading
        // it tells a wrong passphrase first, then a file cut short at a page boundary (which still
        // decrypts) before anything else is read or written — a truncated vault is reported as
        // such, and never upgraded.
        qint64 pages = 0;
        try {
            pages = connection.queryInt("PRAGMA page_count");
        } catch (const db::DbError& e) {
            if (e.code() == kNotADatabase)
                return makeError(
                    ErrorCode::WrongPassphrase, ErrorText::tr("The passphrase is not correct for this vault."));
            throw;
        }
        if (pages * vault::PageSize > file.size())
            return makeError(ErrorCode::Damaged,
                ErrorText::tr("The vault file is incomplete (truncated). Restore it from a backup."));
        proveKey(connection);
        configureConnection(connection);

        const int version = db::Migrator::currentVersion(connection);
        if (version == 0) {
            return makeError(
                ErrorCode::NotAVault, ErrorText::tr("This encrypted database is not an Advice Hub vault."));
        }
        if (version > db::Migrator::latestVersion())
            return makeError(ErrorCode::NewerVersion);

        if (version < maxSchemaVersion)
            db::Migrator::migrate(connection, maxSchemaVersion);

        return std::unique_ptr<Vault>(new Vault(std::move(file), std::move(connection), std::move(keySpec), salt));
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

Status Vault::changePassphrase(const SecureBuffer& current, const SecureBuffer& next)
{
    if (!isOpen())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is locked."));
    Result<PassphraseChange> change = preparePassphraseChange(*passphraseChangeBasis(), current, next);
    if (!change)
        return change.error();
    return applyPassphraseChange(std::move(change).value());
}

std::shared_ptr<const Vault::PassphraseChangeBasis> Vault::passphraseChangeBasis() const
{
    return std::make_shared<const PassphraseChangeBasis>(PassphraseChangeBasis { m_salt, rawKeySpec() });
}

Result<Vault::PassphraseChange> Vault::preparePassphraseChange(
    const PassphraseChangeBasis& basis, const SecureBuffer& current, const SecureBuffer& next)
{
    if (next.isEmpty())
        return makeError(ErrorCode::InvalidInput, ErrorText::tr("The passphrase must not be empty."));
    Error error = makeError(ErrorCode::Internal);
    const SecureBuffer currentSpec = keySpecFor(current, basis.salt, &error);
    if (currentSpec.isEmpty())
        return error;
    if (!currentSpec.equals(basis.keySpec))
        return makeError(ErrorCode::WrongPassphrase, ErrorText::tr("The current passphrase is not correct."));
    SecureBuffer nextSpec = keySpecFor(next, basis.salt, &error);
    if (nextSpec.isEmpty())
        return error;
    if (nextSpec.equals(basis.keySpec))
        return makeError(ErrorCode::InvalidInput, ErrorText::tr("The new passphrase is the same as the current one."));
    return PassphraseChange { std::move(nextSpec) };
}

Status Vault::applyPassphraseChange(PassphraseChange change)
{
    if (!isOpen())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is locked."));
    SecureBuffer nextSpec = std::move(change.nextKeySpec);
    // The salt part of the key specification must be this vault's (rekey keeps the salt).
    if (nextSpec.size() < crypto::RawKeySpecSize
        || QByteArray(nextSpec.chars() + 2 + 2 * crypto::KeySize, 2 * crypto::SaltSize) != m_salt.toHex()) {
        return makeError(ErrorCode::Internal);
    }
    // The rekey rewrites every page inside one transaction, so the rollback journal grows to
    // about the size of the vault. SQLCipher 3.4 reports success even when the rewrite ran out
    // of space and rolled back; checking first is what lets the user hear "disk full".
    const qint64 size = m_file.size();
    const qint64 available = m_file.freeSpace();
    if (size > 0 && available >= 0 && available < size + size / 50 + 64 * 1024) {
        return makeError(ErrorCode::DiskFull,
            ErrorText::tr("The disk is full: changing the passphrase needs about %1 MB of free space next to "
                          "the vault. Nothing was changed; the vault still opens with the current passphrase.")
                .arg(qMax<qint64>(1, (size + (1 << 20) - 1) >> 20)));
    }
    Error rekeyError = makeError(ErrorCode::Io,
        ErrorText::tr("The passphrase could not be changed. The vault still opens with the current passphrase."));
    try {
        m_connection.rekey(nextSpec.chars(), static_cast<int>(crypto::RawKeySpecSize));
    } catch (const std::exception& e) {
        rekeyError = errorFromException(e);
        rekeyError.message = ErrorText::tr("The passphrase could not be changed (%1) The vault still opens "
                                           "with the current passphrase.")
                                 .arg(rekeyError.message);
    }

    // sqlite3_rekey reports success even when the rewrite rolled back: prove the new key by
    // re-opening before saying it worked. The new connection keeps the session's commit hook.
    db::Connection::BeforeCommit hook = m_connection.takeBeforeCommit();
    m_connection.close();
    try {
        m_connection = connectWithKey(path(), nextSpec);
        m_connection.setBeforeCommit(std::move(hook));
        m_keySpec = std::move(nextSpec);
        return {};
    } catch (const std::exception&) { }
    try {
        m_connection = connectWithKey(path(), m_keySpec);
        m_connection.setBeforeCommit(std::move(hook));
        return rekeyError;
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

Result<QStringList> Vault::checkIntegrity()
{
    if (!isOpen())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is locked."));
    QStringList problems;
    try {
        // SQLite stops after 100 problems by default; a badly damaged vault has more, and the
        // count the user is told must be right.
        db::Statement integrity = m_connection.prepare("PRAGMA integrity_check(1000000)");
        while (integrity.step()) {
            // One row per database: a heading, then its problems separated by line breaks.
            for (const QString& line : integrity.text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QString problem = line.trimmed();
                const bool heading
                    = problem.startsWith(QLatin1String("*** in database ")) && problem.endsWith(QLatin1String("***"));
                if (!problem.isEmpty() && !heading && problem != QLatin1String("ok"))
                    problems << problem;
            }
        }
        // SQLCipher 4.x verifies every page's HMAC; 3.4 does not know the pragma (no rows).
        db::Statement cipherCheck = m_connection.prepare("PRAGMA cipher_integrity_check");
        while (cipherCheck.step())
            problems << cipherCheck.text(0);
        db::Statement foreignKeys = m_connection.prepare("PRAGMA foreign_key_check");
        while (foreignKeys.step()) {
            problems << ErrorText::tr("Row %1 of table %2 refers to a missing row of table %3.")
                            .arg(foreignKeys.int64(1))
                            .arg(foreignKeys.text(0), foreignKeys.text(2));
        }
        foreignKeys.reset();
        // What SQLite cannot know: whether the attachments' bytes are still what was added.
        problems << attachments::AttachmentIntegrity::check(m_connection);
    } catch (const db::DbError& e) {
        problems << ErrorText::tr("A page of the vault failed authentication or is corrupt (SQLite error %1).")
                        .arg(e.extendedCode());
    }
    return problems;
}

Result<qint64> Vault::reclaimableBytes()
{
    if (!isOpen())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is locked."));
    try {
        return m_connection.queryInt("PRAGMA freelist_count") * m_connection.queryInt("PRAGMA page_size");
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
}

Result<Vault::CompactResult> Vault::compact()
{
    if (!isOpen())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is locked."));
    if (m_connection.inTransaction())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is busy; try compacting it again."));
    CompactResult result;
    result.sizeBefore = m_file.size();
    // The rollback journal of a VACUUM holds every page of the vault (encrypted) until it commits.
    const qint64 available = m_file.freeSpace();
    if (result.sizeBefore > 0 && available >= 0 && available < result.sizeBefore + result.sizeBefore / 50 + 64 * 1024) {
        return makeError(ErrorCode::DiskFull,
            ErrorText::tr("The disk is full: compacting the vault needs about %1 MB of free space next to it. "
                          "Nothing was changed.")
                .arg(qMax<qint64>(1, (result.sizeBefore + (1 << 20) - 1) >> 20)));
    }
    // The compacted copy is built in memory (see Vault.h): refused up front when it cannot fit,
    // rather than failing (or waking the out-of-memory killer) half-way.
    const Result<qint64> reclaimable = reclaimableBytes();
    if (!reclaimable)
        return reclaimable.error();
    const qint64 needed = qMax<qint64>(0, result.sizeBefore - *reclaimable);
    const qint64 memory = m_availableMemoryForTesting >= 0 ? m_availableMemoryForTesting : availableMemory();
    if (memory >= 0 && needed > memory - memory / 5) {
        return makeError(ErrorCode::NotAllowed,
            ErrorText::tr("Compacting this vault needs about %1 MB of free memory (the compacted copy is built in "
                          "memory, never in an unencrypted temporary file), and %2 MB are available. Close other "
                          "programs and try again, or make a backup: a backup is compacted, and restoring it "
                          "reclaims the space. Nothing was changed.")
                .arg(qMax<qint64>(1, (needed + (1 << 20) - 1) >> 20))
                .arg(memory >> 20));
    }
    const Error damaged = makeError(ErrorCode::Damaged,
        ErrorText::tr("The vault was compacted, but the check afterwards found problems. Run Check Integrity and "
                      "restore the latest backup if it reports damage."));
    try {
        const int version = db::Migrator::currentVersion(m_connection);
        const QList<vault::TableCount> before = vault::tableCounts(m_connection);
        m_connection.execute("VACUUM");
        if (db::Migrator::currentVersion(m_connection) != version)
            return damaged;
        if (m_connection.queryInt("PRAGMA page_count") * vault::PageSize != m_file.size())
            return damaged;
        const QList<vault::TableCount> after = vault::tableCounts(m_connection);
        if (after.size() != before.size())
            return damaged;
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (after.at(i).table != before.at(i).table || after.at(i).rows != before.at(i).rows)
                return damaged;
        }
    } catch (const std::exception& e) {
        return errorFromException(e);
    }
    const Result<QStringList> problems = checkIntegrity();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return damaged;
    result.sizeAfter = m_file.size();
    return result;
}

QString Vault::integritySummary(const QStringList& problems, int pagesShown)
{
    // SQLite names pages as "Page 60: ...", "On tree page 63 cell 0: ... starting at 84".
    static const QRegularExpression pageNumber(
        QStringLiteral("\\b(?:page|starting at)\\s+(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    std::set<qint64> pages;
    for (const QString& problem : problems) {
        QRegularExpressionMatchIterator it = pageNumber.globalMatch(problem);
        while (it.hasNext())
            pages.insert(it.next().captured(1).toLongLong());
    }
    const int count = static_cast<int>(problems.size());
    if (pages.empty())
        return ErrorText::tr("%n problem(s)", nullptr, count);
    QStringList shown;
    for (qint64 page : pages) {
        if (shown.size() == pagesShown) {
            shown << QStringLiteral("\u2026");
            break;
        }
        shown << QString::number(page);
    }
    return ErrorText::tr("%n problem(s)", nullptr, count) + QLatin1Char(' ')
        + ErrorText::tr("on %n page(s) (%1)", nullptr, static_cast<int>(pages.size()))
              .arg(shown.join(QStringLiteral(", ")));
}

QString Vault::securityWarning() const
{
    const crypto::KdfProfile& profile = m_salt.profile();
    if (!profile.forTestingOnly)
        return {};
    return ErrorText::tr("This vault was made with the key derivation meant for automated tests only (%1 MiB, %2 "
                         "pass): its passphrase can be tried far faster than on a real vault. Do not keep real cases "
                         "in it; create a new vault and import them there.")
        .arg(profile.memLimit >> 20)
        .arg(profile.opsLimit);
}

SecureBuffer Vault::rawKeySpec() const
{
    return SecureBuffer::fromBytes(QByteArrayView(m_keySpec.chars(), static_cast<qsizetype>(m_keySpec.size())));
}

VaultInfo Vault::info()
{
    VaultInfo info;
    info.path = path();
    info.fileSize = m_file.size();
    if (!isOpen())
        return info;
    try {
        info.vaultId = metaValue(m_connection, "vault_id");
        info.schemaVersion = metaValue(m_connection, "schema_version").toInt();
        info.createdAtUtc = QDateTime::fromString(metaValue(m_connection, "created_at"), Qt::ISODate);
        info.createdByVersion = metaValue(m_connection, "created_by_version");
        info.cipherVersion = m_connection.queryText("PRAGMA cipher_version");
        info.pageSize = static_cast<int>(m_connection.queryInt("PRAGMA page_size"));
    } catch (const std::exception&) {
        // info() is informational; a read failure shows up in checkIntegrity().
    }
    info.kdfProfile = QString::fromLatin1(m_salt.profile().name);
    info.kdfForTestingOnly = m_salt.profile().forTestingOnly;
    return info;
}

} // namespace advicehub
