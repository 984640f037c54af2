#pragma once

#include "attachments/AttachmentTypes.h"
#include "common/Result.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace advicehub::casefile {
class CaseRecord;
class SummarySectionProvider;
} // namespace advicehub::casefile

namespace advicehub::attachments {

class TextExtractors;

// Files attached to queries, stored inside the vault (schema version 9, AttachmentsSchema.h).
// Every operation validates first (each refusal with its own message, nothing written), then
// writes in one transaction and records itself on the query's timeline through the case record
// (EntryKind::Attachment, source {"attachment", id}, data {event, attachment, ...}): the file
// name, size and hash, never the content.
//
// Adding streams the source kChunkBytes bytes at a time: each chunk is hashed (SHA-256,
// libsodium) and written as one row, and the whole file's hash is computed on the way; the media
// type is detected from the first chunk's content (libmagic), never from the name. The whole add
// is one transaction: a kill, a full disk, a cancel, a source that changes size while it is read
// or a duplicate found at the end leaves either the whole attachment or nothing. The bytes are
// held in memory whole only for text extraction, and only when an extractor reads the type.
//
// Like every service, it lives on the vault's thread; devices from open() must not outlive the
// session (they report an error once the service is gone).
class AttachmentService : public QObject {
    Q_OBJECT
public:
    // `extractors` (not owned, may be null: nothing is extracted) turn an attachment's bytes into
    // the text search finds.
    AttachmentService(casefile::CaseRecord& record, const TextExtractors* extractors, QObject* parent = nullptr);
    ~AttachmentService() override;

    // The largest file accepted, in bytes (default kDefaultMaxBytes; clamped to
    // [kMinMaxBytes, kMaxMaxBytes]). The desktop application sets it from its setting.
    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const;

    // Attaches what `source` (open for reading) holds from its current position, under
    // options.fileName (cleaned: AttachmentText::cleanFileName). A random-access source's size
    // is checked against the limit before anything is read or written; a sequential one is
    // refused as soon as it passes the limit. Refused (nothing left behind): unknown or merged
    // query; an entry of another query; a bad name, description or language; 0 bytes; over the
    // limit; a source whose size changes while it is read (ErrorCode::Io); a read error;
    // identical content already attached to the query (ErrorCode::AlreadyExists, naming the
    // attachment that holds it); `progress` returning false (ErrorCode::Cancelled).
    Result<Attachment> add(
        qint64 queryId, QIODevice& source, const AddOptions& options, const AddProgress& progress = {});
    // The same from a file: a folder, a missing, special (device, pipe) or unreadable file is
    // refused with a message naming it; the file's own base name is used unless options.fileName.
    Result<Attachment> addFile(
        qint64 queryId, const QString& path, AddOptions options = {}, const AddProgress& progress = {});

    Result<Attachment> get(qint64 attachmentId) const;
    // Oldest first.
    Result<std::vector<Attachment>> list(qint64 queryId) const;
    bool hasAttachments(qint64 queryId) const;

    // A read-only sequential device over the stored bytes, read from the vault one chunk at a
    // time; each chunk's hash and, at the end, the whole file's hash are checked, and a mismatch
    // is a read error (errorString() says the attachment is damaged). Already open. For the
    // viewer, the export and extraction.
    Result<std::unique_ptr<QIODevice>> open(qint64 attachmentId);
    // The whole file in memory, for small files; refused above `maxBytes`.
    Result<QByteArray> readAll(qint64 attachmentId, qint64 maxBytes = kDefaultReadAllBytes);

    // `expectedVersion`: Conflict when another window changed it first. Same text: no change.
    Result<Attachment> setDescription(qint64 attachmentId, const QString& description, int expectedVersion);
    // Links the attachment to one of its query's timeline entries (nullopt: to none). Refused
    // (nothing written): an entry of another query or none at all (InvalidInput); Conflict as
    // above. Recorded on the timeline. The same entry: no change.
    Result<Attachment> setEntry(qint64 attachmentId, std::optional<qint64> entryId, int expectedVersion);
    // Deletes the attachment, its chunks and its search text (secure_delete overwrites the freed
    // pages; the vault reports the space it could reclaim). Recorded on the timeline with the
    // file name and SHA-256.
    Status remove(qint64 attachmentId);

    // Saves a copy of the attachment at `path`: a deliberate export through casefile/ExportFile
    // (0600, atomic, streamed chunk by chunk), recorded on the disclosure record and the
    // query's timeline. Refuses to replace an existing file unless `overwrite`.
    Status exportTo(qint64 attachmentId, const QString& path, bool overwrite);

    // The file names of the query's attachments whose name, description or text match
    // `ftsExpression` (queries::QuerySearch::ftsExpression of what the user typed), oldest first:
    // "found in attachment letter.pdf".
    Result<QStringList> matchingAttachments(qint64 queryId, const QString& ftsExpression) const;

    // The "Attachments" part of a case summary (one section per file: name, type, size, hash,
    // added on/by, description). The session registers it. Owned by this service.
    casefile::SummarySectionProvider* summaryProvider();

Q_SIGNALS:
    // After the commit only.
    void attachmentsChanged(qint64 queryId);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace advicehub::attachments
