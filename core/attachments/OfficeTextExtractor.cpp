#include "attachments/OfficeTextExtractor.h"

#include "attachments/TextAccumulator.h"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

// libzip (Debian's libzip-dev): a maintained C library, fuzzed upstream (OSS-Fuzz) and patched by
// Debian's security team, that opens an archive from a memory buffer (zip_source_buffer_create +
// zip_open_from_source), so an attachment is never written to a file to be read. Qt's own
// QZipReader is private API (no compatibility promise, not installed as a public header), and a
// hand-written inflater would be the kind of parser that should not be written again.
#include <zip.h>

#include <mutex>
#include <vector>

namespace advicehub::attachments {

namespace {

QString essence(const QString& mediaType)
{
    return mediaType.section(u';', 0, 0).trimmed().toLower();
}

const QLatin1String OdtType("application/vnd.oasis.opendocument.text");
const QLatin1String OdtTemplateType("application/vnd.oasis.opendocument.text-template");
const QLatin1String DocxType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
const QLatin1String DocxTemplateType("application/vnd.openxmlformats-officedocument.wordprocessingml.template");
const QLatin1String DocmType("application/vnd.ms-word.document.macroenabled.12");
const QLatin1String ZipType("application/zip");

enum class Kind { Odt, Docx, Sniff };

const char* const OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const char* const TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const char* const DcNs = "http://purl.org/dc/elements/1.1/";
const char* const WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char* const StrictWordNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const char* const CompatibilityNs = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const char* const RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

bool is(const xmlChar* value, const char* expected)
{
    return value && xmlStrEqual(value, reinterpret_cast<const xmlChar*>(expected));
}

QString utf8(const xmlChar* value)
{
    return value ? QString::fromUtf8(reinterpret_cast<const char*>(value)) : QString();
}

enum class Failure { None, Damaged, Missing, TooLarge, TooManyEntries, Encrypted, DocumentType, NotWordProcessing };

// An archive opened from memory; the bytes must outlive it (libzip reads them in place).
class ZipArchive {
public:
    explicit ZipArchive(const QByteArray& bytes)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source
            = zip_source_buffer_create(bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &error);
        if (source) {
            m_archive = zip_open_from_source(source, ZIP_RDONLY, &error);
            if (!m_archive)
                zip_source_free(source); // on success the archive owns the source
        }
        zip_error_fini(&error);
    }
    ~ZipArchive()
    {
        if (m_archive)
            zip_discard(m_archive); // read-only: never writes
    }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool isOpen() const { return m_archive != nullptr; }
    qint64 entryCount() const { return zip_get_num_entries(m_archive, 0); }
    bool has(const QByteArray& name) const { return zip_name_locate(m_archive, name.constData(), 0) >= 0; }

    // The inflated bytes of entry `name`, counting them against `budget` as they come: the
    // sizes in the archive's headers are never trusted (a bomb declares a few bytes and inflates
    // to gigabytes), only used to refuse early when they already say too much.
    Failure read(const QByteArray& name, qint64& budget, QByteArray& out) const
    {
        out.clear();
        const zip_int64_t index = zip_name_locate(m_archive, name.constData(), 0);
        if (index < 0)
            return Failure::Missing;
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0)
            return Failure::Damaged;
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
            return Failure::Encrypted;
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > static_cast<zip_uint64_t>(budget))
            return Failure::TooLarge;
        zip_file_t* file = zip_fopen_index(m_archive, static_cast<zip_uint64_t>(index), 0);
        if (!file)
            return Failure::Damaged; // an unknown compression method among others
        Failure failure = Failure::None;
        std::vector<char> buffer(64 * 1024);
        for (;;) {
            const zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
            if (n < 0) {
                failure = Failure::Damaged; // also a CRC that does not match
                break;
            }
            if (n == 0)
                break;
            if (n > budget) {
                failure = Failure::TooLarge;
                break;
            }
            budget -= n;
            out.append(buffer.data(), static_cast<qsizetype>(n));
        }
        zip_fclose(file);
        if (failure != Failure::None)
            out.clear();
        return failure;
    }

private:
    zip_t* m_archive = nullptr;
};

