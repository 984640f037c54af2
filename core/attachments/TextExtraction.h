#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace advicehub::attachments {

// What the full-text search gets of an attachment. Extraction never fails an add: a scanned PDF
// without a text layer, a damaged file or an unsupported type is recorded as such on the
// attachment, and the bytes are stored all the same.
enum class ExtractionOutcome {
    Text, // `text` holds the words (possibly empty for a document that has none)
    NoText, // a supported type with no text to extract (a scanned PDF without a text layer)
    Failed, // a supported type that could not be read (damaged, encrypted, over a limit)
    Unsupported, // no extractor handles this media type
};

struct ExtractedText {
    ExtractionOutcome outcome = ExtractionOutcome::Unsupported;
    QString text;
    // Why NoText / Failed, translated (QCoreApplication::translate), never any of the file's
    // content or name: "the PDF has no text layer (a scan?)", "the document is damaged".
    QString reason;
};

// One kind of document. Implementations read from memory only (never a file, never a temporary
// file), bound their work (pages, entries, uncompressed size, output length: kMaxTextChars) and
// never throw.
class TextExtractor {
public:
    virtual ~TextExtractor() = default;
    // The media types this extractor reads (as libmagic names them: "application/pdf", ...).
    virtual bool handles(const QString& mediaType) const = 0;
    virtual ExtractedText extract(const QByteArray& bytes, const QString& mediaType) const = 0;
};

// At most this many characters of an attachment's text are kept for search (the rest is cut at
// a word boundary; the outcome stays Text).
inline constexpr qsizetype kMaxTextChars = 4 * 1024 * 1024;

// The extractors a session uses, first match wins. The core's own (plain text, ODT, DOCX) are
// built in; the desktop application and the CLI add the PDF one from advicehub_documents (poppler
// needs Qt Gui, which the core never links).
class TextExtractors {
public:
    TextExtractors(); // the core's own: PlainTextExtractor, OfficeTextExtractor
    void add(std::unique_ptr<TextExtractor> extractor);
    ExtractedText extract(const QByteArray& bytes, const QString& mediaType) const;
    bool handles(const QString& mediaType) const;

private:
    std::vector<std::unique_ptr<TextExtractor>> m_extractors;
};

} // namespace advicehub::attachments
