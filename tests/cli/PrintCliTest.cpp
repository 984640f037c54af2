// advicehub-cli print (issue 13; cli/PrintCommands.cpp), run as a user or a script runs it: each
// document (case summary, partner extract, draft letter, briefing pack) under each profile, read
// back with pdftotext as a reader of the file would (what a profile must show is there, what it
// must not show is not: contact data, a strictly confidential query's State name, code and
// institution, internal notes), the file 0600, the print register with profile and copy numbers,
// the --force rules, -o -, a selection of no query, an unwritable folder (nothing written in each
// case) and a 200,000-character field full of HTML-looking text, bidi controls and emoji.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace print_cli_test {

using namespace advicehub;
using test::onVault;
using test::s;
using Run = test::CliRun;

namespace {

// pdftotext reads the PDFs back (scripts/install-deps installs it). Without it a test case
// cannot check anything: it says so and exits with 77, which ctest reports as skipped.
void requirePdftotext()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return;
    std::fprintf(stderr, "SKIPPED: pdftotext (poppler-utils) is not installed\n");
    std::exit(77);
}

// Text as poppler gives it back, comparable with what went in: NFKC (ligatures such as "fi"),
// without bidi controls, spaces folded.
QString comparable(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression controls(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    out.remove(controls);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    out.replace(spaces, QStringLiteral(" "));
    return out;
}

// The text of a PDF file, as pdftotext reads it.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, s("-") });
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return comparable(QString::fromUtf8(process.readAllStandardOutput()));
}

bool hasWord(const QString& text, const QString& word)
{
    return text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word))));
}

Run ok(const QString& vault, const QStringList& arguments, const QByteArray& input = {})
{
    const Run run = onVault(vault, arguments, input);
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// The number a command printed as #N (the first one).
QString number(const QString& out)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("#(\\d+)")).match(out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

// A vault with two queries and what the documents show of them:
// - `strict`: strictly confidential, from Ghana's Ministry of Justice, its contact Kofi Marrowby
//   (named in the request too), an internal note, a referral sharing subject and themes only, and
//   a draft answer;
// - `open`: standard confidentiality, from Chile, its contact Efua Lindqvist.
struct PrintVault {
    explicit PrintVault(const test::TempDir& dir) : vault(test::vaultWithAdviser(dir, "print.ahv"))
    {
        strict = ok(vault,
            { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"),
                s("Custody registers in detention"), s("--theme"), s("police_custody"), s("--received"),
                s("2025-06-02"), s("--confidentiality"), s("strictly_confidential"), s("--institution"),
                s("Ministry of Justice of Ghana"), s("--contact-name"), s("Kofi Marrowby"), s("--contact-email"),
                s("k.marrowby@example.org"), s("--contact-phone"), s("+233 30 000 0000"), s("--request"),
                s("Mr Marrowby asks how custody registers are kept elsewhere."), s("--notes"),
                s("Internal remark: new in post, be patient.") })
                     .out.trimmed();
        open = ok(vault,
            { s("add"), s("--channel"), s("email"), s("--state"), s("CL"), s("--subject"), s("Visits to prisons"),
                s("--theme"), s("police_custody"), s("--received"), s("2025-06-03"), s("--contact-name"),
                s("Efua Lindqvist"), s("--contact-email"), s("efua@example.net"), s("--request"),
                s("How often should a national preventive mechanism visit?") })
                   .out.trimmed();
        ok(vault, { s("partner"), s("add"), s("--name"), s("Geneva Detention Forum"), s("--type"), s("ngo") });
        referral = number(ok(vault,
            { s("referral"), s("add"), strict, s("--partner"), s("Geneva Detention Forum"), s("--share"),
                s("subject,themes"), s("--reason"), s("Expertise on registers") })
                              .out);
        const QString body = dir.file(s("answer.txt"));
        test::writeFile(body, "Thank you for your question on custody registers. Quintessential reply text.\n");
        draft = number(
            ok(vault, { s("draft"), s("new"), strict, s("--kind"), s("holding_reply"), s("--body-file"), body }).out);
    }

    QString vault;
    QString strict;
    QString open;
    QString referral;
    QString draft;
};

// What no briefing or partner document may show of the strictly confidential query.
const char* const StrictSecrets[]
    = { "Marrowby", "k.marrowby@example.org", "+233 30 000 0000", "Ghana", "Ministry of Justice", "Internal remark" };

} // namespace

