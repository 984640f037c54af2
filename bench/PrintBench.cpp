// advicehub-bench-print: how the print renderer (documents/print, issue 13) performs — a briefing
// pack of 100 sections (each: 10 fields, a one-page request, a 5-row table, a two-page response)
// and a one-section case summary rendered to PDF bytes, each against Qt's own
// QTextDocument::print of the same body HTML (no header, footer or copy numbers) as the baseline;
// and the peak memory of a 1,000-section pack. Documents are built by hand here; the rows through
// PrintService (the vault, the profiles) come with the service. Not a test: it prints a table
// (docs/PERFORMANCE.md has the numbers and the command).

#include "BenchSupport.h"

#include "print/PrintRenderer.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace advicehub;
using namespace advicehub::bench;
using namespace advicehub::printing;
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

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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
    parser.addOptions({ runsOption, largeOption, pdfOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int large = std::max(1, parser.value(largeOption).toInt());

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
    const bool met = table.print(QStringLiteral("Print renderer"));
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
    return met ? 0 : 2;
}
