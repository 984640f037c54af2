// Schema version 9 (attachments/AttachmentsSchema.cpp): attachments, their chunks and their search
// text. Upgraded from a version-8 vault with a query, a draft and a timeline, which keep working;
// attachments work on the upgraded vault.
#include "QueryFixture.h"
#include "VaultTestAccess.h"
#include "attachments/AttachmentService.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "db/Migrations.h"
#include "session/Session.h"

#include <QBuffer>

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace attachment_migration_test {

using namespace advicehub;

TEST_CASE(
    "a vault of version 8 is upgraded to attachments and keeps its queries and drafts", "[attachments][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v8.ahv"));
    {
        auto old = VaultTestAccess::createAtVersion(path, test::passphrase(), crypto::KdfProfile::insecureTesting(), 8);
        REQUIRE(old.ok());
        db::Connection& c = old.value()->connection();
        REQUIRE(db::Migrator::currentVersion(c) == 8);
        CHECK(c.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'attachments'") == 0);
        c.execute("INSERT INTO advisers(id, name, role, created_at) VALUES (1, 'Tomas Brindlewood', 'adviser', "
                  "'2025-01-01T00:00:00Z')");
        c.execute("INSERT INTO queries(id, reference, ref_year, ref_seq, received_on, channel_id, state_id, subject, "
                  "language, confidentiality, priority, due_on, fts_docid, created_at, updated_at, created_by) "
                  "SELECT 1, 'AH-2025-0001', 2025, 1, '2025-06-02', (SELECT min(id) FROM channels), "
                  "(SELECT min(id) FROM states), 'Before the upgrade', 'en', 'confidential', 'normal', '2025-06-16', "
                  "1, '2025-06-02T09:00:00Z', '2025-06-02T09:00:00Z', 1");
        c.execute("INSERT INTO query_texts(query_id) VALUES (1)");
        c.execute("INSERT INTO timeline(id, query_id, kind, occurred_at, recorded_at, adviser_id, summary) VALUES "
                  "(1, 1, 'email_received', '2025-06-02T09:00:00Z', '2025-06-02T09:00:00Z', 1, 'Note verbale')");
        c.execute("INSERT INTO drafts(id, query_id, title, language, kind, latest_version, word_count, created_at, "
                  "created_by, updated_at) VALUES (1, 1, 'Unsent', 'en', 'other', 1, 1, '2025-06-10T09:00:00Z', 1, "
                  "'2025-06-10T09:00:00Z')");
        c.execute("INSERT INTO draft_versions(draft_id, number, html, text, word_count, author_id, saved_at) "
                  "VALUES (1, 1, '<p>quokka</p>', 'quokka', 1, 1, '2025-06-10T09:00:00Z')");
    }
    auto vault = test::openVault(path);
    REQUIRE(db::Migrator::latestVersion() >= 9);
    CHECK(vault->info().schemaVersion == db::Migrator::latestVersion());
    db::Connection& c = vault->connection();
    for (const char* table : { "attachments", "attachment_chunks", "attachment_text" }) {
        INFO(table);
        CHECK(
            c.queryInt((std::string("SELECT count(*) FROM sqlite_master WHERE name = '") + table + "'").c_str()) == 1);
    }
    CHECK(c.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                     "('attachments_content_fixed', 'attachment_chunks_immutable')")
        == 2);
    CHECK(c.queryText("SELECT subject FROM queries WHERE id = 1") == QStringLiteral("Before the upgrade"));
    CHECK(c.queryInt("SELECT count(*) FROM drafts") == 1);
    CHECK(c.queryInt("SELECT count(*) FROM timeline") == 1);
    CHECK(vault->checkIntegrity()->isEmpty());

    // Attachments work on the upgraded vault, linked to the old e-mail entry.
    ManualClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    auto opened = Session::open(std::move(vault), clock);
    REQUIRE(opened.ok());
    Session& s = *opened.value();
    REQUIRE(s.setCurrentAdviser(1).ok());
    QByteArray bytes("The letter of the Ministry.");
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    attachments::AddOptions options;
    options.fileName = QStringLiteral("letter.txt");
    options.entryId = 1;
    const auto added = s.attachments().add(1, buffer, options);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    CHECK(added->entryId == 1);
    CHECK(s.attachments().readAll(added->id).value() == bytes);
    CHECK(s.vault().checkIntegrity()->isEmpty());
}

} // namespace attachment_migration_test
