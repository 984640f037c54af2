#include "QueryFixture.h"
#include "db/Connection.h"
#include "pending/PendingEditService.h"

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace pending_edit_test {

using namespace advicehub;
using namespace advicehub::queries;

TEST_CASE("a query input survives the round trip through JSON field by field")
{
    test::QueryFixture f;
    QueryInput in = f.input(QStringLiteral("Côte d'Ivoire — مسودة"));
    in.institutionTypeId = f.lookup->findInstitutionType(QStringLiteral("npm"))->id;
    in.articles = { 1, 4, 15 };
    in.themeIds << f.themeId("training");
    in.priority = Priority::Urgent;
    in.confidentiality = Confidentiality::StrictlyConfidential;
    in.dueOn = DueDateChoice::set(QDate(2026, 2, 2));
    in.assignedAdviserId = f.otherAdviserId;
    in.route = Route::Both;
    in.language = QStringLiteral("fr");
    in.notes = QStringLiteral("line one\nline two");
    CHECK(QueryInput::fromJson(in.toJson()) == in);
    CHECK(QueryInput::fromJson(QueryInput().toJson()) == QueryInput());
}

TEST_CASE("unsaved work is kept in the vault, listed and removed")
{
    test::QueryFixture f;
    pending::PendingEditService service(f.vault->connection(), f.clock);
    const Query query = f.create();
    QJsonObject payload;
    payload.insert(QStringLiteral("input"), f.input(QStringLiteral("half-typed subject")).toJson());
    const auto kept = service.keep(pending::PendingKind::QueryForm, query.id, query.version, payload,
        QStringLiteral("Edit of AH-2026-0001"), f.adviserId);
    REQUIRE(kept.ok());
    const auto fresh = service.keep(
        pending::PendingKind::TimelineEntry, std::nullopt, 0, QJsonObject(), QStringLiteral("A note"), f.adviserId);
    REQUIRE(fresh.ok());

    auto list = service.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    const pending::PendingEdit& first = list->front();
    CHECK(first.kind == pending::PendingKind::QueryForm);
    CHECK(first.queryId == query.id);
    CHECK(first.queryReference == query.reference);
    CHECK(first.baseVersion == query.version);
    CHECK(first.adviserName == QStringLiteral("Amara Quillfeather"));
    CHECK(QueryInput::fromJson(first.payload.value(QStringLiteral("input")).toObject()).subject
        == QStringLiteral("half-typed subject"));

    REQUIRE(service.remove(*kept).ok());
    CHECK(service.remove(*kept).code() == ErrorCode::NotFound);
    CHECK(service.list()->size() == 1);

    SECTION("work on a deleted query goes with it")
    {
        const auto onQuery
            = service.keep(pending::PendingKind::QueryForm, query.id, 1, payload, QString(), std::nullopt);
        REQUIRE(onQuery.ok());
        REQUIRE(f.service->remove(query.id).ok());
        CHECK(service.list()->size() == 1);
    }
}

TEST_CASE("work restored from a kept copy and kept again replaces that copy")
{
    test::QueryFixture f;
    pending::PendingEditService service(f.vault->connection(), f.clock);
    QJsonObject first;
    first.insert(QStringLiteral("body"), QStringLiteral("first words"));
    const auto kept = service.keep(
        pending::PendingKind::TimelineEntry, std::nullopt, 0, first, QStringLiteral("A note"), f.adviserId);
    REQUIRE(kept.ok());

    QJsonObject more;
    more.insert(QStringLiteral("body"), QStringLiteral("first words, and more"));
    const auto again = service.keep(
        pending::PendingKind::TimelineEntry, std::nullopt, 0, more, QStringLiteral("A note"), f.adviserId, *kept);
    REQUIRE(again.ok());
    CHECK(*again == *kept);
    auto list = service.list();
    REQUIRE(list->size() == 1);
    CHECK(list->front().payload.value(QStringLiteral("body")).toString() == QStringLiteral("first words, and more"));

    SECTION("a copy discarded meanwhile: the content is kept anew, not lost")
    {
        REQUIRE(service.remove(*kept).ok());
        const auto anew = service.keep(
            pending::PendingKind::TimelineEntry, std::nullopt, 0, more, QStringLiteral("A note"), f.adviserId, *kept);
        REQUIRE(anew.ok());
        list = service.list();
        REQUIRE(list->size() == 1);
        CHECK(list->front().id == *anew);
        CHECK(
            list->front().payload.value(QStringLiteral("body")).toString() == QStringLiteral("first words, and more"));
    }
}

} // namespace pending_edit_test
