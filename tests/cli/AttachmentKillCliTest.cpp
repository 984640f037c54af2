// Crash safety of `attachment add` (issue 12): advicehub-cli killed with SIGKILL while it writes a
// large file into the vault. The kill is proven to land mid-write: the process is frozen while
// the add's rollback journal exists AND the vault file has already grown by many chunks (the
// pages spilled from SQLite's 32 MiB cache), then killed. Afterwards the vault passes `check`,
// and holds either no attachment or the whole one (same size and SHA-256); a later add of the same
// file succeeds whole.
#include "CliTestSupport.h"
#include "KillSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace attachment_kill_cli_test {

using namespace advicehub;
using test::onVault;
using test::s;
using Run = test::CliRun;

namespace {

Run ok(const QString& vault, const QStringList& arguments)
{
    const Run run = onVault(vault, arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

} // namespace

TEST_CASE("attachment add killed mid-write leaves the vault sound with no attachment or the whole one", "[kill]")
{
    test::TempDir dir;
    REQUIRE(QDir().mkpath(dir.file(s("vault"))));
    const QString vault = test::vaultWithAdviser(dir, "vault/kill.ahv");
    const QString reference = ok(vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s("Custody registers"),
            s("--theme"), s("police_custody"), s("--received"), s("2025-06-02"), s("--request"),
            s("Registers of custody") })
                                  .out.trimmed();
    // 160 MiB of random bytes: stored as-is (no text to extract), five times SQLite's cache. After
    // the 40 MiB of the threshold, 120 MiB are left to write: more than the largest delay lasts
    // even at the raw SQLCipher write rate of the optimised build (96 MiB was finished within
    // 400 ms once the SHA-256 came from OpenSSL).
    constexpr qint64 kBytes = 160LL * 1024 * 1024;
    QByteArray content(kBytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(content.data()), content.size() / 4);
    const QString file = dir.file(s("big.bin"));
    test::writeFile(file, content);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    content.clear();

    const QString journalName = QFileInfo(vault).fileName() + s("-journal");
    const qint64 threshold = 40LL * 1024 * 1024;
    int landed = 0;
    for (int delayMs : { 0, 150, 400 }) {
        INFO("delay " << delayMs << " ms");
        const qint64 sizeBefore = QFileInfo(vault).size();
        // Inside the add, mid-write: its journal is there and the vault holds 40 MiB more pages.
        test::KillWindow window(dir.file(s("vault")), [&](const QString& name) {
            return name == journalName && QFileInfo(vault).size() >= sizeBefore + threshold;
        });
        std::unique_ptr<QProcess> process
            = test::startCli({ s("--vault"), vault, s("attachment"), s("add"), reference, file });
        process->write(test::line(test::TestPassphrase));
        process->closeWriteChannel();
        REQUIRE(process->waitForBytesWritten(5000));
        const bool inside = window.stopInside(process->processId(), delayMs);
        process->kill(); // SIGKILL, on the stopped process
        REQUIRE(process->waitForFinished(10000));
        CHECK(process->exitStatus() == QProcess::CrashExit);
        // The kill landed while the add was writing (not before, not after its commit).
        CHECK(inside);
        landed += inside ? 1 : 0;
        CHECK(QFileInfo::exists(vault + s("-journal"))); // a hot journal, rolled back at the next open

        const Run check = onVault(vault, { s("check") });
        INFO(check.err.toStdString());
        CHECK(check.exitCode == 0);
        CHECK(check.out.trimmed() == s("ok"));
        CHECK_FALSE(QFileInfo::exists(vault + s("-journal")));
        // No attachment: the kill came before the commit.
        const Run listed = onVault(vault, { s("attachment"), s("list"), reference });
        CHECK(listed.exitCode == 0);
        CHECK_FALSE(listed.out.contains(s("big.bin")));
    }
    CHECK(landed == 3);

    // The same file, not killed: the whole of it.
    const Run added = ok(vault, { s("attachment"), s("add"), reference, file });
    const QRegularExpressionMatch id = QRegularExpression(s("as #(\\d+)")).match(added.out);
    REQUIRE(id.hasMatch());
    const Run shown = ok(vault, { s("attachment"), s("show"), id.captured(1) });
    CHECK(shown.out.contains(QString::number(kBytes) + s(" bytes")));
    CHECK(shown.out.contains(sha));
    CHECK(ok(vault, { s("check") }).out.trimmed() == s("ok"));
}

} // namespace attachment_kill_cli_test
