// Printing (issue 13): what each disclosure profile lets into a document model
// (printing/PrintService.h, printing/DisclosureProfile.h) and the print register. The renderer's
// tests prove the same on the produced PDF's text.
#include "printing/PrintService.h"
#include "QueryFixture.h"
#include "casefile/CaseRecord.h"
#include "casefile/DisclosureRecord.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "drafts/DraftService.h"
#include "partners/PartnerService.h"
#include "printing/DisclosureProfile.h"
#include "referrals/ReferralService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

#include <catch2/catch.hpp>

namespace print_service_test {

using namespace advicehub;
using namespace advicehub::printing;
using advicehub::queries::Confidentiality;
using advicehub::referrals::SharedField;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

template <typename T> T ok(Result<T> result)
{
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

void okStatus(const Status& status)
{
    INFO((status ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
}

// Every string of a document, the way a reader could see it.
QStringList strings(const PrintDocument& doc)
{
    QStringList all { doc.profileLabel, doc.marking, doc.title, doc.subtitle, doc.preparedFor, doc.watermark,
        doc.suggestedFileName, doc.metadataTitle, doc.recipient };
    all << doc.cover << doc.fieldCodes;
    const auto table = [&all](const std::optional<PrintTable>& t) {
        if (!t)
            return;
        all << t->header;
        for (const QStringList& row : t->rows)
            all << row;
    };
    table(doc.summaryTable);
    table(doc.countsTable);
    for (const PrintSection& section : doc.sections) {
        all << section.heading;
        for (const PrintField& field : section.fields)
            all << field.label << field.value;
        for (const PrintPart& part : section.parts) {
            all << part.title << part.text << part.stamp;
            table(part.table);
        }
    }
    if (doc.letter) {
        all << doc.letter->letterhead << doc.letter->reference << doc.letter->date << doc.letter->addressee
            << doc.letter->subject << doc.letter->bodyHtml << doc.letter->stamp;
    }
    return all;
}

QString everything(const PrintDocument& doc)
{
    return strings(doc).join(QLatin1Char('\n'));
}

// Case-insensitively anywhere in the document.
bool shows(const PrintDocument& doc, const QString& text)
{
    return everything(doc).contains(text, Qt::CaseInsensitive);
}

// As a whole word, case-sensitively (ISO codes).
bool showsWord(const PrintDocument& doc, const QString& word)
{
    return everything(doc).contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word)));
}

const PrintPart* part(const PrintSection& section, const QString& title)
{
    for (const PrintPart& p : section.parts) {
        if (p.title == title)
            return &p;
    }
    return nullptr;
}

QString field(const PrintSection& section, const QString& label)
{
    for (const PrintField& f : section.fields) {
        if (f.label == label)
            return f.value;
    }
    return {};
}

struct PrintFixture : test::QueryFixture {
    PrintFixture() : printing(&session->printing()), drafts(&session->drafts()) { }

    // A query with the contact's name inside its texts, a note and a logged call.
    queries::Query rich(Confidentiality confidentiality, const QString& subject = s("Accession questions"))
    {
        queries::QueryInput in = input(subject);
        in.confidentiality = confidentiality;
        in.requestText = s("Mr Marrowby of Ghana (GH) asks how to accede; write to k.marrowby@example.org or call "
                           "+233 30 000 0000.\nThe Ministry of Justice would like an answer soon. KOFI MÁRROWBY "
                           "signed it.");
        in.notes = s("Internal: he is new in post.");
        const queries::Query q = create(in);
        queries::NewEntry call;
        call.kind = queries::EntryKind::Call;
        call.summary = s("Call with the ministry");
        call.body = s("Spoke with Kofi about the timetable; very private remarks.");
        REQUIRE(service->addEntry(q.id, call).ok());
        return get(q.id);
    }

