#pragma once

namespace advicehub::db {
class Connection;
}

namespace advicehub::queries {

// Schema version 2: advisers, office holidays, queries with their texts, themes, articles,
// links, the append-only timeline, saved searches and the full-text index. Runs inside the
// migration's transaction; throws DbError.
void createQueriesSchema(db::Connection& connection);

// Schema version 4: the full-text index holds every text normalised as searches are
// (casefile::QueryIndex::searchableText, NFKC), so that a search typed with decomposed accents or
// compatibility forms finds what was indexed before. Rewrites only the entries that change.
void normaliseFullTextIndex(db::Connection& connection);

// Schema version 10: the request in brief, an optional adviser-written summary of a query
// (query_texts.summary; issue 13 prints it as "Request in brief"). Existing queries have none.
void addQuerySummary(db::Connection& connection);

// The SQL expressions that sort statuses and priorities in lifecycle / urgency order; the
// schema indexes them and the search sorts by them, so both come from here.
const char* statusRankSql();
const char* priorityRankSql();

} // namespace advicehub::queries
