#include "QueryFixture.h"
#include "db/Connection.h"
#include "queries/Lifecycle.h"

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace query_lifecycle_test {

using namespace advicehub;
using namespace advicehub::queries;

namespace {

// Puts a query directly into a state (test set-up only), ready for triage.
void force(test::QueryFixture& f, qint64 id, QueryStatus status, Route route = Route::InHouse)
{
    db::Statement s = f.vault->connection().prepare(
        "UPDATE queries SET status = ?1, assigned_adviser_id = ?2, route = ?4, "
        "waiting_since = CASE WHEN ?1 = 'awaiting_requester' THEN '2026-01-05' END WHERE id = ?3");
    s.bindAll(QueryText::code(status), f.adviserId, id, QueryText::code(route));
    s.execute();
}

qint64 timelineCount(test::QueryFixture& f, qint64 id)
{
    db::Statement s = f.vault->connection().prepare("SELECT count(*) FROM timeline WHERE query_id = ?1");
    s.bind(1, id);
    s.step();
    return s.int64(0);
}

} // namespace

TEST_CASE("every allowed transition succeeds and every forbidden one changes nothing")
{
    test::QueryFixture f;
    for (QueryStatus from : allStatuses()) {
        for (QueryStatus to : allStatuses()) {
            DYNAMIC_SECTION(QueryText::code(from).toStdString() << " -> " << QueryText::code(to).toStdString())
            {
                const Query query = f.create();
                // Only a query routed to a partner can be referred (the next test).
                force(f, query.id, from, to == QueryStatus::Referred ? Route::Refer : Route::InHouse);
                const Query before = f.get(query.id);
                const qint64 entriesBefore = timelineCount(f, query.id);
                const QString reason = QStringLiteral("a reason");
                const auto result = f.service->changeStatus(query.id, to, reason);
                const Query after = f.get(query.id);
                if (Lifecycle::isAllowed(from, to)) {
                    INFO((result ? QString() : result.error().message).toStdString());
                    REQUIRE(result.ok());
                    CHECK(after.status == to);
                    CHECK(after.version == before.version + 1);
                    CHECK(timelineCount(f, query.id) > entriesBefore);
                } else {
                    REQUIRE_FALSE(result.ok());
                    CHECK(result.code() == ErrorCode::NotAllowed);
                    CHECK(after.status == from);
                    CHECK(after.version == before.version);
                    CHECK(timelineCount(f, query.id) == entriesBefore);
                }
            }
        }
    }
}

TEST_CASE("only a query whose route refers it to a partner is offered or moved to referred")
{
    test::QueryFixture f;
    for (QueryStatus from : { QueryStatus::Triaged, QueryStatus::InProgress }) {
        for (Route route : { Route::InHouse, Route::OutOfScope, Route::Refer, Route::Both }) {
            DYNAMIC_SECTION(QueryText::code(from).toStdString() << " routed " << QueryText::code(route).toStdString())
            {
                const Query query = f.create();
                force(f, query.id, from, route);
                const Query before = f.get(query.id);
                const qint64 entriesBefore = timelineCount(f, query.id);
                const bool refers = route == Route::Refer || route == Route::Both;
                CHECK(f.service->allowedTransitions(query.id).contains(QueryStatus::Referred) == refers);
                CHECK(f.service->allowedTransitions(query.id).contains(QueryStatus::Declined));
                const auto result = f.service->changeStatus(query.id, QueryStatus::Referred, QString());
                if (refers) {
                    REQUIRE(result.ok());
                    CHECK(f.get(query.id).status == QueryStatus::Referred);
                } else {
                    REQUIRE_FALSE(result.ok());
                    CHECK(result.code() == ErrorCode::NotAllowed);
                    // The message names the route the query has and the ones that would allow it.
                    CHECK(result.error().message.contains(QueryText::label(route)));
                    CHECK(result.error().message.contains(QueryText::label(Route::Refer)));
                    const Query after = f.get(query.id);
                    CHECK(after.status == from);
                    CHECK(after.version == before.version);
                    CHECK(timelineCount(f, query.id) == entriesBefore);
                }
            }
        }
    }
}

TEST_CASE("the lifecycle table matches the specification")
{
    using S = QueryStatus;
    CHECK(Lifecycle::allowedFrom(S::New) == QList<S> { S::Triaged, S::Declined });
    CHECK(Lifecycle::allowedFrom(S::InProgress).contains(S::AwaitingRequester));
    CHECK(Lifecycle::allowedFrom(S::AwaitingRequester).contains(S::InProgress));
    CHECK(Lifecycle::allowedFrom(S::InProgress).contains(S::ResponseSent));
    CHECK(Lifecycle::allowedFrom(S::ResponseSent).contains(S::Closed));
    for (S from : { S::Closed, S::Declined, S::ResponseSent })
        CHECK(Lifecycle::allowedFrom(from).contains(S::Reopened));
    CHECK(Lifecycle::reasonRequired(S::New, S::Declined));
    CHECK(Lifecycle::reasonRequired(S::Closed, S::Reopened));
    CHECK_FALSE(Lifecycle::reasonRequired(S::New, S::Triaged));
    CHECK_FALSE(Lifecycle::isAllowed(S::New, S::Closed));
    CHECK_FALSE(Lifecycle::isAllowed(S::Closed, S::InProgress));
}

TEST_CASE("a transition that needs a reason is refused without one")
{
    test::QueryFixture f;
    const Query query = f.create();
    const auto result = f.service->changeStatus(query.id, QueryStatus::Declined, QStringLiteral("   "));
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::InvalidInput);
    CHECK(f.get(query.id).status == QueryStatus::New);
    REQUIRE(f.service->changeStatus(query.id, QueryStatus::Declined, QStringLiteral("Outside UNCAT's scope")).ok());
    const auto timeline = f.service->timeline(query.id);
    REQUIRE(timeline.ok());
    const TimelineEntry& last = timeline->back();
    CHECK(last.kind == EntryKind::StatusChanged);
    CHECK(last.oldValue == QStringLiteral("new"));
    CHECK(last.newValue == QStringLiteral("declined"));
    CHECK(last.body == QStringLiteral("Outside UNCAT's scope"));
    CHECK(last.adviserId == f.adviserId);
}