    drafts::Draft draft(qint64 queryId, const QString& text)
    {
        drafts::DraftInput in;
        in.queryId = queryId;
        in.title = s("Answer on accession");
        in.html = s("<p>%1</p>").arg(text);
        return ok(drafts->create(in));
    }
    drafts::Draft clear(drafts::Draft d)
    {
        d = ok(drafts->submit(d.id, {}, d.version));
        REQUIRE(session->setCurrentAdviser(otherAdviserId).ok());
        d = ok(drafts->clear(d.id, s("Fine."), d.version));
        REQUIRE(session->setCurrentAdviser(adviserId).ok());
        return d;
    }

    std::vector<RegisterEntry> registerOf(const RegisterFilter& filter = {})
    {
        return ok(printing->printRegister(filter));
    }

    PrintService* printing;
    drafts::DraftService* drafts;
};

} // namespace

TEST_CASE("the scrubber takes whole words out case- and accent-insensitively")
{
    TextScrubber scrubber(s("[x]"));
    scrubber.add(s("Kofi Marrowby"));
    scrubber.add(s("Marrowby"));
    scrubber.add(s("Côte"));
    scrubber.add(s("GH"), true);
    CHECK(scrubber.scrub(s("Dear KOFI MÁRROWBY, Mr marrowby.")) == s("Dear [x], Mr [x]."));
    CHECK(scrubber.scrub(s("Marrowbyson stays; cote goes")) == s("Marrowbyson stays; [x] goes"));
    CHECK(scrubber.scrub(s("GH and gh and GHANA")) == s("[x] and gh and GHANA"));
    CHECK(scrubber.scrub(QString()) == QString());
    CHECK(TextScrubber::fold(s("Ñandú ÉCOLE")) == s("nandu ecole"));
}

TEST_CASE("the scrubber keeps bidi controls emoji and HTML-looking text around a name and copes with long text")
{
    TextScrubber scrubber(s("[x]"));
    scrubber.add(s("Kofi Marrowby"));
    scrubber.add(s("أحمد"));
    CHECK(scrubber.scrub(s("\u202Bأحمد\u202C 🙂 <b>Kofi Marrowby</b>")) == s("\u202B[x]\u202C 🙂 <b>[x]</b>"));
    QString longText;
    for (int i = 0; i < 10000; ++i)
        longText += s("Écrit par kofi marrowby. ");
    const QString scrubbed = scrubber.scrub(longText);
    CHECK_FALSE(scrubbed.contains(s("marrowby"), Qt::CaseInsensitive));
    CHECK(scrubbed.count(s("[x]")) == 10000);
}

TEST_CASE("counts below 3 show as less than 3 under the briefing profile only")
{
    CHECK(DisclosureProfile::count(0, Profile::Briefing) == s("0"));
    CHECK(DisclosureProfile::count(1, Profile::Briefing) == s("< 3"));
    CHECK(DisclosureProfile::count(2, Profile::Briefing) == s("< 3"));
    CHECK(DisclosureProfile::count(3, Profile::Briefing) == s("3"));
    CHECK(DisclosureProfile::count(1, Profile::Internal) == s("1"));
}

TEST_CASE("profile and document codes are stable")
{
    CHECK(PrintText::code(Profile::Briefing) == s("briefing"));
    CHECK(PrintText::profile(u"partner") == Profile::Partner);
    CHECK_FALSE(PrintText::profile(u"public"));
    CHECK(PrintText::code(DocumentKind::BriefingPack) == s("briefing_pack"));
    CHECK(PrintText::documentKind(u"draft_letter") == DocumentKind::DraftLetter);
    CHECK(PrintText::allProfiles().size() == 3);
}

