// The query rules in one place: the due-date choice, field limits, the delete rule, link kinds.
#include "queries/QueryRules.h"
#include "QueryFixture.h"
#include "queries/DueDatePolicy.h"
#include "queries/QueryLinks.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace query_rules_test {

using namespace advicehub;
using namespace advicehub::queries;

TEST_CASE("the due-date policy: default, keep or set")
{
    const QDate automatic(2026, 1, 19);
    const QDate stored(2026, 1, 20); // an automatic date computed before a holiday was added
    const QDate byHand(2026, 3, 31);
    using Stored = DueDatePolicy::Stored;
    const auto decide = DueDatePolicy::decide;

    SECTION("a new query")
    {
        CHECK(decide(DueDateChoice::useDefault(), automatic, std::nullopt) == DueDate { automatic, false });
        CHECK(decide(DueDateChoice::keep(), automatic, std::nullopt) == DueDate { automatic, false });
        CHECK(decide(DueDateChoice::set(byHand), automatic, std::nullopt) == DueDate { byHand, true });
        CHECK(decide(DueDateChoice::set(automatic), automatic, std::nullopt) == DueDate { automatic, false });
    }
    SECTION("default: an automatic date stays while receipt and priority do")
    {
        CHECK(decide(DueDateChoice::useDefault(), automatic, Stored { stored, false, true })
            == DueDate { stored, false });
        CHECK(decide(DueDateChoice::useDefault(), automatic, Stored { stored, false, false })
            == DueDate { automatic, false });
        CHECK(decide(DueDateChoice::useDefault(), automatic, Stored { byHand, true, true })
            == DueDate { automatic, false }); // "use the default" over a date set by hand
    }
    SECTION("keep: a date set by hand stays, even when the priority changes")
    {
        CHECK(decide(DueDateChoice::keep(), automatic, Stored { byHand, true, true }) == DueDate { byHand, true });
        CHECK(decide(DueDateChoice::keep(), automatic, Stored { byHand, true, false }) == DueDate { byHand, true });
        CHECK(decide(DueDateChoice::keep(), automatic, Stored { stored, false, true }) == DueDate { stored, false });
        CHECK(
            decide(DueDateChoice::keep(), automatic, Stored { stored, false, false }) == DueDate { automatic, false });
    }
    SECTION("set: the stored date given back keeps how it was set; the default's date is the default")
    {
        CHECK(
            decide(DueDateChoice::set(stored), automatic, Stored { stored, false, true }) == DueDate { stored, false });
        CHECK(decide(DueDateChoice::set(automatic), automatic, Stored { byHand, true, true })
            == DueDate { automatic, false });
        CHECK(
            decide(DueDateChoice::set(byHand), automatic, Stored { stored, false, true }) == DueDate { byHand, true });
        CHECK(
            decide(DueDateChoice::set(stored), automatic, Stored { stored, false, false }) == DueDate { stored, true });
    }
}

TEST_CASE("the core previews the due date a choice gives, as saving decides it")
{
    test::QueryFixture f;
    QueryInput in = f.input();
    in.dueOn = DueDateChoice::set(QDate(2026, 3, 31));
    const Query query = f.create(in);
    const auto keep = f.service->dueDateFor(query.id, in.receivedOn, Priority::High, DueDateChoice::keep());
    REQUIRE(keep.ok());
    CHECK(keep.value() == DueDate { QDate(2026, 3, 31), true });
    const auto useDefault = f.service->dueDateFor(query.id, in.receivedOn, Priority::High, DueDateChoice::useDefault());
    REQUIRE(useDefault.ok());
    CHECK(useDefault.value() == DueDate { QDate(2026, 1, 12), false }); // high: 5 working days
    CHECK(f.service->dueDateFor(std::nullopt, in.receivedOn, Priority::Normal, DueDateChoice::useDefault())->date
        == QDate(2026, 1, 19));

    QueryInput edited = query.fields;
    edited.priority = Priority::High;
    edited.dueOn = DueDateChoice::useDefault();
    const auto saved = f.service->update(query.id, edited, query.version);
    REQUIRE(saved.ok());
    CHECK(saved->dueOn == useDefault->date);
    CHECK(saved->dueOverridden == useDefault->overridden);
}

