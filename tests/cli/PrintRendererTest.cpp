// The print renderer (documents/print/PrintRenderer, issue 13): documents built here by hand (the
// core's PrintService builds them in the product) rendered to PDF and read back with poppler's
// tools, as a reader of the file would: pdftotext (page by page), pdfinfo (page size, metadata),
// pdffonts (embedded fonts) and pdftoppm (the page as an image, to see glyphs rather than boxes).
// Runs in test_print, whose main starts a QGuiApplication on the offscreen platform (a QPdfWriter
// needs one for its fonts), as advicehub-cli does for printing.
#include "print/PrintRenderer.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <iostream>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace print_renderer_test {

using namespace advicehub;
using namespace advicehub::printing;
using advicehub::documents::PageSetup;
using advicehub::documents::PrintRenderer;

namespace {

// The poppler tools read the PDFs back (scripts/install-deps installs them). Without them a test
// case cannot check anything: it says so and exits with 77, which ctest reports as skipped.
void requirePoppler()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        return;
    std::fprintf(stderr, "SKIPPED: pdftotext and pdfinfo (poppler-utils) are not installed\n");
    std::exit(77);
}

// A program's standard output (UTF-8); the test fails if it does not exit with 0.
QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

// Text as poppler gives it back, comparable with what went in: NFKC (poppler gives Arabic partly as
// presentation forms), without bidi controls (it wraps right-to-left runs in them), spaces folded.
QString comparable(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression controls(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    out.remove(controls);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    out.replace(spaces, QStringLiteral(" "));
    return out;
}

// A PDF written to a private folder, read back with the poppler tools.
class PdfFile {
public:
    explicit PdfFile(const QByteArray& bytes)
    {
        REQUIRE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("printed.pdf"));
        QFile file(m_path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
    }
    const QString& path() const { return m_path; }

    QString text() const
    {
        return comparable(QString::fromUtf8(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_path, QStringLiteral("-") })));
    }
    QString pageText(int page) const
    {
        return comparable(QString::fromUtf8(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
                QStringLiteral("-l"), QString::number(page), m_path, QStringLiteral("-") })));
    }
    // The words of page `page` whose boxes lie between `top` and `bottom` points from the top of
    // the page, sorted.
    QStringList wordsBetween(int page, double top, double bottom) const
    {
        const QString boxes = QString::fromUtf8(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-bbox"), QStringLiteral("-f"),
                QString::number(page), QStringLiteral("-l"), QString::number(page), m_path, QStringLiteral("-") }));
        static const QRegularExpression word(QStringLiteral(
            "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        QStringList words;
        for (const QRegularExpressionMatch& match : word.globalMatch(boxes)) {
            if (match.captured(1).toDouble() >= top && match.captured(2).toDouble() <= bottom)
                words << comparable(match.captured(3));
        }
        words.sort();
        return words;
    }
    // The words between the header and the footer bands of an A4 page with the default margins
    // (the body runs from about 84 to 758 points from the top).
    QStringList bodyWords(int page) const { return wordsBetween(page, 80, 766); }
    QString info(const QStringList& options = {}) const
    {
        return QString::fromUtf8(run(QStringLiteral("pdfinfo"), options + QStringList { m_path }));
    }
    int pages() const
    {
        static const QRegularExpression pagesLine(
            QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = pagesLine.match(info());
        REQUIRE(match.hasMatch());
        return match.captured(1).toInt();
    }
    // Page `page` as a greyscale image (PGM bytes) at `dpi`.
    QByteArray raster(int page, int dpi) const
    {
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-gray"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"),
                m_path, prefix });
        QFile image(prefix + QStringLiteral(".pgm"));
        REQUIRE(image.open(QIODevice::ReadOnly));
        return image.readAll();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QByteArray pdfOf(const PrintRenderer& renderer, const PageSetup& setup = {})
{
    const Result<QByteArray> bytes = renderer.pdf(setup);
    INFO((bytes ? std::string() : bytes.error().message.toStdString()));
    REQUIRE(bytes.ok());
    REQUIRE(bytes->startsWith("%PDF-"));
    return *bytes;
}

QString paragraphOf(int words, const QString& tag)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << (i % 17 == 0 ? tag : QStringLiteral("word%1").arg(i % 13));
    return out.join(QLatin1Char(' '));
}