TEST_CASE("an internal case summary shows everything")
{
    PrintFixture f;
    const auto q = f.rich(Confidentiality::Confidential);
    const PrintDocument doc = ok(f.printing->caseSummary(q.id, Profile::Internal));
    CHECK(doc.kind == DocumentKind::CaseSummary);
    CHECK(doc.profileLabel == s("Internal"));
    CHECK(doc.marking == s("CONFIDENTIAL"));
    REQUIRE(doc.sections.size() == 1);
    const PrintSection& section = doc.sections.front();
    CHECK(section.heading == q.reference + s(" — Accession questions"));
    CHECK(field(section, s("Reference")) == q.reference);
    CHECK(shows(doc, s("Ghana")));
    CHECK(shows(doc, s("Kofi Marrowby")));
    CHECK(shows(doc, s("Legal adviser")));
    CHECK(shows(doc, s("k.marrowby@example.org")));
    CHECK(shows(doc, s("he is new in post")));
    CHECK(shows(doc, s("very private remarks")));
    REQUIRE(part(section, s("Request in brief")));
    CHECK(part(section, s("Request in brief"))->text.startsWith(s("Mr Marrowby of Ghana (GH) asks")));
    CHECK_FALSE(part(section, s("Request in brief"))->text.contains(s("Ministry of Justice would like")));
    REQUIRE(part(section, s("Actions taken")));
    CHECK(part(section, s("Actions taken"))->table->header.size() == 3);
    CHECK(doc.suggestedFileName == q.reference + s("-summary.pdf"));
    CHECK(doc.metadataTitle == s("Advice Hub — Case summary"));
    CHECK(doc.queryIds == QList<qint64> { q.id });
    CHECK(doc.fieldCodes.contains(s("contact_name")));
    CHECK(doc.fieldCodes.contains(s("notes")));
    CHECK(f.printing->caseSummary(q.id, Profile::Partner).code() == ErrorCode::InvalidInput);
    CHECK(f.printing->caseSummary(987654, Profile::Internal).code() == ErrorCode::NotFound);
}

TEST_CASE("the request in brief passes over a letter's salutation to its first real paragraph")
{
    PrintFixture f;
    const auto briefOf = [&](const QString& requestText) {
        queries::QueryInput in = f.input(s("Accession questions"));
        in.requestText = requestText;
        const queries::Query q = f.create(in);
        const PrintDocument doc = ok(f.printing->caseSummary(q.id, Profile::Internal));
        const PrintPart* brief = part(doc.sections.front(), s("Request in brief"));
        REQUIRE(brief != nullptr);
        return brief->text;
    };
    CHECK(briefOf(s("Dear colleagues of the CTI Secretariat,\n\nThe Ministry asks how to accede.\nMore."))
        == s("The Ministry asks how to accede."));
    CHECK(briefOf(s("Excellency,\nSubject: accession\nWe ask how to accede.")) == s("Subject: accession"));
    CHECK(briefOf(s("To whom it may concern:\nWe ask how to accede.")) == s("We ask how to accede."));
    // A text that is nothing but a short line ending with a comma is still shown.
    CHECK(briefOf(s("Dear colleagues,")) == s("Dear colleagues,"));
    // A long first sentence that ends with a colon is a paragraph, not a salutation.
    const QString listIntro
        = s("The Ministry of Justice would like to know three things about the accession process, as follows:");
    CHECK(briefOf(listIntro + s("\nFirst, the timetable.")) == listIntro);
}

