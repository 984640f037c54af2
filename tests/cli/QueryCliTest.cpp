#include "CliTestSupport.h"
#include "TestSupport.h"
#include "casefile/CaseRecord.h"
#include "common/Clock.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace query_cli_test {

using namespace advicehub;
using test::cli;
using test::onVault;
using test::s;
using test::vaultWithAdviser;
using Run = test::CliRun;

namespace {

const QByteArray kGoodCsv
    = "reference,received,channel,state,subject,themes,request,status\n"
      "AH-2025-0007,2025-03-04,email,GH,Accession questions,ratification,\"Steps, in order\",new\n"
      ",2025-03-05,letter,Fiji,Custody safeguards,police_custody;training,\"Two\nlines\",new\n";

} // namespace

TEST_CASE("help lists the query commands with the exit codes")
{
    const Run help = cli({ s("--help") });
    CHECK(help.exitCode == 0);
    for (const char* command : { "import", "export", "list", "search", "show", "add", "status", "demo", "adviser" }) {
        INFO(command);
        CHECK(help.out.contains(QString::fromLatin1(command)));
        const Run sub = cli({ QString::fromLatin1(command), s("--help") });
        CHECK(sub.exitCode == 0);
        CHECK_FALSE(sub.out.contains(QLatin1String("Exit codes"))); // the top-level help alone has them
    }
}

TEST_CASE("changes need an adviser, and the first adviser added becomes the default")
{
    test::TempDir dir;
    const QString path = test::initVault(dir);
    const QString csv = dir.file(s("good.csv"));
    test::writeFile(csv, kGoodCsv);

    const Run refused = onVault(path, { s("import"), csv });
    CHECK(refused.exitCode == 9);
    CHECK(refused.err.contains(QLatin1String("no adviser yet")));
    CHECK(refused.err.contains(QLatin1String("adviser add")));
    // Reading needs nobody.
    CHECK(onVault(path, { s("list") }).exitCode == 0);

    REQUIRE(onVault(path, { s("adviser"), s("add"), s("Amara Quillfeather") }).exitCode == 0);
    REQUIRE(onVault(path, { s("adviser"), s("add"), s("Tomas Brindlewood"), s("--role"), s("head") }).exitCode == 0);
    const Run list = onVault(path, { s("adviser"), s("list") });
    CHECK(list.out.contains(QLatin1String("* Amara Quillfeather")));
    CHECK(list.out.contains(QLatin1String("  Tomas Brindlewood")));
    CHECK(onVault(path, { s("adviser"), s("add"), s("amara quillfeather") }).exitCode == 8); // already there

    SECTION("--as chooses another adviser, who becomes the default")
    {
        REQUIRE(onVault(path, { s("import"), csv, s("--as"), s("Tomas Brindlewood") }).exitCode == 0);
        CHECK(onVault(path, { s("adviser"), s("list") }).out.contains(QLatin1String("* Tomas Brindlewood")));
        CHECK(onVault(path, { s("show"), s("AH-2025-0007") }).out.contains(QLatin1String("Tomas Brindlewood")));
    }
    SECTION("--as with an unknown name")
    {
        const Run unknown = onVault(path, { s("import"), csv, s("--as"), s("Nobody") });
        CHECK(unknown.exitCode == 8);
        CHECK(unknown.err.contains(QLatin1String("Nobody")));
    }
}