void ensureLibxml()
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });
}

// An xmlReader over a part, parsing without a DTD, without entity substitution (never
// XML_PARSE_NOENT: external entities stay unresolved references; XML_PARSE_NO_XXE exists only
// from libxml2 2.13, Debian 12 has 2.9.14), without network, and without a word on standard
// error (a parser's message may quote the document).
class XmlReader {
public:
    explicit XmlReader(const QByteArray& xml)
    {
        ensureLibxml();
        m_reader = xmlReaderForMemory(xml.constData(), static_cast<int>(xml.size()), nullptr, nullptr,
            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        if (m_reader)
            xmlTextReaderSetStructuredErrorHandler(
                m_reader, [](void*, xmlErrorPtr) {}, nullptr);
    }
    ~XmlReader()
    {
        if (m_reader)
            xmlFreeTextReader(m_reader);
    }
    XmlReader(const XmlReader&) = delete;
    XmlReader& operator=(const XmlReader&) = delete;

    xmlTextReaderPtr get() const { return m_reader; }

private:
    xmlTextReaderPtr m_reader = nullptr;
};

// What an element means for the text.
enum class Action { None, Paragraph, Text, Space, Break, Hyphen, Skip, Body };

Action odfAction(const xmlChar* ns, const xmlChar* name)
{
    if (is(ns, OfficeNs))
        return is(name, "body") ? Action::Body : Action::None;
    if (is(ns, DcNs))
        return Action::Skip; // an annotation's author and date are not the document's words
    if (!is(ns, TextNs))
        return Action::None;
    if (is(name, "p") || is(name, "h"))
        return Action::Paragraph;
    if (is(name, "s") || is(name, "tab"))
        return Action::Space;
    if (is(name, "line-break"))
        return Action::Break;
    // Deleted text kept for change tracking, and a footnote's number (it would stick to the word
    // before it).
    if (is(name, "tracked-changes") || is(name, "note-citation"))
        return Action::Skip;
    return Action::None;
}

Action ooxmlAction(const xmlChar* ns, const xmlChar* name, const QByteArray& parent)
{
    if (is(ns, CompatibilityNs))
        return is(name, "Fallback") ? Action::Skip : Action::None; // a text box's second copy
    if (!is(ns, WordNs) && !is(ns, StrictWordNs))
        return Action::None;
    if (is(name, "p"))
        return Action::Paragraph;
    if (is(name, "t"))
        return Action::Text;
    if (parent == "r") {
        // w:tab inside w:tabs (a paragraph's tab stops) is not a character.
        if (is(name, "tab"))
            return Action::Space;
        if (is(name, "br") || is(name, "cr"))
            return Action::Break;
        if (is(name, "noBreakHyphen"))
            return Action::Hyphen;
    }
    // Deleted and moved-away text of tracked changes (w:delText is not w:t, so never read).
    if (is(name, "del") || is(name, "moveFrom"))
        return Action::Skip;
    return Action::None;
}

enum class Dialect { Odf, Ooxml };

// Collects the words of one XML part into `text`.
Failure readText(const QByteArray& xml, Dialect dialect, TextAccumulator& text)
{
    XmlReader reader(xml);
    if (!reader.get())
        return Failure::Damaged;
    xmlTextReaderPtr r = reader.get();

    struct Open {
        QByteArray name;
        Action action;
    };
    std::vector<Open> open;
    int skipDepth = -1; // inside a skipped element: its depth
    int body = 0; // ODF: inside office:body
    int paragraphs = 0; // ODF: inside text:p / text:h
    int runs = 0; // OOXML: inside w:t

    const auto start = [&](Action action) {
        switch (action) {
        case Action::Paragraph:
            text.endParagraph();
            ++paragraphs;
            break;
        case Action::Text:
            ++runs;
            break;
        case Action::Body:
            ++body;
            break;
        case Action::Space:
            text.space();
            break;
        case Action::Break:
            text.endParagraph();
            break;
        case Action::Hyphen:
            text.append(u"-");
            break;
        case Action::None:
        case Action::Skip:
            break;
        }
    };
    const auto end = [&](Action action) {
        switch (action) {
        case Action::Paragraph:
            text.endParagraph();
            --paragraphs;
            break;
        case Action::Text:
            --runs;
            break;
        case Action::Body:
            --body;
            break;
        default:
            break;
        }
    };

    int status = 0;
    while (!text.full() && (status = xmlTextReaderRead(r)) == 1) {
        const int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_DOCUMENT_TYPE)
            return Failure::DocumentType;
        if (skipDepth >= 0) {
            if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(r) == skipDepth)
                skipDepth = -1;
            continue;
        }
        switch (type) {
        case XML_READER_TYPE_ELEMENT: {
            const xmlChar* ns = xmlTextReaderConstNamespaceUri(r);
            const xmlChar* name = xmlTextReaderConstLocalName(r);
            const Action action = dialect == Dialect::Odf
                ? odfAction(ns, name)
                : ooxmlAction(ns, name, open.empty() ? QByteArray() : open.back().name);
            const bool empty = xmlTextReaderIsEmptyElement(r) == 1;
            if (action == Action::Skip) {
                if (!empty)
                    skipDepth = xmlTextReaderDepth(r);
                break;
            }
            start(action);
            if (empty)
                end(action);
            else
                open.push_back({ QByteArray(reinterpret_cast<const char*>(name)), action });
            break;
        }
        case XML_READER_TYPE_END_ELEMENT:
            if (!open.empty()) {
                end(open.back().action);
                open.pop_back();
            }
            break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE: {
            const bool wanted = dialect == Dialect::Odf ? body > 0 && paragraphs > 0 : runs > 0;
            if (wanted)
                text.append(utf8(xmlTextReaderConstValue(r)));
            break;
        }
        default:
            break; // entity references stay unresolved; comments and processing instructions
        }
    }
    return status < 0 ? Failure::Damaged : Failure::None;
}

