// advicehub-bench-print: how the print renderer (documents/print, issue 13) performs — a briefing
// pack of 100 sections (each: 10 fields, a one-page request, a 5-row table, a two-page response)
// and a one-section case summary rendered to PDF bytes, each against Qt's own
// QTextDocument::print of the same body HTML (no header, footer or copy numbers) as the baseline;
// and the peak memory of a 1,000-section pack. Documents are built by hand for those rows. Then the
// rows through the product's path: a vault of 100 fictional queries (each with a one-page request,
// 5 timeline entries, a referral and a two-page sent response), its briefing pack under the
// briefing profile built by core/printing's PrintService, rendered and saved with savePdf (0600,
// recorded), and one case summary the same way, each against the renderer alone on the same
// model; the desktop's print preview of that pack (ui/printing) against the same renderer alone; and
// the peak memory of a 1,000-query pack from a vault. Not a test: it prints tables
// (docs/PERFORMANCE.md has the numbers and the command).

#include "BenchSupport.h"

#include "advisers/AdviserService.h"
#include "common/Clock.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "drafts/DraftService.h"
#include "partners/PartnerService.h"
#include "print/PrintRenderer.h"
#include "printing/PrintController.h"
#include "printing/PrintPreviewDialog.h"
#include "printing/PrintService.h"
#include "queries/QueryService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace advicehub;
using namespace advicehub::bench;
using namespace advicehub::printing;
using advicehub::Session;
using advicehub::documents::PrintRenderer;

namespace {

// About `words` words of plain text in paragraphs of 60 (a page of body text is about 500).
QString textOf(int words, int seed)
{
    static const char* const vocabulary[] = { "the", "State", "party", "Committee", "against", "Torture", "Convention",
        "national", "preventive", "mechanism", "report", "article", "implementation", "legislation", "criminal", "code",
        "detention", "custody", "safeguards", "access", "lawyer", "Côte", "d'Ivoire", "réponse", "of", "and", "to",
        "in", "for", "with", "on", "by" };
    const int n = static_cast<int>(std::size(vocabulary));
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += (i % 60 == 0) ? QLatin1Char('\n') : QLatin1Char(' ');
        text += QString::fromUtf8(vocabulary[(i * 7 + seed) % n]);
    }
    return text;
}

PrintTable tableOf(int rows, int seed)
{
    PrintTable table;
    table.header = { QStringLiteral("Date"), QStringLiteral("Action"), QStringLiteral("By") };
    for (int i = 0; i < rows; ++i)
        table.rows.push_back({ QStringLiteral("2026-03-%1").arg(i + 1, 2, 10, QLatin1Char('0')), textOf(8, seed + i),
            QStringLiteral("Adviser") });
    return table;
}

PrintSection sectionOf(int n)
{
    PrintSection section;
    section.queryId = n;
    section.heading = QStringLiteral("AH-2026-%1 — Custody registers").arg(n, 4, 10, QLatin1Char('0'));
    for (int f = 0; f < 10; ++f)
        section.fields.push_back({ QStringLiteral("Field %1").arg(f), textOf(3, n + f) });
    section.parts.push_back({ QStringLiteral("Request in brief"), textOf(500, n), std::nullopt, QString() });
    section.parts.push_back({ QStringLiteral("Actions taken"), QString(), tableOf(5, n), QString() });
    section.parts.push_back({ QStringLiteral("Response"), textOf(1000, n + 1), std::nullopt, QString() });
    return section;
}

PrintDocument packOf(int sections)
{
    PrintDocument document;
    document.kind = sections == 1 ? DocumentKind::CaseSummary : DocumentKind::BriefingPack;
    document.profile = Profile::Briefing;
    document.profileLabel = QStringLiteral("Core State briefing");
    document.marking = QStringLiteral("CONFIDENTIAL");
    document.title = sections == 1 ? QStringLiteral("Case summary") : QStringLiteral("Briefing pack");
    document.watermark = QStringLiteral("CONFIDENTIAL");
    if (sections > 1) {
        document.cover = { QStringLiteral("Prepared for: Core States"), QStringLiteral("14 March 2026") };
        PrintTable summary;
        summary.header = { QStringLiteral("Reference"), QStringLiteral("Region"), QStringLiteral("Status") };
        for (int i = 1; i <= sections; ++i)
            summary.rows.push_back({ QStringLiteral("AH-2026-%1").arg(i, 4, 10, QLatin1Char('0')),
                QStringLiteral("Africa"), QStringLiteral("Open") });
        document.summaryTable = summary;
    }
    for (int i = 1; i <= sections; ++i)
        document.sections.push_back(sectionOf(i));
    document.metadataTitle = QStringLiteral("Advice Hub — Briefing pack");
    return document;
}

