#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"

#include <QString>

namespace advicehub::vault {

// The SQLCipher page size of every vault, on SQLCipher 3.x and 4.x alike.
inline constexpr int PageSize = 4096;

// A vault file held open for the lifetime of a Vault: an exclusive flock(2) on it keeps other
// processes (a second GUI, the CLI) out, and a per-process registry keeps a second Vault in
// the same process out. The descriptor is closed only after SQLite has closed the database,
// because closing any descriptor of a file drops the process's POSIX locks on it.
class VaultFile {
public:
    // Opens and locks an existing file and checks that it starts like a vault. Errors:
    // NotFound, PermissionDenied, NotAVault (folder, empty file, plain SQLite, random bytes),
    // Damaged (truncated), AlreadyOpen.
    static Result<VaultFile> openExisting(const QString& path);
    // Creates a new, empty file (0600) and locks it. Never replaces an existing file.
    static Result<VaultFile> createNew(const QString& path);
    // Deletes a file left behind by an interrupted operation (e.g. a killed backup), unless a
    // live process, this one included, still holds it. True if it was deleted.
    static bool removeIfAbandoned(const QString& path);

    VaultFile(VaultFile&& other) noexcept;
    VaultFile& operator=(VaultFile&& other) noexcept;
    VaultFile(const VaultFile&) = delete;
    VaultFile& operator=(const VaultFile&) = delete;
    ~VaultFile();

    const QString& path() const { return m_path; }
    // The salt read from the file header (openExisting only).
    const std::optional<crypto::VaultSalt>& salt() const { return m_salt; }
    qint64 size() const;
    // The first 16 bytes of the file, read through the locked descriptor.
    QByteArray readHeader() const;
    // Makes the file's directory entry durable (after creating or renaming).
    void syncDirectory() const;
    // Makes the file's content durable (fsync), e.g. after SQLite wrote it with synchronous=OFF.
    Status sync() const;
    // Bytes still free for this user on the file's file system; -1 if unknown.
    qint64 freeSpace() const;
    // Gives the file a new name in the same folder, atomically, keeping it open and locked.
    // Without `replaceExisting` an existing file at `target` is never touched (AlreadyExists).
    Status renameTo(const QString& target, bool replaceExisting);
    // Deletes a file this object created, e.g. after a failed creation.
    void removeCreatedFile();
    void release();

private:
    VaultFile(QString path, int fd, unsigned long long device, unsigned long long inode);

    QString m_path;
    int m_fd = -1;
    unsigned long long m_device = 0;
    unsigned long long m_inode = 0;
    std::optional<crypto::VaultSalt> m_salt;
};

// Maps errno from a failed file operation to an Error.
Error fileError(int errnum);

} // namespace advicehub::vault