PrintTable tableOf(int rows, const QString& tag)
{
    PrintTable table;
    table.header = { tag + QStringLiteral("-Column-One"), QStringLiteral("Status"), QStringLiteral("Due") };
    for (int i = 0; i < rows; ++i)
        table.rows.push_back(
            { QStringLiteral("%1-row-%2").arg(tag).arg(i), QStringLiteral("open"), QStringLiteral("2026-03-14") });
    return table;
}

PrintSection sectionOf(int n)
{
    PrintSection section;
    section.queryId = n;
    section.heading = QStringLiteral("AH-2026-%1 — Heading%2").arg(n, 4, 10, QLatin1Char('0')).arg(n);
    for (int f = 0; f < 10; ++f)
        section.fields.push_back({ QStringLiteral("Label%1").arg(f), QStringLiteral("FieldValue%1x%2").arg(n).arg(f) });
    PrintPart request;
    request.title = QStringLiteral("Request in brief");
    request.text = paragraphOf(120, QStringLiteral("Request%1").arg(n)) + QStringLiteral("\n")
        + paragraphOf(120, QStringLiteral("Second%1").arg(n));
    section.parts.push_back(request);
    PrintPart actions;
    actions.title = QStringLiteral("Actions taken");
    actions.table = tableOf(5, QStringLiteral("Actions%1").arg(n));
    section.parts.push_back(actions);
    PrintPart response;
    response.title = QStringLiteral("Response");
    response.text = paragraphOf(300, QStringLiteral("Response%1").arg(n));
    response.stamp = QStringLiteral("DRAFT");
    section.parts.push_back(response);
    return section;
}

PrintDocument packOf(int sections)
{
    PrintDocument document;
    document.kind = DocumentKind::BriefingPack;
    document.profile = Profile::Briefing;
    document.profileLabel = QStringLiteral("Core State briefing");
    document.marking = QStringLiteral("CONFIDENTIAL");
    document.title = QStringLiteral("Briefing pack");
    document.subtitle = QStringLiteral("1 January 2026 to 31 March 2026");
    document.date = QDate(2026, 3, 14);
    document.preparedFor = QStringLiteral("Core States group");
    document.cover = { QStringLiteral("Prepared for: Core States group"), QStringLiteral("14 March 2026") };
    PrintTable counts;
    counts.header = { QStringLiteral("Region"), QStringLiteral("Queries") };
    counts.rows
        = { { QStringLiteral("Africa"), QStringLiteral("< 3") }, { QStringLiteral("Americas"), QStringLiteral("7") } };
    document.countsTable = counts;
    document.summaryTable = tableOf(sections, QStringLiteral("Summary"));
    for (int i = 1; i <= sections; ++i)
        document.sections.push_back(sectionOf(i));
    document.suggestedFileName = QStringLiteral("briefing-2026-03-14.pdf");
    document.metadataTitle = QStringLiteral("Advice Hub — Briefing pack");
    return document;
}

// One section's strings, as the text layer must hold them.
QStringList stringsOf(const PrintSection& section)
{
    QStringList strings { section.heading };
    for (const PrintField& field : section.fields)
        strings << field.label << field.value;
    for (const PrintPart& part : section.parts) {
        strings << part.title;
        if (!part.stamp.isEmpty())
            strings << part.stamp;
        if (part.table) {
            strings << part.table->header;
            for (const QStringList& row : part.table->rows)
                strings << row;
        }
    }
    return strings;
}

} // namespace

TEST_CASE("a printed pack holds every section and names its marking and profile on every page", "[print]")
{
    requirePoppler(); // poppler-utils (scripts/packages.txt) is a test dependency
    const PrintDocument document = packOf(3);
    PrintRenderer renderer(document);
    const PdfFile pdf(pdfOf(renderer));
    const QString text = pdf.text();
    for (const PrintSection& section : document.sections) {
        for (const QString& string : stringsOf(section)) {
            INFO(string.toStdString());
            CHECK(text.contains(comparable(string)));
        }
        // The request's paragraphs, split at the newline, both there.
        CHECK(text.contains(QStringLiteral("Request%1 word1").arg(section.queryId)));
        CHECK(text.contains(QStringLiteral("Second%1 word1").arg(section.queryId)));
    }
    CHECK(text.contains(QStringLiteral("Prepared for: Core States group")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("<\\s?3")))); // poppler may drop the space

    const int pages = pdf.pages();
    CHECK(pages > 3); // the cover on a page of its own, and three sections of three pages' text
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString pageText = pdf.pageText(page);
        CHECK(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        CHECK(pageText.contains(QStringLiteral("CONFIDENTIAL")));
        CHECK(pageText.contains(QStringLiteral("Core State briefing")));
        CHECK_FALSE(pageText.contains(QStringLiteral("Copy ")));
    }
    // The cover is a page of its own: the first section starts after it.
    CHECK(pdf.pageText(1).contains(QStringLiteral("Prepared for: Core States group")));
    CHECK_FALSE(pdf.pageText(1).contains(QStringLiteral("Summary-Column-One")));
}

