#pragma once
// Shared by the attachment-text fuzz target (AttachmentTextFuzzer.cpp) and its corpus replay in the
// normal suite (tests/core/FuzzCorpusAttachmentTextTest.cpp): how an input's first byte chooses
// the media type, and what every extraction must satisfy.
#include "attachments/TextExtraction.h"

#include <QByteArray>
#include <QString>

namespace advicehub::fuzzing {

// The media types the core's extractors handle, as libmagic names them; the input's first byte
// (modulo their number) chooses one and the rest is the file.
inline QString attachmentFuzzMediaType(unsigned char selector)
{
    static const char* const types[] = {
        "text/plain",
        "text/csv",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/zip",
    };
    return QString::fromLatin1(types[selector % (sizeof types / sizeof types[0])]);
}

// nullptr when `result` keeps the extractors' promises, else what it breaks.
inline const char* attachmentTextViolation(const attachments::ExtractedText& result, const QString& mediaType)
{
    using attachments::ExtractionOutcome;
    if (result.outcome == ExtractionOutcome::Unsupported && mediaType != QLatin1String("application/zip"))
        return "a handled media type came back Unsupported";
    if (result.outcome != ExtractionOutcome::Text) {
        if (!result.text.isEmpty())
            return "text returned with a failure";
        if (result.reason.isEmpty())
            return "a failure without a reason";
        return nullptr;
    }
    if (result.text.size() > attachments::kMaxTextChars)
        return "text longer than kMaxTextChars";
    if (!result.text.isEmpty() && (result.text.front().isSpace() || result.text.back().isSpace()))
        return "text starts or ends with white space";
    for (const QChar c : result.text) {
        if ((c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f)
            return "a control character (or U+0000) in the text";
    }
    if (result.text.contains(QLatin1String("\n\n")) || result.text.contains(QLatin1String("  ")))
        return "white space not collapsed";
    return nullptr;
}

} // namespace advicehub::fuzzing