TEST_CASE("import: a good file is imported, a file with bad rows imports nothing and lists each")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const QString good = dir.file(s("good.csv"));
    test::writeFile(good, kGoodCsv);

    SECTION("checking only")
    {
        const Run check = onVault(path, { s("import"), s("--check"), good });
        CHECK(check.exitCode == 0);
        CHECK(check.out.contains(QLatin1String("2 rows checked")));
        CHECK(onVault(path, { s("list") }).err.contains(QLatin1String("No query matches")));
    }
    SECTION("importing")
    {
        const Run imported = onVault(path, { s("import"), good });
        INFO(imported.err.toStdString());
        CHECK(imported.exitCode == 0);
        CHECK(imported.out.contains(QLatin1String("Imported 2 queries (AH-2025-0007")));
        const Run list = onVault(path, { s("list") });
        CHECK(list.out.contains(QLatin1String("AH-2025-0007")));
        CHECK(list.out.contains(QLatin1String("AH-2025-0008"))); // numbered after the imported one
    }
    SECTION("a bad file")
    {
        const QString bad = dir.file(s("bad.csv"));
        test::writeFile(bad,
            "received,channel,state,subject,themes\n"
            "2025-03-04,email,GH,Fine,ratification\n"
            "04/03/2025,email,GH,Date,ratification\n"
            "2025-03-04,email,Atlantis,\"Quoted,\nover two lines\",ratification\n"
            "2025-03-04,email,GH,,astrology\n");
        const Run rejected = onVault(path, { s("import"), bad });
        CHECK(rejected.exitCode == 8);
        CHECK(rejected.err.contains(QLatin1String("bad.csv: line 3, column received:")));
        CHECK(rejected.err.contains(QLatin1String("bad.csv: line 4, column state:")));
        CHECK(rejected.err.contains(QLatin1String("bad.csv: line 6, column subject:")));
        CHECK(rejected.err.contains(QLatin1String("bad.csv: line 6, column themes:")));
        CHECK(rejected.err.contains(QLatin1String("nothing was imported")));
        CHECK(onVault(path, { s("list") }).err.contains(QLatin1String("No query matches")));
    }
    SECTION("a file that does not exist")
    {
        CHECK(onVault(path, { s("import"), dir.file(s("missing.csv")) }).exitCode == 7);
    }
}