// The main part of a DOCX as its package relationships name it (word/document.xml by
// convention, other names from some generators).
QByteArray docxMainPart(const ZipArchive& zip, qint64& budget)
{
    const QByteArray fallback("word/document.xml");
    QByteArray rels;
    if (zip.read("_rels/.rels", budget, rels) != Failure::None)
        return fallback;
    XmlReader reader(rels);
    if (!reader.get())
        return fallback;
    xmlTextReaderPtr r = reader.get();
    while (xmlTextReaderRead(r) == 1) {
        if (xmlTextReaderNodeType(r) == XML_READER_TYPE_DOCUMENT_TYPE)
            return fallback;
        if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT
            || !is(xmlTextReaderConstNamespaceUri(r), RelationshipsNs)
            || !is(xmlTextReaderConstLocalName(r), "Relationship"))
            continue;
        xmlChar* type = xmlTextReaderGetAttribute(r, reinterpret_cast<const xmlChar*>("Type"));
        xmlChar* target = xmlTextReaderGetAttribute(r, reinterpret_cast<const xmlChar*>("Target"));
        const QString typeText = utf8(type);
        QByteArray targetText = target ? QByteArray(reinterpret_cast<const char*>(target)) : QByteArray();
        xmlFree(type);
        xmlFree(target);
        if (typeText.endsWith(QLatin1String("/officeDocument")) && !targetText.isEmpty()) {
            while (targetText.startsWith('/'))
                targetText.remove(0, 1);
            return targetText;
        }
    }
    return fallback;
}

} // namespace

OfficeTextExtractor::OfficeTextExtractor(Limits limits) : m_limits(limits)
{ }

bool OfficeTextExtractor::handles(const QString& mediaType) const
{
    const QString type = essence(mediaType);
    return type == OdtType || type == OdtTemplateType || type == DocxType || type == DocxTemplateType
        || type == DocmType || type == ZipType;
}