TEST_CASE("paint returns the number of pages it painted", "[print]")
{
    requirePoppler();
    PrintRenderer renderer(packOf(2));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    int painted = 0;
    {
        QPdfWriter writer(&buffer);
        const Result<int> pages = renderer.paint(writer);
        REQUIRE(pages.ok());
        painted = *pages;
    }
    buffer.close();
    const PdfFile pdf(bytes);
    CHECK(pdf.pages() == painted);
    // At the PDF writer's own resolution (1200 dpi) the page count is that of pdf() at 300 dpi.
    CHECK(PdfFile(pdfOf(renderer)).pages() == painted);
}

// The desktop application's preview and printing hand the renderer a QPrinter (QPrintPreviewDialog's):
// the same paint(), here with the printer writing a PDF at its high resolution.
TEST_CASE("paint works on a QPrinter as the preview and the print dialog pass it", "[print]")
{
    requirePoppler();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("printer.pdf"));
    PrintRenderer renderer(packOf(2));
    int painted = 0;
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        PageSetup letter;
        letter.size = QPageSize::Letter;
        const Result<int> pages = renderer.paint(printer, letter);
        REQUIRE(pages.ok());
        painted = *pages;
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const PdfFile pdf(file.readAll());
    CHECK(pdf.pages() == painted);
    CHECK(pdf.info().contains(QStringLiteral("(letter)")));
    CHECK(pdf.pageText(painted).contains(QStringLiteral("Page %1 of %1").arg(painted)));
    CHECK(pdf.text().contains(QStringLiteral("FieldValue2x9")));
}

// The preview's printer records pages at the screen's resolution, a printer prints at 600 or
// 1200 dpi, the PDF is 300 dpi: each page must hold the same text on all of them, or the
// preview would show breaks the PDF does not have.
TEST_CASE("the preview printer and a high-resolution printer break pages where the PDF does", "[print]")
{
    requirePoppler();
    PrintRenderer renderer(packOf(24));
    const PdfFile reference(pdfOf(renderer));
    const int pages = reference.pages();
    REQUIRE(pages >= 20);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QPrinter::PrinterMode mode : { QPrinter::ScreenResolution, QPrinter::HighResolution }) {
        const QString path = dir.filePath(QStringLiteral("printer-%1.pdf").arg(int(mode)));
        int painted = 0;
        int dpi = 0;
        {
            QPrinter printer(mode);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(path);
            dpi = printer.resolution();
            const Result<int> done = renderer.paint(printer);
            REQUIRE(done.ok());
            painted = *done;
        }
        INFO("printer at " << dpi << " dpi");
        CHECK(painted == pages);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const PdfFile printed(file.readAll());
        REQUIRE(printed.pages() == pages);
        // The same words in each page's body. The bands are left out: drawn in each device's own
        // pixels, they can sit a fraction of a point apart, which changes how pdftotext joins
        // their words with the body's.
        for (int page = 1; page <= pages; ++page) {
            INFO("page " << page);
            const QStringList words = reference.bodyWords(page);
            CHECK(words.size() >= 10);
            CHECK(printed.bodyWords(page) == words);
        }
    }
}

