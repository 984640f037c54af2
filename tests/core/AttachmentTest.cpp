// Attachments stored inside the vault (issue 12): attachments/AttachmentService.h. Every rule through
// the service the application and the CLI use (session.attachments()), the stored bytes checked
// against an independent SHA-256 (QCryptographicHash), and the vault's integrity check, space
// report and compaction.
#include "QueryFixture.h"
#include "SmallFileSystem.h"
#include "Unprivileged.h"
#include "VaultTestAccess.h"
#include "attachments/AttachmentService.h"
#include "attachments/Sha256.h"
#include "attachments/TextExtraction.h"
#include "casefile/CaseRecord.h"
#include "casefile/CaseSummary.h"
#include "casefile/DisclosureRecord.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "queries/CaseSummaryBuilder.h"
#include "queries/QuerySearch.h"
#include "vault/VaultBackup.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdlib>
#include <cstring>
#include <iostream>

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace attachment_test {

using namespace advicehub;
using namespace advicehub::attachments;

namespace {

constexpr qint64 kChunk = kChunkBytes;

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(generator.bounded(256));
    return bytes;
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// A source that cannot say its size beforehand (a pipe, a download).
class SequentialSource final : public QIODevice {
public:
    explicit SequentialSource(QByteArray bytes) : m_bytes(std::move(bytes)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return QIODevice::bytesAvailable() + (m_bytes.size() - m_offset); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_bytes.size() - m_offset);
        std::memcpy(data, m_bytes.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};

// Stands in for the extractors (i12-extract writes the real ones): the text of plain-text files
// as they are, and a failure for one made-up type, so that both outcomes are exercised.
class FakePlainText final : public TextExtractor {
public:
    bool handles(const QString& mediaType) const override { return mediaType == QLatin1String("text/plain"); }
    ExtractedText extract(const QByteArray& bytes, const QString&) const override
    {
        return { ExtractionOutcome::Text, QString::fromUtf8(bytes), {} };
    }
};

class FailingExtractor final : public TextExtractor {
public:
    bool handles(const QString& mediaType) const override { return mediaType == QLatin1String("application/pdf"); }
    ExtractedText extract(const QByteArray&, const QString&) const override
    {
        return { ExtractionOutcome::Failed, {}, QStringLiteral("the document is damaged") };
    }
};

struct AttachmentFixture : test::QueryFixture {
    AttachmentFixture() : attachments(&session->attachments()) { }

    db::Connection& c() { return vault->connection(); }

    QString writeSource(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.file(name);
        test::writeFile(path, bytes);
        return path;
    }

    Attachment add(qint64 queryId, const QString& name, const QByteArray& bytes, AddOptions options = {})
    {
        auto added = attachments->addFile(queryId, writeSource(name, bytes), std::move(options));
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return added.value();
    }

    // What a refused operation must leave as it was.
    struct Counts {
        qint64 attachments, chunks, texts, timeline, disclosures, queryVersion;
        bool operator==(const Counts&) const = default;
    };
    Counts counts(qint64 queryId)
    {
        db::Statement version = c().prepare("SELECT version FROM queries WHERE id = ?1");
        version.bind(1, queryId);
        REQUIRE(version.step());
        const qint64 queryVersion = version.int64(0);
        version.reset();
        return { c().queryInt("SELECT count(*) FROM attachments"),
            c().queryInt("SELECT count(*) FROM attachment_chunks"),
            c().queryInt("SELECT count(*) FROM attachment_text"), c().queryInt("SELECT count(*) FROM timeline"),
            c().queryInt("SELECT count(*) FROM disclosures"), queryVersion };
    }

    std::vector<casefile::TimelineEntry> attachmentEntries(qint64 queryId)
    {
        std::vector<casefile::TimelineEntry> out;
        const auto timeline = service->timeline(queryId);
        REQUIRE(timeline.ok());
        for (const auto& entry : timeline.value()) {
            if (entry.kind == casefile::EntryKind::Attachment)
                out.push_back(entry);
        }
        return out;
    }

    QList<qint64> found(const QString& words)
    {
        queries::QueryFilter filter;
        filter.text = words;
        const auto ids = search->ids(filter, {});
        REQUIRE(ids.ok());
        return ids.value();
    }

    AttachmentService* attachments;
};

QByteArray readThrough(QIODevice& device)
{
    QByteArray all;
    QByteArray buffer(100'000, Qt::Uninitialized); // not a multiple of the chunk size
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        REQUIRE(n >= 0);
        if (n == 0)
            break;
        all.append(buffer.constData(), n);
    }
    return all;
}

} // namespace

TEST_CASE("files of every size around the chunk boundary come back byte for byte", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const qint64 size = GENERATE(qint64(1), kChunk - 1, kChunk, kChunk + 1, qint64(3) * 1024 * 1024);
    INFO("size " << size);
    const QByteArray bytes = randomBytes(size, static_cast<quint32>(size));

    const Attachment a = f.add(queryId, QStringLiteral("draft-law.bin"), bytes);
    CHECK(a.queryId == queryId);
    CHECK(a.fileName == QStringLiteral("draft-law.bin"));
    CHECK(a.size == size);
    CHECK(a.chunkCount == (size + kChunk - 1) / kChunk);
    CHECK(a.sha256 == sha256(bytes));
    CHECK(a.addedById == f.adviserId);
    CHECK(a.addedAtUtc == f.clock.nowUtc());
    CHECK(a.version == 1);
    CHECK(f.c().queryInt("SELECT count(*) FROM attachment_chunks") == a.chunkCount);
    CHECK(f.c().queryInt("SELECT max(length(data)) FROM attachment_chunks") == qMin(size, kChunk));

    // Whole, streamed, and exported: the same bytes.
    const auto whole = f.attachments->readAll(a.id);
    REQUIRE(whole.ok());
    CHECK(whole.value() == bytes);
    auto device = f.attachments->open(a.id);
    REQUIRE(device.ok());
    CHECK(device.value()->isSequential());
    CHECK(device.value()->size() == size);
    CHECK(readThrough(*device.value()) == bytes);

    const QString copy = f.dir.file(QStringLiteral("copy.bin"));
    REQUIRE(f.attachments->exportTo(a.id, copy, false).ok());
    CHECK(test::readFile(copy) == bytes);
    CHECK(test::fileMode(copy) == 0600);
    CHECK(f.attachments->list(queryId)->size() == 1);
    CHECK(f.c().queryInt("PRAGMA foreign_key_check") == 0);
}

TEST_CASE("an attachment is recorded on the timeline by name, size and hash, never content", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    int notices = 0;
    QObject::connect(f.attachments, &AttachmentService::attachmentsChanged, [&](qint64 id) {
        CHECK(id == queryId);
        ++notices;
    });
    const QByteArray bytes = "Confidential marker quetzalcoatlite in the letter.";
    AddOptions options;
    options.description = QStringLiteral("The incoming note verbale");
    options.language = QStringLiteral("EN");
    const Attachment a = f.add(queryId, QStringLiteral("note.txt"), bytes, options);
    CHECK(notices == 1);
    CHECK(a.description == QStringLiteral("The incoming note verbale"));
    CHECK(a.language == QStringLiteral("en"));
    CHECK(a.mediaType == QStringLiteral("text/plain"));

    const auto entries = f.attachmentEntries(queryId);
    REQUIRE(entries.size() == 1);
    const auto& entry = entries.front();
    CHECK(entry.source == casefile::TimelineSource { QStringLiteral("attachment"), a.id });
    CHECK(entry.summary.contains(QStringLiteral("note.txt")));
    CHECK_FALSE(entry.summary.contains(QStringLiteral("quetzalcoatlite")));
    CHECK_FALSE(entry.body.contains(QStringLiteral("quetzalcoatlite")));
    CHECK(entry.data.value(QStringLiteral("event")).toString() == QStringLiteral("added"));
    CHECK(entry.data.value(QStringLiteral("sha256")).toString() == QString::fromLatin1(sha256(bytes).toHex()));
    CHECK(entry.adviserId == f.adviserId);

    // The case summary has the attachment's part.
    const auto summary = f.session->caseSummaries().build(queryId);
    REQUIRE(summary.ok());
    REQUIRE(summary->attachments.size() == 1);
    CHECK(summary->attachments.front().title.contains(QStringLiteral("note.txt")));
}

TEST_CASE("a zero-byte file is refused and nothing is written", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const auto before = f.counts(queryId);
    const auto empty = f.attachments->addFile(queryId, f.writeSource(QStringLiteral("empty.pdf"), {}));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.code() == ErrorCode::InvalidInput);
    CHECK(empty.error().message.contains(QStringLiteral("empty.pdf")));
    SequentialSource nothing { QByteArray() };
    AddOptions options;
    options.fileName = QStringLiteral("pipe.txt");
    CHECK(f.attachments->add(queryId, nothing, options).code() == ErrorCode::InvalidInput);
    CHECK(f.counts(queryId) == before);
}

TEST_CASE("a file over the limit is refused before anything is read or written", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    CHECK(f.attachments->maxBytes() == kDefaultMaxBytes);
    const auto before = f.counts(queryId);
    const qint64 changes = f.c().totalChanges();
    const QByteArray vaultDigest = test::fileDigest(f.vault->path());
    // Nothing read, nothing written: not a statement that changed a row, not a byte of the file.
    const auto untouched = [&] {
        CHECK(f.c().totalChanges() == changes);
        CHECK(test::fileDigest(f.vault->path()) == vaultDigest);
        CHECK(f.counts(queryId) == before);
    };

    SECTION("the default limit: 256 MiB")
    {
        // A sparse file: its size is all that is looked at.
        const QString path = f.dir.file(QStringLiteral("huge.iso"));
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            REQUIRE(file.resize(kDefaultMaxBytes + 1));
        }
        bool progressed = false;
        const auto refused = f.attachments->addFile(queryId, path, {}, [&](qint64, qint64) {
            progressed = true;
            return true;
        });
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("huge.iso")));
        CHECK_FALSE(progressed);
        untouched();
    }
    SECTION("a lower limit, from a source that says its size")
    {
        f.attachments->setMaxBytes(kMinMaxBytes);
        CHECK(f.attachments->maxBytes() == kMinMaxBytes);
        QByteArray bytes = randomBytes(kMinMaxBytes + 1, 7);
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        AddOptions options;
        options.fileName = QStringLiteral("report.pdf");
        CHECK(f.attachments->add(queryId, buffer, options).code() == ErrorCode::InvalidInput);
        CHECK(buffer.pos() == 0); // not a byte read
        untouched();
    }
    SECTION("a source that cannot say its size is stopped as it passes the limit, and rolled back")
    {
        f.attachments->setMaxBytes(kMinMaxBytes);
        SequentialSource source(randomBytes(kMinMaxBytes + kChunk, 8));
        AddOptions options;
        options.fileName = QStringLiteral("stream.bin");
        const auto refused = f.attachments->add(queryId, source, options);
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK(f.counts(queryId) == before);
        CHECK(f.vault->checkIntegrity()->isEmpty());
        // Under the limit, the same kind of source is accepted.
        SequentialSource small(randomBytes(kChunk + 5, 9));
        options.fileName = QStringLiteral("small.bin");
        const auto accepted = f.attachments->add(queryId, small, options);
        REQUIRE(accepted.ok());
        CHECK(accepted->size == kChunk + 5);
    }
}

