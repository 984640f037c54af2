#include "QueryFixture.h"
#include "db/Connection.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoVault.h"

#include "casefile/CaseRecord.h"
#include "referrals/ReferralService.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace demo_data_test {

using namespace advicehub;
using namespace advicehub::queries;

namespace {

// A digest of everything the generator decided for a list of records.
QByteArray digest(const std::vector<QueryService::Record>& records)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QueryService::Record& record : records) {
        const QueryInput& in = record.input;
        QStringList parts { in.receivedOn.toString(Qt::ISODate), QString::number(in.channelId),
            QString::number(in.stateId), in.institution, in.contact.name, in.contact.email, in.contact.phone,
            in.subject, in.requestText, in.language, QueryText::code(in.confidentiality), QueryText::code(in.priority),
            in.notes, QString::number(in.assignedAdviserId.value_or(0)),
            record.status ? QueryText::code(*record.status) : QString() };
        for (qint64 theme : in.themeIds)
            parts << QString::number(theme);
        for (const NewEntry& entry : record.entries)
            parts << entry.summary << entry.body << entry.occurredAtUtc.toString(Qt::ISODate);
        hash.addData(parts.join(QLatin1Char('|')).toUtf8());
    }
    return hash.result();
}

std::vector<QueryService::Record> generate(test::QueryFixture& f, quint32 seed, int count)
{
    demo::DemoDataOptions options;
    options.seed = seed;
    options.queries = count;
    demo::DemoDataGenerator generator(*f.lookup, f.service->today(), options);
    return generator.next(count, { f.adviserId, f.otherAdviserId });
}

} // namespace

TEST_CASE("the demo data generator is deterministic for a seed")
{
    test::QueryFixture a;
    test::QueryFixture b;
    CHECK(digest(generate(a, 7, 300)) == digest(generate(b, 7, 300)));
    CHECK(digest(generate(a, 7, 300)) != digest(generate(a, 8, 300)));

    SECTION("and so are the vaults it fills")
    {
        demo::DemoDataOptions options;
        options.queries = 120;
        options.batchSize = 50; // several transactions
        REQUIRE(demo::DemoDataGenerator::populate(*a.service, *a.advisers, *a.lookup, options).ok());
        REQUIRE(demo::DemoDataGenerator::populate(*b.service, *b.advisers, *b.lookup, options).ok());
        const char* sql = "SELECT group_concat(reference || subject || state_id || status || received_on, ',') "
                          "FROM (SELECT * FROM queries ORDER BY id)";
        CHECK(a.vault->connection().queryText(sql) == b.vault->connection().queryText(sql));
        CHECK(a.vault->connection().queryInt("SELECT count(*) FROM queries") == 120);
    }
}

