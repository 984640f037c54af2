// Referrals of queries to partners, gated by the requesting State's consent (issue 10):
// referrals/ReferralService.h. Every rule through the service the application and the CLI use.
#include "QueryFixture.h"
#include "casefile/CaseEvents.h"
#include "casefile/CaseRecord.h"
#include "casefile/DisclosureRecord.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "partners/PartnerService.h"
#include "referrals/ReferralService.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace referral_test {

using namespace advicehub;
using namespace advicehub::referrals;
using advicehub::partners::PartnerInput;

namespace {

struct ReferralFixture : test::QueryFixture {
    ReferralFixture() : partners(&session->partners()), referrals(&session->referrals()) { }

    db::Connection& c() { return vault->connection(); }

    qint64 partner(const QString& name, QList<qint64> themes = {}, QList<qint64> regions = {},
        QStringList languages = {}, bool strategic = false)
    {
        PartnerInput in;
        in.name = name;
        in.themeIds = std::move(themes);
        in.regionIds = std::move(regions);
        in.languages = std::move(languages);
        in.strategic = strategic;
        in.contacts = { { 0, QStringLiteral("Ines Harrowgate"), QStringLiteral("Programme officer"),
            QStringLiteral("ines@example.org"), QStringLiteral("+41 22 000 00 00") } };
        auto p = partners->create(in);
        INFO((p ? QString() : p.error().message).toStdString());
        REQUIRE(p.ok());
        return p->id;
    }

    ReferralInput input(
        qint64 queryId, qint64 partnerId, QList<SharedField> shared = ReferralText::defaultSharedFields())
    {
        ReferralInput in;
        in.queryId = queryId;
        in.partnerId = partnerId;
        in.reason = QStringLiteral("Expertise in police custody safeguards");
        in.shared = std::move(shared);
        return in;
    }

    Referral propose(const ReferralInput& in)
    {
        auto r = referrals->propose(in);
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        return r.value();
    }

    Consent consent(qint64 queryId, QList<qint64> partnerIds, QList<SharedField> fields)
    {
        ConsentInput in;
        in.queryId = queryId;
        in.givenOn = clock.nowUtc().date();
        in.form = ConsentForm::NoteVerbale;
        in.givenByName = QStringLiteral("Ama Osei-Blackwood");
        in.givenByFunction = QStringLiteral("Director, Ministry of Justice");
        in.partnerIds = std::move(partnerIds);
        in.fields = std::move(fields);
        auto made = referrals->recordConsent(in);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.ok());
        return made.value();
    }

    Result<Referral> move(qint64 id, ReferralStatus to, const QString& reason = {}, const QString& justification = {})
    {
        StatusChange change;
        change.to = to;
        change.reason = reason;
        change.overrideJustification = justification;
        return referrals->changeStatus(id, change);
    }

    // What a refused operation must leave as it was.
    struct Counts {
        qint64 referrals, fields, consents, timeline, disclosures, version;
        bool operator==(const Counts&) const = default;
    };
    Counts counts(qint64 queryId)
    {
        return { c().queryInt("SELECT count(*) FROM referrals"), c().queryInt("SELECT count(*) FROM referral_fields"),
            c().queryInt("SELECT count(*) FROM consents"), c().queryInt("SELECT count(*) FROM timeline"),
            c().queryInt("SELECT count(*) FROM disclosures"), get(queryId).version };
    }

    partners::PartnerService* partners;
    ReferralService* referrals;
};

const QString kJustification = QStringLiteral("The detainee's life is at risk; the State cannot be reached.");

} // namespace

