#include "TestSupport.h"
#include "platform/ProcessHardening.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

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
    WARN("SKIPPED under AddressSanitizer, which turns mlock() into a no-op");
    return;
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

TEST_CASE("wiping a string clears it and leaves other copies that share its data intact")
{
    QString text = QStringLiteral("case content to forget");
    text.detach();
    crypto::wipe(text);
    CHECK(text.isEmpty());

    // A copy shares the data: wiping one must not corrupt the other behind Qt's back.
    QString shared = QString::fromLatin1("shared secret");
    const QString copy = shared;
    crypto::wipe(shared);
    CHECK(shared.isEmpty());
    CHECK(copy == QStringLiteral("shared secret"));

    QByteArray bytes("raw secret bytes");
    bytes.detach();
    crypto::wipe(bytes);
    CHECK(bytes.isEmpty());
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
