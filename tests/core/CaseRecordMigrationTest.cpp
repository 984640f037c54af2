// Schema version 5 (casefile/CaseRecordSchema.cpp): the timeline's sources and data, the
// disclosure record. Upgraded from the first release's vault and from the version before.
#include "QueryFixture.h"
#include "casefile/CaseRecord.h"
#include "casefile/DisclosureRecord.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "db/Migrations.h"
#include "queries/QueryCsv.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QFile>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace case_record_migration_test {

using namespace advicehub;
using namespace advicehub::queries;

namespace {

QStringList columnsOf(db::Connection& c, const char* table)
{
    QStringList columns;
    db::Statement s = c.prepare(std::string("PRAGMA table_info(") + table + ")");
    while (s.step())
        columns << s.text(1);
    return columns;
}

// What the case record needs of a vault: the columns, the tables, the append-only triggers.
void checkCaseRecordSchema(db::Connection& c)
{
    const QStringList timeline = columnsOf(c, "timeline");
    for (const char* column : { "source_kind", "source_id", "data" })
        CHECK(timeline.contains(QLatin1String(column)));
    CHECK(columnsOf(c, "disclosures").size() == 10);
    CHECK(columnsOf(c, "disclosure_queries")
        == QStringList { QStringLiteral("disclosure_id"), QStringLiteral("query_id"), QStringLiteral("reference") });
    CHECK(c.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                     "('timeline_append_only_update', 'timeline_append_only_delete', "
                     "'disclosures_append_only_update', 'disclosures_append_only_delete', "
                     "'disclosure_queries_append_only_update', 'disclosure_queries_append_only_delete')")
        == 6);
}

// The case record works on the upgraded vault: a query, a note, an export recorded.
void useCaseRecord(std::unique_ptr<Vault> vault, const QString& exportPath)
{
    const ManualClock clock;
    auto session = Session::open(std::move(vault), clock);
    REQUIRE(session.ok());
    Session& s = *session.value();
    auto adviser = s.advisers().add(QStringLiteral("Amara Quillfeather"));
    REQUIRE(adviser.ok());
    REQUIRE(s.reloadReferenceData().ok());
    REQUIRE(s.setCurrentAdviser(adviser->id).ok());
    QueryInput in;
    in.receivedOn = clock.nowUtc().date();
    in.channelId = s.lookup().findChannel(QStringLiteral("email"))->id;
    in.stateId = s.lookup().findState(QStringLiteral("GH"))->id;
    in.subject = QStringLiteral("After the upgrade");
    in.themeIds = { s.lookup().findTheme(QStringLiteral("ratification"))->id };
    const auto query = s.queries().create(in);
    REQUIRE(query.ok());
    NewEntry note;
    note.summary = QStringLiteral("Noted after the upgrade");
    REQUIRE(s.queries().addEntry(query->id, note).ok());
    QueryCsv csv(s.queries(), s.search(), s.lookup(), s.caseSummaries());
    REQUIRE(csv.exportToFile({ query->id }, exportPath).ok());
    const auto disclosures = s.caseRecord().disclosures().list();
    REQUIRE(disclosures.ok());
    REQUIRE(disclosures->size() == 1);
    CHECK(disclosures->front().document == QStringLiteral("csv"));
    CHECK(s.vault().checkIntegrity()->isEmpty());
}

} // namespace

TEST_CASE("the first release's vault is upgraded to the case record")
{
    // tests/data/vault-v1.ahv was made by Advice Hub 0.1.0 (schema 1) with the test passphrase.
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.ahv"));
    REQUIRE(QFile::copy(QStringLiteral(ADVICEHUB_TEST_DATA_DIR "/vault-v1.ahv"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto vault = test::openVault(path);
    REQUIRE(db::Migrator::latestVersion() >= 5); // 6: referrals (ReferralMigrationTest)
    CHECK(vault->info().schemaVersion == db::Migrator::latestVersion());
    checkCaseRecordSchema(vault->connection());
    useCaseRecord(std::move(vault), dir.file(QStringLiteral("export.csv")));
}

TEST_CASE("a vault of the previous version keeps its timeline when upgraded to the case record")
{
    // Version 4 is the one before the case record; from version 3, the NFKC re-indexing (4) runs
    // first, then the case record (5).
    const int from = GENERATE(4, 3);
    CAPTURE(from);
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("old.ahv"));
    {
        auto old
            = VaultTestAccess::createAtVersion(path, test::passphrase(), crypto::KdfProfile::insecureTesting(), from);
        REQUIRE(old.ok());
        db::Connection& c = old.value()->connection();
        REQUIRE(db::Migrator::currentVersion(c) == from);
        // A query with two entries, written as versions 3 and 4 wrote them.
        c.execute("INSERT INTO advisers(id, name, created_at) VALUES (1, 'Tomas Brindlewood', '2025-01-01T00:00:00Z')");
        c.execute("INSERT INTO queries(id, reference, ref_year, ref_seq, received_on, channel_id, state_id, subject, "
                  "language, confidentiality, priority, due_on, fts_docid, created_at, updated_at, created_by) "
                  "SELECT 1, 'AH-2025-0001', 2025, 1, '2025-06-02', (SELECT min(id) FROM channels), "
                  "(SELECT min(id) FROM states), 'Before the upgrade', 'en', 'confidential', 'normal', '2025-06-16', "
                  "1, '2025-06-02T09:00:00Z', '2025-06-02T09:00:00Z', 1");
        c.execute("INSERT INTO query_texts(query_id) VALUES (1)");
        c.execute("INSERT INTO timeline(query_id, kind, occurred_at, recorded_at, adviser_id, summary, body) VALUES "
                  "(1, 'created', '2025-06-02T09:00:00Z', '2025-06-02T09:00:00Z', 1, 'Registered as AH-2025-0001', ''),"
                  "(1, 'note', '2025-06-03T09:00:00Z', '2025-06-03T09:00:00Z', 1, 'Call', 'kept across the upgrade')");
        c.execute("INSERT INTO query_fts(docid, subject, request, institution, contacts, notes) "
                  "VALUES (1, 'Before the upgrade', '', '', ' ', 'Call kept across the upgrade')");
    }
    auto vault = test::openVault(path);
    CHECK(vault->info().schemaVersion == db::Migrator::latestVersion());
    db::Connection& c = vault->connection();
    checkCaseRecordSchema(c);
    CHECK(c.queryInt("SELECT count(*) FROM timeline WHERE query_id = 1") == 2);
    CHECK(c.queryText("SELECT body FROM timeline WHERE kind = 'note'") == QStringLiteral("kept across the upgrade"));
    CHECK(
        c.queryInt("SELECT count(*) FROM timeline WHERE data = '' AND source_kind IS NULL AND source_id IS NULL") == 2);
    CHECK_THROWS_AS(c.execute("UPDATE timeline SET data = '{}' WHERE kind = 'note'"), db::DbError);
    CHECK(c.queryInt("SELECT count(*) FROM disclosures") == 0);
    CHECK(vault->checkIntegrity()->isEmpty());
    useCaseRecord(std::move(vault), dir.file(QStringLiteral("export.csv")));
}

} // namespace case_record_migration_test