TEST_CASE("the referral lifecycle allows exactly its moves", "[referrals]")
{
    ReferralFixture f;
    const auto q = f.create();
    const qint64 apt = f.partner(QStringLiteral("Custody Watch"));
    f.consent(q.id, { apt }, ReferralText::defaultSharedFields());

    const auto to = [&](std::initializer_list<ReferralStatus> path) {
        Referral r = f.propose(f.input(q.id, apt));
        for (ReferralStatus s : path) {
            auto moved = f.move(r.id, s, QStringLiteral("no longer needed"));
            INFO((moved ? QString() : moved.error().message).toStdString());
            REQUIRE(moved.ok());
            r = moved.value();
        }
        return r;
    };
    using S = ReferralStatus;
    const std::vector<std::pair<std::vector<S>, QList<S>>> cases {
        { {}, { S::ConsentObtained, S::Sent, S::Withdrawn } },
        { { S::ConsentObtained }, { S::Sent, S::Withdrawn } },
        { { S::ConsentObtained, S::Sent }, { S::Accepted, S::Declined, S::Withdrawn } },
        { { S::Sent, S::Accepted }, { S::Completed, S::Withdrawn } },
        { { S::Sent, S::Declined }, {} },
        { { S::Sent, S::Accepted, S::Completed }, {} },
        { { S::Withdrawn }, {} },
    };
    for (const auto& [path, allowed] : cases) {
        Referral r = to(std::initializer_list<S>());
        for (S s : path) {
            auto moved = f.move(r.id, s, QStringLiteral("a reason for the record"));
            INFO((moved ? QString() : moved.error().message).toStdString());
            REQUIRE(moved.ok());
            r = moved.value();
        }
        CAPTURE(ReferralText::code(r.status).toStdString());
        CHECK(f.referrals->allowedTransitions(r.id) == allowed);
        for (S target : ReferralText::allStatuses()) {
            if (allowed.contains(target))
                continue;
            const auto before = f.counts(q.id);
            auto refused = f.move(r.id, target, QStringLiteral("a reason for the record"));
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.code() == ErrorCode::NotAllowed);
            CHECK(f.counts(q.id) == before);
        }
        // Close it, so that the next case may propose to the same partner again.
        if (ReferralText::isOpen(r.status))
            REQUIRE(f.move(r.id, S::Withdrawn, QStringLiteral("closing the case of the test")).ok());
    }
}

