#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace advicehub::test {

// A tiny real file system (tmpfs) to fill up, so that disk-full tests meet a real ENOSPC rather
// than an imitation. Mounting needs root (CAP_SYS_ADMIN); the mount is made in a private mount
// namespace of the calling thread, so the rest of the machine never sees it and it vanishes
// with the process even if a test crashes. Programs started from the same thread (QProcess)
// see it.
class SmallFileSystem {
public:
    // nullptr, with the reason in `whyNot`, where the system does not allow it.
    static std::unique_ptr<SmallFileSystem> mount(qint64 bytes, QString* whyNot);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem&) = delete;
    SmallFileSystem& operator=(const SmallFileSystem&) = delete;

    QString path() const { return m_mountPoint.path(); }
    QString file(const QString& name) const { return m_mountPoint.filePath(name); }
    qint64 freeBytes() const;
    // Writes a filler file until at most `leaveFree` bytes are free.
    void fill(qint64 leaveFree);
    // Removes the filler again.
    void unfill();

private:
    SmallFileSystem() = default;
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
};

} // namespace advicehub::test
