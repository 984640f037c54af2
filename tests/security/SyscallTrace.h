#pragma once

#include <QString>
#include <QStringList>

namespace advicehub::test {

// What the traced processes wrote, read from an `strace -f -y` log (SecurityTestMain runs the
// test binary under strace; scripts/trace-files runs it under its own). Only successful calls
// count; paths are absolute: strace -y prints the path behind every descriptor (the directory
// of an *at() call, the file an open returned), and plain relative paths are resolved against
// the process's working directory (the start directory, or the last chdir() it made).
struct TracedWrites {
    // Files opened for writing (O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND), created, or
    // renamed or linked into place.
    QStringList files;
    // Directories created.
    QStringList directories;
    // Every path that appears in a traced call, unnamed O_TMPFILE files and symbolic-link
    // targets included: names are written to disk too.
    QStringList names;
    // Syscall lines understood; zero means the log is not what the parser expects.
    int calls = 0;
};

// The strace options the parser expects, for SecurityTestMain.
QStringList straceArguments(const QString& logPath);

TracedWrites parseTrace(const QString& logPath, const QString& startDirectory);

} // namespace advicehub::test
