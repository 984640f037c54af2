#include "attachments/PlainTextExtractor.h"

#include "attachments/TextAccumulator.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace advicehub::attachments {

namespace {

// "text/plain; charset=us-ascii" as libmagic's MAGIC_MIME gives it -> "text/plain".
QString essence(const QString& mediaType)
{
    return mediaType.section(u';', 0, 0).trimmed().toLower();
}

constexpr qsizetype ChunkBytes = 64 * 1024;

struct Detected {
    QStringDecoder::Encoding encoding;
    qsizetype bomBytes;
};

std::optional<Detected> byteOrderMark(const QByteArray& bytes)
{
    // UTF-32 first: its little-endian mark starts with UTF-16's.
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)))
        return Detected { QStringDecoder::Utf32LE, 4 };
    if (bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return Detected { QStringDecoder::Utf32BE, 4 };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Detected { QStringDecoder::Utf8, 3 };
    if (bytes.startsWith("\xFF\xFE"))
        return Detected { QStringDecoder::Utf16LE, 2 };
    if (bytes.startsWith("\xFE\xFF"))
        return Detected { QStringDecoder::Utf16BE, 2 };
    return std::nullopt;
}

enum class Decoded { Ok, Invalid, Nul };

// QStringDecoder keeps the start of a sequence split between two chunks for the next one, and
// says nothing if no next one comes: at the end of the file it is a truncated character.
class ChunkDecoder : public QStringDecoder {
public:
    explicit ChunkDecoder(Encoding encoding) : QStringDecoder(encoding) { }
    bool holdsIncompleteSequence() const { return state.remainingChars != 0; }
};

// Decodes `bytes` from `from` in chunks into `text` (which stops storing once full) and goes on
// to the end only when `checkAll` (to learn whether the whole input is valid).
Decoded decode(
    const QByteArray& bytes, qsizetype from, QStringDecoder::Encoding encoding, bool checkAll, TextAccumulator& text)
{
    ChunkDecoder decoder(encoding);
    for (qsizetype at = from; at < bytes.size(); at += ChunkBytes) {
        const QByteArrayView chunk(bytes.constData() + at, std::min(ChunkBytes, bytes.size() - at));
        const QString decoded = decoder.decode(chunk);
        if (decoder.hasError())
            return Decoded::Invalid;
        if (decoded.contains(QChar(u'\0')))
            return Decoded::Nul;
        text.appendLines(decoded);
        if (text.full() && !checkAll)
            return Decoded::Ok;
    }
    return decoder.holdsIncompleteSequence() ? Decoded::Invalid : Decoded::Ok;
}

} // namespace

bool PlainTextExtractor::handles(const QString& mediaType) const
{
    const QString type = essence(mediaType);
    return type == QLatin1String("text/plain") || type == QLatin1String("text/csv")
        || type == QLatin1String("text/tab-separated-values") || type == QLatin1String("text/markdown")
        || type == QLatin1String("text/x-markdown");
}

ExtractedText PlainTextExtractor::extract(const QByteArray& bytes, const QString& /*mediaType*/) const
{
    ExtractedText result;
    const auto failed = [&result](const QString& reason) {
        result.outcome = ExtractionOutcome::Failed;
        result.text.clear();
        result.reason = reason;
        return result;
    };
    const auto binary = [&] { return failed(tr("The file holds binary data (NUL bytes), not text.")); };

    TextAccumulator text;
    if (const std::optional<Detected> mark = byteOrderMark(bytes)) {
        // Wide encodings hold NUL bytes as halves of ordinary characters: only a decoded U+0000
        // is binary data.
        switch (decode(bytes, mark->bomBytes, mark->encoding, false, text)) {
        case Decoded::Ok:
            break;
        case Decoded::Nul:
            return binary();
        case Decoded::Invalid:
            return failed(mark->encoding == QStringDecoder::Utf8
                    ? tr("The file is marked as UTF-8 text but is not valid UTF-8.")
                    : tr("The file is marked as UTF-16 or UTF-32 text but is damaged."));
        }
    } else {
        if (bytes.contains('\0'))
            return binary();
        // Valid UTF-8 throughout (ASCII included), else Latin-1. The whole file is checked: a
        // Latin-1 "é" may come after a megabyte of ASCII.
        if (decode(bytes, 0, QStringDecoder::Utf8, true, text) != Decoded::Ok) {
            text = TextAccumulator();
            decode(bytes, 0, QStringDecoder::Latin1, false, text); // every byte is a character
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
