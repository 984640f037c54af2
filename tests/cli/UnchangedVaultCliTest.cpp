// Commands that change nothing write nothing (issue 8): a read-only command, a refused command
// and an export whose target fails leave the vault file byte for byte as it was, with its
// modification time, so that backup tools and file synchronisers see no change that never
// happened. Only a real change records the adviser who acted as the vault's default.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace unchanged_vault_cli_test {

using namespace advicehub;
using test::onVault;
using test::s;
using Run = test::CliRun;

namespace {

const char* const Tomas = "Tomas Brindlewood";

// The file's modification time to the nanosecond.
timespec modificationTime(const QString& path)
{
    struct stat info { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mtim;
}

// Moves the file's times an hour back, so that any write shows in the modification time even on
// a file system with coarse timestamps.
void ageFile(const QString& path)
{
    timespec old = modificationTime(path);
    old.tv_sec -= 3600;
    const timespec times[2] = { old, old };
    REQUIRE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
}

struct Snapshot {
    QByteArray digest;
    timespec mtime;
};

Snapshot snapshot(const QString& path)
{
    return { test::fileDigest(path), modificationTime(path) };
}

void requireUnchanged(const QString& path, const Snapshot& before)
{
    const Snapshot after = snapshot(path);
    CHECK(after.digest == before.digest);
    CHECK(after.mtime.tv_sec == before.mtime.tv_sec);
    CHECK(after.mtime.tv_nsec == before.mtime.tv_nsec);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

} // namespace

TEST_CASE("commands that change nothing leave the vault's bytes and modification time as they were")
{
    test::TempDir dir;
    const QString vault = test::vaultWithAdviser(dir);
    REQUIRE(onVault(vault, { s("adviser"), s("add"), s(Tomas) }).exitCode == 0);
    const Run added = onVault(vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--theme"), s("training"), s("--subject"),
            s("Training of prison staff"), s("--received"), s("2025-03-04") });
    REQUIRE(added.exitCode == 0);
    const QString reference = added.out.trimmed();
    const QString bad = dir.file(s("bad.csv"));
    test::writeFile(bad, "received,channel,state,subject,themes\n2025-01-02,pigeon,GH,Letters,training\n");

    struct Command {
        const char* what;
        QStringList arguments;
        int exitCode;
        QString stdoutFile; // empty: captured
    };
    const std::vector<Command> commands {
        { "list", { s("list") }, 0, {} },
        { "list for another adviser", { s("list"), s("--view"), s("mine"), s("--for"), s(Tomas) }, 0, {} },
        { "show", { s("show"), reference }, 0, {} },
        { "search", { s("search"), s("prison") }, 0, {} },
        { "check", { s("check") }, 0, {} },
        { "info", { s("info") }, 0, {} },
        { "adviser list", { s("adviser"), s("list") }, 0, {} },
        { "import --check", { s("import"), s("--check"), bad }, 8, {} },
        { "an import refused for a bad row", { s("import"), bad }, 8, {} },
        { "the same, as another adviser", { s("import"), bad, s("--as"), s(Tomas) }, 8, {} },
        { "a refused status change", { s("status"), reference, s("closed"), s("--as"), s(Tomas) }, 9, {} },
        { "an export to a missing folder", { s("export"), s("-o"), dir.file(s("missing/cases.csv")) }, 7, {} },
        { "an export to a full standard output", { s("export"), s("--as"), s(Tomas) }, 7, s("/dev/full") },
    };
    for (const Command& command : commands) {
        INFO(command.what);
        ageFile(vault);
        const Snapshot before = snapshot(vault);
        const Run run = command.stdoutFile.isEmpty()
            ? onVault(vault, command.arguments)
            : test::onVaultToFile(vault, command.arguments, command.stdoutFile);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == command.exitCode);
        requireUnchanged(vault, before);
    }

    // Neither choosing Tomas for a read nor a refused command made him the default; a real change does.
    CHECK(onVault(vault, { s("adviser"), s("list") }).out.contains(QLatin1String("* Amara Quillfeather")));
    ageFile(vault);
    const Snapshot before = snapshot(vault);
    REQUIRE(
        onVault(vault, { s("note"), reference, s("--summary"), s("Called the ministry"), s("--as"), s(Tomas) }).exitCode
        == 0);
    CHECK(test::fileDigest(vault) != before.digest);
    CHECK(modificationTime(vault).tv_sec != before.mtime.tv_sec);
    CHECK(onVault(vault, { s("adviser"), s("list") }).out.contains(QLatin1String("* Tomas Brindlewood")));
}

} // namespace unchanged_vault_cli_test
