#include "QueryFixture.h"
#include "db/Connection.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoVault.h"

#include "casefile/CaseRecord.h"
#include "referrals/ReferralService.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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
    // Referrals at coherent dates, through the referral rules: completed, accepted or sent under a
    // consent for the referred queries; proposed at triage (the consent still to ask) for some
    // open ones routed to a partner too.
    CHECK(c.queryInt("SELECT count(*) FROM referrals WHERE status = 'completed' AND consent_id IS NOT NULL") >= 1);
    CHECK(c.queryInt("SELECT count(*) FROM referrals WHERE status = 'sent' AND consent_id IS NOT NULL") >= 1);
    CHECK(c.queryInt("SELECT count(*) FROM referrals r JOIN queries q ON q.id = r.query_id WHERE r.status = "
                     "'proposed' AND q.status IN ('triaged', 'in_progress', 'awaiting_requester')")
        >= 1);
    CHECK(c.queryInt("SELECT count(*) FROM queries q WHERE q.status = 'referred' AND NOT EXISTS (SELECT 1 FROM "
                     "referrals r WHERE r.query_id = q.id AND r.status IN ('sent', 'accepted', 'completed'))")
        == 0);
    CHECK(c.queryInt("SELECT count(*) FROM referrals r JOIN queries q ON q.id = r.query_id WHERE r.proposed_on < "
                     "q.received_on OR r.sent_on < r.proposed_on OR r.closed_on < r.sent_on")
        == 0);
    CHECK(c.queryInt("SELECT count(*) FROM disclosures WHERE kind = 'share'")
        == c.queryInt("SELECT count(*) FROM referrals WHERE sent_on IS NOT NULL"));
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
        // Some sent long ago without a reply: a follow-up is due.
        const auto followUps = referrals.followUps();
        CHECK(std::any_of(followUps.begin(), followUps.end(),
            [](const referrals::FollowUp& f) { return f.why == referrals::FollowUp::Why::NoReply; }));
        const qint64 proposed = c.queryInt("SELECT id FROM referrals WHERE status = 'proposed' LIMIT 1");
        REQUIRE(proposed > 0);
        CHECK(referrals.get(proposed)->consentState == referrals::ConsentState::Missing);
    }
}

TEST_CASE("demo requests never repeat a sentence and speak of their subject")
{
    test::QueryFixture f;
    int meetings = 0;
    QSet<QString> subjects;
    for (const QueryService::Record& record : generate(f, 20260105, 1500)) {
        const QueryInput& in = record.input;
        INFO(in.subject.toStdString());
        INFO(in.requestText.toStdString());
        // Sentences end with . ? or ! followed by a space or a line break.
        const QStringList sentences
            = in.requestText.split(QRegularExpression(QStringLiteral("(?<=[.?!])\\s+")), Qt::SkipEmptyParts);
        REQUIRE(sentences.size() >= 4);
        const QSet<QString> distinct(sentences.begin(), sentences.end());
        REQUIRE(distinct.size() == sentences.size());
        // Every word of six letters or more of the subject (without the State added in
        // brackets) is in the request.
        QString subject = in.subject;
        const qsizetype bracket = subject.indexOf(QLatin1String(" ("));
        if (bracket > 0) {
            const QString state = subject.mid(bracket + 2).chopped(1);
            CHECK(in.requestText.contains(state));
            subject.truncate(bracket);
        }
        subjects << subject;
        const QString request = in.requestText.toLower();
        for (const QString& word : subject.toLower().split(QRegularExpression(QStringLiteral("[^\\p{L}]+")))) {
            if (word.size() >= 6) {
                INFO(word.toStdString());
                REQUIRE(request.contains(word));
            }
        }
        // A request for a meeting is about the meeting, not about training materials.
        if (subject == QStringLiteral("Request for a meeting in Geneva")) {
            ++meetings;
            CHECK_FALSE(request.contains(QLatin1String("training")));
        }
        // The summary in brief, where the adviser wrote one, belongs to the same request.
        if (!in.summary.isEmpty())
            CHECK(record.status != QueryStatus::New);
    }
    CHECK(meetings > 0);
    CHECK(subjects.size() >= 30); // varied
}

