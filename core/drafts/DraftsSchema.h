#pragma once

namespace advicehub::db {
class Connection;
}

namespace advicehub::drafts {

// Schema version 7: drafts of answers with their immutable versions and clearance steps,
// templates, the library of tools and references, the index of sent answers (precedents) and the
// vault's spelling dictionary. Registered in db/Schema.cpp; a released migration is never edited.
// The seeded templates and library resources are inserted by the migration itself
// (library/LibrarySeeder), so that every vault, new or migrated, has them.
void migrateToDrafts(db::Connection& connection);

// Schema version 8: the index the precedent search's newest-first page walks
// (drafts_sent_recent, over the sent drafts only).
void migrateToDraftsV8(db::Connection& connection);

} // namespace advicehub::drafts