TEST_CASE("demo data looks like a real register, with fictional people")
{
    test::QueryFixture f;
    demo::DemoDataOptions options;
    options.queries = 600;
    const Result<demo::DemoDataSummary> summary
        = demo::DemoDataGenerator::populate(*f.service, *f.advisers, *f.lookup, options);
    REQUIRE(summary.ok());
    CHECK(summary->queries == 600);
    // Five advisers; the two of the fixture have demo names and are reused.
    CHECK(summary->adviserIds.size() == 5);
    CHECK(f.advisers->list().value().size() == 5);

    db::Connection& c = f.vault->connection();
    CHECK(c.queryInt("SELECT count(*) FROM queries") == 600);
    CHECK(c.queryText("SELECT min(received_on) FROM queries") >= QStringLiteral("2022-01-01"));
    CHECK(c.queryText("SELECT min(received_on) FROM queries") < QStringLiteral("2022-02-01"));
    CHECK(c.queryText("SELECT max(received_on) FROM queries") <= QStringLiteral("2026-01-05"));
    CHECK(c.queryText("SELECT max(received_on) FROM queries") >= QStringLiteral("2025-12-01"));
    CHECK(c.queryInt("SELECT count(DISTINCT status) FROM queries") >= 7);
    CHECK(c.queryInt("SELECT count(DISTINCT priority) FROM queries") == 4);
    CHECK(c.queryInt("SELECT count(DISTINCT confidentiality) FROM queries") == 3);
    CHECK(c.queryInt("SELECT count(DISTINCT theme_id) FROM query_themes") >= 15);
    CHECK(c.queryInt("SELECT count(DISTINCT state_id) FROM queries") >= 100);
    CHECK(c.queryInt("SELECT count(DISTINCT assigned_adviser_id) FROM queries") == 5);
    CHECK(c.queryInt("SELECT count(DISTINCT ref_year) FROM queries") == 5); // 2022 to 2026
    // Old queries are mostly finished, new ones are not.
    CHECK(c.queryInt("SELECT count(*) FROM queries WHERE received_on < '2025-01-01' AND status IN ('closed', "
                     "'response_sent', 'declined', 'referred')")
        > c.queryInt("SELECT count(*) FROM queries WHERE received_on < '2025-01-01'") / 2);
    CHECK(c.queryInt("SELECT count(*) FROM queries WHERE received_on >= '2025-12-27' AND status = 'closed'") == 0);
    // Requests of about a kilobyte.
    const qint64 average = c.queryInt("SELECT avg(length(request_text)) FROM query_texts");
    CHECK(average > 900);
    CHECK(average < 1400);
    // Contacts are clearly fictional.
    CHECK(c.queryInt("SELECT count(*) FROM queries WHERE contact_email <> '' AND contact_email NOT LIKE "
                     "'%@example.org'")
        == 0);
    CHECK(
        c.queryInt("SELECT count(*) FROM queries WHERE contact_phone <> '' AND contact_phone NOT LIKE '+000 %'") == 0);
    // Logged timeline entries of every kind.
    CHECK(c.queryInt("SELECT count(DISTINCT kind) FROM timeline WHERE kind IN ('note', 'meeting', 'call', "
                     "'email_received', 'email_sent')")
        == 5);
    // A common and a rare word for searches.
    QueryFilter common;
    common.text = demo::DemoDataGenerator::commonWord();
    QueryFilter rare;
    rare.text = demo::DemoDataGenerator::rareWord();
    CHECK(f.search->count(common).value() == 600);
    CHECK(f.search->count(rare).value() < 6);
}

TEST_CASE("demo requests contain a rare word in a few of every thousand")
{
    test::QueryFixture f;
    int rare = 0;
    for (const QueryService::Record& record : generate(f, 99, 5000))
        rare += record.input.requestText.contains(demo::DemoDataGenerator::rareWord(), Qt::CaseInsensitive) ? 1 : 0;
    CHECK(rare >= 2);
    CHECK(rare <= 25);
}