TEST_CASE("identical content attached twice to a query is refused, naming the first", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const QByteArray bytes = randomBytes(kChunk + 10, 3);
    f.add(queryId, QStringLiteral("letter.pdf"), bytes);
    const auto before = f.counts(queryId);
    const auto again = f.attachments->addFile(queryId, f.writeSource(QStringLiteral("copy of letter.pdf"), bytes));
    REQUIRE_FALSE(again.ok());
    CHECK(again.code() == ErrorCode::AlreadyExists);
    CHECK(again.error().message.contains(QStringLiteral("\u201cletter.pdf\u201d")));
    CHECK(f.counts(queryId) == before);

    // Another query may hold the same file.
    const qint64 other = f.create(QStringLiteral("Another request")).id;
    f.add(other, QStringLiteral("letter.pdf"), bytes);
}

TEST_CASE("cancelling an add leaves nothing behind", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const auto before = f.counts(queryId);
    const QString path = f.writeSource(QStringLiteral("big.bin"), randomBytes(5 * kChunk, 4));
    const qint64 cancelAt = GENERATE(qint64(0), 2 * kChunk, 5 * kChunk);
    std::vector<std::pair<qint64, qint64>> calls;
    const auto cancelled = f.attachments->addFile(queryId, path, {}, [&](qint64 done, qint64 total) {
        calls.emplace_back(done, total);
        return done < cancelAt;
    });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.code() == ErrorCode::Cancelled);
    REQUIRE_FALSE(calls.empty());
    CHECK(calls.back().first == cancelAt);
    CHECK(calls.back().second == 5 * kChunk);
    CHECK(f.counts(queryId) == before);
    CHECK(f.vault->checkIntegrity()->isEmpty());
}

