#include "drafts/DraftsSchema.h"

#include "db/Connection.h"
#include "library/LibrarySeeder.h"

namespace advicehub::drafts {

void migrateToDrafts(db::Connection& c)
{
    c.execute(R"sql(
-- Templates of letters with {placeholders}, per kind and language. Never deleted once a draft
-- started from one (drafts.template_id); deactivated instead.
CREATE TABLE draft_templates (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL CHECK (length(name) > 0),
    kind       TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'holding_reply', 'substantive_response',
                   'referral_notice', 'other')),
    language   TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
    html       TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    seeded     INTEGER NOT NULL DEFAULT 0 CHECK (seeded IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES advisers(id),
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX draft_templates_name ON draft_templates(language, name COLLATE NOCASE);

-- Drafts of the Secretariat's answers. No cascade from queries: a query with drafts cannot be
-- deleted (the query service refuses first, with a message).
CREATE TABLE drafts (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    query_id          INTEGER NOT NULL REFERENCES queries(id),
    title             TEXT NOT NULL CHECK (length(title) > 0),
    language          TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
    kind              TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'holding_reply', 'substantive_response',
                          'referral_notice', 'other')),
    state             TEXT NOT NULL DEFAULT 'draft'
                      CHECK (state IN ('draft', 'submitted', 'changes_requested', 'cleared', 'sent')),
    latest_version    INTEGER NOT NULL DEFAULT 0,
    word_count        INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    created_by        INTEGER REFERENCES advisers(id),
    updated_at        TEXT NOT NULL,
    cleared_version   INTEGER,
    cleared_by        INTEGER REFERENCES advisers(id),
    self_cleared      INTEGER NOT NULL DEFAULT 0 CHECK (self_cleared IN (0, 1)),
    sent_version      INTEGER,
    sent_on           TEXT,
    sent_channel_id   INTEGER REFERENCES channels(id),
    copied_from       INTEGER REFERENCES drafts(id),
    template_id       INTEGER REFERENCES draft_templates(id),
    version           INTEGER NOT NULL DEFAULT 1,
    -- Cleared and sent rest on a cleared version; sent names its version, date and channel.
    CHECK (state NOT IN ('cleared', 'sent') OR cleared_version IS NOT NULL),
    CHECK (state <> 'sent' OR (sent_version IS NOT NULL AND sent_on IS NOT NULL AND sent_channel_id IS NOT NULL))
);
CREATE INDEX drafts_query ON drafts(query_id, updated_at);
CREATE INDEX drafts_sent ON drafts(query_id) WHERE state = 'sent';
-- A sent draft is locked: the schema refuses what the core refuses. (query_id alone may change:
-- a duplicate merged into its survivor hands its drafts over.)
CREATE TRIGGER drafts_sent_locked_update
BEFORE UPDATE OF id, title, language, kind, state, latest_version, word_count, created_at, created_by, updated_at,
    cleared_version, cleared_by, self_cleared, sent_version, sent_on, sent_channel_id, copied_from, template_id, version
ON drafts
WHEN OLD.state = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'a sent draft is locked');
END;
CREATE TRIGGER drafts_sent_locked_delete
BEFORE DELETE ON drafts
WHEN OLD.state = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'a sent draft is locked');
END;

-- Every save of a draft: immutable. Deleted only with their draft, which must not be sent.
CREATE TABLE draft_versions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id   INTEGER NOT NULL REFERENCES drafts(id),
    number     INTEGER NOT NULL CHECK (number >= 1),
    html       TEXT NOT NULL,
    text       TEXT NOT NULL,
    word_count INTEGER NOT NULL DEFAULT 0,
    comment    TEXT NOT NULL DEFAULT '',
    author_id  INTEGER REFERENCES advisers(id),
    saved_at   TEXT NOT NULL,
    UNIQUE (draft_id, number)
);
CREATE TRIGGER draft_versions_immutable
BEFORE UPDATE ON draft_versions
BEGIN
    SELECT RAISE(ABORT, 'draft versions are immutable');
