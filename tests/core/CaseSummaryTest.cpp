// One case-summary model (casefile/CaseSummary.h, queries/CaseSummaryBuilder.h): what the detail
// pane, the CLI's show and the JSON export present.
#include "casefile/CaseSummary.h"
#include "QueryFixture.h"
#include "queries/CaseSummaryBuilder.h"
#include "queries/QueryCsv.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace case_summary_test {

using namespace advicehub;
using namespace advicehub::queries;
using casefile::CaseSummary;
using casefile::Sensitivity;
using casefile::SummaryField;
using casefile::SummaryFieldId;

namespace {

// A query with every field filled, a follow-up, a merged duplicate and logged entries.
struct Scenario {
    test::QueryFixture f;
    Query full;
    Query followUp;
    Query duplicate;

    Scenario()
    {
        QueryInput in = f.input(QStringLiteral("Accession: steps — Côte d'Ivoire"));
        in.institutionTypeId = f.lookup->findInstitutionType(QStringLiteral("npm"))->id;
        in.articles = { 2, 16 };
        in.themeIds << f.themeId("prisons_detention");
        in.priority = Priority::High;
        in.confidentiality = Confidentiality::StrictlyConfidential;
        in.dueOn = DueDateChoice::set(QDate(2026, 2, 27));
        in.assignedAdviserId = f.otherAdviserId;
        in.route = Route::Both;
        in.language = QStringLiteral("fr");
        in.notes = QStringLiteral("Internal: the minister asked in person");
        full = f.create(in);
        followUp = f.create(QStringLiteral("Second visit"));
        duplicate = f.create(QStringLiteral("Accession (sent twice)"));
        REQUIRE(f.service->link(followUp.id, full.id, LinkKind::FollowUp).ok());
        REQUIRE(f.service->merge(duplicate.id, full.id).ok());
        NewEntry note;
        note.kind = EntryKind::Call;
        note.summary = QStringLiteral("Called the focal point");
        note.body = QStringLiteral("She will send the draft law");
        REQUIRE(f.service->addEntry(full.id, note).ok());
        QueryInput edited = f.get(full.id).fields;
        edited.contact.name = QStringLiteral("Ama Quarshie");
        REQUIRE(f.service->update(full.id, edited, f.get(full.id).version).ok());
        QueryService::Triage triage;
        triage.priority = Priority::High;
        triage.dueOn = DueDateChoice::keep();
        triage.adviserId = f.otherAdviserId;
        triage.route = Route::Both;
        REQUIRE(f.service->triage(full.id, triage).ok());
        REQUIRE(f.service->changeStatus(full.id, QueryStatus::InProgress).ok());
        REQUIRE(f.service->changeStatus(full.id, QueryStatus::AwaitingRequester, QStringLiteral("draft law")).ok());
        full = f.get(full.id);
    }
};

} // namespace

