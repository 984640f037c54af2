// The partner directory (issue 10): partners/PartnerService.h.
#include "QueryFixture.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "partners/PartnerService.h"
#include "referrals/ReferralService.h"

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace partner_test {

using namespace advicehub;
using namespace advicehub::partners;

namespace {

struct PartnerFixture : test::QueryFixture {
    PartnerFixture() : partners(&session->partners()) { }
    db::Connection& c() { return vault->connection(); }
    qint64 changes() { return c().queryInt("SELECT count(*) FROM partner_changes"); }
    qint64 rows() { return c().queryInt("SELECT count(*) FROM partners"); }

    PartnerInput valid() const
    {
        PartnerInput in;
        in.name = QStringLiteral("  Custody Watch  ");
        in.acronym = QStringLiteral("CW");
        in.type = PartnerType::Ngo;
        in.themeIds = { themeId("police_custody") };
        in.regionIds = { lookup->findRegion(QStringLiteral("Africa"))->id };
        in.languages = { QStringLiteral("fr"), QStringLiteral("en") };
        in.contacts = { { 0, QStringLiteral("Ines Harrowgate"), QStringLiteral("Programme officer"),
            QStringLiteral("ines@example.org"), QStringLiteral("+41 22 000 00 00") } };
        in.description = QStringLiteral("Monitors police custody.");
        return in;
    }

    PartnerService* partners;
};

bool hasError(const QList<PartnerFieldError>& errors, PartnerField field)
{
    return std::any_of(errors.begin(), errors.end(), [field](const PartnerFieldError& e) { return e.field == field; });
}

} // namespace

TEST_CASE("the seeded partners are editable records", "[partners]")
{
    PartnerFixture f;
    const auto all = f.partners->list();
    REQUIRE(all.size() >= 10);
    auto apt = f.partners->find(QStringLiteral("apt"));
    REQUIRE(apt.ok());
    CHECK(apt->fields.name == QStringLiteral("Association for the Prevention of Torture"));
    CHECK(apt->fields.strategic);
    CHECK(apt->version == 1);
    CHECK(f.partners->find(QString::number(apt->id))->id == apt->id);
    CHECK(f.partners->find(QStringLiteral("  association FOR the prevention of torture "))->id == apt->id);
    CHECK(f.partners->find(QStringLiteral("nobody")).code() == ErrorCode::NotFound);

    PartnerInput edited = apt->fields;
    edited.notes = QStringLiteral("Key partner for OPCAT ratification.");
    auto saved = f.partners->update(apt->id, edited, apt->version);
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);
    CHECK(saved->fields.notes == edited.notes);
    const auto history = f.partners->history(apt->id);
    REQUIRE(history.size() == 1);
    CHECK(history.front().action == QStringLiteral("changed"));
    CHECK(history.front().field == QStringLiteral("notes"));
    CHECK(history.front().newValue == edited.notes);
    CHECK(history.front().adviserName == QStringLiteral("Amara Quillfeather"));
}