TEST_CASE("a briefing case summary has no contact data even inside free text and no notes or timeline bodies")
{
    PrintFixture f;
    const auto q = f.rich(Confidentiality::Confidential, s("Kofi Marrowby's questions"));
    const PrintDocument doc = ok(f.printing->caseSummary(q.id, Profile::Briefing));
    CHECK(doc.profileLabel == s("Core State briefing"));
    for (const char* forbidden : { "Kofi", "Marrowby", "Márrowby", "Legal adviser", "k.marrowby@example.org",
             "+233 30 000 0000", "he is new in post", "very private remarks", "Call with the ministry" }) {
        INFO(forbidden);
        CHECK_FALSE(shows(doc, s(forbidden)));
    }
    CHECK(shows(doc, DisclosureProfile::withheldMarker()));
    // A confidential (not strictly) query keeps its State, institution and reference.
    CHECK(shows(doc, s("Ghana")));
    CHECK(shows(doc, s("Ministry of Justice")));
    CHECK(shows(doc, q.reference));
    const PrintSection& section = doc.sections.front();
    REQUIRE(part(section, s("Actions taken")));
    const PrintTable& digest = *part(section, s("Actions taken"))->table;
    CHECK(digest.header == QStringList { s("Date"), s("Kind") });
    for (const QStringList& row : digest.rows)
        CHECK(row.size() == 2);
    CHECK_FALSE(doc.fieldCodes.contains(s("contact_name")));
    CHECK_FALSE(doc.fieldCodes.contains(s("notes")));
    CHECK(doc.fieldCodes.contains(s("timeline_digest")));
}

TEST_CASE("a strictly confidential query in a briefing names nothing that singles out its State")
{
    PrintFixture f;
    const auto q = f.rich(Confidentiality::StrictlyConfidential, s("Ghana asks about GHA and GH"));
    const PrintDocument doc = ok(f.printing->caseSummary(q.id, Profile::Briefing));
    INFO(everything(doc).toStdString());
    CHECK(doc.marking == s("STRICTLY CONFIDENTIAL"));
    for (const char* forbidden : { "Ghana", "Ministry of Justice", "Kofi", "Marrowby" }) {
        INFO(forbidden);
        CHECK_FALSE(shows(doc, s(forbidden)));
    }
    CHECK_FALSE(showsWord(doc, s("GH")));
    CHECK_FALSE(showsWord(doc, s("GHA")));
    CHECK_FALSE(shows(doc, q.reference));
    CHECK_FALSE(shows(doc, s("5 January 2026"))); // dates to the month only
    CHECK(shows(doc, s("January 2026")));
    const PrintSection& section = doc.sections.front();
    CHECK(field(section, s("Reference")) == s("Confidential query 1"));
    CHECK(field(section, s("State")) == DisclosureProfile::stateSubstitute(q.regionName));
    CHECK(field(section, s("Received")) == s("January 2026"));
    CHECK(section.heading.startsWith(s("Confidential query 1 — ")));
    CHECK(doc.subtitle == s("Confidential query 1"));
    CHECK(doc.suggestedFileName == s("confidential-summary-2026-01-05.pdf"));
    CHECK_FALSE(doc.fieldCodes.contains(s("state")));
    CHECK_FALSE(doc.fieldCodes.contains(s("institution")));

    // The same query under Internal keeps all of it.
    const PrintDocument internal = ok(f.printing->caseSummary(q.id, Profile::Internal));
    CHECK(shows(internal, s("Ghana")));
    CHECK(shows(internal, q.reference));
}

