#pragma once

#include "attachments/TextExtraction.h"
#include "casefile/TimelineTypes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace advicehub::attachments {

// Bytes per stored chunk (a row of attachment_chunks): a file is read, hashed and written this
// much at a time, never whole.
inline constexpr qint64 kChunkBytes = 256 * 1024;
// The largest file accepted unless the caller sets another limit (AttachmentService::setMaxBytes;
// the desktop application's setting attachments/max_size).
inline constexpr qint64 kDefaultMaxBytes = 256LL * 1024 * 1024;
// The smallest and largest limit a setting may choose.
inline constexpr qint64 kMinMaxBytes = 1024 * 1024;
inline constexpr qint64 kMaxMaxBytes = 4LL * 1024 * 1024 * 1024;
inline constexpr int kMaxFileNameChars = 255;
inline constexpr int kMaxDescriptionChars = 2000;
// readAll() refuses larger attachments unless told otherwise: the viewer of a bigger file reads
// it through open().
inline constexpr qint64 kDefaultReadAllBytes = 64LL * 1024 * 1024;

// One attached file. The bytes are not here: AttachmentService::open() streams them.
struct Attachment {
    qint64 id = 0;
    qint64 queryId = 0;
    QString queryReference;
    std::optional<qint64> entryId; // the timeline entry it came with (an e-mail received)
    std::optional<qint64> draftId;
    std::optional<qint64> referralId;
    QString fileName; // the base name only, cleaned (AttachmentText::cleanFileName)
    QString mediaType; // detected from the content (libmagic), e.g. "application/pdf"
    qint64 size = 0; // bytes
    QByteArray sha256; // 32 bytes, of the whole file
    int chunkCount = 0;
    QDateTime addedAtUtc;
    std::optional<qint64> addedById;
    QString addedByName;
    QString description;
    QString language; // "", or an ISO 639 code of 2-3 letters
    ExtractionOutcome textOutcome = ExtractionOutcome::Unsupported;
    QString textReason; // why NoText / Failed (never content)
    int version = 1; // for expectedVersion

    QString sha256Hex() const { return QString::fromLatin1(sha256.toHex()); }
};

// What add() is told besides the bytes.
struct AddOptions {
    QString fileName; // required for add(QIODevice&); addFile() takes the file's own name when empty
    QString description;
    QString language;
    std::optional<qint64> entryId; // a timeline entry of the same query
};

// Called after each chunk with the bytes read so far and the total (-1 when the source's size is
// not known beforehand). Returning false cancels the add: it is rolled back and nothing is left.
using AddProgress = std::function<bool(qint64 done, qint64 total)>;

// Codes, labels and the rules of file names, in one place (and one translation context).
class AttachmentText {
    Q_DECLARE_TR_FUNCTIONS(advicehub::attachments::AttachmentText)
public:
    static QString code(ExtractionOutcome outcome);
    static std::optional<ExtractionOutcome> outcome(QStringView code);
    static QString label(ExtractionOutcome outcome);
    // "1.2 MB", "512 KB", "10 bytes" (decimal units, as file managers show them).
    static QString size(qint64 bytes);

    // The name an attachment is stored under, from what the user's file was called: the base
    // name only (anything up to the last '/' or '\' goes), without control characters (newlines,
    // tabs) or bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C),
    // which could make a name display as something else, and trimmed. Refused (InvalidInput, with
    // a message): nothing left, "." or "..", longer than kMaxFileNameChars characters.
    static Result<QString> cleanFileName(const QString& name);

    // How an attachment's timeline entry is named in lists and menus: its kind and the local date
    // it happened on, e.g. "E-mail received 2026-03-02", and for a logged entry the start of its
    // summary (what the adviser wrote as its title).
    static QString entryLabel(const casefile::TimelineEntry& entry);
};

} // namespace advicehub::attachments
