#include "vault/VaultFile.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <utility>

namespace advicehub::vault {

namespace {

struct OpenFiles {
    QMutex mutex;
    QSet<QPair<unsigned long long, unsigned long long>> files; // (device, inode)
};

OpenFiles& openFiles()
{
    static OpenFiles registry;
    return registry;
}

bool registerOpen(unsigned long long device, unsigned long long inode)
{
    OpenFiles& registry = openFiles();
    QMutexLocker lock(&registry.mutex);
    const auto key = qMakePair(device, inode);
    if (registry.files.contains(key))
        return false;
    registry.files.insert(key);
    return true;
}

bool isOpenInThisProcess(unsigned long long device, unsigned long long inode)
{
    OpenFiles& registry = openFiles();
    QMutexLocker lock(&registry.mutex);
    return registry.files.contains(qMakePair(device, inode));
}

void unregisterOpen(unsigned long long device, unsigned long long inode)
{
    OpenFiles& registry = openFiles();
    QMutexLocker lock(&registry.mutex);
    registry.files.remove(qMakePair(device, inode));
}

const char kPlainSqliteHeader[] = "SQLite format 3";

} // namespace

Error fileError(int errnum)
{
    switch (errnum) {
    case ENOENT:
    case ENOTDIR:
        return makeError(ErrorCode::NotFound, ErrorText::tr("The file or its folder does not exist."));
    case EACCES:
    case EPERM:
    case EROFS:
        return makeError(ErrorCode::PermissionDenied);
    case ENOSPC:
    case EDQUOT:
        return makeError(ErrorCode::DiskFull);
    case EEXIST:
        return makeError(ErrorCode::AlreadyExists);
    case EISDIR:
        return makeError(ErrorCode::NotAVault, ErrorText::tr("This is a folder, not an Advice Hub vault."));
    case EWOULDBLOCK:
        return makeError(ErrorCode::AlreadyOpen);
    default:
        return makeError(ErrorCode::Io);
    }
}

VaultFile::VaultFile(QString path, int fd, unsigned long long device, unsigned long long inode)
    : m_path(std::move(path)), m_fd(fd), m_device(device), m_inode(inode)
{ }

VaultFile::VaultFile(VaultFile&& other) noexcept
    : m_path(std::move(other.m_path)),
      m_fd(std::exchange(other.m_fd, -1)),
      m_device(other.m_device),
      m_inode(other.m_inode),
      m_salt(std::move(other.m_salt))
{ }

VaultFile& VaultFile::operator=(VaultFile&& other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        m_fd = std::exchange(other.m_fd, -1);
        m_device = other.m_device;
        m_inode = other.m_inode;
        m_salt = std::move(other.m_salt);
    }
    return *this;
}

VaultFile::~VaultFile()
{
    release();
}

void VaultFile::release()
{
    if (m_fd < 0)
        return;
    ::close(m_fd); // also drops the flock
    m_fd = -1;
    unregisterOpen(m_device, m_inode);
}

Result<VaultFile> VaultFile::openExisting(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    struct stat info { };
    if (::stat(encoded.constData(), &info) != 0)
        return fileError(errno);
    if (S_ISDIR(info.st_mode))
        return fileError(EISDIR);
    if (!S_ISREG(info.st_mode))
        return makeError(ErrorCode::NotAVault, ErrorText::tr("This is not a regular file."));
    // A second Vault on the same file in this process: refuse before opening another descriptor
    // (closing it would drop the first connection's locks).
    if (isOpenInThisProcess(info.st_dev, info.st_ino))
        return makeError(ErrorCode::AlreadyOpen);

    const int fd = ::open(encoded.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == EACCES && ::access(encoded.constData(), R_OK) == 0) {
            return makeError(ErrorCode::PermissionDenied,
                ErrorText::tr("The vault file is read-only. Advice Hub needs to be able to write it."));
        }
        return fileError(err);
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        return fileError(err == EWOULDBLOCK ? EWOULDBLOCK : err);
    }
    if (!registerOpen(info.st_dev, info.st_ino)) {
        ::close(fd);
        return makeError(ErrorCode::AlreadyOpen);
    }
    VaultFile file(path, fd, info.st_dev, info.st_ino);

    const qint64 size = file.size();
    if (size == 0)
        return makeError(ErrorCode::NotAVault, ErrorText::tr("The file is empty; it is not an Advice Hub vault."));
    char header[crypto::SaltSize] = {};
    const ssize_t got = ::pread(fd, header, sizeof header, 0);
    if (got < 0)
        return fileError(errno);
    if (got == static_cast<ssize_t>(sizeof header)
        && std::equal(header, header + sizeof kPlainSqliteHeader, kPlainSqliteHeader)) {
        return makeError(
            ErrorCode::NotAVault, ErrorText::tr("This is an unencrypted SQLite database, not an Advice Hub vault."));
    }
    file.m_salt = crypto::VaultSalt::fromFileHeader(QByteArrayView(header, got));
    if (!file.m_salt)
        return makeError(ErrorCode::NotAVault);
    if (size < PageSize || size % PageSize != 0) {
        return makeError(
            ErrorCode::Damaged, ErrorText::tr("The vault file is incomplete (truncated). Restore it from a backup."));
    }
    return file;
}

