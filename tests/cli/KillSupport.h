#pragma once

#include "TestSupport.h"

#include <QString>

#include <functional>

namespace advicehub::test {

// Proves where a SIGKILL lands. A crash test must show that its kills hit the operation it
// protects, not only the moments before or after it; random sleeps cannot, on a loaded machine.
// The evidence is a file that exists exactly while the operation is under way: SQLite's rollback
// journal (from the transaction's first write until its commit, which deletes it) or a backup's
// temporary file (until it is renamed into place).
//
// KillWindow watches a folder with inotify. stopInside() waits until such a file appears, lets
// the operation run a little longer, then freezes the process (SIGSTOP, until the kernel reports
// it stopped) and looks again: if the file is still there, the process is frozen inside the
// operation, and the SIGKILL that follows lands there. Nothing can move between the look and the
// kill.
// How many rounds a kill-at-any-moment test plays: `rounds` in the release-like build, a quarter
// of them (at least 4) under AddressSanitizer, where every child process starts and runs several
// times slower. The sanitizer run is there for memory errors on the same paths, which a quarter of
// the rounds exercises; the durability proof is the full run's. Either way each test still
// requires its proven in-transaction kills.
constexpr int killRounds(int rounds)
{
    if (!kUnderAddressSanitizer)
        return rounds;
    return rounds / 4 < 4 ? 4 : rounds / 4;
}

class KillWindow {
public:
    // `inside`: the file names (in `folder`) that exist while the operation is under way.
    KillWindow(const QString& folder, std::function<bool(const QString& name)> inside);
    ~KillWindow();
    KillWindow(const KillWindow&) = delete;
    KillWindow& operator=(const KillWindow&) = delete;

    // Waits up to `timeoutMs` for an `inside` file, then `delayMs` more, then stops `pid`. True if
    // an `inside` file existed while the process was stopped. The process stays stopped either
    // way: the caller kills it (SIGKILL works on a stopped process).
    bool stopInside(qint64 pid, int delayMs, int timeoutMs = 60000);

private:
    bool present() const;

    QString m_folder;
    std::function<bool(const QString&)> m_inside;
    int m_inotify = -1;
};

} // namespace advicehub::test