TEST_CASE("add, status and show, as an adviser would use them")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    // The request text comes from standard input, after the passphrase.
    const Run added = onVault(path,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s("Custody safeguards"),
            s("--theme"), s("police_custody"), s("--theme"), s("Training and capacity building"), s("--article"),
            s("2,11"), s("--received"), s("2025-06-02"), s("--contact-name"), s("Efua Marrowby"), s("--request-file"),
            s("-") },
        "The Ministry asks about custody registers,\nand about \"lawyers\".\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString reference = added.out.trimmed();
    CHECK(reference == s("AH-2025-0001"));

    SECTION("invalid fields are listed and nothing is added")
    {
        const Run bad = onVault(path,
            { s("add"), s("--channel"), s("pigeon"), s("--state"), s("GH"), s("--subject"), s(""), s("--theme"),
                s("astrology") });
        CHECK(bad.exitCode == 8);
        CHECK(bad.err.contains(QLatin1String("--channel: unknown channel")));
        CHECK(bad.err.contains(QLatin1String("--theme: unknown theme")));
        CHECK(bad.err.contains(QLatin1String("--subject:")));
        CHECK(onVault(path, { s("list") }).out.count(QLatin1String("AH-")) == 1);
    }
    SECTION("the lifecycle is enforced")
    {
        const Run forbidden = onVault(path, { s("status"), reference, s("response_sent") });
        CHECK(forbidden.exitCode == 9);
        CHECK(forbidden.err.contains(QLatin1String("it can become: triaged, declined")));
        CHECK(onVault(path, { s("status"), reference, s("declined") }).exitCode == 8); // a reason is required

        const Run triaged = onVault(path, { s("status"), reference, s("triaged"), s("--route"), s("both") });
        INFO(triaged.err.toStdString());
        CHECK(triaged.exitCode == 0);
        CHECK(triaged.out.contains(s("new \u2192 triaged")));
        CHECK(onVault(path, { s("status"), reference, s("in_progress") }).exitCode == 0);
        // "referred" takes a route that refers the query to a partner.
        CHECK(onVault(path, { s("edit"), reference, s("--route"), s("in_house") }).exitCode == 0);
        const Run inHouse = onVault(path, { s("status"), reference, s("referred") });
        CHECK(inHouse.exitCode == 9);
        CHECK(inHouse.err.contains(s("this one's route is \u201cAnswer in-house\u201d")));
        CHECK(inHouse.err.contains(QLatin1String("it can become: awaiting_requester, response_sent, declined")));
        CHECK(onVault(path, { s("edit"), reference, s("--route"), s("both") }).exitCode == 0);
        CHECK(onVault(path, { s("status"), reference, s("awaiting_requester") }).exitCode == 0);
        CHECK(onVault(path, { s("status"), reference, s("closed"), s("--reason"), s("No reply after three reminders") })
                  .exitCode
            == 0);

        const Run show = onVault(path, { s("show"), reference });
        CHECK(show.exitCode == 0);
        CHECK(show.out.contains(QLatin1String("Custody safeguards")));
        CHECK(show.out.contains(QLatin1String("Status:            Closed\n")));
        CHECK(show.out.contains(QLatin1String("Ghana")));
        CHECK(show.out.contains(QLatin1String("Efua Marrowby")));
        CHECK(show.out.contains(QLatin1String("2, 11")));
        CHECK(show.out.contains(QLatin1String("    and about \"lawyers\".")));
        CHECK(show.out.contains(s("Awaiting requester \u2192 Closed"))); // labels, as in the application
        CHECK(show.out.contains(QLatin1String("No reply after three reminders")));
        CHECK(show.out.contains(QLatin1String("Amara Quillfeather")));
    }
    SECTION("an unknown or malformed reference")
    {
        CHECK(onVault(path, { s("show"), s("AH-2025-0999") }).exitCode == 8);
        CHECK(onVault(path, { s("show"), s("42") }).exitCode == 8);
        CHECK(onVault(path, { s("status"), s("AH-2025-0999"), s("triaged") }).exitCode == 8);
    }
    SECTION("show follows a merged duplicate to the query it was merged into, with links")
    {
        const Run second = onVault(path,
            { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s("Duplicate"), s("--theme"),
                s("police_custody"), s("--received"), s("2025-06-03") });
        REQUIRE(second.exitCode == 0);
        const Run third = onVault(path,
            { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s("Follow-up"), s("--theme"),
                s("police_custody"), s("--received"), s("2025-06-04") });
        REQUIRE(third.exitCode == 0);
        {
            // Linked and merged in the core here (CaseworkCliTest does it with the commands).
            auto vault = test::openVault(path);
            reference::ReferenceLookup lookup(vault->connection());
            const SystemClock clock;
            casefile::CaseRecord record(vault->connection(), clock);
            queries::QueryService service(record, lookup);
            const auto survivor = service.findByReference(reference);
            const auto duplicate = service.findByReference(second.out.trimmed());
            const auto followUp = service.findByReference(third.out.trimmed());
            REQUIRE(service.link(followUp->query.id, survivor->query.id, queries::LinkKind::FollowUp).ok());
            REQUIRE(service.merge(duplicate->query.id, survivor->query.id).ok());
        }
        const Run show = onVault(path, { s("show"), second.out.trimmed() });
        CHECK(show.exitCode == 0);
        CHECK(show.out.startsWith(second.out.trimmed() + s(" was merged into ") + reference));
        CHECK(show.out.contains(QLatin1String("followed up by  ") + third.out.trimmed()));
    }
}