TEST_CASE("a briefing pack substitutes consistently and counts below 3 as less than 3")
{
    PrintFixture f;
    BriefingOptions options;
    CHECK(f.printing->briefingPack(options).code() == ErrorCode::InvalidInput);

    const auto open1 = f.rich(Confidentiality::Confidential, s("First"));
    const auto strict1 = f.rich(Confidentiality::StrictlyConfidential, s("Second"));
    const auto open2 = f.rich(Confidentiality::Standard, s("Third"));
    const auto strict2 = f.rich(Confidentiality::StrictlyConfidential, s("Fourth"));
    options.queryIds = { open1.id, strict1.id, open2.id, strict2.id };
    options.preparedFor = s("Core State meeting");
    options.periodLabel = s("January 2026");
    options.watermark = s("BRIEFING COPY");

    SECTION("bad options are refused")
    {
        BriefingOptions bad = options;
        bad.copies = 0;
        CHECK(f.printing->briefingPack(bad).code() == ErrorCode::InvalidInput);
        bad = options;
        bad.preparedFor = QString(201, QLatin1Char('x'));
        CHECK(f.printing->briefingPack(bad).code() == ErrorCode::InvalidInput);
        bad = options;
        bad.watermark = s("two\nlines");
        CHECK(f.printing->briefingPack(bad).code() == ErrorCode::InvalidInput);
        bad = options;
        bad.profile = Profile::Partner;
        CHECK(f.printing->briefingPack(bad).code() == ErrorCode::InvalidInput);
    }

    const PrintDocument doc = ok(f.printing->briefingPack(options));
    INFO(everything(doc).toStdString());
    CHECK(doc.kind == DocumentKind::BriefingPack);
    CHECK(doc.marking == s("STRICTLY CONFIDENTIAL"));
    CHECK(doc.preparedFor == s("Core State meeting"));
    CHECK(doc.recipient == s("Core State meeting"));
    CHECK(doc.watermark == s("BRIEFING COPY"));
    CHECK(doc.cover.contains(s("Prepared for: Core State meeting")));
    CHECK(doc.cover.contains(s("Profile: Core State briefing")));
    CHECK(doc.cover.contains(s("Queries: 4")));
    CHECK(doc.suggestedFileName == s("briefing-2026-01-05.pdf"));
    CHECK(doc.queryIds == QList<qint64> { open1.id, strict1.id, open2.id, strict2.id });
    REQUIRE(doc.sections.size() == 4);
    REQUIRE(doc.summaryTable);
    REQUIRE(doc.summaryTable->rows.size() == 4);
    const QString substitute = DisclosureProfile::stateSubstitute(strict1.regionName);
    CHECK(doc.summaryTable->rows[0][0] == open1.reference);
    CHECK(doc.summaryTable->rows[0][1] == s("Ghana"));
    CHECK(doc.summaryTable->rows[1][0] == s("Confidential query 1"));
    CHECK(doc.summaryTable->rows[1][1] == substitute);
    CHECK(doc.summaryTable->rows[1][2] == s("January 2026"));
    CHECK(doc.summaryTable->rows[3][0] == s("Confidential query 2"));
    CHECK(field(doc.sections[1], s("State")) == substitute);
    CHECK(field(doc.sections[3], s("Reference")) == s("Confidential query 2"));
    CHECK_FALSE(shows(doc, strict1.reference));
    CHECK_FALSE(shows(doc, strict2.reference));
    CHECK(shows(doc, open1.reference));
    // The strictly confidential sections name nothing of their State; the others may.
    for (int i : { 1, 3 }) {
        PrintDocument only = doc;
        only.sections = { doc.sections[static_cast<size_t>(i)] };
        only.summaryTable.reset();
        only.countsTable.reset();
        CHECK_FALSE(shows(only, s("Ghana")));
        CHECK_FALSE(shows(only, s("Ministry of Justice")));
    }
    CHECK_FALSE(shows(doc, s("Marrowby")));

    REQUIRE(doc.countsTable);
    bool regionRow = false;
    for (const QStringList& row : doc.countsTable->rows) {
        if (row[0] == s("Region")) {
            regionRow = true;
            CHECK(row[2] == s("4"));
        }
    }
    CHECK(regionRow);
    // All four are new: one status row of 4. A pack of two counts "< 3".
    options.queryIds = { open1.id, strict1.id };
    const PrintDocument two = ok(f.printing->briefingPack(options));
    for (const QStringList& row : two.countsTable->rows)
        CHECK(row[2] == s("< 3"));
    CHECK(two.cover.contains(s("Queries: 2")));

    SECTION("under Internal the same pack shows everything and counts exactly")
    {
        options.profile = Profile::Internal;
        const PrintDocument internal = ok(f.printing->briefingPack(options));
        CHECK(shows(internal, strict1.reference));
        CHECK(shows(internal, s("Marrowby")));
        for (const QStringList& row : internal.countsTable->rows)
            CHECK(row[2] == s("2"));
    }
}