TEST_CASE("declined and withdrawn need a reason, and the dates are checked", "[referrals]")
{
    ReferralFixture f;
    const auto q = f.create();
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    f.consent(q.id, { p }, ReferralText::defaultSharedFields());
    const Referral r = f.propose(f.input(q.id, p));
    auto before = f.counts(q.id);
    auto noReason = f.move(r.id, ReferralStatus::Withdrawn, QStringLiteral("   "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.code() == ErrorCode::InvalidInput);
    CHECK(f.counts(q.id) == before);

    REQUIRE(f.move(r.id, ReferralStatus::Sent).ok());
    before = f.counts(q.id);
    auto declinedWithout = f.move(r.id, ReferralStatus::Declined);
    REQUIRE_FALSE(declinedWithout.ok());
    CHECK(declinedWithout.code() == ErrorCode::InvalidInput);
    StatusChange future;
    future.to = ReferralStatus::Accepted;
    future.on = f.clock.nowUtc().date().addDays(1);
    auto inFuture = f.referrals->changeStatus(r.id, future);
    REQUIRE_FALSE(inFuture.ok());
    CHECK(inFuture.code() == ErrorCode::InvalidInput);
    CHECK(f.counts(q.id) == before);

    StatusChange declined;
    declined.to = ReferralStatus::Declined;
    declined.reason = QStringLiteral("No capacity this year");
    declined.outcome = QStringLiteral("They suggest asking again in the spring.");
    auto done = f.referrals->changeStatus(r.id, declined);
    REQUIRE(done.ok());
    CHECK(done->closedOn == f.clock.nowUtc().date());
    CHECK(done->statusReason == QStringLiteral("No capacity this year"));
    CHECK(done->outcome == QStringLiteral("They suggest asking again in the spring."));
}

TEST_CASE("a referral is not sent without a consent covering its partner and every field", "[referrals][consent]")
{
    ReferralFixture f;
    const auto q = f.create();
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    const qint64 other = f.partner(QStringLiteral("Prison Reform Lab"));
    const Referral r = f.propose(f.input(q.id, p, { SharedField::Subject, SharedField::RequestText }));

    const auto refusedNow = [&](ErrorCode code) {
        const auto before = f.counts(q.id);
        auto sent = f.move(r.id, ReferralStatus::Sent);
        REQUIRE_FALSE(sent.ok());
        CHECK(sent.code() == code);
        CHECK(f.counts(q.id) == before);
        CHECK(f.referrals->get(r.id)->status == ReferralStatus::Proposed);
        CHECK_FALSE(f.referrals->canChangeStatus(r.id, ReferralStatus::Sent).ok());
        CHECK_FALSE(f.move(r.id, ReferralStatus::ConsentObtained).ok());
    };
    SECTION("no consent at all")
    {
        refusedNow(ErrorCode::NotAllowed);
        CHECK(f.referrals->get(r.id)->consentState == ConsentState::Missing);
    }
    SECTION("a consent for another partner does not count")
    {
        f.consent(q.id, { other }, { SharedField::Subject, SharedField::RequestText });
        refusedNow(ErrorCode::NotAllowed);
        CHECK_FALSE(f.referrals->coveringConsent(r.id).has_value());
    }
    SECTION("a consent that does not cover every shared field does not count")
    {
        f.consent(q.id, { p, other }, { SharedField::Subject, SharedField::Themes });
        refusedNow(ErrorCode::NotAllowed);
    }
    SECTION("a withdrawn consent blocks a later sent")
    {
        const Consent given = f.consent(q.id, { p }, { SharedField::Subject, SharedField::RequestText });
        REQUIRE(f.move(r.id, ReferralStatus::ConsentObtained).ok());
        CHECK(f.referrals->get(r.id)->consentState == ConsentState::Covered);
        auto withdrawn = f.referrals->withdrawConsent(given.id, {}, QStringLiteral("The Ministry changed its mind"));
        REQUIRE(withdrawn.ok());
        CHECK(withdrawn->withdrawn());
        CHECK(f.referrals->get(r.id)->consentState == ConsentState::Missing);
        const auto before = f.counts(q.id);
        auto sent = f.move(r.id, ReferralStatus::Sent);
        REQUIRE_FALSE(sent.ok());
        CHECK(f.counts(q.id) == before);
        auto again = f.referrals->withdrawConsent(given.id, {}, QStringLiteral("twice"));
        REQUIRE_FALSE(again.ok());
        CHECK(again.code() == ErrorCode::NotAllowed);
        // The timeline has both the consent and its withdrawal.
        int consentEntries = 0;
        const auto entries = f.service->timeline(q.id).value();
        for (const auto& e : entries)
            consentEntries += e.kind == casefile::EntryKind::Consent ? 1 : 0;
        CHECK(consentEntries == 2);
    }
    SECTION("a covering consent lets it go, and is recorded with it")
    {
        const Consent given
            = f.consent(q.id, { other, p }, { SharedField::Subject, SharedField::RequestText, SharedField::Themes });
        CHECK(f.referrals->coveringConsent(r.id)->id == given.id);
        CHECK(f.referrals->canChangeStatus(r.id, ReferralStatus::Sent).ok());
        auto sent = f.move(r.id, ReferralStatus::Sent);
        REQUIRE(sent.ok());
        CHECK(sent->status == ReferralStatus::Sent);
        CHECK(sent->consentId == given.id);
        CHECK(sent->consentState == ConsentState::Covered);
        CHECK(sent->sentOn == f.clock.nowUtc().date());
        // Withdrawing it afterwards does not unsend what went under it.
        REQUIRE(f.referrals->withdrawConsent(given.id, {}, QStringLiteral("Later withdrawal")).ok());
        CHECK(f.referrals->get(r.id)->consentState == ConsentState::Covered);
    }
}

TEST_CASE("an override needs a head and a written justification, and is recorded as such", "[referrals][consent]")
{
    ReferralFixture f;
    const auto q = f.create();
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    const Referral r = f.propose(f.input(q.id, p));
    auto before = f.counts(q.id);

    // The session's adviser (role adviser) may not override.
    CHECK_FALSE(f.referrals->mayOverride());
    auto notHead = f.move(r.id, ReferralStatus::Sent, {}, kJustification);
    REQUIRE_FALSE(notHead.ok());
    CHECK(notHead.code() == ErrorCode::NotAllowed);
    CHECK(notHead.error().message.contains(QStringLiteral("head")));
    CHECK(f.counts(q.id) == before);

    REQUIRE(f.session->setCurrentAdviser(f.otherAdviserId).ok()); // Tomas Brindlewood, head
    CHECK(f.referrals->mayOverride());
    auto noText = f.move(r.id, ReferralStatus::Sent);
    REQUIRE_FALSE(noText.ok());
    CHECK(noText.code() == ErrorCode::NotAllowed);
    auto tooShort = f.move(r.id, ReferralStatus::Sent, {}, QStringLiteral("   urgent, see file   "));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.code() == ErrorCode::InvalidInput);
    CHECK(f.counts(q.id) == before);

    auto sent = f.move(r.id, ReferralStatus::Sent, {}, kJustification);
    REQUIRE(sent.ok());
    CHECK(sent->consentState == ConsentState::Overridden);
    CHECK_FALSE(sent->consentId.has_value());
    CHECK(sent->overrideJustification == kJustification);
    CHECK(sent->overrideById == f.otherAdviserId);
    CHECK(sent->overrideByName == QStringLiteral("Tomas Brindlewood"));

    const auto timeline = f.service->timeline(q.id).value();
    const auto entry = std::find_if(timeline.rbegin(), timeline.rend(),
        [](const casefile::TimelineEntry& e) { return e.kind == casefile::EntryKind::Referral; });
    REQUIRE(entry != timeline.rend());
    CHECK(entry->summary.contains(QStringLiteral("WITHOUT consent")));
    CHECK(entry->summary.contains(QStringLiteral("Tomas Brindlewood")));
    CHECK(entry->data.value(QStringLiteral("override")).toBool());
    CHECK(entry->data.value(QStringLiteral("to")).toString() == QStringLiteral("sent"));
    CHECK(entry->source == casefile::TimelineSource { QStringLiteral("referral"), r.id });
    CHECK(entry->adviserId == f.otherAdviserId);

    // The case summary says so too.
    auto summary = f.session->caseSummaries().build(q.id);
    REQUIRE(summary.ok());
    REQUIRE(summary->referrals.size() == 1);
    const auto& fields = summary->referrals.front().fields;
    const auto consent = std::find_if(fields.begin(), fields.end(),
        [](const casefile::SummaryField& x) { return x.code == QStringLiteral("consent"); });
    REQUIRE(consent != fields.end());
    CHECK(consent->display.startsWith(QStringLiteral("OVERRIDE")));
    CHECK(consent->raw.toString() == QStringLiteral("override"));
    // The JSON export (and the CLI's show) carry the same section.
    const QJsonObject json = casefile::caseSummaryToJson(summary.value());
    const QJsonArray sections = json.value(QStringLiteral("referrals")).toArray();
    REQUIRE(sections.size() == 1);
    CHECK(QJsonDocument(sections.first().toObject()).toJson().contains("\"override\""));
    CHECK(QJsonDocument(sections.first().toObject()).toJson().contains("Custody Watch"));
}