TEST_CASE("list and search combine views, filters, sorting and limits")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const Run demo = onVault(path, { s("demo"), s("--queries"), s("400"), s("--seed"), s("11") });
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QLatin1String("Added 400 fictional queries")));

    const auto rows = [](const Run& run) {
        QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            lines.removeFirst(); // the column headings
        return lines;
    };
    const Run all = onVault(path, { s("list"), s("--limit"), s("0") });
    CHECK(rows(all).size() == 400);
    const Run first = onVault(path, { s("list") });
    CHECK(rows(first).size() == 100);
    CHECK(first.err.contains(QLatin1String("100 of 400 queries shown")));

    const Run closed = onVault(path, { s("list"), s("--status"), s("closed,declined"), s("--limit"), s("0") });
    REQUIRE_FALSE(rows(closed).isEmpty());
    for (const QString& row : rows(closed))
        CHECK((row.contains(QLatin1String(" closed ")) || row.contains(QLatin1String(" declined "))));
    CHECK(rows(onVault(path, { s("list"), s("--view"), s("closed"), s("--limit"), s("0") })) == rows(closed));

    const Run byReference = onVault(path, { s("list"), s("--sort"), s("reference"), s("--limit"), s("3") });
    CHECK(rows(byReference).at(0).startsWith(QLatin1String("AH-2022-0001")));
    CHECK(rows(byReference).at(1).startsWith(QLatin1String("AH-2022-0002")));
    const Run newest = onVault(path, { s("list"), s("--sort"), s("reference"), s("--desc"), s("--limit"), s("1") });
    CHECK_FALSE(rows(newest).at(0).startsWith(QLatin1String("AH-2022")));

    const Run searched = onVault(path,
        { s("search"), s("convention"), s("--received-from"), s("2024-01-01"), s("--received-to"), s("2024-12-31"),
            s("--limit"), s("0") });
    CHECK(searched.exitCode == 0);
    REQUIRE_FALSE(rows(searched).isEmpty());
    for (const QString& row : rows(searched))
        CHECK(row.mid(14, 4) == s("2024"));
    const Run prefix = onVault(path, { s("search"), s("overcrowd*"), s("--limit"), s("0") });
    CHECK(prefix.exitCode == 0);
    CHECK_FALSE(rows(prefix).isEmpty());
    CHECK(rows(prefix).size() < 400);

    SECTION("bad filter values are usage mistakes with a clear message")
    {
        const Run state = onVault(path, { s("list"), s("--state"), s("Atlantis") });
        CHECK(state.exitCode == 8);
        CHECK(state.err.contains(QLatin1String("Atlantis")));
        CHECK(onVault(path, { s("list"), s("--status"), s("finished") }).exitCode == 8);
        CHECK(onVault(path, { s("list"), s("--received-from"), s("01/01/2024") }).exitCode == 8);
        CHECK(onVault(path, { s("list"), s("--sort"), s("colour") }).exitCode == 8);
        CHECK(onVault(path, { s("list"), s("--view"), s("someday") }).exitCode == 8);
    }
    SECTION("the mine view is the acting adviser's")
    {
        const Run mine = onVault(
            path, { s("list"), s("--view"), s("mine"), s("--for"), s("Lina Marrowby"), s("--limit"), s("0") });
        CHECK(mine.exitCode == 0);
        REQUIRE_FALSE(rows(mine).isEmpty());
        for (const QString& row : rows(mine))
            CHECK(row.contains(QLatin1String("Lina Marrowby")));
    }
}

TEST_CASE("demo data is the same for the same seed")
{
    test::TempDir dir;
    // One vault whose head is already there under the first demo name, one without an adviser
    // (the demo brings its own): the same advisers and roles, so the same queries and drafts.
    const QString a = test::initVault(dir, "a.ahv");
    REQUIRE(onVault(a, { s("adviser"), s("add"), s("Amara Quillfeather"), s("--role"), s("head") }).exitCode == 0);
    const QString b = test::initVault(dir, "b.ahv");
    REQUIRE(onVault(a, { s("demo"), s("--queries"), s("60"), s("--seed"), s("5") }).exitCode == 0);
    REQUIRE(onVault(b, { s("demo"), s("--queries"), s("60"), s("--seed"), s("5") }).exitCode == 0);
    const Run listA = onVault(a, { s("list"), s("--limit"), s("0") });
    const Run listB = onVault(b, { s("list"), s("--limit"), s("0") });
    CHECK(listA.out == listB.out);
    CHECK(onVault(b, { s("adviser"), s("list") }).out.contains(QLatin1String("* ")));
    // A few referrals too, the same in both.
    const Run referralsA = onVault(a, { s("referral"), s("list") });
    CHECK(referralsA.out.count(QLatin1Char('\n')) >= 3);
    CHECK(referralsA.out == onVault(b, { s("referral"), s("list") }).out);
    CHECK(onVault(a, { s("demo"), s("--queries"), s("0") }).exitCode == 8);
}

