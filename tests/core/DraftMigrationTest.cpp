// Schema version 7 (drafts/DraftsSchema.cpp): drafts, their versions and steps, templates, the
// library, the precedent index and the spelling dictionary. Upgraded from a version-6 vault with
// queries and a referral, which keep working; drafts work on the upgraded vault.
// Schema version 8: the index of the sent drafts, newest first, that precedent search walks;
// upgraded from a version-7 vault with sent and unsent drafts, which stay as they were.
#include "QueryFixture.h"
#include "VaultTestAccess.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "db/Migrations.h"
#include "drafts/DraftService.h"
#include "library/LibraryService.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace draft_migration_test {

using namespace advicehub;

namespace {

// Query 1, created by adviser 1, written as the older schema stores it.
void insertQueryBeforeUpgrade(db::Connection& c)
{
    c.execute("INSERT INTO queries(id, reference, ref_year, ref_seq, received_on, channel_id, state_id, subject, "
              "language, confidentiality, priority, due_on, fts_docid, created_at, updated_at, created_by) "
              "SELECT 1, 'AH-2025-0001', 2025, 1, '2025-06-02', (SELECT min(id) FROM channels), "
              "(SELECT min(id) FROM states), 'Before the upgrade', 'en', 'confidential', 'normal', '2025-06-16', "
              "1, '2025-06-02T09:00:00Z', '2025-06-02T09:00:00Z', 1");
    c.execute("INSERT INTO query_texts(query_id) VALUES (1)");
}

} // namespace

TEST_CASE("a vault of version 6 is upgraded to drafts and keeps its queries", "[drafts][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v6.ahv"));
    {
        auto old = VaultTestAccess::createAtVersion(path, test::passphrase(), crypto::KdfProfile::insecureTesting(), 6);
        REQUIRE(old.ok());
        db::Connection& c = old.value()->connection();
        REQUIRE(db::Migrator::currentVersion(c) == 6);
        CHECK(c.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'drafts'") == 0);
        c.execute("INSERT INTO advisers(id, name, role, created_at) VALUES (1, 'Tomas Brindlewood', 'adviser', "
                  "'2025-01-01T00:00:00Z'), (2, 'Helga Marchetti-Oduya', 'head', '2025-01-01T00:00:00Z')");
        insertQueryBeforeUpgrade(c);
    }
    auto vault = test::openVault(path);
    REQUIRE(db::Migrator::latestVersion() >= 8); // 9: attachments (AttachmentMigrationTest)
    CHECK(vault->info().schemaVersion == db::Migrator::latestVersion());
    db::Connection& c = vault->connection();
    for (const char* table : { "drafts", "draft_versions", "draft_steps", "draft_templates", "library_resources",
             "library_resource_themes", "spelling_words", "precedent_fts" }) {
        INFO(table);
        CHECK(
            c.queryInt((std::string("SELECT count(*) FROM sqlite_master WHERE name = '") + table + "'").c_str()) == 1);
    }
    CHECK(c.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                     "('drafts_sent_locked_update', 'drafts_sent_locked_delete', 'draft_versions_immutable', "
                     "'draft_versions_of_sent_kept', 'draft_versions_not_after_sent', 'draft_steps_append_only', "
                     "'draft_steps_of_sent_kept')")
        == 7);
    CHECK(c.queryText("SELECT subject FROM queries WHERE id = 1") == QStringLiteral("Before the upgrade"));
    CHECK(vault->checkIntegrity()->isEmpty());

    // The drafts work on the upgraded vault: written, cleared by the head, sent, found.
    ManualClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    auto opened = Session::open(std::move(vault), clock);
    REQUIRE(opened.ok());
    Session& s = *opened.value();
    REQUIRE(s.setCurrentAdviser(1).ok());
    drafts::DraftInput in;
    in.queryId = 1;
    in.title = QStringLiteral("Answer after the upgrade");
    in.html = QStringLiteral("<p>The wombat paragraph.</p>");
    auto draft = s.drafts().create(in);
    INFO((draft ? QString() : draft.error().message).toStdString());
    REQUIRE(draft.ok());
    draft = s.drafts().submit(draft->id, {}, draft->version);
    REQUIRE(draft.ok());
    REQUIRE(s.setCurrentAdviser(2).ok());
    draft = s.drafts().clear(draft->id, {}, draft->version);
    REQUIRE(draft.ok());
    drafts::SendInput send;
    send.channelId = s.lookup().findChannel(QStringLiteral("email"))->id;
    draft = s.drafts().markSent(draft->id, send, draft->version);
    REQUIRE(draft.ok());
    CHECK(draft->state == drafts::DraftState::Sent);
    queries::QueryFilter filter;
    filter.text = QStringLiteral("wombat");
    const auto found = s.search().ids(filter, {});
    REQUIRE(found.ok());
    CHECK(found.value() == QList<qint64> { 1 });
    CHECK_THROWS_AS(s.vault().connection().execute("UPDATE drafts SET title = 'changed'"), db::DbError);
    CHECK(s.vault().checkIntegrity()->isEmpty());
}

