#include "db/Schema.h"

#include "attachments/AttachmentsSchema.h"
#include "casefile/CaseRecordSchema.h"
#include "db/Connection.h"
#include "drafts/DraftsSchema.h"
#include "queries/QueriesSchema.h"
#include "reference/ReferenceSeeder.h"
#include "referrals/ReferralsSchema.h"

namespace advicehub::db {

namespace {

// Version 1: the meta table and the reference data every vault starts with.
void foundation(Connection& c)
{
    c.execute(R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE regions (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE states (
    id                 INTEGER PRIMARY KEY,
    iso2               TEXT NOT NULL UNIQUE CHECK (length(iso2) = 2),
    iso3               TEXT NOT NULL UNIQUE CHECK (length(iso3) = 3),
    name               TEXT NOT NULL UNIQUE,
    region_id          INTEGER NOT NULL REFERENCES regions(id),
    un_status          TEXT NOT NULL CHECK (un_status IN ('member', 'observer')),
    core_state         INTEGER NOT NULL DEFAULT 0 CHECK (core_state IN (0, 1)),
    group_of_friends   INTEGER NOT NULL DEFAULT 0 CHECK (group_of_friends IN (0, 1)),
    oda_recipient      INTEGER CHECK (oda_recipient IN (0, 1)),           -- NULL: not recorded
    sids               INTEGER NOT NULL DEFAULT 0 CHECK (sids IN (0, 1)),
    uncat_status       TEXT NOT NULL DEFAULT 'unknown'
                       CHECK (uncat_status IN ('party', 'signatory', 'not_party', 'unknown')),
    uncat_status_as_of TEXT,
    opcat_status       TEXT NOT NULL DEFAULT 'unknown'
                       CHECK (opcat_status IN ('party', 'signatory', 'not_party', 'unknown')),
    opcat_status_as_of TEXT
);
CREATE INDEX states_region ON states(region_id);

CREATE TABLE themes (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE channels (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE uncat_articles (
    number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 33),
    title  TEXT NOT NULL
);

CREATE TABLE partners (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    acronym     TEXT,
    type        TEXT NOT NULL CHECK (type IN ('ngo', 'un_body', 'treaty_body', 'special_procedure',
                    'un_fund', 'un_agency', 'regional_body', 'nhri', 'academic', 'expert', 'state')),
    strategic   INTEGER NOT NULL DEFAULT 0 CHECK (strategic IN (0, 1)),
    description TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE partner_themes (
    partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    theme_id   INTEGER NOT NULL REFERENCES themes(id),
    PRIMARY KEY (partner_id, theme_id)
) WITHOUT ROWID;

CREATE TABLE partner_regions (
    partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    region_id  INTEGER NOT NULL REFERENCES regions(id),
    PRIMARY KEY (partner_id, region_id)
) WITHOUT ROWID;

CREATE TABLE partner_languages (
    partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    language   TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 3),
    PRIMARY KEY (partner_id, language)
) WITHOUT ROWID;
)sql");
    reference::seedFoundationReferenceData(c);
}

// Version 3: unsaved work kept at lock time (see pending/PendingEditService.h).
void pendingEdits(Connection& c)
{
    c.execute(R"sql(
CREATE TABLE pending_edits (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    query_id     INTEGER REFERENCES queries(id) ON DELETE CASCADE,
    base_version INTEGER NOT NULL DEFAULT 0,
    payload      TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    adviser_id   INTEGER REFERENCES advisers(id),
    saved_at     TEXT NOT NULL
);
)sql");
}

} // namespace

std::vector<Migration> schemaMigrations()
{
    return {
        { 1, "foundation: meta and reference data", foundation },
        { 2, "queries: advisers, holidays, queries, timeline, links, saved searches, full-text index",
            queries::createQueriesSchema },
        { 3, "pending edits kept at lock time", pendingEdits },
        { 4, "full-text index normalised as searches are (NFKC)", queries::normaliseFullTextIndex },
        { 5, "case record: timeline entry sources and data, disclosures", casefile::migrateToCaseRecord },
        { 6, "referrals: editable partner directory, referrals, consents", referrals::migrateToReferrals },
        { 7, "drafts: versioned drafts, clearance, templates, library, precedents, spelling dictionary",
            drafts::migrateToDrafts },
        { 8, "drafts: index of the sent answers, newest first (precedent search)", drafts::migrateToDraftsV8 },
        { 9, "attachments: files stored in the vault in chunks, their text for search",
            attachments::migrateToAttachments },
        { 10, "queries: the request in brief (an adviser-written summary)", queries::addQuerySummary },
    };
}

} // namespace advicehub::db