TEST_CASE("export writes a private file or standard output and is recorded")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const QString good = dir.file(s("good.csv"));
    test::writeFile(good, kGoodCsv);
    REQUIRE(onVault(path, { s("import"), good }).exitCode == 0);

    const QString out = dir.file(s("custody.csv"));
    const Run exported = onVault(path, { s("export"), s("--theme"), s("police_custody"), s("-o"), out });
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(test::fileMode(out) == 0600);
    const QByteArray csv = test::readFile(out);
    CHECK(csv.contains("Custody safeguards"));
    CHECK_FALSE(csv.contains("Accession questions"));
    CHECK(csv.contains("\"Two\nlines\""));

    CHECK(onVault(path, { s("export"), s("-o"), out }).exitCode == 7); // exists
    CHECK(onVault(path, { s("export"), s("-o"), out, s("--force") }).exitCode == 0);
    CHECK(test::readFile(out).contains("Accession questions"));

    const Run json
        = onVault(path, { s("export"), s("--format"), s("json"), s("--timeline"), s("--ref"), s("AH-2025-0007") });
    CHECK(json.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8());
    REQUIRE(document.isArray());
    REQUIRE(document.array().size() == 1);
    const QJsonObject query = document.array().at(0).toObject();
    CHECK(query.value(QStringLiteral("reference")).toString() == s("AH-2025-0007"));
    CHECK(query.value(QStringLiteral("request")).toString() == s("Steps, in order"));
    CHECK(query.value(QStringLiteral("timeline")).toArray().size() >= 2); // imported + the file exports

    const Run show = onVault(path, { s("show"), s("AH-2025-0007") });
    CHECK(show.out.count(QLatin1String("Exported to")) == 2); // --force file export, then standard output
    CHECK(show.out.contains(QLatin1String("Exported to standard output")));

    SECTION("the round trip through a new vault")
    {
        const QString other = test::initVault(dir, "other.ahv");
        REQUIRE(onVault(other, { s("adviser"), s("add"), s("Amara Quillfeather") }).exitCode == 0);
        const Run imported = onVault(other, { s("import"), out });
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        const auto listOf = [&](const QString& vault) {
            return onVault(vault, { s("export"), s("--format"), s("json"), s("--sort"), s("reference") }).out;
        };
        // Same queries in both vaults (the JSON also carries creation times and timelines, which differ).
        const QJsonArray before = QJsonDocument::fromJson(listOf(path).toUtf8()).array();
        const QJsonArray after = QJsonDocument::fromJson(listOf(other).toUtf8()).array();
        REQUIRE(before.size() == after.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QJsonObject x = before.at(i).toObject();
            QJsonObject y = after.at(i).toObject();
            for (const char* key : { "created_at", "updated_at", "version", "links", "adviser" }) {
                x.remove(QLatin1String(key));
                y.remove(QLatin1String(key));
            }
            CHECK(x == y);
        }
    }
    SECTION("nothing else is left in the folder")
    {
        QStringList files = QDir(dir.path()).entryList(QDir::Files);
        files.sort();
        CHECK(files == QStringList { s("custody.csv"), s("good.csv"), s("queries.ahv") });
    }
}

TEST_CASE("an export to standard output that cannot be written fails with the reason and records nothing")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const QString good = dir.file(s("good.csv"));
    test::writeFile(good, kGoodCsv);
    REQUIRE(onVault(path, { s("import"), good }).exitCode == 0);

    // /dev/full accepts the open and refuses every write with ENOSPC, as a full disk does.
    for (const char* format : { "csv", "json" }) {
        INFO(format);
        const Run failed = test::onVaultToFile(path, { s("export"), s("--format"), s(format) }, s("/dev/full"));
        INFO(failed.err.toStdString());
        CHECK(failed.exitCode == 7);
        CHECK(failed.err.contains(QLatin1String("disk is full")));
        CHECK(failed.err.contains(QLatin1String("Nothing was recorded")));
        CHECK_FALSE(failed.err.contains(QLatin1String("Exported")));
    }
    const Run show = onVault(path, { s("show"), s("AH-2025-0007") });
    REQUIRE(show.exitCode == 0);
    CHECK_FALSE(show.out.contains(QLatin1String("Exported")));

    // The same export to a working standard output is recorded.
    REQUIRE(onVault(path, { s("export") }).exitCode == 0);
    CHECK(onVault(path, { s("show"), s("AH-2025-0007") }).out.contains(QLatin1String("Exported to standard output")));
}