ExtractedText OfficeTextExtractor::extract(const QByteArray& bytes, const QString& mediaType) const
{
    const QString type = essence(mediaType);
    Kind kind = Kind::Sniff;
    if (type == OdtType || type == OdtTemplateType)
        kind = Kind::Odt;
    else if (type == DocxType || type == DocxTemplateType || type == DocmType)
        kind = Kind::Docx;

    ExtractedText result;
    // The reasons never name a part: a DOCX's part names come from the file itself.
    const auto fail = [&](Failure failure) {
        result.outcome = ExtractionOutcome::Failed;
        result.text.clear();
        switch (failure) {
        case Failure::Missing:
            result.reason = tr("The document is damaged or not of its type: a part it needs is missing.");
            break;
        case Failure::TooLarge:
            result.reason = tr("The document's text would be larger than %1 MiB uncompressed; it was not read "
                               "(a \"zip bomb\"?).")
                                .arg(m_limits.maxInflatedBytes / (1024 * 1024));
            break;
        case Failure::TooManyEntries:
            result.reason = tr("The document holds more than %1 parts; it was not read.").arg(m_limits.maxEntries);
            break;
        case Failure::Encrypted:
            result.reason = tr("The document is protected by a password.");
            break;
        case Failure::DocumentType:
            result.reason = tr("The document is not valid: it declares a document type (DTD).");
            break;
        case Failure::NotWordProcessing:
            result.outcome = ExtractionOutcome::Unsupported;
            result.reason = tr("The archive is not a word-processing document.");
            break;
        case Failure::Damaged:
        case Failure::None:
            result.reason = tr("The document is damaged and its text could not be read.");
            break;
        }
        return result;
    };

    const ZipArchive zip(bytes);
    if (!zip.isOpen())
        return fail(Failure::Damaged);
    const qint64 entries = zip.entryCount();
    if (entries < 0)
        return fail(Failure::Damaged);
    if (entries > m_limits.maxEntries)
        return fail(Failure::TooManyEntries);

    qint64 budget = m_limits.maxInflatedBytes;
    if (kind == Kind::Sniff) {
        // An ODF package names its type in its first entry, "mimetype"; an OPC package has a
        // content types part.
        QByteArray declared;
        qint64 smallBudget = 256;
        if (zip.read("mimetype", smallBudget, declared) == Failure::None
            && (declared.trimmed() == QByteArray(OdtType.data())
                || declared.trimmed() == QByteArray(OdtTemplateType.data())))
            kind = Kind::Odt;
        else if (zip.has("[Content_Types].xml") && (zip.has("word/document.xml") || zip.has("_rels/.rels")))
            kind = Kind::Docx;
        else
            return fail(Failure::NotWordProcessing);
    }

    TextAccumulator text;
    QByteArray xml;
    if (kind == Kind::Odt) {
        // ODF encryption leaves the zip readable and the parts scrambled; the manifest says so.
        QByteArray manifest;
        if (zip.read("META-INF/manifest.xml", budget, manifest) == Failure::None
            && manifest.contains("encryption-data"))
            return fail(Failure::Encrypted);
        const QByteArray part("content.xml");
        if (const Failure failure = zip.read(part, budget, xml); failure != Failure::None)
            return fail(failure);
        if (const Failure failure = readText(xml, Dialect::Odf, text); failure != Failure::None)
            return fail(failure);
    } else {
        const QByteArray main = docxMainPart(zip, budget);
        if (const Failure failure = zip.read(main, budget, xml); failure != Failure::None)
            return fail(failure);
        if (const Failure failure = readText(xml, Dialect::Ooxml, text); failure != Failure::None)
            return fail(failure);
        // Footnotes and endnotes are the document's words too (a draft law's references).
        const qsizetype slash = main.lastIndexOf('/');
        const QByteArray folder = slash >= 0 ? main.left(slash + 1) : QByteArray();
        for (const char* notes : { "footnotes.xml", "endnotes.xml" }) {
            const QByteArray part = folder + notes;
            if (text.full() || !zip.has(part))
                continue;
            if (const Failure failure = zip.read(part, budget, xml); failure != Failure::None)
                return fail(failure);
            text.endParagraph();
            if (const Failure failure = readText(xml, Dialect::Ooxml, text); failure != Failure::None)
                return fail(failure);
        }
    }
    result.outcome = ExtractionOutcome::Text;
    bool cut = false;
    result.text = text.take(&cut);
    if (cut)
        result.reason = tr("Only the beginning of the text (%n characters) can be searched.", nullptr,
            static_cast<int>(kMaxTextChars));
    return result;
}

} // namespace advicehub::attachments
