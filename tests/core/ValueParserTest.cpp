// The text-to-value rules the CSV importer and the command line share (queries/ValueParser.h).
#include "queries/ValueParser.h"

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace value_parser_test {

using namespace advicehub::queries;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST_CASE("a code is read in any case, with spaces or hyphens for underscores")
{
    CHECK(normalizedCode(s("In progress")) == s("in_progress"));
    CHECK(normalizedCode(s("in-progress")) == s("in_progress"));
    CHECK(normalizedCode(s(" IN_PROGRESS ")) == s("in_progress"));
    CHECK(normalizedCode(s("in \t progress")) == s("in_progress"));
    CHECK(normalizedCode(s("")).isEmpty());
}

TEST_CASE("a date is YYYY-MM-DD and nothing else")
{
    CHECK(parseDate(s("2026-03-14")) == QDate(2026, 3, 14));
    CHECK(parseDate(s(" 2026-03-14\n")) == QDate(2026, 3, 14));
    CHECK(parseDate(s("2024-02-29")) == QDate(2024, 2, 29));
    CHECK_FALSE(parseDate(s("2026-02-29"))); // not a leap year
    CHECK_FALSE(parseDate(s("2026-13-01")));
    CHECK_FALSE(parseDate(s("14/03/2026")));
    CHECK_FALSE(parseDate(s("03/14/2026")));
    CHECK_FALSE(parseDate(s("2026/03/14"))); // Qt::ISODate alone would take it
    CHECK_FALSE(parseDate(s("2026.03.14")));
    CHECK_FALSE(parseDate(s("2026-3-14")));
    CHECK_FALSE(parseDate(s("2026-03-14T10:00")));
    CHECK_FALSE(parseDate(s("20260314")));
    CHECK_FALSE(parseDate(s("")));
}

TEST_CASE("an enumeration by its code, or also by its label")
{
    CHECK(parseEnumCode(s("in progress"), allStatuses()) == QueryStatus::InProgress);
    CHECK(parseEnumCode(s("STRICTLY-CONFIDENTIAL"), allConfidentialities()) == Confidentiality::StrictlyConfidential);
    CHECK(parseEnumCode(s("out_of_scope"), allRoutes()) == Route::OutOfScope);
    CHECK_FALSE(parseEnumCode(s("nonsense"), allPriorities()));
    CHECK_FALSE(parseEnumCode(s(""), allPriorities()));

    // Every code reads back with both; every label only where labels are accepted (the CSV file;
    // the command line takes codes).
    for (QueryStatus status : allStatuses()) {
        CHECK(parseEnumCode(QueryText::code(status), allStatuses()) == status);
        CHECK(parseEnum(QueryText::code(status), allStatuses()) == status);
        CHECK(parseEnum(QueryText::label(status).toUpper(), allStatuses()) == status);
        if (normalizedCode(QueryText::label(status)) != QueryText::code(status))
            CHECK_FALSE(parseEnumCode(QueryText::label(status), allStatuses()));
    }
    for (Priority priority : allPriorities())
        CHECK(parseEnum(QString(QLatin1Char(' ')) + QueryText::label(priority), allPriorities()) == priority);
    CHECK_FALSE(parseEnum(s("nonsense"), allPriorities()));
}

TEST_CASE("a whole number, and a list of values")
{
    CHECK(parseInteger(s(" 17 ")) == 17);
    CHECK(parseInteger(s("0")) == 0);
    CHECK_FALSE(parseInteger(s("seventeen")));
    CHECK_FALSE(parseInteger(s("1.5")));
    CHECK_FALSE(parseInteger(s("")));

    CHECK(splitList(s("Detention; visits ;;  complaints  mechanism"))
        == QStringList { s("Detention"), s("visits"), s("complaints mechanism") });
    CHECK(splitList(s("1, 2;3")) == QStringList { s("1, 2"), s("3") });
    CHECK(splitList(s("1, 2;3"), true) == QStringList { s("1"), s("2"), s("3") });
    CHECK(splitList(s(" ; ")).isEmpty());
}

} // namespace value_parser_test
