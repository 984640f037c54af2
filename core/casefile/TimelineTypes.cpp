#include "casefile/TimelineTypes.h"

#include <QMutex>

#include <algorithm>
#include <array>
#include <utility>

namespace advicehub::casefile {

namespace {
constexpr std::array<std::pair<EntryKind, const char*>, 18> kCodes { {
    { EntryKind::Created, "created" },
    { EntryKind::Imported, "imported" },
    { EntryKind::FieldChanged, "field_changed" },
    { EntryKind::StatusChanged, "status_changed" },
    { EntryKind::Note, "note" },
    { EntryKind::Meeting, "meeting" },
    { EntryKind::Call, "call" },
    { EntryKind::EmailReceived, "email_received" },
    { EntryKind::EmailSent, "email_sent" },
    { EntryKind::Linked, "linked" },
    { EntryKind::Unlinked, "unlinked" },
    { EntryKind::Merged, "merged" },
    { EntryKind::Correction, "correction" },
    { EntryKind::Exported, "exported" },
    { EntryKind::Referral, "referral" },
    { EntryKind::Consent, "consent" },
    { EntryKind::Draft, "draft" },
    { EntryKind::Attachment, "attachment" },
} };
} // namespace

QString TimelineText::code(EntryKind kind)
{
    for (const auto& [value, text] : kCodes) {
        if (value == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

std::optional<EntryKind> TimelineText::kind(QStringView code)
{
    for (const auto& [value, text] : kCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString TimelineText::label(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Created:
        return tr("Registered");
    case EntryKind::Imported:
        return tr("Imported");
    case EntryKind::FieldChanged:
        return tr("Changed");
    case EntryKind::StatusChanged:
        return tr("Status changed");
    case EntryKind::Note:
        return tr("Note");
    case EntryKind::Meeting:
        return tr("Meeting");
    case EntryKind::Call:
        return tr("Call");
    case EntryKind::EmailReceived:
        return tr("E-mail received");
    case EntryKind::EmailSent:
        return tr("E-mail sent");
    case EntryKind::Linked:
        return tr("Linked");
    case EntryKind::Unlinked:
        return tr("Unlinked");
    case EntryKind::Merged:
        return tr("Merged");
    case EntryKind::Correction:
        return tr("Correction");
    case EntryKind::Exported:
        return tr("Exported");
    case EntryKind::Referral:
        return tr("Referral");
    case EntryKind::Consent:
        return tr("Consent");
    case EntryKind::Draft:
        return tr("Draft");
    case EntryKind::Attachment:
        return tr("Attachment");
    }
    return {};
}

bool TimelineText::isLoggable(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Note:
    case EntryKind::Meeting:
    case EntryKind::Call:
    case EntryKind::EmailReceived:
    case EntryKind::EmailSent:
        return true;
    default:
        return false;
    }
}

bool TimelineText::isIndexed(EntryKind kind)
{
    return isLoggable(kind) || kind == EntryKind::Correction;
}

const std::vector<EntryKind>& TimelineText::allKinds()
{
    static const std::vector<EntryKind> all = [] {
        std::vector<EntryKind> kinds;
        for (const auto& [kind, code] : kCodes)
            kinds.push_back(kind);
        return kinds;
    }();
    return all;
}

const std::vector<EntryKind>& TimelineText::loggableKinds()
{
    static const std::vector<EntryKind> loggable = [] {
        std::vector<EntryKind> kinds;
        for (EntryKind kind : allKinds()) {
            if (isLoggable(kind))
                kinds.push_back(kind);
        }
        return kinds;
    }();
    return loggable;
}

namespace {

constexpr std::size_t kKindCount = static_cast<std::size_t>(EntryKind::Attachment) + 1;

// Several domains may render one kind (an export is written by queries, drafts, referrals…):
// each renderer answers for its own entries only.
struct Renderers {
    QMutex mutex;
    std::array<std::vector<TimelineText::SummaryRenderer>, kKindCount> byKind;
};

Renderers& renderers()
{
    static Renderers table;
    return table;
}

} // namespace

QString TimelineText::summaryOf(const TimelineEntry& entry)
{
    if (isLoggable(entry.kind))
        return entry.summary; // what an adviser wrote
    const auto index = static_cast<std::size_t>(entry.kind);
    if (index >= kKindCount)
        return entry.summary;
    std::vector<SummaryRenderer> candidates;
    {
        Renderers& table = renderers();
        const QMutexLocker lock(&table.mutex);
        candidates = table.byKind[index];
    }
    for (SummaryRenderer render : candidates) {
        if (std::optional<QString> text = render(entry))
            return *text;
    }
    return entry.summary;
}

void TimelineText::setSummaryRenderer(EntryKind kind, SummaryRenderer renderer)
{
    const auto index = static_cast<std::size_t>(kind);
    if (index >= kKindCount || !renderer)
        return;
    Renderers& table = renderers();
    const QMutexLocker lock(&table.mutex);
    std::vector<SummaryRenderer>& list = table.byKind[index];
    if (std::find(list.begin(), list.end(), renderer) == list.end())
        list.push_back(renderer);
}

} // namespace advicehub::casefile
