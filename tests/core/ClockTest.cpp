#include "common/Clock.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sched.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace clock_test {

using namespace advicehub;

namespace {

qint64 readMs(clockid_t clock)
{
    timespec now {};
    REQUIRE(::clock_gettime(clock, &now) == 0);
    return qint64 { now.tv_sec } * 1000 + now.tv_nsec / 1000000;
}

} // namespace

TEST_CASE("the system clock's idle time is CLOCK_BOOTTIME, which keeps counting while the computer is suspended")
{
    const SystemClock clock;
    const qint64 before = readMs(CLOCK_BOOTTIME);
    const qint64 ours = clock.monotonicMs();
    const qint64 after = readMs(CLOCK_BOOTTIME);
    CHECK(before <= ours);
    CHECK(ours <= after);
}

TEST_CASE("time spent suspended counts: where the boot clock is 100 days ahead of the monotonic clock, so is the "
          "idle clock")
{
    // A time namespace whose CLOCK_BOOTTIME is ahead of CLOCK_MONOTONIC by a large offset is
    // exactly what a machine that was suspended that long looks like. Only children enter the
    // namespace, so the clock is read in a forked child.
    constexpr long long kSuspendedSeconds = 100LL * 24 * 3600;
    if (::unshare(CLONE_NEWTIME) != 0) {
        std::fprintf(stderr, "SKIPPED: no time namespace here (unshare(CLONE_NEWTIME): %s); needs CAP_SYS_ADMIN\n",
            std::strerror(errno));
        std::exit(77);
    }
    {
        FILE* offsets = std::fopen("/proc/self/timens_offsets", "w");
        REQUIRE(offsets != nullptr);
        std::fprintf(offsets, "boottime %lld 0\n", kSuspendedSeconds);
        REQUIRE(std::fclose(offsets) == 0);
    }
    int pipeFds[2];
    REQUIRE(::pipe(pipeFds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(pipeFds[0]);
        timespec monotonic {};
        ::clock_gettime(CLOCK_MONOTONIC, &monotonic);
        const long long values[2] = { static_cast<long long>(SystemClock().monotonicMs()),
            static_cast<long long>(monotonic.tv_sec) * 1000 + monotonic.tv_nsec / 1000000 };
        const bool written = ::write(pipeFds[1], values, sizeof values) == static_cast<ssize_t>(sizeof values);
        ::_exit(written ? 0 : 1);
    }
    ::close(pipeFds[1]);
    long long values[2] = { 0, 0 };
    const ssize_t got = ::read(pipeFds[0], values, sizeof values);
    ::close(pipeFds[0]);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(got == static_cast<ssize_t>(sizeof values));
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    INFO("idle clock " << values[0] << " ms, monotonic clock " << values[1] << " ms");
    CHECK(values[0] - values[1] >= kSuspendedSeconds * 1000);
}

} // namespace clock_test
