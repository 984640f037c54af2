#include "queries/QueryCsv.h"
#include "QueryFixture.h"
#include "db/Connection.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <sys/stat.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace query_csv_test {

using namespace advicehub;
using namespace advicehub::queries;

namespace {

QueryCsv csvOf(test::QueryFixture& f)
{
    return QueryCsv(*f.service, *f.search, *f.lookup, f.session->caseSummaries());
}

qint64 queryCount(test::QueryFixture& f)
{
    return f.vault->connection().queryInt("SELECT count(*) FROM queries");
}

const QByteArray kHeader = "received,channel,state,subject,themes,request\n";

// Imports and REQUIREs that the file was accepted.
ImportReport importGood(test::QueryFixture& f, const QByteArray& csv, const ImportOptions& options = {})
{
    Result<ImportReport> report = csvOf(f).importData(csv, options);
    REQUIRE(report.ok());
    INFO(report->lines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(report->accepted());
    return report.value();
}

// Imports a file that must be rejected; REQUIREs that nothing was imported.
ImportReport importBad(test::QueryFixture& f, const QByteArray& csv, const ImportOptions& options = {})
{
    const qint64 before = queryCount(f);
    Result<ImportReport> report = csvOf(f).importData(csv, options);
    REQUIRE(report.ok());
    CHECK_FALSE(report->accepted());
    CHECK(report->importedIds.empty());
    CHECK(queryCount(f) == before);
    return report.value();
}

// (line, column) of every problem, for compact comparisons.
std::vector<std::pair<int, QString>> where(const ImportReport& report)
{
    std::vector<std::pair<int, QString>> places;
    for (const ImportProblem& problem : report.problems)
        places.emplace_back(problem.line, problem.column);
    return places;
}

using Places = std::vector<std::pair<int, QString>>;

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

} // namespace query_csv_test

namespace Catch {
template <> struct StringMaker<std::pair<int, QString>> {
    static std::string convert(const std::pair<int, QString>& value)
    {
        return "(" + std::to_string(value.first) + ", " + value.second.toStdString() + ")";
    }
};
} // namespace Catch

namespace query_csv_test {

TEST_CASE("the documented columns are the query fields plus reference and status")
{
    const QStringList columns = QueryCsv::columns();
    CHECK(columns.first() == s("reference"));
    CHECK(columns.last() == s("status"));
    CHECK(columns.size() == 23);
    for (const QString& required : QueryCsv::requiredColumns())
        CHECK(columns.contains(required));
    // docs/CSV.md documents every column.
    QFile doc(QStringLiteral(ADVICEHUB_SOURCE_DIR "/docs/CSV.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString& column : columns) {
        INFO(column.toStdString());
        CHECK(text.contains(QLatin1Char('`') + column + QLatin1Char('`')));
    }
}

TEST_CASE("a good file imports every row with every field")
{
    test::QueryFixture f;
    const QByteArray csv
        = "reference,received,channel,state,institution_type,institution,contact_name,contact_function,"
          "contact_email,contact_phone,subject,request,language,confidentiality,themes,articles,priority,due,"
          "adviser,route,notes,status\n"
          "AH-2025-0107,2025-11-03,email,GH,ministry_justice,Ministry of Justice,Efua Quillfeather,Legal adviser,"
          "e.quillfeather@example.org,+233 30 000 0000,Accession steps,The Ministry asks about accession.,en,"
          "strictly_confidential,ratification; legislative_review,1;4,high,2025-11-20,Amara Quillfeather,in_house,"
          "First contact,in_progress\n"
          ",2026-01-02,Letter / note verbale,FJI,,,,,,,Custody safeguards,,French,Standard,"
          "Police custody and safeguards,,Low,,,,,\n"
          ",2025-12-15,meeting_geneva,côte d'ivoire,,,,,,,Prison visits,,fr,confidential,prisons_detention,,"
          "normal,,tomas brindlewood,refer,,Response sent\n";
    const ImportReport report = importGood(f, csv);
    CHECK(report.rows == 3);
    REQUIRE(report.importedIds.size() == 3);

    const Query first = f.get(report.importedIds[0]);
    CHECK(first.reference == s("AH-2025-0107"));
    CHECK(first.fields.receivedOn == QDate(2025, 11, 3));
    CHECK(first.channelName == s("Email"));
    CHECK(first.stateName == s("Ghana"));
    CHECK(first.institutionTypeName == s("Ministry of Justice"));
    CHECK(first.fields.institution == s("Ministry of Justice"));
    CHECK(first.fields.contact
        == Contact {
            s("Efua Quillfeather"), s("Legal adviser"), s("e.quillfeather@example.org"), s("+233 30 000 0000") });
    CHECK(first.fields.subject == s("Accession steps"));
    CHECK(first.fields.requestText == s("The Ministry asks about accession."));
    CHECK(first.fields.language == s("en"));
    CHECK(first.fields.confidentiality == Confidentiality::StrictlyConfidential);
    CHECK(first.themeNames == QStringList { s("Ratification / accession process"), s("Legislative review") });
    CHECK(first.fields.articles == QList<int> { 1, 4 });
    CHECK(first.fields.priority == Priority::High);
    CHECK(first.dueOn == QDate(2025, 11, 20));
    CHECK(first.dueOverridden);
    CHECK(first.adviserName == s("Amara Quillfeather"));
    CHECK(first.fields.route == Route::InHouse);
    CHECK(first.fields.notes == s("First contact"));
    CHECK(first.status == QueryStatus::InProgress);

    const Query second = f.get(report.importedIds[1]);
    CHECK(second.reference == s("AH-2026-0001")); // assigned
    CHECK(second.channelName == s("Letter / note verbale"));
    CHECK(second.stateName == s("Fiji"));
    CHECK(second.fields.language == s("fr"));
    CHECK(second.fields.confidentiality == Confidentiality::Standard);
    CHECK(second.fields.priority == Priority::Low);
    CHECK_FALSE(second.dueOverridden); // the default for the priority
    CHECK(second.status == QueryStatus::New);
    CHECK_FALSE(second.fields.route.has_value());

    const Query third = f.get(report.importedIds[2]);
    CHECK(third.stateName.startsWith(QLatin1String("C")));
    CHECK(third.adviserName == s("Tomas Brindlewood"));
    CHECK(third.status == QueryStatus::ResponseSent);

    // Imported queries say so in their timeline, with the adviser who imported them.
    const auto timeline = f.service->timeline(first.id);
    REQUIRE(timeline.ok());
    REQUIRE(timeline->size() == 1);
    CHECK(timeline->front().kind == EntryKind::Imported);
    CHECK(timeline->front().adviserName == s("Amara Quillfeather"));
    // And they are found by the full-text search.
    QueryFilter filter;
    filter.text = s("accession");
    CHECK(f.search->count(filter).value() == 1);
}

TEST_CASE("a byte-order mark, CRLF line ends and a missing final line end are accepted")
{
    test::QueryFixture f;
    QByteArray csv = "\xEF\xBB\xBF" + kHeader + "2026-01-02,email,GH,Ratification,ratification,Text\n"
        + "2026-01-03,email,GH,\"Two, with a comma\",ratification,\"Line one\nline two\"";
    csv.replace("\n", "\r\n");
    const ImportReport report = importGood(f, csv);
    REQUIRE(report.importedIds.size() == 2);
    CHECK(f.get(report.importedIds[0]).fields.receivedOn == QDate(2026, 1, 2)); // the BOM is not part of "received"
    const Query second = f.get(report.importedIds[1]);
    CHECK(second.fields.subject == s("Two, with a comma"));
    CHECK(second.fields.requestText == s("Line one\nline two")); // stored with LF
}

TEST_CASE("quoted fields keep commas, quotes and line breaks, and line numbers count physical lines")
{
    test::QueryFixture f;
    const QByteArray csv = kHeader
        + "2026-01-02,email,GH,\"He said \"\"yes\"\", then no\",ratification,\"First paragraph.\n\nSecond, "
          "with commas.\nThird.\"\n"
        + "\n" // a blank line is skipped
        + "2026-01-02,email,XX,Bad state,ratification,text\n";
    const ImportReport report = importBad(f, csv);
    // Header = line 1; the first row spans lines 2-5; a blank line 6; the bad row is line 7.
    CHECK(where(report) == Places { { 7, s("state") } });

    const ImportReport good = importGood(f,
        kHeader
            + "2026-01-02,email,GH,\"He said \"\"yes\"\", then no\",ratification,\"First paragraph.\n\nSecond, "
              "with commas.\nThird.\"\n");
    const Query query = f.get(good.importedIds.front());
    CHECK(query.fields.subject == s("He said \"yes\", then no"));
    CHECK(query.fields.requestText == s("First paragraph.\n\nSecond, with commas.\nThird."));
}

TEST_CASE("a file with any bad row imports nothing and reports every bad row with line and column")
{
    test::QueryFixture f;
    f.create(); // AH-2026-0001 exists

    SECTION("each kind of bad cell")
    {
        const QByteArray csv
            = "reference,received,channel,state,subject,themes,articles,priority,confidentiality,adviser,route,"
              "status,due,language,contact_email,institution_type\n"
              // line 2: good
              ",2026-01-02,email,GH,Good one,ratification,,,,,,,,,,\n"
              // line 3: a date in another format
              ",03/01/2026,email,GH,Date,ratification,,,,,,,,,,\n"
              // line 4: unknown channel and unknown State
              ",2026-01-02,pigeon,Atlantis,Names,ratification,,,,,,,,,,\n"
              // line 5: one unknown theme among good ones, an article out of range
              ",2026-01-02,email,GH,Themes,ratification;astrology,1;34,,,,,,,,,\n"
              // line 6: unknown priority, confidentiality, route, status
              ",2026-01-02,email,GH,Codes,ratification,,soonish,secret,,sideways,finished,,,,\n"
              // line 7: an adviser who is not in the vault
              ",2026-01-02,email,GH,Adviser,ratification,,,,Nobody Atall,,,,,,\n"
              // line 8: no subject, no theme (the service's rules)
              ",2026-01-02,email,GH,,,,,,,,,,,,\n"
              // line 9: a reference already in the vault, a due date before receipt
              "AH-2026-0001,2026-01-02,email,GH,Reference,ratification,,,,,,,2025-12-01,,,\n"
              // line 10: a malformed reference, unknown language, bad e-mail, unknown institution type
              "AH-26-1,2026-01-02,email,GH,More,ratification,,,,,,,,klingon,not-an-address,guild\n"
              // line 11 and 12: the same reference twice
              "AH-2025-0500,2025-06-02,email,GH,Twice,ratification,,,,,,,,,,\n"
              "ah-2025-0500,2025-06-02,email,GH,Twice again,ratification,,,,,,,,,,\n"
              // line 13: too few fields
              ",2026-01-02,email,GH,Short\n"
              // line 14: a date in the future
              ",2027-01-02,email,GH,Future,ratification,,,,,,,,,,\n";
        const ImportReport report = importBad(f, csv);
        CHECK(report.rows == 13);
        CHECK(where(report)
            == Places { { 3, s("received") }, { 4, s("channel") }, { 4, s("state") }, { 5, s("themes") },
                { 5, s("articles") }, { 6, s("confidentiality") }, { 6, s("priority") }, { 6, s("route") },
                { 6, s("status") }, { 7, s("adviser") }, { 8, s("subject") }, { 8, s("themes") }, { 9, s("reference") },
                { 9, s("due") }, { 10, s("reference") }, { 10, s("institution_type") }, { 10, s("contact_email") },
                { 10, s("language") }, { 12, s("reference") }, { 13, QString() }, { 14, s("received") } });
        for (const ImportProblem& problem : report.problems)
            CHECK_FALSE(problem.message.isEmpty());
        // The messages name what is wrong.
        CHECK(report.problems[0].message.contains(QLatin1String("03/01/2026")));
        CHECK(report.problems[3].message.contains(QLatin1String("astrology")));
        CHECK(report.problems[12].message.contains(QLatin1String("already")));
        CHECK(report.problems[18].message.contains(QLatin1String("line 11")));
        CHECK(report.lines().at(1).startsWith(QLatin1String("line 4, column channel: ")));
    }
    SECTION("a dry run of a good file imports nothing")
    {
        ImportOptions options;
        options.dryRun = true;
        const ImportReport report = importGood(f, kHeader + "2026-01-02,email,GH,Ok,ratification,text\n", options);
        CHECK(report.rows == 1);
        CHECK(report.importedIds.empty());
        CHECK(queryCount(f) == 1);
    }
}

TEST_CASE("problems with the file as a whole are reported clearly")
{
    test::QueryFixture f;
    const auto problems
        = [&](const QByteArray& csv, const ImportOptions& options = {}) { return importBad(f, csv, options).lines(); };
    SECTION("an empty file")
    {
        CHECK(problems("") == QStringList { s("The file is empty.") });
        CHECK(problems("\xEF\xBB\xBF\n\n") == QStringList { s("The file is empty.") });
    }
    SECTION("a header without rows")
    {
        CHECK(problems(kHeader) == QStringList { s("The file has a header but no queries.") });
    }
    SECTION("unknown, duplicate and missing columns")
    {
        const ImportReport report = importBad(
            f, "received,channel,Channel,subject,colour,themes\n2026-01-02,email,email,Subject,red,ratification\n");
        // A header that is not a column has no column of its own: the message names it.
        CHECK(where(report) == Places { { 1, s("channel") }, { 1, QString() }, { 1, s("state") } });
        CHECK(report.problems[0].message.contains(QLatin1String("twice")));
        CHECK(report.problems[1].message.contains(QString::fromUtf8("Column 5: unknown column name \xe2\x80\x9c"
                                                                    "colour")));
        CHECK(report.problems[2].message.contains(QLatin1String("missing")));
    }
    SECTION("a column mapping renames or ignores a spreadsheet's columns")
    {
        ImportOptions options;
        options.columnMapping.insert(s("Date received"), s("received"));
        options.columnMapping.insert(s("Country"), s("state"));
        options.columnMapping.insert(s("Internal ID"), QString());
        const QByteArray csv = "Date received,channel,Country,subject,themes,Internal ID\n"
                               "2026-01-02,email,Ghana,Mapped,ratification,17\n";
        const ImportReport report = importGood(f, csv, options);
        CHECK(f.get(report.importedIds.front()).stateName == s("Ghana"));
    }
    SECTION("text that is not UTF-8")
    {
        const QByteArray latin1 = kHeader + "2026-01-02,email,GH,Ratification,ratification,ok\n"
            + "2026-01-02,email,GH,C\xF4te d'Ivoire,ratification,text\n";
        const QStringList lines = problems(latin1);
        REQUIRE(lines.size() == 1);
        CHECK(lines.front().contains(QLatin1String("not UTF-8")));
        CHECK(lines.front().contains(QLatin1String("line 3")));
        CHECK(problems("\xFF\xFE"
                       "r\0e\0c\0")
                  .front()
                  .contains(QLatin1String("UTF-16")));
    }
    SECTION("a quote that is never closed")
    {
        const ImportReport report = importBad(
            f, kHeader + "2026-01-02,email,GH,Fine,ratification,ok\n2026-01-02,email,GH,\"Open,ratification,x\n");
        CHECK(where(report) == Places { { 3, QString() } });
        CHECK(report.problems.front().message.contains(QLatin1String("never closed")));
    }
    SECTION("a stray quote inside an unquoted field")
    {
        const ImportReport report = importBad(f, kHeader + "2026-01-02,email,GH,Say \"hi\",ratification,x\n");
        CHECK(where(report) == Places { { 2, QString() } });
    }
    SECTION("rows of empty cells are ignored")
    {
        const ImportReport report = importGood(f, kHeader + "2026-01-02,email,GH,Ok,ratification,x\n,,,,,\n,,,,,\n");
        CHECK(report.rows == 1);
    }
}

TEST_CASE("a file that cannot be read is an error, not a report")
{
    test::QueryFixture f;
    CHECK(csvOf(f).importFile(f.dir.file(QStringLiteral("missing.csv"))).code() == ErrorCode::NotFound);
    CHECK(csvOf(f).importFile(f.dir.path()).code() == ErrorCode::InvalidInput);
    const QString path = f.dir.file(QStringLiteral("header.csv"));
    test::writeFile(path,
        "\xEF\xBB\xBF"
        "Received , channel,\"state\"\r\n2026-01-01,email,GH\r\n");
    CHECK(QueryCsv::readHeader(path).value() == QStringList { s("Received"), s("channel"), s("state") });
}

TEST_CASE("10,000 rows import in one transaction")
{
    test::QueryFixture f;
    QByteArray csv = kHeader;
    for (int i = 0; i < 10000; ++i) {
        csv += "2025-" + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-"
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",email," + (i % 2 ? "GH" : "FJ") + ",\"Query "
            + QByteArray::number(i) + ", about custody\",police_custody," + "\"Request text number "
            + QByteArray::number(i) + "\nwith a second line\"\n";
    }
    SECTION("all of them when all are good")
    {
        const ImportReport report = importGood(f, csv);
        CHECK(report.rows == 10000);
        CHECK(report.importedIds.size() == 10000);
        CHECK(queryCount(f) == 10000);
        CHECK(f.vault->connection().queryInt("SELECT last_value FROM reference_sequences WHERE year = 2025") == 10000);
    }
    SECTION("none of them when the last one is bad, and its line is right")
    {
        csv += "2025-01-01,email,GH,Last,no_such_theme,x\n";
        const ImportReport report = importBad(f, csv);
        // 1 header line, 10,000 rows of two lines each: the bad row starts on line 20,002.
        CHECK(where(report) == Places { { 20002, s("themes") } });
    }
    SECTION("progress is reported while reading and while writing, and a cancel at any point imports nothing")
    {
        struct Call {
            int phase;
            qint64 done;
            qint64 total;
        };
        std::vector<Call> calls;
        QueryCsv importer(*f.service, *f.search, *f.lookup, f.session->caseSummaries());
        ImportOptions options;
        options.progress = [&calls](int phase, qint64 done, qint64 total) {
            calls.push_back({ phase, done, total });
            return true;
        };
        REQUIRE(importer.importData(csv, options).value().accepted());
        REQUIRE(queryCount(f) == 10000);
        const auto inPhase = [&calls](int phase) {
            return std::count_if(calls.begin(), calls.end(), [phase](const Call& c) { return c.phase == phase; });
        };
        CHECK(inPhase(0) >= 10);
        CHECK(inPhase(1) >= 10); // every 500 of 2 x 10,000 steps, and the ends
        for (std::size_t i = 1; i < calls.size(); ++i) {
            INFO("call " << i);
            CHECK((calls[i].phase > calls[i - 1].phase
                || (calls[i].phase == calls[i - 1].phase && calls[i].done >= calls[i - 1].done)));
            CHECK(calls[i].done <= calls[i].total);
        }
        CHECK(calls.back().phase == 1);
        CHECK(calls.back().done == 20000);
        CHECK(calls.back().total == 20000);

        // Cancelled at the first, a middle and the last callback of each phase: nothing imported,
        // the reference counter untouched.
        const std::vector<Call> seen = calls;
        for (std::size_t stopAt :
            { std::size_t { 0 }, seen.size() / 4, seen.size() / 2, seen.size() * 3 / 4, seen.size() - 2 }) {
            INFO("cancelled at call " << stopAt << " (phase " << seen[stopAt].phase << ")");
            std::size_t count = 0;
            ImportOptions cancelling;
            cancelling.progress = [&count, stopAt](int, qint64, qint64) { return count++ != stopAt; };
            CHECK(importer.importData(csv, cancelling).code() == ErrorCode::Cancelled);
            CHECK(queryCount(f) == 10000);
            CHECK(f.vault->connection().queryInt("SELECT last_value FROM reference_sequences WHERE year = 2025")
                == 10000);
        }
    }
}

TEST_CASE("export then import into a new vault gives the same data, field by field")
{
    test::QueryFixture source;
    QueryInput full = source.input(s("Accession, \"urgent\" questions"));
    full.receivedOn = QDate(2025, 12, 1);
    full.institutionTypeId = source.lookup->findInstitutionType(s("attorney_general"))->id;
    full.requestText = s("Paragraph one; with a semicolon.\n\nParagraph two, with \"quotes\" and accents: Côte "
                         "d'Ivoire, São Tomé, مرحبا.\n");
    full.language = s("fr");
    full.confidentiality = Confidentiality::StrictlyConfidential;
    full.themeIds = { source.themeId("ratification"), source.themeId("prisons_detention") };
    full.articles = { 2, 16 };
    full.priority = Priority::Urgent;
    full.dueOn = DueDateChoice::set(QDate(2025, 12, 24));
    full.assignedAdviserId = source.otherAdviserId;
    full.route = Route::Both;
    full.notes = s("Notes, over\ntwo lines");
    const Query a = source.create(full);
    const Query b = source.create(s("Plain"));
    QueryInput minimal = source.input(s("Minimal"));
    minimal.contact = {};
    minimal.institution.clear();
    minimal.requestText.clear();
    const Query c = source.create(minimal);
    REQUIRE(source.service->changeStatus(b.id, QueryStatus::Declined, s("Out of scope")).ok());
    QueryService::Triage triage;
    triage.adviserId = source.adviserId;
    REQUIRE(source.service->triage(c.id, triage).ok());

    const QString path = source.dir.file(QStringLiteral("export.csv"));
    const Result<ExportResult> exported = csvOf(source).exportToFile(QList<qint64> { a.id, b.id, c.id }, path);
    REQUIRE(exported.ok());
    CHECK(exported->exported == 3);
    CHECK(test::fileMode(path) == 0600);
    CHECK(test::readFile(path).startsWith("\xEF\xBB\xBF"
                                          "reference,received,channel,state,"));
    // Nothing but the export itself is left in the folder.
    CHECK(QDir(source.dir.path()).entryList(QDir::Files) == QStringList { s("export.csv"), s("queries.ahv") });
    // Each export is in the query's timeline.
    const auto timeline = source.service->timeline(a.id);
    REQUIRE(timeline.ok());
    CHECK(timeline->back().kind == EntryKind::Exported);
    CHECK(timeline->back().summary.contains(QLatin1String("export.csv")));

    test::QueryFixture target; // a new vault, with advisers of the same names
    const Result<ImportReport> imported = csvOf(target).importFile(path);
    REQUIRE(imported.ok());
    INFO(imported->lines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported->accepted());
    REQUIRE(imported->importedIds.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        const Query before = source.get(QList<qint64> { a.id, b.id, c.id }.at(static_cast<qsizetype>(i)));
        const Query after = target.get(imported->importedIds[i]);
        INFO(before.reference.toStdString());
        CHECK(after.reference == before.reference);
        CHECK(after.status == before.status);
        CHECK(after.fields.receivedOn == before.fields.receivedOn);
        CHECK(after.channelName == before.channelName);
        CHECK(after.stateName == before.stateName);
        CHECK(after.institutionTypeName == before.institutionTypeName);
        CHECK(after.fields.institution == before.fields.institution);
        CHECK(after.fields.contact == before.fields.contact);
        CHECK(after.fields.subject == before.fields.subject);
        CHECK(after.fields.requestText == before.fields.requestText);
        CHECK(after.fields.language == before.fields.language);
        CHECK(after.fields.confidentiality == before.fields.confidentiality);
        CHECK(after.themeNames == before.themeNames);
        CHECK(after.fields.articles == before.fields.articles);
        CHECK(after.fields.priority == before.fields.priority);
        CHECK(after.dueOn == before.dueOn);
        CHECK(after.dueOverridden == before.dueOverridden);
        CHECK(after.adviserName == before.adviserName);
        CHECK(after.fields.route == before.fields.route);
        CHECK(after.fields.notes == before.fields.notes);
    }
    // The reference counter moved past the imported numbers.
    CHECK(target.create().reference == s("AH-2026-0003"));
}

TEST_CASE("JSON export has every field, and the timeline when asked")
{
    test::QueryFixture f;
    QueryInput in = f.input(s("JSON subject"));
    in.articles = { 1 };
    in.route = Route::Refer;
    in.assignedAdviserId = f.adviserId;
    const Query first = f.create(in);
    const Query second = f.create(s("Second"));
    REQUIRE(f.service->link(second.id, first.id, LinkKind::FollowUp).ok());
    NewEntry meeting;
    meeting.kind = EntryKind::Meeting;
    meeting.summary = s("Meeting in Geneva");
    REQUIRE(f.service->addEntry(first.id, meeting).ok());

    ExportOptions options;
    options.format = ExportFormat::Json;
    options.includeTimeline = true;
    const QString path = f.dir.file(QStringLiteral("export.json"));
    REQUIRE(csvOf(f).exportToFile(QList<qint64> { first.id, second.id }, path, options).ok());
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(test::readFile(path), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    REQUIRE(document.array().size() == 2);
    const QJsonObject object = document.array().at(0).toObject();
    for (const QString& column : QueryCsv::columns()) {
        INFO(column.toStdString());
        CHECK(object.contains(column));
    }
    for (const char* key : { "region", "state_iso3", "channel_code", "theme_codes", "due_overridden", "waiting_since",
             "merged_into", "created_at", "updated_at", "version", "links", "timeline" }) {
        INFO(key);
        CHECK(object.contains(QLatin1String(key)));
    }
    CHECK(object.value(QStringLiteral("reference")).toString() == first.reference);
    CHECK(object.value(QStringLiteral("state")).toString() == s("Ghana"));
    CHECK(object.value(QStringLiteral("state_iso3")).toString() == s("GHA"));
    CHECK(object.value(QStringLiteral("subject")).toString() == s("JSON subject"));
    CHECK(object.value(QStringLiteral("request")).toString() == in.requestText);
    CHECK(object.value(QStringLiteral("contact_email")).toString() == s("k.marrowby@example.org"));
    CHECK(object.value(QStringLiteral("themes")).toArray().at(0).toString() == s("Ratification / accession process"));
    CHECK(object.value(QStringLiteral("articles")).toArray().at(0).toInt() == 1);
    CHECK(object.value(QStringLiteral("route")).toString() == s("refer"));
    CHECK(object.value(QStringLiteral("adviser")).toString() == s("Amara Quillfeather"));
    CHECK(object.value(QStringLiteral("links")).toArray().at(0).toObject().value(QStringLiteral("reference")).toString()
        == second.reference);
    const QJsonArray timeline = object.value(QStringLiteral("timeline")).toArray();
    QStringList kinds;
    for (const QJsonValue& entry : timeline)
        kinds << entry.toObject().value(QStringLiteral("kind")).toString();
    CHECK(kinds.contains(s("created")));
    CHECK(kinds.contains(s("meeting")));
    CHECK(kinds.contains(s("linked")));

    SECTION("without the timeline when not asked")
    {
        options.includeTimeline = false;
        options.overwrite = true;
        REQUIRE(csvOf(f).exportToFile(QList<qint64> { first.id }, path, options).ok());
        const QJsonObject plain = QJsonDocument::fromJson(test::readFile(path)).array().at(0).toObject();
        CHECK_FALSE(plain.contains(QLatin1String("timeline")));
    }
}

TEST_CASE("an export writes the whole file under its name or nothing")
{
    test::QueryFixture f;
    const Query query = f.create();
    const QString path = f.dir.file(QStringLiteral("out.csv"));
    const auto exportedEntries = [&] {
        int count = 0;
        const auto timeline = f.service->timeline(query.id);
        REQUIRE(timeline.ok());
        for (const TimelineEntry& entry : timeline.value())
            count += entry.kind == EntryKind::Exported ? 1 : 0;
        return count;
    };

    SECTION("an existing file is not replaced unless asked")
    {
        test::writeFile(path, "keep me");
        CHECK(csvOf(f).exportToFile(QList<qint64> { query.id }, path).code() == ErrorCode::AlreadyExists);
        CHECK(test::readFile(path) == "keep me");
        ExportOptions options;
        options.overwrite = true;
        REQUIRE(csvOf(f).exportToFile(QList<qint64> { query.id }, path, options).ok());
        CHECK(test::readFile(path).contains("AH-2026-0001"));
        CHECK(test::fileMode(path) == 0600);
    }
    SECTION("the file is private whatever the umask, also when it replaces a readable file")
    {
        const mode_t previous = ::umask(022);
        const Result<ExportResult> created = csvOf(f).exportToFile(QList<qint64> { query.id }, path);
        test::writeFile(f.dir.file(QStringLiteral("old.json")), "{}");
        QFile::setPermissions(f.dir.file(QStringLiteral("old.json")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        ExportOptions options;
        options.format = ExportFormat::Json;
        options.overwrite = true;
        const Result<ExportResult> replaced
            = csvOf(f).exportToFile(QList<qint64> { query.id }, f.dir.file(QStringLiteral("old.json")), options);
        ::umask(previous);
        REQUIRE(created.ok());
        REQUIRE(replaced.ok());
        CHECK(test::fileMode(path) == 0600);
        CHECK(test::fileMode(f.dir.file(QStringLiteral("old.json"))) == 0600);
    }
    SECTION("a missing folder")
    {
        CHECK(
            csvOf(f).exportToFile(QList<qint64> { query.id }, f.dir.file(QStringLiteral("no/such/dir/out.csv"))).code()
            == ErrorCode::NotFound);
        CHECK(exportedEntries() == 0);
    }
    SECTION("a cancelled export leaves no file and no timeline entry")
    {
        ExportOptions options;
        options.progress = [](qint64, qint64) { return false; };
        CHECK(csvOf(f).exportToFile(QList<qint64> { query.id }, path, options).code() == ErrorCode::Cancelled);
        CHECK(QDir(f.dir.path()).entryList(QDir::Files) == QStringList { s("queries.ahv") });
        CHECK(exportedEntries() == 0);
    }
    SECTION("a query that does not exist")
    {
        CHECK(csvOf(f).exportToFile(QList<qint64> { query.id, 999 }, path).code() == ErrorCode::NotFound);
        CHECK_FALSE(QFile::exists(path));
        CHECK(exportedEntries() == 0);
    }
    SECTION("to a device, recorded once written")
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.byteOrderMark = false;
        options.destination = s("standard output");
        REQUIRE(csvOf(f).exportToDevice(QList<qint64> { query.id }, buffer, options).ok());
        CHECK(buffer.data().startsWith("reference,"));
        CHECK(exportedEntries() == 1);
        CHECK(f.service->timeline(query.id)->back().summary.contains(QLatin1String("standard output")));
    }
}

TEST_CASE("an export of a search result follows the list's filter and order")
{
    test::QueryFixture f;
    QueryInput older = f.input(s("Older custody question"));
    older.receivedOn = QDate(2025, 6, 1);
    const Query a = f.create(older);
    f.create(s("Unrelated ratification"));
    QueryInput newer = f.input(s("Newer custody question"));
    newer.receivedOn = QDate(2025, 9, 1);
    const Query c = f.create(newer);

    QueryFilter filter;
    filter.text = s("custody");
    const QString path = f.dir.file(QStringLiteral("custody.csv"));
    const Result<ExportResult> exported = csvOf(f).exportToFile(filter, QuerySort {}, path);
    REQUIRE(exported.ok());
    CHECK(exported->exported == 2);
    const QList<QByteArray> lines = test::readFile(path).split('\n');
    REQUIRE(lines.size() >= 3);
    CHECK(lines.at(1).startsWith(c.reference.toUtf8())); // newest first
    CHECK(lines.at(2).startsWith(a.reference.toUtf8()));
}

TEST_CASE("cells a spreadsheet would run as formulas are exported as text and import back exactly")
{
    // OWASP's CSV injection: = + - @, or a tab or carriage return first. Also texts that already
    // start with quotes before such a character, and quotes alone, so the escape is proven exact.
    const QStringList texts { s("=HYPERLINK(\"http://example.org/x\",\"open\")"), s("+41 22 555 0101"), s("-2+3"),
        s("@SUM(A1:A9)"), s("\tcmd|' /C calc'!A0"), s("\r=1+1"), s("'=already quoted"), s("''=twice quoted"),
        s("'plain quote"), s("''"), s("'"), s("="), s("'\t"), s("a = b"), s("Normal text") };
    test::QueryFixture source;
    QList<qint64> ids;
    for (const QString& text : texts) {
        QueryInput input = source.input(s("Subject ") + QString::number(ids.size()));
        input.requestText = text; // kept exactly as typed
        input.notes = text;
        ids << source.create(input).id;
    }
    QueryInput people = source.input(s("=cmd|' /C calc'!A0"));
    people.institution = s("@Ministry");
    people.contact.name = s("-Ana");
    people.contact.function = s("'=Director");
    people.contact.phone = s("+41 22 555 0101");
    ids << source.create(people).id;

    const QString path = source.dir.file(QStringLiteral("export.csv"));
    REQUIRE(csvOf(source).exportToFile(ids, path).ok());
    const QByteArray file = test::readFile(path);
    // No cell of the file starts like a formula: each such text has a quote in front.
    const QList<QByteArray> lines = file.split('\n');
    CHECK(file.contains(",\"'=HYPERLINK(\"\"http://example.org/x\"\",\"\"open\"\")\","));
    CHECK(file.contains(",'+41 22 555 0101,"));
    CHECK(file.contains(",'-2+3,"));
    CHECK(file.contains(",'@SUM(A1:A9),"));
    CHECK(file.contains(",'\tcmd|' /C calc'!A0,"));
    CHECK(file.contains(",\"'\r=1+1\","));
    CHECK(file.contains(",''=already quoted,"));
    CHECK(file.contains(",'''=twice quoted,"));
    CHECK(file.contains(",'plain quote,")); // not formula-like: as it was
    CHECK(file.contains(",'=cmd|' /C calc'!A0,"));
    CHECK(file.contains(",'@Ministry,'-Ana,''=Director,"));
    for (const QByteArray& line : lines) {
        for (const QByteArray& cell : line.split(',')) {
            INFO(cell.toStdString());
            CHECK_FALSE((cell.startsWith('=') || cell.startsWith('+') || cell.startsWith('-') || cell.startsWith('@')
                || cell.startsWith("\"=") || cell.startsWith("\"+") || cell.startsWith("\"-") || cell.startsWith("\"@")
                || cell.startsWith("\"\t") || cell.startsWith("\"\r")));
        }
    }

    test::QueryFixture target;
    const Result<ImportReport> imported = csvOf(target).importFile(path);
    REQUIRE(imported.ok());
    INFO(imported->lines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported->accepted());
    REQUIRE(imported->importedIds.size() == static_cast<std::size_t>(ids.size()));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Query before = source.get(ids.at(i));
        const Query after = target.get(imported->importedIds[static_cast<std::size_t>(i)]);
        INFO(before.fields.requestText.toStdString());
        CHECK(after.fields.subject == before.fields.subject);
        CHECK(after.fields.requestText == before.fields.requestText);
        CHECK(after.fields.notes == before.fields.notes);
        CHECK(after.fields.institution == before.fields.institution);
        CHECK(after.fields.contact == before.fields.contact);
    }

    SECTION("a file written by hand: a quote before a formula character is taken off, any other stays")
    {
        test::QueryFixture other;
        const ImportReport report = importGood(
            other, kHeader + "2026-01-02,email,GH,'=SUM(1),training,'+41\n2026-01-02,email,GH,'Quoted,training,'\n");
        REQUIRE(report.importedIds.size() == 2);
        CHECK(other.get(report.importedIds[0]).fields.subject == s("=SUM(1)"));
        CHECK(other.get(report.importedIds[0]).fields.requestText == s("+41"));
        CHECK(other.get(report.importedIds[1]).fields.subject == s("'Quoted"));
        CHECK(other.get(report.importedIds[1]).fields.requestText == s("'"));
    }
}

TEST_CASE("a file with bare CR line ends counts its lines like any other")
{
    // Spreadsheets saved "for Macintosh" end lines with CR alone.
    test::QueryFixture f;
    QByteArray csv = kHeader + "2026-01-02,email,GH,First,ratification,\"Line one\nline two\"\n"
        + "2026-01-02,email,XX,Bad state,ratification,text\n" + "2026-01-02,pigeon,GH,Bad channel,ratification,x\n";
    csv.replace('\n', '\r');
    const ImportReport bad = importBad(f, csv);
    // Header = line 1; the first row spans lines 2-3; the bad rows are lines 4 and 5.
    CHECK(where(bad) == Places { { 4, s("state") }, { 5, s("channel") } });

    QByteArray good = kHeader + "2026-01-02,email,GH,First,ratification,\"Line one\nline two\"\n";
    good.replace('\n', '\r');
    const ImportReport report = importGood(f, good);
    REQUIRE(report.importedIds.size() == 1);
    CHECK(f.get(report.importedIds[0]).fields.requestText == s("Line one\nline two")); // stored with LF
    CHECK(f.get(report.importedIds[0]).fields.subject == s("First"));
}

TEST_CASE("problems quote codes and dates but never a long or multi-line cell")
{
    test::QueryFixture f;
    const QString confidential = s("The Minister asked us in confidence about the detention of Ada Zorvexa");
    SECTION("a text in a code column, as when the columns are shifted")
    {
        const ImportReport report = importBad(f,
            kHeader + "2026-01-02,email," + confidential.toUtf8() + ",Subject,ratification,text\n"
                + "2026-01-02,email,\"Two\nlines\",Subject,ratification,text\n" + "2026-01-02,email,Atlantis,S,x,t\n");
        REQUIRE(report.problems.size() == 4);
        for (const QString& line : report.lines()) {
            INFO(line.toStdString());
            CHECK_FALSE(line.contains(QLatin1String("Zorvexa")));
            CHECK_FALSE(line.contains(QLatin1String("confidence")));
            CHECK_FALSE(line.contains(QLatin1String("Two")));
        }
        CHECK(report.problems[0].message.contains(QLatin1String("not shown")));
        CHECK(report.problems[2].message.contains(QString::fromUtf8("\xe2\x80\x9c"
                                                                    "Atlantis"
                                                                    "\xe2\x80\x9d")));
        CHECK(report.problems[3].message.contains(QString::fromUtf8("\xe2\x80\x9c"
                                                                    "x"
                                                                    "\xe2\x80\x9d")));
    }
    SECTION("a file without its header line: the first row is read as column names")
    {
        const ImportReport report
            = importBad(f, "2026-01-02,email,GH,Subject,ratification,\"" + confidential.toUtf8() + "\"\n");
        for (const QString& line : report.lines()) {
            INFO(line.toStdString());
            CHECK_FALSE(line.contains(QLatin1String("Zorvexa")));
        }
        CHECK(report.lines()
                  .join(QLatin1Char('\n'))
                  .contains(QString::fromUtf8("\xe2\x80\x9c"
                                              "2026-01-02"
                                              "\xe2\x80\x9d")));
    }
}

TEST_CASE("a file larger than the import limit is refused without being read")
{
    test::QueryFixture f;
    const QString path = f.dir.file(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(kHeader);
        REQUIRE(file.resize(QueryCsv::MaxImportBytes + 1)); // sparse: no disk space used
    }
    const Result<ImportReport> report = csvOf(f).importFile(path);
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems[0].line == 0);
    CHECK(report->problems[0].message.contains(QLatin1String("larger than 100 MB")));
    CHECK(queryCount(f) == 0);
}

} // namespace query_csv_test
