// Entry point of the security tests. Unlike the other GUI test binaries, it does NOT turn on
// QStandardPaths' test mode and does NOT redirect QSettings: these tests want the paths the real
// application uses. Instead, HOME, the XDG directories and TMPDIR point into a private
// directory (PrivateHome) before QApplication is created, and the application's names are the
// real ones (app/main.cpp), so settings, caches and Qt's own files land where they would on a
// user's machine -- inside the fake home, where the tests can read every byte of them.
//
// To know every file the session writes outside that directory, the binary runs itself under
// strace (the desktop application runs in this process, the CLI in child processes; -f follows
// them all) and the test reads the trace (ADVICEHUB_TRACE_FILE). Without a working strace the
// test runs untraced and reports that part skipped (exit 77) rather than passed. Under a tracer
// already (scripts/trace-files), the caller's trace is used when it says where it is.
#include "CatchRunner.h"

#include "PrivateHome.h"
#include "SyscallTrace.h"
#include "platform/ProcessHardening.h"
#include "shell/ApplicationIdentity.h"

#include <QApplication>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace {

// Catch's listing and help options: no session runs, nothing to trace.
bool runsTests(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* argument = argv[i];
        if (std::strncmp(argument, "--list", 6) == 0 || std::strcmp(argument, "-l") == 0
            || std::strcmp(argument, "-h") == 0 || std::strcmp(argument, "-?") == 0
            || std::strcmp(argument, "--help") == 0)
            return false;
    }
    return true;
}

bool tracedAlready()
{
    FILE* status = std::fopen("/proc/self/status", "r");
    if (!status)
        return false;
    char line[256];
    long tracer = 0;
    while (std::fgets(line, sizeof line, status)) {
        if (std::sscanf(line, "TracerPid: %ld", &tracer) == 1)
            break;
    }
    std::fclose(status);
    return tracer != 0;
}

std::string findInPath(const char* program)
{
    const char* path = std::getenv("PATH");
    std::string folders = path ? path : "/usr/bin:/bin";
    for (std::size_t start = 0; start <= folders.size();) {
        const std::size_t end = std::min(folders.find(':', start), folders.size());
        const std::string candidate = folders.substr(start, end - start) + "/" + program;
        if (end > start && ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        start = end + 1;
    }
    return {};
}

// Runs `command` with its output discarded; true if it exited with 0.
bool succeeds(const std::vector<std::string>& command)
{
    const pid_t pid = ::fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        ::dup2(null, STDIN_FILENO);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
        std::vector<char*> argv;
        for (const std::string& part : command)
            argv.push_back(const_cast<char*>(part.c_str()));
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) { }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// Replaces this process with `strace ... this-binary ARGS`, or returns why it cannot.
std::string runUnderStrace(int argc, char** argv)
{
    const std::string strace = findInPath("strace");
    if (strace.empty())
        return "strace is not installed (scripts/install-deps)";
    const std::string probe = findInPath("true");
    if (probe.empty()
        || !succeeds({ strace, "-f", "--seccomp-bpf", "-qq", "-e", "trace=openat", "-o", "/dev/null", probe }))
        return "strace cannot trace processes here (ptrace is not permitted)";
    char self[4096];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0)
        return "the test binary's own path is unknown";
    self[length] = '\0';
    const char* base = std::getenv("TMPDIR");
    std::string folder = std::string(base && *base ? base : "/tmp") + "/advicehub-security-trace-XXXXXX";
    if (!::mkdtemp(folder.data()))
        return "no folder for the trace";
    const std::string log = folder + "/strace.log";
    ::setenv("ADVICEHUB_TRACE_FILE", log.c_str(), 1);
    ::setenv("ADVICEHUB_TRACE_DIR", folder.c_str(), 1);
    std::vector<std::string> command { strace };
    for (const QString& option : advicehub::test::straceArguments(QString::fromStdString(log)))
        command.push_back(option.toStdString());
    command.push_back("--");
    command.push_back(self);
    for (int i = 1; i < argc; ++i)
        command.push_back(argv[i]);
    std::vector<char*> arguments;
    for (std::string& part : command)
        arguments.push_back(part.data());
    arguments.push_back(nullptr);
    ::execv(strace.c_str(), arguments.data()); // strace exits with the test's exit status
    return std::string("strace could not be started: ") + std::strerror(errno);
}

} // namespace

int main(int argc, char** argv)
{
    if (runsTests(argc, argv) && qEnvironmentVariableIsEmpty("ADVICEHUB_TRACE_FILE")) {
        const std::string why = tracedAlready()
            ? std::string("traced by another program that did not set ADVICEHUB_TRACE_FILE")
            : runUnderStrace(argc, argv);
        // The test reports its traced part skipped, with this reason.
        qputenv("ADVICEHUB_TRACE_UNAVAILABLE", QByteArray::fromStdString(why));
    }
    advicehub::platform::hardenProcess();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    advicehub::test::PrivateHome::setUp();
    QStandardPaths::setTestModeEnabled(false);
    int result = 0;
    {
        QApplication application(argc, argv);
        advicehub::ui::setApplicationIdentity();
        result = advicehub::test::runCatch(argc, argv);
    }
    advicehub::test::PrivateHome::tearDown();
    const QStringList skipped = advicehub::test::PrivateHome::skippedParts();
    if (result == 0 && !skipped.isEmpty()) {
        for (const QString& part : skipped)
            std::fprintf(stderr, "SKIPPED: %s\n", qPrintable(part));
        return 77;
    }
    return result;
}