TEST_CASE("triage needs an adviser and a route, and sets them with the transition")
{
    test::QueryFixture f;
    const Query query = f.create();
    CHECK(f.service->changeStatus(query.id, QueryStatus::Triaged).code() == ErrorCode::NotAllowed);

    QueryService::Triage triage;
    triage.priority = Priority::Urgent;
    triage.adviserId = f.otherAdviserId;
    triage.route = Route::Refer;
    REQUIRE(f.service->triage(query.id, triage).ok());
    const Query after = f.get(query.id);
    CHECK(after.status == QueryStatus::Triaged);
    CHECK(after.fields.priority == Priority::Urgent);
    CHECK(after.fields.assignedAdviserId == f.otherAdviserId);
    CHECK(after.fields.route == Route::Refer);
    // Monday 5 January 2026 + 2 working days
    CHECK(after.dueOn == QDate(2026, 1, 7));

    SECTION("a triaged query cannot be triaged again")
    {
        CHECK(f.service->triage(query.id, triage).code() == ErrorCode::NotAllowed);
    }
}

TEST_CASE("triage without a due date gives the default for the priority, even over a date set by hand")
{
    test::QueryFixture f;
    QueryInput input = f.input();
    input.dueOn = DueDateChoice::set(QDate(2026, 3, 31)); // set by hand at registration
    const Query query = f.create(input);
    REQUIRE(query.dueOverridden);

    QueryService::Triage triage;
    triage.priority = query.fields.priority; // unchanged
    triage.adviserId = f.adviserId;
    triage.route = Route::InHouse;
    SECTION("no date: the default")
    {
        REQUIRE(f.service->triage(query.id, triage).ok());
        const Query after = f.get(query.id);
        CHECK(after.dueOn == f.service->defaultDueDate(query.fields.receivedOn, query.fields.priority));
        CHECK_FALSE(after.dueOverridden);
    }
    SECTION("a date: that date, set by hand")
    {
        triage.dueOn = DueDateChoice::set(QDate(2026, 4, 2));
        REQUIRE(f.service->triage(query.id, triage).ok());
        const Query after = f.get(query.id);
        CHECK(after.dueOn == QDate(2026, 4, 2));
        CHECK(after.dueOverridden);
    }
}

TEST_CASE("overdue and due this week are decided by the core")
{
    const QDate today(2026, 1, 7); // a Wednesday
    CHECK(Lifecycle::isOverdue(QueryStatus::InProgress, today.addDays(-1), today));
    CHECK_FALSE(Lifecycle::isOverdue(QueryStatus::InProgress, today, today));
    CHECK_FALSE(Lifecycle::isOverdue(QueryStatus::AwaitingRequester, today.addDays(-10), today)); // clock stopped
    CHECK_FALSE(Lifecycle::isOverdue(QueryStatus::Closed, today.addDays(-10), today));
    CHECK(Lifecycle::isDueThisWeek(QueryStatus::New, QDate(2026, 1, 11), today)); // Sunday
    CHECK_FALSE(Lifecycle::isDueThisWeek(QueryStatus::New, QDate(2026, 1, 12), today));
    CHECK_FALSE(Lifecycle::isDueThisWeek(QueryStatus::New, today.addDays(-1), today));
}

} // namespace query_lifecycle_test