TEST_CASE("a file that changes size while it is read is refused and rolled back", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const auto before = f.counts(queryId);
    const QString path = f.writeSource(QStringLiteral("growing.log"), randomBytes(3 * kChunk, 5));
    const bool grow = GENERATE(true, false);
    bool changed = false;
    const auto refused = f.attachments->addFile(queryId, path, {}, [&](qint64 done, qint64) {
        if (done == kChunk && !changed) {
            changed = true;
            QFile file(path);
            if (grow) {
                REQUIRE(file.open(QIODevice::Append));
                REQUIRE(file.write(randomBytes(1000, 6)) == 1000);
            } else {
                REQUIRE(file.open(QIODevice::ReadWrite));
                REQUIRE(file.resize(2 * kChunk - 10));
            }
        }
        return true;
    });
    REQUIRE(changed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::Io);
    CHECK(refused.error().message.contains(QStringLiteral("growing.log")));
    CHECK(f.counts(queryId) == before);
}

TEST_CASE("an add that fills the disk is rolled back whole", "[attachments][diskfull]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const qint64 adviserId = f.adviserId;
    const QString source = f.writeSource(QStringLiteral("large scan.pdf"), randomBytes(3 * 1024 * 1024, 15));
    const QString original = f.vault->path();
    f.session.reset();

    QString whyNot;
    auto fs = test::SmallFileSystem::mount(16 * 1024 * 1024, &whyNot);
    if (!fs) {
        std::cerr << "SKIPPED: no small file system to fill up here (" << whyNot.toStdString() << ")\n";
        std::exit(77);
    }
    const QString path = fs->file(QStringLiteral("vault.ahv"));
    REQUIRE(QFile::copy(original, path));
    {
        auto session = Session::open(test::openVault(path), f.clock);
        REQUIRE(session.ok());
        REQUIRE(session.value()->setCurrentAdviser(adviserId).ok());
        fs->fill(512 * 1024);
        const auto refused = session.value()->attachments().addFile(queryId, source);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::DiskFull);
        CHECK_FALSE(session.value()->vault().connection().inTransaction());
        CHECK(session.value()->attachments().list(queryId)->empty());
    }
    fs->unfill();
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    auto vault = test::openVault(path);
    CHECK(vault->checkIntegrity()->isEmpty());
    CHECK(vault->connection().queryInt("SELECT count(*) FROM attachments") == 0);
    CHECK(vault->connection().queryInt("SELECT count(*) FROM attachment_chunks") == 0);
}

