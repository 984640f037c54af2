#include "TestSupport.h"
#include "platform/ProcessHardening.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace secure_memory_test {

using namespace advicehub;

namespace {

// A field of /proc/self/status, e.g. "VmLck" (kB) or "Dumpable".
qint64 statusField(const char* name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpression field(
        QStringLiteral("^%1:\\s*(\\d+)").arg(QLatin1String(name)), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = field.match(text);
    REQUIRE(match.hasMatch());
    return match.captured(1).toLongLong();
}

} // namespace

TEST_CASE("secure buffers are locked in memory, so secrets are not swapped out")
{
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer intercepts mlock() and does nothing; the optimised build checks this.
    // Reported by ctest as skipped (exit code 77), never as passed.
    std::fprintf(stderr, "SKIPPED under AddressSanitizer, which turns mlock() into a no-op\n");
    std::exit(77);
#endif
    const qint64 before = statusField("VmLck");
    {
        crypto::SecureBuffer key(64 * 1024);
        CHECK(statusField("VmLck") >= before + 64);
    }
    CHECK(statusField("VmLck") <= before); // unlocked (and wiped) when freed
}

TEST_CASE("a secure buffer has exactly one owner and is empty once cleared")
{
    crypto::SecureBuffer secret = crypto::SecureBuffer::fromBytes("top secret key material");
    CHECK(secret.size() == 23);
    crypto::SecureBuffer moved = std::move(secret);
    CHECK(secret.isEmpty()); // NOLINT(bugprone-use-after-move): the point of the test
    CHECK(secret.data() == nullptr);
    CHECK(QByteArray(moved.chars(), static_cast<qsizetype>(moved.size())) == "top secret key material");
    moved.clear();
    CHECK(moved.isEmpty());
    CHECK(moved.data() == nullptr);
}

TEST_CASE("passphrases are normalised, so composed and decomposed accents open the same vault")
{
    const crypto::SecureBuffer composed
        = crypto::SecureBuffer::fromPassphrase(QStringLiteral("caf\u00e9 \u00e0 Gen\u00e8ve"));
    const crypto::SecureBuffer decomposed
        = crypto::SecureBuffer::fromPassphrase(QStringLiteral("cafe\u0301 a\u0300 Gene\u0300ve"));
    CHECK(composed.equals(decomposed));
}

TEST_CASE("wiping a string overwrites the characters where they are, in every copy that shares them")
{
    // An observer shares the buffer being wiped and keeps it alive, so its bytes can be read
    // after the wipe without touching freed memory. A wipe that skipped shared data (or wiped a
    // detached copy) would leave the observer holding the secret.
    SECTION("QString")
    {
        QString text = QStringLiteral("case content to forget");
        text.detach(); // a heap buffer, as text typed or read at run time is
        const QString observer = text;
        REQUIRE(observer.isSharedWith(text));
        const qsizetype length = text.size();
        crypto::wipe(text);
        CHECK(text.isEmpty());
        CHECK(observer.size() == length);
        CHECK(observer == QString(length, QChar(0)));
    }
    SECTION("QByteArray")
    {
        QByteArray bytes("raw secret bytes");
        bytes.detach();
        const QByteArray observer = bytes;
        crypto::wipe(bytes);
        CHECK(bytes.isEmpty());
        CHECK(observer == QByteArray(16, '\0'));
    }
    SECTION("read-only static data is left alone (and holds no secret)")
    {
        QString literal = QStringLiteral("a literal in read-only memory");
        crypto::wipe(literal);
        CHECK(literal.isEmpty());
        CHECK(QStringLiteral("a literal in read-only memory").size() == 29);
    }
}

TEST_CASE("a passphrase taken into secure memory leaves the caller's copy to the caller")
{
    // fromPassphrase() wipes its own intermediate copies; an already normalised passphrase is
    // returned by Qt as the caller's own buffer, which it must not zero behind the caller's back.
    QString passphrase = QStringLiteral("already NFC, nothing to compose");
    passphrase.detach();
    const crypto::SecureBuffer secret = crypto::SecureBuffer::fromPassphrase(passphrase);
    CHECK(passphrase == QStringLiteral("already NFC, nothing to compose"));
    CHECK(QByteArray(secret.chars(), static_cast<qsizetype>(secret.size())) == "already NFC, nothing to compose");
}

TEST_CASE("the test process is hardened like the programs: not dumpable")
{
    // There is no "Dumpable" line in /proc/<pid>/status; the kernel answers PR_GET_DUMPABLE for
    // the process itself. The CLI and GUI tests observe the programs from outside.
#ifdef ADVICEHUB_ALLOW_CORE_DUMPS
    WARN("built with ADVICEHUB_ALLOW_CORE_DUMPS: core dumps are allowed on purpose");
#else
    CHECK_FALSE(platform::isProcessDumpable());
#endif
}

} // namespace secure_memory_test