QByteArray rendered(const PrintRenderer& renderer)
{
    return must(renderer.pdf(), "render");
}

// The baseline: Qt's QTextDocument::print of the same body, on the same writer.
QByteArray qtPrinted(const QString& html)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    return bytes;
}

qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field)) + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// ---- Through the vault: PrintService builds the model, PrintRenderer renders it, savePdf saves it.

QString paragraphsHtml(const QString& text)
{
    QString html;
    for (const QString& paragraph : text.split(QLatin1Char('\n')))
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    return html;
}

// A vault (insecure testing key derivation) of `count` fictional queries, each with a one-page
// request (500 words), 5 timeline entries, a referral and a two-page (1,000-word) response,
// cleared by a head and marked sent; every tenth strictly confidential. All through the services.
std::unique_ptr<Session> demoVault(const QString& path, int count, QList<qint64>* ids)
{
    static const SystemClock clock;
    QFile::remove(path);
    auto vault = must(Vault::create(path, crypto::SecureBuffer::fromPassphrase(QStringLiteral("bench only 2026")),
                          crypto::KdfProfile::insecureTesting()),
        "creating a vault");
    auto session = must(Session::open(std::move(vault), clock), "opening a session");
    const qint64 author = must(session->advisers().add(QStringLiteral("Bench Author")), "adding an adviser").id;
    const qint64 head
        = must(session->advisers().add(QStringLiteral("Bench Head"), advisers::Role::Head), "adding a head").id;
    must(session->reloadReferenceData(), "reloading the reference data");
    must(session->setCurrentAdviser(author), "choosing the adviser");
    const auto& lookup = session->lookup();
    const auto* email = lookup.findChannel(QStringLiteral("email"));
    const auto* theme = lookup.findTheme(QStringLiteral("police_custody"));
    if (!email || !theme)
        die(QStringLiteral("The reference data has no e-mail channel or police custody theme."));
    std::vector<qint64> states;
    for (const char* iso : { "GH", "FR", "CL", "MX", "SN", "PH", "TN", "NZ" }) {
        if (const auto* state = lookup.findState(QString::fromLatin1(iso)))
            states.push_back(state->id);
    }
    partners::PartnerInput partner;
    partner.name = QStringLiteral("Geneva Detention Forum");
    const qint64 partnerId = must(session->partners().create(partner), "adding a partner").id;
    const QDate received = QDate::currentDate().addDays(-30);
    for (int i = 0; i < count; ++i) {
        if (i % 100 == 0)
            std::fprintf(stderr, "  query %d of %d...\n", i + 1, count);
        queries::QueryInput in;
        in.receivedOn = received;
        in.channelId = email->id;
        in.stateId = states[static_cast<std::size_t>(i) % states.size()];
        in.institution = QStringLiteral("Ministry of Justice");
        in.contact = { QStringLiteral("Kofi Marrowby"), QStringLiteral("Legal adviser"),
            QStringLiteral("k.marrowby@example.org"), QStringLiteral("+233 30 000 0000") };
        in.subject = QStringLiteral("Custody registers %1").arg(i + 1);
        in.requestText = textOf(500, i);
        in.themeIds = { theme->id };
        in.confidentiality
            = i % 10 == 9 ? queries::Confidentiality::StrictlyConfidential : queries::Confidentiality::Confidential;
        const queries::Query query = must(session->queries().create(in), "adding a query");
        ids->append(query.id);
        for (int e = 0; e < 5; ++e) {
            queries::NewEntry entry;
            entry.kind = e % 2 == 0 ? queries::EntryKind::Call : queries::EntryKind::Note;
            entry.summary = QStringLiteral("Follow-up %1").arg(e + 1);
            entry.body = textOf(40, i + e);
            must(session->queries().addEntry(query.id, entry), "adding a timeline entry");
        }
        referrals::ReferralInput referral;
        referral.queryId = query.id;
        referral.partnerId = partnerId;
        referral.reason = QStringLiteral("Expertise on registers");
        referral.shared = { referrals::SharedField::Subject, referrals::SharedField::Themes };
        must(session->referrals().propose(referral), "proposing a referral");
        drafts::DraftInput draft;
        draft.queryId = query.id;
        draft.title = QStringLiteral("Answer");
        draft.html = paragraphsHtml(textOf(1000, i + 1));
        drafts::Draft d = must(session->drafts().create(draft), "adding a draft");
        d = must(session->drafts().submit(d.id, {}, d.version), "submitting the draft");
        must(session->setCurrentAdviser(head), "choosing the head");
        d = must(session->drafts().clear(d.id, QStringLiteral("Fine."), d.version), "clearing the draft");
        must(session->setCurrentAdviser(author), "choosing the adviser");
        drafts::SendInput send;
        send.channelId = email->id;
        must(session->drafts().markSent(d.id, send, d.version), "marking the draft sent");
    }
    return session;
}