TEST_CASE("the integrity check finds a damaged chunk by attachment and file name", "[attachments][integrity]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const QByteArray bytes = randomBytes(2 * kChunk + 100, 9);
    const Attachment a = f.add(queryId, QStringLiteral("scan.pdf"), bytes);
    const Attachment sound = f.add(queryId, QStringLiteral("other.pdf"), randomBytes(1000, 10));
    REQUIRE(f.vault->checkIntegrity()->isEmpty());

    QByteArray chunk = bytes.mid(kChunk, kChunk);
    chunk[1234] = static_cast<char>(chunk[1234] ^ 0x01);
    const bool hashToo = GENERATE(false, true);
    const QByteArray chunkHash = sha256(chunk);
    // The chunk's own hash matching the damage leaves the whole file's hash to catch it.
    VaultTestAccess::overwriteAttachmentChunk(*f.vault, a.id, 1, chunk, hashToo ? &chunkHash : nullptr);

    const auto problems = f.vault->checkIntegrity();
    REQUIRE(problems.ok());
    INFO(problems->join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems->size() == 1);
    const QString problem = problems->front();
    CHECK(problem.contains(QStringLiteral("Attachment %1").arg(a.id)));
    CHECK(problem.contains(QStringLiteral("scan.pdf")));
    if (!hashToo)
        CHECK(problem.contains(QStringLiteral("chunk 1")));
    else
        CHECK(problem.contains(QStringLiteral("SHA-256")));

    // Reading it is an error, never the damaged bytes passed on as sound; an export writes nothing.
    CHECK(f.attachments->readAll(a.id).code() == ErrorCode::Damaged);
    const QString copy = f.dir.file(QStringLiteral("scan-copy.pdf"));
    const qint64 disclosures = f.c().queryInt("SELECT count(*) FROM disclosures");
    CHECK(f.attachments->exportTo(a.id, copy, false).code() == ErrorCode::Damaged);
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(f.c().queryInt("SELECT count(*) FROM disclosures") == disclosures);
    CHECK(f.attachments->readAll(sound.id).ok());
}

TEST_CASE("removing an attachment deletes its bytes and records name and hash", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const QByteArray bytes = randomBytes(3 * 1024 * 1024, 11);
    const Attachment a = f.add(queryId, QStringLiteral("draft law.docx"), bytes);
    const Attachment kept = f.add(queryId, QStringLiteral("kept.txt"), "kept");
    const qint64 reclaimableBefore = f.vault->reclaimableBytes().value();

    REQUIRE(f.attachments->remove(a.id).ok());
    CHECK(f.attachments->get(a.id).code() == ErrorCode::NotFound);
    CHECK(f.attachments->open(a.id).code() == ErrorCode::NotFound);
    CHECK(f.c().queryInt("SELECT count(*) FROM attachment_chunks") == 1);
    CHECK(f.c().queryInt("SELECT count(*) FROM attachment_text") == 1);
    CHECK(f.attachments->list(queryId)->size() == 1);
    CHECK(f.attachments->list(queryId)->front().id == kept.id);
    CHECK(f.attachments->remove(a.id).code() == ErrorCode::NotFound);

    const auto entries = f.attachmentEntries(queryId);
    REQUIRE(entries.size() == 3);
    const auto& removed = entries.back();
    CHECK(removed.data.value(QStringLiteral("event")).toString() == QStringLiteral("removed"));
    CHECK(removed.summary.contains(QStringLiteral("draft law.docx")));
    CHECK(removed.summary.contains(QString::fromLatin1(sha256(bytes).toHex())));

    // The freed pages are counted as reclaimable.
    const auto reclaimable = f.vault->reclaimableBytes();
    REQUIRE(reclaimable.ok());
    CHECK(reclaimable.value() >= reclaimableBefore + 3 * 1024 * 1024);
}

