#pragma once

namespace advicehub::db {
class Connection;
}

namespace advicehub::reference {

// Fills the reference tables of a new vault from the tables shipped in resources/reference
// (compiled into the core as Qt resources). Throws DbError; runs inside the migration's
// transaction.
void seedFoundationReferenceData(db::Connection& connection);
// Schema 2: institution types and languages of queries.
void seedQueriesReferenceData(db::Connection& connection);

} // namespace advicehub::reference