// The pack of `large` queries from a vault, once: its time by part and the process's peak memory
// (VmHWM, reset once the vault is made) against the 300 MiB target. Returns whether it was met.
bool largeVaultPack(const QString& dir, int large)
{
    std::fprintf(stderr, "Creating a vault of %d fictional queries...\n", large);
    QList<qint64> ids;
    std::unique_ptr<Session> session
        = demoVault(QDir(dir).filePath(QStringLiteral("bench-print-large.ahv")), large, &ids);
    std::fprintf(stderr, "Its pack, once...\n");
    const bool reset = resetPeak();
    const qint64 start = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    double modelMs = 0;
    double renderMs = 0;
    qsizetype size = 0;
    {
        BriefingOptions options;
        options.queryIds = ids;
        options.profile = Profile::Briefing;
        const PrintDocument pack = must(session->printing().briefingPack(options), "the large pack's model");
        modelMs = elapsedMs(timer);
        // As the application and the CLI save: rendered straight into the file being written.
        timer.restart();
        const PrintRenderer renderer(pack);
        const QString pdfPath = QDir(dir).filePath(QStringLiteral("bench-pack-large.pdf"));
        must(session->printing().savePdf(
                 { pack }, pdfPath, true, [&renderer](QFileDevice& file) { return renderer.writePdf(file); }),
            "rendering and saving the large pack");
        renderMs = elapsedMs(timer);
        size = QFileInfo(pdfPath).size();
    }
    const qint64 peak = statusKiB("VmHWM:");
    const double peakMiB = static_cast<double>(peak) / 1024;
    out() << "\n| operation | model (PrintService) | PDF rendered into the file and recorded | record | PDF size | "
             "peak RSS of the "
             "process | peak above the start | target |\n"
          << "|---|---|---|---|---|---|---|---|\n"
          << "| briefing pack of " << large << " queries from the vault | " << number(modelMs / 1000, 1) << " s | "
          << number(renderMs / 1000, 1) << " s | (included) | " << number(static_cast<double>(size) / 1e6, 1)
          << " MB | " << (reset ? number(peakMiB, 0) + QStringLiteral(" MiB") : QStringLiteral("n/a (no clear_refs)"))
          << " | "
          << (reset ? number(static_cast<double>(peak - start) / 1024, 0) + QStringLiteral(" MiB")
                    : QStringLiteral("n/a"))
          << " | <= 300 MiB |\n";
    out().flush();
    return !reset || peakMiB <= 300;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("advicehub-bench-print"));
    setProgramName("advicehub-bench-print");

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks Advice Hub's print renderer; prints a table."));
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each operation (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption largeOption(QStringLiteral("large"),
        QStringLiteral("Sections of the pack whose peak memory is measured (default 1000)."), QStringLiteral("N"),
        QStringLiteral("1000"));
    QCommandLineOption pdfOption(QStringLiteral("pdf"),
        QStringLiteral("Also write the 100-section pack to FILE, to look at."), QStringLiteral("FILE"));
    QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Where to create the demo vault and the PDFs (default: a temporary folder)."),
        QStringLiteral("DIR"));
    QCommandLineOption rendererOnlyOption(
        QStringLiteral("renderer-only"), QStringLiteral("Only the hand-built rows (no vault, no PrintService)."));
    QCommandLineOption largeVaultOnlyOption(QStringLiteral("large-vault-only"),
        QStringLiteral("Only the pack of --large queries from a vault, in a fresh process (its peak memory is then "
                       "not the earlier rows')."));
    parser.addOptions({ runsOption, largeOption, pdfOption, dirOption, rendererOnlyOption, largeVaultOnlyOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int large = std::max(1, parser.value(largeOption).toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    if (parser.isSet(largeVaultOnlyOption))
        return largeVaultPack(dir, large) ? 0 : 2;

    Table table;
    int packPages = 0;
    {
        std::fprintf(stderr, "A 100-section pack (%d runs)...\n", runs);
        const PrintDocument pack = packOf(100);
        const PrintRenderer renderer(pack);
        const QString html = PrintRenderer::bodyHtml(pack);
        table.measure(
            QStringLiteral("briefing pack of 100 sections to PDF bytes"), runs, 2000, [&] { rendered(renderer); },
            QStringLiteral("QTextDocument::print, same body"), [&] { qtPrinted(html); });
        // The page count, for the table's note.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        packPages = must(renderer.paint(writer), "paint");
        if (parser.isSet(pdfOption)) {
            QFile file(parser.value(pdfOption));
            if (!file.open(QIODevice::WriteOnly) || file.write(rendered(renderer)) < 0)
                die(QStringLiteral("Could not write %1.").arg(parser.value(pdfOption)));
        }
    }
    {
        std::fprintf(stderr, "A case summary (%d runs)...\n", runs);
        const PrintDocument summary = packOf(1);
        const PrintRenderer renderer(summary);
        const QString html = PrintRenderer::bodyHtml(summary);
        table.measure(
            QStringLiteral("case summary (1 section) to PDF bytes"), runs * 4, 100, [&] { rendered(renderer); },
            QStringLiteral("QTextDocument::print, same body"), [&] { qtPrinted(html); });
    }
    bool met = table.print(QStringLiteral("Print renderer"));
    out() << "\nThe 100-section pack is " << packPages << " A4 pages.\n";

    // Peak memory of a large pack: the model, its HTML, one laid-out copy and the PDF bytes.
    std::fprintf(stderr, "A %d-section pack, once...\n", large);
    const bool peakPerRun = resetPeak();
    const qint64 before = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    qsizetype size = 0;
    {
        const PrintRenderer renderer(packOf(large));
        size = rendered(renderer).size();
    }
    const double ms = elapsedMs(timer);
    const qint64 peak = statusKiB("VmHWM:");
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out() << "\n| operation | time | PDF size | peak RSS of the process | peak above the start |\n"
          << "|---|---|---|---|---|\n"
          << "| briefing pack of " << large << " sections to PDF bytes | " << number(ms / 1000, 1) << " s | "
          << number(static_cast<double>(size) / 1e6, 1) << " MB | "
          << number(static_cast<double>(peakPerRun ? peak : usage.ru_maxrss) / 1024, 0) << " MiB | "
          << (peakPerRun ? number(static_cast<double>(peak - before) / 1024, 0) + QStringLiteral(" MiB")
                         : QStringLiteral("n/a (no clear_refs)"))
          << " |\n";
    out().flush();
    if (parser.isSet(rendererOnlyOption))
        return met ? 0 : 2;

    // Through the vault.
    const QString pdfPath = QDir(dir).filePath(QStringLiteral("bench-pack.pdf"));
    QList<qint64> ids;
    std::fprintf(stderr, "Creating a vault of 100 fictional queries (INSECURE testing key derivation)...\n");
    timer.restart();
    std::unique_ptr<Session> session = demoVault(QDir(dir).filePath(QStringLiteral("bench-print.ahv")), 100, &ids);
    out() << "\nThe demo vault of 100 queries took " << number(elapsedMs(timer) / 1000, 1) << " s to create.\n";
    PrintService& printing = session->printing();
    Table service;
    int servicePages = 0;
    int previewPages = 0;
    int shownPdfPages = 0;
    {
        std::fprintf(stderr, "The vault's 100-query pack (%d runs)...\n", runs);
        BriefingOptions options;
        options.queryIds = ids;
        options.profile = Profile::Briefing;
        options.preparedFor = QStringLiteral("Core States");
        options.watermark = QStringLiteral("CONFIDENTIAL");
        const PrintDocument model = must(printing.briefingPack(options), "the pack's model");
        const PrintRenderer modelRenderer(model);
        service.measure(
            QStringLiteral("briefing pack of 100 queries: model, PDF, saved and recorded"), runs, 2000,
            [&] {
                const PrintDocument pack = must(printing.briefingPack(options), "the pack's model");
                const QByteArray pdf = rendered(PrintRenderer(pack));
                must(printing.savePdf({ pack }, pdfPath, true, pdf), "saving the pack");
            },
            QStringLiteral("the renderer alone, same model"), [&] { rendered(modelRenderer); });
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        servicePages = must(modelRenderer.paint(writer), "paint");

        // The desktop's Print Preview of the same pack (Briefing Pack… ▸ Preview…): the model
        // built, every page laid out and recorded by QPrintPreviewWidget, the dialog shown with
        // its first page.
        std::fprintf(stderr, "The print preview of the vault's 100-query pack (%d runs)...\n", runs);
        QWidget owner;
        ui::AppSettings settings;
        ui::PrintController controller(*session, settings, owner);
        // A4 like the PDF above (the desktop's default follows the locale: Letter under "C").
        controller.setPageSize(QPageSize::A4);
        service.measure(
            QStringLiteral("print preview of the 100-query pack: model, pages laid out, dialog shown"), runs, 2000,
            [&] {
                ui::PrintPreviewDialog* preview = controller.preview(
                    [&] { return ui::PrintController::copiesOf(printing.briefingPack(options)); }, &owner);
                if (!preview || preview->pageCount() < 1)
                    die(QStringLiteral("the preview does not show the pack's pages"));
                previewPages = preview->pageCount();
                QCoreApplication::processEvents();
                delete preview;
            },
            QStringLiteral("the renderer alone, same model"), [&] { rendered(modelRenderer); });
        // The PDF of the model the preview showed last (each saved pack above added a print entry
        // to every query's timeline, so the pack has grown since servicePages was counted).
        const std::vector<PrintDocument> shown
            = must(ui::PrintController::copiesOf(printing.briefingPack(options)), "the pack's copies");
        QByteArray shownBytes;
        QBuffer shownBuffer(&shownBytes);
        shownBuffer.open(QIODevice::WriteOnly);
        QPdfWriter shownWriter(&shownBuffer);
        shownPdfPages = must(PrintRenderer(shown).paint(shownWriter), "paint");
    }
    {
        std::fprintf(stderr, "A case summary from the vault (%d runs)...\n", runs * 4);
        const qint64 id = ids.value(ids.size() / 2);
        const PrintDocument model = must(printing.caseSummary(id, Profile::Briefing), "the summary's model");
        const PrintRenderer modelRenderer(model);
        const QString path = QDir(dir).filePath(QStringLiteral("bench-summary.pdf"));
        service.measure(
            QStringLiteral("case summary: model, PDF, saved and recorded"), runs * 4, 100,
            [&] {
                const PrintDocument summary = must(printing.caseSummary(id, Profile::Briefing), "the summary");
                const QByteArray pdf = rendered(PrintRenderer(summary));
                must(printing.savePdf({ summary }, path, true, pdf), "saving the summary");
            },
            QStringLiteral("the renderer alone, same model"), [&] { rendered(modelRenderer); });
    }
    met = service.print(QStringLiteral("Printing through the vault (PrintService, briefing profile)")) && met;
    // The preview lays the pages out at the PDF's resolution and paints them at the screen's:
    // the same pages as the PDF of the same model.
    out() << "\nThe vault's 100-query pack is " << servicePages << " A4 pages. After the runs above (each saved pack"
          << " adds a print entry to every query's timeline) the preview showed " << previewPages
          << " pages; the PDF of that same pack has " << shownPdfPages << ".\n";
    out().flush();
    session.reset();

    met = largeVaultPack(dir, large) && met;
    return met ? 0 : 2;
}
