#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace advicehub::queries {

// What a timeline entry records. Created, field and status changes, links and merges are
// written by the core itself; notes, meetings, calls and e-mails are logged by advisers
// (nothing is ever sent from the application).
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
};

class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
public:
    static QString code(EntryKind kind);
    static std::optional<EntryKind> kind(QStringView code);
    static QString label(EntryKind kind);
    // Kinds an adviser logs by hand.
    static bool isLoggable(EntryKind kind);
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
};

// An entry an adviser logs: a note, meeting, call or e-mail.
struct NewEntry {
    EntryKind kind = EntryKind::Note;
    QDateTime occurredAtUtc; // invalid: now
    QString summary;
    QString body;
};

} // namespace advicehub::queries
