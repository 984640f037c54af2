// The case record (core/casefile): one writer each for the timeline, the search index and the
// disclosure record; notifications after the outermost commit only.
#include "casefile/CaseRecord.h"
#include "QueryFixture.h"
#include "casefile/CaseEvents.h"
#include "casefile/CaseTimeline.h"
#include "casefile/DisclosureRecord.h"
#include "casefile/QueryIndex.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "db/Transaction.h"
#include "queries/QueryCsv.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace case_record_test {

using namespace advicehub;
using namespace advicehub::queries;
using casefile::TimelineRecord;

namespace {

qint64 versionOf(test::QueryFixture& f, qint64 id)
{
    return f.get(id).version;
}

// The ids a full-text search for `word` finds.
QList<qint64> found(test::QueryFixture& f, const QString& word)
{
    QueryFilter filter;
    filter.text = word;
    Result<QList<qint64>> ids = f.search->ids(filter, QuerySort {});
    REQUIRE(ids.ok());
    return ids.value();
}

// Records the notifications of the case record (core tests link no Qt Test: no QSignalSpy).
struct Spies {
    explicit Spies(casefile::CaseEvents& events)
    {
        QObject::connect(&events, &casefile::CaseEvents::queryAdded, &context, [this](qint64 id) { added << id; });
        QObject::connect(&events, &casefile::CaseEvents::queryChanged, &context, [this](qint64 id) { changed << id; });
        QObject::connect(&events, &casefile::CaseEvents::queryRemoved, &context, [this](qint64 id) { removed << id; });
        QObject::connect(&events, &casefile::CaseEvents::queriesReset, &context, [this] { reset << 0; });
    }
    int total() const { return added.count() + changed.count() + removed.count() + reset.count(); }
    QObject context; // disconnects at the end of the test
    QList<qint64> added;
    QList<qint64> changed;
    QList<qint64> removed;
    QList<qint64> reset;
};

} // namespace

TEST_CASE("change notifications are not sent when the outer transaction rolls back")
{
    test::QueryFixture f;
    const Query query = f.create();
    db::Connection& c = f.vault->connection();
    Spies spies(f.session->caseRecord().events());
    int serviceChanged = 0; // QueryService passes the case record's notices on
    QObject::connect(f.service, &QueryService::queryChanged, &spies.context, [&serviceChanged] { ++serviceChanged; });

    SECTION("a service's change inside a transaction that rolls back")
    {
        {
            db::Transaction outer(c);
            NewEntry note;
            note.summary = QStringLiteral("Called the ministry");
            REQUIRE(f.service->addEntry(query.id, note).ok());
            REQUIRE(f.service->changeStatus(query.id, QueryStatus::Declined, QStringLiteral("out of scope")).ok());
            CHECK(spies.total() == 0); // nothing before the commit
        } // rolled back
        CHECK(spies.total() == 0);
        CHECK(serviceChanged == 0);
        CHECK(f.get(query.id).status == QueryStatus::New);
        CHECK(f.get(query.id).version == query.version);

        // The next committed change is notified once, with nothing left over from the rollback.
        NewEntry note;
        note.summary = QStringLiteral("Second call");
        REQUIRE(f.service->addEntry(query.id, note).ok());
        CHECK(spies.changed.count() == 1);
        CHECK(spies.total() == 1);
        CHECK(serviceChanged == 1);
    }
    SECTION("work in a savepoint that rolls back is not notified; the rest is")
    {
        const Query other = f.create(QStringLiteral("Another query"));
        spies.changed.clear();
        spies.added.clear();
        {
            db::Transaction outer(c);
            {
                db::Transaction inner(c);
                NewEntry note;
                note.summary = QStringLiteral("Rolled back with its savepoint");
                REQUIRE(f.service->addEntry(other.id, note).ok());
            } // the savepoint rolls back
            NewEntry note;
            note.summary = QStringLiteral("Kept");
            REQUIRE(f.service->addEntry(query.id, note).ok());
            outer.commit();
        }
        REQUIRE(spies.changed.count() == 1);
        CHECK(spies.changed.front() == query.id);
        CHECK(versionOf(f, other.id) == other.version);
    }
    SECTION("several changes in a transaction that commits: one notice, after the commit")
    {
        bool sentInsideTransaction = false;
        QObject::connect(&f.session->caseRecord().events(), &casefile::CaseEvents::queryChanged, &spies.context,
            [&](qint64) { sentInsideTransaction = sentInsideTransaction || c.inTransaction(); });
        {
            db::Transaction outer(c);
            NewEntry note;
            note.summary = QStringLiteral("Called the ministry");
            REQUIRE(f.service->addEntry(query.id, note).ok());
            {
                db::Transaction inner(c);
                REQUIRE(f.service->changeStatus(query.id, QueryStatus::Declined, QStringLiteral("out of scope")).ok());
                inner.commit();
            }
            CHECK(spies.total() == 0); // a released savepoint is not the commit
            outer.commit();
        }
        CHECK(spies.changed == QList<qint64> { query.id });
        CHECK(spies.total() == 1);
        CHECK(serviceChanged == 1);
        CHECK_FALSE(sentInsideTransaction);
        CHECK(f.get(query.id).status == QueryStatus::Declined);
    }
    SECTION("a failed change sends nothing")
    {
        CHECK(f.service->changeStatus(query.id, QueryStatus::Closed).code() == ErrorCode::NotAllowed);
        QueryInput bad = query.fields;
        bad.subject.clear();
        CHECK(f.service->update(query.id, bad, query.version).code() == ErrorCode::InvalidInput);
        CHECK(spies.total() == 0);
    }
}

