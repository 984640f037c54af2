#include "casefile/CaseRecordSchema.h"

#include "db/Connection.h"

namespace advicehub::casefile {

void migrateToCaseRecord(db::Connection& c)
{
    c.execute(R"sql(
-- An entry written by another domain names its source (e.g. 'referral', 12; 'disclosure', 7);
-- `data` holds its structured fields as JSON (codes and ids) for rendering in the reader's language.
ALTER TABLE timeline ADD COLUMN source_kind TEXT;
ALTER TABLE timeline ADD COLUMN source_id INTEGER;
ALTER TABLE timeline ADD COLUMN data TEXT NOT NULL DEFAULT '';

-- Append-only, now including the new columns. Only query_id may change (a duplicate merged into
-- its survivor); entries go only with their query.
DROP TRIGGER timeline_append_only_update;
CREATE TRIGGER timeline_append_only_update
BEFORE UPDATE OF kind, occurred_at, recorded_at, adviser_id, field, old_value, new_value, summary, body, corrects_id,
    source_kind, source_id, data
ON timeline
BEGIN
    SELECT RAISE(ABORT, 'timeline entries are append-only');
END;

-- What left the vault (exports now; prints, PDFs and sharing with partners next): what, to whom,
-- under which profile, which fields. Never the content. Append-only.
CREATE TABLE disclosures (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('export', 'print', 'pdf', 'share')),
    document    TEXT NOT NULL CHECK (length(document) > 0),
    occurred_at TEXT NOT NULL,
    adviser_id  INTEGER REFERENCES advisers(id),
    recipient   TEXT NOT NULL DEFAULT '',
    profile     TEXT NOT NULL DEFAULT '',
    copy_number INTEGER CHECK (copy_number IS NULL OR copy_number >= 1),
    fields      TEXT NOT NULL DEFAULT '[]', -- JSON array of field codes
    file_name   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX disclosures_when ON disclosures(occurred_at);
CREATE TRIGGER disclosures_append_only_update
BEFORE UPDATE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'disclosures are append-only');
END;
CREATE TRIGGER disclosures_append_only_delete
BEFORE DELETE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'disclosures are append-only');
END;

-- The queries of a disclosure. The reference stays when a query is deleted (query_id becomes
-- NULL): the record of what left the vault outlives it.
CREATE TABLE disclosure_queries (
    disclosure_id INTEGER NOT NULL REFERENCES disclosures(id),
    query_id      INTEGER REFERENCES queries(id) ON DELETE SET NULL,
    reference     TEXT NOT NULL,
    PRIMARY KEY (disclosure_id, reference)
);
CREATE INDEX disclosure_queries_query ON disclosure_queries(query_id);
CREATE TRIGGER disclosure_queries_append_only_update
BEFORE UPDATE OF disclosure_id, reference ON disclosure_queries
BEGIN
    SELECT RAISE(ABORT, 'disclosures are append-only');
END;
CREATE TRIGGER disclosure_queries_append_only_delete
BEFORE DELETE ON disclosure_queries
BEGIN
    SELECT RAISE(ABORT, 'disclosures are append-only');
END;
)sql");
}

} // namespace advicehub::casefile
