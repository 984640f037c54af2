#include "Unprivileged.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace advicehub::test {

AsNobody::AsNobody()
{
    if (::geteuid() != 0)
        return;
    // glibc applies each of these to every thread of the process.
    REQUIRE(::setgroups(0, nullptr) == 0);
    REQUIRE(::setresgid(NobodyId, NobodyId, 0) == 0);
    REQUIRE(::setresuid(NobodyId, NobodyId, 0) == 0);
    m_active = true;
}

AsNobody::~AsNobody()
{
    if (!m_active)
        return;
    // The saved user id is root's, which lets the process take it back.
    const bool restored = ::setresuid(0, 0, 0) == 0 && ::setresgid(0, 0, 0) == 0;
    const gid_t rootGroup = 0;
    if (!restored || ::setgroups(1, &rootGroup) != 0)
        std::abort(); // the rest of the run would be meaningless
}

QStringList asNobodyCommand(const QString& program, const QStringList& arguments)
{
    // util-linux installs it in /usr/bin (Debian); a test environment's PATH may lack that.
    QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"),
            { QStringLiteral("/usr/bin"), QStringLiteral("/bin"), QStringLiteral("/usr/sbin"),
                QStringLiteral("/sbin") });
    if (setpriv.isEmpty())
        return {};
    return QStringList { setpriv, QStringLiteral("--reuid=%1").arg(NobodyId),
        QStringLiteral("--regid=%1").arg(NobodyId), QStringLiteral("--clear-groups"), QStringLiteral("--"), program }
    + arguments;
}

void letNobodyReach(const QString& path)
{
    // Only folders the tests made, below the temporary folder; never anything of the system.
    const QString temp = QDir(QDir::tempPath()).canonicalPath() + QLatin1Char('/');
    QDir dir = QFileInfo(path).absoluteDir();
    while (dir.canonicalPath().startsWith(temp)) {
        const QByteArray encoded = QFile::encodeName(dir.canonicalPath());
        struct stat info { };
        if (::stat(encoded.constData(), &info) == 0 && !(info.st_mode & S_IXOTH))
            ::chmod(encoded.constData(), (info.st_mode & 07777) | S_IXOTH);
        if (!dir.cdUp())
            break;
    }
}

} // namespace advicehub::test