// QTextLayout::draw also draws the line just above the clip: a paragraph running across a page
// break left its earlier line, clipped but in the text layer, at the top of the next page.
TEST_CASE("no line of the page before hides above the body in the PDF's text", "[print]")
{
    requirePoppler();
    const PdfFile pdf(pdfOf(PrintRenderer(packOf(24))));
    const int pages = pdf.pages();
    REQUIRE(pages >= 20);
    // Above the body: the header band's words only (the marking and the profile).
    QStringList band { QStringLiteral("CONFIDENTIAL"), QStringLiteral("Core"), QStringLiteral("State"),
        QStringLiteral("briefing") };
    band.sort();
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(pdf.wordsBetween(page, 0, 82).join(QLatin1Char(' ')).toStdString()
            == band.join(QLatin1Char(' ')).toStdString());
    }
    // Each word of the sections' texts is there as often as in the model: none twice.
    const PrintDocument model = packOf(24);
    const QString text = pdf.text();
    for (const PrintSection& section : model.sections) {
        for (const PrintPart& part : section.parts) {
            if (part.text.isEmpty())
                continue;
            const QString tag = part.text.split(QLatin1Char(' ')).value(0);
            INFO("section " << section.queryId << ", " << part.title.toStdString() << ", " << tag.toStdString());
            const QRegularExpression whole(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(tag)));
            CHECK(text.count(whole) == part.text.count(whole));
        }
    }
}

TEST_CASE("a 200-row table breaks across pages with its header row on each page", "[print]")
{
    requirePoppler();
    PrintDocument document;
    document.profileLabel = QStringLiteral("Internal");
    document.marking = QStringLiteral("CONFIDENTIAL");
    document.title = QStringLiteral("Case summary");
    PrintSection section;
    section.heading = QStringLiteral("AH-2026-0042 — Long table");
    PrintPart part;
    part.title = QStringLiteral("Actions taken");
    part.table = tableOf(200, QStringLiteral("Tabled"));
    section.parts.push_back(part);
    document.sections.push_back(section);
    const PdfFile pdf(pdfOf(PrintRenderer(document)));
    const int pages = pdf.pages();
    REQUIRE(pages >= 3);
    const QString text = pdf.text();
    for (int row = 0; row < 200; ++row)
        CHECK(text.contains(QStringLiteral("Tabled-row-%1 ").arg(row)));
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString pageText = pdf.pageText(page);
        if (pageText.contains(QStringLiteral("Tabled-row-")))
            CHECK(pageText.count(QStringLiteral("Tabled-Column-One")) == 1);
    }
}

TEST_CASE("each copy starts on a new page with its own numbering and copy number", "[print]")
{
    requirePoppler();
    std::vector<PrintDocument> copies;
    for (int copy = 1; copy <= 3; ++copy) {
        PrintDocument document = packOf(1);
        document.copyNumber = copy;
        document.copyCount = 3;
        copies.push_back(document);
    }
    const PdfFile onePdf(pdfOf(PrintRenderer(packOf(1))));
    const int perCopy = onePdf.pages();
    const PdfFile pdf(pdfOf(PrintRenderer(copies)));
    REQUIRE(pdf.pages() == 3 * perCopy);
    for (int copy = 1; copy <= 3; ++copy) {
        for (int page = 1; page <= perCopy; ++page) {
            INFO("copy " << copy << " page " << page);
            const QString pageText = pdf.pageText((copy - 1) * perCopy + page);
            CHECK(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(perCopy)));
            CHECK(pageText.contains(QStringLiteral("Copy %1 of 3").arg(copy)));
        }
        // Each copy starts with its own cover.
        CHECK(pdf.pageText((copy - 1) * perCopy + 1).contains(QStringLiteral("Prepared for: Core States group")));
    }
}

