#pragma once

#include <QString>

#include <sys/types.h>

namespace advicehub::test {

// Another process holding an exclusive flock on a file, as a second Advice Hub program (or a
// backup still being written) does. The child dies with the test process, never holds the
// test's output pipes, and is released and reaped when this object goes, even when an
// assertion ends the test early.
class LockHolder {
public:
    explicit LockHolder(const QString& path);
    ~LockHolder();
    LockHolder(const LockHolder&) = delete;
    LockHolder& operator=(const LockHolder&) = delete;

    // True once the child holds the lock.
    bool holds() const { return m_holds; }
    // Lets the child go and waits for it.
    void release();

private:
    pid_t m_child = -1;
    int m_release = -1; // write end: closing it releases the child
    bool m_holds = false;
};

} // namespace advicehub::test
