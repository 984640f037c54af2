// Triage with a partner on the command line (issue 14): `status REF triaged --route refer
// --partner NAME|ID` proposes the referral in the triage's transaction; a refused one changes
// nothing.
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

namespace triage_cli_test {

using namespace advicehub;
using test::onVault;
using test::s;
using test::vaultWithAdviser;
using Run = test::CliRun;

namespace {

Run ok(const QString& vault, const QStringList& arguments)
{
    const Run run = onVault(vault, arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

QString addQuery(const QString& vault)
{
    return ok(vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s("Custody safeguards"),
            s("--theme"), s("police_custody"), s("--received"), s("2025-06-02"), s("--request"),
            s("Registers of custody") })
        .out.trimmed();
}

} // namespace

TEST_CASE("status triaged with --partner proposes the referral with the triage")
{
    test::TempDir dir;
    const QString vault = vaultWithAdviser(dir);
    ok(vault,
        { s("partner"), s("add"), s("--name"), s("Zorvex Custody Centre"), s("--acronym"), s("ZCC"), s("--type"),
            s("academic") });
    const QString first = addQuery(vault);
    const QString second = addQuery(vault);

    // An unknown partner: refused, the query stays new.
    const Run unknown
        = onVault(vault, { s("status"), first, s("triaged"), s("--route"), s("refer"), s("--partner"), s("Nobody") });
    CHECK(unknown.exitCode == 8);
    // A partner with a route that does not refer: refused too.
    const Run inHouse
        = onVault(vault, { s("status"), first, s("triaged"), s("--route"), s("in_house"), s("--partner"), s("ZCC") });
    CHECK(inHouse.exitCode != 0);
    CHECK(inHouse.err.contains(QLatin1String("partner")));

    const Run triaged
        = ok(vault, { s("status"), first, s("triaged"), s("--route"), s("refer"), s("--partner"), s("ZCC") });
    CHECK(triaged.out.contains(QLatin1String("triaged")));
    // Without --partner the route alone is recorded.
    ok(vault, { s("status"), second, s("triaged"), s("--route"), s("refer") });

    static const SystemClock clock;
    Result<std::unique_ptr<Session>> session = Session::open(test::openVault(vault), clock);
    REQUIRE(session.ok());
    const auto firstQuery = (*session)->queries().findByReference(first);
    const auto secondQuery = (*session)->queries().findByReference(second);
    REQUIRE(firstQuery.ok());
    REQUIRE(secondQuery.ok());
    CHECK(firstQuery->query.status == queries::QueryStatus::Triaged);
    const auto referrals = (*session)->referrals().referralsOf(firstQuery->query.id);
    REQUIRE(referrals.size() == 1);
    CHECK(referrals.front().partnerName == QStringLiteral("Zorvex Custody Centre"));
    CHECK(referrals.front().status == referrals::ReferralStatus::Proposed);
    CHECK((*session)->referrals().referralsOf(secondQuery->query.id).empty());
}

} // namespace triage_cli_test
