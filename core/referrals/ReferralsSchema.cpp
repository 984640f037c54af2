#include "referrals/ReferralsSchema.h"

#include "db/Connection.h"

namespace advicehub::referrals {

void migrateToReferrals(db::Connection& c)
{
    c.execute(R"sql(
-- The seeded partners become editable records: a version against lost updates, and names unique
-- whatever their case (they are stored trimmed).
ALTER TABLE partners ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE partners ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE partners ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX partners_name_nocase ON partners(name COLLATE NOCASE);
CREATE INDEX partners_acronym ON partners(acronym COLLATE NOCASE);
CREATE INDEX partner_themes_theme ON partner_themes(theme_id, partner_id);
CREATE INDEX partner_regions_region ON partner_regions(region_id, partner_id);

-- People at a partner (personal data). A contact a referral names is kept when it is removed from
-- the partner (removed = 1), so that the referral still says whom it went to.
CREATE TABLE partner_contacts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(name) > 0),
    role       TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    removed    INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
);
CREATE INDEX partner_contacts_partner ON partner_contacts(partner_id, sort_order);

-- Who changed what in the directory, when. Append-only; outlives a removed partner (no foreign
-- key on partner_id, the name is kept).
CREATE TABLE partner_changes (
    id           INTEGER PRIMARY KEY,
    partner_id   INTEGER NOT NULL,
    partner_name TEXT NOT NULL DEFAULT '',
    changed_at   TEXT NOT NULL,
    adviser_id   INTEGER REFERENCES advisers(id),
    action       TEXT NOT NULL CHECK (action IN ('created', 'changed', 'deactivated', 'reactivated', 'removed')),
    field        TEXT NOT NULL DEFAULT '',
    old_value    TEXT NOT NULL DEFAULT '',
    new_value    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX partner_changes_partner ON partner_changes(partner_id, id);
CREATE TRIGGER partner_changes_append_only_update
BEFORE UPDATE ON partner_changes
BEGIN
    SELECT RAISE(ABORT, 'partner changes are append-only');
END;
CREATE TRIGGER partner_changes_append_only_delete
BEFORE DELETE ON partner_changes
BEGIN
    SELECT RAISE(ABORT, 'partner changes are append-only');
END;

-- The requesting State's consents to share parts of a query with partners. Never deleted; a
-- withdrawal is recorded on the row (once).
CREATE TABLE consents (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    query_id          INTEGER NOT NULL REFERENCES queries(id),
    given_on          TEXT NOT NULL,
    form              TEXT NOT NULL CHECK (form IN ('written', 'oral', 'note_verbale', 'email', 'meeting')),
    given_by_name     TEXT NOT NULL CHECK (length(given_by_name) > 0),
    given_by_function TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    recorded_at       TEXT NOT NULL,
    recorded_by       INTEGER REFERENCES advisers(id),
    withdrawn_on      TEXT,
    withdrawal_reason TEXT NOT NULL DEFAULT '',
    withdrawn_at      TEXT,
    withdrawn_by      INTEGER REFERENCES advisers(id)
);
CREATE INDEX consents_query ON consents(query_id);
CREATE TRIGGER consents_never_deleted
BEFORE DELETE ON consents
BEGIN
    SELECT RAISE(ABORT, 'consents are never deleted');
END;
-- Only query_id may change: a duplicate merged into its survivor hands its consents over.
CREATE TRIGGER consents_only_withdrawn
BEFORE UPDATE OF id, given_on, form, given_by_name, given_by_function, notes, recorded_at, recorded_by
ON consents
BEGIN
    SELECT RAISE(ABORT, 'a recorded consent does not change; withdraw it');
END;
CREATE TRIGGER consents_withdrawn_once
BEFORE UPDATE OF withdrawn_on, withdrawal_reason, withdrawn_at, withdrawn_by ON consents
WHEN OLD.withdrawn_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the consent was withdrawn already');
END;

CREATE TABLE consent_partners (
    consent_id INTEGER NOT NULL REFERENCES consents(id),
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (consent_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX consent_partners_partner ON consent_partners(partner_id);
CREATE TABLE consent_fields (
    consent_id INTEGER NOT NULL REFERENCES consents(id),
    field      TEXT NOT NULL CHECK (field IN ('subject', 'request_text', 'themes', 'articles', 'state', 'institution',
                   'contact_person', 'notes')),
    PRIMARY KEY (consent_id, field)
) WITHOUT ROWID;
CREATE TRIGGER consent_partners_fixed_update BEFORE UPDATE ON consent_partners
BEGIN
    SELECT RAISE(ABORT, 'a recorded consent does not change; withdraw it');
END;
CREATE TRIGGER consent_partners_fixed_delete BEFORE DELETE ON consent_partners
BEGIN
    SELECT RAISE(ABORT, 'a recorded consent does not change; withdraw it');
END;
CREATE TRIGGER consent_fields_fixed_update BEFORE UPDATE ON consent_fields
BEGIN
    SELECT RAISE(ABORT, 'a recorded consent does not change; withdraw it');
END;
CREATE TRIGGER consent_fields_fixed_delete BEFORE DELETE ON consent_fields
BEGIN
    SELECT RAISE(ABORT, 'a recorded consent does not change; withdraw it');
END;

-- Referrals of queries to partners. No cascade from queries or partners: a query or a partner
-- with referrals cannot be deleted (the services refuse first, with a message). Never deleted;
-- a referral ends as declined, completed or withdrawn.
CREATE TABLE referrals (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    query_id               INTEGER NOT NULL REFERENCES queries(id),
    partner_id             INTEGER NOT NULL REFERENCES partners(id),
    contact_id             INTEGER REFERENCES partner_contacts(id),
    proposed_on            TEXT NOT NULL,
    reason                 TEXT NOT NULL CHECK (length(reason) > 0),
    follow_up_on           TEXT,
    status                 TEXT NOT NULL DEFAULT 'proposed'
                           CHECK (status IN ('proposed', 'consent_obtained', 'sent', 'accepted', 'declined',
                                             'completed', 'withdrawn')),
    sent_on                TEXT,
    outcome                TEXT NOT NULL DEFAULT '',
    closed_on              TEXT,
    status_reason          TEXT NOT NULL DEFAULT '',
    consent_id             INTEGER REFERENCES consents(id),
    override_justification TEXT NOT NULL DEFAULT '',
    override_by            INTEGER REFERENCES advisers(id),
    created_at             TEXT NOT NULL,
    created_by             INTEGER REFERENCES advisers(id),
    updated_at             TEXT NOT NULL,
    version                INTEGER NOT NULL DEFAULT 1,
    -- Sent (and what follows it) rests on a consent or on a head's written override.
    CHECK (sent_on IS NULL OR consent_id IS NOT NULL OR length(override_justification) >= 20)
);
CREATE INDEX referrals_query ON referrals(query_id, id);
CREATE INDEX referrals_partner ON referrals(partner_id, status);
CREATE INDEX referrals_open_follow_up ON referrals(follow_up_on)
    WHERE status IN ('proposed', 'consent_obtained', 'sent', 'accepted');
CREATE INDEX referrals_sent ON referrals(sent_on) WHERE status = 'sent';
-- One open referral per query and partner; also what "has an open referral" reads.
CREATE UNIQUE INDEX referrals_open_query ON referrals(query_id, partner_id)
    WHERE status IN ('proposed', 'consent_obtained', 'sent', 'accepted');
CREATE TRIGGER referrals_never_deleted
BEFORE DELETE ON referrals
BEGIN
    SELECT RAISE(ABORT, 'referrals are never deleted; withdraw them');
END;

-- What a referral shares with the partner: codes of the query's disclosable fields.
CREATE TABLE referral_fields (
    referral_id INTEGER NOT NULL REFERENCES referrals(id),
    field       TEXT NOT NULL CHECK (field IN ('subject', 'request_text', 'themes', 'articles', 'state', 'institution',
                    'contact_person', 'notes')),
    PRIMARY KEY (referral_id, field)
) WITHOUT ROWID;
CREATE INDEX referral_fields_field ON referral_fields(field, referral_id);
-- What was shared stays as it was once the referral was sent.
CREATE TRIGGER referral_fields_fixed_after_sent_insert
BEFORE INSERT ON referral_fields
WHEN (SELECT sent_on FROM referrals WHERE id = NEW.referral_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'what a sent referral shares cannot change');
END;
CREATE TRIGGER referral_fields_fixed_after_sent_delete
BEFORE DELETE ON referral_fields
WHEN (SELECT sent_on FROM referrals WHERE id = OLD.referral_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'what a sent referral shares cannot change');
END;
)sql");
}

} // namespace advicehub::referrals