Result<VaultFile> VaultFile::createNew(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fileError(errno);
    struct stat info { };
    if (::fstat(fd, &info) != 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0 || !registerOpen(info.st_dev, info.st_ino)) {
        const int err = errno;
        ::close(fd);
        ::unlink(encoded.constData());
        return fileError(err ? err : EIO);
    }
    return VaultFile(path, fd, info.st_dev, info.st_ino);
}

qint64 VaultFile::size() const
{
    struct stat info { };
    if (m_fd < 0 || ::fstat(m_fd, &info) != 0)
        return -1;
    return info.st_size;
}

QByteArray VaultFile::readHeader() const
{
    QByteArray header(static_cast<qsizetype>(crypto::SaltSize), '\0');
    const ssize_t got = m_fd < 0 ? -1 : ::pread(m_fd, header.data(), static_cast<size_t>(header.size()), 0);
    header.resize(got < 0 ? 0 : static_cast<qsizetype>(got));
    return header;
}

void VaultFile::syncDirectory() const
{
    const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Status VaultFile::sync() const
{
    if (m_fd < 0)
        return makeError(ErrorCode::Internal);
    if (::fsync(m_fd) != 0)
        return fileError(errno);
    return {};
}

qint64 VaultFile::freeSpace() const
{
    struct statvfs info { };
    if (m_fd < 0 || ::fstatvfs(m_fd, &info) != 0)
        return -1;
    return static_cast<qint64>(info.f_bavail) * static_cast<qint64>(info.f_frsize);
}

Status VaultFile::renameTo(const QString& target, bool replaceExisting)
{
    if (m_fd < 0)
        return makeError(ErrorCode::Internal);
    const QByteArray from = QFile::encodeName(m_path);
    const QByteArray to = QFile::encodeName(target);
    if (replaceExisting) {
        if (::rename(from.constData(), to.constData()) != 0)
            return fileError(errno);
    } else if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) != 0) {
        if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
            return fileError(errno);
        // A file system without RENAME_NOREPLACE: a hard link is just as atomic and just as
        // unwilling to replace an existing name.
        if (::link(from.constData(), to.constData()) != 0)
            return fileError(errno);
        ::unlink(from.constData());
    }
    m_path = target;
    return {};
}

bool VaultFile::removeIfAbandoned(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    struct stat info { };
    if (::lstat(encoded.constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return false;
    // Held by this process: opening and closing another descriptor would drop SQLite's locks.
    if (isOpenInThisProcess(info.st_dev, info.st_ino))
        return false;
    const int fd = ::open(encoded.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    // Whoever writes such a file holds an exclusive flock on it until it is done; a killed
    // process holds nothing.
    bool removed = false;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
        removed = ::unlink(encoded.constData()) == 0;
    ::close(fd);
    return removed;
}

void VaultFile::removeCreatedFile()
{
    const QByteArray encoded = QFile::encodeName(m_path);
    ::unlink(encoded.constData());
    QFile::remove(m_path + QStringLiteral("-journal"));
    release();
}

} // namespace advicehub::vault
