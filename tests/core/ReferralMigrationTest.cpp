// Schema version 6 (referrals/ReferralsSchema.cpp): the editable partner directory, referrals
// and consents. Upgraded from the first release's vault and from the version before.
#include "QueryFixture.h"
#include "VaultTestAccess.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "db/Migrations.h"
#include "partners/PartnerService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QFile>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace referral_migration_test {

using namespace advicehub;

namespace {

void checkReferralSchema(db::Connection& c)
{
    for (const char* table : { "partner_contacts", "partner_changes", "referrals", "referral_fields", "consents",
             "consent_partners", "consent_fields" })
        CHECK(c.queryInt(
                  (std::string("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '") + table + "'")
                      .c_str())
            == 1);
    CHECK(c.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('partners_name_nocase', "
                     "'referrals_query', 'referrals_partner', 'referrals_open_follow_up', 'referrals_sent', "
                     "'referrals_open_query')")
        == 6);
    CHECK(c.queryInt("SELECT count(*) FROM partners WHERE version = 1") == c.queryInt("SELECT count(*) FROM partners"));
    // Names are unique whatever their case.
    CHECK_THROWS_AS(
        c.execute("INSERT INTO partners(name, type) SELECT upper(name), 'ngo' FROM partners LIMIT 1"), db::DbError);
}

// The services work on the upgraded vault: a seeded partner edited, a referral sent under consent.
void useReferrals(std::unique_ptr<Vault> vault)
{
    ManualClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    auto session = Session::open(std::move(vault), clock);
    REQUIRE(session.ok());
    Session& s = *session.value();
    auto adviser = s.advisers().add(QStringLiteral("Amara Quillfeather"));
    REQUIRE(adviser.ok());
    REQUIRE(s.reloadReferenceData().ok());
    REQUIRE(s.setCurrentAdviser(adviser->id).ok());
    auto apt = s.partners().find(QStringLiteral("APT"));
    REQUIRE(apt.ok());
    partners::PartnerInput edited = apt->fields;
    edited.contacts.push_back({ 0, QStringLiteral("Ines Harrowgate"), {}, QStringLiteral("ines@example.org"), {} });
    auto saved = s.partners().update(apt->id, edited, apt->version);
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);

    queries::QueryInput in;
    in.receivedOn = clock.nowUtc().date();
    in.channelId = s.lookup().findChannel(QStringLiteral("email"))->id;
    in.stateId = s.lookup().findState(QStringLiteral("GH"))->id;
    in.subject = QStringLiteral("After the upgrade");
    in.themeIds = { s.lookup().findTheme(QStringLiteral("police_custody"))->id };
    const auto query = s.queries().create(in);
    REQUIRE(query.ok());
    auto suggestions = s.referrals().suggest(query->id);
    REQUIRE(suggestions.ok());
    REQUIRE_FALSE(suggestions->empty());
    referrals::ConsentInput consent;
    consent.queryId = query->id;
    consent.givenOn = in.receivedOn;
    consent.givenByName = QStringLiteral("Ama Osei-Blackwood");
    consent.partnerIds = { apt->id };
    consent.fields = referrals::ReferralText::defaultSharedFields();
    REQUIRE(s.referrals().recordConsent(consent).ok());
    referrals::ReferralInput r;
    r.queryId = query->id;
    r.partnerId = apt->id;
    r.contactId = saved->fields.contacts.back().id;
    r.reason = QStringLiteral("Safeguards in police custody");
    r.shared = referrals::ReferralText::defaultSharedFields();
    auto proposed = s.referrals().propose(r);
    REQUIRE(proposed.ok());
    referrals::StatusChange sent;
    sent.to = referrals::ReferralStatus::Sent;
    auto done = s.referrals().changeStatus(proposed->id, sent);
    REQUIRE(done.ok());
    CHECK(done->contactName == QStringLiteral("Ines Harrowgate"));
    CHECK(s.vault().checkIntegrity()->isEmpty());
}

} // namespace

TEST_CASE("the first release's vault is upgraded to referrals", "[referrals][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.ahv"));
    REQUIRE(QFile::copy(QStringLiteral(ADVICEHUB_TEST_DATA_DIR "/vault-v1.ahv"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto vault = test::openVault(path);
    // Upgraded through version 6 to the newest (7: drafts, DraftMigrationTest).
    REQUIRE(db::Migrator::latestVersion() >= 6);
    CHECK(vault->info().schemaVersion == db::Migrator::latestVersion());
    checkReferralSchema(vault->connection());
    useReferrals(std::move(vault));
}

TEST_CASE("a vault of version 5 keeps its partners and queries when upgraded to referrals", "[referrals][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("old.ahv"));
    qint64 partners = 0;
    {
        auto old = VaultTestAccess::createAtVersion(path, test::passphrase(), crypto::KdfProfile::insecureTesting(), 5);
        REQUIRE(old.ok());
        db::Connection& c = old.value()->connection();
        REQUIRE(db::Migrator::currentVersion(c) == 5);
        c.execute("INSERT INTO partners(name, acronym, type, strategic) VALUES ('Regional Custody Network', 'RCN', "
                  "'ngo', 1)");
        partners = c.queryInt("SELECT count(*) FROM partners");
        c.execute("INSERT INTO advisers(id, name, created_at) VALUES (1, 'Tomas Brindlewood', '2025-01-01T00:00:00Z')");
        c.execute("INSERT INTO queries(id, reference, ref_year, ref_seq, received_on, channel_id, state_id, subject, "
                  "language, confidentiality, priority, due_on, fts_docid, created_at, updated_at, created_by) "
                  "SELECT 1, 'AH-2025-0001', 2025, 1, '2025-06-02', (SELECT min(id) FROM channels), "
                  "(SELECT min(id) FROM states), 'Before the upgrade', 'en', 'confidential', 'normal', '2025-06-16', "
                  "1, '2025-06-02T09:00:00Z', '2025-06-02T09:00:00Z', 1");
        c.execute("INSERT INTO query_texts(query_id) VALUES (1)");
    }
    auto vault = test::openVault(path);
    CHECK(vault->info().schemaVersion == db::Migrator::latestVersion());
    db::Connection& c = vault->connection();
    checkReferralSchema(c);
    CHECK(c.queryInt("SELECT count(*) FROM partners") == partners);
    CHECK(c.queryText("SELECT acronym FROM partners WHERE name = 'Regional Custody Network'") == QStringLiteral("RCN"));
    CHECK(c.queryInt("SELECT count(*) FROM queries") == 1);
    CHECK(c.queryInt("SELECT count(*) FROM referrals") == 0);
    CHECK(vault->checkIntegrity()->isEmpty());
    useReferrals(std::move(vault));
}

} // namespace referral_migration_test
