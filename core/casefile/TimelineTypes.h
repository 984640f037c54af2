#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace advicehub::casefile {

// What a timeline entry records. Created, field and status changes, links and merges are
// written by the core itself; notes, meetings, calls and e-mails are logged by advisers
// (nothing is ever sent from the application). Codes are stored in the vault: they never change.
enum class EntryKind {
    Created,
    Imported,
    FieldChanged,
    StatusChanged,
    Note,
    Meeting,
    Call,
    EmailReceived,
    EmailSent,
    Linked,
    Unlinked,
    Merged,
    Correction,
    Exported,
    Referral, // a referral of the query to a partner changed (source {"referral", id})
    Consent, // a consent to share was recorded or withdrawn (source {"consent", id})
    Draft, // a draft of the answer was created, saved, submitted, cleared, sent… (source {"draft", id})
    Attachment, // a file was attached, described or removed (source {"attachment", id}); never its content
};

struct TimelineEntry;

// The codes, labels and rules of the entry kinds, in one place. (The class keeps its first
// name, TimelineText, which is also the translation context of the labels.)
class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
public:
    static QString code(EntryKind kind);
    static std::optional<EntryKind> kind(QStringView code);
    static QString label(EntryKind kind);
    // Kinds an adviser logs by hand.
    static bool isLoggable(EntryKind kind);
    // Kinds whose summary and body the full-text search finds: what advisers wrote (logged
    // entries and their corrections).
    static bool isIndexed(EntryKind kind);
    static const std::vector<EntryKind>& allKinds();
    // isLoggable, in the order a user chooses from.
    static const std::vector<EntryKind>& loggableKinds();

    // The summary of an entry in the reader's language (the translator installed now), rendered
    // at display time from its structured fields (kind, field, old/new value, data) by the
    // renderer its domain registered; nothing (no renderer, or an old entry without the fields
    // it needs) and what an adviser wrote: the stored summary. With no translator: English.
    static QString summaryOf(const TimelineEntry& entry);
    // A domain registers the renderer of the kinds it writes (e.g. when its service is built;
    // the same renderer again: no change). Several domains may render one kind (exports): each
    // renderer returns nothing for an entry that is not its own or lacks the fields it needs.
    using SummaryRenderer = std::optional<QString> (*)(const TimelineEntry& entry);
    static void setSummaryRenderer(EntryKind kind, SummaryRenderer renderer);
};

// Where an entry comes from when another domain wrote it, e.g. {"referral", 12} or
// {"disclosure", 7}: lets a reader open the thing the entry is about.
struct TimelineSource {
    QString domain;
    qint64 id = 0;
    bool operator==(const TimelineSource&) const = default;
};

struct TimelineEntry {
    qint64 id = 0;
    qint64 queryId = 0;
    EntryKind kind = EntryKind::Note;
    QDateTime occurredAtUtc; // when it happened (a meeting may be logged afterwards)
    QDateTime recordedAtUtc; // when it was written down
    std::optional<qint64> adviserId;
    QString adviserName;
    QString field; // FieldChanged: the field's code (QueryText::code(QueryField)) or "status"
    QString oldValue; // FieldChanged / StatusChanged
    QString newValue;
    QString summary;
    QString body;
    std::optional<qint64> correctsId;
    std::optional<TimelineSource> source;
    // Structured fields of the entry (codes and ids), so that it can be rendered in the
    // reader's language later. Empty for most entries.
    QJsonObject data;
};

// What a domain service asks CaseTimeline to append. The adviser and the time of recording
// are the case record's (CaseRecord::actor(), the clock).
struct TimelineRecord {
    EntryKind kind = EntryKind::Note;
    QDateTime occurredAtUtc; // invalid: now
    QString field;
    QString oldValue;
    QString newValue;
    QString summary;
    QString body;
    std::optional<qint64> correctsId;
    std::optional<TimelineSource> source;
    QJsonObject data;
};

// An entry an adviser logs: a note, meeting, call or e-mail.
struct NewEntry {
    EntryKind kind = EntryKind::Note;
    QDateTime occurredAtUtc; // invalid: now
    QString summary;
    QString body;
};

} // namespace advicehub::casefile

namespace advicehub::queries {
// Queries were the first domain with a timeline, and the query code names these types as its own.
using casefile::EntryKind;
using casefile::NewEntry;
using casefile::TimelineEntry;
using casefile::TimelineText;
} // namespace advicehub::queries
