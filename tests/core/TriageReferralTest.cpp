// Triage that chooses the partner (issue 14): the route "refer" with a partner proposes the
// referral in the triage's own transaction (QueryService::Triage::partnerId); without a partner
// the route alone is recorded.
#include "QueryFixture.h"
#include "db/Connection.h"
#include "partners/PartnerService.h"
#include "referrals/ReferralService.h"

#include <catch2/catch.hpp>

namespace triage_referral_test {

using namespace advicehub;
using namespace advicehub::queries;
using namespace advicehub::referrals;

namespace {

qint64 addPartner(test::QueryFixture& f, const QString& name)
{
    partners::PartnerInput in;
    in.name = name;
    auto p = f.session->partners().create(in);
    INFO((p ? QString() : p.error().message).toStdString());
    REQUIRE(p.ok());
    return p->id;
}

QueryService::Triage referTo(const test::QueryFixture& f, std::optional<qint64> partnerId)
{
    QueryService::Triage triage;
    triage.adviserId = f.adviserId;
    triage.route = Route::Refer;
    triage.partnerId = partnerId;
    return triage;
}

} // namespace

TEST_CASE("triage with a partner proposes the referral in the same transaction", "[queries][triage][referrals]")
{
    test::QueryFixture f;
    const Query q = f.create();
    const qint64 partner = addPartner(f, QStringLiteral("Custody Watch"));

    QueryService::Triage triage = referTo(f, partner);
    triage.note = QStringLiteral("Custody Watch trains police on safeguards");
    const Status done = f.service->triage(q.id, triage);
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());

    const Query triaged = f.get(q.id);
    CHECK(triaged.status == QueryStatus::Triaged);
    CHECK(triaged.fields.route == Route::Refer);
    const std::vector<Referral> referrals = f.session->referrals().referralsOf(q.id);
    REQUIRE(referrals.size() == 1);
    CHECK(referrals.front().partnerId == partner);
    CHECK(referrals.front().status == ReferralStatus::Proposed);
    CHECK(referrals.front().reason == triage.note);
    CHECK(referrals.front().shared == ReferralText::defaultSharedFields());
    bool timelineShowsIt = false;
    const Result<std::vector<TimelineEntry>> timeline = f.service->timeline(q.id);
    REQUIRE(timeline.ok());
    for (const TimelineEntry& entry : timeline.value())
        timelineShowsIt |= entry.kind == EntryKind::Referral && entry.summary.contains(QStringLiteral("Custody Watch"));
    CHECK(timelineShowsIt);
}

TEST_CASE("triage without a note proposes the referral with a default reason", "[queries][triage][referrals]")
{
    test::QueryFixture f;
    const Query q = f.create();
    const qint64 partner = addPartner(f, QStringLiteral("Detention Monitors"));
    QueryService::Triage triage = referTo(f, partner);
    triage.route = Route::Both;
    REQUIRE(f.service->triage(q.id, triage).ok());
    const std::vector<Referral> referrals = f.session->referrals().referralsOf(q.id);
    REQUIRE(referrals.size() == 1);
    CHECK_FALSE(referrals.front().reason.isEmpty());
}

TEST_CASE("a refused proposal leaves the query untriaged and nothing written", "[queries][triage][referrals]")
{
    test::QueryFixture f;
    const Query q = f.create();
    const qint64 partner = addPartner(f, QStringLiteral("Quiet Partner"));
    REQUIRE(f.session->partners().setActive(partner, false).ok());
    db::Connection& c = f.vault->connection();
    const qint64 timeline = c.queryInt("SELECT count(*) FROM timeline");

    for (const qint64 id : { partner, qint64(987654) }) {
        const Status refused = f.service->triage(q.id, referTo(f, id));
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(refused.error().message.isEmpty());
        const Query after = f.get(q.id);
        CHECK(after.status == QueryStatus::New);
        CHECK(after.version == q.version);
        CHECK_FALSE(after.fields.route.has_value());
        CHECK(c.queryInt("SELECT count(*) FROM timeline") == timeline);
        CHECK(c.queryInt("SELECT count(*) FROM referrals") == 0);
    }
}

TEST_CASE("a partner with a route that does not refer is refused", "[queries][triage][referrals]")
{
    test::QueryFixture f;
    const Query q = f.create();
    const qint64 partner = addPartner(f, QStringLiteral("Custody Watch"));
    QueryService::Triage triage = referTo(f, partner);
    triage.route = Route::InHouse;
    const Status refused = f.service->triage(q.id, triage);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(f.get(q.id).status == QueryStatus::New);
}

TEST_CASE("triage without a partner records the route alone", "[queries][triage][referrals]")
{
    test::QueryFixture f;
    const Query q = f.create();
    REQUIRE(f.service->triage(q.id, referTo(f, std::nullopt)).ok());
    CHECK(f.get(q.id).status == QueryStatus::Triaged);
    CHECK(f.get(q.id).fields.route == Route::Refer);
    CHECK(f.session->referrals().referralsOf(q.id).empty());
}

} // namespace triage_referral_test
