// A vault damaged inside (issue 8): one byte changed in a page that an operation meets part-way —
// a page of a long request text, of the timeline, of the full-text index. Whatever the command
// and wherever SQLite meets the page, the user is told that the vault is damaged and to restore a
// backup (exit 4), never "an internal error" (exit 1); `check` summarises the damage instead of
// printing SQLite's hundreds of lines, which `check --verbose` lists.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace damaged_vault_cli_test {

using namespace advicehub;
using test::onVault;
using test::s;
using Run = test::CliRun;

namespace {

constexpr qsizetype kPage = 4096;

// Every command's answer to a damaged page: success (it did not need the page) or "damaged".
void requireDamagedOrFine(const Run& run)
{
    INFO(run.err.toStdString());
    CHECK_FALSE(run.err.contains(QLatin1String("internal error")));
    CHECK((run.exitCode == 0 || run.exitCode == 4));
    if (run.exitCode == 4)
        CHECK(run.err.contains(QLatin1String("damaged")));
}

} // namespace

TEST_CASE("a damaged page met during any command is reported as a damaged vault, and check summarises")
{
    test::TempDir dir;
    const QString vault = test::vaultWithAdviser(dir);
    const auto add = [&](const char* subject, const QByteArray& request) {
        const Run added = onVault(vault,
            { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--theme"), s("police_custody"),
                s("--subject"), s(subject), s("--request-file"), s("-") },
            request);
        REQUIRE(added.exitCode == 0);
        return added.out.trimmed();
    };
    add("Custody registers", "Which registers must a police station keep?");
    const QByteArray before = test::readFile(vault);
    QByteArray longText;
    for (int i = 0; i < 1500; ++i)
        longText += "The ministry asks how custody registers are kept and inspected, paragraph " + QByteArray::number(i)
            + ". ";
    const QString reference = add("Inspection of police cells", longText);
    const QByteArray after = test::readFile(vault);
    REQUIRE(after.size() > before.size() + 20 * kPage); // the text's overflow pages, its index entries

    // The pages the long query wrote (page 1, which SQLCipher checks with the key, excepted).
    std::vector<qsizetype> pages;
    for (qsizetype page = 1; page * kPage < after.size(); ++page) {
        if (after.mid(page * kPage, kPage) != before.mid(page * kPage, kPage))
            pages.push_back(page);
    }
    REQUIRE(pages.size() >= 20);

    int failedExports = 0;
    int failedNotes = 0;
    int checked = 0;
    // Under AddressSanitizer every third page (the run without it damages each one).
    const std::size_t stride = test::kUnderAddressSanitizer ? 3 : 1;
    for (std::size_t i = 0; i < pages.size(); i += stride) {
        const qsizetype page = pages[i];
        INFO("page " << page + 1 << " of the file damaged");
        const QString damaged = dir.file(s("damaged.ahv"));
        QByteArray bytes = after;
        bytes[page * kPage + 1000] = static_cast<char>(bytes[page * kPage + 1000] ^ 0x01);
        test::writeFile(damaged, bytes);

        const Run exported = onVault(damaged, { s("export"), s("--format"), s("json"), s("--timeline") });
        requireDamagedOrFine(exported);
        failedExports += exported.exitCode == 0 ? 0 : 1;
        const Run noted = onVault(damaged, { s("note"), reference, s("--summary"), s("Called the ministry") });
        requireDamagedOrFine(noted);
        failedNotes += noted.exitCode == 0 ? 0 : 1;
        requireDamagedOrFine(onVault(damaged, { s("show"), reference }));
        requireDamagedOrFine(onVault(damaged, { s("search"), s("inspected") }));

        if (checked < 4) {
            ++checked;
            const Run check = onVault(damaged, { s("check") });
            INFO(check.err.toStdString());
            CHECK(check.exitCode == 4);
            CHECK(check.out.isEmpty()); // no raw SQLite lines without --verbose
            // One line besides the test vault's warning about its weak key derivation.
            CHECK(check.err.count(QLatin1String("damaged")) == 1);
            const QRegularExpressionMatch summary
                = QRegularExpression(QStringLiteral("the vault is damaged: (\\d+) problem(?:s|\\(s\\))? on \\d+ "
                                                    "page(?:s|\\(s\\))? \\(\\d+(, \\d+|, \u2026)*\\); "
                                                    "restore it from a backup"))
                      .match(check.err);
            REQUIRE(summary.hasMatch());
            const Run verbose = onVault(damaged, { s("check"), s("--verbose") });
            CHECK(verbose.exitCode == 4);
            // The count is the number of problems SQLite reported, one per line.
            CHECK(verbose.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == summary.captured(1).toInt());
            CHECK_FALSE(verbose.out.contains(QLatin1String("*** in database")));
        }
    }
    // The damage was met: by reading the text (export) and by writing next to it (note).
    CHECK(failedExports > 0);
    CHECK(failedNotes > 0);
}

} // namespace damaged_vault_cli_test