TEST_CASE("sending records the disclosure of exactly the shared fields", "[referrals][disclosure]")
{
    ReferralFixture f;
    const auto q = f.create();
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    const QList<SharedField> shared { SharedField::Themes, SharedField::Subject, SharedField::State };
    f.consent(q.id, { p }, shared);
    const Referral r = f.propose(f.input(q.id, p, shared));
    CHECK(f.c().queryInt("SELECT count(*) FROM disclosures") == 0);
    REQUIRE(f.move(r.id, ReferralStatus::Sent).ok());
    auto disclosures = f.session->caseRecord().disclosures().list();
    REQUIRE(disclosures.ok());
    REQUIRE(disclosures->size() == 1);
    const auto& d = disclosures->front();
    CHECK(d.kind == casefile::DisclosureKind::Share);
    CHECK(d.document == QStringLiteral("referral"));
    CHECK(d.recipient == QStringLiteral("Custody Watch"));
    CHECK(d.fields == QStringList { QStringLiteral("subject"), QStringLiteral("themes"), QStringLiteral("state") });
    REQUIRE(d.queries.size() == 1);
    CHECK(d.queries.front().queryId == q.id);
}

TEST_CASE("what a referral shares cannot change once it is sent", "[referrals]")
{
    ReferralFixture f;
    const auto q = f.create();
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    f.consent(q.id, { p }, { SharedField::Subject, SharedField::Themes, SharedField::RequestText });
    Referral r = f.propose(f.input(q.id, p));

    ReferralEdit edit;
    edit.reason = QStringLiteral("Better reason");
    edit.shared = { SharedField::Subject, SharedField::Themes, SharedField::RequestText };
    auto edited = f.referrals->edit(r.id, edit, r.version);
    REQUIRE(edited.ok());
    CHECK(edited->shared == QList<SharedField> { SharedField::Subject, SharedField::RequestText, SharedField::Themes });
    auto stale = f.referrals->edit(r.id, edit, r.version);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.code() == ErrorCode::Conflict);

    REQUIRE(f.move(edited->id, ReferralStatus::Sent).ok());
    r = f.referrals->get(r.id).value();
    const auto before = f.counts(q.id);
    edit.shared = { SharedField::Subject };
    auto refused = f.referrals->edit(r.id, edit, r.version);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::NotAllowed);
    CHECK(refused.error().message.contains(QStringLiteral("sent")));
    CHECK(f.counts(q.id) == before);
    // Nor behind the service's back.
    CHECK_THROWS_AS(f.c().execute("DELETE FROM referral_fields WHERE field = 'subject'"), db::DbError);
    CHECK_THROWS_AS(f.c().execute("DELETE FROM referrals"), db::DbError);
    // The follow-up date stays editable while it is open.
    auto followUp = f.referrals->setFollowUp(r.id, f.clock.nowUtc().date().addDays(10));
    REQUIRE(followUp.ok());
    CHECK(followUp->followUpOn == f.clock.nowUtc().date().addDays(10));
}