TEST_CASE("a case summary has every field with its code, label, values and sensitivity")
{
    Scenario s;
    CaseSummaryBuilder& builder = s.f.session->caseSummaries(); // the session's
    const auto summary = builder.build(s.full.id);
    REQUIRE(summary.ok());

    const auto field = [&](SummaryFieldId id) -> const SummaryField& {
        const SummaryField* found = summary->field(id);
        REQUIRE(found != nullptr);
        return *found;
    };
    CHECK(field(SummaryFieldId::Reference).display == s.full.reference);
    const SummaryField& state = field(SummaryFieldId::State);
    CHECK(state.code == QStringLiteral("state"));
    CHECK(state.label == QueryText::label(QueryField::State));
    CHECK(state.display == QStringLiteral("Ghana"));
    CHECK(state.sensitivity == Sensitivity::Identifying);
    CHECK(state.attributes.size() == 2);
    CHECK(field(SummaryFieldId::Region).display == QStringLiteral("Africa"));
    CHECK(field(SummaryFieldId::Region).sensitivity == Sensitivity::Ordinary);
    CHECK(field(SummaryFieldId::Institution).sensitivity == Sensitivity::Identifying);
    CHECK(field(SummaryFieldId::ContactName).display == QStringLiteral("Ama Quarshie"));
    CHECK(field(SummaryFieldId::ContactEmail).sensitivity == Sensitivity::PersonalData);
    CHECK(field(SummaryFieldId::Notes).sensitivity == Sensitivity::Internal);
    const SummaryField& priority = field(SummaryFieldId::Priority);
    CHECK(priority.display == QueryText::label(Priority::High)); // for people
    CHECK(priority.raw == QJsonValue(QStringLiteral("high"))); // for machines
    CHECK(field(SummaryFieldId::Confidentiality).raw == QJsonValue(QStringLiteral("strictly_confidential")));
    CHECK(field(SummaryFieldId::Status).display == QueryText::label(QueryStatus::AwaitingRequester));
    CHECK(field(SummaryFieldId::Articles).display == QStringLiteral("2, 16"));
    CHECK(field(SummaryFieldId::Adviser).display == QStringLiteral("Tomas Brindlewood"));
    CHECK(field(SummaryFieldId::Due).display == QStringLiteral("2026-02-27"));
    CHECK(field(SummaryFieldId::MergedInto).raw.isNull());
    CHECK(summary->referrals.empty());
    CHECK(summary->drafts.empty());
    CHECK(summary->attachments.empty());

    SECTION("links, seen from this case")
    {
        REQUIRE(summary->links.size() == 1);
        CHECK(summary->links.front().reference == s.followUp.reference);
        CHECK(summary->links.front().relationCode == QStringLiteral("followed_up_by"));
        CHECK(summary->links.front().relationLabel == QStringLiteral("followed up by"));
    }
    SECTION("the timeline digest says how sensitive each entry's texts are")
    {
        REQUIRE(summary->timelineIncluded);
        bool sawCall = false;
        bool sawContactChange = false;
        for (const casefile::SummaryEntry& item : summary->timeline) {
            if (item.entry.kind == EntryKind::Call) {
                sawCall = true;
                CHECK(item.bodySensitivity == Sensitivity::Internal);
                CHECK(item.kindLabel == TimelineText::label(EntryKind::Call));
            }
            if (item.entry.kind == EntryKind::FieldChanged && item.entry.field == QStringLiteral("contact_name")) {
                sawContactChange = true;
                CHECK(item.valueSensitivity == Sensitivity::PersonalData);
            }
        }
        CHECK(sawCall);
        CHECK(sawContactChange);
    }
    SECTION("a merged duplicate names its survivor")
    {
        const auto merged = builder.build(s.duplicate.id);
        REQUIRE(merged.ok());
        CHECK(merged->field(SummaryFieldId::MergedInto)->display == s.full.reference);
    }
    SECTION("without the timeline and links when not asked for")
    {
        const auto bare = builder.build(s.full.id, { false, false });
        REQUIRE(bare.ok());
        CHECK_FALSE(bare->timelineIncluded);
        CHECK(bare->timeline.empty());
        CHECK(bare->links.empty());
    }
}

TEST_CASE("a case summary is filtered field by field")
{
    Scenario s;
    CaseSummaryBuilder builder(*s.f.service, *s.f.lookup);
    const auto summary = builder.build(s.full.id);
    REQUIRE(summary.ok());

    const CaseSummary briefing
        = summary->withoutSensitivity({ Sensitivity::PersonalData, Sensitivity::Identifying, Sensitivity::Internal });
    for (const SummaryField& field : briefing.fields) {
        INFO(field.code.toStdString());
        CHECK(field.sensitivity == Sensitivity::Ordinary);
    }
    CHECK(briefing.field(SummaryFieldId::State) == nullptr);
    CHECK(briefing.field(SummaryFieldId::Region) != nullptr);
    CHECK(briefing.field(SummaryFieldId::Notes) == nullptr);
    const QJsonObject json = casefile::caseSummaryToJson(briefing);
    CHECK_FALSE(json.contains(QStringLiteral("state_iso2"))); // attributes go with their field
    CHECK_FALSE(json.contains(QStringLiteral("contact_name")));
    const QByteArray text = QJsonDocument(json).toJson();
    for (const char* secret : { "Ama Quarshie", "Kofi Marrowby", "Ghana", "GHA", "Ministry of Justice",
             "She will send the draft law", "Called the focal point", "the minister asked" }) {
        INFO(secret);
        CHECK_FALSE(text.contains(secret));
    }
    CHECK(text.contains("Accession: steps"));
    bool withheld = false;
    for (const casefile::SummaryEntry& item : briefing.timeline)
        withheld |= item.withheld;
    CHECK(withheld);

    SECTION("by any rule on the fields")
    {
        const CaseSummary onlyCodes = summary->filtered(
            [](const SummaryField& f) { return f.id == SummaryFieldId::Reference || f.id == SummaryFieldId::Subject; });
        CHECK(onlyCodes.fields.size() == 2);
        CHECK(onlyCodes.links.size() == 1);
    }
}

