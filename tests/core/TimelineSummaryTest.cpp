// Timeline summaries rendered at display time from the entries' structured fields, in the
// reader's language (issue 14): casefile::TimelineText::summaryOf and the query domain's renderer.
#include "queries/TimelineSummary.h"
#include "QueryFixture.h"
#include "attachments/AttachmentService.h"
#include "drafts/DraftService.h"
#include "library/LibraryService.h"
#include "partners/PartnerService.h"
#include "printing/PrintService.h"
#include "queries/CaseSummaryBuilder.h"
#include "queries/QueryCsv.h"
#include "queries/QueryService.h"
#include "referrals/ReferralService.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTranslator>

#include <catch2/catch.hpp>

namespace timeline_summary_test {

using namespace advicehub;
using namespace advicehub::queries;

// The French catalogue the application ships, installed for one test.
struct French {
    French()
    {
        REQUIRE(translator.load(QStringLiteral("advicehub_fr"), QStringLiteral(ADVICEHUB_TEST_TRANSLATIONS_DIR)));
        QCoreApplication::installTranslator(&translator);
    }
    ~French() { QCoreApplication::removeTranslator(&translator); }
    French(const French&) = delete;
    French& operator=(const French&) = delete;
    QTranslator translator;
};

// The entries of one kind of a query's timeline, oldest first.
static std::vector<TimelineEntry> entriesOf(test::QueryFixture& f, qint64 queryId, EntryKind kind)
{
    std::vector<TimelineEntry> out;
    const auto timeline = f.service->timeline(queryId);
    REQUIRE(timeline.ok());
    for (const TimelineEntry& entry : timeline.value()) {
        if (entry.kind == kind)
            out.push_back(entry);
    }
    return out;
}

// Writes one entry of every system kind the query domain writes: a creation, an import, field
// and status changes, links both ways, an unlink, a merge (both sides) and a correction.
struct History {
    explicit History(test::QueryFixture& f)
    {
        first = f.create(QStringLiteral("Prison overcrowding"));
        followUp = f.create(QStringLiteral("Prison overcrowding: follow-up"));
        duplicate = f.create(QStringLiteral("Overcrowding (sent twice)"));
        QueryService::Record record;
        record.input = f.input(QStringLiteral("Juvenile justice"));
        const auto imported = f.service->createMany({ record }, EntryKind::Imported);
        REQUIRE(imported.ok());
        REQUIRE(imported->size() == 1);
        importedId = imported->front();

        QueryInput edited = first.fields;
        edited.subject = QStringLiteral("Prison overcrowding and bail");
        edited.priority = Priority::High;
        REQUIRE(f.service->update(first.id, edited, first.version).ok());
        REQUIRE(f.service->changeStatus(importedId, QueryStatus::Declined, QStringLiteral("Out of scope")).ok());
        REQUIRE(f.service->link(followUp.id, first.id, LinkKind::FollowUp).ok());
        REQUIRE(f.service->link(duplicate.id, importedId, LinkKind::Related).ok());
        REQUIRE(f.service->unlink(duplicate.id, importedId).ok());
        REQUIRE(f.service->merge(duplicate.id, first.id).ok());
        NewEntry note;
        note.kind = EntryKind::Call;
        note.summary = QStringLiteral("Called the ministry");
        const auto logged = f.service->addEntry(followUp.id, note);
        REQUIRE(logged.ok());
        REQUIRE(f.service->correctEntry(logged->id, QStringLiteral("It was the embassy")).ok());
    }
    Query first;
    Query followUp;
    Query duplicate;
    qint64 importedId = 0;
};

TEST_CASE("system entries render in English the text their writers stored", "[timeline][i18n]")
{
    test::QueryFixture f;
    const History h(f);
    QSet<EntryKind> kinds;
    for (qint64 id : { h.first.id, h.followUp.id, h.duplicate.id, h.importedId }) {
        const auto timeline = f.service->timeline(id);
        REQUIRE(timeline.ok());
        for (const TimelineEntry& entry : timeline.value()) {
            kinds.insert(entry.kind);
            INFO(TimelineText::code(entry.kind).toStdString() << ": " << entry.summary.toStdString());
            CHECK(TimelineText::summaryOf(entry) == entry.summary);
        }
    }
    for (EntryKind kind : { EntryKind::Created, EntryKind::Imported, EntryKind::FieldChanged, EntryKind::StatusChanged,
             EntryKind::Linked, EntryKind::Unlinked, EntryKind::Merged, EntryKind::Correction, EntryKind::Call })
        CHECK(kinds.contains(kind));
    // The renderer, not the stored text, says so: the structured fields are there.
    const TimelineEntry created = entriesOf(f, h.first.id, EntryKind::Created).front();
    CHECK(created.data.value(QStringLiteral("reference")).toString() == h.first.reference);
    CHECK(TimelineSummary::render(created) == QStringLiteral("Registered as %1").arg(h.first.reference));
    CHECK(TimelineSummary::render(entriesOf(f, h.importedId, EntryKind::Imported).front())
        == QStringLiteral("Imported as AH-2026-0004"));
    CHECK(TimelineSummary::render(entriesOf(f, h.followUp.id, EntryKind::Linked).front())
        == QStringLiteral("Follow-up of %1").arg(h.first.reference));
    CHECK(TimelineSummary::render(entriesOf(f, h.first.id, EntryKind::Linked).front())
        == QStringLiteral("Followed up by %1").arg(h.followUp.reference));
    CHECK(TimelineSummary::render(entriesOf(f, h.importedId, EntryKind::Linked).front())
        == QStringLiteral("Related to %1").arg(h.duplicate.reference));
    const TimelineEntry correction = entriesOf(f, h.followUp.id, EntryKind::Correction).front();
    CHECK(TimelineSummary::render(correction)
              .value_or(QString())
              .startsWith(QLatin1String("Correction of the call entry of ")));
}

TEST_CASE("an entry written in English renders in French with the French catalogue", "[timeline][i18n]")
{
    test::QueryFixture f;
    const History h(f);
    const French french;
    const auto summaryOf = [&](qint64 id, EntryKind kind, std::size_t index = 0) {
        const std::vector<TimelineEntry> entries = entriesOf(f, id, kind);
        REQUIRE(entries.size() > index);
        return TimelineText::summaryOf(entries[index]);
    };
    CHECK(summaryOf(h.first.id, EntryKind::Created) == QStringLiteral("Enregistrée sous %1").arg(h.first.reference));
    CHECK(summaryOf(h.importedId, EntryKind::Imported) == QStringLiteral("Importée sous AH-2026-0004"));
    CHECK(summaryOf(h.importedId, EntryKind::StatusChanged) == QStringLiteral("Déclinée"));
    CHECK(summaryOf(h.followUp.id, EntryKind::Linked) == QStringLiteral("Suite de %1").arg(h.first.reference));
    CHECK(summaryOf(h.first.id, EntryKind::Linked) == QStringLiteral("A pour suite %1").arg(h.followUp.reference));
    CHECK(summaryOf(h.importedId, EntryKind::Linked) == QStringLiteral("Liée à %1").arg(h.duplicate.reference));
    CHECK(summaryOf(h.importedId, EntryKind::Unlinked)
        == QStringLiteral("N\u2019est plus liée à %1").arg(h.duplicate.reference));
    CHECK(summaryOf(h.duplicate.id, EntryKind::Merged) == QStringLiteral("Fusionnée dans %1").arg(h.first.reference));
    CHECK(summaryOf(h.followUp.id, EntryKind::Correction).startsWith(QStringLiteral("Correction de l\u2019entrée")));
    // Field changes name the field in French; what the adviser wrote stays as written.
    QStringList fields;
    for (const TimelineEntry& entry : entriesOf(f, h.first.id, EntryKind::FieldChanged))
        fields << TimelineText::summaryOf(entry);
    CHECK(fields.contains(QStringLiteral("Objet")));
    CHECK(fields.contains(QStringLiteral("Priorité")));
    CHECK(summaryOf(h.followUp.id, EntryKind::Call) == QStringLiteral("Called the ministry"));

    // The case summary (the desktop's timeline list, the printed actions taken) shows the rendering.
    const CaseSummaryBuilder builder(*f.service, *f.lookup);
    const auto summary = builder.build(h.importedId);
    REQUIRE(summary.ok());
    QStringList shown;
    for (const casefile::SummaryEntry& item : summary->timeline)
        shown << item.entry.summary;
    CHECK(shown.contains(QStringLiteral("Importée sous AH-2026-0004")));
    CHECK(shown.contains(QStringLiteral("Déclinée")));
}

TEST_CASE("an entry without the structured fields its text needs keeps its stored summary", "[timeline][i18n]")
{
    test::QueryFixture f;
    f.create(); // the query domain's renderer is registered
    const French french;
    TimelineEntry entry;
    entry.summary = QStringLiteral("Registered as AH-2025-0007"); // written before the data was kept
    entry.kind = EntryKind::Created;
    CHECK(TimelineText::summaryOf(entry) == entry.summary);
    entry.kind = EntryKind::Imported;
    CHECK(TimelineText::summaryOf(entry) == entry.summary);
    entry.kind = EntryKind::Linked; // no relation in data
    entry.newValue = QStringLiteral("AH-2025-0001");
    CHECK(TimelineText::summaryOf(entry) == entry.summary);
    entry.kind = EntryKind::Correction;
    CHECK(TimelineText::summaryOf(entry) == entry.summary);
    entry.kind = EntryKind::StatusChanged;
    entry.newValue = QStringLiteral("no_such_status");
    CHECK(TimelineText::summaryOf(entry) == entry.summary);
    entry.kind = EntryKind::FieldChanged;
    entry.field = QStringLiteral("no_such_field");
    CHECK(TimelineText::summaryOf(entry) == entry.summary);
    // Kinds without a renderer, and what advisers wrote.
    for (EntryKind kind : { EntryKind::Referral, EntryKind::Consent, EntryKind::Draft, EntryKind::Attachment,
             EntryKind::Exported, EntryKind::Note, EntryKind::EmailSent }) {
        entry.kind = kind;
        CHECK(TimelineText::summaryOf(entry) == entry.summary);
    }
    // A note whose summary happens to look like a system text stays as written.
    entry.kind = EntryKind::Note;
    entry.data = QJsonObject { { QStringLiteral("reference"), QStringLiteral("AH-2026-0001") } };
    CHECK(TimelineText::summaryOf(entry) == entry.summary);
}

TEST_CASE("referral and consent entries render their stored text in English and in French", "[timeline][i18n]")
{
    using namespace advicehub::referrals;
    test::QueryFixture f;
    const Query q = f.create();
    partners::PartnerInput partner;
    partner.name = QStringLiteral("Custody Watch");
    partner.contacts = { { 0, QStringLiteral("Ines Harrowgate"), QStringLiteral("Programme officer"),
        QStringLiteral("ines@example.org"), QStringLiteral("+41 22 000 00 00") } };
    const auto made = f.session->partners().create(partner);
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    ReferralService& referrals = f.session->referrals();
    ReferralInput in;
    in.queryId = q.id;
    in.partnerId = made->id;
    in.reason = QStringLiteral("Expertise in police custody safeguards");
    in.shared = ReferralText::defaultSharedFields();
    const auto proposed = referrals.propose(in);
    REQUIRE(proposed.ok());
    REQUIRE(referrals.setFollowUp(proposed->id, f.clock.nowUtc().date().addDays(7)).ok());
    REQUIRE(referrals.setFollowUp(proposed->id, std::nullopt).ok());
    ConsentInput consent;
    consent.queryId = q.id;
    consent.givenOn = f.clock.nowUtc().date();
    consent.form = ConsentForm::NoteVerbale;
    consent.givenByName = QStringLiteral("Ama Osei-Blackwood");
    consent.givenByFunction = QStringLiteral("Director, Ministry of Justice");
    consent.partnerIds = { made->id };
    consent.fields = ReferralText::defaultSharedFields();
    const auto given = referrals.recordConsent(consent);
    REQUIRE(given.ok());
    StatusChange send;
    send.to = ReferralStatus::Sent;
    REQUIRE(referrals.changeStatus(proposed->id, send).ok());
    StatusChange accept;
    accept.to = ReferralStatus::Accepted;
    REQUIRE(referrals.changeStatus(proposed->id, accept).ok());
    REQUIRE(referrals.withdrawConsent(given->id, {}, QStringLiteral("The Ministry changed its mind")).ok());

    std::vector<TimelineEntry> entries = entriesOf(f, q.id, EntryKind::Referral);
    const std::vector<TimelineEntry> consents = entriesOf(f, q.id, EntryKind::Consent);
    REQUIRE(entries.size() == 5);
    REQUIRE(consents.size() == 2);
    entries.insert(entries.end(), consents.begin(), consents.end());
    const std::vector<TimelineEntry> shares = entriesOf(f, q.id, EntryKind::Exported);
    REQUIRE(shares.size() == 1); // what the referral sent shared
    entries.insert(entries.end(), shares.begin(), shares.end());
    for (const TimelineEntry& entry : entries) {
        INFO(entry.summary.toStdString());
        CHECK(TimelineText::summaryOf(entry) == entry.summary);
        // Rendered, not only stored: the French catalogue changes each of them.
        const French french;
        CHECK(TimelineText::summaryOf(entry) != entry.summary);
    }
    const French french;
    CHECK(TimelineText::summaryOf(entries.front())
        == QStringLiteral("Orientation vers Custody Watch proposée (à partager\u00a0: %1)")
               .arg(ReferralText::label(SharedField::Subject) + QStringLiteral(", ")
                   + ReferralText::label(SharedField::Themes)));
}

TEST_CASE("draft entries render their stored text in English and in French", "[timeline][i18n]")
{
    using namespace advicehub::drafts;
    test::QueryFixture f;
    const Query q = f.create();
    DraftService& drafts = f.session->drafts();
    const auto as = [&](qint64 adviser) { REQUIRE(f.session->setCurrentAdviser(adviser).ok()); };
    const auto ok = [](Result<Draft> result) {
        INFO((result ? QString() : result.error().message).toStdString());
        REQUIRE(result.ok());
        return std::move(result).value();
    };
    DraftInput in;
    in.queryId = q.id;
    in.title = QStringLiteral("Answer on accession");
    in.html = QStringLiteral("<p>The Secretariat thanks the Ministry.</p>");
    Draft d = ok(drafts.create(in));
    d = ok(drafts.save(d.id, QStringLiteral("<p>Two words more.</p>"), {}, d.version));
    d = ok(drafts.submit(d.id, {}, d.version));
    d = ok(drafts.save(d.id, QStringLiteral("<p>Back to draft.</p>"), {}, d.version)); // while submitted
    d = ok(drafts.submit(d.id, {}, d.version));
    as(f.otherAdviserId);
    d = ok(drafts.requestChanges(d.id, QStringLiteral("Cite the article."), d.version));
    as(f.adviserId);
    d = ok(drafts.save(d.id, QStringLiteral("<p>Article 4 applies.</p>"), {}, d.version));
    d = ok(drafts.submit(d.id, {}, d.version));
    as(f.otherAdviserId);
    d = ok(drafts.clear(d.id, QStringLiteral("Fine."), d.version));
    as(f.adviserId);
    d = ok(drafts.save(d.id, QStringLiteral("<p>Article 4 applies, as said.</p>"), {}, d.version)); // was cleared
    d = ok(drafts.submit(d.id, {}, d.version));
    as(f.otherAdviserId);
    d = ok(drafts.clear(d.id, QStringLiteral("Fine."), d.version));
    as(f.adviserId);
    SendInput send;
    send.channelId = f.channelId("email");
    d = ok(drafts.markSent(d.id, send, d.version));
    const Draft copy = ok(drafts.copyIntoNew(d.id, std::nullopt, QStringLiteral("Answer, second letter")));
    REQUIRE(drafts.remove(copy.id).ok());
    REQUIRE(drafts
                .exportVersion(d.id, d.latestVersion, QStringLiteral("HTML"), QByteArray("<p>Article 4.</p>"),
                    f.dir.file(QStringLiteral("answer.html")), false)
                .ok());

    std::vector<TimelineEntry> entries = entriesOf(f, q.id, EntryKind::Draft);
    REQUIRE(entries.size() == 15);
    const std::vector<TimelineEntry> exports = entriesOf(f, q.id, EntryKind::Exported);
    REQUIRE(exports.size() == 1);
    CHECK(exports.front().summary.startsWith(QStringLiteral("Draft \u201cAnswer on accession\u201d, version")));
    entries.insert(entries.end(), exports.begin(), exports.end());
    QSet<QString> events;
    for (const TimelineEntry& entry : entries) {
        INFO(entry.summary.toStdString());
        events.insert(entry.data.value(QStringLiteral("event")).toString());
        CHECK(TimelineText::summaryOf(entry) == entry.summary);
        const French french;
        CHECK(TimelineText::summaryOf(entry) != entry.summary);
    }
    CHECK(events.size() == 9); // eight events, and the export (no event)
}

TEST_CASE("attachment entries render their stored text in English and in French", "[timeline][i18n]")
{
    using namespace advicehub::attachments;
    test::QueryFixture f;
    const Query q = f.create();
    AttachmentService& attachments = f.session->attachments();
    QByteArray bytes("The Ministry's letter of 2 January.");
    QBuffer source(&bytes);
    REQUIRE(source.open(QIODevice::ReadOnly));
    AddOptions options;
    options.fileName = QStringLiteral("letter.txt");
    auto added = attachments.add(q.id, source, options);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    auto described = attachments.setDescription(added->id, QStringLiteral("The covering letter"), added->version);
    REQUIRE(described.ok());
    const qint64 createdEntry = entriesOf(f, q.id, EntryKind::Created).front().id;
    auto linked = attachments.setEntry(added->id, createdEntry, described->version);
    REQUIRE(linked.ok());
    auto unlinked = attachments.setEntry(added->id, std::nullopt, linked->version);
    REQUIRE(unlinked.ok());
    REQUIRE(attachments.exportTo(added->id, f.dir.file(QStringLiteral("copy.txt")), false).ok());
    REQUIRE(attachments.remove(added->id).ok());

    std::vector<TimelineEntry> entries = entriesOf(f, q.id, EntryKind::Attachment);
    REQUIRE(entries.size() == 5);
    const std::vector<TimelineEntry> copies = entriesOf(f, q.id, EntryKind::Exported);
    REQUIRE(copies.size() == 1);
    entries.insert(entries.end(), copies.begin(), copies.end());
    for (const TimelineEntry& entry : entries) {
        INFO(entry.summary.toStdString());
        CHECK(TimelineText::summaryOf(entry) == entry.summary);
        const French french;
        CHECK(TimelineText::summaryOf(entry) != entry.summary);
    }
}

TEST_CASE("export entries render their stored text in English and in French", "[timeline][i18n]")
{
    test::QueryFixture f;
    const Query q = f.create();
    QueryCsv csv(*f.service, *f.search, *f.lookup, f.session->caseSummaries());
    REQUIRE(csv.exportToFile({ q.id }, f.dir.file(QStringLiteral("queries.csv"))).ok());
    QBuffer pipe;
    REQUIRE(pipe.open(QIODevice::WriteOnly));
    ExportOptions json;
    json.format = ExportFormat::Json;
    REQUIRE(csv.exportToDevice({ q.id }, pipe, json).ok());

    const std::vector<TimelineEntry> entries = entriesOf(f, q.id, EntryKind::Exported);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].summary == QStringLiteral("Exported to queries.csv (CSV)"));
    CHECK(entries[1].summary == QStringLiteral("Exported to another program (JSON)"));
    for (const TimelineEntry& entry : entries)
        CHECK(TimelineText::summaryOf(entry) == entry.summary);
    const French french;
    CHECK(TimelineText::summaryOf(entries[0]) == QStringLiteral("Exportée vers queries.csv (CSV)"));
    CHECK(TimelineText::summaryOf(entries[1]) == QStringLiteral("Exportée vers un autre programme (JSON)"));
}

