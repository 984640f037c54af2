#pragma once

namespace advicehub::db {
class Connection;
}

namespace advicehub::referrals {

// Schema version 6: the partner directory becomes editable (version, contacts, the record of its
// changes) and queries gain referrals to partners and the consents they rest on. Registered in
// db/Schema.cpp; a released migration is never edited.
void migrateToReferrals(db::Connection& connection);

} // namespace advicehub::referrals
