#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace advicehub {

// Encrypted backups. A backup is a second vault file with the same content, written with
// sqlcipher_export (never a copy of the open file, which could catch a page half-written) into
// a temporary file beside its target, made durable, verified by opening it with its own key,
// and only then renamed into place. There is never a file under the final name that is not a
// complete, verified vault; a failure at any step removes the temporary file, and one left by a
// killed process is removed by the next backup into the same folder.

// What a backup is encrypted with: its own salt (the backup file's first 16 bytes) and the raw
// key specification derived for it.
struct BackupKey {
    crypto::VaultSalt salt;
    crypto::SecureBuffer keySpec;
};

// The steps of writing a backup, in order. Tests make each one fail in turn.
enum class BackupStep { TemporaryCreated, Exported, Synced, Verified };

struct BackupOptions {
    // Replace a file already at the target (atomically, by rename). Off unless the user asked
    // for it: a backup never overwrites anything by default, and never the vault itself.
    bool replaceExisting = false;
    // Test support: called after each step; an error returned makes the backup fail there.
    std::function<Status(BackupStep)> failAfter;
};

// The name prefix of the temporary files, in the target's folder. Never derived from content.
inline constexpr const char* BackupTemporaryPrefix = ".advicehub-backup-";

class PendingBackup;

// Step 1 (any thread; two key derivations, about 1 s with the standard profile). Checks the
// vault's current passphrase against `basis` and derives the backup's key under a fresh salt
// with the vault's key-derivation profile, from `backupPassphrase` (null: the same passphrase).
// The current passphrase is required even for a backup under the same passphrase: a backup
// hands the whole vault to whoever knows its passphrase, so an unattended unlocked window must
// not be enough to make one, least of all under a passphrase of the visitor's choosing.
Result<BackupKey> prepareBackupKey(const Vault::PassphraseChangeBasis& basis,
    const crypto::SecureBuffer& currentPassphrase, const crypto::SecureBuffer* backupPassphrase);

// The vault's own key and salt, for automatic backups made when no passphrase is at hand
// (on lock and exit). Such a backup opens with the passphrase the vault had when it was made.
BackupKey currentKeyForBackup(const Vault& vault);

// Step 2 (the vault's own thread: it reads through the vault's connection). Exports the vault
// into a new temporary file beside `targetPath` and makes it durable.
Result<PendingBackup> writeBackup(Vault& vault, const QString& targetPath, BackupKey key, BackupOptions options = {});

// A backup written to its temporary file, not yet verified nor in place. Destroying it before a
// successful commit() removes the temporary file.
class PendingBackup {
public:
    PendingBackup(PendingBackup&& other) noexcept;
    PendingBackup& operator=(PendingBackup&& other) noexcept;
    PendingBackup(const PendingBackup&) = delete;
    PendingBackup& operator=(const PendingBackup&) = delete;
    ~PendingBackup();

    // Step 3 (any thread: it touches only the new file, never the source vault). Opens the
    // temporary file with its key, checks that it is encrypted under the backup's salt, that
    // integrity_check is ok and that the schema version and every table's row count equal the
    // source's; then renames it to the target and syncs the folder. Once only.
    Status commit();
    const QString& targetPath() const;

private:
    friend Result<PendingBackup> writeBackup(Vault&, const QString&, BackupKey, BackupOptions);
    struct State;
    explicit PendingBackup(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

// The three steps in one, on the calling thread.
Status backupVault(Vault& vault, const QString& targetPath, const crypto::SecureBuffer& currentPassphrase,
    const crypto::SecureBuffer* backupPassphrase, BackupOptions options = {});

// Restores a backup into a new vault file (never over an existing file, so never over an open
// vault) and returns it open. The backup is opened with its passphrase and checked first, and
// is left exactly as it was; the restored vault keeps the backup's passphrase and
// key-derivation profile under a fresh salt, and its schema is brought up to date.
Result<std::unique_ptr<Vault>> restoreVault(
    const QString& backupPath, const crypto::SecureBuffer& backupPassphrase, const QString& newVaultPath);

// Automatic backups, kept in one folder. File names hold the time only, in local time and
// without ':' (valid on every file system), e.g. "AdviceHub-backup-2026-12-07 09.42.15.ahv",
// never anything read from the vault. The manual backup suggests the same name.
QString automaticBackupFileName(const QDateTime& time, int sequence = 1);

// The folder automatic backups go to unless the user chose one: "Backups" beside the vault.
QString defaultBackupFolder(const QString& vaultPath);
// Creates `folder` (owner-only, 0700) if it does not exist; its parent must exist.
Status ensureBackupFolder(const QString& folder);

struct AutomaticBackup {
    QString path; // the new backup
    QStringList removed; // older automatic backups of the same vault removed to keep `keep`
};

// Backs the vault up into `folder` with its current key (see currentKeyForBackup), then keeps
// only the `keep` newest automatic backups of this vault. Backups of other vaults and files
// made by hand are never removed: automatic backups are recognised by their name and by their
// first 16 bytes, which are this vault's salt; both the current names and the UTC names of
// earlier versions (AdviceHub-backup-2026-11-22T101500Z.ahv) are recognised.
Result<AutomaticBackup> makeAutomaticBackup(Vault& vault, const QString& folder, int keep, const Clock& clock);

// Removes the temporary files of interrupted backups (killed, crashed, power cut) in `folder`;
// files still being written by a live process are left alone. Returns how many were removed.
int removeStaleBackupFiles(const QString& folder);

} // namespace advicehub