TEST_CASE("print and PDF entries render their stored text in English and in French", "[timeline][i18n]")
{
    using namespace advicehub::printing;
    test::QueryFixture f;
    const Query q = f.create();
    PrintService& printing = f.session->printing();
    const auto made = printing.caseSummary(q.id, Profile::Internal);
    REQUIRE(made.ok());
    REQUIRE(printing.recordPrint({ made.value() }).ok());
    REQUIRE(printing
                .savePdf({ PrintService::copy(made.value(), 1, 2), PrintService::copy(made.value(), 2, 2) },
                    f.dir.file(QStringLiteral("summary.pdf")), false, QByteArray("%PDF-1.4 not really\n"))
                .ok());
    const std::vector<TimelineEntry> entries = entriesOf(f, q.id, EntryKind::Exported);
    REQUIRE(entries.size() == 3);
    CHECK(entries[2].summary.endsWith(QStringLiteral(", copy 2 of 2")));
    for (const TimelineEntry& entry : entries) {
        INFO(entry.summary.toStdString());
        CHECK(TimelineText::summaryOf(entry) == entry.summary);
        const French french;
        CHECK(TimelineText::summaryOf(entry) != entry.summary);
    }
}

TEST_CASE("referral edits and overrides render their stored text in English and in French", "[timeline][i18n]")
{
    using namespace advicehub::referrals;
    test::QueryFixture f;
    const Query q = f.create();
    partners::PartnerInput partner;
    partner.name = QStringLiteral("Custody Watch");
    partner.contacts = { { 0, QStringLiteral("Ines Harrowgate"), QStringLiteral("Programme officer"),
        QStringLiteral("ines@example.org"), QStringLiteral("+41 22 000 00 00") } };
    const auto made = f.session->partners().create(partner);
    REQUIRE(made.ok());
    ReferralService& referrals = f.session->referrals();
    ReferralInput in;
    in.queryId = q.id;
    in.partnerId = made->id;
    in.reason = QStringLiteral("Expertise in police custody safeguards");
    in.shared = ReferralText::defaultSharedFields();
    auto proposed = referrals.propose(in);
    REQUIRE(proposed.ok());
    ReferralEdit edit;
    edit.contactId = proposed->contactId;
    edit.reason = QStringLiteral("Expertise in custody safeguards and monitoring");
    edit.shared = { SharedField::Subject };
    edit.followUpOn = f.clock.nowUtc().date().addDays(5);
    auto edited = referrals.edit(proposed->id, edit, proposed->version);
    INFO((edited ? QString() : edited.error().message).toStdString());
    REQUIRE(edited.ok());
    edit.followUpOn.reset(); // the follow-up date alone, removed
    REQUIRE(referrals.edit(proposed->id, edit, edited->version).ok());
    REQUIRE(f.session->setCurrentAdviser(f.otherAdviserId).ok()); // a head
    StatusChange send;
    send.to = ReferralStatus::Sent;
    send.overrideJustification = QStringLiteral("The detainee's hearing is tomorrow morning");
    const auto sent = referrals.changeStatus(proposed->id, send);
    INFO((sent ? QString() : sent.error().message).toStdString());
    REQUIRE(sent.ok());

    std::vector<TimelineEntry> entries = entriesOf(f, q.id, EntryKind::Referral);
    REQUIRE(entries.size() == 4);
    entries.erase(entries.begin()); // the proposal (tested above)
    CHECK(entries[0].summary.contains(QLatin1String(" edited: ")));
    CHECK(entries[1].summary.contains(QLatin1String("no follow-up date")));
    CHECK(entries[2].summary.contains(QLatin1String("WITHOUT consent")));
    for (const TimelineEntry& entry : entries) {
        INFO(entry.summary.toStdString());
        CHECK(TimelineText::summaryOf(entry) == entry.summary);
        const French french;
        CHECK(TimelineText::summaryOf(entry) != entry.summary);
    }
    // An override written before the head's name was kept: its stored text.
    TimelineEntry old = entries[2];
    old.data.remove(QStringLiteral("overrideByName"));
    const French french;
    CHECK(TimelineText::summaryOf(old) == old.summary);
}