END;
CREATE TRIGGER draft_versions_of_sent_kept
BEFORE DELETE ON draft_versions
WHEN (SELECT state FROM drafts WHERE id = OLD.draft_id) = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'a sent draft is locked');
END;
CREATE TRIGGER draft_versions_not_after_sent
BEFORE INSERT ON draft_versions
WHEN (SELECT state FROM drafts WHERE id = NEW.draft_id) = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'a sent draft is locked');
END;

-- The clearance chain: submitted, changes requested, cleared, sent, reopened; each with the
-- version it refers to and its comment. Append-only (deleted only with an unsent draft).
CREATE TABLE draft_steps (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id       INTEGER NOT NULL REFERENCES drafts(id),
    version_number INTEGER NOT NULL,
    action         TEXT NOT NULL CHECK (action IN ('submitted', 'changes_requested', 'cleared', 'sent', 'reopened')),
    comment        TEXT NOT NULL DEFAULT '',
    adviser_id     INTEGER REFERENCES advisers(id),
    occurred_at    TEXT NOT NULL,
    self_cleared   INTEGER NOT NULL DEFAULT 0 CHECK (self_cleared IN (0, 1))
);
CREATE INDEX draft_steps_draft ON draft_steps(draft_id, id);
CREATE TRIGGER draft_steps_append_only
BEFORE UPDATE ON draft_steps
BEGIN
    SELECT RAISE(ABORT, 'clearance steps are append-only');
END;
CREATE TRIGGER draft_steps_of_sent_kept
BEFORE DELETE ON draft_steps
WHEN (SELECT state FROM drafts WHERE id = OLD.draft_id) = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'a sent draft is locked');
END;

-- The text of sent answers, for the precedent search (docid = drafts.id). Written by the draft
-- service when a draft is marked sent (a sent text never changes afterwards).
CREATE VIRTUAL TABLE precedent_fts USING fts4(title, body, tokenize=unicode61 "remove_diacritics=1");

-- CTI tools and references cited in drafts.
CREATE TABLE library_resources (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('cti_tool', 'reference')),
    title       TEXT NOT NULL CHECK (length(title) > 0),
    description TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL DEFAULT '' CHECK (language IN ('', 'en', 'fr', 'es')),
    link        TEXT NOT NULL DEFAULT '',
    citation    TEXT NOT NULL CHECK (length(citation) > 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    seeded      INTEGER NOT NULL DEFAULT 0 CHECK (seeded IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  INTEGER REFERENCES advisers(id),
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX library_resources_title ON library_resources(title COLLATE NOCASE);
CREATE TABLE library_resource_themes (
    resource_id INTEGER NOT NULL REFERENCES library_resources(id) ON DELETE CASCADE,
    theme_id    INTEGER NOT NULL REFERENCES themes(id),
    PRIMARY KEY (resource_id, theme_id)
) WITHOUT ROWID;

-- Words the advisers added to the spell checker's dictionary of a language. In the vault only.
CREATE TABLE spelling_words (
    language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
    word     TEXT NOT NULL CHECK (length(word) > 0),
    added_at TEXT NOT NULL,
    added_by INTEGER REFERENCES advisers(id),
    PRIMARY KEY (language, word)
) WITHOUT ROWID;
)sql");
    library::seedLibrary(c);
}

void migrateToDraftsV8(db::Connection& c)
{
    // Precedent search lists the sent answers newest first (LibraryService::searchPrecedents:
    // state = 'sent' ORDER BY sent_on DESC, id DESC LIMIT n). Without an index SQLite read every
    // draft and sorted the sent ones: 0.1-0.7 s at 100,000 drafts. A partial index over the sent
    // drafts in that order lets the page stop after n rows (and is only as large as the sent
    // answers).
    c.execute("CREATE INDEX drafts_sent_recent ON drafts(sent_on DESC, id DESC) WHERE state = 'sent'");
}

} // namespace advicehub::drafts