TEST_CASE("compacting the vault reclaims the space of removed attachments and keeps the rest", "[attachments][vault]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const QByteArray keptBytes = randomBytes(kChunk + 1, 12);
    const Attachment kept = f.add(queryId, QStringLiteral("kept.bin"), keptBytes);
    const Attachment gone = f.add(queryId, QStringLiteral("gone.bin"), randomBytes(4 * 1024 * 1024, 13));
    REQUIRE(f.attachments->remove(gone.id).ok());
    const qint64 reclaimable = f.vault->reclaimableBytes().value();
    REQUIRE(reclaimable >= 4 * 1024 * 1024);
    const qint64 sizeBefore = QFileInfo(f.vault->path()).size();

    // Too little memory for the compacted copy: refused before anything starts, the message
    // naming the alternative, and the vault untouched.
    VaultTestAccess::setAvailableMemory(*f.vault, 64 * 1024);
    const auto refused = f.vault->compact();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::NotAllowed);
    CHECK(refused.error().message.contains(QLatin1String("backup")));
    CHECK(f.vault->reclaimableBytes().value() == reclaimable);
    CHECK(QFileInfo(f.vault->path()).size() == sizeBefore);
    VaultTestAccess::setAvailableMemory(*f.vault, -1);

    const auto compacted = f.vault->compact();
    INFO((compacted ? QString() : compacted.error().message).toStdString());
    REQUIRE(compacted.ok());
    CHECK(compacted->sizeBefore == sizeBefore);
    CHECK(compacted->sizeAfter == QFileInfo(f.vault->path()).size());
    CHECK(compacted->sizeBefore - compacted->sizeAfter >= reclaimable - 64 * 1024);
    CHECK(f.vault->reclaimableBytes().value() == 0);
    CHECK(f.vault->checkIntegrity()->isEmpty());
    CHECK(f.attachments->readAll(kept.id).value() == keptBytes);

    // Still the same encrypted vault: it opens with its passphrase (after the session closed it).
    const QString path = f.vault->path();
    f.session.reset();
    auto reopened = test::openVault(path);
    CHECK(reopened->checkIntegrity()->isEmpty());
    CHECK(reopened->connection().queryInt("SELECT count(*) FROM attachments") == 1);
}

