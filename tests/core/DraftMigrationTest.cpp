// Schema version 7 (drafts/DraftsSchema.cpp): drafts, their versions and steps, templates, the
// library, the precedent index and the spelling dictionary. Upgraded from a version-6 vault with
// queries and a referral, which keep working; drafts work on the upgraded vault.
#include "QueryFixture.h"
#include "VaultTestAccess.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "db/Migrations.h"
#include "drafts/DraftService.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

using namespace advicehub;

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
        c.execute("INSERT INTO queries(id, reference, ref_year, ref_seq, received_on, channel_id, state_id, subject, "
                  "language, confidentiality, priority, due_on, fts_docid, created_at, updated_at, created_by) "
                  "SELECT 1, 'AH-2025-0001', 2025, 1, '2025-06-02', (SELECT min(id) FROM channels), "
                  "(SELECT min(id) FROM states), 'Before the upgrade', 'en', 'confidential', 'normal', '2025-06-16', "
                  "1, '2025-06-02T09:00:00Z', '2025-06-02T09:00:00Z', 1");
        c.execute("INSERT INTO query_texts(query_id) VALUES (1)");
    }
    auto vault = test::openVault(path);
    REQUIRE(db::Migrator::latestVersion() == 7);
    CHECK(vault->info().schemaVersion == 7);
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
