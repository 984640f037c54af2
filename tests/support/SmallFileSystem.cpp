#include "SmallFileSystem.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace advicehub::test {

namespace {

const QString kFiller = QStringLiteral("filler.bin");

// Once per thread: a mount namespace of its own whose mounts do not propagate back.
bool enterPrivateMountNamespace(QString* whyNot)
{
    thread_local bool entered = false;
    if (entered)
        return true;
    if (::unshare(CLONE_NEWNS) != 0) {
        *whyNot = QStringLiteral("unshare(CLONE_NEWNS) failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        *whyNot = QStringLiteral("making / private failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    entered = true;
    return true;
}

} // namespace

std::unique_ptr<SmallFileSystem> SmallFileSystem::mount(qint64 bytes, QString* whyNot)
{
    if (::geteuid() != 0) {
        *whyNot = QStringLiteral("mounting a small tmpfs needs root (CAP_SYS_ADMIN)");
        return nullptr;
    }
    if (!enterPrivateMountNamespace(whyNot))
        return nullptr;
    std::unique_ptr<SmallFileSystem> fs(new SmallFileSystem);
    if (!fs->m_mountPoint.isValid()) {
        *whyNot = QStringLiteral("no temporary directory for the mount point");
        return nullptr;
    }
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    if (::mount("tmpfs", QFile::encodeName(fs->path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData())
        != 0) {
        *whyNot = QStringLiteral("mount -t tmpfs failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    fs->m_mounted = true;
    return fs;
}

SmallFileSystem::~SmallFileSystem()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(path()).constData(), MNT_DETACH);
}

qint64 SmallFileSystem::freeBytes() const
{
    struct statvfs info { };
    REQUIRE(::statvfs(QFile::encodeName(path()).constData(), &info) == 0);
    return static_cast<qint64>(info.f_bavail) * static_cast<qint64>(info.f_frsize);
}

void SmallFileSystem::fill(qint64 leaveFree)
{
    QFile filler(file(kFiller));
    REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append));
    const QByteArray block(4096, '\0');
    while (freeBytes() > leaveFree) {
        const qint64 chunk = std::min<qint64>(block.size(), freeBytes() - leaveFree);
        if (filler.write(block.constData(), chunk) != chunk || !filler.flush())
            break;
    }
    filler.close();
    REQUIRE(freeBytes() <= leaveFree + 4096);
}

void SmallFileSystem::unfill()
{
    QFile::remove(file(kFiller));
}

} // namespace advicehub::test