TEST_CASE("bad input is refused with its own message and nothing written", "[referrals]")
{
    ReferralFixture f;
    f.setToday(QDate(2026, 3, 2));
    auto in = f.QueryFixture::input();
    in.receivedOn = QDate(2026, 2, 16);
    const auto q = f.create(in);
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    const qint64 inactive = f.partner(QStringLiteral("Former Partner"));
    REQUIRE(f.partners->setActive(inactive, false).ok());
    const qint64 other = f.partner(QStringLiteral("Prison Reform Lab"));
    const qint64 otherContact = f.partners->get(other)->fields.contacts.front().id;
    f.propose(f.input(q.id, other));
    const auto before = f.counts(q.id);
    QSet<QString> messages;

    const auto refused = [&](const ReferralInput& input, ErrorCode code) {
        auto r = f.referrals->propose(input);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == code);
        CHECK_FALSE(r.error().message.isEmpty());
        CHECK_FALSE(messages.contains(r.error().message)); // each its own
        messages.insert(r.error().message);
        CHECK(f.counts(q.id) == before);
    };
    auto unknownPartner = f.input(q.id, 999999);
    refused(unknownPartner, ErrorCode::InvalidInput);
    refused(f.input(q.id, inactive), ErrorCode::NotAllowed);
    auto noFields = f.input(q.id, p, {});
    refused(noFields, ErrorCode::InvalidInput);
    auto noReason = f.input(q.id, p);
    noReason.reason = QStringLiteral("  ");
    refused(noReason, ErrorCode::InvalidInput);
    auto beforeReceived = f.input(q.id, p);
    beforeReceived.proposedOn = QDate(2026, 2, 13);
    refused(beforeReceived, ErrorCode::InvalidInput);
    auto future = f.input(q.id, p);
    future.proposedOn = QDate(2026, 3, 3);
    refused(future, ErrorCode::InvalidInput);
    auto pastFollowUp = f.input(q.id, p);
    pastFollowUp.followUpOn = QDate(2026, 3, 1);
    refused(pastFollowUp, ErrorCode::InvalidInput);
    auto wrongContact = f.input(q.id, p);
    wrongContact.contactId = otherContact;
    refused(wrongContact, ErrorCode::InvalidInput);
    refused(f.input(q.id, other), ErrorCode::NotAllowed); // a second open referral to the same partner
    auto noQuery = f.input(999999, p);
    refused(noQuery, ErrorCode::NotFound);

    // Unknown field names (what the CLI passes on).
    auto parsed = ReferralService::sharedFieldsFromCodes({ QStringLiteral("subject"), QStringLiteral("passport") });
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.code() == ErrorCode::InvalidInput);
    CHECK(parsed.error().message.contains(QStringLiteral("passport")));
    auto good = ReferralService::sharedFieldsFromCodes(
        { QStringLiteral(" Themes"), QStringLiteral("subject"), QStringLiteral("themes") });
    REQUIRE(good.ok());
    CHECK(good.value() == QList<SharedField> { SharedField::Subject, SharedField::Themes });

    // Consents: each bad input refused, nothing written.
    const auto consentRefused = [&](const ConsentInput& input) {
        auto c = f.referrals->recordConsent(input);
        REQUIRE_FALSE(c.ok());
        CHECK(c.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(messages.contains(c.error().message));
        messages.insert(c.error().message);
        CHECK(f.counts(q.id) == before);
    };
    ConsentInput ok;
    ok.queryId = q.id;
    ok.givenOn = QDate(2026, 2, 20);
    ok.givenByName = QStringLiteral("Ama Osei-Blackwood");
    ok.partnerIds = { p };
    ok.fields = { SharedField::Subject };
    auto noPartner = ok;
    noPartner.partnerIds.clear();
    consentRefused(noPartner);
    auto unknown = ok;
    unknown.partnerIds = { 999999 };
    consentRefused(unknown);
    auto noField = ok;
    noField.fields.clear();
    consentRefused(noField);
    auto noName = ok;
    noName.givenByName = QStringLiteral(" ");
    consentRefused(noName);
    auto consentFuture = ok;
    consentFuture.givenOn = QDate(2026, 3, 3);
    consentRefused(consentFuture);
    auto consentEarly = ok;
    consentEarly.givenOn = QDate(2026, 2, 15);
    consentRefused(consentEarly);
    REQUIRE(f.referrals->recordConsent(ok).ok());
}

TEST_CASE("a second open referral to the same partner is refused, a new one after closing is not", "[referrals]")
{
    ReferralFixture f;
    const auto q = f.create();
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    const Referral first = f.propose(f.input(q.id, p));
    auto second = f.referrals->propose(f.input(q.id, p));
    REQUIRE_FALSE(second.ok());
    CHECK(second.code() == ErrorCode::NotAllowed);
    // The schema refuses it too.
    const std::string sql = QStringLiteral("INSERT INTO referrals(query_id, partner_id, proposed_on, reason, "
                                           "created_at, updated_at) VALUES (%1, %2, '2026-01-05', 'x', "
                                           "'2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')")
                                .arg(q.id)
                                .arg(p)
                                .toStdString();
    CHECK_THROWS_AS(f.c().execute(sql), db::DbError);
    REQUIRE(f.move(first.id, ReferralStatus::Withdrawn, QStringLiteral("Wrong partner")).ok());
    f.propose(f.input(q.id, p));
    CHECK(f.referrals->referralsOf(q.id).size() == 2);
    CHECK(f.referrals->referralsOf(q.id).front().status == ReferralStatus::Proposed); // newest first
    CHECK(f.referrals->referralsTo(p).size() == 2);
    CHECK(f.referrals->allReferrals().size() == 2);
    REQUIRE(f.referrals->allReferrals(true).size() == 1);
    CHECK(f.referrals->allReferrals(true).front().status == ReferralStatus::Proposed);
}

