#pragma once

namespace advicehub::db {
class Connection;
}

namespace advicehub::casefile {

// Schema version 5: what the case record adds to version 4 — where a timeline entry comes from
// (source_kind, source_id) and its structured data, and the record of disclosures. Registered in
// db/Schema.cpp; a released migration is never edited.
void migrateToCaseRecord(db::Connection& connection);

} // namespace advicehub::casefile
