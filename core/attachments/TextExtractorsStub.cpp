// STUB — replaced by i12-extract. This branch (i12-core) needs TextExtractors' symbols to link
// before the extractors' branch lands. It registers NO built-in extractor (the real constructor
// adds the plain-text and ODT/DOCX ones), so without extractors added by the caller every
// attachment's outcome is Unsupported. Delete this file when merging i12-extract, which provides
// core/attachments/TextExtraction.cpp.
#include "attachments/TextExtraction.h"

namespace advicehub::attachments {

TextExtractors::TextExtractors() = default;

void TextExtractors::add(std::unique_ptr<TextExtractor> extractor)
{
    if (extractor)
        m_extractors.push_back(std::move(extractor));
}

ExtractedText TextExtractors::extract(const QByteArray& bytes, const QString& mediaType) const
{
    for (const auto& extractor : m_extractors) {
        if (extractor->handles(mediaType))
            return extractor->extract(bytes, mediaType);
    }
    return {};
}

bool TextExtractors::handles(const QString& mediaType) const
{
    for (const auto& extractor : m_extractors) {
        if (extractor->handles(mediaType))
            return true;
    }
    return false;
}

} // namespace advicehub::attachments