TEST_CASE("a partner extract shows only what the referral shares")
{
    PrintFixture f;
    const auto q = f.rich(Confidentiality::Confidential, s("Questions from Kofi Marrowby"));
    partners::PartnerInput partner;
    partner.name = s("Geneva Detention Forum");
    const qint64 partnerId = ok(f.session->partners().create(partner)).id;
    referrals::ReferralInput in;
    in.queryId = q.id;
    in.partnerId = partnerId;
    in.reason = s("Expertise");
    in.shared = { SharedField::Subject, SharedField::Themes };
    const referrals::Referral r = ok(f.session->referrals().propose(in));

    const PrintDocument doc = ok(f.printing->partnerExtract(r.id));
    INFO(everything(doc).toStdString());
    CHECK(doc.kind == DocumentKind::PartnerExtract);
    CHECK(doc.profile == Profile::Partner);
    CHECK(doc.recipient == s("Geneva Detention Forum"));
    CHECK(doc.cover.contains(s("Prepared for: Geneva Detention Forum")));
    CHECK(doc.cover.contains(s("Consent: No consent recorded")));
    CHECK(shows(doc, q.reference));
    CHECK(shows(doc, s("Ratification")));
    CHECK(shows(doc, s("Questions from")));
    for (const char* forbidden : { "Marrowby", "Ghana", "Ministry of Justice", "asks how to accede", "new in post",
             "Call with the ministry", "Legal adviser" }) {
        INFO(forbidden);
        CHECK_FALSE(shows(doc, s(forbidden)));
    }
    CHECK_FALSE(part(doc.sections.front(), s("Actions taken")));
    CHECK_FALSE(part(doc.sections.front(), s("Referrals")));
    CHECK(doc.suggestedFileName == s("%1-extract-%2.pdf").arg(q.reference).arg(r.id));
    CHECK(doc.fieldCodes.contains(s("subject")));
    CHECK_FALSE(doc.fieldCodes.contains(s("request_text")));

    referrals::ReferralEdit edit;
    edit.reason = r.reason;
    edit.shared = { SharedField::RequestText, SharedField::ContactPerson, SharedField::State };
    const referrals::Referral wider = ok(f.session->referrals().edit(r.id, edit, r.version));
    const PrintDocument more = ok(f.printing->partnerExtract(wider.id));
    CHECK(shows(more, s("Kofi Marrowby")));
    CHECK(shows(more, s("asks how to accede")));
    CHECK(shows(more, s("Ghana")));
    CHECK_FALSE(shows(more, s("Ministry of Justice")));
    CHECK_FALSE(shows(more, s("new in post")));
    CHECK(f.printing->partnerExtract(987654).code() == ErrorCode::NotFound);
}

