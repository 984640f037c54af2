// Templates, the library of CTI tools, precedents and the vault's spelling dictionary (issue 11):
// library/LibraryService.h, through the session's services as the application and the CLI use them.
#include "QueryFixture.h"
#include "VaultTestAccess.h"
#include "casefile/CaseRecord.h"
#include "db/Connection.h"
#include "db/Migrations.h"
#include "drafts/DraftService.h"
#include "drafts/HtmlSanitizer.h"
#include "library/LibraryService.h"
#include "library/StateNames.h"
#include "referrals/ReferralService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace library_test {

using namespace advicehub;
using namespace advicehub::library;
using advicehub::drafts::Draft;
using advicehub::drafts::DraftInput;
using advicehub::queries::Confidentiality;

namespace {

template <typename T> T ok(Result<T> result)
{
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

void ok(const Status& status)
{
    INFO((status ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
}

struct LibraryFixture : test::QueryFixture {
    LibraryFixture() : library(&session->library()), drafts(&session->drafts()) { }

    db::Connection& c() { return vault->connection(); }
    void as(qint64 adviser) { REQUIRE(session->setCurrentAdviser(adviser).ok()); }

    TemplateInput templateInput(const QString& name, const QString& html,
        DraftLanguage language = DraftLanguage::English, DraftKind kind = DraftKind::HoldingReply)
    {
        TemplateInput in;
        in.name = name;
        in.html = html;
        in.language = language;
        in.kind = kind;
        return in;
    }

    LibraryResource resourceInput(const QString& title, const QString& citation = QStringLiteral("A citation."))
    {
        LibraryResource r;
        r.title = title;
        r.citation = citation;
        return r;
    }

    // Written by the session's adviser, cleared by the head, sent today: the user's path to a precedent.
    Draft sentDraft(qint64 queryId, const QString& title, const QString& text)
    {
        DraftInput in;
        in.queryId = queryId;
        in.title = title;
        in.html = QStringLiteral("<p>%1</p>").arg(text);
        Draft d = ok(drafts->create(in));
        d = ok(drafts->submit(d.id, {}, d.version));
        as(otherAdviserId);
        d = ok(drafts->clear(d.id, QStringLiteral("Cleared."), d.version));
        as(adviserId);
        drafts::SendInput send;
        send.channelId = channelId("email");
        return ok(drafts->markSent(d.id, send, d.version));
    }

    Draft openDraft(qint64 queryId, const QString& title = QStringLiteral("New answer"))
    {
        DraftInput in;
        in.queryId = queryId;
        in.title = title;
        in.html = QStringLiteral("<p>Work in progress.</p>");
        return ok(drafts->create(in));
    }

    queries::Query queryIn(const char* iso2, Confidentiality level, const char* theme, const QString& subject)
    {
        queries::QueryInput in = input(subject);
        in.stateId = stateId(iso2);
        in.confidentiality = level;
        in.themeIds = { themeId(theme) };
        return create(in);
    }

    qint64 rows(const char* table) { return c().queryInt(std::string("SELECT count(*) FROM ") + table); }

    std::vector<casefile::TimelineEntry> draftEntries(qint64 queryId)
    {
        std::vector<casefile::TimelineEntry> out;
        // Kept alive for the loop (a range-for over value() of a temporary Result would dangle).
        const auto timeline = ok(service->timeline(queryId));
        for (const auto& entry : timeline) {
            if (entry.kind == casefile::EntryKind::Draft)
                out.push_back(entry);
        }
        return out;
    }

    LibraryService* library;
    drafts::DraftService* drafts;
};

PrecedentFilter byText(const QString& text)
{
    PrecedentFilter filter;
    filter.text = text;
    return filter;
}

QStringList titles(const std::vector<LibraryResource>& resources)
{
    QStringList out;
    for (const auto& r : resources)
        out << r.title;
    return out;
}

QStringList names(const std::vector<DraftTemplate>& templates)
{
    QStringList out;
    for (const auto& t : templates)
        out << t.name;
    return out;
}

} // namespace

// --- placeholders

TEST_CASE("the placeholders of a text are found in reading order, each once", "[library][placeholders]")
{
    const auto found = LibraryService::placeholdersIn(
        QStringLiteral("<p>Dear {contact_name},</p><p>{reference} of {received_date}; again {reference}</p>"));
    REQUIRE(found.ok());
    CHECK(found.value()
        == QStringList {
            QStringLiteral("contact_name"), QStringLiteral("reference"), QStringLiteral("received_date") });
    CHECK(LibraryService::placeholdersIn(QStringLiteral("<p>No placeholder.</p>")).value().isEmpty());
    CHECK(LibraryService::placeholders().size() == 12);
}

TEST_CASE("braces of a style sheet, a script or a comment are no placeholders", "[library][placeholders]")
{
    // What QTextDocument::toHtml() writes before the text.
    const QString qtHtml = QStringLiteral(
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\"><html><head><meta name=\"qrichtext\" content=\"1\" />"
        "<style type=\"text/css\">\np, li { white-space: pre-wrap; }\n</STYLE><script>if (a) { b(); }</script>"
        "<!-- {not} a { placeholder --></head><body><p>Dear {contact_name},</p></body></html>");
    const auto found = LibraryService::placeholdersIn(qtHtml);
    REQUIRE(found.ok());
    CHECK(found.value() == QStringList { QStringLiteral("contact_name") });
}

TEST_CASE("an unbalanced brace is refused, naming where it is", "[library][placeholders]")
{
    SECTION("an opening brace never closed")
    {
        const auto found = LibraryService::placeholdersIn(QStringLiteral("<p>Dear {contact_name,</p>"));
        REQUIRE_FALSE(found.ok());
        CHECK(found.code() == ErrorCode::InvalidInput);
        // The position counts what a reader sees (tags skipped): "Dear " is five characters.
        CHECK(found.error().message.contains(QStringLiteral("\u201c{\u201d without its closing")));
        CHECK(found.error().message.contains(QStringLiteral("character 6")));
        CHECK(found.error().message.contains(QStringLiteral("after \u201cDear\u201d")));
    }
    SECTION("a closing brace without its opening one")
    {
        const auto found = LibraryService::placeholdersIn(QStringLiteral("<p>Ref reference}</p>"));
        REQUIRE_FALSE(found.ok());
        CHECK(found.error().message.contains(QStringLiteral("\u201c}\u201d without its opening")));
        CHECK(found.error().message.contains(QStringLiteral("character 14")));
    }
    SECTION("an opening brace inside another")
    {
        const auto found = LibraryService::placeholdersIn(QStringLiteral("<p>{state {reference}</p>"));
        REQUIRE_FALSE(found.ok());
        CHECK(found.error().message.contains(QStringLiteral("character 1")));
    }
}

TEST_CASE("filling a template: values escaped, unknown placeholders kept and listed, empty ones marked",
    "[library][placeholders]")
{
    LibraryFixture f;
    queries::QueryInput in = f.input(QStringLiteral("Accession & <reservations>"));
    in.contact.function.clear();
    const queries::Query q = f.create(in);
    const auto filled = f.library->fill(
        QStringLiteral("<p>{reference}: {subject} for {contact_name}, {contact_function} ({state}); {signature} "
                       "{partner}</p>"),
        q.id, DraftLanguage::English);
    REQUIRE(filled.ok());
    CHECK(filled->html
        == QStringLiteral("<p>%1: Accession &amp; &lt;reservations&gt; for Kofi Marrowby, [contact_function?] "
                          "(Ghana); {signature} [partner?]</p>")
               .arg(q.reference));
    CHECK(filled->unknown == QStringList { QStringLiteral("signature") });
    CHECK(filled->empty == QStringList { QStringLiteral("contact_function"), QStringLiteral("partner") });
    CHECK_FALSE(filled->complete());

    SECTION("a complete fill reports nothing")
    {
        const auto complete
            = f.library->fill(QStringLiteral("<p>{institution}, {adviser}</p>"), q.id, DraftLanguage::English);
        REQUIRE(complete.ok());
        CHECK(complete->html == QStringLiteral("<p>Ministry of Justice, Amara Quillfeather</p>"));
        CHECK(complete->complete());
    }
    SECTION("an unbalanced template or an unknown query is refused")
    {
        CHECK(f.library->fill(QStringLiteral("<p>{state</p>"), q.id, DraftLanguage::English).code()
            == ErrorCode::InvalidInput);
        CHECK(f.library->fill(QStringLiteral("<p>{state}</p>"), 987654, DraftLanguage::English).code()
            == ErrorCode::NotFound);
    }
}

TEST_CASE("dates are written in the letter's language", "[library][placeholders]")
{
    LibraryFixture f; // today: Monday 5 January 2026
    const queries::Query q = f.create();
    const QString html = QStringLiteral("<p>{received_date}|{today}</p>");
    CHECK(f.library->fill(html, q.id, DraftLanguage::English)->html
        == QStringLiteral("<p>5 January 2026|5 January 2026</p>"));
    CHECK(f.library->fill(html, q.id, DraftLanguage::French)->html
        == QStringLiteral("<p>5 janvier 2026|5 janvier 2026</p>"));
    CHECK(f.library->fill(html, q.id, DraftLanguage::Spanish)->html
        == QStringLiteral("<p>5 de enero de 2026|5 de enero de 2026</p>"));
    const auto due = f.library->fill(QStringLiteral("{due_date}"), q.id, DraftLanguage::French);
    CHECK(due->html == QLocale(QLocale::French).toString(q.dueOn, QStringLiteral("d MMMM yyyy")));

    SECTION("the first of the month in French")
    {
        f.setToday(QDate(2026, 2, 1));
        CHECK(f.library->fill(QStringLiteral("{today}"), q.id, DraftLanguage::French)->html
            == QStringLiteral("1er février 2026"));
        CHECK(f.library->fill(QStringLiteral("{today}"), q.id, DraftLanguage::English)->html
            == QStringLiteral("1 February 2026"));
    }
    SECTION("the channel in the letter's language")
    {
        CHECK(f.library->fill(QStringLiteral("{channel}"), q.id, DraftLanguage::Spanish)->html
            == QStringLiteral("correo electrónico"));
        CHECK(f.library->fill(QStringLiteral("{channel}"), q.id, DraftLanguage::English)->html
            == QStringLiteral("Email"));
    }
}

TEST_CASE("the State is named in the letter's language", "[library][placeholders]")
{
    if (!StateNames::available(DraftLanguage::French) || !StateNames::available(DraftLanguage::Spanish)) {
        std::fputs("SKIPPED: Debian's iso-codes (iso_3166-1.json and its fr/es catalogues) is not installed\n", stderr);
        std::exit(77);
    }
    LibraryFixture f;
    queries::QueryInput in = f.input();
    in.stateId = f.stateId("MA");
    const queries::Query morocco = f.create(in);
    const QString html = QStringLiteral("{state}");
    CHECK(f.library->fill(html, morocco.id, DraftLanguage::English)->html == QStringLiteral("Morocco"));
    CHECK(f.library->fill(html, morocco.id, DraftLanguage::French)->html == QStringLiteral("Maroc"));
    CHECK(f.library->fill(html, morocco.id, DraftLanguage::Spanish)->html == QStringLiteral("Marruecos"));
    in.stateId = f.stateId("CL");
    const queries::Query chile = f.create(in);
    CHECK(f.library->fill(html, chile.id, DraftLanguage::French)->html == QStringLiteral("Chili"));
    CHECK(StateNames::name(QStringLiteral("ZZ"), DraftLanguage::French).isEmpty());
    CHECK(StateNames::name(QStringLiteral("CL"), DraftLanguage::English).isEmpty());
}

TEST_CASE(
    "{adviser} is the session's adviser and {partner} the partner of the open referral", "[library][placeholders]")
{
    LibraryFixture f;
    const queries::Query q = f.create();
    f.as(f.otherAdviserId);
    CHECK(f.library->fill(QStringLiteral("{adviser}"), q.id, DraftLanguage::English)->html
        == QStringLiteral("Tomas Brindlewood"));
    const qint64 apt = f.c().queryInt("SELECT id FROM partners WHERE acronym = 'APT'");
    REQUIRE(apt > 0);
    referrals::ReferralInput referral;
    referral.queryId = q.id;
    referral.partnerId = apt;
    referral.reason = QStringLiteral("Expertise in the ratification process");
    referral.shared = referrals::ReferralText::defaultSharedFields();
    ok(f.session->referrals().propose(referral));
    const auto filled = f.library->fill(QStringLiteral("{partner}"), q.id, DraftLanguage::English);
    CHECK(filled->html == QStringLiteral("Association for the Prevention of Torture"));
    CHECK(filled->complete());
}

TEST_CASE("a sample fill previews a template without a query", "[library][placeholders]")
{
    LibraryFixture f;
    const FilledTemplate sample = f.library->fillSample(
        QStringLiteral("<p>{reference} {subject} {today} {adviser} {nope}</p>"), DraftLanguage::French);
    CHECK(sample.html.startsWith(QStringLiteral("<p>AH-2026-0042 \u00c9tapes de l'adh\u00e9sion")));
    CHECK(sample.html.contains(QStringLiteral("5 janvier 2026 Amara Quillfeather {nope}")));
    CHECK(sample.unknown == QStringList { QStringLiteral("nope") });
    CHECK(sample.empty.isEmpty());
    CHECK(f.library->fillSample(QStringLiteral("<p>{state</p>"), DraftLanguage::English).unknown
        == QStringList { QStringLiteral("{") });
}

// --- templates

TEST_CASE("templates are added, listed, found and edited", "[library][templates]")
{
    LibraryFixture f;
    const qint64 before = f.rows("draft_templates");
    const DraftTemplate added = ok(f.library->addTemplate(f.templateInput(QStringLiteral("  Short   holding reply "),
        QStringLiteral("<p>Dear {contact_name},</p><p>We will answer by {due_date}.</p>"))));
    CHECK(added.name == QStringLiteral("Short holding reply"));
    CHECK_FALSE(added.seeded);
    CHECK(added.active);
    CHECK(added.version == 1);
    CHECK(f.rows("draft_templates") == before + 1);
    CHECK(f.c().queryInt("SELECT updated_by FROM draft_templates ORDER BY id DESC LIMIT 1") == f.adviserId);

    CHECK(names(f.library->templatesFor(DraftKind::HoldingReply, DraftLanguage::English))
        == QStringList { QStringLiteral("Holding reply"), QStringLiteral("Short holding reply") });
    CHECK(ok(f.library->templateById(added.id)).name == added.name);
    CHECK(ok(f.library->templateByName(QStringLiteral("short HOLDING reply"))).id == added.id);
    CHECK(f.library->templateByName(QStringLiteral("No such one")).code() == ErrorCode::NotFound);
    CHECK(f.library->templateById(987654).code() == ErrorCode::NotFound);

    SECTION("a name used in several languages is ambiguous")
    {
        ok(f.library->addTemplate(f.templateInput(
            QStringLiteral("Short holding reply"), QStringLiteral("<p>Madame, Monsieur,</p>"), DraftLanguage::French)));
        const auto found = f.library->templateByName(QStringLiteral("Short holding reply"));
        CHECK(found.code() == ErrorCode::InvalidInput);
        CHECK(found.error().message.contains(QStringLiteral("English, French")));
    }
    SECTION("an edit bumps the version; a stale one is a conflict; deactivated ones leave the lists")
    {
        TemplateInput in = f.templateInput(
            QStringLiteral("Short holding reply"), QStringLiteral("<p>Dear {contact_name}, by {due_date}.</p>"));
        in.active = false;
        const DraftTemplate edited = ok(f.library->editTemplate(added.id, in, added.version));
        CHECK(edited.version == 2);
        CHECK_FALSE(edited.active);
        CHECK(f.library->editTemplate(added.id, in, added.version).code() == ErrorCode::Conflict);
        CHECK(names(f.library->templatesFor(DraftKind::HoldingReply, DraftLanguage::English))
            == QStringList { QStringLiteral("Holding reply") });
        CHECK(f.library->templates().size() == 12);
        CHECK(f.library->templates(true).size() == 13);
        // Unchanged: nothing written.
        CHECK(ok(f.library->editTemplate(added.id, in, edited.version)).version == 2);
    }
    SECTION("templatesChanged after the commit")
    {
        int changed = 0;
        QObject::connect(f.library, &LibraryService::templatesChanged, [&changed] { ++changed; });
        ok(f.library->addTemplate(f.templateInput(QStringLiteral("Another"), QStringLiteral("<p>Text.</p>"))));
        CHECK(changed == 1);
        CHECK_FALSE(
            f.library->addTemplate(f.templateInput(QStringLiteral("Another"), QStringLiteral("<p>x</p>"))).ok());
        CHECK(changed == 1);
    }
}

TEST_CASE("a template is refused with a clear message and nothing is written", "[library][templates]")
{
    LibraryFixture f;
    const qint64 before = f.rows("draft_templates");
    const auto refused = [&](const TemplateInput& in, const QString& says) {
        const auto result = f.library->addTemplate(in);
        REQUIRE_FALSE(result.ok());
        CHECK(result.code() == ErrorCode::InvalidInput);
        INFO(result.error().message.toStdString());
        CHECK(result.error().message.contains(says));
        CHECK(f.rows("draft_templates") == before);
    };
    refused(f.templateInput(QStringLiteral("  "), QStringLiteral("<p>Text</p>")), QStringLiteral("name"));
    refused(f.templateInput(QString(LibraryLimits::Name + 1, QLatin1Char('n')), QStringLiteral("<p>Text</p>")),
        QStringLiteral("longer than 200"));
    refused(f.templateInput(QStringLiteral("Empty"), QStringLiteral("<p> </p>")), QStringLiteral("no text"));
    refused(f.templateInput(QStringLiteral("Unknown"), QStringLiteral("<p>{signature} and {Reference} {state}</p>")),
        QStringLiteral("2 unknown placeholder(s): {signature}, {Reference}"));
    refused(f.templateInput(QStringLiteral("Unbalanced"), QStringLiteral("<p>Dear {contact_name</p>")),
        QStringLiteral("without its closing"));
    // The same name in the same language, ignoring case (accents included).
    refused(f.templateInput(QStringLiteral("HOLDING REPLY"), QStringLiteral("<p>Text</p>")),
        QStringLiteral("already a template named \u201cHolding reply\u201d in English"));
    refused(f.templateInput(QStringLiteral("R\u00c9PONSE TYPE"), QStringLiteral("<p>Texte</p>"), DraftLanguage::French),
        QStringLiteral("R\u00e9ponse type"));
    // In another language the name is free.
    ok(f.library->addTemplate(
        f.templateInput(QStringLiteral("Holding reply"), QStringLiteral("<p>Texte</p>"), DraftLanguage::French)));

    SECTION("the body is stored sanitised")
    {
        const DraftTemplate t = ok(f.library->addTemplate(f.templateInput(QStringLiteral("With a script"),
            QStringLiteral("<p onclick=\"steal()\">Dear {contact_name}<script>alert(1)</script></p>"
                           "<img src=\"https://example.org/x.png\">"))));
        CHECK_FALSE(t.html.contains(QStringLiteral("script")));
        CHECK_FALSE(t.html.contains(QStringLiteral("onclick")));
        CHECK_FALSE(t.html.contains(QStringLiteral("img")));
        CHECK(t.html.contains(QStringLiteral("Dear {contact_name}")));
    }
    SECTION("an edit is refused the same way")
    {
        const DraftTemplate t = ok(f.library->templateByName(QStringLiteral("Standard answer")));
        const auto result = f.library->editTemplate(
            t.id, f.templateInput(QStringLiteral("Standard answer"), QStringLiteral("<p>{whatever}</p>")), t.version);
        CHECK(result.code() == ErrorCode::InvalidInput);
        CHECK(ok(f.library->templateById(t.id)).html == t.html);
        CHECK(
            f.library->editTemplate(987654, f.templateInput(QStringLiteral("X"), QStringLiteral("<p>x</p>")), 1).code()
            == ErrorCode::NotFound);
    }
}

// --- seeding

TEST_CASE("a new vault has the twelve seeded templates, each with known placeholders only", "[library][seed]")
{
    LibraryFixture f;
    const std::vector<DraftTemplate> all = f.library->templates(true);
    REQUIRE(all.size() == 12);
    for (DraftLanguage language : drafts::DraftText::allLanguages()) {
        for (DraftKind kind : { DraftKind::Acknowledgement, DraftKind::HoldingReply, DraftKind::ReferralNotice,
                 DraftKind::SubstantiveResponse })
            CHECK(f.library->templatesFor(kind, language).size() == 1);
    }
    CHECK(names(f.library->templatesFor(DraftKind::Acknowledgement, DraftLanguage::French))
        == QStringList { QStringLiteral("Accus\u00e9 de r\u00e9ception") });
    CHECK(names(f.library->templatesFor(DraftKind::SubstantiveResponse, DraftLanguage::Spanish))
        == QStringList { QStringLiteral("Respuesta tipo") });

    const queries::Query q = f.create();
    for (const DraftTemplate& t : all) {
        INFO(t.name.toStdString());
        CHECK(t.seeded);
        const Result<QStringList> used = LibraryService::placeholdersIn(t.html);
        REQUIRE(used.ok());
        CHECK(used->contains(QStringLiteral("reference")));
        CHECK(used->contains(QStringLiteral("adviser")));
        // Stored as the sanitiser leaves it.
        CHECK(drafts::HtmlSanitizer::sanitise(t.html)->html == t.html);
        // Every placeholder is known; for a query without a referral only {partner} is empty.
        const FilledTemplate filled = ok(f.library->fill(t.html, q.id, t.language));
        CHECK(filled.unknown.isEmpty());
        CHECK(filled.empty
            == (t.kind == DraftKind::ReferralNotice ? QStringList { QStringLiteral("partner") } : QStringList {}));
        CHECK_FALSE(filled.html.contains(QLatin1Char('{')));
    }
    // The letters name the CTI in their own language.
    const auto body = [&](const char* name) { return ok(f.library->templateByName(QString::fromUtf8(name))).html; };
    CHECK(body("Acknowledgement of receipt").contains(QStringLiteral("Convention against Torture Initiative")));
    CHECK(body("Réponse d'attente").contains(QStringLiteral("Initiative sur la Convention contre la torture")));
    CHECK(body("Respuesta provisional").contains(QStringLiteral("Iniciativa sobre la Convención contra la Tortura")));
}

TEST_CASE("a new vault has the CTI tools of the seeds in its library", "[library][seed]")
{
    LibraryFixture f;
    const std::vector<LibraryResource> all = f.library->resources();
    const QStringList present = titles(all);
    for (const char* title : { "Ratification process tool", "Online torture law guide", "UNCAT Implementation Tools",
             "Compilation of training material", "CTI videos and short films" })
        CHECK(present.contains(QString::fromUtf8(title)));
    for (const LibraryResource& r : all) {
        INFO(r.title.toStdString());
        CHECK(r.seeded);
        CHECK_FALSE(r.citation.isEmpty());
        CHECK_FALSE(r.description.isEmpty());
        // Links only where the seeds give one (the CTI's website), never invented.
        CHECK((r.link.isEmpty() || r.link == QStringLiteral("https://www.cti.international")));
    }
    const LibraryResource law = *std::find_if(
        all.begin(), all.end(), [](const auto& r) { return r.title == QStringLiteral("Online torture law guide"); });
    CHECK(law.kind == ResourceKind::CtiTool);
    CHECK(law.language == QStringLiteral("en"));
    CHECK(law.themeIds.contains(f.themeId("drafting_law")));
    CHECK(titles(f.library->resources({}, f.themeId("ratification")))
              .contains(QStringLiteral("Ratification process tool")));
}

TEST_CASE("an upgraded vault gets the seeded templates and tools with the drafts schema", "[library][seed][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v6.ahv"));
    {
        auto old = VaultTestAccess::createAtVersion(path, test::passphrase(), crypto::KdfProfile::insecureTesting(), 6);
        REQUIRE(old.ok());
        REQUIRE(db::Migrator::currentVersion(old.value()->connection()) == 6);
    }
    const auto check = [](std::unique_ptr<Vault> vault) {
        REQUIRE(vault->info().schemaVersion >= 7);
        db::Connection& c = vault->connection();
        CHECK(c.queryInt("SELECT count(*) FROM draft_templates WHERE seeded = 1 AND active = 1") == 12);
        CHECK(c.queryInt("SELECT count(DISTINCT language || kind) FROM draft_templates") == 12);
        CHECK(c.queryInt("SELECT count(*) FROM library_resources WHERE seeded = 1")
            == c.queryInt("SELECT count(*) FROM library_resources"));
        CHECK(c.queryInt("SELECT count(*) FROM library_resources") >= 5);
        CHECK(c.queryInt("SELECT count(*) FROM library_resource_themes") > 0);
        CHECK(vault->checkIntegrity()->isEmpty());
    };
    check(test::openVault(path));

    SECTION("the first release's vault too")
    {
        const QString v1 = dir.file(QStringLiteral("v1.ahv"));
        REQUIRE(QFile::copy(QStringLiteral(ADVICEHUB_TEST_DATA_DIR "/vault-v1.ahv"), v1));
        QFile::setPermissions(v1, QFile::ReadOwner | QFile::WriteOwner);
        check(test::openVault(v1));
    }
}

// --- library

TEST_CASE("library resources are added, edited, filtered and cited", "[library][resources]")
{
    LibraryFixture f;
    LibraryResource in = f.resourceInput(QStringLiteral("Guide on \u00c9tat custody safeguards"),
        QStringLiteral("APT, Guide on custody safeguards & <interviews>, Geneva."));
    in.description = QStringLiteral("Practical safeguards in the first hours of police custody.");
    in.themeIds = { f.themeId("police_custody"), f.themeId("police_custody") };
    in.link = QStringLiteral("https://www.example.org/guide");
    in.language = QStringLiteral("fr");
    const LibraryResource added = ok(f.library->addResource(in));
    CHECK(added.themeIds == QList<qint64> { f.themeId("police_custody") });
    CHECK_FALSE(added.seeded);
    CHECK(added.kind == ResourceKind::Reference);

    // Words of the title, description or citation, accents and case ignored; every word must match.
    CHECK(titles(f.library->resources(QStringLiteral("etat CUSTODY"))) == QStringList { added.title });
    CHECK(titles(f.library->resources(QStringLiteral("first hours"))) == QStringList { added.title });
    CHECK(f.library->resources(QStringLiteral("custody nowhere-to-be-found")).empty());
    CHECK(titles(f.library->resources({}, f.themeId("police_custody"))).contains(added.title));
    CHECK_FALSE(titles(f.library->resources({}, f.themeId("juvenile_justice"))).contains(added.title));

    // The citation leads with the title when it does not name it; escaped; the link as text.
    CHECK(ok(f.library->citationHtml(added.id))
        == QStringLiteral("<p><i>Guide on \u00c9tat custody safeguards</i>: APT, Guide on custody safeguards &amp; "
                          "&lt;interviews&gt;, Geneva. <a href=\"https://www.example.org/guide\">"
                          "https://www.example.org/guide</a></p>"));
    const auto tools = f.library->resources(QStringLiteral("implementation tools"));
    const auto tool = *std::find_if(tools.begin(), tools.end(),
        [](const auto& r) { return r.title == QStringLiteral("UNCAT Implementation Tools"); });
    CHECK(ok(f.library->citationHtml(tool.id)) == QStringLiteral("<p>%1</p>").arg(tool.citation.toHtmlEscaped()));
    CHECK(f.library->citationHtml(987654).code() == ErrorCode::NotFound);

    SECTION("an edit bumps the version, a stale one conflicts, an inactive resource leaves the list")
    {
        LibraryResource change = added;
        change.active = false;
        change.themeIds = { f.themeId("juvenile_justice") };
        const LibraryResource edited = ok(f.library->editResource(added.id, change, added.version));
        CHECK(edited.version == 2);
        CHECK(edited.themeIds == QList<qint64> { f.themeId("juvenile_justice") });
        CHECK(f.library->editResource(added.id, change, added.version).code() == ErrorCode::Conflict);
        CHECK(f.library->resources(QStringLiteral("custody")).empty());
        CHECK(
            titles(f.library->resources(QStringLiteral("custody"), std::nullopt, true)) == QStringList { added.title });
    }
    SECTION("refusals change nothing")
    {
        const qint64 before = f.rows("library_resources");
        const auto refused = [&](const LibraryResource& r, const QString& says) {
            const auto result = f.library->addResource(r);
            REQUIRE_FALSE(result.ok());
            INFO(result.error().message.toStdString());
            CHECK(result.code() == ErrorCode::InvalidInput);
            CHECK(result.error().message.contains(says));
            CHECK(f.rows("library_resources") == before);
        };
        refused(f.resourceInput(QStringLiteral(" ")), QStringLiteral("title"));
        refused(f.resourceInput(QStringLiteral("No citation"), QStringLiteral(" ")), QStringLiteral("citation"));
        refused(f.resourceInput(QStringLiteral("guide on \u00e9tat CUSTODY safeguards")), QStringLiteral("already"));
        for (const char* link : { "javascript:alert(1)", "http://www.example.org", "file:///etc/passwd",
                 "data:text/html,x", "https://", "https://user:pw@example.org/" }) {
            LibraryResource r = f.resourceInput(QStringLiteral("Linked"));
            r.link = QString::fromLatin1(link);
            refused(r, QStringLiteral("https://"));
        }
        LibraryResource badLanguage = f.resourceInput(QStringLiteral("Language"));
        badLanguage.language = QStringLiteral("de");
        refused(badLanguage, QStringLiteral("not a language"));
        LibraryResource badTheme = f.resourceInput(QStringLiteral("Theme"));
        badTheme.themeIds = { 987654 };
        refused(badTheme, QStringLiteral("themes"));
        refused(f.resourceInput(QStringLiteral("Long"), QString(LibraryLimits::Citation + 1, QLatin1Char('c'))),
            QStringLiteral("longer than"));
    }
}

// --- precedents

TEST_CASE("precedents: sent answers found by text, theme and region, newest sent first", "[library][precedents]")
{
    LibraryFixture f;
    const queries::Query ghana
        = f.queryIn("GH", Confidentiality::Standard, "ratification", QStringLiteral("Accession steps"));
    const queries::Query chile
        = f.queryIn("CL", Confidentiality::Confidential, "police_custody", QStringLiteral("Custody safeguards"));
    const queries::Query fiji = f.queryIn(
        "FJ", Confidentiality::StrictlyConfidential, "ratification", QStringLiteral("Reservations on accession"));

    f.setToday(QDate(2026, 1, 6));
    const Draft first = f.sentDraft(ghana.id, QStringLiteral("Answer on accession"),
        QStringLiteral("The instrument of accession is deposited with the Secretary-General."));
    f.setToday(QDate(2026, 1, 8));
    const Draft second = f.sentDraft(chile.id, QStringLiteral("Custody answer"),
        QStringLiteral(
            "Safeguards in police custody start at the moment of arrest; the \u00c9tat informs the family."));
    f.setToday(QDate(2026, 1, 9));
    const Draft third = f.sentDraft(fiji.id, QStringLiteral("Reservations"),
        QStringLiteral("A reservation to article 20 does not delay the accession."));
    // A draft that was never sent is no precedent.
    f.openDraft(ghana.id, QStringLiteral("Accession follow-up"));

    const auto ids = [](const std::vector<Precedent>& found) {
        QList<qint64> out;
        for (const auto& p : found)
            out << p.draftId;
        return out;
    };
    const auto search = [&](PrecedentFilter filter) { return ok(f.library->searchPrecedents(filter)); };

    CHECK(ids(search({})) == QList<qint64> { third.id, second.id, first.id });
    CHECK(ids(search(byText(QStringLiteral("accession")))) == QList<qint64> { third.id, first.id });
    // Accents and case ignored; a prefix with *.
    CHECK(ids(search(byText(QStringLiteral("ETAT")))) == QList<qint64> { second.id });
    CHECK(ids(search(byText(QStringLiteral("safeguard*")))) == QList<qint64> { second.id });
    CHECK(ids(search(byText(QStringLiteral("custody answer")))) == QList<qint64> { second.id }); // the title too
    CHECK(search(byText(QStringLiteral("follow-up"))).empty());
    CHECK(search(byText(QStringLiteral("\"accession was\""))).empty());
    CHECK(ids(search(byText(QStringLiteral("\"accession is\"")))) == QList<qint64> { first.id });

    PrecedentFilter byTheme;
    byTheme.themeId = f.themeId("ratification");
    CHECK(ids(search(byTheme)) == QList<qint64> { third.id, first.id });
    PrecedentFilter byRegion = byText(QStringLiteral("accession"));
    byRegion.regionId = f.lookup->findRegion(QStringLiteral("AF"))->id;
    CHECK(ids(search(byRegion)) == QList<qint64> { first.id });
    PrecedentFilter limited;
    limited.limit = 1;
    CHECK(ids(search(limited)) == QList<qint64> { third.id });

    const std::vector<Precedent> found = search(byText(QStringLiteral("arrest")));
    REQUIRE(found.size() == 1);
    const Precedent& p = found.front();
    CHECK(p.queryId == chile.id);
    CHECK(p.queryReference == chile.reference);
    CHECK(p.draftTitle == QStringLiteral("Custody answer"));
    CHECK(p.sentOn == QDate(2026, 1, 8));
    CHECK(p.regionName == QStringLiteral("Americas"));
    CHECK(p.themeNames == QStringList { QStringLiteral("Police custody and safeguards") });
    CHECK(p.snippet.contains(QStringLiteral("moment of arrest")));
    CHECK(p.confidentiality == QStringLiteral("confidential"));
    CHECK(p.needsWarning());
    CHECK_FALSE(search(byText(QStringLiteral("deposited"))).front().needsWarning());
    CHECK(search(byText(QStringLiteral("reservation"))).front().confidentiality
        == QStringLiteral("strictly_confidential"));

    SECTION("the sent text of a precedent; an unsent draft is none")
    {
        CHECK(ok(f.library->precedentHtml(second.id)).contains(QStringLiteral("moment of arrest")));
        const Draft open = f.openDraft(chile.id);
        CHECK(f.library->precedentHtml(open.id).code() == ErrorCode::NotAllowed);
        CHECK(f.library->precedentHtml(987654).code() == ErrorCode::NotFound);
    }
}

TEST_CASE("reusing a precedent is recorded on both timelines, never its text", "[library][precedents]")
{
    LibraryFixture f;
    const queries::Query source = f.queryIn(
        "CL", Confidentiality::StrictlyConfidential, "police_custody", QStringLiteral("Custody safeguards"));
    const Draft sent = f.sentDraft(
        source.id, QStringLiteral("Custody answer"), QStringLiteral("Safeguards start at the moment of arrest."));
    const queries::Query target = f.create();
    const Draft draft = f.openDraft(target.id);
    const std::size_t sourceBefore = f.draftEntries(source.id).size();
    const int targetVersion = f.get(target.id).version;

    ok(f.library->recordReuse(sent.id, draft.id));

    const auto targetEntries = f.draftEntries(target.id);
    const auto sourceEntries = f.draftEntries(source.id);
    REQUIRE(sourceEntries.size() == sourceBefore + 1);
    const casefile::TimelineEntry& onTarget = targetEntries.back();
    const casefile::TimelineEntry& onSource = sourceEntries.back();
    CHECK(onTarget.data.value(QStringLiteral("event")).toString() == QStringLiteral("reused"));
    CHECK(onTarget.data.value(QStringLiteral("from")).toString() == source.reference);
    CHECK(onTarget.data.value(QStringLiteral("confidentiality")).toString() == QStringLiteral("strictly_confidential"));
    CHECK(onTarget.source == casefile::TimelineSource { QStringLiteral("draft"), draft.id });
    CHECK(onTarget.adviserId == f.adviserId);
    CHECK(onTarget.summary.contains(QStringLiteral("Strictly confidential")));
    CHECK(onSource.data.value(QStringLiteral("event")).toString() == QStringLiteral("reused"));
    CHECK(onSource.data.value(QStringLiteral("to")).toString() == target.reference);
    CHECK(onSource.source == casefile::TimelineSource { QStringLiteral("draft"), sent.id });
    for (const auto* entry : { &onTarget, &onSource }) {
        CHECK_FALSE(entry->summary.contains(QStringLiteral("arrest")));
        CHECK(entry->body.isEmpty());
        CHECK_FALSE(QJsonDocument(entry->data).toJson().contains("arrest"));
    }
    // The target query changed (its timeline grew); the source only has an entry.
    CHECK(f.get(target.id).version > targetVersion);

    SECTION("within one query: one entry")
    {
        const Draft sameQuery = f.openDraft(source.id);
        const std::size_t before = f.draftEntries(source.id).size();
        ok(f.library->recordReuse(sent.id, sameQuery.id));
        CHECK(f.draftEntries(source.id).size() == before + 1);
    }
    SECTION("refused: an unsent source, a sent target, the same draft, unknown drafts")
    {
        const qint64 entries = f.rows("timeline");
        CHECK(f.library->recordReuse(draft.id, sent.id).code() == ErrorCode::NotAllowed); // unsent source
        const Draft other = f.sentDraft(target.id, QStringLiteral("Sent"), QStringLiteral("Sent text."));
        const qint64 afterSending = f.rows("timeline");
        CHECK(f.library->recordReuse(sent.id, other.id).code() == ErrorCode::NotAllowed); // locked target
        CHECK(f.library->recordReuse(sent.id, sent.id).code() == ErrorCode::InvalidInput);
        CHECK(f.library->recordReuse(987654, draft.id).code() == ErrorCode::NotFound);
        CHECK(f.library->recordReuse(sent.id, 987654).code() == ErrorCode::NotFound);
        CHECK(f.rows("timeline") == afterSending);
        CHECK(afterSending > entries);
    }
}

// --- spelling dictionary

TEST_CASE("the vault's spelling dictionary keeps words per language", "[library][dictionary]")
{
    LibraryFixture f;
    int changed = 0;
    QObject::connect(f.library, &LibraryService::dictionaryChanged,
        [&changed](DraftLanguage language) { changed += language == DraftLanguage::French ? 1 : 100; });
    ok(f.library->addDictionaryWord(DraftLanguage::French, QStringLiteral(" CTI ")));
    ok(f.library->addDictionaryWord(DraftLanguage::French, QStringLiteral("Ouagadougou")));
    // Decomposed accents are the same word as composed ones; adding twice is fine.
    ok(f.library->addDictionaryWord(DraftLanguage::French, QStringLiteral("e\u0301tatique")));
    ok(f.library->addDictionaryWord(DraftLanguage::French, QStringLiteral("\u00e9tatique")));
    CHECK(changed == 3);
    CHECK(f.library->dictionaryWords(DraftLanguage::French)
        == QStringList { QStringLiteral("CTI"), QStringLiteral("\u00e9tatique"), QStringLiteral("Ouagadougou") });
    CHECK(f.library->dictionaryWords(DraftLanguage::English).isEmpty());
    CHECK(f.c().queryInt("SELECT added_by FROM spelling_words LIMIT 1") == f.adviserId);

    const qint64 before = f.rows("spelling_words");
    for (const QString& bad : { QStringLiteral(""), QStringLiteral("   "), QStringLiteral("two words"),
             QStringLiteral("tab\tword"), QString(LibraryLimits::Word + 1, QLatin1Char('w')) }) {
        const auto result = f.library->addDictionaryWord(DraftLanguage::English, bad);
        CHECK(result.code() == ErrorCode::InvalidInput);
    }
    CHECK(f.rows("spelling_words") == before);
    CHECK(changed == 3);

    ok(f.library->removeDictionaryWord(DraftLanguage::French, QStringLiteral("CTI")));
    CHECK(f.library->dictionaryWords(DraftLanguage::French)
        == QStringList { QStringLiteral("\u00e9tatique"), QStringLiteral("Ouagadougou") });
    CHECK(f.library->removeDictionaryWord(DraftLanguage::French, QStringLiteral("CTI")).code() == ErrorCode::NotFound);
    CHECK(changed == 4);
}

TEST_CASE("a precedent's snippet is the sent text around the first word searched", "[library][precedents]")
{
    LibraryFixture f;
    const queries::Query q = f.create();
    QString text;
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("Opening paragraph word %1. ").arg(i);
    text += QStringLiteral("The \u00c9tat shall ensure prompt and impartial investigation. ");
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("Closing paragraph word %1. ").arg(i);
    const Draft sent = f.sentDraft(q.id, QStringLiteral("Long answer"), text);
    PrecedentFilter filter;
    filter.text = QStringLiteral("etat impartial");
    const auto found = ok(f.library->searchPrecedents(filter));
    REQUIRE(found.size() == 1);
    CHECK(found.front().draftId == sent.id);
    const QString& snippet = found.front().snippet;
    CHECK(snippet.startsWith(QChar(0x2026)));
    CHECK(snippet.endsWith(QChar(0x2026)));
    CHECK(snippet.contains(QStringLiteral("The \u00c9tat shall ensure prompt and impartial investigation.")));
    CHECK(snippet.size() <= 245);
    // Without words: the beginning of the text.
    const auto all = ok(f.library->searchPrecedents({}));
    REQUIRE(all.size() == 1);
    CHECK(all.front().snippet.startsWith(QStringLiteral("Opening paragraph word 0.")));
    CHECK(all.front().snippet.endsWith(QChar(0x2026)));
}

} // namespace library_test