TEST_CASE("other domains add their sections to a case summary")
{
    Scenario s;
    struct Referrals : casefile::SummarySectionProvider {
        Status contribute(qint64, CaseSummary& summary) override
        {
            casefile::SummarySection referral { QStringLiteral("referral"), QStringLiteral("Referral"), {} };
            referral.fields.push_back({ SummaryFieldId::Other, QStringLiteral("partner"), QStringLiteral("Partner"),
                QStringLiteral("APT"), QStringLiteral("APT"), Sensitivity::Ordinary, {} });
            referral.fields.push_back({ SummaryFieldId::Other, QStringLiteral("contact"), QStringLiteral("Contact"),
                QStringLiteral("A. Person"), QStringLiteral("A. Person"), Sensitivity::PersonalData, {} });
            summary.referrals.push_back(referral);
            return {};
        }
    } provider;
    CaseSummaryBuilder builder(*s.f.service, *s.f.lookup);
    builder.addProvider(&provider);
    const auto summary = builder.build(s.full.id);
    REQUIRE(summary.ok());
    REQUIRE(summary->referrals.size() == 1);
    CHECK(casefile::caseSummaryToJson(summary.value()).value(QStringLiteral("referrals")).toArray().size() == 1);
    const CaseSummary filtered = summary->withoutSensitivity({ Sensitivity::PersonalData });
    REQUIRE(filtered.referrals.size() == 1);
    CHECK(filtered.referrals.front().fields.size() == 1);

    // Registered with the session's builder, the section reaches what the presenters show: the
    // JSON export is a rendering of the session's case summaries.
    CaseSummaryBuilder& sessionBuilder = s.f.session->caseSummaries();
    sessionBuilder.addProvider(&provider);
    QueryCsv csv(*s.f.service, *s.f.search, *s.f.lookup, sessionBuilder);
    ExportOptions options;
    options.format = ExportFormat::Json;
    const QString path = s.f.dir.file(QStringLiteral("with-referrals.json"));
    const bool exported = csv.exportToFile({ s.full.id }, path, options).ok();
    sessionBuilder.removeProvider(&provider);
    REQUIRE(exported);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray referrals
        = QJsonDocument::fromJson(file.readAll()).array().at(0).toObject().value(QStringLiteral("referrals")).toArray();
    REQUIRE(referrals.size() == 1);
    CHECK(referrals.at(0).toObject().value(QStringLiteral("partner")).toString() == QStringLiteral("APT"));
}

TEST_CASE("a case summary says how many days an open query is overdue")
{
    test::QueryFixture f;
    const Query query = f.create();
    CaseSummaryBuilder& builder = f.session->caseSummaries();
    CHECK(builder.build(query.id)->overdueDays == 0);
    f.setToday(query.dueOn.addDays(3));
    CHECK(builder.build(query.id)->overdueDays == 3);
    // Not part of what leaves the vault: the JSON has no such key.
    CHECK_FALSE(casefile::caseSummaryToJson(builder.build(query.id).value()).contains(QStringLiteral("overdue")));
    // The clock stops while the requester is awaited.
    QueryService::Triage triage;
    triage.priority = Priority::Normal;
    triage.dueOn = DueDateChoice::keep();
    triage.adviserId = f.adviserId;
    triage.route = Route::InHouse;
    REQUIRE(f.service->triage(query.id, triage).ok());
    REQUIRE(f.service->changeStatus(query.id, QueryStatus::InProgress).ok());
    REQUIRE(f.service->changeStatus(query.id, QueryStatus::AwaitingRequester, QStringLiteral("documents")).ok());
    CHECK(builder.build(query.id)->overdueDays == 0);
}

TEST_CASE("the JSON of a case summary is what the JSON export writes")
{
    // So that the export can become a rendering of the case summary without changing a byte.
    Scenario s;
    CaseSummaryBuilder builder(*s.f.service, *s.f.lookup);
    const QList<qint64> ids { s.full.id, s.followUp.id, s.duplicate.id };
    for (const bool withTimeline : { true, false }) {
        DYNAMIC_SECTION((withTimeline ? "with" : "without") << " the timeline")
        {
            std::vector<QJsonObject> expected;
            for (qint64 id : ids) { // before the export adds its own entries
                const auto summary = builder.build(id, { true, withTimeline });
                REQUIRE(summary.ok());
                expected.push_back(casefile::caseSummaryToJson(summary.value()));
            }
            QueryCsv csv(*s.f.service, *s.f.search, *s.f.lookup, s.f.session->caseSummaries());
            ExportOptions options;
            options.format = ExportFormat::Json;
            options.includeTimeline = withTimeline;
            const QString path
                = s.f.dir.file(withTimeline ? QStringLiteral("with.json") : QStringLiteral("without.json"));
            REQUIRE(csv.exportToFile(ids, path, options).ok());
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QJsonArray exported = QJsonDocument::fromJson(file.readAll()).array();
            REQUIRE(exported.size() == ids.size());
            for (int i = 0; i < ids.size(); ++i) {
                const QByteArray ours
                    = QJsonDocument(expected[static_cast<std::size_t>(i)]).toJson(QJsonDocument::Compact);
                const QByteArray theirs = QJsonDocument(exported.at(i).toObject()).toJson(QJsonDocument::Compact);
                INFO("ours:   " << ours.toStdString());
                INFO("export: " << theirs.toStdString());
                CHECK(ours == theirs);
            }
        }
    }
}

} // namespace case_summary_test