TEST_CASE("a partner is created trimmed, and every change recorded with display values", "[partners]")
{
    PartnerFixture f;
    int announced = 0;
    QObject context;
    QObject::connect(f.partners, &PartnerService::partnersChanged, &context, [&announced] { ++announced; });
    auto created = f.partners->create(f.valid());
    REQUIRE(created.ok());
    CHECK(announced == 1);
    CHECK(created->fields.name == QStringLiteral("Custody Watch"));
    CHECK(created->fields.languages == QStringList { QStringLiteral("en"), QStringLiteral("fr") });
    CHECK(created->languageNames == QStringList { QStringLiteral("English"), QStringLiteral("French") });
    REQUIRE(created->fields.contacts.size() == 1);
    const qint64 contactId = created->fields.contacts.front().id;
    CHECK(contactId > 0);

    PartnerInput next = created->fields;
    next.type = PartnerType::Academic;
    next.strategic = true;
    next.themeIds << f.themeId("prisons_detention");
    next.contacts.front().role = QStringLiteral("Director");
    next.contacts.push_back({ 0, QStringLiteral("Olu Stonebridge"), {}, {}, {} });
    f.clock.advanceMs(60000);
    auto updated = f.partners->update(created->id, next, created->version);
    REQUIRE(updated.ok());
    CHECK(updated->fields.contacts.front().id == contactId); // kept across edits
    CHECK(updated->fields.contacts.size() == 2);
    const auto history = f.partners->history(created->id);
    QStringList fields;
    for (const auto& change : history)
        fields << change.action + QLatin1Char(':') + change.field;
    CHECK(fields
        == QStringList { QStringLiteral("created:"), QStringLiteral("changed:type"),
            QStringLiteral("changed:strategic"), QStringLiteral("changed:themes"),
            QStringLiteral("changed:contacts") });
    CHECK(history[1].oldValue == QStringLiteral("NGO"));
    CHECK(history[1].newValue == QStringLiteral("Academic centre"));
    CHECK(history[3].newValue.contains(QStringLiteral("Police custody")));
    CHECK(history[4].newValue.contains(QStringLiteral("Olu Stonebridge")));
    CHECK(history[1].atUtc == f.clock.nowUtc());

    // Unchanged: nothing written.
    const qint64 before = f.changes();
    auto same = f.partners->update(created->id, updated->fields, updated->version);
    REQUIRE(same.ok());
    CHECK(same->version == updated->version);
    CHECK(f.changes() == before);
    // A stale version: a conflict.
    auto stale = f.partners->update(created->id, next, created->version);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.code() == ErrorCode::Conflict);
    // The record of changes is append-only.
    CHECK_THROWS_AS(f.c().execute("DELETE FROM partner_changes"), db::DbError);
    CHECK_THROWS_AS(f.c().execute("UPDATE partner_changes SET action = 'created'"), db::DbError);
}

TEST_CASE("every field of a partner is validated with its own message", "[partners]")
{
    PartnerFixture f;
    REQUIRE(f.partners->create(f.valid()).ok());
    const qint64 rows = f.rows();
    const qint64 changes = f.changes();
    const auto refused = [&](const PartnerInput& in, PartnerField field) {
        const auto errors = f.partners->validate(in);
        CHECK(hasError(errors, field));
        auto made = f.partners->create(in);
        REQUIRE_FALSE(made.ok());
        CHECK(made.code() == ErrorCode::InvalidInput);
        CHECK(f.rows() == rows);
        CHECK(f.changes() == changes);
        return errors;
    };
    auto in = f.valid();
    in.name = QStringLiteral("   ");
    refused(in, PartnerField::Name);
    in.name = QStringLiteral("CUSTODY watch"); // case-insensitive
    refused(in, PartnerField::Name);
    in.name = QString(PartnerLimits::Name + 1, QLatin1Char('x'));
    refused(in, PartnerField::Name);
    in = f.valid();
    in.name = QStringLiteral("Other name");
    refused(in, PartnerField::Acronym); // "CW" is taken
    in.acronym = QString(PartnerLimits::Acronym + 1, QLatin1Char('A'));
    refused(in, PartnerField::Acronym);
    in.acronym.clear();
    in.themeIds = { 999999 };
    refused(in, PartnerField::Themes);
    in.themeIds.clear();
    in.regionIds = { 999999 };
    refused(in, PartnerField::Regions);
    in.regionIds.clear();
    in.languages = { QStringLiteral("xx") };
    refused(in, PartnerField::Languages);
    in.languages.clear();
    in.contacts = { { 0, QString(), QStringLiteral("Officer"), {}, {} } };
    auto errors = refused(in, PartnerField::Contacts);
    CHECK(errors.front().contactRow == 0);
    in.contacts = { { 0, QStringLiteral("Ok"), {}, {}, {} },
        { 0, QStringLiteral("Bad Mail"), {}, QStringLiteral("not-an-address"), {} } };
    errors = refused(in, PartnerField::Contacts);
    CHECK(errors.front().contactRow == 1);
    in.contacts = { { 0, QStringLiteral("Bad Phone"), {}, {}, QStringLiteral("call me maybe") } };
    refused(in, PartnerField::Contacts);
    in.contacts = { { 424242, QStringLiteral("Somebody else's"), {}, {}, {} } };
    refused(in, PartnerField::Contacts);
    in.contacts.clear();
    in.description = QString(PartnerLimits::Description + 1, QLatin1Char('d'));
    refused(in, PartnerField::Description);
    in.description.clear();
    in.notes = QString(PartnerLimits::Notes + 1, QLatin1Char('n'));
    refused(in, PartnerField::Notes);
    in.notes.clear();
    CHECK(f.partners->validate(in).isEmpty());
    // Empty contact rows are ignored, not refused.
    in.contacts = { { 0, QStringLiteral(" "), {}, {}, {} } };
    CHECK(f.partners->validate(in).isEmpty());
    // The schema refuses a duplicate name in another case too.
    CHECK_THROWS_AS(f.c().execute("INSERT INTO partners(name, type) VALUES ('custody WATCH', 'ngo')"), db::DbError);
}

