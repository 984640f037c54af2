#pragma once

#include <QtGlobal>

#include <memory>
#include <optional>

namespace advicehub {
class Clock;
}
namespace advicehub::db {
class Connection;
}

namespace advicehub::casefile {

class CaseEvents;
class CaseTimeline;
class DisclosureRecord;
class QueryIndex;

// The case record: what every domain service (queries now; referrals, drafts, attachments and
// printing next) writes through, inside its own transaction, instead of touching the shared
// tables itself:
//   timeline()     the only writer of a query's timeline; bumps its version, refreshes its search row
//   index()        the only writer of the full-text index (and its IndexSources)
//   disclosures()  the only writer of the record of what left the vault
//   events()       change notifications, sent after the outermost commit only
// It also holds the one actor of the session: the adviser recorded on every entry and change.
// Owned by the Session; domain services take a CaseRecord&.
class CaseRecord {
public:
    CaseRecord(db::Connection& connection, const Clock& clock);
    ~CaseRecord();
    CaseRecord(const CaseRecord&) = delete;
    CaseRecord& operator=(const CaseRecord&) = delete;

    db::Connection& connection() { return m_connection; }
    const Clock& clock() const { return m_clock; }

    // The adviser recorded on every change (chosen at unlock: Session::setCurrentAdviser).
    std::optional<qint64> actor() const { return m_actor; }
    void setActor(std::optional<qint64> adviserId) { m_actor = adviserId; }

    CaseEvents& events() { return *m_events; }
    QueryIndex& index() { return *m_index; }
    CaseTimeline& timeline() { return *m_timeline; }
    DisclosureRecord& disclosures() { return *m_disclosures; }

private:
    db::Connection& m_connection;
    const Clock& m_clock;
    std::optional<qint64> m_actor;
    std::unique_ptr<CaseEvents> m_events;
    std::unique_ptr<QueryIndex> m_index;
    std::unique_ptr<CaseTimeline> m_timeline;
    std::unique_ptr<DisclosureRecord> m_disclosures;
};

} // namespace advicehub::casefile