TEST_CASE("draft renames self-clearances and reused texts render their stored text in English and in French",
    "[timeline][i18n]")
{
    using namespace advicehub::drafts;
    test::QueryFixture f;
    const Query q = f.create();
    const Query other = f.create(QStringLiteral("Custody safeguards"));
    DraftService& drafts = f.session->drafts();
    const auto ok = [](Result<Draft> result) {
        INFO((result ? QString() : result.error().message).toStdString());
        REQUIRE(result.ok());
        return std::move(result).value();
    };
    DraftInput in;
    in.queryId = q.id;
    in.title = QStringLiteral("Answer on accession");
    in.html = QStringLiteral("<p>The Secretariat thanks the Ministry.</p>");
    Draft d = ok(drafts.create(in));
    d = ok(drafts.rename(
        d.id, QStringLiteral("Answer on ratification"), DraftLanguage::French, DraftKind::HoldingReply, d.version));
    d = ok(drafts.rename(d.id, d.title, d.language, DraftKind::SubstantiveResponse, d.version)); // the kind alone
    d = ok(drafts.submit(d.id, {}, d.version));
    REQUIRE(f.advisers->setActive(f.otherAdviserId, false).ok()); // the vault's only adviser clears
    d = ok(drafts.clear(d.id, {}, d.version, QStringLiteral("No other adviser is available before the deadline.")));
    drafts::SendInput send;
    send.channelId = f.channelId("email");
    d = ok(drafts.markSent(d.id, send, d.version));
    DraftInput second;
    second.queryId = other.id;
    second.title = QStringLiteral("Custody answer");
    second.html = QStringLiteral("<p>Safeguards.</p>");
    const Draft target = ok(drafts.create(second));
    REQUIRE(f.session->library().recordReuse(d.id, target.id).ok());

    std::vector<TimelineEntry> entries;
    QStringList events;
    for (const qint64 id : { q.id, other.id }) {
        for (const TimelineEntry& entry : entriesOf(f, id, EntryKind::Draft)) {
            const QString event = entry.data.value(QStringLiteral("event")).toString();
            if (event == QLatin1String("renamed") || event == QLatin1String("reused")
                || (event == QLatin1String("cleared") && entry.data.value(QStringLiteral("selfCleared")).toBool())) {
                entries.push_back(entry);
                events << event;
            }
        }
    }
    CHECK(events
        == QStringList { QStringLiteral("renamed"), QStringLiteral("renamed"), QStringLiteral("cleared"),
            QStringLiteral("reused"), QStringLiteral("reused") });
    for (const TimelineEntry& entry : entries) {
        INFO(entry.summary.toStdString());
        CHECK(TimelineText::summaryOf(entry) == entry.summary);
        const French french;
        CHECK(TimelineText::summaryOf(entry) != entry.summary);
    }
    REQUIRE(entries.size() == 5);
    CHECK(entries[0].summary.startsWith(QStringLiteral("Draft \u201cAnswer on accession\u201d: renamed ")));
    const French french;
    CHECK(TimelineText::summaryOf(entries[0])
              .startsWith(QStringLiteral(
                  "Projet \u201cAnswer on accession\u201d : renomm\u00e9 en \u201cAnswer on ratification\u201d; ")));
    // A rename written before its changes were kept: its stored text.
    TimelineEntry old = entries[1];
    old.data.remove(QStringLiteral("oldKind"));
    CHECK(TimelineText::summaryOf(old) == old.summary);
    // The same for a self-clearance without its justification and a reuse without the titles.
    old = entries[2];
    old.data.remove(QStringLiteral("justification"));
    CHECK(TimelineText::summaryOf(old) == old.summary);
    for (std::size_t i : { std::size_t { 3 }, std::size_t { 4 } }) {
        old = entries[i];
        old.data.remove(QStringLiteral("fromTitle"));
        CHECK(TimelineText::summaryOf(old) == old.summary);
    }
}

} // namespace timeline_summary_test