TEST_CASE("a vault of version 7 gets the index of sent drafts and keeps its drafts", "[drafts][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v7.ahv"));
    {
        auto old = VaultTestAccess::createAtVersion(path, test::passphrase(), crypto::KdfProfile::insecureTesting(), 7);
        REQUIRE(old.ok());
        db::Connection& c = old.value()->connection();
        REQUIRE(db::Migrator::currentVersion(c) == 7);
        CHECK(c.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'drafts_sent_recent'") == 0);
        c.execute("INSERT INTO advisers(id, name, role, created_at) VALUES (1, 'Tomas Brindlewood', 'adviser', "
                  "'2025-01-01T00:00:00Z')");
        insertQueryBeforeUpgrade(c);
        // Three answers sent on different days (inserted out of date order) and one still a draft.
        for (const auto& [id, sentOn] : { std::pair { 1, "2025-06-20" }, { 2, "2025-07-01" }, { 3, "2025-06-25" } }) {
            const std::string n = std::to_string(id);
            c.execute("INSERT INTO drafts(id, query_id, title, language, kind, state, latest_version, word_count, "
                      "created_at, created_by, updated_at, cleared_version, cleared_by) VALUES ("
                + n + ", 1, 'Sent answer " + n
                + "', 'en', 'substantive_response', 'cleared', 1, 3, "
                  "'2025-06-10T09:00:00Z', 1, '2025-06-10T09:00:00Z', 1, 1)");
            c.execute("INSERT INTO draft_versions(draft_id, number, html, text, word_count, author_id, saved_at) "
                      "VALUES ("
                + n + ", 1, '<p>The quokka answer " + n + "</p>', 'The quokka answer " + n
                + "', 4, 1, '2025-06-10T09:00:00Z')");
            c.execute("UPDATE drafts SET state = 'sent', sent_version = 1, sent_on = '" + std::string(sentOn)
                + "', sent_channel_id = (SELECT min(id) FROM channels) WHERE id = " + n);
            c.execute("INSERT INTO precedent_fts(docid, title, body) VALUES (" + n + ", 'Sent answer " + n
                + "', 'The quokka answer " + n + "')");
        }
        c.execute("INSERT INTO drafts(id, query_id, title, language, kind, latest_version, word_count, created_at, "
                  "created_by, updated_at) VALUES (4, 1, 'Unsent', 'en', 'other', 1, 1, '2025-06-10T09:00:00Z', 1, "
                  "'2025-06-10T09:00:00Z')");
        c.execute("INSERT INTO draft_versions(draft_id, number, html, text, word_count, author_id, saved_at) "
                  "VALUES (4, 1, '<p>quokka</p>', 'quokka', 1, 1, '2025-06-10T09:00:00Z')");
    }
    auto vault = test::openVault(path);
    REQUIRE(vault->info().schemaVersion == db::Migrator::latestVersion());
    db::Connection& c = vault->connection();
    CHECK(c.queryText("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'drafts_sent_recent'")
        == QStringLiteral("CREATE INDEX drafts_sent_recent ON drafts(sent_on DESC, id DESC) WHERE state = 'sent'"));
    CHECK(c.queryInt("SELECT count(*) FROM drafts") == 4);
    CHECK(c.queryInt("SELECT count(*) FROM draft_versions") == 4);
    CHECK(c.queryInt("SELECT count(*) FROM drafts WHERE state = 'sent'") == 3);
    CHECK(c.queryText("SELECT group_concat(title, '|') FROM drafts ORDER BY id")
        == QStringLiteral("Sent answer 1|Sent answer 2|Sent answer 3|Unsent"));
    CHECK_THROWS_AS(c.execute("UPDATE drafts SET title = 'changed' WHERE id = 2"), db::DbError);
    CHECK(vault->checkIntegrity()->isEmpty());

    // The precedent page walks the index (no sort of every sent draft) ...
    QString plan;
    {
        db::Statement explain = c.prepare("EXPLAIN QUERY PLAN SELECT * FROM drafts d WHERE d.state = 'sent' "
                                          "ORDER BY d.sent_on DESC, d.id DESC LIMIT 50");
        while (explain.step())
            plan += explain.text(3) + u'\n';
    }
    INFO(plan.toStdString());
    CHECK(plan.contains(QLatin1String("drafts_sent_recent")));
    CHECK_FALSE(plan.contains(QLatin1String("TEMP B-TREE")));

    // ... and finds the upgraded vault's answers newest first.
    ManualClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    auto opened = Session::open(std::move(vault), clock);
    REQUIRE(opened.ok());
    library::PrecedentFilter filter;
    filter.text = QStringLiteral("quokka");
    const auto found = opened.value()->library().searchPrecedents(filter);
    REQUIRE(found.ok());
    std::vector<qint64> ids;
    for (const library::Precedent& p : found.value())
        ids.push_back(p.draftId);
    CHECK(ids == std::vector<qint64> { 2, 3, 1 });
}

} // namespace draft_migration_test