TEST_CASE("print writes each document under each profile with exactly what the profile allows")
{
    requirePdftotext();
    test::TempDir dir;
    const PrintVault v(dir);

    SECTION("a case summary: internal shows everything")
    {
        const QString pdf = dir.file(s("internal.pdf"));
        const Run run
            = ok(v.vault, { s("print"), s("summary"), v.strict, s("--profile"), s("internal"), s("-o"), pdf });
        CHECK(run.out.contains(QLatin1String("saved to")));
        CHECK(test::fileMode(pdf) == 0600);
        const QString text = pdfText(pdf);
        for (const char* shown : { "Kofi Marrowby", "k.marrowby@example.org", "Ghana", "Custody registers in detention",
                 "Internal", "Page 1 of" })
            CHECK(text.contains(s(shown)));
        CHECK(text.contains(v.strict));
    }
    SECTION("a case summary: the briefing profile names neither the contact nor the strictly confidential State")
    {
        const QString pdf = dir.file(s("briefing.pdf"));
        ok(v.vault,
            { s("print"), s("summary"), v.strict, s("--profile"), s("briefing"), s("--paper"), s("letter"), s("-o"),
                pdf });
        CHECK(test::fileMode(pdf) == 0600);
        const QString text = pdfText(pdf);
        for (const char* secret : StrictSecrets) {
            INFO(secret);
            CHECK_FALSE(text.contains(s(secret), Qt::CaseInsensitive));
        }
        CHECK_FALSE(hasWord(text, s("GH")));
        CHECK_FALSE(hasWord(text, s("GHA")));
        CHECK_FALSE(text.contains(v.strict)); // the reference and the day would single the State out
        CHECK(text.contains(QLatin1String("Africa"))); // its region instead
        CHECK(text.contains(QLatin1String("Core State briefing")));
        CHECK(text.contains(QLatin1String("Page 1 of")));

        const QString other = dir.file(s("open-briefing.pdf"));
        ok(v.vault, { s("print"), s("summary"), v.open, s("--profile"), s("briefing"), s("-o"), other });
        const QString openText = pdfText(other);
        CHECK(openText.contains(QLatin1String("Chile"))); // only strictly confidential queries lose their State
        CHECK_FALSE(openText.contains(QLatin1String("Lindqvist")));
        CHECK_FALSE(openText.contains(QLatin1String("efua@example.net")));
    }
    SECTION("a partner extract: only the fields the referral shares, from summary --profile partner or extract")
    {
        const QString viaSummary = dir.file(s("partner.pdf"));
        ok(v.vault,
            { s("print"), s("summary"), v.strict, s("--profile"), s("partner"), s("--referral"), v.referral, s("-o"),
                viaSummary });
        const QString viaExtract = dir.file(s("extract.pdf"));
        ok(v.vault, { s("print"), s("extract"), v.referral, s("-o"), viaExtract });
        for (const QString& pdf : { viaSummary, viaExtract }) {
            CHECK(test::fileMode(pdf) == 0600);
            const QString text = pdfText(pdf);
            CHECK(text.contains(QLatin1String("Custody registers in detention")));
            CHECK(text.contains(QLatin1String("Geneva Detention Forum")));
            for (const char* secret : StrictSecrets) {
                INFO(secret);
                CHECK_FALSE(text.contains(s(secret), Qt::CaseInsensitive));
            }
            CHECK_FALSE(text.contains(QLatin1String("how custody registers are kept elsewhere"))); // not shared
        }
        // --profile partner needs the referral, and the referral must be the query's.
        const Run missing = onVault(v.vault,
            { s("print"), s("summary"), v.strict, s("--profile"), s("partner"), s("-o"), dir.file(s("x.pdf")) });
        CHECK(missing.exitCode == 2);
        CHECK(missing.err.contains(QLatin1String("--referral")));
        const Run other = onVault(v.vault,
            { s("print"), s("summary"), v.open, s("--profile"), s("partner"), s("--referral"), v.referral, s("-o"),
                dir.file(s("x.pdf")) });
        CHECK(other.exitCode == 8);
        CHECK(other.err.contains(QLatin1String("belongs to")));
        CHECK_FALSE(QFileInfo::exists(dir.file(s("x.pdf"))));
    }
    SECTION("a draft letter, marked DRAFT until it is sent")
    {
        const QString internal = dir.file(s("letter.pdf"));
        ok(v.vault, { s("print"), s("draft"), v.draft, s("-o"), internal });
        const QString text = pdfText(internal);
        CHECK(text.contains(QLatin1String("Quintessential reply text")));
        CHECK(text.contains(QLatin1String("DRAFT")));
        CHECK(text.contains(v.strict));
        CHECK(text.contains(QLatin1String("Kofi Marrowby"))); // the addressee, internally

        const QString briefing = dir.file(s("letter-briefing.pdf"));
        ok(v.vault,
            { s("print"), s("draft"), v.draft, s("--version"), s("1"), s("--profile"), s("briefing"), s("-o"),
                briefing });
        const QString briefingText = pdfText(briefing);
        CHECK(briefingText.contains(QLatin1String("Quintessential reply text")));
        CHECK_FALSE(briefingText.contains(QLatin1String("Marrowby")));
        CHECK(
            onVault(v.vault, { s("print"), s("draft"), v.draft, s("--version"), s("7"), s("-o"), dir.file(s("y.pdf")) })
                .exitCode
            == 8);
        CHECK(onVault(v.vault,
                  { s("print"), s("draft"), v.draft, s("--profile"), s("partner"), s("-o"), dir.file(s("y.pdf")) })
                  .exitCode
            == 2); // a letter is never a partner extract: refused while parsing
        CHECK_FALSE(QFileInfo::exists(dir.file(s("y.pdf"))));
    }
    SECTION("a briefing pack: the briefing profile across cover, table and sections")
    {
        const QString pdf = dir.file(s("pack.pdf"));
        const Run run = ok(v.vault,
            { s("print"), s("briefing"), s("--ref"), v.open, s("--ref"), v.strict, s("--profile"), s("briefing"),
                s("--title"), s("Spring briefing"), s("--prepared-for"), s("Core State meeting"), s("--period"),
                s("June 2025"), s("--watermark"), s("BRIEFING COPY"), s("-o"), pdf });
        CHECK(run.err.contains(QLatin1String("2 queries in the pack")));
        CHECK(test::fileMode(pdf) == 0600);
        const QString text = pdfText(pdf);
        for (const char* shown : { "Spring briefing", "Core State meeting", "June 2025", "Chile", "Visits to prisons",
                 "Core State briefing", "Page 1 of" })
            CHECK(text.contains(s(shown)));
        CHECK(text.contains(v.open));
        for (const char* secret : StrictSecrets) {
            INFO(secret);
            CHECK_FALSE(text.contains(s(secret), Qt::CaseInsensitive));
        }
        CHECK_FALSE(text.contains(QLatin1String("Lindqvist")));
        CHECK_FALSE(text.contains(QLatin1String("efua@example.net")));
        CHECK_FALSE(hasWord(text, s("GH")));
        CHECK_FALSE(text.contains(v.strict));

        const QString internal = dir.file(s("pack-internal.pdf"));
        ok(v.vault, { s("print"), s("briefing"), s("--profile"), s("internal"), s("-o"), internal }); // all queries
        const QString all = pdfText(internal);
        CHECK(all.contains(QLatin1String("Ghana")));
        CHECK(all.contains(QLatin1String("Chile")));
        CHECK(all.contains(v.strict));
    }
}

