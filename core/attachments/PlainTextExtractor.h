#pragma once

#include "attachments/TextExtraction.h"

#include <QCoreApplication>

namespace advicehub::attachments {

// Plain text (text/plain, text/csv, text/tab-separated-values, text/markdown): UTF-8 (with a
// byte-order mark, or valid throughout), UTF-16 or UTF-32 LE/BE with a byte-order mark, else
// Latin-1 (every byte is a Latin-1 character, so a legacy Windows or Mac file still gives its
// words). A NUL byte outside UTF-16/32 means the file is binary whatever its name says: Failed.
// Decoded incrementally: only kMaxTextChars characters are ever held (the rest of a valid UTF-8
// file is only checked, to choose the encoding).
class PlainTextExtractor final : public TextExtractor {
    Q_DECLARE_TR_FUNCTIONS(PlainTextExtractor)
public:
    bool handles(const QString& mediaType) const override;
    ExtractedText extract(const QByteArray& bytes, const QString& mediaType) const override;
};

} // namespace advicehub::attachments