TEST_CASE("suggestions rank partners by expertise, region and language", "[referrals][suggestions]")
{
    ReferralFixture f;
    // Only the partners of this test are active.
    for (const auto& seeded : f.partners->list())
        REQUIRE(f.partners->setActive(seeded.id, false).ok());
    auto in = f.QueryFixture::input();
    in.stateId = f.stateId("GH"); // Africa
    in.language = QStringLiteral("fr");
    in.themeIds = { f.themeId("police_custody"), f.themeId("prisons_detention") };
    const auto q = f.create(in);
    const qint64 africa = f.lookup->findState(QStringLiteral("GH"))->regionId;
    const qint64 europe = f.lookup->findState(QStringLiteral("FR"))->regionId;
    REQUIRE(africa != europe);
    const qint64 custody = f.themeId("police_custody");
    const qint64 prisons = f.themeId("prisons_detention");
    const qint64 training = f.themeId("training");

    // score = 3 per matching theme + 2 for the region + 1 for the language
    const qint64 both = f.partner(
        QStringLiteral("Zeta Detention Centre"), { custody, prisons }, { europe }, { QStringLiteral("en") }); // 6
    const qint64 strategicTie = f.partner(
        QStringLiteral("Yonder Rights"), { custody }, { africa }, { QStringLiteral("fr") }, true); // 6, strategic
    const qint64 tieA
        = f.partner(QStringLiteral("Alpha Justice"), { prisons }, { africa }, { QStringLiteral("fr") }); // 6
    const qint64 regionOnly = f.partner(QStringLiteral("Beta Africa Forum"), { training }, { africa }, {}); // 2
    const qint64 languageOnly = f.partner(
        QStringLiteral("Gamma Francophonie"), {}, { europe }, { QStringLiteral("fr"), QStringLiteral("en") }); // 1
    f.partner(QStringLiteral("Delta Unrelated"), { training }, { europe }, { QStringLiteral("en") }); // 0: left out
    const qint64 inactive
        = f.partner(QStringLiteral("Epsilon Closed"), { custody, prisons }, { africa }, { QStringLiteral("fr") });
    REQUIRE(f.partners->setActive(inactive, false).ok());
    f.propose(f.input(q.id, tieA));

    auto ranked = f.referrals->suggest(q.id);
    REQUIRE(ranked.ok());
    std::vector<qint64> order;
    for (const auto& s : ranked.value())
        order.push_back(s.partnerId);
    CHECK(order == std::vector<qint64> { strategicTie, tieA, both, regionOnly, languageOnly });
    const auto& top = ranked->front();
    CHECK(top.score == 6);
    CHECK(top.strategic);
    CHECK(top.reasons == QStringLiteral("expertise: Police custody and safeguards; region: Africa; works in French"));
    CHECK(ranked->at(2).reasons
        == QStringLiteral("expertise: Police custody and safeguards, Prisons and detention conditions, overcrowding"));
    CHECK(ranked->at(1).alreadyReferred);
    CHECK_FALSE(top.alreadyReferred);
    CHECK(ranked->at(4).matchingLanguages == QStringList { QStringLiteral("French") });

    auto limited = f.referrals->suggest(q.id, 2);
    REQUIRE(limited.ok());
    CHECK(limited->size() == 2);
    CHECK(f.referrals->suggest(999999).code() == ErrorCode::NotFound);
}

