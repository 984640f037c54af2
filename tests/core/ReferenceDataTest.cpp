#include "TestSupport.h"
#include "db/Connection.h"

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace reference_data_test {

using namespace advicehub;

TEST_CASE("a new vault is seeded with the reference data")
{
    test::TempDir dir;
    auto vault = test::createVault(dir.file(QStringLiteral("ref.ahv")));
    db::Connection& c = vault->connection();

    SECTION("UN Member and Observer States, with regions")
    {
        CHECK(c.queryInt("SELECT count(*) FROM states WHERE un_status = 'member'") == 193);
        CHECK(c.queryInt("SELECT count(*) FROM states WHERE un_status = 'observer'") == 2);
        CHECK(c.queryInt("SELECT count(*) FROM states WHERE region_id IS NULL") == 0);
        CHECK(c.queryInt("SELECT count(*) FROM regions") == 5);
        CHECK(c.queryText("SELECT r.code FROM states s JOIN regions r ON r.id = s.region_id WHERE s.iso2 = 'FJ'")
            == QStringLiteral("AP"));
    }
    SECTION("exactly the seven Core States are flagged")
    {
        QStringList core;
        db::Statement s = c.prepare("SELECT iso2 FROM states WHERE core_state = 1 ORDER BY iso2");
        while (s.step())
            core << s.text(0);
        CHECK(core
            == QStringList { QStringLiteral("BS"), QStringLiteral("CL"), QStringLiteral("DK"), QStringLiteral("FJ"),
                QStringLiteral("GH"), QStringLiteral("ID"), QStringLiteral("MA") });
    }
    SECTION("treaty status is either 'unknown' or comes with an as-of date")
    {
        CHECK(c.queryInt("SELECT count(*) FROM states WHERE uncat_status <> 'unknown' AND uncat_status_as_of IS NULL")
            == 0);
        CHECK(c.queryInt("SELECT count(*) FROM states WHERE opcat_status <> 'unknown' AND opcat_status_as_of IS NULL")
            == 0);
        CHECK(c.queryInt("SELECT count(*) FROM states WHERE core_state = 1 AND uncat_status = 'party'") == 7);
    }
    SECTION("themes, channels and UNCAT articles 1-33")
    {
        CHECK(c.queryInt("SELECT count(*) FROM themes") == 18);
        CHECK(c.queryInt("SELECT count(*) FROM channels") == 7);
        CHECK(c.queryInt("SELECT count(*) FROM uncat_articles") == 33);
        CHECK(c.queryInt("SELECT min(number) FROM uncat_articles") == 1);
        CHECK(c.queryInt("SELECT max(number) FROM uncat_articles") == 33);
        CHECK(c.queryText("SELECT title FROM uncat_articles WHERE number = 1")
            == QStringLiteral("Definition of torture"));
    }
    SECTION("the partner organisations named in the CTI documents, with their expertise")
    {
        CHECK(c.queryInt("SELECT count(*) FROM partners") == 10);
        CHECK(c.queryText("SELECT acronym FROM partners WHERE strategic = 1") == QStringLiteral("APT"));
        CHECK(c.queryInt("SELECT count(*) FROM partners p WHERE NOT EXISTS "
                         "(SELECT 1 FROM partner_themes t WHERE t.partner_id = p.id)")
            == 0);
        CHECK(c.queryInt("SELECT count(*) FROM partner_regions") >= 10);
    }
}

} // namespace reference_data_test