// Arabic and accented Latin names: in the text layer, and drawn as glyphs. The glyph check renders
// the same page twice, once with the Arabic name and once with as many unassigned code points (no
// font has them: each is the .notdef box); if no Arabic font were found, the Arabic letters would
// be .notdef boxes too and the two pages would be the same image. Run once with the Arabic fonts
// and DejaVu rejected (FONTCONFIG_FILE with <rejectfont>), this test failed: the text layer lost
// the name and the letters other than alef rendered as the box.
TEST_CASE("Arabic and accented names print as text and as glyphs", "[print]")
{
    requirePoppler();
    const QString arabic = QStringLiteral("عبد الله");
    const QString accented = QStringLiteral("Zoë Bjørnstad-Łukasiewicz");
    const QString cyrillic = QStringLiteral("Наталья Кузнецова");
    QString boxes = arabic;
    for (QChar& c : boxes)
        if (!c.isSpace())
            c = QChar(0x0378); // unassigned in the Greek block: no font maps it
    const auto documentWith = [&](const QString& name) {
        PrintDocument document;
        document.profileLabel = QStringLiteral("Internal");
        document.marking = QStringLiteral("CONFIDENTIAL");
        document.title = name;
        PrintSection section;
        section.heading = QStringLiteral("AH-2026-0042 — Contact");
        section.fields = { { QStringLiteral("Contact"), name },
            { QStringLiteral("Adviser"), QStringLiteral("Ngozi Okonjo-Iweala") },
            { QStringLiteral("Second contact"), accented }, { QStringLiteral("Third contact"), cyrillic } };
        document.sections.push_back(section);
        return document;
    };
    const PdfFile named(pdfOf(PrintRenderer(documentWith(arabic))));
    const QString text = named.text();
    CHECK(text.contains(comparable(arabic)));
    CHECK(text.contains(QStringLiteral("Ngozi Okonjo-Iweala")));
    CHECK(text.contains(accented));
    CHECK(text.contains(cyrillic));

    // A font embedded for the Arabic name: one the same page without Arabic letters does not need.
    const PdfFile boxed(pdfOf(PrintRenderer(documentWith(boxes))));
    const auto fontsOf = [](const PdfFile& pdf) {
        QStringList fonts;
        const QStringList lines
            = QString::fromUtf8(run(QStringLiteral("pdffonts"), { pdf.path() })).split(QLatin1Char('\n'));
        for (const QString& line : lines.mid(2))
            if (!line.trimmed().isEmpty())
                fonts << line.simplified();
        return fonts;
    };
    const QStringList namedFonts = fontsOf(named);
    const QStringList boxedFonts = fontsOf(boxed);
    INFO(namedFonts.join(QLatin1Char('\n')).toStdString());
    QStringList arabicFonts;
    for (const QString& font : namedFonts)
        if (!boxedFonts.contains(font))
            arabicFonts << font;
    REQUIRE_FALSE(arabicFonts.isEmpty());
    for (const QString& font : arabicFonts)
        CHECK(font.contains(QStringLiteral(" Identity-H yes "))); // embedded
    const QByteArray namedImage = named.raster(1, 72);
    const QByteArray boxedImage = boxed.raster(1, 72);
    REQUIRE(namedImage.size() == boxedImage.size());
    const bool nameDrawn = namedImage != boxedImage; // a bool: Catch would print the images
    CHECK(nameDrawn);
    // Letter by letter too: a font with only some Arabic letters (Noto Sans Indic Siyaq Numbers has
    // the alef) makes the whole name differ from boxes while the other letters are still boxes.
    const QByteArray boxImage = PdfFile(pdfOf(PrintRenderer(documentWith(QString(QChar(0x0378)))))).raster(1, 72);
    QString letters;
    for (const QChar c : arabic)
        if (!c.isSpace() && !letters.contains(c))
            letters += c;
    for (const QChar c : letters) {
        INFO("U+" << QString::number(c.unicode(), 16).toStdString());
        const bool letterDrawn = PdfFile(pdfOf(PrintRenderer(documentWith(QString(c))))).raster(1, 72) != boxImage;
        CHECK(letterDrawn);
    }
}

TEST_CASE("the PDF's metadata names no case content", "[print]")
{
    requirePoppler();
    const QString marker = QStringLiteral("Qzxmarker");
    PrintDocument document = packOf(1);
    document.title = marker + QStringLiteral(" title");
    document.subtitle = marker + QStringLiteral(" subtitle");
    document.sections.front().heading = marker + QStringLiteral(" heading");
    document.preparedFor = marker;
    document.metadataTitle = QStringLiteral("Advice Hub — Briefing pack");
    const QByteArray bytes = pdfOf(PrintRenderer(document));
    const PdfFile pdf(bytes);
    CHECK(pdf.text().contains(marker)); // on the page…
    const QString info = pdf.info();
    CHECK_FALSE(info.contains(marker, Qt::CaseInsensitive)); // …never in the metadata
    CHECK(info.contains(QRegularExpression(
        QStringLiteral("^Title:\\s+Advice Hub — Briefing pack$"), QRegularExpression::MultilineOption)));
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("^Creator:\\s+Advice Hub$"), QRegularExpression::MultilineOption)));
    CHECK_FALSE(info.contains(QStringLiteral("Author:")));
    CHECK_FALSE(info.contains(QStringLiteral("Subject:")));
    CHECK_FALSE(info.contains(QStringLiteral("Keywords:")));
    const QString xmp = pdf.info({ QStringLiteral("-meta") });
    CHECK_FALSE(xmp.contains(marker, Qt::CaseInsensitive));
    // Nor anywhere in the file outside the compressed page content.
    CHECK_FALSE(bytes.contains(marker.toUtf8()));
}