TEST_CASE("an exported CSV neutralises formula cells and imports back with the same texts")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const Run added = onVault(path,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--theme"), s("training"), s("--subject"),
            s("=HYPERLINK(\"http://example.org\",\"Open\")"), s("--contact-phone"), s("+41 22 555 0101"),
            s("--institution"), s("@Ministry of Justice"), s("--notes"), s("'=already quoted"), s("--request-file"),
            s("-") },
        "-1 was the answer\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString reference = added.out.trimmed();

    const QString file = dir.file(s("cases.csv"));
    REQUIRE(onVault(path, { s("export"), s("-o"), file }).exitCode == 0);
    const QByteArray csv = test::readFile(file);
    CHECK(csv.contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"Open\"\")\","));
    CHECK(csv.contains(",'+41 22 555 0101,"));
    CHECK(csv.contains(",'@Ministry of Justice,"));
    CHECK(csv.contains(",\"'-1 was the answer\n\","));
    CHECK(csv.contains(",''=already quoted,"));

    const QString other = test::initVault(dir, "other.ahv");
    REQUIRE(onVault(other, { s("adviser"), s("add"), s("Amara Quillfeather") }).exitCode == 0);
    const Run imported = onVault(other, { s("import"), file });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto fields = [&](const QString& vault) {
        const Run json = onVault(vault, { s("export"), s("--format"), s("json"), s("--ref"), reference });
        REQUIRE(json.exitCode == 0);
        const QJsonObject query = QJsonDocument::fromJson(json.out.toUtf8()).array().at(0).toObject();
        QStringList values;
        for (const char* key : { "subject", "request", "institution", "contact_phone", "notes" })
            values << query.value(QLatin1String(key)).toString();
        return values;
    };
    const QStringList before = fields(path);
    CHECK(before
        == QStringList { s("=HYPERLINK(\"http://example.org\",\"Open\")"), s("-1 was the answer\n"),
            s("@Ministry of Justice"), s("+41 22 555 0101"), s("'=already quoted") });
    CHECK(fields(other) == before);
}

TEST_CASE("search: decomposed accents and letters outside the BMP are found, too many words are refused")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const auto add = [&](const QString& subject) {
        const Run added = onVault(path,
            { s("add"), s("--channel"), s("email"), s("--state"), s("CI"), s("--theme"), s("training"), s("--subject"),
                subject });
        REQUIRE(added.exitCode == 0);
        return added.out.trimmed();
    };
    const QString ivory = add(s("C\u00f4te d'Ivoire custody registers"));
    const QString outside = add(QString::fromUtf8("Zeta\xf0\x9d\x92\x9c"
                                                  "bc prison visits"));

    const auto found = [&](const QString& text) {
        const Run run = onVault(path, { s("search"), text });
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out;
    };
    CHECK(found(s("Co\u0302te")).contains(ivory)); // as a keyboard with dead keys may send it
    CHECK(found(QString::fromUtf8("Zeta\xf0\x9d\x92\x9c"
                                  "bc"))
              .contains(outside));
    CHECK_FALSE(found(QString::fromUtf8("Zeta\xf0\x9d\x92\x9c"
                                        "bc"))
                    .contains(ivory));

    const Run tooMany = onVault(path, { s("search"), s("custody ").repeated(150).trimmed() });
    CHECK(tooMany.exitCode == 8);
    CHECK(tooMany.err.contains(QLatin1String("at most 100 words")));
    CHECK_FALSE(tooMany.err.contains(QLatin1String("internal")));
}