TEST_CASE("the print register lists every PDF with its profile and copy number")
{
    test::TempDir dir;
    const PrintVault v(dir);
    ok(v.vault, { s("print"), s("summary"), v.open, s("--profile"), s("internal"), s("-o"), dir.file(s("one.pdf")) });
    const Run copies = ok(v.vault,
        { s("print"), s("briefing"), s("--text"), s("prisons"), s("--profile"), s("briefing"), s("--copies"), s("3"),
            s("-o"), dir.file(s("pack.pdf")) });
    CHECK(copies.out.contains(QLatin1String("3 copies")));
    CHECK(test::fileMode(dir.file(s("pack.pdf"))) == 0600);

    const Run table = ok(v.vault, { s("print"), s("register") });
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5); // the header, the summary, three copies of the pack
    CHECK(lines[0].startsWith(QLatin1String("ID")));
    CHECK(lines[1].contains(QLatin1String("case_summary")));
    CHECK(lines[1].contains(QLatin1String("internal")));
    CHECK(lines[1].contains(QLatin1String("one.pdf")));
    for (int copy = 1; copy <= 3; ++copy) {
        INFO(lines[1 + copy].toStdString());
        CHECK(lines[1 + copy].contains(QLatin1String("briefing_pack")));
        CHECK(lines[1 + copy].contains(QLatin1String("briefing ")));
        CHECK(lines[1 + copy].contains(QRegularExpression(QStringLiteral("\\s%1\\s").arg(copy))));
        CHECK(lines[1 + copy].contains(QLatin1String("pack.pdf")));
        CHECK(lines[1 + copy].contains(v.open));
        CHECK_FALSE(lines[1 + copy].contains(v.strict));
    }

    const Run json = ok(v.vault, { s("print"), s("register"), s("--document"), s("briefing_pack"), s("--json") });
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() == 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject row = rows.at(i).toObject();
        CHECK(row.value(QLatin1String("profile")).toString() == QLatin1String("briefing"));
        CHECK(row.value(QLatin1String("copy")).toInt() == i + 1);
        CHECK(row.value(QLatin1String("how")).toString() == QLatin1String("pdf"));
        CHECK(row.value(QLatin1String("file")).toString() == QLatin1String("pack.pdf"));
        CHECK(row.value(QLatin1String("by")).toString() == QLatin1String("Amara Quillfeather"));
        CHECK(row.value(QLatin1String("queries")).toArray() == QJsonArray { v.open });
    }
    // Filters: by query, profile and date.
    const Run mine = ok(v.vault, { s("print"), s("register"), s("--query"), v.strict, s("--json") });
    CHECK(QJsonDocument::fromJson(mine.out.toUtf8()).array().isEmpty());
    const Run internal = ok(v.vault, { s("print"), s("register"), s("--profile"), s("internal"), s("--json") });
    CHECK(QJsonDocument::fromJson(internal.out.toUtf8()).array().size() == 1);
    const Run future = ok(v.vault, { s("print"), s("register"), s("--from"), s("2100-01-01") });
    CHECK(future.out.isEmpty());
    CHECK(onVault(v.vault, { s("print"), s("register"), s("--document"), s("poster") }).exitCode == 8);
    CHECK(onVault(v.vault, { s("print"), s("register"), s("--from"), s("tomorrow") }).exitCode == 8);
    // The query's timeline says it was printed.
    CHECK(ok(v.vault, { s("show"), v.open }).out.contains(QLatin1String("pack.pdf")));
}