TEST_CASE("a kept form reads the due-date choice of earlier versions")
{
    QJsonObject old;
    old.insert(QStringLiteral("subject"), QStringLiteral("Kept before the due-date choice existed"));
    CHECK(QueryInput::fromJson(old).dueOn == DueDateChoice::useDefault()); // no date: the default
    old.insert(QStringLiteral("due"), QStringLiteral("2026-02-02"));
    CHECK(QueryInput::fromJson(old).dueOn == DueDateChoice::set(QDate(2026, 2, 2))); // a date: set

    for (const DueDateChoice& choice :
        { DueDateChoice::useDefault(), DueDateChoice::keep(), DueDateChoice::set(QDate(2026, 2, 2)) }) {
        QueryInput in;
        in.dueOn = choice;
        CHECK(QueryInput::fromJson(in.toJson()).dueOn == choice);
    }
}

TEST_CASE("field limits come from the core")
{
    CHECK(QueryLimits::maxLength(QueryField::Subject) == 300);
    CHECK(QueryLimits::maxLength(QueryField::ContactName) == 300);
    CHECK(QueryLimits::maxLength(QueryField::RequestText) == 200000);
    CHECK(QueryLimits::maxLength(QueryField::ContactEmail) == 300);
    CHECK(QueryLimits::maxLength(QueryField::ContactPhone) == 40);
    CHECK(QueryLimits::maxLength(QueryField::Themes) == 0);
    test::QueryFixture f;
    QueryInput in = f.input();
    in.institution = QString(QueryLimits::maxLength(QueryField::Institution), QLatin1Char('x'));
    CHECK(f.service->validate(in).isEmpty());
    in.institution += QLatin1Char('x');
    REQUIRE(f.service->validate(in).size() == 1);
    CHECK(f.service->validate(in).front().field == QueryField::Institution);
    // The CLI can send more than the form's fields take: the core refuses it too.
    in = f.input();
    in.contact.email = QString(QueryLimits::ShortText - 12, QLatin1Char('x')) + QStringLiteral("@example.org");
    CHECK(f.service->validate(in).isEmpty());
    in.contact.email.prepend(QLatin1Char('x'));
    REQUIRE(f.service->validate(in).size() == 1);
    CHECK(f.service->validate(in).front().field == QueryField::ContactEmail);
    in = f.input();
    in.contact.phone = QString(QueryLimits::Phone, QLatin1Char('1'));
    CHECK(f.service->validate(in).isEmpty());
    in.contact.phone += QLatin1Char('1');
    REQUIRE(f.service->validate(in).size() == 1);
    CHECK(f.service->validate(in).front().field == QueryField::ContactPhone);
}

TEST_CASE("the delete rule is asked of the core")
{
    test::QueryFixture f;
    const Query survivor = f.create(QStringLiteral("Survivor"));
    const Query duplicate = f.create(QStringLiteral("Duplicate"));
    const Query plain = f.create(QStringLiteral("Plain"));
    CHECK(f.service->canRemove(plain.id).ok());
    REQUIRE(f.service->merge(duplicate.id, survivor.id).ok());
    // "Duplicates were merged into it": the rule the application's menu must follow too.
    CHECK(f.service->canRemove(survivor.id).code() == ErrorCode::NotAllowed);
    CHECK(f.service->remove(survivor.id).code() == ErrorCode::NotAllowed);
    REQUIRE(f.service->changeStatus(plain.id, QueryStatus::Declined, QStringLiteral("out of scope")).ok());
    CHECK(f.service->canRemove(plain.id).code() == ErrorCode::NotAllowed);
    CHECK(f.service->canRemove(999).code() == ErrorCode::NotFound);
}

TEST_CASE("link kinds have one code and one wording each")
{
    for (LinkKind kind : LinkKinds::all())
        CHECK(LinkKinds::parse(LinkKinds::code(kind)) == kind);
    CHECK(LinkKinds::code(LinkKind::FollowUp) == QStringLiteral("follow_up"));
    CHECK_FALSE(LinkKinds::parse(u"sibling").has_value());
    CHECK(LinkKinds::relationCode(LinkKind::FollowUp, true) == QStringLiteral("follow_up_of"));
    CHECK(LinkKinds::relationCode(LinkKind::FollowUp, false) == QStringLiteral("followed_up_by"));
    CHECK(LinkKinds::relationLabel(LinkKind::Related, true) == QStringLiteral("related to"));
}

} // namespace query_rules_test
