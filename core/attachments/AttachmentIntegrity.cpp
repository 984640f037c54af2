#include "attachments/AttachmentIntegrity.h"

#include "attachments/Sha256.h"
#include "db/Connection.h"
#include "db/DbError.h"

#include <vector>

namespace advicehub::attachments {

namespace {

struct Stored {
    qint64 id = 0;
    QString fileName;
    qint64 size = 0;
    QByteArray sha256;
    int chunkCount = 0;
};

QString quoted(const QString& name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

} // namespace

QStringList AttachmentIntegrity::check(db::Connection& connection)
{
    QStringList problems;
    std::vector<Stored> stored;
    try {
        if (connection.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'attachments'")
            == 0)
            return problems;
        db::Statement list
            = connection.prepare("SELECT id, file_name, size, sha256, chunk_count FROM attachments ORDER BY id");
        while (list.step())
            stored.push_back({ list.int64(0), list.text(1), list.int64(2), list.blob(3), list.int32(4) });
    } catch (const db::DbError& e) {
        problems << tr("The list of attachments could not be read (SQLite error %1).").arg(e.extendedCode());
        return problems;
    }

    for (const Stored& a : stored) {
        const QString which = tr("Attachment %1 (%2)").arg(a.id).arg(quoted(a.fileName));
        if (a.chunkCount == 0) {
            problems << tr("%1 is incomplete: it has no content.").arg(which);
            continue;
        }
        try {
            // In sequence, through the (attachment_id, seq) index: no sort, one chunk in memory.
            db::Statement chunks = connection.prepare(
                "SELECT seq, sha256, data FROM attachment_chunks WHERE attachment_id = ?1 ORDER BY seq");
            chunks.bind(1, a.id);
            Sha256 whole;
            qint64 bytes = 0;
            int expected = 0;
            QList<int> badChunks;
            bool gap = false;
            while (chunks.step()) {
                if (chunks.int32(0) != expected)
                    gap = true;
                expected = chunks.int32(0) + 1;
                const QByteArray data = chunks.blob(2);
                if (Sha256::of(data) != chunks.blob(1))
                    badChunks << chunks.int32(0);
                whole.add(data);
                bytes += data.size();
            }
            const bool countWrong = expected != a.chunkCount || gap;
            for (int seq : badChunks)
                problems << tr("%1: chunk %2 does not match its SHA-256 (the stored content is damaged).")
                                .arg(which)
                                .arg(seq);
            if (countWrong)
                problems << tr("%1: chunks are missing (%2 recorded).").arg(which).arg(a.chunkCount);
            if (bytes != a.size)
                problems << tr("%1: %2 bytes stored, %3 recorded.").arg(which).arg(bytes).arg(a.size);
            if (whole.finish() != a.sha256 && badChunks.isEmpty() && !countWrong && bytes == a.size)
                problems << tr("%1: its content does not match its SHA-256.").arg(which);
        } catch (const db::DbError& e) {
            problems << tr("%1 could not be read: a page of the vault failed authentication or is corrupt (SQLite "
                           "error %2).")
                            .arg(which)
                            .arg(e.extendedCode());
        }
    }
    return problems;
}

} // namespace advicehub::attachments