TEST_CASE(
    "follow-ups: due dates passed and sent referrals without a reply after N working days", "[referrals][followups]")
{
    ReferralFixture f; // Monday 5 January 2026
    const auto q = f.create();
    const qint64 a = f.partner(QStringLiteral("Custody Watch"));
    const qint64 b = f.partner(QStringLiteral("Prison Reform Lab"));
    const qint64 c = f.partner(QStringLiteral("Training Collective"));
    f.consent(q.id, { a, b, c }, ReferralText::defaultSharedFields());
    auto dueIn = f.input(q.id, a);
    dueIn.followUpOn = QDate(2026, 1, 9);
    const Referral due = f.propose(dueIn);
    const Referral sent = f.propose(f.input(q.id, b));
    REQUIRE(f.move(sent.id, ReferralStatus::Sent).ok()); // sent on Monday 5 January
    const Referral answered = f.propose(f.input(q.id, c));
    REQUIRE(f.move(answered.id, ReferralStatus::Sent).ok());
    REQUIRE(f.move(answered.id, ReferralStatus::Accepted).ok());
    REQUIRE(f.holidays->add(QDate(2026, 1, 19), QStringLiteral("Office closed")).ok());

    CHECK(f.referrals->followUps().empty());
    CHECK(f.referrals->followUpCount() == 0);

    f.setToday(QDate(2026, 1, 9)); // the follow-up date itself
    auto list = f.referrals->followUps();
    REQUIRE(list.size() == 1);
    CHECK(list.front().referral.id == due.id);
    CHECK(list.front().why == FollowUp::Why::FollowUpDue);
    CHECK(list.front().daysOverdue == 0);

    // 15 working days after Monday 5 January, the 19th a holiday: Tuesday 27 January.
    f.setToday(QDate(2026, 1, 26));
    CHECK(f.referrals->followUpCount() == 1);
    f.setToday(QDate(2026, 1, 27));
    list = f.referrals->followUps();
    REQUIRE(list.size() == 2);
    CHECK(list[0].referral.id == due.id); // 18 days past its date
    CHECK(list[0].daysOverdue == 18);
    CHECK(list[1].referral.id == sent.id);
    CHECK(list[1].why == FollowUp::Why::NoReply);
    CHECK(list[1].daysOverdue == 15);
    CHECK(f.referrals->followUpCount() == 2);
    CHECK(f.referrals->followUpCount(20) == 1);
    // A reply ends the wait.
    REQUIRE(f.move(sent.id, ReferralStatus::Accepted).ok());
    CHECK(f.referrals->followUpCount() == 1);
}

TEST_CASE(
    "full-text search finds referral reasons and outcomes, and filters find referred queries", "[referrals][search]")
{
    ReferralFixture f;
    const auto q = f.create();
    const auto other = f.create(QStringLiteral("Another matter"));
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    const qint64 p2 = f.partner(QStringLiteral("Prison Reform Lab"));
    f.consent(q.id, { p }, ReferralText::defaultSharedFields());
    auto in = f.input(q.id, p);
    in.reason = QStringLiteral("Their zygomorphic expertise");
    const Referral r = f.propose(in);

    queries::QueryFilter byText;
    byText.text = QStringLiteral("zygomorphic");
    CHECK(f.search->count(byText).value() == 1);
    REQUIRE(f.move(r.id, ReferralStatus::Sent).ok());
    StatusChange accepted;
    accepted.to = ReferralStatus::Accepted;
    accepted.outcome = QStringLiteral("Workshop planned with quixotically named trainers");
    REQUIRE(f.referrals->changeStatus(r.id, accepted).ok());
    byText.text = QStringLiteral("quixotically");
    CHECK(f.search->count(byText).value() == 1);

    queries::QueryFilter open;
    open.hasOpenReferral = true;
    CHECK(f.search->count(open).value() == 1);
    auto page = f.search->page(open, {});
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 1);
    CHECK(page->rows.front().id == q.id);
    queries::QueryFilter toPartner;
    toPartner.referredToPartnerId = p;
    CHECK(f.search->count(toPartner).value() == 1);
    toPartner.referredToPartnerId = p2;
    CHECK(f.search->count(toPartner).value() == 0);

    // Saved searches keep both.
    queries::QueryFilter saved;
    saved.hasOpenReferral = true;
    saved.referredToPartnerId = p;
    CHECK(queries::QueryFilter::fromJson(saved.toJson()) == saved);

    REQUIRE(f.move(r.id, ReferralStatus::Completed).ok());
    CHECK(f.search->count(open).value() == 0);
    toPartner.referredToPartnerId = p;
    CHECK(f.search->count(toPartner).value() == 1); // referred, whatever the status
    (void)other;
}

TEST_CASE("a query with referrals or consents cannot be deleted", "[referrals]")
{
    ReferralFixture f;
    const auto q = f.create();
    const auto q2 = f.create(QStringLiteral("Consent only"));
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    f.propose(f.input(q.id, p));
    f.consent(q2.id, { p }, { SharedField::Subject });
    for (qint64 id : { q.id, q2.id }) {
        auto can = f.service->canRemove(id);
        REQUIRE_FALSE(can.ok());
        CHECK(can.code() == ErrorCode::NotAllowed);
        CHECK(can.error().message.contains(QStringLiteral("referrals or consents")));
        CHECK_FALSE(f.service->remove(id).ok());
        CHECK(f.service->get(id).ok());
    }
}