TEST_CASE("the demo vault's queries have dated histories that follow the lifecycle")
{
    test::TempDir dir;
    auto vault = test::createVault(dir.file(QStringLiteral("demo.ahv")));
    REQUIRE(demo::populateDemoData(*vault, 300).ok());
    db::Connection& c = vault->connection();
    const QDate today = SystemClock().nowUtc().toLocalTime().date();
    const QString todayIso = today.toString(Qt::ISODate);

    int checked = 0;
    QStringList problems;
    db::Statement queries = c.prepare("SELECT id, reference, received_on, status FROM queries ORDER BY id");
    db::Statement timeline
        = c.prepare("SELECT kind, occurred_at, new_value FROM timeline WHERE query_id = ?1 ORDER BY id");
    while (queries.step()) {
        const QString reference = queries.text(1);
        const QDate received = QDate::fromString(queries.text(2), Qt::ISODate);
        const QString status = queries.text(3);
        QString lastStatus = QStringLiteral("new");
        QDateTime previous;
        timeline.bind(1, queries.int64(0));
        while (timeline.step()) {
            const QDateTime at = QDateTime::fromString(timeline.text(1), Qt::ISODate);
            const QDate day = at.toLocalTime().date();
            if (!at.isValid() || day < received || day > today)
                problems << reference + QStringLiteral(": entry on ") + timeline.text(1);
            if (previous.isValid() && at < previous)
                problems << reference + QStringLiteral(": entry before the one above it, ") + timeline.text(1);
            previous = at;
            if (timeline.text(0) == QStringLiteral("status_changed"))
                lastStatus = timeline.text(2);
        }
        timeline.reset();
        if (lastStatus != status)
            problems << reference + QStringLiteral(" is ") + status + QStringLiteral(", its timeline says ")
                    + lastStatus;
        ++checked;
    }
    INFO(problems.mid(0, 10).join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK(checked == 300);

    // Histories on past days, not stamped today: registration, triage, work, answers.
    CHECK(c.queryInt("SELECT count(DISTINCT substr(occurred_at, 1, 10)) FROM timeline") > 200);
    CHECK(
        c.queryInt(QStringLiteral("SELECT count(*) FROM timeline WHERE occurred_at < '%1'").arg(todayIso).toStdString())
        > 9 * c.queryInt("SELECT count(*) FROM timeline") / 10);
    CHECK(c.queryInt("SELECT count(*) FROM queries q WHERE status <> 'new' AND (SELECT count(*) FROM timeline t WHERE "
                     "t.query_id = q.id) < 3")
        == 0);
    for (const char* kind : { "note", "meeting", "call", "email_received", "email_sent", "referral", "consent" }) {
        INFO(kind);
        CHECK(c.queryInt(QStringLiteral("SELECT count(*) FROM timeline WHERE kind = '%1'")
                             .arg(QLatin1String(kind))
                             .toStdString())
            > 0);
    }
    // Finished, overdue, referred, declined, awaiting, reopened: some of each.
    for (const char* status :
        { "closed", "response_sent", "referred", "declined", "awaiting_requester", "in_progress", "triaged", "new" }) {
        INFO(status);
        CHECK(c.queryInt(QStringLiteral("SELECT count(*) FROM queries WHERE status = '%1'")
                             .arg(QLatin1String(status))
                             .toStdString())
            > 0);
    }
    CHECK(c.queryInt(QStringLiteral("SELECT count(*) FROM queries WHERE status IN ('new', 'triaged', 'in_progress', "
                                    "'reopened') AND due_on < '%1'")
                         .arg(todayIso)
                         .toStdString())
        > 0);
    // Most answers went out on time, some late.
    const qint64 answers = c.queryInt("SELECT count(*) FROM timeline WHERE kind = 'status_changed' AND new_value = "
                                      "'response_sent'");
    const qint64 onTime = c.queryInt("SELECT count(*) FROM timeline t JOIN queries q ON q.id = t.query_id WHERE "
                                     "t.kind = 'status_changed' AND t.new_value = 'response_sent' AND "
                                     "substr(t.occurred_at, 1, 10) <= q.due_on");
    CHECK(answers > 20);
    CHECK(onTime > answers * 6 / 10);
    CHECK(onTime < answers);
    // Triaged by the head, each query with an adviser and a route from then on.
    CHECK(c.queryInt("SELECT count(*) FROM queries WHERE status <> 'new' AND (assigned_adviser_id IS NULL OR route IS "
                     "NULL)")
        == 0);
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
