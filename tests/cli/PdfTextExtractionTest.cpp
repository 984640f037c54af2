// The text layer of PDF attachments (documents/PdfTextExtractor, poppler-qt6 from memory), as
// the desktop application and advicehub-cli add it to the session's TextExtractors; run here
// under a QCoreApplication, as the CLI runs it. The PDFs are written by the test itself, object by
// object (a QPdfWriter needs a QGuiApplication for its fonts, which this binary does not have):
// text in a standard font, an image-only page (a scan), an encrypted file (RC4, the standard
// security handler, revision 2, computed here), a page-count bomb, a damaged file.
#include "PdfTextExtractor.h"
#include "TestSupport.h"
#include "attachments/TextExtraction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>

#include <poppler-qt6.h>

#include <QLocale>

#include <array>
#include <memory>
#include <optional>
#include <utility>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace pdf_text_extraction_test {

using namespace advicehub;
using namespace advicehub::attachments;
using advicehub::documents::PdfTextExtractor;

namespace {

const QString PdfType = QStringLiteral("application/pdf");

QByteArray rc4(const QByteArray& key, const QByteArray& data)
{
    std::array<unsigned char, 256> s {};
    for (int i = 0; i < 256; ++i)
        s[static_cast<size_t>(i)] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[static_cast<size_t>(i)] + static_cast<unsigned char>(key.at(i % key.size()))) & 0xff;
        std::swap(s[static_cast<size_t>(i)], s[static_cast<size_t>(j)]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    for (qsizetype n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xff;
        j = (j + s[static_cast<size_t>(i)]) & 0xff;
        std::swap(s[static_cast<size_t>(i)], s[static_cast<size_t>(j)]);
        const unsigned char k = s[static_cast<size_t>((s[static_cast<size_t>(i)] + s[static_cast<size_t>(j)]) & 0xff)];
        out[n] = static_cast<char>(static_cast<unsigned char>(data.at(n)) ^ k);
    }
    return out;
}

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

// The standard security handler's padding (PDF 1.7, 7.6.3.3).
QByteArray padded(const QByteArray& password)
{
    static const QByteArray padding
        = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const QByteArray joined = password + padding;
    return joined.left(32);
}

struct Encryption {
    QByteArray userPassword;
    QByteArray ownerPassword;
};

// A PDF whose pages draw the given content streams (Helvetica, WinAnsi encoding, as /F1).
// Optionally encrypted with 40-bit RC4 (revision 2): every stream encrypted with its object key.
QByteArray makePdf(const QList<QByteArray>& pages, const std::optional<Encryption>& encryption = std::nullopt)
{
    const QByteArray id = QByteArray::fromHex("0123456789abcdef0123456789abcdef");
    QByteArray key;
    QByteArray owner;
    QByteArray user;
    const qint32 permissions = -4;
    if (encryption) {
        owner = rc4(md5(padded(encryption->ownerPassword)).left(5), padded(encryption->userPassword));
        QByteArray p(4, '\0');
        for (int i = 0; i < 4; ++i)
            p[i] = static_cast<char>((static_cast<quint32>(permissions) >> (8 * i)) & 0xff);
        key = md5(padded(encryption->userPassword) + owner + p + id).left(5);
        user = rc4(key, padded(QByteArray()));
    }
    const auto stream = [&](int object, const QByteArray& data) {
        if (key.isEmpty())
            return data;
        QByteArray objectKey = key;
        objectKey.append(static_cast<char>(object & 0xff));
        objectKey.append(static_cast<char>((object >> 8) & 0xff));
        objectKey.append(static_cast<char>((object >> 16) & 0xff));
        objectKey.append(2, '\0'); // generation 0
        return rc4(md5(objectKey).left(10), data);
    };

    QList<QByteArray> objects; // object n at index n - 1
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const int contents = static_cast<int>(5 + 2 * i);
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                   "/Contents "
                + QByteArray::number(contents) + " 0 R >>";
        const QByteArray data = stream(contents, pages.at(i));
        objects << "<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
    }
    if (encryption) {
        objects << "<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" + user.toHex() + "> /P "
                + QByteArray::number(permissions) + " >>";
    }

    QByteArray pdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R";
    if (encryption)
        pdf += " /Encrypt " + QByteArray::number(objects.size()) + " 0 R";
    pdf += " /ID [<" + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray textPage(const QList<QByteArray>& lines)
{
    QByteArray content("BT /F1 18 Tf 72 720 Td 22 TL\n");
    for (const QByteArray& line : lines)
        content += "(" + line + ") Tj T*\n";
    return content + "ET";
}

// A grey 2 x 2 image drawn large: what a scanner's PDF holds instead of text.
const QByteArray ImagePage = QByteArray("q 400 0 0 400 100 200 cm\nBI /W 2 /H 2 /CS /G /BPC 8 ID ")
    + QByteArray("\x00\xFF\xFF\x00", 4) + QByteArray("\nEI\nQ");

ExtractedText extract(const QByteArray& pdf)
{
    TextExtractors extractors;
    extractors.add(std::make_unique<PdfTextExtractor>());
    return extractors.extract(pdf, PdfType);
}

void requireFailed(const ExtractedText& result)
{
    CHECK(result.outcome == ExtractionOutcome::Failed);
    CHECK(result.text.isEmpty());
    CHECK_FALSE(result.reason.isEmpty());
}

} // namespace

