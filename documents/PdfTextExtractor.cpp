#include "PdfTextExtractor.h"

#include "attachments/TextAccumulator.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QVariant>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace advicehub::documents {

using attachments::ExtractedText;
using attachments::ExtractionOutcome;

namespace {

QString essence(const QString& mediaType)
{
    return mediaType.section(u';', 0, 0).trimmed().toLower();
}

void silencePoppler()
{
    static std::once_flag silenced;
    std::call_once(silenced, [] {
        Poppler::setDebugErrorFunction([](const QString& /*message*/, const QVariant& /*closure*/) {}, QVariant());
    });
}

} // namespace

PdfTextExtractor::PdfTextExtractor(Limits limits) : m_limits(limits)
{ }

bool PdfTextExtractor::handles(const QString& mediaType) const
{
    const QString type = essence(mediaType);
    return type == QLatin1String("application/pdf") || type == QLatin1String("application/x-pdf");
}

ExtractedText PdfTextExtractor::extract(const QByteArray& bytes, const QString& /*mediaType*/) const
{
    silencePoppler();
    ExtractedText result;
    const auto failed = [&result](const QString& reason) {
        result.outcome = ExtractionOutcome::Failed;
        result.text.clear();
        result.reason = reason;
        return result;
    };
    if (bytes.isEmpty())
        return failed(tr("The PDF is damaged and its text could not be read."));

    QElapsedTimer clock;
    clock.start();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return failed(tr("The PDF is damaged and its text could not be read."));
    if (document->isLocked())
        return failed(tr("The PDF is protected by a password; its text could not be read."));

    const int pages = document->numPages();
    if (pages <= 0) // a PDF has at least one page; poppler rebuilt a damaged file into nothing
        return failed(tr("The PDF is damaged and its text could not be read."));
    const int readable = std::min(pages, m_limits.maxPages);
    attachments::TextAccumulator text;
    int read = 0;
    bool outOfTime = false;
    for (int index = 0; index < readable && !text.full(); ++index) {
        if (clock.elapsed() > m_limits.timeBudget.count()) {
            outOfTime = true;
            break;
        }
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        ++read;
        if (!page)
            continue; // a damaged page; the others may still be read
        text.appendLines(page->text(QRectF()));
        text.endParagraph();
    }

    bool cut = false;
    QString words = text.take(&cut);
    if (words.isEmpty()) {
        if (outOfTime)
            return failed(tr("Reading the PDF's text took too long; it was stopped."));
        result.outcome = ExtractionOutcome::NoText;
        result.reason = tr("The PDF has no text layer: a scanned document?");
        return result;
    }
    result.outcome = ExtractionOutcome::Text;
    result.text = std::move(words);
    if (cut) {
        result.reason = tr("Only the beginning of the text (%n characters) can be searched.", nullptr,
            static_cast<int>(attachments::kMaxTextChars));
    } else if (outOfTime) {
        result.reason
            = tr("Reading the PDF's text took too long: only its first %n page(s) can be searched.", nullptr, read);
    } else if (pages > readable) {
        result.reason = tr("Only the first %1 of the PDF's %2 pages can be searched.")
                            .arg(QLocale().toString(readable), QLocale().toString(pages));
    }
    return result;
}

} // namespace advicehub::documents