TEST_CASE("print refuses to overwrite a file or write to a terminal or print no query and leaves no file")
{
    test::TempDir dir;
    const PrintVault v(dir);
    const auto registerSize = [&v] {
        return QJsonDocument::fromJson(ok(v.vault, { s("print"), s("register"), s("--json") }).out.toUtf8())
            .array()
            .size();
    };

    SECTION("an existing file needs --force")
    {
        const QString pdf = dir.file(s("kept.pdf"));
        test::writeFile(pdf, "someone else's file");
        const Run refused
            = onVault(v.vault, { s("print"), s("summary"), v.open, s("--profile"), s("internal"), s("-o"), pdf });
        CHECK(refused.exitCode == 7);
        CHECK(refused.err.contains(QLatin1String("already exists")));
        CHECK(refused.err.contains(QLatin1String("--force")));
        CHECK(test::readFile(pdf) == "someone else's file");
        CHECK(registerSize() == 0);
        ok(v.vault, { s("print"), s("summary"), v.open, s("--profile"), s("internal"), s("-o"), pdf, s("--force") });
        CHECK(test::readFile(pdf).startsWith("%PDF-"));
        CHECK(test::fileMode(pdf) == 0600);
        CHECK(registerSize() == 1);
    }
    SECTION("never to standard output")
    {
        const Run dash
            = onVault(v.vault, { s("print"), s("summary"), v.open, s("--profile"), s("internal"), s("-o"), s("-") });
        CHECK(dash.exitCode == 2);
        CHECK(dash.err.contains(QLatin1String("never to standard output")));
        CHECK(dash.out.isEmpty());
        CHECK(onVault(v.vault, { s("print"), s("summary"), v.open, s("--profile"), s("internal") }).exitCode == 2);
    }
    SECTION("a selection of no query is refused")
    {
        const QString pdf = dir.file(s("empty.pdf"));
        const Run none = onVault(v.vault,
            { s("print"), s("briefing"), s("--received-from"), s("2030-01-01"), s("--profile"), s("briefing"), s("-o"),
                pdf });
        CHECK(none.exitCode == 8);
        CHECK(none.err.contains(QLatin1String("no query matches the selection")));
        CHECK_FALSE(QFileInfo::exists(pdf));
        CHECK(registerSize() == 0);
        // The partner profile is not one for packs; filters and --ref do not mix.
        CHECK(
            onVault(v.vault, { s("print"), s("briefing"), s("--profile"), s("partner"), s("-o"), pdf }).exitCode == 2);
        CHECK(onVault(v.vault,
                  { s("print"), s("briefing"), s("--ref"), v.open, s("--state"), s("CL"), s("--profile"), s("briefing"),
                      s("-o"), pdf })
                  .exitCode
            == 2);
        CHECK(onVault(v.vault,
                  { s("print"), s("briefing"), s("--profile"), s("briefing"), s("--copies"), s("51"), s("-o"), pdf })
                  .exitCode
            == 2);
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
    SECTION("a missing or unwritable folder has its own message")
    {
        const Run missing = onVault(v.vault,
            { s("print"), s("summary"), v.open, s("--profile"), s("internal"), s("-o"), dir.file(s("nowhere/x.pdf")) });
        CHECK(missing.exitCode == 7);
        CHECK(missing.err.contains(QLatin1String("does not exist")));

        // Root writes anywhere the permission bits forbid; a read-only file system stops it too.
        QString folder = s("/proc/sys");
        if (!test::runningAsRoot()) {
            folder = dir.file(s("closed"));
            REQUIRE(QDir().mkpath(folder));
            REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        const Run closed = onVault(v.vault,
            { s("print"), s("summary"), v.open, s("--profile"), s("internal"), s("-o"), folder + s("/x.pdf") });
        CHECK(closed.exitCode == 7);
        CHECK(closed.err.contains(QLatin1String("not writable")));
        CHECK_FALSE(QFileInfo::exists(folder + s("/x.pdf")));
        if (!test::runningAsRoot()) {
            CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        CHECK(registerSize() == 0);
    }
    // Nothing else was left beside the vault and the files of the test (no temporary PDF).
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : left) {
        INFO(name.toStdString());
        CHECK((name == s("print.ahv") || name == s("answer.txt") || name.endsWith(s(".pdf"))));
    }
}

TEST_CASE("a 200000-character request of HTML-looking text with bidi controls and emoji prints under each profile")
{
    requirePdftotext();
    test::TempDir dir;
    const QString vault = test::vaultWithAdviser(dir, "huge.ahv");
    const QString head = s("<b>Opening</b> <script>alert('x')</script> <table><tr><td>cell</td></tr></table> "
                           "\u202Eevil\u202C \u2067isolated\u2069 \U0001F600 &amp; &lt;");
    QString request = head + s("\n");
    const QString filler = s("<i>Zaynab</i> \u202Bmixed\u202C text \U0001F4DC with <p>tags</p> and Marrowby. ");
    while (request.size() + filler.size() <= 200000)
        request += filler;
    request += QString(200000 - request.size(), QLatin1Char('x'));
    REQUIRE(request.size() == 200000);
    const QString file = dir.file(s("request.txt"));
    test::writeFile(file, request.toUtf8());
    const QString reference = ok(vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s("<h1>Huge</h1> \U0001F600"),
            s("--theme"), s("police_custody"), s("--received"), s("2025-06-02"), s("--contact-name"),
            s("Kofi Marrowby"), s("--request-file"), file })
                                  .out.trimmed();

    for (const char* profile : { "internal", "briefing" }) {
        INFO(profile);
        const QString pdf = dir.file(s("huge-%1.pdf").arg(QLatin1String(profile)));
        ok(vault, { s("print"), s("summary"), reference, s("--profile"), s(profile), s("-o"), pdf });
        CHECK(test::fileMode(pdf) == 0600);
        const QString text = pdfText(pdf);
        // The markup is printed as text, not interpreted.
        CHECK(text.contains(QLatin1String("<h1>Huge</h1>")));
        CHECK(text.contains(QLatin1String("<b>Opening</b>")));
        CHECK(text.contains(QLatin1String("Page 1 of")));
        if (QLatin1String(profile) == QLatin1String("briefing"))
            CHECK_FALSE(text.contains(QLatin1String("Marrowby")));
    }
    const QString pack = dir.file(s("huge-pack.pdf"));
    ok(vault, { s("print"), s("briefing"), s("--profile"), s("briefing"), s("-o"), pack });
    const QString text = pdfText(pack);
    CHECK(text.contains(QLatin1String("<h1>Huge</h1>")));
    CHECK_FALSE(text.contains(QLatin1String("Marrowby")));
}

} // namespace print_cli_test
