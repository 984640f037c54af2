#include "attachments/AttachmentsSchema.h"

#include "db/Connection.h"

namespace advicehub::attachments {

void migrateToAttachments(db::Connection& c)
{
    c.execute(R"sql(
-- Files attached to a query (the incoming letter, a draft law). No cascade from queries: a query
-- with attachments cannot be deleted (the query service refuses first, with a message); a merge
-- hands them to the survivor. Linked optionally to the timeline entry they came with (an e-mail
-- received) and, later, to a draft or a referral.
--
-- A row is written first with chunk_count = 0 while its chunks are streamed in, then completed
-- in the same transaction; once complete, what describes the stored bytes never changes.
CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    query_id     INTEGER NOT NULL REFERENCES queries(id),
    entry_id     INTEGER REFERENCES timeline(id),
    draft_id     INTEGER REFERENCES drafts(id),
    referral_id  INTEGER REFERENCES referrals(id),
    file_name    TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    media_type   TEXT NOT NULL CHECK (length(media_type) > 0),
    size         INTEGER NOT NULL CHECK (size >= 0),
    sha256       BLOB NOT NULL CHECK (length(sha256) = 32),
    chunk_count  INTEGER NOT NULL CHECK (chunk_count >= 0),
    added_on     TEXT NOT NULL,
    added_by     INTEGER REFERENCES advisers(id),
    description  TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL DEFAULT '' CHECK (language = '' OR length(language) BETWEEN 2 AND 3),
    text_outcome TEXT NOT NULL DEFAULT 'unsupported'
                 CHECK (text_outcome IN ('text', 'no_text', 'failed', 'unsupported')),
    text_reason  TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    CHECK (chunk_count = 0 OR size > 0)
);
CREATE INDEX attachments_query ON attachments(query_id, added_on);
-- Identical content attached twice to one query is found by its hash.
CREATE INDEX attachments_query_sha256 ON attachments(query_id, sha256);
CREATE TRIGGER attachments_content_fixed
BEFORE UPDATE OF id, file_name, media_type, size, sha256, chunk_count, added_on, added_by ON attachments
WHEN OLD.chunk_count > 0
BEGIN
    SELECT RAISE(ABORT, 'an attachment''s content is immutable');
END;

-- The bytes of each attachment in 256 KiB pieces, seq 0, 1, 2... Immutable: deleted only with
-- their attachment. A rowid table (large values do not belong in a WITHOUT ROWID table's
-- b-tree); the hash comes before the data so that reading it does not walk the overflow pages.
CREATE TABLE attachment_chunks (
    id            INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL REFERENCES attachments(id),
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    sha256        BLOB NOT NULL CHECK (length(sha256) = 32),
    data          BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 262144),
    UNIQUE (attachment_id, seq)
);
CREATE TRIGGER attachment_chunks_immutable
BEFORE UPDATE ON attachment_chunks
BEGIN
    SELECT RAISE(ABORT, 'attachment chunks are immutable');
END;

-- What a search finds of an attachment: its file name, description and extracted text,
-- normalised as the query index is (docid = attachments.id). Tells which attachment matched.
CREATE VIRTUAL TABLE attachment_text USING fts4(file_name, description, body,
    tokenize=unicode61 "remove_diacritics=1");
)sql");
}

} // namespace advicehub::attachments
