#include "KillSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace advicehub::test {

namespace {

// The state letter of /proc/PID/stat (R, S, D, T, Z...); 0 once the process is gone.
char processState(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')'); // the command name may hold spaces
    return close >= 0 && close + 2 < line.size() ? line.at(close + 2) : 0;
}

} // namespace

KillWindow::KillWindow(const QString& folder, std::function<bool(const QString&)> inside)
    : m_folder(folder), m_inside(std::move(inside))
{
    m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    REQUIRE(m_inotify >= 0);
    REQUIRE(::inotify_add_watch(m_inotify, QFile::encodeName(folder).constData(), IN_CREATE | IN_MOVED_TO) >= 0);
}

KillWindow::~KillWindow()
{
    if (m_inotify >= 0)
        ::close(m_inotify);
}

bool KillWindow::present() const
{
    for (const QString& name : QDir(m_folder).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (m_inside(name))
            return true;
    }
    return false;
}

bool KillWindow::stopInside(qint64 pid, int delayMs, int timeoutMs)
{
    // Events of earlier rounds are stale.
    char buffer[4096];
    while (::read(m_inotify, buffer, sizeof buffer) > 0) { }

    QElapsedTimer timer;
    timer.start();
    bool seen = present();
    while (!seen && timer.elapsed() < timeoutMs) {
        const char state = processState(pid);
        if (state == 0 || state == 'Z')
            break; // finished without (or too fast for) the window
        pollfd watch { m_inotify, POLLIN, 0 };
        if (::poll(&watch, 1, 20) > 0) {
            const ssize_t got = ::read(m_inotify, buffer, sizeof buffer);
            for (ssize_t offset = 0; offset < got;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
                if (event->len > 0 && m_inside(QFile::decodeName(event->name))) {
                    seen = true;
                    break;
                }
                offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            }
        }
        seen = seen || present();
    }
    if (seen && delayMs > 0)
        QThread::usleep(static_cast<unsigned long>(delayMs) * 1000);
    ::kill(static_cast<pid_t>(pid), SIGSTOP);
    // kill() can return before the process has stopped: wait until the kernel says it has.
    QElapsedTimer stopping;
    stopping.start();
    char state = processState(pid);
    while (state != 'T' && state != 't' && state != 'Z' && state != 0 && stopping.elapsed() < 5000) {
        QThread::usleep(200);
        state = processState(pid);
    }
    return (state == 'T' || state == 't') && present();
}

} // namespace advicehub::test
