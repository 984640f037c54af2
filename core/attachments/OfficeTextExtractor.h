#pragma once

#include "attachments/TextExtraction.h"

#include <QCoreApplication>

namespace advicehub::attachments {

// Word-processing documents: ODF text (.odt, its text in content.xml) and Office Open XML
// (.docx, word/document.xml, then its footnotes and endnotes). A zip that libmagic names only
// "application/zip" is looked into: an ODF "mimetype" entry or a word/document.xml decides.
//
// The zip is read from memory with libzip and the XML with libxml2's xmlReader (see the .cpp for
// why these). Bounds against hostile files: at most `maxEntries` entries in the archive, at most
// `maxInflatedBytes` inflated from all the parts read together — counted while inflating, never
// taken from the archive's header, which a zip bomb lies in — and the XML parser's own depth
// and entity limits. No DTD is loaded, no entity is substituted and no network is used; a part
// that declares a document type is refused (OPC forbids DTDs, no office suite writes one).
// Damaged, over a bound or not the type it claims → Failed with a reason that never quotes the
// file.
class OfficeTextExtractor final : public TextExtractor {
    Q_DECLARE_TR_FUNCTIONS(OfficeTextExtractor)
public:
    struct Limits {
        qint64 maxEntries = 10'000;
        qint64 maxInflatedBytes = qint64(64) * 1024 * 1024;
    };

    OfficeTextExtractor() = default;
    explicit OfficeTextExtractor(Limits limits);

    bool handles(const QString& mediaType) const override;
    ExtractedText extract(const QByteArray& bytes, const QString& mediaType) const override;

private:
    Limits m_limits;
};

} // namespace advicehub::attachments