TEST_CASE("referral changes are announced after the commit only", "[referrals]")
{
    ReferralFixture f;
    const auto q = f.create();
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    QList<qint64> changed;
    int queryChanged = 0;
    QObject context;
    QObject::connect(f.referrals, &ReferralService::referralsChanged, &context, [&](qint64 id) { changed << id; });
    QObject::connect(
        &f.session->caseRecord().events(), &casefile::CaseEvents::queryChanged, &context, [&] { ++queryChanged; });
    const Referral r = f.propose(f.input(q.id, p));
    CHECK(changed == QList<qint64> { q.id });
    CHECK(queryChanged == 1);
    auto refused = f.referrals->propose(f.input(q.id, p));
    REQUIRE_FALSE(refused.ok());
    CHECK(changed.size() == 1);
    CHECK(queryChanged == 1);
    CHECK(r.status == ReferralStatus::Proposed);
}

TEST_CASE("the timeline records each step with structured data", "[referrals]")
{
    ReferralFixture f;
    const auto q = f.create();
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    const Consent given = f.consent(q.id, { p }, ReferralText::defaultSharedFields());
    const Referral r = f.propose(f.input(q.id, p));
    REQUIRE(f.move(r.id, ReferralStatus::ConsentObtained).ok());
    REQUIRE(f.move(r.id, ReferralStatus::Sent).ok());
    REQUIRE(f.move(r.id, ReferralStatus::Accepted).ok());
    REQUIRE(f.move(r.id, ReferralStatus::Completed).ok());
    QStringList steps;
    const auto entries = f.service->timeline(q.id).value();
    for (const auto& e : entries) {
        if (e.kind == casefile::EntryKind::Consent) {
            CHECK(e.source == casefile::TimelineSource { QStringLiteral("consent"), given.id });
            CHECK_FALSE(e.summary.contains(QStringLiteral("Osei-Blackwood"))); // personal data stays in the consent
            steps << QStringLiteral("consent");
        } else if (e.kind == casefile::EntryKind::Referral) {
            CHECK(e.source == casefile::TimelineSource { QStringLiteral("referral"), r.id });
            CHECK(e.data.value(QStringLiteral("referral")).toInteger() == r.id);
            CHECK(e.data.value(QStringLiteral("partner")).toInteger() == p);
            CHECK(e.adviserId == f.adviserId);
            steps << e.newValue;
        } else if (e.kind == casefile::EntryKind::Exported) {
            steps << QStringLiteral("disclosure");
        }
    }
    CHECK(steps
        == QStringList { QStringLiteral("consent"), QStringLiteral("proposed"), QStringLiteral("consent_obtained"),
            QStringLiteral("sent"), QStringLiteral("disclosure"), QStringLiteral("accepted"),
            QStringLiteral("completed") });
}

TEST_CASE("a merged duplicate hands its referrals and consents to the survivor", "[referrals]")
{
    ReferralFixture f;
    const auto survivor = f.create(QStringLiteral("Survivor"));
    const auto duplicate = f.create(QStringLiteral("Duplicate"));
    const qint64 p = f.partner(QStringLiteral("Custody Watch"));
    const qint64 other = f.partner(QStringLiteral("Prison Reform Lab"));
    const Consent given = f.consent(duplicate.id, { other }, ReferralText::defaultSharedFields());
    auto in = f.input(duplicate.id, other);
    in.reason = QStringLiteral("A xylophonic reason to find");
    const Referral moved = f.propose(in);

    SECTION("moved, found by the survivor's search")
    {
        REQUIRE(f.service->merge(duplicate.id, survivor.id).ok());
        CHECK(f.referrals->get(moved.id)->queryId == survivor.id);
        CHECK(f.referrals->referralsOf(survivor.id).size() == 1);
        CHECK(f.referrals->consentsOf(survivor.id).front().id == given.id);
        CHECK(f.referrals->get(moved.id)->consentState == ConsentState::Covered);
        queries::QueryFilter byText;
        byText.text = QStringLiteral("xylophonic");
        auto page = f.search->page(byText, {});
        REQUIRE(page.ok());
        REQUIRE(page->rows.size() == 1);
        CHECK(page->rows.front().id == survivor.id);
    }
    SECTION("refused while both have an open referral to one partner")
    {
        f.propose(f.input(survivor.id, other));
        const auto before = f.counts(survivor.id);
        auto merged = f.service->merge(duplicate.id, survivor.id);
        REQUIRE_FALSE(merged.ok());
        CHECK(merged.code() == ErrorCode::NotAllowed);
        CHECK(f.counts(survivor.id) == before);
        CHECK(f.referrals->get(moved.id)->queryId == duplicate.id);
    }
    (void)p;
}

} // namespace referral_test