TEST_CASE("a 200000-character value with markup bidi controls and emoji prints literally", "[print]")
{
    requirePoppler();
    QString huge;
    huge.reserve(210000);
    const QString piece = QStringLiteral("<b>x</b>&amp; عبد الله \u202Ereversed? 😀 Zoë ") + QChar(0x2069)
        + QChar(0x2067) + QStringLiteral("word ");
    while (huge.size() < 180000)
        huge += piece;
    huge += QString(20000, QLatin1Char('W')); // one word longer than a line
    REQUIRE(huge.size() >= 200000);

    PrintDocument document;
    document.profileLabel = QStringLiteral("Internal");
    document.marking = QStringLiteral("CONFIDENTIAL");
    document.title = QStringLiteral("Case summary");
    PrintSection section;
    section.heading = QStringLiteral("AH-2026-0042 — \u202Eflipped heading");
    section.fields
        = { { QStringLiteral("Subject"), huge }, { QStringLiteral("After"), QStringLiteral("AfterMarker42") } };
    PrintPart part;
    part.title = QStringLiteral("Request in brief");
    part.text = huge;
    section.parts.push_back(part);
    PrintPart next;
    next.title = QStringLiteral("Next steps");
    next.text = QStringLiteral("NextMarker43");
    section.parts.push_back(next);
    document.sections.push_back(section);

    const QString html = PrintRenderer::bodyHtml(document);
    CHECK(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;&amp;amp;")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>x</b>")));

    const PdfFile pdf(pdfOf(PrintRenderer(document)));
    const int pages = pdf.pages();
    CHECK(pages > 10);
    const QString text = pdf.text();
    CHECK(text.contains(QStringLiteral("<b>x</b>&amp;")));
    CHECK(text.contains(QStringLiteral("AfterMarker42")));
    CHECK(text.contains(QStringLiteral("NextMarker43")));
    CHECK(pdf.pageText(pages).contains(QStringLiteral("NextMarker43")));
    CHECK(pdf.pageText(pages).contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

// Each value is wrapped in a first-strong isolate (U+2068 … U+2069): an Arabic name or a stray RLO
// reorders only the value. A stray PDI inside the value is dropped (it would close our isolate
// early) and an isolate the value opens is closed inside ours.
TEST_CASE("user values are bidi-isolated in the body", "[print]")
{
    PrintDocument document;
    document.title = QStringLiteral("Case summary");
    PrintSection section;
    section.heading = QStringLiteral("Heading");
    section.fields
        = { { QStringLiteral("State"), QStringLiteral("a") + QChar(0x2069) + QChar(0x202E) + QStringLiteral("b") },
              { QStringLiteral("Name"), QChar(0x2067) + QStringLiteral("عبد الله") } };
    document.sections.push_back(section);
    const QString html = PrintRenderer::bodyHtml(document);
    const QString fsi(QChar(0x2068));
    const QString pdi(QChar(0x2069));
    CHECK(html.contains(fsi + QStringLiteral("a") + QChar(0x202E) + QStringLiteral("b") + pdi));
    CHECK(html.contains(fsi + QChar(0x2067) + QStringLiteral("عبد الله") + pdi + pdi));
    CHECK(html.contains(fsi + QStringLiteral("State") + pdi));
    CHECK(html.count(fsi) + html.count(QChar(0x2067)) == html.count(pdi));
}

TEST_CASE("pages are A4 or Letter as asked", "[print]")
{
    requirePoppler();
    const PrintRenderer renderer(packOf(1));
    PageSetup a4;
    a4.size = QPageSize::A4;
    PageSetup letter;
    letter.size = QPageSize::Letter;
    CHECK(PdfFile(pdfOf(renderer, a4)).info().contains(QStringLiteral("(A4)")));
    CHECK(PdfFile(pdfOf(renderer, letter)).info().contains(QStringLiteral("(letter)")));
    PageSetup legal;
    legal.size = QPageSize::Legal;
    CHECK_FALSE(renderer.pdf(legal).ok());
}

TEST_CASE("a letter prints its blocks and its sanitised body and may run right to left", "[print]")
{
    requirePoppler();
    PrintDocument document;
    document.kind = DocumentKind::DraftLetter;
    document.profileLabel = QStringLiteral("Internal");
    document.marking = QStringLiteral("CONFIDENTIAL");
    document.title = QStringLiteral("Response");
    PrintLetter letter;
    letter.letterhead = { QStringLiteral("UNCAT Secretariat"), QStringLiteral("Geneva") };
    letter.reference = QStringLiteral("Our ref.: AH-2026-0042");
    letter.date = QStringLiteral("14 March 2026");
    letter.addressee = { QStringLiteral("H.E. the Minister"), QStringLiteral("Ministry of Justice") };
    letter.subject = QStringLiteral("Custody registers");
    letter.bodyHtml
        = QStringLiteral("<html><body><p>Dear <b>Minister</b>,</p><ul><li>BodyPoint</li></ul></body></html>");
    letter.stamp = QStringLiteral("DRAFT");
    document.letter = letter;

    const QString html = PrintRenderer::bodyHtml(document);
    CHECK(html.contains(QStringLiteral("<p>Dear <b>Minister</b>,</p>")));
    CHECK_FALSE(html.contains(QStringLiteral("<html><body><p>Dear")));
    const QString text = PdfFile(pdfOf(PrintRenderer(document))).text();
    for (const QString& string :
        { QStringLiteral("UNCAT Secretariat"), QStringLiteral("Our ref.: AH-2026-0042"),
            QStringLiteral("14 March 2026"), QStringLiteral("Ministry of Justice"), QStringLiteral("Custody registers"),
            QStringLiteral("Dear Minister,"), QStringLiteral("BodyPoint"), QStringLiteral("DRAFT") }) {
        INFO(string.toStdString());
        CHECK(text.contains(string));
    }

    // Where a word starts on the page (pdftotext -bbox), in points from the left edge.
    const auto leftOf = [](const PdfFile& pdf, const QString& word) {
        const QString boxes = QString::fromUtf8(
            run(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdf.path(), QStringLiteral("-") }));
        const QRegularExpression box(QStringLiteral("<word xMin=\"([0-9.]+)\"[^>]*>") + QRegularExpression::escape(word)
            + QStringLiteral("</word>"));
        const QRegularExpressionMatch match = box.match(boxes);
        REQUIRE(match.hasMatch());
        return match.captured(1).toDouble();
    };
    const PdfFile ltr(pdfOf(PrintRenderer(document)));
    document.rightToLeft = true;
    document.letter->bodyHtml = QStringLiteral("<p>سجلات الاحتجاز</p>");
    CHECK(PrintRenderer::bodyHtml(document).contains(QStringLiteral("dir=\"rtl\"")));
    const PdfFile rtl(pdfOf(PrintRenderer(document)));
    const QString rtlText = rtl.text();
    CHECK(rtlText.contains(comparable(QStringLiteral("سجلات الاحتجاز"))));
    CHECK(rtlText.contains(QStringLiteral("Page 1 of 1")));
    // A right-to-left page sets its paragraphs from the right: the subject moves right.
    CHECK(leftOf(rtl, QStringLiteral("Custody")) > leftOf(ltr, QStringLiteral("Custody")) + 200);
}

// Diagonal text comes out of pdftotext a letter or two a line; -raw keeps the order it was drawn in.
TEST_CASE("a watermark is drawn on every page", "[print]")
{
    requirePoppler();
    PrintDocument document = packOf(1);
    document.watermark = QStringLiteral("WATERMARKED");
    const PdfFile pdf(pdfOf(PrintRenderer(document)));
    const PdfFile plain(pdfOf(PrintRenderer(packOf(1))));
    REQUIRE(pdf.pages() == plain.pages());
    const auto rawPage = [](const PdfFile& file, int page) {
        QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                QString::number(page), file.path(), QStringLiteral("-") }));
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        return text;
    };
    for (int page = 1; page <= pdf.pages(); ++page) {
        INFO("page " << page);
        CHECK(rawPage(pdf, page).contains(QStringLiteral("WATERMARKED")));
        CHECK_FALSE(rawPage(plain, page).contains(QStringLiteral("WATERMARKED")));
        // Under the watermark the page's text is all there.
        CHECK(pdf.pageText(page).contains(QStringLiteral("Page %1 of").arg(page)));
    }
}

} // namespace print_renderer_test