TEST_CASE("triage notifies once, after its outer commit, and bumps the version once")
{
    test::QueryFixture f;
    const Query query = f.create();
    Spies spies(f.session->caseRecord().events());
    int changedDuringTransaction = -1;
    // A slot that looks at the database when notified sees the committed state.
    QObject::connect(&f.session->caseRecord().events(), &casefile::CaseEvents::queryChanged,
        [&](qint64) { changedDuringTransaction = f.vault->connection().inTransaction() ? 1 : 0; });
    QueryService::Triage triage;
    triage.priority = Priority::Urgent;
    triage.adviserId = f.otherAdviserId;
    triage.route = Route::InHouse;
    triage.note = QStringLiteral("urgent: a visit next week");
    REQUIRE(f.service->triage(query.id, triage).ok());
    CHECK(spies.changed.count() == 1);
    CHECK(spies.total() == 1);
    CHECK(changedDuringTransaction == 0);
    const Query after = f.get(query.id);
    CHECK(after.status == QueryStatus::Triaged);
    CHECK(after.version == query.version + 1); // fields and status: one change of the query
}

TEST_CASE("notifications are coalesced per transaction")
{
    test::QueryFixture f;
    const Query a = f.create(QStringLiteral("First"));
    const Query b = f.create(QStringLiteral("Second"));
    casefile::CaseEvents& events = f.session->caseRecord().events();
    Spies spies(events);
    db::Connection& c = f.vault->connection();

    SECTION("one per query and kind")
    {
        db::Transaction transaction(c);
        events.changed(a.id);
        events.changed(b.id);
        events.changed(a.id);
        transaction.commit();
        CHECK(spies.changed.count() == 2);
    }
    SECTION("a query added or removed needs no change notice")
    {
        db::Transaction transaction(c);
        events.added(a.id);
        events.changed(a.id);
        events.removed(b.id);
        events.changed(b.id);
        transaction.commit();
        CHECK(spies.added.count() == 1);
        CHECK(spies.removed.count() == 1);
        CHECK(spies.changed.count() == 0);
    }
    SECTION("a reset swallows the rest")
    {
        db::Transaction transaction(c);
        events.changed(a.id);
        events.reset();
        events.added(b.id);
        transaction.commit();
        CHECK(spies.reset.count() == 1);
        CHECK(spies.total() == 1);
    }
    SECTION("outside a transaction a notice goes out at once")
    {
        events.changed(a.id);
        CHECK(spies.changed.count() == 1);
    }
}

