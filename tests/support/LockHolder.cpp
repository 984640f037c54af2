#include "LockHolder.h"

#include <QFile>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace advicehub::test {

LockHolder::LockHolder(const QString& path)
{
    int ready[2];
    int release[2];
    if (::pipe2(ready, O_CLOEXEC) != 0)
        return;
    if (::pipe2(release, O_CLOEXEC) != 0) {
        ::close(ready[0]);
        ::close(ready[1]);
        return;
    }
    const QByteArray encoded = QFile::encodeName(path);
    const pid_t parent = ::getpid();
    m_child = ::fork();
    if (m_child == 0) {
        // Only async-signal-safe calls from here: the parent has threads.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
        const int devNull = ::open("/dev/null", O_RDWR);
        ::dup2(devNull, STDIN_FILENO);
        ::dup2(devNull, STDOUT_FILENO);
        ::dup2(devNull, STDERR_FILENO);
        ::close(ready[0]);
        ::close(release[1]);
        const int fd = ::open(encoded.constData(), O_RDWR);
        const char ok = (fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0) ? '1' : '0';
        (void)!::write(ready[1], &ok, 1);
        char buffer;
        (void)!::read(release[0], &buffer, 1); // returns when the parent closes its end
        ::_exit(0);
    }
    ::close(ready[1]);
    ::close(release[0]);
    m_release = release[1];
    char ok = '0';
    if (m_child > 0 && ::read(ready[0], &ok, 1) == 1)
        m_holds = ok == '1';
    ::close(ready[0]);
}

LockHolder::~LockHolder()
{
    release();
}

void LockHolder::release()
{
    if (m_release >= 0) {
        ::close(m_release);
        m_release = -1;
    }
    if (m_child > 0) {
        int status = 0;
        ::waitpid(m_child, &status, 0);
        m_child = -1;
    }
    m_holds = false;
}

} // namespace advicehub::test
