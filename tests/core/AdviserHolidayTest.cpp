// The advisers and office holidays kept in the vault: the rules on names and dates, and that a
// refused change changes nothing.
#include "QueryFixture.h"
#include "db/Connection.h"

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace adviser_holiday_test {

using namespace advicehub;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList names(const std::vector<advisers::Adviser>& list)
{
    QStringList out;
    for (const advisers::Adviser& adviser : list)
        out << adviser.name;
    return out;
}
} // namespace

TEST_CASE("adviser names are required, at most 120 characters and unique, when added and when renamed")
{
    test::QueryFixture f;
    advisers::AdviserService& service = *f.advisers;
    const QStringList before = names(service.list(true).value());

    CHECK(service.add(s("   ")).code() == ErrorCode::InvalidInput);
    CHECK(service.add(QString(121, QLatin1Char('x'))).code() == ErrorCode::InvalidInput);
    CHECK(service.add(s(" Amara   Quillfeather ")).code() == ErrorCode::InvalidInput); // spaces simplified
    CHECK(names(service.list(true).value()) == before);

    REQUIRE(service.add(QString(120, QLatin1Char('x'))).ok());

    SECTION("rename")
    {
        CHECK(service.rename(f.adviserId, s("")).code() == ErrorCode::InvalidInput);
        CHECK(service.rename(f.adviserId, QString(121, QLatin1Char('y'))).code() == ErrorCode::InvalidInput);
        const Status taken = service.rename(f.adviserId, s("Tomas  Brindlewood"));
        CHECK(taken.code() == ErrorCode::InvalidInput);
        CHECK(taken.error().message.contains(s("Tomas Brindlewood")));
        CHECK(service.find(f.adviserId).value().name == s("Amara Quillfeather"));

        // Its own name again (in other spacing) is not "taken".
        CHECK(service.rename(f.adviserId, s("Amara  Quillfeather")).ok());
        REQUIRE(service.rename(f.adviserId, s("Amara Quillfeather-Osei")).ok());
        CHECK(service.find(f.adviserId).value().name == s("Amara Quillfeather-Osei"));
        CHECK(service.rename(987654, s("Nobody")).code() == ErrorCode::NotFound);
    }
    SECTION("deactivate and reactivate")
    {
        REQUIRE(service.setActive(f.otherAdviserId, false).ok());
        CHECK_FALSE(names(service.list(false).value()).contains(s("Tomas Brindlewood")));
        CHECK(names(service.list(true).value()).contains(s("Tomas Brindlewood")));
        REQUIRE(service.setActive(f.otherAdviserId, true).ok());
        CHECK(names(service.list(false).value()).contains(s("Tomas Brindlewood")));
        CHECK(service.setActive(987654, false).code() == ErrorCode::NotFound);
    }
}

TEST_CASE("office holidays: one name per date, removing a date that is not a holiday is an error")
{
    test::QueryFixture f;
    calendar::HolidayService& holidays = *f.holidays;
    const QDate christmas(2026, 12, 25);

    REQUIRE(holidays.add(christmas, s("  Christmas   Day ")).ok());
    REQUIRE(holidays.list().value().size() == 1);
    CHECK(holidays.list().value().front().name == s("Christmas Day"));

    const Status again = holidays.add(christmas, s("Office closed"));
    CHECK(again.code() == ErrorCode::InvalidInput);
    CHECK(again.error().message.contains(s("Christmas Day")));
    CHECK(holidays.list().value().front().name == s("Christmas Day")); // not replaced

    CHECK(holidays.add(QDate(), s("Nothing")).code() == ErrorCode::InvalidInput);
    CHECK(holidays.add(QDate(2026, 12, 24), QString(121, QLatin1Char('z'))).code() == ErrorCode::InvalidInput);
    CHECK(holidays.list().value().size() == 1);

    CHECK(holidays.remove(QDate(2026, 12, 24)).code() == ErrorCode::NotFound);
    REQUIRE(holidays.remove(christmas).ok());
    CHECK(holidays.list().value().empty());
    CHECK(holidays.remove(christmas).code() == ErrorCode::NotFound);
}

} // namespace adviser_holiday_test