TEST_CASE("a partner with referrals can be deactivated, never deleted", "[partners]")
{
    PartnerFixture f;
    auto p = f.partners->create(f.valid());
    REQUIRE(p.ok());
    const auto q = f.create();
    referrals::ReferralInput r;
    r.queryId = q.id;
    r.partnerId = p->id;
    r.reason = QStringLiteral("Expertise");
    r.shared = referrals::ReferralText::defaultSharedFields();
    REQUIRE(f.session->referrals().propose(r).ok());

    auto removed = f.partners->remove(p->id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.code() == ErrorCode::NotAllowed);
    CHECK(removed.error().message.contains(QStringLiteral("deactivate")));
    CHECK(f.partners->get(p->id).ok());

    REQUIRE(f.partners->setActive(p->id, false).ok());
    auto inactive = f.partners->get(p->id);
    CHECK_FALSE(inactive->active);
    CHECK(inactive->referralCount == 1);
    CHECK(inactive->openReferralCount == 1);
    // Kept, with its referral, but not listed by default nor suggested.
    const auto active = f.partners->list();
    CHECK(std::none_of(active.begin(), active.end(), [&](const Partner& x) { return x.id == p->id; }));
    PartnerListFilter all;
    all.includeInactive = true;
    bool listed = false;
    for (const auto& x : f.partners->list(all))
        listed |= x.id == p->id;
    CHECK(listed);
    CHECK(f.session->referrals().referralsTo(p->id).size() == 1);
    const qint64 changes = f.changes();
    REQUIRE(f.partners->setActive(p->id, false).ok()); // no-op
    CHECK(f.changes() == changes);
    REQUIRE(f.partners->setActive(p->id, true).ok());
    const auto history = f.partners->history(p->id);
    CHECK(history[history.size() - 2].action == QStringLiteral("deactivated"));
    CHECK(history.back().action == QStringLiteral("reactivated"));

    // One without referrals can be deleted; its history stays.
    auto spare = f.valid();
    spare.name = QStringLiteral("Spare Partner");
    spare.acronym.clear();
    auto s = f.partners->create(spare);
    REQUIRE(s.ok());
    REQUIRE(f.partners->remove(s->id).ok());
    CHECK(f.partners->get(s->id).code() == ErrorCode::NotFound);
    CHECK(f.partners->history(s->id).back().action == QStringLiteral("removed"));
}

TEST_CASE("the directory lists by name with accents and case ignored", "[partners]")
{
    PartnerFixture f;
    auto in = f.valid();
    in.name = QStringLiteral("Comité de Défense");
    in.acronym = QStringLiteral("CDD");
    REQUIRE(f.partners->create(in).ok());
    PartnerListFilter filter;
    filter.text = QStringLiteral("comite DEFENSE");
    auto found = f.partners->list(filter);
    REQUIRE(found.size() == 1);
    CHECK(found.front().fields.name == QStringLiteral("Comité de Défense"));
    filter.text = QStringLiteral("police custody"); // an area of expertise
    CHECK(f.partners->list(filter).size() >= 2);
    filter = {};
    filter.type = PartnerType::TreatyBody;
    for (const auto& p : f.partners->list(filter))
        CHECK(p.fields.type == PartnerType::TreatyBody);
    // By name, accents ignored: "Comité" before "Committee"-like names, "ASEAN" (upper case) first.
    in = f.valid();
    in.name = QStringLiteral("Commission Zeta");
    in.acronym.clear();
    REQUIRE(f.partners->create(in).ok());
    QStringList names;
    for (const auto& p : f.partners->list())
        names << p.fields.name;
    CHECK(names.front() == QStringLiteral("ASEAN Intergovernmental Commission on Human Rights"));
    CHECK(names.indexOf(QStringLiteral("Comité de Défense")) < names.indexOf(QStringLiteral("Commission Zeta")));
}

} // namespace partner_test
