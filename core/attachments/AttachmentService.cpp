#include "attachments/AttachmentService.h"

#include "attachments/Sha256.h"
#include "attachments/TextExtraction.h"
#include "casefile/CaseRecord.h"
#include "casefile/CaseSummary.h"
#include "casefile/CaseTimeline.h"
#include "casefile/DisclosureRecord.h"
#include "casefile/ExportFile.h"
#include "casefile/QueryIndex.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "crypto/SecureBuffer.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"

#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>

#include <magic.h>

#include <cstring>

namespace advicehub::attachments {

namespace {

constexpr const char* kColumns
    = "SELECT a.id, a.query_id, q.reference, a.entry_id, a.draft_id, a.referral_id, a.file_name, a.media_type, "
      "a.size, a.sha256, a.chunk_count, a.added_on, a.added_by, ad.name, a.description, a.language, a.text_outcome, "
      "a.text_reason, a.version FROM attachments a JOIN queries q ON q.id = a.query_id LEFT JOIN advisers ad ON "
      "ad.id = a.added_by ";

QString quoted(const QString& name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

// A null QString binds SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Attachment fromRow(const db::Statement& s)
{
    Attachment a;
    a.id = s.int64(0);
    a.queryId = s.int64(1);
    a.queryReference = s.text(2);
    a.entryId = s.optionalInt64(3);
    a.draftId = s.optionalInt64(4);
    a.referralId = s.optionalInt64(5);
    a.fileName = s.text(6);
    a.mediaType = s.text(7);
    a.size = s.int64(8);
    a.sha256 = s.blob(9);
    a.chunkCount = s.int32(10);
    a.addedAtUtc = parseIsoUtc(s.text(11));
    a.addedById = s.optionalInt64(12);
    a.addedByName = s.text(13);
    a.description = s.text(14);
    a.language = s.text(15);
    a.textOutcome = AttachmentText::outcome(s.text(16)).value_or(ExtractionOutcome::Unsupported);
    a.textReason = s.text(17);
    a.version = s.int32(18);
    return a;
}

// The media type of content, by libmagic's rules (never the file's name). One handle per
// service: libmagic handles are not shared between threads, and a service lives on one.
class MediaTypes {
public:
    MediaTypes() = default;
    MediaTypes(const MediaTypes&) = delete;
    MediaTypes& operator=(const MediaTypes&) = delete;
    ~MediaTypes()
    {
        if (m_magic)
            magic_close(m_magic);
    }

    QString detect(const QByteArray& head)
    {
        static const QString unknown = QStringLiteral("application/octet-stream");
        if (!m_tried) {
            m_tried = true;
            // MAGIC_MIME_TYPE: "application/pdf", not a description. The default database
            // (Debian's libmagic-mgc); without it every file is application/octet-stream.
            m_magic = magic_open(MAGIC_MIME_TYPE);
            if (m_magic && magic_load(m_magic, nullptr) != 0) {
                magic_close(m_magic);
                m_magic = nullptr;
            }
        }
        if (!m_magic || head.isEmpty())
            return unknown;
        const char* type = magic_buffer(m_magic, head.constData(), static_cast<size_t>(head.size()));
        const QString detected = type ? QString::fromLatin1(type).trimmed() : QString();
        return detected.isEmpty() ? unknown : detected;
    }

private:
    magic_t m_magic = nullptr;
    bool m_tried = false;
};

// Reads up to kChunkBytes (fewer only at the end of the source). -1: a read error.
qint64 readChunk(QIODevice& source, QByteArray& chunk)
{
    chunk.resize(kChunkBytes);
    qint64 filled = 0;
    while (filled < kChunkBytes) {
        const qint64 n = source.read(chunk.data() + filled, kChunkBytes - filled);
        if (n < 0)
            return -1;
        if (n == 0) {
            // A sequential source may have more once it is ready (a pipe, a socket).
            if (source.isSequential() && !source.atEnd() && source.waitForReadyRead(30'000))
                continue;
            break;
        }
        filled += n;
    }
    chunk.resize(filled);
    return filled;
}

} // namespace

// --- the device over stored chunks

namespace {

class ChunkReader final : public QIODevice {
    Q_DECLARE_TR_FUNCTIONS(advicehub::attachments::AttachmentService)
public:
    ChunkReader(QPointer<QObject> service, db::Connection& connection, const Attachment& attachment)
        : m_service(std::move(service)),
          m_connection(connection),
          m_id(attachment.id),
          m_name(attachment.fileName),
          m_size(attachment.size),
          m_chunkCount(attachment.chunkCount),
          m_sha256(attachment.sha256)
    {
        QIODevice::open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override
    {
        if (m_failed)
            return QIODevice::bytesAvailable();
        return QIODevice::bytesAvailable() + (m_size - m_delivered);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        qint64 copied = 0;
        while (copied < maxSize) {
            if (m_offset == m_chunk.size()) {
                if (m_seq == m_chunkCount)
                    break;
                if (!loadNext())
                    return copied > 0 ? copied : -1;
            }
            const qint64 n = qMin<qint64>(maxSize - copied, m_chunk.size() - m_offset);
            std::memcpy(data + copied, m_chunk.constData() + m_offset, static_cast<size_t>(n));
            m_offset += n;
            copied += n;
            m_delivered += n;
        }
        return copied;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool fail(const QString& why)
    {
        m_failed = true;
        setErrorString(why);
        m_chunk.clear();
        m_offset = 0;
        return false;
    }
    bool damaged()
    {
        return fail(tr("The attachment %1 is damaged in the vault (its content does not match its SHA-256). "
                       "Run Vault \u25b8 Check Integrity, and restore a backup if needed.")
                        .arg(quoted(m_name)));
    }

    bool loadNext()
    {
        if (!m_service)
            return fail(tr("The vault was locked while the attachment was read."));
        QByteArray hash;
        try {
            db::Statement s = m_connection.prepare(
                "SELECT sha256, data FROM attachment_chunks WHERE attachment_id = ?1 AND seq = ?2");
            s.bindAll(m_id, m_seq);
            if (!s.step())
                return fail(tr("The attachment %1 is no longer in the vault, or is incomplete.").arg(quoted(m_name)));
            hash = s.blob(0);
            m_chunk = s.blob(1);
        } catch (const db::DbError&) {
            return damaged();
        }
        m_offset = 0;
        if (m_chunk.isEmpty() || Sha256::of(m_chunk) != hash)
            return damaged();
        m_whole.add(m_chunk);
        m_read += m_chunk.size();
        ++m_seq;
        if (m_read > m_size)
            return damaged();
        // The last chunk: the whole file must be what was stored (no chunk missing, none swapped).
        if (m_seq == m_chunkCount && (m_read != m_size || m_whole.finish() != m_sha256))
            return damaged();
        return true;
    }

    QPointer<QObject> m_service;
    db::Connection& m_connection;
    qint64 m_id;
    QString m_name;
    qint64 m_size;
    int m_chunkCount;
    QByteArray m_sha256;
    Sha256 m_whole;
    QByteArray m_chunk;
    qint64 m_offset = 0;
    int m_seq = 0;
    qint64 m_read = 0; // bytes of the chunks loaded so far
    qint64 m_delivered = 0;
    bool m_failed = false;
};

} // namespace

// --- the service

class AttachmentService::Impl : public casefile::IndexSource, public casefile::SummarySectionProvider {
    Q_DECLARE_TR_FUNCTIONS(advicehub::attachments::AttachmentService)
public:
    Impl(AttachmentService& service, casefile::CaseRecord& caseRecord, const TextExtractors* textExtractors)
        : q(service), record(caseRecord), extractors(textExtractors)
    { }

    db::Connection& c() { return record.connection(); }
    QString now() const { return isoUtc(record.clock().nowUtc()); }

    // casefile::IndexSource: the name, description and text of each attachment of a query.
    QString indexedText(db::Connection& connection, qint64 queryId) override;
    // casefile::SummarySectionProvider
    Status contribute(qint64 queryId, casefile::CaseSummary& summary) override;

    std::optional<Attachment> read(qint64 id);
    std::vector<Attachment> readAll(qint64 queryId);
    // Reads and verifies every chunk of `attachment` into `bytes` (attachment.size bytes).
    Status readVerified(const Attachment& attachment, char* bytes, const QString& damaged);

    static Error noSuchAttachment() { return makeError(ErrorCode::NotFound, tr("No such attachment.")); }
    static Error empty(const QString& name)
    {
        return makeError(ErrorCode::InvalidInput,
            tr("The file %1 is empty (0 bytes): there is nothing to attach.").arg(quoted(name)));
    }
    Error tooLarge(const QString& name, qint64 size) const
    {
        return makeError(ErrorCode::InvalidInput,
            tr("The file %1 (%2) is larger than the limit for attachments, %3. Nothing was attached.")
                .arg(quoted(name), AttachmentText::size(size), AttachmentText::size(maxBytes)));
    }
    static Error changed(const QString& name)
    {
        return makeError(ErrorCode::Io,
            tr("The file %1 changed while it was being read. Nothing was attached; try again once it is complete.")
                .arg(quoted(name)));
    }
    static Error unreadable(const QString& name)
    {
        return makeError(ErrorCode::Io, tr("The file %1 could not be read. Nothing was attached.").arg(quoted(name)));
    }

    // Validation of the texts of an attachment; the cleaned values.
    static Result<QString> checkedDescription(const QString& description);
    static Result<QString> checkedLanguage(const QString& language);

    ExtractedText extract(qint64 id, qint64 size, const QString& mediaType);
    void appendEntry(
        qint64 queryId, qint64 attachmentId, const QString& summary, const QString& body, const QJsonObject& data);
    void notify(qint64 queryId);

    AttachmentService& q;
    casefile::CaseRecord& record;
    const TextExtractors* extractors;
    MediaTypes mediaTypes;
    qint64 maxBytes = kDefaultMaxBytes;
};

std::optional<Attachment> AttachmentService::Impl::read(qint64 id)
{
    db::Statement s = c().prepare(std::string(kColumns) + "WHERE a.id = ?1 AND a.chunk_count > 0");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return fromRow(s);
}

std::vector<Attachment> AttachmentService::Impl::readAll(qint64 queryId)
{
    db::Statement s
        = c().prepare(std::string(kColumns) + "WHERE a.query_id = ?1 AND a.chunk_count > 0 ORDER BY a.added_on, a.id");
    s.bind(1, queryId);
    std::vector<Attachment> list;
    while (s.step())
        list.push_back(fromRow(s));
    return list;
}

QString AttachmentService::Impl::indexedText(db::Connection& connection, qint64 queryId)
{
    // attachment_text holds the texts normalised already; its docid is the attachment's id.
    db::Statement s = connection.prepare(
        "SELECT t.file_name, t.description, t.body FROM attachments a JOIN attachment_text t ON t.docid = a.id "
        "WHERE a.query_id = ?1 ORDER BY a.id");
    s.bind(1, queryId);
    QStringList parts;
    while (s.step()) {
        for (int column = 0; column < 3; ++column) {
            const QString part = s.text(column);
            if (!part.isEmpty())
                parts << part;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

Result<QString> AttachmentService::Impl::checkedDescription(const QString& description)
{
    const QString trimmed = description.trimmed();
    if (trimmed.size() > kMaxDescriptionChars)
        return makeError(ErrorCode::InvalidInput,
            tr("The description is longer than %n characters.", nullptr, kMaxDescriptionChars));
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

Result<QString> AttachmentService::Impl::checkedLanguage(const QString& language)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
    const QString lower = language.trimmed().toLower();
    if (!lower.isEmpty() && !code.match(lower).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            tr("The language must be a language code of two or three letters (for example en, fr, es)."));
    return lower.isNull() ? QStringLiteral("") : lower;
}

ExtractedText AttachmentService::Impl::extract(qint64 id, qint64 size, const QString& mediaType)
{
    if (!extractors || !extractors->handles(mediaType))
        return {};
    // The extractors read from memory: the one place an attachment is whole in memory, and only
    // for the types they read.
    QByteArray bytes;
    try {
        bytes.reserve(size);
        db::Statement chunks = c().prepare("SELECT data FROM attachment_chunks WHERE attachment_id = ?1 ORDER BY seq");
        chunks.bind(1, id);
        while (chunks.step())
            bytes.append(chunks.blob(0));
    } catch (const std::bad_alloc&) {
        return { ExtractionOutcome::Failed, {}, tr("not enough memory to read the file's text") };
    }
    ExtractedText extracted;
    try {
        extracted = extractors->extract(bytes, mediaType);
    } catch (const std::bad_alloc&) {
        return { ExtractionOutcome::Failed, {}, tr("not enough memory to read the file's text") };
    } catch (const std::exception&) {
        return { ExtractionOutcome::Failed, {}, tr("the file's text could not be read") };
    }
    if (extracted.text.size() > kMaxTextChars) {
        // Cut at a word boundary (the extractors should have cut already).
        qsizetype cut = kMaxTextChars;
        while (cut > 0 && !extracted.text.at(cut).isSpace())
            --cut;
        extracted.text.truncate(cut > 0 ? cut : kMaxTextChars);
    }
    return extracted;
}

void AttachmentService::Impl::appendEntry(
    qint64 queryId, qint64 attachmentId, const QString& summary, const QString& body, const QJsonObject& data)
{
    casefile::TimelineRecord entry;
    entry.kind = casefile::EntryKind::Attachment;
    entry.summary = summary;
    entry.body = body;
    entry.source = casefile::TimelineSource { QStringLiteral("attachment"), attachmentId };
    entry.data = data;
    record.timeline().append(queryId, entry);
}

void AttachmentService::Impl::notify(qint64 queryId)
{
    QPointer<AttachmentService> self(&q);
    c().afterCommit([self, queryId] {
        if (self)
            Q_EMIT self->attachmentsChanged(queryId);
    });
}

namespace {

// The summaries of the attachment entries in the reader's language, from their data (the same
// source strings as the writers below; additions and removals always kept what their text
// needs); nothing when the entry lacks it (a description or link written before the file name
// was kept in the data).
std::optional<QString> renderEntry(const casefile::TimelineEntry& entry)
{
    const QJsonObject& data = entry.data;
    if (entry.kind == casefile::EntryKind::Exported) {
        // A copy saved to a file (the disclosure record keeps the copy's file name).
        const QString name = data.value(QStringLiteral("attachment_name")).toString();
        const QString sha256 = data.value(QStringLiteral("sha256")).toString();
        const QString copy = data.value(QStringLiteral("file_name")).toString();
        if (data.value(QStringLiteral("document")).toString() != QLatin1String("attachment") || name.isEmpty()
            || sha256.isEmpty() || copy.isEmpty())
            return std::nullopt;
        return AttachmentService::tr("Attachment %1 (SHA-256 %2) saved as a copy to %3")
            .arg(quoted(name), sha256, copy);
    }
    const QString event = data.value(QStringLiteral("event")).toString();
    const QString name = data.value(QStringLiteral("file_name")).toString();
    if (entry.kind != casefile::EntryKind::Attachment || name.isEmpty())
        return std::nullopt;
    const auto size = static_cast<qint64>(data.value(QStringLiteral("size")).toDouble(-1));
    if (event == QLatin1String("added")) {
        const QString mediaType = data.value(QStringLiteral("media_type")).toString();
        if (size < 0 || mediaType.isEmpty())
            return std::nullopt;
        return AttachmentService::tr("Attachment %1 added (%2, %3)")
            .arg(quoted(name), AttachmentText::size(size), mediaType);
    }
    if (event == QLatin1String("removed")) {
        const QString sha256 = data.value(QStringLiteral("sha256")).toString();
        if (size < 0 || sha256.isEmpty())
            return std::nullopt;
        return AttachmentService::tr("Attachment %1 removed (%2, SHA-256 %3)")
            .arg(quoted(name), AttachmentText::size(size), sha256);
    }
    if (event == QLatin1String("described"))
        return AttachmentService::tr("Attachment %1: description changed").arg(quoted(name));
    if (event == QLatin1String("linked")) {
        if (data.contains(QStringLiteral("entry")))
            return AttachmentService::tr("Attachment %1 linked to timeline entry %2")
                .arg(quoted(name))
                .arg(static_cast<qint64>(data.value(QStringLiteral("entry")).toDouble()));
        return AttachmentService::tr("Attachment %1 no longer linked to a timeline entry").arg(quoted(name));
    }
    return std::nullopt;
}

} // namespace

AttachmentService::AttachmentService(casefile::CaseRecord& record, const TextExtractors* extractors, QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>(*this, record, extractors))
{
    casefile::TimelineText::setSummaryRenderer(casefile::EntryKind::Attachment, &renderEntry);
    casefile::TimelineText::setSummaryRenderer(casefile::EntryKind::Exported, &renderEntry);
    record.index().addSource(d.get());
}

AttachmentService::~AttachmentService()
{
    d->record.index().removeSource(d.get());
}

void AttachmentService::setMaxBytes(qint64 bytes)
{
    d->maxBytes = qBound(kMinMaxBytes, bytes, kMaxMaxBytes);
}

qint64 AttachmentService::maxBytes() const
{
    return d->maxBytes;
}

casefile::SummarySectionProvider* AttachmentService::summaryProvider()
{
    return d.get();
}

Result<Attachment> AttachmentService::addFile(
    qint64 queryId, const QString& path, AddOptions options, const AddProgress& progress)
{
    const QFileInfo info(path);
    const QString shown = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(quoted(shown)));
    if (info.isDir())
        return makeError(
            ErrorCode::InvalidInput, tr("%1 is a folder: attach the files in it one by one.").arg(quoted(shown)));
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is not an ordinary file (a device or a pipe) and cannot be attached.").arg(quoted(shown)));
    if (options.fileName.isEmpty())
        options.fileName = info.fileName();
    // Before the file is opened: too large or empty is said at once.
    if (info.size() == 0)
        return Impl::empty(shown);
    if (info.size() > d->maxBytes)
        return d->tooLarge(shown, info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError || !info.isReadable())
            return makeError(
                ErrorCode::PermissionDenied, tr("The file %1 cannot be read (permission denied).").arg(quoted(shown)));
        return makeError(ErrorCode::Io, tr("The file %1 cannot be opened.").arg(quoted(shown)));
    }
    return add(queryId, file, options, progress);
}

Result<Attachment> AttachmentService::add(
    qint64 queryId, QIODevice& source, const AddOptions& options, const AddProgress& progress)
{
    // Everything that can be refused without reading the source is refused first.
    const Result<QString> name = AttachmentText::cleanFileName(options.fileName);
    if (!name)
        return name.error();
    const Result<QString> description = Impl::checkedDescription(options.description);
    if (!description)
        return description.error();
    const Result<QString> language = Impl::checkedLanguage(options.language);
    if (!language)
        return language.error();
    if (!source.isOpen() || !source.isReadable())
        return Impl::unreadable(*name);
    // A random-access source says its size: over the limit or empty is refused before anything
    // is read or written. A sequential one is refused as soon as it passes the limit.
    qint64 total = -1;
    if (!source.isSequential()) {
        total = source.size() - source.pos();
        if (total <= 0)
            return Impl::empty(*name);
        if (total > d->maxBytes)
            return d->tooLarge(*name, total);
    }
    if (progress && !progress(0, total))
        return makeError(ErrorCode::Cancelled, tr("Cancelled: nothing was attached."));

    qint64 id = 0;
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        {
            db::Statement query = d->c().prepare("SELECT merged_into_id FROM queries WHERE id = ?1");
            query.bind(1, queryId);
            if (!query.step())
                return makeError(ErrorCode::NotFound, tr("No such query."));
            if (!query.isNull(0))
                return makeError(
                    ErrorCode::NotAllowed, tr("This query was merged into another; attach the file there."));
        }
        if (options.entryId) {
            db::Statement entry = d->c().prepare("SELECT 1 FROM timeline WHERE id = ?1 AND query_id = ?2");
            entry.bindAll(*options.entryId, queryId);
            if (!entry.step())
                return makeError(ErrorCode::InvalidInput, tr("The timeline entry is not one of this query's."));
        }

        QByteArray chunk;
        qint64 n = readChunk(source, chunk);
        if (n < 0)
            return Impl::unreadable(*name);
        if (n == 0)
            return total > 0 ? Impl::changed(*name) : Impl::empty(*name);
        const QString mediaType = d->mediaTypes.detect(chunk);

        // The row first, marked incomplete (chunk_count 0), so that the chunks can refer to it;
        // completed below in the same transaction.
        db::Statement insert = d->c().prepare(
            "INSERT INTO attachments(query_id, entry_id, file_name, media_type, size, sha256, chunk_count, added_on, "
            "added_by, description, language) VALUES (?1, ?2, ?3, ?4, 0, zeroblob(32), 0, ?5, ?6, ?7, ?8)");
        insert.bindAll(
            queryId, options.entryId, *name, mediaType, d->now(), d->record.actor(), *description, *language);
        insert.execute();
        id = d->c().lastInsertRowId();

        db::Statement insertChunk
            = d->c().prepare("INSERT INTO attachment_chunks(attachment_id, seq, sha256, data) VALUES (?1, ?2, ?3, ?4)");
        Sha256 whole;
        qint64 read = 0;
        int seq = 0;
        while (n > 0) {
            read += n;
            if (total >= 0 && read > total)
                return Impl::changed(*name);
            if (read > d->maxBytes)
                return d->tooLarge(*name, read);
            whole.add(chunk);
            insertChunk.bindAll(id, seq);
            insertChunk.bindBlob(3, Sha256::of(chunk));
            insertChunk.bindBlob(4, chunk);
            insertChunk.execute();
            ++seq;
            if (progress && !progress(read, total))
                return makeError(ErrorCode::Cancelled, tr("Cancelled: nothing was attached."));
            n = readChunk(source, chunk);
            if (n < 0)
                return Impl::unreadable(*name);
        }
        chunk = QByteArray();
        // Shorter than it said when it was opened: cut while read.
        if (total >= 0 && read != total)
            return Impl::changed(*name);
        const QByteArray sha256 = whole.finish();

        db::Statement same = d->c().prepare(
            "SELECT file_name FROM attachments WHERE query_id = ?1 AND sha256 = ?2 AND id <> ?3 AND chunk_count > 0 "
            "ORDER BY id LIMIT 1");
        same.bind(1, queryId);
        same.bindBlob(2, sha256);
        same.bind(3, id);
        if (same.step())
            return makeError(ErrorCode::AlreadyExists,
                tr("The same file is already attached to this query as %1. Nothing was attached.")
                    .arg(quoted(same.text(0))));
        same.reset();

        const ExtractedText extracted = d->extract(id, read, mediaType);
        db::Statement complete = d->c().prepare(
            "UPDATE attachments SET size = ?2, sha256 = ?3, chunk_count = ?4, text_outcome = ?5, text_reason = ?6 "
            "WHERE id = ?1");
        complete.bindAll(id, read);
        complete.bindBlob(3, sha256);
        complete.bind(4, seq);
        complete.bind(5, AttachmentText::code(extracted.outcome));
        complete.bind(6, text(extracted.reason));
        complete.execute();

        db::Statement searchable = d->c().prepare(
            "INSERT INTO attachment_text(docid, file_name, description, body) VALUES (?1, ?2, ?3, ?4)");
        searchable.bindAll(id, casefile::QueryIndex::searchableText(*name),
            casefile::QueryIndex::searchableText(*description),
            text(extracted.outcome == ExtractionOutcome::Text ? casefile::QueryIndex::searchableText(extracted.text)
                                                              : QString()));
        searchable.execute();

        QJsonObject data { { QStringLiteral("event"), QStringLiteral("added") },
            { QStringLiteral("attachment"), static_cast<double>(id) }, { QStringLiteral("file_name"), *name },
            { QStringLiteral("media_type"), mediaType }, { QStringLiteral("size"), static_cast<double>(read) },
            { QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex()) },
            { QStringLiteral("text"), AttachmentText::code(extracted.outcome) } };
        if (options.entryId)
            data.insert(QStringLiteral("entry"), static_cast<double>(*options.entryId));
        d->appendEntry(queryId, id,
            tr("Attachment %1 added (%2, %3)").arg(quoted(*name), AttachmentText::size(read), mediaType), *description,
            data);
        d->record.index().refresh(queryId);
        d->notify(queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(id);
}

Result<Attachment> AttachmentService::get(qint64 attachmentId) const
{
    return db::guard([&]() -> Result<Attachment> {
        std::optional<Attachment> attachment = d->read(attachmentId);
        if (!attachment)
            return Impl::noSuchAttachment();
        return std::move(*attachment);
    });
}

Result<std::vector<Attachment>> AttachmentService::list(qint64 queryId) const
{
    return db::guard([&]() -> Result<std::vector<Attachment>> { return d->readAll(queryId); });
}

bool AttachmentService::hasAttachments(qint64 queryId) const
{
    try {
        db::Statement s = d->c().prepare("SELECT 1 FROM attachments WHERE query_id = ?1 LIMIT 1");
        s.bind(1, queryId);
        return s.step();
    } catch (const db::DbError&) {
        return false;
    }
}

Result<std::unique_ptr<QIODevice>> AttachmentService::open(qint64 attachmentId)
{
    const Result<Attachment> attachment = get(attachmentId);
    if (!attachment)
        return attachment.error();
    return std::unique_ptr<QIODevice>(
        std::make_unique<ChunkReader>(QPointer<QObject>(this), d->c(), attachment.value()));
}

Result<QByteArray> AttachmentService::readAll(qint64 attachmentId, qint64 maxBytes)
{
    const Result<Attachment> attachment = get(attachmentId);
    if (!attachment)
        return attachment.error();
    if (attachment->size > maxBytes)
        return makeError(ErrorCode::InvalidInput,
            tr("The attachment %1 is %2: too large to read at once.")
                .arg(quoted(attachment->fileName), AttachmentText::size(attachment->size)));
    QByteArray bytes;
    try {
        bytes.resize(attachment->size);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::Internal, ErrorText::tr("Out of memory. Nothing was changed."));
    }
    // One pass: each chunk is read once, straight from SQLite's row into its final place in the
    // pre-sized buffer, hashed there, and fed to the whole file's hash (no per-chunk copy).
    const QString damaged = tr("The attachment %1 is damaged in the vault (its content does not match its SHA-256). "
                               "Run Vault \u25b8 Check Integrity, and restore a backup if needed.")
                                .arg(quoted(attachment->fileName));
    const Status read = db::guard([&]() -> Status {
        try {
            return d->readVerified(attachment.value(), bytes.data(), damaged);
        } catch (const db::DbError&) {
            return makeError(ErrorCode::Damaged, damaged);
        }
    });
    if (!read) {
        crypto::wipe(bytes);
        return read.error();
    }
    return bytes;
}

Status AttachmentService::Impl::readVerified(const Attachment& attachment, char* bytes, const QString& damaged)
{
    db::Statement s
        = c().prepare("SELECT seq, sha256, data FROM attachment_chunks WHERE attachment_id = ?1 ORDER BY seq");
    s.bind(1, attachment.id);
    Sha256 whole;
    qint64 filled = 0;
    int seq = 0;
    while (s.step()) {
        const QByteArrayView data = s.blobView(2);
        if (s.int64(0) != seq || data.isEmpty() || data.size() > attachment.size - filled)
            return makeError(ErrorCode::Damaged, damaged);
        char* place = bytes + filled;
        std::memcpy(place, data.data(), static_cast<size_t>(data.size()));
        // Hashed where it now lies: what is checked is what the caller gets.
        const QByteArrayView stored = s.blobView(1);
        if (stored.size() != Sha256::Bytes
            || std::memcmp(Sha256::of(place, data.size()).constData(), stored.data(), Sha256::Bytes) != 0)
            return makeError(ErrorCode::Damaged, damaged);
        whole.add(place, data.size());
        filled += data.size();
        ++seq;
    }
    if (seq != attachment.chunkCount || filled != attachment.size || whole.finish() != attachment.sha256)
        return makeError(ErrorCode::Damaged, damaged);
    return {};
}

Result<Attachment> AttachmentService::setDescription(
    qint64 attachmentId, const QString& rawDescription, int expectedVersion)
{
    const Result<QString> description = Impl::checkedDescription(rawDescription);
    if (!description)
        return description.error();
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const std::optional<Attachment> old = d->read(attachmentId);
        if (!old)
            return Impl::noSuchAttachment();
        if (old->version != expectedVersion)
            return makeError(ErrorCode::Conflict,
                tr("This attachment was changed by someone else since you opened it. Reload it and try again."));
        if (old->description == *description)
            return {};
        db::Statement update
            = d->c().prepare("UPDATE attachments SET description = ?2, version = version + 1 WHERE id = ?1");
        update.bindAll(attachmentId, *description);
        update.execute();
        db::Statement searchable = d->c().prepare("UPDATE attachment_text SET description = ?2 WHERE docid = ?1");
        searchable.bindAll(attachmentId, casefile::QueryIndex::searchableText(*description));
        searchable.execute();
        d->appendEntry(old->queryId, attachmentId, tr("Attachment %1: description changed").arg(quoted(old->fileName)),
            *description,
            QJsonObject { { QStringLiteral("event"), QStringLiteral("described") },
                { QStringLiteral("attachment"), static_cast<double>(attachmentId) },
                { QStringLiteral("file_name"), old->fileName } });
        d->record.index().refresh(old->queryId);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(attachmentId);
}

Result<Attachment> AttachmentService::setEntry(qint64 attachmentId, std::optional<qint64> entryId, int expectedVersion)
{
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const std::optional<Attachment> old = d->read(attachmentId);
        if (!old)
            return Impl::noSuchAttachment();
        if (old->version != expectedVersion)
            return makeError(ErrorCode::Conflict,
                tr("This attachment was changed by someone else since you opened it. Reload it and try again."));
        if (entryId) {
            db::Statement entry = d->c().prepare("SELECT 1 FROM timeline WHERE id = ?1 AND query_id = ?2");
            entry.bindAll(*entryId, old->queryId);
            if (!entry.step())
                return makeError(ErrorCode::InvalidInput, tr("The timeline entry is not one of this query's."));
        }
        if (old->entryId == entryId)
            return {};
        db::Statement update
            = d->c().prepare("UPDATE attachments SET entry_id = ?2, version = version + 1 WHERE id = ?1");
        update.bindAll(attachmentId, entryId);
        update.execute();
        QJsonObject data { { QStringLiteral("event"), QStringLiteral("linked") },
            { QStringLiteral("attachment"), static_cast<double>(attachmentId) },
            { QStringLiteral("file_name"), old->fileName } };
        if (entryId)
            data.insert(QStringLiteral("entry"), static_cast<double>(*entryId));
        d->appendEntry(old->queryId, attachmentId,
            entryId ? tr("Attachment %1 linked to timeline entry %2").arg(quoted(old->fileName)).arg(*entryId)
                    : tr("Attachment %1 no longer linked to a timeline entry").arg(quoted(old->fileName)),
            QString(), data);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(attachmentId);
}

Status AttachmentService::remove(qint64 attachmentId)
{
    return db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const std::optional<Attachment> old = d->read(attachmentId);
        if (!old)
            return Impl::noSuchAttachment();
        for (const char* sql : { "DELETE FROM attachment_chunks WHERE attachment_id = ?1",
                 "DELETE FROM attachment_text WHERE docid = ?1", "DELETE FROM attachments WHERE id = ?1" }) {
            db::Statement del = d->c().prepare(sql);
            del.bind(1, attachmentId);
            del.execute();
        }
        // The name and the hash say what was removed (and let a copy be recognised); never content.
        d->appendEntry(old->queryId, attachmentId,
            tr("Attachment %1 removed (%2, SHA-256 %3)")
                .arg(quoted(old->fileName), AttachmentText::size(old->size), old->sha256Hex()),
            {},
            QJsonObject { { QStringLiteral("event"), QStringLiteral("removed") },
                { QStringLiteral("attachment"), static_cast<double>(attachmentId) },
                { QStringLiteral("file_name"), old->fileName },
                { QStringLiteral("size"), static_cast<double>(old->size) },
                { QStringLiteral("sha256"), old->sha256Hex() } });
        d->record.index().refresh(old->queryId);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
}

Status AttachmentService::exportTo(qint64 attachmentId, const QString& path, bool overwrite)
{
    const Result<Attachment> attachment = get(attachmentId);
    if (!attachment)
        return attachment.error();
    const QString fileName = QFileInfo(path).fileName();
    casefile::Disclosure disclosure;
    disclosure.kind = casefile::DisclosureKind::Export;
    disclosure.document = QStringLiteral("attachment");
    disclosure.recipient = fileName;
    disclosure.fileName = fileName;
    disclosure.fields = QStringList { QStringLiteral("attachment") };
    disclosure.entryData = QJsonObject { { QStringLiteral("attachment_name"), attachment->fileName },
        { QStringLiteral("sha256"), attachment->sha256Hex() } };
    disclosure.summary = tr("Attachment %1 (SHA-256 %2) saved as a copy to %3")
                             .arg(quoted(attachment->fileName), attachment->sha256Hex(), fileName);
    return casefile::writeRecordedExport(d->record.disclosures(), { attachment->queryId }, disclosure, path, overwrite,
        [&](QFileDevice& file) -> Status {
            ChunkReader reader(QPointer<QObject>(this), d->c(), attachment.value());
            QByteArray buffer(kChunkBytes, Qt::Uninitialized);
            qint64 written = 0;
            while (written < attachment->size) {
                const qint64 n = reader.read(buffer.data(), buffer.size());
                if (n <= 0)
                    return makeError(ErrorCode::Damaged, reader.errorString());
                if (file.write(buffer.constData(), n) != n)
                    return casefile::fileWriteError(file, path);
                written += n;
            }
            char extra = 0;
            if (reader.read(&extra, 1) != 0)
                return makeError(ErrorCode::Damaged, reader.errorString());
            return {};
        });
}

Result<QStringList> AttachmentService::matchingAttachments(qint64 queryId, const QString& ftsExpression) const
{
    if (ftsExpression.trimmed().isEmpty())
        return QStringList();
    return db::guard([&]() -> Result<QStringList> {
        db::Statement s = d->c().prepare(
            "SELECT a.file_name FROM attachments a WHERE a.query_id = ?1 AND a.id IN (SELECT docid FROM "
            "attachment_text WHERE attachment_text MATCH ?2) ORDER BY a.added_on, a.id");
        s.bindAll(queryId, ftsExpression);
        QStringList names;
        while (s.step())
            names << s.text(0);
        return names;
    });
}

// --- the case summary

Status AttachmentService::Impl::contribute(qint64 queryId, casefile::CaseSummary& summary)
{
    return db::guard([&]() -> Status {
        using casefile::Sensitivity;
        const auto add
            = [](casefile::SummarySection& section, const char* code, const QString& label, const QString& display,
                  const QJsonValue& raw, Sensitivity sensitivity = Sensitivity::Ordinary) {
                  casefile::SummaryField field;
                  field.code = QLatin1String(code);
                  field.label = label;
                  field.display = display;
                  field.raw = display.isEmpty() ? QJsonValue() : raw;
                  field.sensitivity = sensitivity;
                  section.fields.push_back(std::move(field));
              };
        for (const Attachment& a : readAll(queryId)) {
            casefile::SummarySection section;
            section.code = QStringLiteral("attachment");
            section.title = tr("Attachment %1").arg(quoted(a.fileName));
            add(section, "attachment_id", tr("Attachment"), QString::number(a.id), static_cast<double>(a.id));
            add(section, "file_name", tr("File name"), a.fileName, a.fileName, Sensitivity::Internal);
            add(section, "media_type", tr("Type"), a.mediaType, a.mediaType);
            add(section, "size", tr("Size"), AttachmentText::size(a.size), static_cast<double>(a.size));
            add(section, "sha256", tr("SHA-256"), a.sha256Hex(), a.sha256Hex());
            add(section, "added_on", tr("Added on"), isoUtc(a.addedAtUtc), isoUtc(a.addedAtUtc));
            add(section, "added_by", tr("Added by"), a.addedByName, a.addedByName);
            add(section, "description", tr("Description"), a.description, a.description, Sensitivity::Internal);
            add(section, "language", tr("Language"), a.language, a.language);
            add(section, "text", tr("Search"), AttachmentText::label(a.textOutcome),
                AttachmentText::code(a.textOutcome));
            summary.attachments.push_back(std::move(section));
        }
        return {};
    });
}

} // namespace advicehub::attachments