TEST_CASE("the response printed is the sent version then the cleared one then the newest marked DRAFT")
{
    PrintFixture f;
    const auto q = f.rich(Confidentiality::Confidential);
    const drafts::Draft first = f.draft(q.id, s("First thoughts for Mr Marrowby."));

    auto response = [&](Profile profile) {
        const PrintDocument doc = ok(f.printing->caseSummary(q.id, profile));
        const PrintPart* p = part(doc.sections.front(), s("Response"));
        REQUIRE(p);
        return *p;
    };
    CHECK(response(Profile::Internal).stamp == s("DRAFT"));
    CHECK(response(Profile::Internal).text.contains(s("First thoughts for Mr Marrowby.")));
    CHECK_FALSE(response(Profile::Briefing).text.contains(s("Marrowby")));

    PrintDocument letter = ok(f.printing->draftLetter(first.id, Profile::Internal));
    REQUIRE(letter.letter);
    CHECK(letter.letter->stamp == s("DRAFT"));
    CHECK(letter.letter->addressee.contains(s("Kofi Marrowby")));
    CHECK(letter.letter->reference == s("Our ref.: ") + q.reference);
    CHECK(letter.suggestedFileName == s("%1-draft-%2-v1.pdf").arg(q.reference).arg(first.id));

    const drafts::Draft cleared = f.clear(first);
    CHECK(response(Profile::Internal).stamp == s("DRAFT"));
    // A newer draft does not displace the cleared one.
    f.draft(q.id, s("A second, unfinished draft."));
    CHECK(response(Profile::Internal).text.contains(s("First thoughts")));

    drafts::SendInput send;
    send.channelId = f.channelId("email");
    ok(f.drafts->markSent(cleared.id, send, cleared.version));
    CHECK(response(Profile::Internal).stamp.isEmpty());
    letter = ok(f.printing->draftLetter(first.id, Profile::Briefing));
    CHECK(letter.letter->stamp.isEmpty());
    CHECK(letter.letter->addressee.isEmpty());
    CHECK_FALSE(shows(letter, s("Marrowby")));
    // An older version asked for by number is a draft.
    const drafts::Draft saved = ok(f.drafts->get(first.id));
    CHECK(saved.sentVersion == 1);
    CHECK(f.printing->draftLetter(first.id, Profile::Partner).code() == ErrorCode::InvalidInput);
    CHECK(f.printing->draftLetter(first.id, Profile::Internal, 7).code() == ErrorCode::NotFound);
}

TEST_CASE("copies are numbered and each printed copy is in the register and the timelines")
{
    PrintFixture f;
    const auto a = f.rich(Confidentiality::Confidential, s("First"));
    const auto b = f.rich(Confidentiality::StrictlyConfidential, s("Second"));
    BriefingOptions options;
    options.queryIds = { a.id, b.id };
    options.preparedFor = s("Core State meeting");
    const PrintDocument doc = ok(f.printing->briefingPack(options));
    std::vector<PrintDocument> copies;
    for (int n = 1; n <= 3; ++n)
        copies.push_back(PrintService::copy(doc, n, 3));
    CHECK(copies[1].copyNumber == 2);
    CHECK(copies[1].copyCount == 3);
    CHECK_FALSE(PrintService::copy(doc, 1, 1).copyNumber);
    const auto before = f.service->timeline(a.id)->size();

    okStatus(f.printing->recordPrint(copies));
    const std::vector<RegisterEntry> entries = f.registerOf();
    REQUIRE(entries.size() == 3);
    for (int n = 0; n < 3; ++n) {
        const RegisterEntry& e = entries[static_cast<size_t>(n)];
        CHECK(e.how == casefile::DisclosureKind::Print);
        CHECK(e.document == DocumentKind::BriefingPack);
        CHECK(e.profile == Profile::Briefing);
        CHECK(e.copyNumber == n + 1);
        CHECK(e.recipient == s("Core State meeting"));
        CHECK(e.fileName.isEmpty());
        CHECK(e.adviserName == s("Amara Quillfeather"));
        CHECK(e.references == QStringList { a.reference, b.reference });
    }
    const auto timeline = f.service->timeline(a.id).value();
    REQUIRE(timeline.size() == before + 3);
    CHECK(timeline.back().summary == s("Printed briefing pack (Core State briefing), copy 3 of 3"));
    CHECK(f.service->timeline(b.id)->back().summary == s("Printed briefing pack (Core State briefing), copy 3 of 3"));

    SECTION("the register filters")
    {
        CHECK(f.registerOf({ {}, {}, DocumentKind::CaseSummary, {}, {} }).empty());
        CHECK(f.registerOf({ {}, {}, {}, Profile::Briefing, {} }).size() == 3);
        CHECK(f.registerOf({ {}, {}, {}, {}, b.reference }).size() == 3);
        CHECK(f.registerOf({ {}, {}, {}, {}, s("AH-1999-0001") }).empty());
        f.clock.advanceMs(3600 * 1000);
        const QDateTime later = f.clock.nowUtc();
        okStatus(f.printing->recordPrint({ ok(f.printing->caseSummary(a.id, Profile::Internal)) }));
        const auto recent = f.registerOf({ later, {}, {}, {}, {} });
        REQUIRE(recent.size() == 1);
        CHECK(recent.front().document == DocumentKind::CaseSummary);
        CHECK_FALSE(recent.front().copyNumber);
        CHECK(f.registerOf({ {}, later, {}, {}, {} }).size() == 3);
    }
    SECTION("an empty print is refused")
    {
        CHECK(f.printing->recordPrint({}).code() == ErrorCode::InvalidInput);
    }
}