TEST_CASE("file names are cleaned: base name only, no control or bidi characters, bounded", "[attachments]")
{
    const auto clean = [](const QString& name) {
        const auto cleaned = AttachmentText::cleanFileName(name);
        return cleaned.ok() ? cleaned.value() : QStringLiteral("<refused>");
    };
    CHECK(clean(QStringLiteral("letter.pdf")) == QStringLiteral("letter.pdf"));
    CHECK(clean(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
    CHECK(clean(QStringLiteral("C:\\Users\\adviser\\Note verbale.pdf")) == QStringLiteral("Note verbale.pdf"));
    CHECK(clean(QStringLiteral("let\nter\r.pdf")) == QStringLiteral("letter.pdf"));
    CHECK(clean(QStringLiteral("tab\there.txt")) == QStringLiteral("tabhere.txt"));
    CHECK(clean(QStringLiteral("invoice\u202Efdp.exe")) == QStringLiteral("invoicefdp.exe"));
    CHECK(clean(QStringLiteral("\u2066x\u2069.odt")) == QStringLiteral("x.odt"));
    CHECK(clean(QStringLiteral("  Proyecto de ley \u00f1.pdf  ")) == QStringLiteral("Proyecto de ley \u00f1.pdf"));
    CHECK(clean(QStringLiteral("\u0645\u0630\u0643\u0631\u0629.pdf"))
        == QStringLiteral("\u0645\u0630\u0643\u0631\u0629.pdf"));
    for (const QString& refused : QStringList { QString(), QStringLiteral("   "), QStringLiteral("/"),
             QStringLiteral("dir/"), QStringLiteral(".."), QStringLiteral("\n\u202E"), QString(256, QLatin1Char('a')),
             QString(QString(1000, QLatin1Char('b')) + QStringLiteral(".pdf")) }) {
        INFO(refused.left(40).toStdString());
        CHECK(clean(refused) == QStringLiteral("<refused>"));
    }
    CHECK(clean(QString(255, QLatin1Char('a'))) == QString(255, QLatin1Char('a')));

    // Through the service: the stored name is the cleaned one, a bad one refuses the add.
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    QByteArray bytes("plain words");
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    AddOptions options;
    options.fileName = QStringLiteral("/tmp/x/minutes\n\u202E.txt");
    const auto added = f.attachments->add(f.create().id, buffer, options);
    REQUIRE(added.ok());
    CHECK(added->fileName == QStringLiteral("minutes.txt"));
    const auto before = f.counts(queryId);
    options.fileName = QString(300, QLatin1Char('n'));
    buffer.seek(0);
    CHECK(f.attachments->add(queryId, buffer, options).code() == ErrorCode::InvalidInput);
    CHECK(f.counts(queryId) == before);
}

TEST_CASE("what cannot be attached gets a clear message naming the file", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const auto before = f.counts(queryId);
    const auto folder = f.attachments->addFile(queryId, f.dir.path());
    CHECK(folder.code() == ErrorCode::InvalidInput);
    const auto missing = f.attachments->addFile(queryId, f.dir.file(QStringLiteral("nowhere.pdf")));
    CHECK(missing.code() == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("nowhere.pdf")));
    const auto device = f.attachments->addFile(queryId, QStringLiteral("/dev/zero"));
    CHECK(device.code() == ErrorCode::InvalidInput);
    CHECK(f.attachments->addFile(999'999, f.writeSource(QStringLiteral("a.txt"), "a")).code() == ErrorCode::NotFound);
    CHECK(f.counts(queryId) == before);
}

TEST_CASE("an unreadable file is refused with a clear message", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const QString path = f.writeSource(QStringLiteral("secret.pdf"), "x");
    REQUIRE(QFile::setPermissions(path, QFileDevice::WriteOwner));
    test::letNobodyReach(path);
    Result<Attachment> refused = makeError(ErrorCode::Internal);
    {
        // Root reads every file: the add runs as nobody then.
        test::AsNobody nobody;
        if (test::runningAsRoot() && !nobody.active()) {
            std::cerr << "SKIPPED: running as root and could not switch to an unprivileged user\n";
            std::exit(77);
        }
        refused = f.attachments->addFile(queryId, path);
    }
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("secret.pdf")));
    CHECK(f.c().queryInt("SELECT count(*) FROM attachments") == 0);
}

TEST_CASE("the media type comes from the content, not the name", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    CHECK(f.add(queryId, QStringLiteral("named.txt"), pdf).mediaType == QStringLiteral("application/pdf"));
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    CHECK(f.add(queryId, QStringLiteral("picture.pdf"), png).mediaType == QStringLiteral("image/png"));
    CHECK(f.add(queryId, QStringLiteral("no extension"), "Dear Sir, plain words.\n").mediaType
        == QStringLiteral("text/plain"));
}

TEST_CASE(
    "attachment text is found by the query search, which can say which attachment matched", "[attachments][search]")
{
    AttachmentFixture f;
    f.session->textExtractors().add(std::make_unique<FakePlainText>());
    f.session->textExtractors().add(std::make_unique<FailingExtractor>());
    const qint64 queryId = f.create().id;
    const qint64 otherId = f.create(QStringLiteral("Unrelated")).id;
    CHECK(f.found(QStringLiteral("zanzibarite")).isEmpty());

    const Attachment letter = f.add(queryId, QStringLiteral("letter.txt"), "The Ministry asks about zanzibarite.");
    // (Once i12-extract's plain-text extractor is built in, it reads text/plain before this one.)
    CHECK(letter.textOutcome == ExtractionOutcome::Text);
    CHECK(f.found(QStringLiteral("zanzibarite")) == QList<qint64> { queryId });
    CHECK(f.found(QStringLiteral("Zanzibarite")) == QList<qint64> { queryId });
    const auto matching = f.attachments->matchingAttachments(
        queryId, queries::QuerySearch::ftsExpression(QStringLiteral("zanzibarite")));
    REQUIRE(matching.ok());
    CHECK(matching.value() == QStringList { QStringLiteral("letter.txt") });
    CHECK(
        f.attachments->matchingAttachments(otherId, queries::QuerySearch::ftsExpression(QStringLiteral("zanzibarite")))
            ->isEmpty());

    // The description is found too, and follows an edit.
    const auto described = f.attachments->setDescription(letter.id, QStringLiteral("From the Permanent Mission"), 1);
    REQUIRE(described.ok());
    CHECK(described->version == 2);
    CHECK(f.found(QStringLiteral("permanent mission")) == QList<qint64> { queryId });
    CHECK(f.attachments->setDescription(letter.id, QStringLiteral("stale"), 1).code() == ErrorCode::Conflict);

    // A failed extraction is recorded, never fatal.
    const QByteArray pdf = "%PDF-1.4\n%broken beyond repair\n";
    const Attachment broken = f.add(queryId, QStringLiteral("broken.pdf"), pdf);
    CHECK(broken.mediaType == QStringLiteral("application/pdf"));
    CHECK(broken.textOutcome == ExtractionOutcome::Failed);
    CHECK(broken.textReason == QStringLiteral("the document is damaged"));
    // A type no extractor reads is unsupported, and its name is still searchable.
    const Attachment binary = f.add(queryId, QStringLiteral("blob-okapi.bin"), randomBytes(500, 14));
    CHECK(binary.textOutcome == ExtractionOutcome::Unsupported);
    CHECK(f.found(QStringLiteral("okapi")) == QList<qint64> { queryId });
    CHECK(f.attachments->matchingAttachments(queryId, queries::QuerySearch::ftsExpression(QStringLiteral("okapi")))
              .value()
        == QStringList { QStringLiteral("blob-okapi.bin") });

    // Removed: no longer found.
    REQUIRE(f.attachments->remove(letter.id).ok());
    CHECK(f.found(QStringLiteral("zanzibarite")).isEmpty());
}

TEST_CASE("a query with attachments cannot be deleted, and a merge hands them to the survivor", "[attachments]")
{
    AttachmentFixture f;
    const qint64 duplicate = f.create(QStringLiteral("Duplicate request")).id;
    const qint64 survivor = f.create(QStringLiteral("Original request")).id;
    const Attachment a = f.add(duplicate, QStringLiteral("note.txt"), "the pangolin clause");
    const auto refused = f.service->remove(duplicate);
    CHECK(refused.code() == ErrorCode::NotAllowed);
    CHECK(refused.error().message.contains(QStringLiteral("attachments")));

    REQUIRE(f.service->merge(duplicate, survivor).ok());
    CHECK(f.attachments->get(a.id)->queryId == survivor);
    CHECK(f.attachments->list(survivor)->size() == 1);
    CHECK(f.attachments->list(duplicate)->empty());
    CHECK(f.found(QStringLiteral("note.txt")) == QList<qint64> { survivor });
    // Attaching to the merged duplicate is refused.
    CHECK(
        f.attachments->addFile(duplicate, f.writeSource(QStringLiteral("b.txt"), "b")).code() == ErrorCode::NotAllowed);
}

TEST_CASE("an attachment linked to a timeline entry must name one of its query's entries", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const qint64 otherId = f.create(QStringLiteral("Other")).id;
    casefile::NewEntry email;
    email.kind = casefile::EntryKind::EmailReceived;
    email.summary = QStringLiteral("Note verbale received");
    const auto logged = f.service->addEntry(queryId, email);
    REQUIRE(logged.ok());
    const qint64 entryId = logged->id;

    AddOptions options;
    options.entryId = entryId;
    CHECK(f.add(queryId, QStringLiteral("nv.txt"), "note verbale", options).entryId == entryId);
    const auto before = f.counts(otherId);
    CHECK(f.attachments->addFile(otherId, f.writeSource(QStringLiteral("nv2.txt"), "other"), options).code()
        == ErrorCode::InvalidInput);
    CHECK(f.counts(otherId) == before);
}

TEST_CASE("chunks are immutable in the schema", "[attachments]")
{
    AttachmentFixture f;
    const Attachment a = f.add(f.create().id, QStringLiteral("a.txt"), "immutable words");
    CHECK_THROWS_AS(f.c().execute("UPDATE attachment_chunks SET data = x'00'"), db::DbError);
    CHECK_THROWS_AS(f.c().execute("UPDATE attachments SET size = 1"), db::DbError);
    CHECK_THROWS_AS(f.c().execute("UPDATE attachments SET sha256 = zeroblob(32)"), db::DbError);
    CHECK(f.attachments->readAll(a.id).value() == QByteArray("immutable words"));
}

TEST_CASE("a backup carries every attachment and a restore gives them back whole, verified and searchable",
    "[attachments][backup]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const QByteArray large = randomBytes(2 * kChunk + 17, 31);
    const Attachment scan = f.add(queryId, QStringLiteral("scan.bin"), large);
    const Attachment minutes
        = f.add(queryId, QStringLiteral("minutes.txt"), QByteArray("The quokkafold registers were inspected."));
    const QString backup = f.dir.file(QStringLiteral("backup.ahv"));
    REQUIRE(backupVault(*f.vault, backup, test::passphrase(), nullptr).ok());

    const QString restoredPath = f.dir.file(QStringLiteral("restored.ahv"));
    Result<std::unique_ptr<Vault>> restored = restoreVault(backup, test::passphrase(), restoredPath);
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored.ok());
    // Its check reads every chunk back against its SHA-256 and each file's.
    REQUIRE(restored.value()->checkIntegrity().ok());
    CHECK(restored.value()->checkIntegrity()->isEmpty());
    auto session = Session::open(std::move(restored).value(), f.clock);
    REQUIRE(session.ok());
    AttachmentService& attachments = session.value()->attachments();
    const auto list = attachments.list(queryId);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).sha256 == scan.sha256);
    CHECK(list->at(1).fileName == minutes.fileName);
    CHECK(attachments.readAll(scan.id).value() == large);
    CHECK(attachments.readAll(minutes.id).value() == QByteArray("The quokkafold registers were inspected."));
    CHECK(attachments.matchingAttachments(queryId, queries::QuerySearch::ftsExpression(QStringLiteral("quokkafold")))
              .value()
        == QStringList { QStringLiteral("minutes.txt") });

    // A backup whose attachment was damaged after it was written is refused by the restore,
    // which checks every chunk: nothing is restored.
    {
        auto damaged = test::openVault(backup);
        VaultTestAccess::overwriteAttachmentChunk(*damaged, scan.id, 1, randomBytes(kChunk, 32));
    }
    const QString second = f.dir.file(QStringLiteral("restored-again.ahv"));
    const auto refused = restoreVault(backup, test::passphrase(), second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::Damaged);
    CHECK_FALSE(QFileInfo::exists(second));
}

} // namespace attachment_test