TEST_CASE("the case timeline bumps a query's version once per transaction")
{
    test::QueryFixture f;
    const Query query = f.create();
    casefile::CaseTimeline& timeline = f.session->caseRecord().timeline();
    db::Connection& c = f.vault->connection();
    TimelineRecord note;
    note.kind = EntryKind::Note;
    note.summary = QStringLiteral("Met the minister");

    SECTION("several entries, one bump")
    {
        db::Transaction transaction(c);
        timeline.append(query.id, note);
        timeline.append(query.id, note);
        timeline.touch(query.id);
        transaction.commit();
        CHECK(versionOf(f, query.id) == query.version + 1);
    }
    SECTION("a bump rolled back with its savepoint is made again by the next entry")
    {
        db::Transaction transaction(c);
        {
            db::Transaction inner(c);
            timeline.append(query.id, note);
        } // rolled back, the bump with it
        timeline.append(query.id, note);
        transaction.commit();
        CHECK(versionOf(f, query.id) == query.version + 1);
    }
    SECTION("each transaction bumps again")
    {
        for (int i = 0; i < 2; ++i) {
            db::Transaction transaction(c);
            timeline.append(query.id, note);
            transaction.commit();
        }
        CHECK(versionOf(f, query.id) == query.version + 2);
    }
    SECTION("an entry that records no change of the query bumps nothing")
    {
        Spies spies(f.session->caseRecord().events());
        db::Transaction transaction(c);
        TimelineRecord exported;
        exported.kind = EntryKind::Exported;
        exported.summary = QStringLiteral("Printed");
        timeline.appendWithoutChange(query.id, exported);
        transaction.commit();
        CHECK(versionOf(f, query.id) == query.version);
        CHECK(spies.total() == 0);
    }
    SECTION("appending outside a transaction is refused")
    {
        CHECK_THROWS_AS(timeline.append(query.id, note), std::logic_error);
        CHECK(f.service->timeline(query.id)->size() == 1);
    }
}

TEST_CASE("a timeline entry keeps its source and structured data, and they are append-only")
{
    test::QueryFixture f;
    const Query query = f.create();
    db::Connection& c = f.vault->connection();
    TimelineRecord record;
    record.kind = EntryKind::Note;
    record.summary = QStringLiteral("Referred to a partner");
    record.source = casefile::TimelineSource { QStringLiteral("referral"), 12 };
    record.data
        = QJsonObject { { QStringLiteral("partner"), 7 }, { QStringLiteral("status"), QStringLiteral("sent") } };
    qint64 id = 0;
    {
        db::Transaction transaction(c);
        id = f.session->caseRecord().timeline().append(query.id, record);
        transaction.commit();
    }
    const auto entry = f.session->caseRecord().timeline().entry(id);
    REQUIRE(entry.has_value());
    REQUIRE(entry->source.has_value());
    CHECK(entry->source->domain == QStringLiteral("referral"));
    CHECK(entry->source->id == 12);
    CHECK(entry->data == record.data);
    CHECK(entry->adviserName == QStringLiteral("Amara Quillfeather"));

    for (const char* column : { "source_kind = 'draft'", "source_id = 13", "data = '{}'", "summary = 'x'" }) {
        INFO(column);
        db::Statement s = c.prepare(std::string("UPDATE timeline SET ") + column + " WHERE id = ?1");
        s.bind(1, id);
        CHECK_THROWS_AS(s.execute(), db::DbError);
    }
    CHECK_THROWS_AS(c.execute("DELETE FROM timeline"), db::DbError);
}

TEST_CASE("the search index finds what advisers wrote, corrections included, and registered sources")
{
    test::QueryFixture f;
    const Query query = f.create();
    NewEntry note;
    note.summary = QStringLiteral("Visit");
    note.body = QStringLiteral("Discussed the quillwort protocol");
    const auto entry = f.service->addEntry(query.id, note);
    REQUIRE(entry.ok());
    CHECK(found(f, QStringLiteral("quillwort")) == QList<qint64> { query.id });
    REQUIRE(f.service->correctEntry(entry->id, QStringLiteral("It was the brackenfell protocol")).ok());
    CHECK(found(f, QStringLiteral("brackenfell")) == QList<qint64> { query.id });

    SECTION("entries imported with a query are indexed by the same rule")
    {
        QueryService::Record record;
        record.input = f.input(QStringLiteral("Imported"));
        NewEntry imported;
        imported.kind = EntryKind::Meeting;
        imported.summary = QStringLiteral("Workshop");
        imported.body = QStringLiteral("larchmere agenda");
        record.entries.push_back(imported);
        const auto ids = f.service->createMany({ record });
        REQUIRE(ids.ok());
        CHECK(found(f, QStringLiteral("larchmere")) == QList<qint64> { ids->front() });
    }
    SECTION("a registered source's text is found after a refresh")
    {
        struct Source : casefile::IndexSource {
            QString indexedText(db::Connection&, qint64) override { return QStringLiteral("thistledown referral"); }
        } source;
        casefile::QueryIndex& index = f.session->caseRecord().index();
        index.addSource(&source);
        {
            db::Transaction transaction(f.vault->connection());
            index.refresh(query.id);
            transaction.commit();
        }
        index.removeSource(&source);
        CHECK(found(f, QStringLiteral("thistledown")) == QList<qint64> { query.id });
    }
}

