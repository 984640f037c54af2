// The PDF text extractor (documents/PdfTextExtractor) on PDFs as Qt writes them (QPdfWriter and
// QPainter, embedded subset fonts with their ToUnicode maps — what most generated letters look
// like), made in memory (QBuffer): text drawn is found, a PDF of drawn images is NoText. Here and
// not beside the hand-written PDFs of tests/cli/PdfTextExtractionTest.cpp because QPainter's text
// needs a QGuiApplication (the fonts), which only the GUI test binary has.
// advicehub_ui links advicehub_documents (and so poppler-qt6); its headers are not on the
// GUI tests' include path.
#include "../../documents/PdfTextExtractor.h"
#include "attachments/TextExtraction.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <functional>
#include <memory>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace qt_pdf_text_extraction_test {

using namespace advicehub;
using namespace advicehub::attachments;
using advicehub::documents::PdfTextExtractor;

namespace {

// A PDF written by QPdfWriter into memory; `draw` paints each page.
QByteArray writePdf(int pages, const std::function<void(QPainter&, int)>& draw)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setCreator(QStringLiteral("test"));
        QPainter painter(&writer);
        REQUIRE(painter.isActive());
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                REQUIRE(writer.newPage());
            draw(painter, page);
        }
        REQUIRE(painter.end());
    }
    buffer.close();
    REQUIRE(bytes.startsWith("%PDF-"));
    return bytes;
}

ExtractedText extract(const QByteArray& pdf)
{
    TextExtractors extractors;
    extractors.add(std::make_unique<PdfTextExtractor>());
    return extractors.extract(pdf, QStringLiteral("application/pdf"));
}

} // namespace

TEST_CASE("the words QPainter draws into a QPdfWriter's PDF are extracted, page by page")
{
    const QByteArray pdf = writePdf(2, [](QPainter& painter, int page) {
        QFont font = painter.font();
        font.setPointSize(14);
        painter.setFont(font);
        if (page == 0) {
            painter.drawText(QPointF(60, 100), QStringLiteral("Zorvex custody registers"));
            painter.drawText(QPointF(60, 140), QStringLiteral("Côte d'Ivoire, État partie"));
        } else {
            painter.drawText(QPointF(60, 100), QStringLiteral("Second page of the draft law"));
        }
    });
    const ExtractedText result = extract(pdf);
    INFO(result.reason.toStdString());
    REQUIRE(result.outcome == ExtractionOutcome::Text);
    INFO(result.text.toStdString());
    CHECK(result.text.contains(QStringLiteral("Zorvex custody registers")));
    CHECK(result.text.contains(QStringLiteral("Côte d'Ivoire, État partie")));
    CHECK(result.text.contains(QStringLiteral("Second page of the draft law")));
    CHECK(result.text.indexOf(QLatin1String("Zorvex")) < result.text.indexOf(QLatin1String("Second page")));
}

TEST_CASE("a QPdfWriter PDF of drawn images only (a scan) is NoText")
{
    QImage scan(400, 300, QImage::Format_Grayscale8);
    scan.fill(Qt::white);
    {
        QPainter onImage(&scan);
        onImage.fillRect(QRect(40, 40, 200, 20), Qt::black); // a "line of text" as pixels
    }
    const QByteArray pdf = writePdf(2, [&scan](QPainter& painter, int) { painter.drawImage(QPointF(40, 40), scan); });
    const ExtractedText result = extract(pdf);
    CHECK(result.outcome == ExtractionOutcome::NoText);
    CHECK(result.text.isEmpty());
    CHECK_FALSE(result.reason.isEmpty());
}

} // namespace qt_pdf_text_extraction_test
