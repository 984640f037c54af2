#pragma once

#include "attachments/TextExtraction.h"

#include <QCoreApplication>

#include <chrono>

namespace advicehub::documents {

// The text layer of a PDF, for the search index: poppler's Qt 6 binding (Debian's
// libpoppler-qt6-dev), loading from memory (Poppler::Document::loadFromData), never from a file.
// Here, not in the core, because poppler-qt6 links Qt Gui; the desktop application and
// advicehub-cli add it to the session's TextExtractors.
//
//  - Damaged (poppler cannot open it) → Failed "damaged".
//  - Encrypted with a password to open it → Failed "protected by a password". A PDF encrypted
//    only with an owner password (printing or copying restricted) opens without one and is read:
//    the restriction is about what a viewer offers, and the index stays inside the vault.
//  - No text on any page read → NoText "no text layer: a scanned document?".
//  - More than `maxPages` pages (a page-count bomb, or a 5,000-page gazette): the first
//    `maxPages` are read, the outcome is decided on them, and the reason says so — the words of
//    the first 2,000 pages are worth more than none.
//  - Reading stops when `timeBudget` is spent (hostile content streams), checked between pages:
//    what was read is kept and the reason says so; nothing read yet → Failed.
//  - The text stops growing at kMaxTextChars (cut at a word boundary, the reason says so).
// Poppler's error messages (which may quote the document) are silenced, never printed.
class PdfTextExtractor final : public attachments::TextExtractor {
    Q_DECLARE_TR_FUNCTIONS(PdfTextExtractor)
public:
    struct Limits {
        int maxPages = 2000;
        std::chrono::milliseconds timeBudget { 60'000 };
    };

    PdfTextExtractor() = default;
    explicit PdfTextExtractor(Limits limits);

    bool handles(const QString& mediaType) const override;
    attachments::ExtractedText extract(const QByteArray& bytes, const QString& mediaType) const override;

private:
    Limits m_limits;
};

} // namespace advicehub::documents