TEST_CASE("the timeline and the search index have one writer each in the core")
{
    // issue 9: `grep` finds exactly one INSERT INTO timeline and one writer of the FTS table.
    const QRegularExpression timelineInsert(
        QStringLiteral("INSERT\\s+INTO\\s+timeline\\b"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression timelineWrite(
        QStringLiteral("(UPDATE|DELETE\\s+FROM)\\s+timeline\\b"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression ftsWrite(
        QStringLiteral("(INSERT(\\s+OR\\s+\\w+)?\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+query_fts\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList inserts;
    QStringList timelineWriters;
    QStringList ftsWriters;
    QDirIterator it(QStringLiteral(ADVICEHUB_SOURCE_DIR "/core"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QString name = path.mid(path.indexOf(QStringLiteral("/core/")) + 6);
        for (auto match = timelineInsert.globalMatch(text); match.hasNext(); match.next())
            inserts << name;
        if (timelineWrite.match(text).hasMatch())
            timelineWriters << name;
        if (ftsWrite.match(text).hasMatch())
            ftsWriters << name;
    }
    CHECK(inserts == QStringList { QStringLiteral("casefile/CaseTimeline.cpp") });
    CHECK(timelineWriters == QStringList { QStringLiteral("casefile/CaseTimeline.cpp") });
    CHECK(ftsWriters == QStringList { QStringLiteral("casefile/QueryIndex.cpp") });
}

TEST_CASE("the disclosure record keeps what left the vault, to whom and which fields")
{
    test::QueryFixture f;
    const Query a = f.create(QStringLiteral("First"));
    const Query b = f.create(QStringLiteral("Second"));
    casefile::DisclosureRecord& record = f.session->caseRecord().disclosures();
    casefile::Disclosure printed;
    printed.kind = casefile::DisclosureKind::Print;
    printed.document = QStringLiteral("case summary");
    printed.recipient = QStringLiteral("APT Geneva");
    printed.profile = QStringLiteral("briefing");
    printed.copyNumber = 2;
    printed.fields = QStringList { QStringLiteral("reference"), QStringLiteral("subject") };
    printed.summary = QStringLiteral("Printed for APT Geneva");
    Spies spies(f.session->caseRecord().events());

    const Result<qint64> id = record.record({ a.id, b.id, 999 }, printed);
    REQUIRE(id.ok());
    CHECK(spies.total() == 0); // a disclosure changes no query
    CHECK(versionOf(f, a.id) == a.version);
    const auto entries = f.service->timeline(a.id);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK(entries->back().kind == EntryKind::Exported);
    CHECK(entries->back().summary == QStringLiteral("Printed for APT Geneva"));
    REQUIRE(entries->back().source.has_value());
    CHECK(entries->back().source->domain == QStringLiteral("disclosure"));
    CHECK(entries->back().source->id == id.value());

    const auto listed = record.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const casefile::Disclosure& d = listed->front();
    CHECK(d.id == id.value());
    CHECK(d.kind == casefile::DisclosureKind::Print);
    CHECK(d.document == QStringLiteral("case summary"));
    CHECK(d.recipient == QStringLiteral("APT Geneva"));
    CHECK(d.profile == QStringLiteral("briefing"));
    CHECK(d.copyNumber == 2);
    CHECK(d.fields == printed.fields);
    CHECK(d.adviserId == f.adviserId);
    CHECK(d.occurredAtUtc == f.clock.nowUtc());
    REQUIRE(d.queries.size() == 2); // the id that is not in the vault is skipped
    CHECK(d.queries[0].reference == a.reference);
    CHECK(d.queries[1].reference == b.reference);

    // The rows as stored: one disclosure, one row per query, and one Exported entry on each
    // query's timeline naming the disclosure; neither query's version moved.
    db::Connection& c = f.vault->connection();
    CHECK(c.queryInt("SELECT count(*) FROM disclosures") == 1);
    CHECK(c.queryInt("SELECT count(*) FROM disclosure_queries") == 2);
    for (const Query& q : { a, b }) {
        INFO(q.reference.toStdString());
        db::Statement s = c.prepare("SELECT count(*), min(source_kind), min(source_id) FROM timeline "
                                    "WHERE query_id = ?1 AND kind = 'exported'");
        s.bind(1, q.id);
        REQUIRE(s.step());
        CHECK(s.int64(0) == 1);
        CHECK(s.text(1) == QStringLiteral("disclosure"));
        CHECK(s.int64(2) == id.value());
        CHECK(versionOf(f, q.id) == q.version);
    }

    SECTION("listed by period")
    {
        f.clock.advanceMs(2 * 24 * 3600 * 1000);
        REQUIRE(record.record({ a.id }, printed).ok());
        const QDateTime yesterday = f.clock.nowUtc().addDays(-1);
        CHECK(record.list(yesterday)->size() == 1);
        CHECK(record.list({}, yesterday)->size() == 1);
        CHECK(record.list()->size() == 2);
    }
    SECTION("the record outlives a deleted query, and cannot be changed")
    {
        REQUIRE(f.service->remove(b.id).ok());
        const auto after = record.list();
        REQUIRE(after->front().queries.size() == 2);
        CHECK_FALSE(after->front().queries[1].queryId.has_value());
        CHECK(after->front().queries[1].reference == b.reference);
        CHECK_THROWS_AS(c.execute("UPDATE disclosures SET recipient = 'someone else'"), db::DbError);
        CHECK_THROWS_AS(c.execute("DELETE FROM disclosures"), db::DbError);
        CHECK_THROWS_AS(c.execute("UPDATE disclosure_queries SET reference = 'AH-2026-0099'"), db::DbError);
        CHECK_THROWS_AS(c.execute("DELETE FROM disclosure_queries"), db::DbError);
    }
    SECTION("a failure before the commit records nothing")
    {
        const Result<qint64> failed = record.record(
            { a.id }, printed, [] { return Status(makeError(ErrorCode::Io, QStringLiteral("printer gone"))); });
        CHECK(failed.code() == ErrorCode::Io);
        CHECK(record.list()->size() == 1);
        CHECK(f.service->timeline(a.id)->size() == 2);
    }
    SECTION("a disclosure must say what was disclosed")
    {
        casefile::Disclosure empty;
        CHECK(record.record({ a.id }, empty).code() == ErrorCode::InvalidInput);
        CHECK(record.list()->size() == 1);
    }
}

TEST_CASE("an export is recorded as a disclosure with its format, destination and fields")
{
    test::QueryFixture f;
    const Query query = f.create();
    QueryCsv csv(*f.service, *f.search, *f.lookup, f.session->caseSummaries());
    ExportOptions options;
    options.format = ExportFormat::Json;
    options.includeTimeline = true;
    const QString path = f.dir.file(QStringLiteral("export.json"));
    REQUIRE(csv.exportToFile({ query.id }, path, options).ok());
    const auto listed = f.session->caseRecord().disclosures().list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const casefile::Disclosure& d = listed->front();
    CHECK(d.kind == casefile::DisclosureKind::Export);
    CHECK(d.document == QStringLiteral("json"));
    CHECK(d.recipient == QStringLiteral("export.json"));
    CHECK(d.fileName == QStringLiteral("export.json"));
    CHECK(d.profile.isEmpty());
    CHECK(d.fields.contains(QStringLiteral("subject")));
    CHECK(d.fields.contains(QStringLiteral("timeline")));
    REQUIRE(d.queries.size() == 1);
    CHECK(d.queries.front().reference == query.reference);
    // An export changes no query: one Exported entry, the version as it was.
    const auto entries = f.service->timeline(query.id);
    REQUIRE(entries.ok());
    CHECK(std::count_if(entries->begin(), entries->end(), [](const TimelineEntry& e) {
        return e.kind == EntryKind::Exported;
    }) == 1);
    CHECK(versionOf(f, query.id) == query.version);
}

TEST_CASE("a case record destroyed before the transaction it worked in ends leaves nothing behind")
{
    test::QueryFixture f;
    const Query query = f.create();
    db::Connection& c = f.vault->connection();
    for (const bool commit : { false, true }) {
        DYNAMIC_SECTION((commit ? "committed" : "rolled back") << " afterwards")
        {
            {
                db::Transaction outer(c);
                {
                    casefile::CaseRecord record(c, f.clock);
                    TimelineRecord note;
                    note.kind = EntryKind::Note;
                    note.summary = QStringLiteral("Written by a short-lived case record");
                    record.timeline().append(query.id, note); // registers hooks on the connection
                    record.events().reset();
                }
                if (commit)
                    outer.commit();
                // (under AddressSanitizer, a hook calling into the destroyed record would be reported)
            }
            CHECK(f.service->timeline(query.id)->size() == (commit ? 2u : 1u));
        }
    }
}

} // namespace case_record_test
