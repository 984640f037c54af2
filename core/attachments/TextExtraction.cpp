#include "attachments/TextExtraction.h"

#include "attachments/OfficeTextExtractor.h"
#include "attachments/PlainTextExtractor.h"
#include "attachments/TextAccumulator.h"

#include <QCoreApplication>

namespace advicehub::attachments {

TextExtractors::TextExtractors()
{
    m_extractors.push_back(std::make_unique<PlainTextExtractor>());
    m_extractors.push_back(std::make_unique<OfficeTextExtractor>());
}

void TextExtractors::add(std::unique_ptr<TextExtractor> extractor)
{
    if (extractor)
        m_extractors.push_back(std::move(extractor));
}

bool TextExtractors::handles(const QString& mediaType) const
{
    for (const auto& extractor : m_extractors) {
        if (extractor->handles(mediaType))
            return true;
    }
    return false;
}

ExtractedText TextExtractors::extract(const QByteArray& bytes, const QString& mediaType) const
{
    for (const auto& extractor : m_extractors) {
        if (!extractor->handles(mediaType))
            continue;
        ExtractedText result = extractor->extract(bytes, mediaType);
        if (result.outcome == ExtractionOutcome::Text) {
            // The core's extractors bound their text themselves; this holds for any added one.
            bool cut = false;
            result.text = cutAtWordBoundary(std::move(result.text), kMaxTextChars, &cut);
            if (cut && result.reason.isEmpty()) {
                result.reason = QCoreApplication::translate("advicehub::attachments::TextExtractors",
                    "Only the beginning of the text (%n characters) can be searched.", nullptr,
                    static_cast<int>(kMaxTextChars));
            }
        } else {
            result.text.clear();
            if (result.reason.isEmpty() && result.outcome != ExtractionOutcome::Unsupported) {
                result.reason = QCoreApplication::translate(
                    "advicehub::attachments::TextExtractors", "The text of the document could not be read.");
            }
        }
        return result;
    }
    ExtractedText unsupported;
    unsupported.outcome = ExtractionOutcome::Unsupported;
    unsupported.reason = QCoreApplication::translate(
        "advicehub::attachments::TextExtractors", "The text of this type of file is not searchable.");
    return unsupported;
}

} // namespace advicehub::attachments
