#include "attachments/AttachmentTypes.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <utility>

namespace advicehub::attachments {

namespace {

constexpr std::array<std::pair<ExtractionOutcome, const char*>, 4> kOutcomes { {
    { ExtractionOutcome::Text, "text" },
    { ExtractionOutcome::NoText, "no_text" },
    { ExtractionOutcome::Failed, "failed" },
    { ExtractionOutcome::Unsupported, "unsupported" },
} };

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

} // namespace

QString AttachmentText::code(ExtractionOutcome outcome)
{
    for (const auto& [value, text] : kOutcomes) {
        if (value == outcome)
            return QString::fromLatin1(text);
    }
    return {};
}

std::optional<ExtractionOutcome> AttachmentText::outcome(QStringView code)
{
    for (const auto& [value, text] : kOutcomes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString AttachmentText::label(ExtractionOutcome outcome)
{
    switch (outcome) {
    case ExtractionOutcome::Text:
        return tr("Text found");
    case ExtractionOutcome::NoText:
        return tr("No text (a scan?)");
    case ExtractionOutcome::Failed:
        return tr("Text could not be read");
    case ExtractionOutcome::Unsupported:
        return tr("Not searchable (type not supported)");
    }
    return {};
}

QString AttachmentText::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

Result<QString> AttachmentText::cleanFileName(const QString& name)
{
    // Only the base name: a name given as a path (or crafted with separators) never becomes one.
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    const QString base = slash >= 0 ? name.mid(slash + 1) : name;
    QString cleaned;
    cleaned.reserve(base.size());
    for (const char32_t c : base.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || isBidiControl(c) || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || c == 0xFEFF || category == QChar::Other_Surrogate)
            continue;
        cleaned += QString::fromUcs4(&c, 1);
    }
    cleaned = cleaned.trimmed();
    if (cleaned.isEmpty() || cleaned == QLatin1String(".") || cleaned == QLatin1String(".."))
        return makeError(ErrorCode::InvalidInput, tr("The file needs a name."));
    if (cleaned.size() > kMaxFileNameChars)
        return makeError(ErrorCode::InvalidInput,
            tr("The file name is longer than %n characters; rename the file and attach it again.", nullptr,
                kMaxFileNameChars));
    return cleaned;
}

QString AttachmentText::entryLabel(const casefile::TimelineEntry& entry)
{
    QString label = casefile::TimelineText::label(entry.kind);
    if (entry.occurredAtUtc.isValid())
        label += QLatin1Char(' ') + entry.occurredAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
    QString summary = entry.summary.simplified();
    if (casefile::TimelineText::isLoggable(entry.kind) && !summary.isEmpty()) {
        constexpr int kMaxSummaryChars = 40;
        if (summary.size() > kMaxSummaryChars)
            summary = summary.left(kMaxSummaryChars - 1) + QChar(0x2026);
        label += QStringLiteral(": ") + summary;
    }
    return label;
}

} // namespace advicehub::attachments