TEST_CASE("the PDF extractor, added to the session's extractors, reads the text layer of every page")
{
    const QByteArray pdf = makePdf(
        { textPage({ "Zorvex custody registers", "C\\364te d'Ivoire" }), textPage({ "second page of the letter" }) });
    const ExtractedText result = extract(pdf);
    INFO(result.reason.toStdString());
    REQUIRE(result.outcome == ExtractionOutcome::Text);
    CHECK(result.text.contains(QStringLiteral("Zorvex custody registers")));
    CHECK(result.text.contains(QStringLiteral("Côte d'Ivoire")));
    CHECK(result.text.contains(QStringLiteral("second page of the letter")));
    CHECK(result.reason.isEmpty());
    CHECK(PdfTextExtractor().handles(QStringLiteral("application/pdf")));
    CHECK_FALSE(PdfTextExtractor().handles(QStringLiteral("text/plain")));
    CHECK_FALSE(TextExtractors().handles(PdfType)); // the core alone has none
}

TEST_CASE("a PDF whose pages are only images has no text layer: NoText, a scan")
{
    const ExtractedText result = extract(makePdf({ ImagePage, ImagePage }));
    CHECK(result.outcome == ExtractionOutcome::NoText);
    CHECK(result.text.isEmpty());
    CHECK(result.reason.contains(QLatin1String("scan")));
}

TEST_CASE("an encrypted PDF is refused as protected by a password, and the file is a real one")
{
    const QByteArray pdf = makePdf({ textPage({ "QZXSECRET confidential annex" }) }, Encryption { "secret", "owner" });
    const ExtractedText result = extract(pdf);
    requireFailed(result);
    CHECK(result.reason.contains(QLatin1String("password")));
    // The test file is not garbage: with its password poppler opens it and finds the words.
    const std::unique_ptr<Poppler::Document> opened = Poppler::Document::loadFromData(pdf, QByteArray(), "secret");
    REQUIRE(opened);
    REQUIRE_FALSE(opened->isLocked());
    REQUIRE(opened->numPages() == 1);
    CHECK(opened->page(0)->text(QRectF()).contains(QLatin1String("QZXSECRET confidential annex")));
}

TEST_CASE("a PDF restricted only by an owner password opens without one and is read")
{
    const ExtractedText result
        = extract(makePdf({ textPage({ "restricted but readable" }) }, Encryption { "", "owner" }));
    INFO(result.reason.toStdString());
    REQUIRE(result.outcome == ExtractionOutcome::Text);
    CHECK(result.text.contains(QStringLiteral("restricted but readable")));
}

TEST_CASE("a damaged PDF fails with a reason")
{
    requireFailed(extract(QByteArray()));
    requireFailed(extract("this is not a PDF at all"));
    requireFailed(extract("%PDF-1.4\n1 0 obj << /Type /Catalog >>"));
}

TEST_CASE("a PDF with more pages than the limit: the first pages are read and the reason says so")
{
    SECTION("the default limit, 2,000 pages")
    {
        CHECK(PdfTextExtractor::Limits {}.maxPages == 2000);
        QList<QByteArray> pages;
        for (int i = 1; i <= 2005; ++i)
            pages << textPage({ "marker p" + QByteArray::number(i) + "x" });
        const ExtractedText result = extract(makePdf(pages));
        REQUIRE(result.outcome == ExtractionOutcome::Text);
        CHECK(result.text.contains(QStringLiteral("p1x")));
        CHECK(result.text.contains(QStringLiteral("p2000x")));
        CHECK_FALSE(result.text.contains(QStringLiteral("p2001x")));
        CHECK(result.reason.contains(QLocale().toString(2005)));
    }
    SECTION("a smaller limit given")
    {
        const PdfTextExtractor extractor(PdfTextExtractor::Limits { 2, std::chrono::seconds(60) });
        const ExtractedText result
            = extractor.extract(makePdf({ textPage({ "one" }), textPage({ "two" }), textPage({ "three" }) }), PdfType);
        REQUIRE(result.outcome == ExtractionOutcome::Text);
        CHECK(result.text == QStringLiteral("one\ntwo"));
        CHECK_FALSE(result.reason.isEmpty());
        // Images on the pages read, text only after them: NoText, decided on what was read.
        const ExtractedText scanned
            = extractor.extract(makePdf({ ImagePage, ImagePage, textPage({ "late text" }) }), PdfType);
        CHECK(scanned.outcome == ExtractionOutcome::NoText);
    }
}

TEST_CASE("reading stops when the time budget is spent")
{
    const PdfTextExtractor spent(PdfTextExtractor::Limits { 2000, std::chrono::milliseconds(-1) });
    requireFailed(spent.extract(makePdf({ textPage({ "never read" }) }), PdfType));
}

TEST_CASE("a PDF's text stops at kMaxTextChars, cut at a word boundary")
{
    // 1,000 pages of 40 lines of 120 characters (small, to stay inside the page): 4.8 million
    // characters, over the limit.
    QByteArray page("BT /F1 6 Tf 36 760 Td 8 TL\n");
    for (int i = 0; i < 40; ++i)
        page += "(" + QByteArray("registers ").repeated(12) + ") Tj T*\n";
    page += "ET";
    QList<QByteArray> pages;
    for (int i = 0; i < 1000; ++i)
        pages << page;
    const ExtractedText result = extract(makePdf(pages));
    REQUIRE(result.outcome == ExtractionOutcome::Text);
    CHECK(result.text.size() <= kMaxTextChars);
    CHECK(result.text.size() > 1000 * 40 * 100);
    CHECK(result.text.endsWith(QLatin1String("registers")));
    CHECK_FALSE(result.reason.isEmpty());
}

} // namespace pdf_text_extraction_test