TEST_CASE("a saved PDF is 0600 and recorded per copy and an existing file is refused without overwrite")
{
    PrintFixture f;
    const auto q = f.rich(Confidentiality::Confidential);
    const PrintDocument doc = ok(f.printing->caseSummary(q.id, Profile::Internal));
    const QByteArray pdf("%PDF-1.4 not really\n");
    const QString path = f.dir.file(doc.suggestedFileName);
    okStatus(f.printing->savePdf({ PrintService::copy(doc, 1, 2), PrintService::copy(doc, 2, 2) }, path, false, pdf));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == pdf);
    struct stat info { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    auto entries = f.registerOf();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].how == casefile::DisclosureKind::Pdf);
    CHECK(entries[0].fileName == doc.suggestedFileName);
    CHECK(entries[1].copyNumber == 2);
    CHECK(f.service->timeline(q.id)->back().summary
        == s("Saved case summary (Internal) as PDF %1, copy 2 of 2").arg(doc.suggestedFileName));

    const Status again = f.printing->savePdf({ doc }, path, false, QByteArray("other"));
    CHECK(again.code() == ErrorCode::AlreadyExists);
    CHECK(again.error().message.contains(doc.suggestedFileName));
    CHECK(f.registerOf().size() == 2);
    okStatus(f.printing->savePdf({ doc }, path, true, QByteArray("%PDF replaced")));
    CHECK(f.registerOf().size() == 3);
    QFile replaced(path);
    REQUIRE(replaced.open(QIODevice::ReadOnly));
    CHECK(replaced.readAll() == QByteArray("%PDF replaced"));
    CHECK(
        f.printing->savePdf({ doc }, f.dir.file(s("no-such-folder/x.pdf")), false, pdf).code() == ErrorCode::NotFound);
    CHECK(f.printing->savePdf({}, f.dir.file(s("empty.pdf")), false, pdf).code() == ErrorCode::InvalidInput);
    CHECK(f.registerOf().size() == 3);
}

TEST_CASE("a PDF whose record fails after the rename leaves no file and no record")
{
    PrintFixture f;
    const auto q = f.rich(Confidentiality::Confidential);
    const PrintDocument doc = ok(f.printing->caseSummary(q.id, Profile::Internal));
    const QString path = f.dir.file(s("failing.pdf"));
    db::Connection& connection = f.vault->connection();
    db::Connection::BeforeCommit kept = connection.takeBeforeCommit();
    bool renamedBeforeCommit = false;
    connection.setBeforeCommit([&](db::Connection&) {
        renamedBeforeCommit = QFileInfo::exists(path);
        throw db::DbError(13, 13, "database or disk is full");
    });
    const auto before = f.service->timeline(q.id)->size();
    const Status failed = f.printing->savePdf({ doc }, path, false, QByteArray("%PDF"));
    connection.setBeforeCommit(kept);
    CHECK_FALSE(failed.ok());
    CHECK(renamedBeforeCommit);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(f.dir.path()).entryList({ s("*.pdf") }, QDir::Files | QDir::Hidden).isEmpty());
    CHECK(f.registerOf().empty());
    CHECK(f.service->timeline(q.id)->size() == before);
}

} // namespace print_service_test