TEST_CASE("the demo vault holds a few hundred queries and a current adviser")
{
    test::TempDir dir;
    auto vault = test::createVault(dir.file(QStringLiteral("demo.ahv")));
    REQUIRE(demo::populateDemoData(*vault, 250).ok());
    db::Connection& c = vault->connection();
    CHECK(c.queryInt("SELECT count(*) FROM queries") == 250);
    const SystemClock clock;
    advisers::AdviserService advisers(c, clock);
    const std::optional<qint64> current = advisers.lastAdviserId();
    REQUIRE(current.has_value());
    CHECK(advisers.find(*current)->name == QStringLiteral("Amara Quillfeather"));
    // The creation of every query is recorded as done by that adviser.
    CHECK(c.queryInt("SELECT count(*) FROM timeline WHERE kind = 'created' AND adviser_id IS NOT NULL") == 250);
    // A few referrals at coherent dates: one completed, one sent long ago without a reply, one
    // proposed with the consent missing.
    CHECK(c.queryInt("SELECT count(*) FROM referrals") == 3);
    CHECK(c.queryInt("SELECT count(*) FROM referrals WHERE status = 'completed' AND consent_id IS NOT NULL") == 1);
    CHECK(c.queryInt("SELECT count(*) FROM referrals WHERE status = 'sent' AND consent_id IS NOT NULL") == 1);
    CHECK(c.queryInt("SELECT count(*) FROM referrals WHERE status = 'proposed' AND follow_up_on IS NOT NULL") == 1);
    CHECK(c.queryInt("SELECT count(*) FROM referrals r JOIN queries q ON q.id = r.query_id WHERE r.proposed_on < "
                     "q.received_on OR r.sent_on < r.proposed_on OR r.closed_on < r.sent_on")
        == 0);
    CHECK(c.queryInt("SELECT count(*) FROM disclosures WHERE kind = 'share'") == 2);
    // A few drafts through the clearance rules: a sent answer cleared by the head, who did not
    // write it; one submitted and awaiting clearance; one with three versions.
    CHECK(c.queryInt("SELECT count(*) FROM drafts") == 3);
    CHECK(c.queryInt("SELECT count(*) FROM drafts d JOIN draft_versions v ON v.draft_id = d.id AND v.number = "
                     "d.sent_version JOIN advisers a ON a.id = d.cleared_by WHERE d.state = 'sent' AND a.role = "
                     "'head' AND v.author_id <> d.cleared_by AND d.self_cleared = 0")
        == 1);
    CHECK(c.queryInt("SELECT count(*) FROM drafts WHERE state = 'submitted'") == 1);
    CHECK(c.queryInt("SELECT count(*) FROM drafts WHERE state = 'draft' AND latest_version = 3") == 1);
    CHECK(c.queryInt("SELECT count(*) FROM draft_steps WHERE action = 'changes_requested'") == 1);
    CHECK(c.queryInt("SELECT count(*) FROM precedent_fts") == 1);
    {
        reference::ReferenceLookup lookup(c);
        casefile::CaseRecord record(c, clock);
        queries::QueryService queries(record, lookup);
        referrals::ReferralService referrals(record, lookup, queries);
        const auto followUps = referrals.followUps();
        REQUIRE(followUps.size() == 1);
        CHECK(followUps.front().why == referrals::FollowUp::Why::NoReply);
        CHECK(followUps.front().daysOverdue > 15);
        const qint64 proposed = c.queryInt("SELECT id FROM referrals WHERE status = 'proposed'");
        CHECK(referrals.get(proposed)->consentState == referrals::ConsentState::Missing);
    }
}

TEST_CASE("the demo vault lives in ~/.local/share/AdviceHub and one from the doubled folder moves there")
{
    // A home and data folder of the test's own stand for ~ and ~/.local/share.
    test::TempDir home;
    const QByteArray homeBefore = qgetenv("HOME");
    const QByteArray dataBefore = qgetenv("XDG_DATA_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/.local/share")));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    REQUIRE(data.startsWith(home.path()));
    const QString expected = data + QStringLiteral("/AdviceHub/demo.ahv");
    CHECK(demo::defaultDemoVaultPath() == expected);
    CHECK_FALSE(QFileInfo::exists(expected)); // asking creates nothing

    // An earlier version's demo vault in …/AdviceHub/AdviceHub/ is moved, not left behind.
    const QString legacyFolder = data + QStringLiteral("/AdviceHub/AdviceHub");
    REQUIRE(QDir().mkpath(legacyFolder));
    test::writeFile(legacyFolder + QStringLiteral("/demo.ahv"), "earlier demo");
    CHECK(demo::defaultDemoVaultPath() == expected);
    CHECK(test::readFile(expected) == QByteArray("earlier demo"));
    CHECK_FALSE(QFileInfo::exists(legacyFolder));
    qputenv("HOME", homeBefore);
    if (dataBefore.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", dataBefore);
}

} // namespace demo_data_test
