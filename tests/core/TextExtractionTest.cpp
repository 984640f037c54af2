// Text extraction for the search index of attachments (core/attachments): the core's extractors
// (plain text, ODT, DOCX) through TextExtractors, as the attachment service calls them. The
// documents are built here in memory (libzip); hostile ones too: damaged archives, a zip bomb
// that is honest about its size and one that lies, too many entries, an external entity, a
// password-protected ODT, NUL bytes.
#include "attachments/TextExtraction.h"
#include "TestSupport.h"
#include "TestZip.h"
#include "attachments/OfficeTextExtractor.h"
#include "attachments/PlainTextExtractor.h"
#include "attachments/TextAccumulator.h"

#include <catch2/catch.hpp>

#include <QStringEncoder>

#include <memory>
#include <utility>
#include <vector>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace text_extraction_test {

using namespace advicehub;
using namespace advicehub::attachments;
using test::makeDocx;
using test::makeOdt;
using test::makeZip;
using test::ZipEntry;

namespace {

const QString PlainType = QStringLiteral("text/plain");
const QString OdtType = QStringLiteral("application/vnd.oasis.opendocument.text");
const QString DocxType = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

ExtractedText extract(const QByteArray& bytes, const QString& type)
{
    const TextExtractors extractors;
    return extractors.extract(bytes, type);
}

QString textOf(const QByteArray& bytes, const QString& type)
{
    const ExtractedText result = extract(bytes, type);
    INFO(result.reason.toStdString());
    REQUIRE(result.outcome == ExtractionOutcome::Text);
    return result.text;
}

void requireFailed(const ExtractedText& result)
{
    CHECK(result.outcome == ExtractionOutcome::Failed);
    CHECK(result.text.isEmpty());
    CHECK_FALSE(result.reason.isEmpty());
}

QByteArray encoded(const QString& text, QStringEncoder::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

// A test extractor that says what it is.
class NamedExtractor final : public TextExtractor {
public:
    NamedExtractor(QString type, QString name) : m_type(std::move(type)), m_name(std::move(name)) { }
    bool handles(const QString& mediaType) const override { return mediaType == m_type; }
    ExtractedText extract(const QByteArray&, const QString&) const override
    {
        return ExtractedText { ExtractionOutcome::Text, m_name, QString() };
    }

private:
    QString m_type;
    QString m_name;
};

const QByteArray DocxBody = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
                            "<w:r><w:t>Draft law on the Zor</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>vex</w:t></w:r>"
                            "<w:r><w:tab/><w:t xml:space=\"preserve\"> custody  registers</w:t></w:r></w:p>"
                            "<w:p><w:r><w:t>Côte d’Ivoire</w:t><w:br/><w:t>second line</w:t></w:r></w:p>"
                            "<w:p><w:del w:id=\"1\"><w:r><w:delText>deletedword</w:delText></w:r></w:del>"
                            "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>kept</w:t></w:r></w:p>"
                            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell one</w:t></w:r></w:p></w:tc>"
                            "<w:tc><w:p><w:r><w:t>cell two</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:p><w:r><w:t>boxed text</w:t>"
                            "</w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>boxed text</w:t></w:r></w:p>"
                            "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
                            "<w:p><w:r><w:t>سجلات الاحتجاز</w:t></w:r></w:p>";

const QByteArray OdtText
    = "<text:h text:outline-level=\"1\">Draft law on the Zorvex registers</text:h>"
      "<text:p>Côte<text:s/>d’Ivoire<text:tab/>tabbed<text:line-break/>next line</text:p>"
      "<text:tracked-changes><text:changed-region><text:deletion><text:p>deletedword</text:p>"
      "</text:deletion></text:changed-region></text:tracked-changes>"
      "<text:p>see note<text:note><text:note-citation>7</text:note-citation><text:note-body>"
      "<text:p>The footnote</text:p></text:note-body></text:note> after</text:p>"
      "<text:list><text:list-item><text:p>first <text:span>item</text:span></text:p>"
      "</text:list-item></text:list>"
      "<table:table><table:table-row><table:table-cell><text:p>cell one</text:p></table:table-cell>"
      "</table:table-row></table:table>"
      "<text:p>commented<office:annotation><dc:creator>Jane Reviewer</dc:creator>"
      "<dc:date>2026-01-01T10:00:00</dc:date><text:p>a remark</text:p></office:annotation></text:p>";

} // namespace

TEST_CASE("the core's extractors are registered, the first that handles a type wins, and other types are "
          "unsupported with a reason")
{
    TextExtractors extractors;
    CHECK(extractors.handles(PlainType));
    CHECK(extractors.handles(QStringLiteral("text/plain; charset=utf-8")));
    CHECK(extractors.handles(QStringLiteral("text/csv")));
    CHECK(extractors.handles(QStringLiteral("text/markdown")));
    CHECK(extractors.handles(OdtType));
    CHECK(extractors.handles(DocxType));
    CHECK_FALSE(extractors.handles(QStringLiteral("application/pdf"))); // advicehub_documents adds it
    CHECK_FALSE(extractors.handles(QStringLiteral("image/png")));
    CHECK_FALSE(extractors.handles(QStringLiteral("text/html")));

    const ExtractedText image = extractors.extract(QByteArray("\x89PNG\r\n\x1a\n", 8), QStringLiteral("image/png"));
    CHECK(image.outcome == ExtractionOutcome::Unsupported);
    CHECK(image.text.isEmpty());

    extractors.add(std::make_unique<NamedExtractor>(PlainType, QStringLiteral("second plain")));
    extractors.add(std::make_unique<NamedExtractor>(QStringLiteral("application/pdf"), QStringLiteral("added pdf")));
    CHECK(extractors.extract("plain words", PlainType).text == QStringLiteral("plain words"));
    CHECK(extractors.handles(QStringLiteral("application/pdf")));
    CHECK(extractors.extract("%PDF-1.4", QStringLiteral("application/pdf")).text == QStringLiteral("added pdf"));
}

TEST_CASE("the text is cut at kMaxTextChars at a word boundary, and the reason says so")
{
    SECTION("a plain text file far over the limit")
    {
        QByteArray bytes;
        const QByteArray word("Zorvex ");
        bytes.reserve(kMaxTextChars + 4096);
        while (bytes.size() <= kMaxTextChars + 3000)
            bytes.append(word);
        const ExtractedText result = extract(bytes, PlainType);
        REQUIRE(result.outcome == ExtractionOutcome::Text);
        CHECK(result.text.size() <= kMaxTextChars);
        CHECK(result.text.size() > kMaxTextChars - 10);
        CHECK(result.text.endsWith(QLatin1String(" Zorvex")));
        CHECK_FALSE(result.reason.isEmpty());
    }
    SECTION("a DOCX whose paragraphs exceed it")
    {
        QByteArray paragraph("<w:p><w:r><w:t>");
        paragraph.append(QByteArray("registers ").repeated(100));
        paragraph.append("</w:t></w:r></w:p>");
        const QByteArray docx = makeDocx(paragraph.repeated(static_cast<qsizetype>(kMaxTextChars / 1000 + 10)));
        const ExtractedText result = extract(docx, DocxType);
        REQUIRE(result.outcome == ExtractionOutcome::Text);
        CHECK(result.text.size() <= kMaxTextChars);
        CHECK(result.text.endsWith(QLatin1String("registers")));
        CHECK_FALSE(result.reason.isEmpty());
    }
    SECTION("the cut itself")
    {
        bool cut = false;
        CHECK(cutAtWordBoundary(QStringLiteral("alpha beta gamma"), 12, &cut) == QStringLiteral("alpha beta"));
        CHECK(cut);
        CHECK(cutAtWordBoundary(QStringLiteral("alpha beta gamma"), 10, &cut) == QStringLiteral("alpha beta"));
        CHECK(cutAtWordBoundary(QStringLiteral("alpha beta"), 10, &cut) == QStringLiteral("alpha beta"));
        CHECK_FALSE(cut);
        // One long word: cut at the limit, never inside a surrogate pair.
        const QString longWord = QString(2000, u'x');
        CHECK(cutAtWordBoundary(longWord, 1500).size() == 1500);
        const QString emoji = QStringLiteral("ab") + QString::fromUtf8("\xF0\x9F\x98\x80").repeated(1000);
        const QString emojiCut = cutAtWordBoundary(emoji, 1501);
        CHECK(emojiCut.size() == 1500);
        CHECK_FALSE(emojiCut.back().isHighSurrogate());
    }
}

TEST_CASE("plain text is read as UTF-8, UTF-16 or UTF-32 with a byte-order mark, else as Latin-1")
{
    const QString words = QStringLiteral("Côte d’Ivoire: the Zorvex registers — سجلات");
    SECTION("UTF-8, valid, with and without a byte-order mark, with a charset in the type")
    {
        CHECK(textOf(words.toUtf8(), PlainType) == words);
        CHECK(textOf("\xEF\xBB\xBF" + words.toUtf8(), PlainType) == words);
        CHECK(textOf(words.toUtf8(), QStringLiteral("text/plain; charset=utf-8")) == words);
        CHECK(textOf(words.toUtf8(), QStringLiteral("text/csv")) == words);
    }
    SECTION("UTF-16 and UTF-32, little and big endian, with their marks")
    {
        CHECK(textOf("\xFF\xFE" + encoded(words, QStringEncoder::Utf16LE), PlainType) == words);
        CHECK(textOf("\xFE\xFF" + encoded(words, QStringEncoder::Utf16BE), PlainType) == words);
        CHECK(textOf(QByteArray("\xFF\xFE\x00\x00", 4) + encoded(words, QStringEncoder::Utf32LE), PlainType) == words);
        CHECK(textOf(QByteArray("\x00\x00\xFE\xFF", 4) + encoded(words, QStringEncoder::Utf32BE), PlainType) == words);
    }
    SECTION("Latin-1: a file that is not valid UTF-8, even after a long ASCII start")
    {
        const QByteArray latin1("C\xF4te d'Ivoire, \xE9tat partie");
        CHECK(textOf(latin1, PlainType) == QStringLiteral("Côte d'Ivoire, état partie"));
        const QByteArray late = QByteArray("ascii ").repeated(200'000) + latin1;
        CHECK(textOf(late, PlainType).endsWith(QStringLiteral("Côte d'Ivoire, état partie")));
    }
    SECTION("lines are kept, white space collapsed, C0 controls dropped")
    {
        CHECK(textOf("first  line\r\nsecond\tline\n\n\nthird\x01line\x1b", PlainType)
            == QStringLiteral("first line\nsecond line\nthird line"));
        CHECK(textOf("", PlainType).isEmpty());
        CHECK(textOf("   \n  ", PlainType).isEmpty());
    }
}

TEST_CASE("a plain text file with NUL bytes is binary: Failed with a reason")
{
    requireFailed(extract(QByteArray("looks like text\0but is not", 26), PlainType));
    // In UTF-16 a NUL byte is half of an ordinary character; a NUL character is binary.
    CHECK(textOf("\xFF\xFE" + encoded(QStringLiteral("ASCII in UTF-16"), QStringEncoder::Utf16LE), PlainType)
        == QStringLiteral("ASCII in UTF-16"));
    requireFailed(extract(
        "\xFF\xFE" + encoded(QString(QStringLiteral("a") + QChar(u'\0') + u'b'), QStringEncoder::Utf16LE), PlainType));
    // A mark that lies: not UTF-8 after a UTF-8 mark, an odd UTF-16 length.
    requireFailed(extract("\xEF\xBB\xBF\xC3(", PlainType));
    requireFailed(extract("\xEF\xBB\xBF" "abc\xC3", PlainType)); // truncated in its last character
    requireFailed(extract(QByteArray("\xFF\xFE"
                                     "a\x00"
                                     "b",
                              5),
        PlainType));
}

TEST_CASE("a DOCX gives its paragraphs, runs, tabs and breaks, and not its deleted text or field codes")
{
    const QByteArray docx = makeDocx(DocxBody,
        { { "word/footnotes.xml",
            "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            "<w:footnote w:id=\"1\"><w:p><w:r><w:t>A footnote of the law</w:t></w:r></w:p></w:footnote>"
            "</w:footnotes>" } });
    const QString text = textOf(docx, DocxType);
    CHECK(text
        == QStringLiteral("Draft law on the Zorvex custody registers\nCôte d’Ivoire\nsecond line\nkept\ncell one\n"
                          "cell two\nboxed text\nسجلات الاحتجاز\nA footnote of the law"));
    // libmagic says "application/zip" for some generators' DOCX: the archive is looked into.
    CHECK(textOf(docx, QStringLiteral("application/zip")) == text);
    // The template and macro-enabled variants are the same format.
    CHECK(textOf(docx, QStringLiteral("application/vnd.ms-word.document.macroEnabled.12")) == text);
}

TEST_CASE("a DOCX whose main part has another name is found through its package relationships")
{
    const QByteArray docx = makeZip({
        { "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
        { "_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"/word/document2.xml\"/></Relationships>" },
        { "word/document2.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            "<w:p><w:r><w:t>renamed main part</w:t></w:r></w:p></w:body></w:document>" },
    });
    CHECK(textOf(docx, DocxType) == QStringLiteral("renamed main part"));
}

TEST_CASE("an ODT gives its headings, paragraphs, lists, tables and notes, not its tracked deletions")
{
    const QByteArray odt = makeOdt(OdtText);
    const QString text = textOf(odt, OdtType);
    CHECK(text
        == QStringLiteral("Draft law on the Zorvex registers\nCôte d’Ivoire tabbed\nnext line\nsee note\nThe footnote\n"
                          "after\nfirst item\ncell one\ncommented\na remark"));
    CHECK_FALSE(text.contains(QLatin1String("deletedword")));
    CHECK_FALSE(text.contains(QLatin1String("Jane")));
    CHECK(textOf(odt, QStringLiteral("application/zip")) == text);
    // A zip that is neither: unsupported, not a failure.
    const ExtractedText other = extract(makeZip({ { "notes.txt", "just a zip" } }), QStringLiteral("application/zip"));
    CHECK(other.outcome == ExtractionOutcome::Unsupported);
    CHECK(other.text.isEmpty());
}

TEST_CASE("a document without words gives empty text, not a failure")
{
    const ExtractedText docx = extract(makeDocx("<w:p/>"), DocxType);
    CHECK(docx.outcome == ExtractionOutcome::Text);
    CHECK(docx.text.isEmpty());
    const ExtractedText odt = extract(makeOdt(""), OdtType);
    CHECK(odt.outcome == ExtractionOutcome::Text);
    CHECK(odt.text.isEmpty());
}

TEST_CASE("damaged office documents fail with a reason, never with text or a crash")
{
    const QByteArray docx = makeDocx(DocxBody);
    SECTION("not a zip, empty, truncated")
    {
        requireFailed(extract("this is not a zip archive", DocxType));
        requireFailed(extract(QByteArray(), OdtType));
        requireFailed(extract(docx.left(docx.size() / 2), DocxType));
        requireFailed(extract(docx.left(docx.size() - 10), DocxType));
    }
    SECTION("a byte of the compressed part flipped (the CRC check)")
    {
        QByteArray flipped = docx;
        const qsizetype at = flipped.indexOf("word/document.xml") + 40; // inside its compressed data
        flipped[at] = static_cast<char>(flipped[at] ^ 0x55);
        requireFailed(extract(flipped, DocxType));
    }
    SECTION("the part the text is in is missing")
    {
        requireFailed(extract(makeZip({ { "mimetype", "application/vnd.oasis.opendocument.text", false } }), OdtType));
        requireFailed(extract(makeZip({ { "[Content_Types].xml", "<Types/>" } }), DocxType));
    }
    SECTION("the XML is not well formed, or nested deeper than the parser allows")
    {
        requireFailed(extract(makeDocx("<w:p><w:r><w:t>unclosed</w:r></w:p>"), DocxType));
        requireFailed(extract(makeOdt("<text:p>a & b</text:p>"), OdtType));
        requireFailed(extract(
            makeOdt(QByteArray("<text:span>").repeated(300) + "deep" + QByteArray("</text:span>").repeated(300)),
            OdtType));
    }
}

TEST_CASE("a zip bomb is refused before it fills memory, whether its header is honest or lies")
{
    // 100 MB of zeros: about 100 KB compressed.
    static const QByteArray zeros(100 * 1000 * 1000, '\0');
    static const QByteArray bomb = test::makeZip({ { "word/document.xml", zeros } });
    REQUIRE(bomb.size() < 1024 * 1024);
    const QString tooLarge = QStringLiteral("64 MiB");

    SECTION("its declared size is refused at once")
    {
        const ExtractedText result = extract(bomb, DocxType);
        requireFailed(result);
        CHECK(result.reason.contains(tooLarge));
    }
    SECTION("a header that declares 100 bytes: the inflated bytes are counted and reading stops at 64 MiB")
    {
        const QByteArray lying = test::withDeclaredSize(bomb, "word/document.xml", 100);
        const ExtractedText result = extract(lying, DocxType);
        requireFailed(result);
        CHECK(result.reason.contains(tooLarge));
    }
    SECTION("the bound is on the parts read together, with the limits given")
    {
        const OfficeTextExtractor small(OfficeTextExtractor::Limits { 10'000, 1000 });
        const QByteArray docx = makeDocx(QByteArray("<w:p><w:r><w:t>words</w:t></w:r></w:p>").repeated(100));
        requireFailed(small.extract(docx, DocxType));
        CHECK(OfficeTextExtractor().extract(docx, DocxType).outcome == ExtractionOutcome::Text);
    }
}

TEST_CASE("an archive with more than 10,000 entries is not looked into")
{
    std::vector<ZipEntry> entries;
    const QByteArray docx = makeDocx("<w:p><w:r><w:t>words</w:t></w:r></w:p>");
    for (int i = 0; i < 10'001; ++i)
        entries.push_back({ "filler/" + QByteArray::number(i), QByteArray(), false });
    std::vector<ZipEntry> document {
        { "[Content_Types].xml", "<Types/>" },
        { "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            "<w:p><w:r><w:t>words</w:t></w:r></w:p></w:body></w:document>" },
    };
    std::vector<ZipEntry> many = document;
    many.insert(many.end(), entries.begin(), entries.end());
    const ExtractedText refused = extract(makeZip(many), DocxType);
    requireFailed(refused);
    CHECK(refused.reason.contains(QStringLiteral("10000")));
    // 10,000 exactly is read.
    entries.resize(10'000 - document.size());
    std::vector<ZipEntry> enough = document;
    enough.insert(enough.end(), entries.begin(), entries.end());
    CHECK(textOf(makeZip(enough), DocxType) == QStringLiteral("words"));
}

TEST_CASE("an external entity is never resolved: a part that declares a document type is refused")
{
    test::TempDir dir;
    const QString secretPath = dir.file(QStringLiteral("secret.txt"));
    test::writeFile(secretPath, "QZXMARKER secret content of another file");
    const QByteArray url = "file://" + secretPath.toUtf8();

    const QByteArray docxXml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + url
        + "\">]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          "<w:p><w:r><w:t>before &xxe; after</w:t></w:r></w:p></w:body></w:document>";
    const QByteArray docx = makeZip({ { "[Content_Types].xml", "<Types/>" }, { "word/document.xml", docxXml } });
    const ExtractedText fromDocx = extract(docx, DocxType);
    requireFailed(fromDocx);
    CHECK_FALSE(fromDocx.reason.contains(QLatin1String("QZXMARKER")));

    const QByteArray odtXml = "<?xml version=\"1.0\"?>\n<!DOCTYPE office:document-content SYSTEM \"" + url
        + "\" [<!ENTITY xxe SYSTEM \"" + url
        + "\">]>\n<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
          "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
          "<text:p>before &xxe; after</text:p></office:text></office:body></office:document-content>";
    const QByteArray odt
        = makeZip({ { "mimetype", "application/vnd.oasis.opendocument.text", false }, { "content.xml", odtXml } });
    const ExtractedText fromOdt = extract(odt, OdtType);
    requireFailed(fromOdt);
    CHECK_FALSE(fromOdt.reason.contains(QLatin1String("QZXMARKER")));

    // The "billion laughs" declares its entities the same way.
    const QByteArray laughs
        = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY a \"lol\">"
          "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
          "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          "<w:body><w:p><w:r><w:t>&d;</w:t></w:r></w:p></w:body></w:document>";
    requireFailed(
        extract(makeZip({ { "[Content_Types].xml", "<Types/>" }, { "word/document.xml", laughs } }), DocxType));
}

TEST_CASE("a password-protected document fails with a reason that says so")
{
    SECTION("an ODT encrypted by its office suite (the manifest says so)")
    {
        const QByteArray manifest
            = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
              "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
              "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\">"
              "<manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" manifest:initialisation-vector=\"AAAA\"/>"
              "</manifest:encryption-data></manifest:file-entry></manifest:manifest>";
        const QByteArray odt = makeZip({ { "mimetype", "application/vnd.oasis.opendocument.text", false },
            { "META-INF/manifest.xml", manifest }, { "content.xml", QByteArray("\x8f\x12\xa0 scrambled", 13) } });
        const ExtractedText result = extract(odt, OdtType);
        requireFailed(result);
        CHECK(result.reason.contains(QLatin1String("password")));
    }
}

TEST_CASE("the extractors never throw and never return text with a failure, whatever the bytes")
{
    const TextExtractors extractors;
    const QByteArray docx = makeDocx(DocxBody);
    const QByteArray odt = makeOdt(OdtText);
    // Every prefix of a small document: damaged in every possible place.
    for (const auto& [bytes, type] : { std::pair { docx, DocxType }, std::pair { odt, OdtType } }) {
        for (qsizetype length = 0; length < bytes.size(); length += 7) {
            const ExtractedText result = extractors.extract(bytes.left(length), type);
            if (result.outcome != ExtractionOutcome::Text) {
                CHECK(result.text.isEmpty());
                CHECK_FALSE(result.reason.isEmpty());
            }
        }
    }
}

} // namespace text_extraction_test
