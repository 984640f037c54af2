#pragma once

#include "casefile/TimelineTypes.h"

#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace advicehub {
class Clock;
}
namespace advicehub::db {
class Connection;
class Statement;
} // namespace advicehub::db

namespace advicehub::casefile {

class CaseEvents;
class QueryIndex;

// A query's timeline and its only writer. Every entry is appended inside the caller's
// transaction (the caller opens one; appending outside a transaction is a programming error
// and throws std::logic_error), with the case record's adviser and the clock's time.
//
// append() records a change of the query: besides the entry it bumps the query's version and
// updated_at (at most once per query per outermost transaction, however many entries a change
// writes), queues CaseEvents::changed and refreshes the query's search row when the kind is
// indexed. appendWithoutChange() records something done with a query that does not change it
// (an export, a print): the entry only.
//
// The table is append-only (triggers refuse updates and deletions); a correction is a new entry
// pointing at the one it corrects.
class CaseTimeline {
public:
    CaseTimeline(db::Connection& connection, const Clock& clock, const std::optional<qint64>& actor, QueryIndex& index,
        CaseEvents& events);
    ~CaseTimeline();
    CaseTimeline(const CaseTimeline&) = delete;
    CaseTimeline& operator=(const CaseTimeline&) = delete;

    // Returns the new entry's id. Throws db::DbError (e.g. no such query).
    qint64 append(qint64 queryId, const TimelineRecord& record);
    qint64 appendWithoutChange(qint64 queryId, const TimelineRecord& record);
    // A change of the query whose entries are written elsewhere in the same transaction (or
    // need none): the version bump and the notification only.
    void touch(qint64 queryId);

    // Appends the entries of new queries (createMany, imports) with one prepared statement:
    // no version bump (the rows are new), no notification and no index refresh (the caller
    // notifies once and writes the search rows with QueryIndex::BulkWriter).
    class BulkAppender {
    public:
        // `nowUtc` (ISO text): the time of recording of every entry; empty: the clock's now.
        explicit BulkAppender(CaseTimeline& timeline, const QString& nowUtc = {});
        ~BulkAppender();
        BulkAppender(const BulkAppender&) = delete;
        BulkAppender& operator=(const BulkAppender&) = delete;
        qint64 append(qint64 queryId, const TimelineRecord& record);

    private:
        CaseTimeline& m_timeline;
        std::unique_ptr<db::Statement> m_insert;
        QString m_now;
    };

    // A duplicate merged into its survivor: its entries become the survivor's (the one change
    // the append-only table allows).
    void moveEntries(qint64 fromQueryId, qint64 toQueryId);

    std::vector<TimelineEntry> entries(qint64 queryId) const; // oldest first
    std::optional<TimelineEntry> entry(qint64 entryId) const;

private:
    qint64 insert(db::Statement& statement, qint64 queryId, const TimelineRecord& record, const QString& now);
    void bump(qint64 queryId, const QString& now);
    void requireTransaction() const;
    QString now() const;

    db::Connection& m_connection;
    const Clock& m_clock;
    const std::optional<qint64>& m_actor;
    QueryIndex& m_index;
    CaseEvents& m_events;
    // Queries whose version this transaction has bumped already (forgotten at its end, or when
    // the savepoint that bumped rolls back).
    QSet<qint64> m_bumped;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0); // see CaseEvents
};

} // namespace advicehub::casefile
