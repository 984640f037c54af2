// The request in brief (issue 13): an optional adviser-written summary on the query, schema
// version 10 (query_texts.summary), through the service, the timeline, the CSV and JSON exports,
// the import and the printed case summary.
#include "QueryFixture.h"
#include "VaultTestAccess.h"
#include "db/Connection.h"
#include "db/Migrations.h"
#include "printing/PrintService.h"
#include "queries/QueryCsv.h"
#include "queries/QueryRules.h"
#include "session/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace query_summary_field_test {

using namespace advicehub;
using namespace advicehub::queries;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QueryCsv csvOf(test::QueryFixture& f)
{
    return QueryCsv(*f.service, *f.search, *f.lookup, f.session->caseSummaries());
}

const printing::PrintPart* part(const printing::PrintDocument& doc, const QString& title)
{
    for (const printing::PrintPart& p : doc.sections.front().parts) {
        if (p.title == title)
            return &p;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a vault of version 9 gets the summary column and its queries keep working", "[migration]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v9.ahv"));
    {
        auto old = VaultTestAccess::createAtVersion(path, test::passphrase(), crypto::KdfProfile::insecureTesting(), 9);
        REQUIRE(old.ok());
        db::Connection& c = old.value()->connection();
        REQUIRE(db::Migrator::currentVersion(c) == 9);
        c.execute("INSERT INTO advisers(id, name, role, created_at) VALUES (1, 'Tomas Brindlewood', 'adviser', "
                  "'2025-01-01T00:00:00Z')");
        c.execute("INSERT INTO queries(id, reference, ref_year, ref_seq, received_on, channel_id, state_id, subject, "
                  "language, confidentiality, priority, due_on, fts_docid, created_at, updated_at, created_by) "
                  "SELECT 1, 'AH-2025-0001', 2025, 1, '2025-06-02', (SELECT min(id) FROM channels), "
                  "(SELECT min(id) FROM states), 'Before the upgrade', 'en', 'confidential', 'normal', '2025-06-16', "
                  "1, '2025-06-02T09:00:00Z', '2025-06-02T09:00:00Z', 1");
        c.execute("INSERT INTO query_themes(query_id, theme_id) SELECT 1, min(id) FROM themes");
        c.execute("INSERT INTO query_texts(query_id, request_text, notes) VALUES (1, 'First paragraph.\nSecond.', "
                  "'kept')");
    }
    auto vault = test::openVault(path);
    REQUIRE(db::Migrator::latestVersion() >= 10);
    CHECK(vault->info().schemaVersion == db::Migrator::latestVersion());
    CHECK(vault->connection().queryText("SELECT summary FROM query_texts WHERE query_id = 1") == QString());
    CHECK(vault->checkIntegrity()->isEmpty());

    ManualClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    auto opened = Session::open(std::move(vault), clock);
    REQUIRE(opened.ok());
    Session& session = *opened.value();
    REQUIRE(session.setCurrentAdviser(1).ok());
    Query q = session.queries().get(1).value();
    CHECK(q.fields.summary.isEmpty());
    CHECK(q.fields.notes == s("kept"));
    // Without a summary, the request in brief is the request's first paragraph.
    const auto doc = session.printing().caseSummary(1, printing::Profile::Internal);
    REQUIRE(doc.ok());
    REQUIRE(part(doc.value(), s("Request in brief")));
    CHECK(part(doc.value(), s("Request in brief"))->text == s("First paragraph."));

    QueryInput in = q.fields;
    in.summary = s("Asks about accession.");
    const auto updated = session.queries().update(1, in, q.version);
    INFO((updated ? QString() : updated.error().message).toStdString());
    REQUIRE(updated.ok());
    CHECK(session.queries().get(1)->fields.summary == s("Asks about accession."));
}

TEST_CASE("the summary is stored trimmed and changes are in the timeline")
{
    test::QueryFixture f;
    QueryInput in = f.input();
    in.summary = s("  The Ministry asks how to accede.  ");
    const Query q = f.create(in);
    CHECK(q.fields.summary == s("The Ministry asks how to accede."));
    CHECK(f.get(q.id).fields.summary == s("The Ministry asks how to accede."));

    QueryInput next = f.get(q.id).fields;
    next.summary = s("Accession, steps and timing.");
    const auto updated = f.service->update(q.id, next, f.get(q.id).version);
    REQUIRE(updated.ok());
    const auto timeline = f.service->timeline(q.id).value();
    REQUIRE_FALSE(timeline.empty());
    const auto& change = timeline.back();
    CHECK(change.kind == EntryKind::FieldChanged);
    CHECK(change.field == s("summary"));
    CHECK(change.oldValue == s("The Ministry asks how to accede."));
    CHECK(change.newValue == s("Accession, steps and timing."));

    SECTION("at most 2,000 characters")
    {
        QueryInput tooLong = f.input();
        tooLong.summary = QString(QueryLimits::Summary + 1, QLatin1Char('x'));
        const auto refused = f.service->create(tooLong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::InvalidInput);
        tooLong.summary = QString(QueryLimits::Summary, QLatin1Char('x'));
        CHECK(f.service->create(tooLong).ok());
        CHECK(QueryLimits::maxLength(QueryField::Summary) == 2000);
    }
    SECTION("the code and the label")
    {
        CHECK(QueryText::code(QueryField::Summary) == s("summary"));
        CHECK(QueryText::field(u"summary") == QueryField::Summary);
        CHECK(QueryText::label(QueryField::Summary) == s("Summary"));
    }
    SECTION("the pending-edit JSON keeps it")
    {
        CHECK(QueryInput::fromJson(in.toJson()).summary == in.summary);
    }
}

TEST_CASE("the summary goes through the case summary the CSV and JSON exports and the import")
{
    test::QueryFixture f;
    QueryInput in = f.input(s("With a summary"));
    in.summary = s("Accession in brief; \"quoted\", with a comma.");
    const Query q = f.create(in);

    const auto summary = f.session->caseSummaries().build(q.id);
    REQUIRE(summary.ok());
    const casefile::SummaryField* field = summary->field(s("summary"));
    REQUIRE(field);
    CHECK(field->sensitivity == casefile::Sensitivity::Ordinary);
    CHECK(field->display == in.summary);

    const QString csvPath = f.dir.file(s("export.csv"));
    REQUIRE(csvOf(f).exportToFile(QList<qint64> { q.id }, csvPath).ok());
    test::QueryFixture target;
    const auto imported = csvOf(target).importFile(csvPath);
    REQUIRE(imported.ok());
    INFO(imported->lines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported->accepted());
    const auto found = target.service->findByReference(q.reference);
    REQUIRE(found.ok());
    CHECK(found->query.fields.summary == in.summary);

    ExportOptions options;
    options.format = ExportFormat::Json;
    const QString jsonPath = f.dir.file(s("export.json"));
    REQUIRE(csvOf(f).exportToFile(QList<qint64> { q.id }, jsonPath, options).ok());
    const QJsonDocument document = QJsonDocument::fromJson(test::readFile(jsonPath));
    CHECK(document.array().at(0).toObject().value(s("summary")).toString() == in.summary);

    // Printed as the request in brief.
    const auto doc = f.session->printing().caseSummary(q.id, printing::Profile::Briefing);
    REQUIRE(doc.ok());
    REQUIRE(part(doc.value(), s("Request in brief")));
    CHECK(part(doc.value(), s("Request in brief"))->text == in.summary);
    CHECK(doc->fieldCodes.contains(s("summary")));
}

} // namespace query_summary_field_test
