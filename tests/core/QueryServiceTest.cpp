#include "QueryFixture.h"
#include "calendar/WorkingCalendar.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "queries/Lifecycle.h"

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace query_service_test {

using namespace advicehub;
using namespace advicehub::queries;

TEST_CASE("a registered query gets a reference, a default due date and a timeline entry")
{
    test::QueryFixture f;
    const Query query = f.create();
    CHECK(query.reference == QStringLiteral("AH-2026-0001"));
    CHECK(query.status == QueryStatus::New);
    CHECK(query.stateName == QStringLiteral("Ghana"));
    CHECK(query.regionName == QStringLiteral("Africa"));
    CHECK(query.themeNames == QStringList { QStringLiteral("Ratification / accession process") });
    CHECK(query.dueOn == QDate(2026, 1, 19)); // normal priority: 10 working days after Monday 5 January
    CHECK_FALSE(query.dueOverridden);
    CHECK(query.version == 1);
    const auto timeline = f.service->timeline(query.id);
    REQUIRE(timeline.ok());
    REQUIRE(timeline->size() == 1);
    CHECK(timeline->front().kind == EntryKind::Created);
    CHECK(timeline->front().adviserName == QStringLiteral("Amara Quillfeather"));
}

TEST_CASE("reference numbers restart each year and are never reused")
{
    test::QueryFixture f;
    QueryInput lastYear = f.input();
    lastYear.receivedOn = QDate(2025, 12, 30);
    CHECK(f.create(lastYear).reference == QStringLiteral("AH-2025-0001"));
    CHECK(f.create().reference == QStringLiteral("AH-2026-0001"));
    const Query second = f.create();
    CHECK(second.reference == QStringLiteral("AH-2026-0002"));
    CHECK(f.create(lastYear).reference == QStringLiteral("AH-2025-0002"));

    SECTION("after a deletion the next number is still new")
    {
        REQUIRE(f.service->remove(second.id).ok());
        CHECK(f.service->get(second.id).code() == ErrorCode::NotFound);
        CHECK(f.create().reference == QStringLiteral("AH-2026-0003"));
    }
    SECTION("imported references move the counter past them")
    {
        QueryService::Record record;
        record.input = f.input();
        record.reference = QStringLiteral("AH-2026-0040");
        REQUIRE(f.service->createMany({ record }).ok());
        CHECK(f.create().reference == QStringLiteral("AH-2026-0041"));
        CHECK(f.service->createMany({ record }).code() == ErrorCode::InvalidInput); // already there
    }
    SECTION("only a new query can be deleted")
    {
        REQUIRE(f.service->changeStatus(second.id, QueryStatus::Declined, QStringLiteral("duplicate request")).ok());
        CHECK(f.service->remove(second.id).code() == ErrorCode::NotAllowed);
    }
}

TEST_CASE("invalid input is refused field by field and changes nothing")
{
    test::QueryFixture f;
    QueryInput bad = f.input(QString());
    bad.stateId = 999999;
    bad.themeIds.clear();
    bad.contact.email = QStringLiteral("not-an-address");
    bad.articles = { 0, 34 };
    bad.receivedOn = QDate(2026, 3, 1); // in the future
    const QList<FieldError> errors = f.service->validate(bad);
    QList<QueryField> fields;
    for (const FieldError& error : errors) {
        fields << error.field;
        CHECK_FALSE(error.message.isEmpty());
    }
    for (QueryField expected : { QueryField::Subject, QueryField::State, QueryField::Themes, QueryField::ContactEmail,
             QueryField::Articles, QueryField::ReceivedOn })
        CHECK(fields.contains(expected));
    CHECK(f.service->create(bad).code() == ErrorCode::InvalidInput);
    CHECK(f.vault->connection().queryInt("SELECT count(*) FROM queries") == 0);
    CHECK(f.vault->connection().queryInt("SELECT count(*) FROM reference_sequences") == 0);
}

TEST_CASE("every field change is written to the timeline as old -> new")
{
    test::QueryFixture f;
    const Query query = f.create();
    QueryInput edited = query.fields;
    edited.subject = QStringLiteral("Accession: steps and timetable");
    edited.stateId = f.stateId("FJ");
    edited.themeIds << f.themeId("legislative_review");
    edited.priority = Priority::High;
    edited.dueOn = DueDateChoice::useDefault();
    edited.assignedAdviserId = f.otherAdviserId;
    const auto updated = f.service->update(query.id, edited, query.version);
    REQUIRE(updated.ok());
    CHECK(updated->version == 2);
    CHECK(updated->dueOn == QDate(2026, 1, 12)); // high: 5 working days

    const auto timeline = f.service->timeline(query.id);
    REQUIRE(timeline.ok());
    QHash<QString, TimelineEntry> changes;
    for (const TimelineEntry& entry : timeline.value()) {
        if (entry.kind == EntryKind::FieldChanged)
            changes.insert(entry.field, entry);
    }
    CHECK(changes.value(QStringLiteral("subject")).oldValue == QStringLiteral("Ratification process questions"));
    CHECK(changes.value(QStringLiteral("subject")).newValue == QStringLiteral("Accession: steps and timetable"));
    CHECK(changes.value(QStringLiteral("state")).oldValue == QStringLiteral("Ghana"));
    CHECK(changes.value(QStringLiteral("state")).newValue == QStringLiteral("Fiji"));
    CHECK(changes.value(QStringLiteral("priority")).newValue == QStringLiteral("high"));
    CHECK(changes.value(QStringLiteral("due")).newValue == QStringLiteral("2026-01-12"));
    CHECK(changes.value(QStringLiteral("adviser")).newValue == QStringLiteral("Tomas Brindlewood"));
    CHECK(changes.value(QStringLiteral("themes")).newValue.contains(QLatin1String("Legislative review")));
    CHECK(changes.size() == 6);

    SECTION("saving again from the old version is a conflict")
    {
        CHECK(f.service->update(query.id, edited, query.version).code() == ErrorCode::Conflict);
    }
    SECTION("saving without changes writes nothing")
    {
        const auto same = f.service->update(query.id, updated->fields, updated->version);
        REQUIRE(same.ok());
        CHECK(same->version == updated->version);
    }
}

TEST_CASE("timeline entries are append-only")
{
    test::QueryFixture f;
    const Query query = f.create();
    NewEntry call;
    call.kind = EntryKind::Call;
    call.summary = QStringLiteral("Call with the legal adviser");
    call.body = QStringLiteral("Discussed the accession instrument.");
    const auto entry = f.service->addEntry(query.id, call);
    REQUIRE(entry.ok());
    CHECK(entry->kind == EntryKind::Call);

    db::Connection& c = f.vault->connection();
    CHECK_THROWS_AS(c.execute("UPDATE timeline SET body = 'rewritten'"), db::DbError);
    CHECK_THROWS_AS(c.execute("DELETE FROM timeline"), db::DbError);

    const auto correction = f.service->correctEntry(entry->id, QStringLiteral("It was a video call."));
    REQUIRE(correction.ok());
    CHECK(correction->kind == EntryKind::Correction);
    CHECK(correction->correctsId == entry->id);
    const auto timeline = f.service->timeline(query.id);
    REQUIRE(timeline->size() == 3);
    CHECK(timeline->at(1).body == QStringLiteral("Discussed the accession instrument.")); // unchanged

    SECTION("only loggable kinds can be added by hand")
    {
        NewEntry fake;
        fake.kind = EntryKind::StatusChanged;
        fake.summary = QStringLiteral("closed");
        CHECK(f.service->addEntry(query.id, fake).code() == ErrorCode::InvalidInput);
    }
    SECTION("each loggable kind")
    {
        for (EntryKind kind : { EntryKind::Note, EntryKind::Meeting, EntryKind::EmailReceived, EntryKind::EmailSent }) {
            NewEntry logged;
            logged.kind = kind;
            logged.summary = TimelineText::label(kind);
            REQUIRE(f.service->addEntry(query.id, logged).ok());
        }
        CHECK(f.service->timeline(query.id)->size() == 7);
    }
}

TEST_CASE("due dates count working days, skip office holidays and stop while awaiting the requester")
{
    test::QueryFixture f;
    calendar::WorkingCalendar plain;
    CHECK(plain.addWorkingDays(QDate(2026, 1, 9), 1) == QDate(2026, 1, 12)); // Friday + 1 = Monday
    CHECK(plain.workingDaysBetween(QDate(2026, 1, 9), QDate(2026, 1, 12)) == 1);
    CHECK(plain.defaultDueDate(QDate(2026, 1, 5), Priority::Low) == QDate(2026, 2, 2));

    REQUIRE(f.holidays->add(QDate(2026, 1, 6), QStringLiteral("Office closed")).ok());
    REQUIRE(f.holidays->add(QDate(2026, 1, 7), QStringLiteral("Office closed")).ok());
    QueryInput urgent = f.input();
    urgent.priority = Priority::Urgent;
    const Query query = f.create(urgent);
    CHECK(query.dueOn == QDate(2026, 1, 9)); // Tue and Wed are holidays: Thu + Fri

    // In progress, then awaiting the requester from Thursday 8 to Tuesday 13 January:
    // 3 working days (Fri 9, Mon 12, Tue 13) are added to the due date.
    QueryService::Triage triage;
    triage.priority = Priority::Urgent;
    triage.adviserId = f.adviserId;
    triage.route = Route::InHouse;
    REQUIRE(f.service->triage(query.id, triage).ok());
    REQUIRE(f.service->changeStatus(query.id, QueryStatus::InProgress).ok());
    f.setToday(QDate(2026, 1, 8));
    REQUIRE(f.service->changeStatus(query.id, QueryStatus::AwaitingRequester).ok());
    f.setToday(QDate(2026, 1, 13));
    CHECK_FALSE(Lifecycle::isOverdue(f.get(query.id).status, f.get(query.id).dueOn, f.service->today()));
    REQUIRE(f.service->changeStatus(query.id, QueryStatus::InProgress).ok());
    const Query resumed = f.get(query.id);
    CHECK(resumed.dueOn == QDate(2026, 1, 14));
    CHECK_FALSE(resumed.waitingSince.has_value());
    const auto timeline = f.service->timeline(query.id);
    bool shiftRecorded = false;
    for (const TimelineEntry& entry : timeline.value())
        shiftRecorded |= entry.kind == EntryKind::FieldChanged && entry.field == QStringLiteral("due")
            && entry.oldValue == QStringLiteral("2026-01-09") && entry.newValue == QStringLiteral("2026-01-14");
    CHECK(shiftRecorded);

    SECTION("a due date set by hand is kept")
    {
        QueryInput edited = resumed.fields;
        edited.dueOn = DueDateChoice::set(QDate(2026, 2, 27));
        const auto updated = f.service->update(query.id, edited, resumed.version);
        REQUIRE(updated.ok());
        CHECK(updated->dueOn == QDate(2026, 2, 27));
        CHECK(updated->dueOverridden);

        // "Use the default" again: the default of this query counts its stopped clock too.
        edited = updated->fields;
        edited.dueOn = DueDateChoice::set(f.service->defaultDueDateOf(query.id, edited.receivedOn, edited.priority));
        CHECK(edited.dueOn.date == QDate(2026, 1, 14));
        const auto back = f.service->update(query.id, edited, updated->version);
        REQUIRE(back.ok());
        CHECK(back->dueOn == QDate(2026, 1, 14));
        CHECK_FALSE(back->dueOverridden);
    }
    SECTION("an automatic due date does not move on an unrelated edit after the holidays changed")
    {
        REQUIRE(f.holidays->add(QDate(2026, 1, 14), QStringLiteral("Office closed")).ok());
        for (const bool givenBack : { false, true }) {
            INFO((givenBack ? "the form gives the stored date back" : "no date given"));
            const Query current = f.get(query.id);
            QueryInput edited = current.fields;
            edited.institution
                = givenBack ? QStringLiteral("Ministry of Justice") : QStringLiteral("Ministry of Interior");
            if (givenBack)
                edited.dueOn = DueDateChoice::set(current.dueOn);
            else
                edited.dueOn = DueDateChoice::useDefault();
            const auto updated = f.service->update(query.id, edited, current.version);
            REQUIRE(updated.ok());
            CHECK(updated->dueOn == QDate(2026, 1, 14));
            CHECK_FALSE(updated->dueOverridden);
        }
        // A new priority recomputes it, holidays and stopped clock included: Tue 6 and Wed 7
        // closed, high = 5 working days from Mon 5 is Wed 14 (closed), then 3 waited days.
        const Query current = f.get(query.id);
        QueryInput edited = current.fields;
        edited.priority = Priority::High;
        edited.dueOn = DueDateChoice::useDefault();
        const auto updated = f.service->update(query.id, edited, current.version);
        REQUIRE(updated.ok());
        CHECK(updated->dueOn == f.service->defaultDueDateOf(query.id, edited.receivedOn, Priority::High));
        CHECK(updated->dueOn != QDate(2026, 1, 14));
        CHECK_FALSE(updated->dueOverridden);
    }
}

TEST_CASE("related queries are linked both ways and a duplicate is merged into its survivor")
{
    test::QueryFixture f;
    const Query first = f.create(QStringLiteral("Prison overcrowding"));
    const Query followUp = f.create(QStringLiteral("Prison overcrowding: follow-up"));
    const Query duplicate = f.create(QStringLiteral("Overcrowding (sent twice)"));
    const Query other = f.create(QStringLiteral("Juvenile justice"));

    REQUIRE(f.service->link(followUp.id, first.id, LinkKind::FollowUp).ok());
    REQUIRE(f.service->link(duplicate.id, other.id, LinkKind::Related).ok());
    CHECK(f.service->link(first.id, followUp.id, LinkKind::Related).code() == ErrorCode::InvalidInput);
    CHECK(f.service->link(first.id, first.id, LinkKind::Related).code() == ErrorCode::InvalidInput);

    const auto links = f.service->links(first.id);
    REQUIRE(links->size() == 1);
    CHECK(links->front().otherReference == followUp.reference);
    CHECK(links->front().kind == LinkKind::FollowUp);
    CHECK_FALSE(links->front().outgoing); // first is followed up by followUp

    NewEntry note;
    note.summary = QStringLiteral("Duplicate's note");
    REQUIRE(f.service->addEntry(duplicate.id, note).ok());
    QueryInput withTheme = f.get(duplicate.id).fields;
    withTheme.themeIds << f.themeId("prisons_detention");
    REQUIRE(f.service->update(duplicate.id, withTheme, f.get(duplicate.id).version).ok());

    REQUIRE(f.service->merge(duplicate.id, first.id).ok());
    const Query survivor = f.get(first.id);
    CHECK(survivor.themeNames.contains(QStringLiteral("Prisons and detention conditions, overcrowding")));
    const auto survivorTimeline = f.service->timeline(first.id);
    bool noteMoved = false;
    for (const TimelineEntry& entry : survivorTimeline.value())
        noteMoved |= entry.summary == QStringLiteral("Duplicate's note");
    CHECK(noteMoved);
    const auto survivorLinks = f.service->links(first.id);
    CHECK(survivorLinks->size() == 2); // the follow-up, and the duplicate's related query

    const auto resolved = f.service->findByReference(duplicate.reference.toLower());
    REQUIRE(resolved.ok());
    CHECK(resolved->query.id == first.id);
    CHECK(resolved->viaMerge);
    CHECK(f.get(duplicate.id).mergedIntoId == first.id);

    CHECK(f.service->merge(duplicate.id, other.id).code() == ErrorCode::NotAllowed);
    CHECK(f.service->changeStatus(duplicate.id, QueryStatus::Declined, QStringLiteral("x")).code()
        == ErrorCode::NotAllowed);

    SECTION("unlinking")
    {
        REQUIRE(f.service->unlink(first.id, followUp.id).ok());
        CHECK(f.service->links(followUp.id)->empty());
        CHECK(f.service->unlink(first.id, followUp.id).code() == ErrorCode::NotFound);
    }
}

} // namespace query_service_test