TEST_CASE("an export that replaces a file and then fails to be recorded leaves the earlier file in place")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const QString good = dir.file(s("good.csv"));
    test::writeFile(good, kGoodCsv);
    REQUIRE(onVault(path, { s("import"), good }).exitCode == 0);
    const QString out = dir.file(s("cases.csv"));
    test::writeFile(out, "the earlier export\n");

    // Another program (the stock sqlcipher shell, as the README shows) reads the vault and keeps
    // its read transaction open: the export's file is renamed into place, then its commit fails.
    const QString shell = QStandardPaths::findExecutable(s("sqlcipher"));
    INFO("the sqlcipher shell (Debian package sqlcipher, in scripts/packages.txt) is needed");
    REQUIRE_FALSE(shell.isEmpty());
    QString rawKey;
    {
        const std::unique_ptr<Vault> vault = test::openVault(path);
        const crypto::SecureBuffer key = vault->rawKeySpec();
        rawKey = QString::fromLatin1(key.chars(), static_cast<qsizetype>(key.size()));
    }
    QProcess reader;
    reader.start(shell, { path });
    REQUIRE(reader.waitForStarted());
    reader.write(QStringLiteral("PRAGMA key = \"%1\";\nPRAGMA cipher_page_size = 4096;\nBEGIN;\nSELECT 'reading', "
                                "count(*) FROM queries;\n")
                     .arg(rawKey)
                     .toUtf8());
    QByteArray said;
    while (!said.contains("reading|2") && reader.waitForReadyRead(10000))
        said += reader.readAllStandardOutput();
    INFO(said.toStdString() << reader.readAllStandardError().toStdString());
    REQUIRE(said.contains("reading|2"));

    const Run failed = onVault(path, { s("export"), s("-o"), out, s("--force") });
    INFO(failed.err.toStdString());
    CHECK(failed.exitCode == 5); // the commit found the vault busy: "already open in another program"
    CHECK(test::readFile(out) == "the earlier export\n");
    reader.write(".quit\n");
    reader.closeWriteChannel();
    REQUIRE(reader.waitForFinished(10000));
    // Nothing else in the folder, and no export recorded.
    QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    files.sort();
    CHECK(files == QStringList { s("cases.csv"), s("good.csv"), s("queries.ahv") });
    CHECK_FALSE(onVault(path, { s("show"), s("AH-2025-0007") }).out.contains(QLatin1String("Exported")));

    // Without the reader the same export replaces the file, and nothing is left beside it.
    REQUIRE(onVault(path, { s("export"), s("-o"), out, s("--force") }).exitCode == 0);
    CHECK(test::readFile(out).contains("Accession questions"));
    files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    files.sort();
    CHECK(files == QStringList { s("cases.csv"), s("good.csv"), s("queries.ahv") });
}

TEST_CASE("import: bare CR line ends are counted, long cells are never quoted, too large a file is refused")
{
    test::TempDir dir;
    const QString path = vaultWithAdviser(dir);
    const QString mac = dir.file(s("mac.csv"));
    test::writeFile(mac,
        "received,channel,state,subject,themes\r2025-03-04,email,GH,Fine,training\r"
        "2025-03-05,email,The Minister asked about Ada Zorvexa in confidence,Shifted,training\r"
        "2025-03-06,pigeon,GH,Channel,training\r");
    const Run imported = onVault(path, { s("import"), mac });
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 8);
    CHECK(imported.err.contains(QLatin1String("mac.csv: line 3, column state: Unknown State (a text of")));
    CHECK(imported.err.contains(
        QString::fromUtf8("mac.csv: line 4, column channel: Unknown channel \xe2\x80\x9cpigeon\xe2\x80\x9d")));
    CHECK_FALSE(imported.err.contains(QLatin1String("Zorvexa")));

    const QString huge = dir.file(s("huge.csv"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("received,channel,state,subject,themes\n");
        REQUIRE(file.resize(100'000'001)); // sparse
    }
    const Run refused = onVault(path, { s("import"), huge });
    CHECK(refused.exitCode == 8);
    CHECK(refused.err.contains(QLatin1String("larger than 100 MB")));
}

} // namespace query_cli_test
