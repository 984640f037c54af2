// The request in brief (issue 13) from the command line: `add`/`edit` --summary TEXT and
// --summary-file FILE|-, shown by `show` and exported.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace query_summary_cli_test {

using namespace advicehub;
using test::onVault;
using test::s;
using Run = test::CliRun;

namespace {

QString summaryOf(const QString& vault, const QString& reference)
{
    const Run json = onVault(vault, { s("export"), s("--format"), s("json"), s("--ref"), reference });
    REQUIRE(json.exitCode == 0);
    return QJsonDocument::fromJson(json.out.toUtf8()).array().at(0).toObject().value(s("summary")).toString();
}

} // namespace

TEST_CASE("add and edit set the request in brief with --summary and --summary-file")
{
    test::TempDir dir;
    const QString vault = test::vaultWithAdviser(dir);
    const Run added = onVault(vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--theme"), s("training"), s("--subject"),
            s("Training questions"), s("--summary"), s("Asks for a training on custody.") });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString reference = added.out.trimmed();
    CHECK(summaryOf(vault, reference) == s("Asks for a training on custody."));
    const Run shown = onVault(vault, { s("show"), reference });
    CHECK(shown.out.contains(QLatin1String("Asks for a training on custody.")));

    Run edited = onVault(vault, { s("edit"), reference, s("--summary-file"), s("-") }, "In brief,\nfrom stdin.\n");
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    CHECK(summaryOf(vault, reference) == s("In brief,\nfrom stdin."));

    const QString file = dir.file(s("summary.txt"));
    test::writeFile(file, QByteArray(2001, 'x'));
    const Run tooLong = onVault(vault, { s("edit"), reference, s("--summary-file"), file });
    CHECK(tooLong.exitCode != 0);
    CHECK(tooLong.err.contains(QLatin1String("--summary")));
    CHECK(summaryOf(vault, reference) == s("In brief,\nfrom stdin."));

    edited = onVault(vault, { s("edit"), reference, s("--summary"), QString() });
    REQUIRE(edited.exitCode == 0);
    CHECK(summaryOf(vault, reference).isEmpty());
    CHECK(onVault(vault, { s("add"), s("--help") }).out.contains(QLatin1String("--summary-file")));
}

} // namespace query_summary_cli_test
