#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "db/Connection.h"
#include "vault/VaultFile.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace advicehub {

struct VaultInfo {
    QString path;
    QString vaultId; // random identifier, not derived from any content
    int schemaVersion = 0;
    QDateTime createdAtUtc;
    QString createdByVersion; // Advice Hub version that created the vault
    QString kdfProfile; // name of the key-derivation profile
    bool kdfForTestingOnly = false;
    QString cipherVersion; // SQLCipher version in use
    qint64 fileSize = 0;
    int pageSize = 0;
};

// An open, unlocked vault: one SQLCipher database file, locked against other processes for as
// long as this object lives. Destroying it (or close()) closes the database and wipes the key.
class Vault {
public:
    // Creates a new vault file; never replaces an existing one. The standard key-derivation
    // profile is for every real vault; KdfProfile::insecureTesting() only when a test asks.
    static Result<std::unique_ptr<Vault>> create(const QString& path, const crypto::SecureBuffer& passphrase,
        const crypto::KdfProfile& profile = crypto::KdfProfile::standard());
    // Opens an existing vault and brings its schema up to date (in one transaction).
    // Nothing on disk changes unless the passphrase is right and the schema needs upgrading.
    static Result<std::unique_ptr<Vault>> open(const QString& path, const crypto::SecureBuffer& passphrase);
    // As open(), but never changes the file: an older schema is not upgraded. For reading a
    // backup, which restoring must leave exactly as it was.
    static Result<std::unique_ptr<Vault>> openWithoutUpgrade(
        const QString& path, const crypto::SecureBuffer& passphrase);
    // As open(), with the raw key specification x'<key><salt>' instead of a passphrase (no key
    // derivation). For a file this program has just written under a key it derived itself.
    static Result<std::unique_ptr<Vault>> openWithKeySpec(const QString& path, crypto::SecureBuffer keySpec);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Re-encrypts the vault under a new passphrase (same salt, same KDF profile). The current
    // passphrase must be given again. Success is reported only after the vault was closed and
    // re-opened with the new key; if that fails the old passphrase still opens it.
    Status changePassphrase(const crypto::SecureBuffer& current, const crypto::SecureBuffer& next);

    // changePassphrase() in two steps, so that a GUI can run the slow key derivations on a
    // worker thread: preparePassphraseChange() works on a copy of what it needs (the basis), so
    // it stays safe even if the vault is locked meanwhile; applyPassphraseChange() rekeys on
    // the vault's own thread.
    struct PassphraseChangeBasis {
        crypto::VaultSalt salt;
        crypto::SecureBuffer keySpec;
    };
    struct PassphraseChange {
        crypto::SecureBuffer nextKeySpec;
    };
    std::shared_ptr<const PassphraseChangeBasis> passphraseChangeBasis() const;
    static Result<PassphraseChange> preparePassphraseChange(
        const PassphraseChangeBasis& basis, const crypto::SecureBuffer& current, const crypto::SecureBuffer& next);
    Status applyPassphraseChange(PassphraseChange change);

    // PRAGMA integrity_check, cipher_integrity_check where available, foreign_key_check, and
    // every attachment read back and compared with its recorded SHA-256s (chunk by chunk and
    // whole; attachments::AttachmentIntegrity): one line per problem (SQLite's own wording for
    // its checks). An empty list means the vault is sound.
    Result<QStringList> checkIntegrity();

    // The bytes the file would shrink by if compacted: its free pages (freelist_count x
    // page_size), left by removed attachments and other deletions (overwritten with zeros by
    // secure_delete, but still part of the file).
    Result<qint64> reclaimableBytes();
    struct CompactResult {
        qint64 sizeBefore = 0;
        qint64 sizeAfter = 0;
    };
    // Vault > Compact: VACUUM into the same encrypted file (one transaction: a crash leaves the
    // vault as it was, the rollback journal holding only encrypted pages), then the verification
    // a backup gets: integrity check ok (attachments included), same schema version, same row
    // count in every table, page count matching the file. A failed verification is reported
    // (ErrorCode::Damaged) rather than called a success. Refused inside a transaction and
    // without free disk space for the journal (about the vault's size). While it runs, SQLite
    // builds the compacted copy in memory (temp_store = MEMORY: never a plaintext temporary
    // file), so it needs about the size of the vault's used pages in memory: when the system
    // has less available (MemAvailable, less a fifth for everything else), it is refused
    // before anything starts, and the message names the alternative (a backup is compacted).
    Result<CompactResult> compact();
    // For the user: how many problems, on how many pages, and the first `pagesShown` of them,
    // e.g. "37 problems on 12 pages (29, 30, 31, 33, 34, …)".
    static QString integritySummary(const QStringList& problems, int pagesShown = 5);

    // The SQLCipher raw key specification x'<key><salt>' for the stock sqlcipher shell.
    crypto::SecureBuffer rawKeySpec() const;

    VaultInfo info();
    // Empty, or a sentence for the user when the vault is weaker than a real vault must be: one
    // made with the tests' key derivation (1 MiB, 1 pass), whose passphrase can be guessed fast.
    // The CLI prints it whenever it opens such a vault; the application shows it after unlocking.
    QString securityWarning() const;
    const QString& path() const { return m_file.path(); }
    db::Connection& connection() { return m_connection; }

    void close();
    bool isOpen() const { return m_connection.isOpen(); }

private:
    // Migration tests make vaults at an older schema version through it (tests/support/
    // VaultTestAccess.h); the shipped programs have no way to.
    friend class VaultTestAccess;

    Vault(
        vault::VaultFile file, db::Connection connection, crypto::SecureBuffer keySpec, const crypto::VaultSalt& salt);

    static Result<std::unique_ptr<Vault>> openImpl(
        const QString& path, const crypto::SecureBuffer& passphrase, int maxSchemaVersion);
    static Result<std::unique_ptr<Vault>> openKeyed(
        vault::VaultFile file, crypto::SecureBuffer keySpec, int maxSchemaVersion);
    static Result<std::unique_ptr<Vault>> createImpl(const QString& path, const crypto::SecureBuffer& passphrase,
        const crypto::KdfProfile& profile, int schemaVersion);

    vault::VaultFile m_file;
    db::Connection m_connection;
    crypto::SecureBuffer m_keySpec;
    crypto::VaultSalt m_salt;
    qint64 m_availableMemoryForTesting = -1; // VaultTestAccess; -1: the system's
};

} // namespace advicehub