namespace attachment_test {

TEST_CASE("setEntry links an attachment to an entry of its query or to none and records it", "[attachments]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const qint64 otherId = f.create(QStringLiteral("Other")).id;
    casefile::NewEntry email;
    email.kind = casefile::EntryKind::EmailReceived;
    email.summary = QStringLiteral("Note verbale received");
    const auto logged = f.service->addEntry(queryId, email);
    REQUIRE(logged.ok());
    const auto elsewhere = f.service->addEntry(otherId, email);
    REQUIRE(elsewhere.ok());
    const Attachment a = f.add(queryId, QStringLiteral("nv.txt"), "note verbale");
    REQUIRE_FALSE(a.entryId);
    const size_t recorded = f.attachmentEntries(queryId).size();

    const auto linked = f.attachments->setEntry(a.id, logged->id, a.version);
    REQUIRE(linked.ok());
    CHECK(linked->entryId == logged->id);
    CHECK(linked->version == a.version + 1);
    CHECK(f.attachments->get(a.id)->entryId == logged->id);
    const auto entries = f.attachmentEntries(queryId);
    REQUIRE(entries.size() == recorded + 1);
    CHECK(entries.back().data.value(QStringLiteral("event")).toString() == QStringLiteral("linked"));
    CHECK(entries.back().data.value(QStringLiteral("entry")).toInteger() == logged->id);
    CHECK(AttachmentText::entryLabel(*logged).startsWith(QStringLiteral("E-mail received ")));
    CHECK(AttachmentText::entryLabel(*logged).endsWith(QStringLiteral(": Note verbale received")));

    // Refused, nothing written: a stale version, an entry of another query, an unknown entry or
    // attachment.
    const auto before = f.counts(queryId);
    CHECK(f.attachments->setEntry(a.id, std::nullopt, a.version).code() == ErrorCode::Conflict);
    CHECK(f.attachments->setEntry(a.id, elsewhere->id, linked->version).code() == ErrorCode::InvalidInput);
    CHECK(f.attachments->setEntry(a.id, 999999, linked->version).code() == ErrorCode::InvalidInput);
    CHECK(f.attachments->setEntry(999999, std::nullopt, 1).code() == ErrorCode::NotFound);
    CHECK(f.counts(queryId) == before);
    CHECK(f.attachments->get(a.id)->entryId == logged->id);

    // The same entry again: no change, nothing recorded.
    CHECK(f.attachments->setEntry(a.id, logged->id, linked->version)->version == linked->version);
    CHECK(f.counts(queryId) == before);

    // Unlinked: recorded too; the content is untouched.
    const auto unlinked = f.attachments->setEntry(a.id, std::nullopt, linked->version);
    REQUIRE(unlinked.ok());
    CHECK_FALSE(unlinked->entryId);
    CHECK(f.attachmentEntries(queryId).size() == recorded + 2);
    CHECK(f.attachments->readAll(a.id).value() == QByteArray("note verbale"));
}

TEST_CASE("readAll refuses an attachment with a missing chunk", "[attachments][integrity]")
{
    AttachmentFixture f;
    const qint64 queryId = f.create().id;
    const Attachment a = f.add(queryId, QStringLiteral("scan.bin"), randomBytes(3 * kChunk + 7, 21));
    const Attachment last = f.add(queryId, QStringLiteral("last.bin"), randomBytes(2 * kChunk, 22));
    f.c().execute(
        QStringLiteral("DELETE FROM attachment_chunks WHERE attachment_id = %1 AND seq = 1").arg(a.id).toStdString());
    f.c().execute(QStringLiteral("DELETE FROM attachment_chunks WHERE attachment_id = %1 AND seq = 1")
                      .arg(last.id)
                      .toStdString());
    const auto read = f.attachments->readAll(a.id);
    CHECK(read.code() == ErrorCode::Damaged);
    CHECK(read.error().message.contains(QStringLiteral("scan.bin")));
    CHECK(f.attachments->readAll(last.id).code() == ErrorCode::Damaged);
}

TEST_CASE("the incremental SHA-256 matches an independent one however the bytes are fed", "[attachments]")
{
    const QByteArray bytes = randomBytes(kChunk + 3, 23);
    CHECK(Sha256::of(QByteArray()) == sha256(QByteArray()));
    CHECK(Sha256::of(QByteArray("abc")).toHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 pieces;
    for (qint64 at = 0; at < bytes.size(); at += 1000)
        pieces.add(bytes.constData() + at, std::min<qint64>(1000, bytes.size() - at));
    CHECK(pieces.finish() == sha256(bytes));
    CHECK(Sha256::of(bytes.constData(), bytes.size()) == sha256(bytes));
}

} // namespace attachment_test
