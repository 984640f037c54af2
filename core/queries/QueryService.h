#pragma once

#include "calendar/WorkingCalendar.h"
#include "casefile/TimelineTypes.h"
#include "common/Result.h"
#include "queries/QueryBulk.h"
#include "queries/QueryTypes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace advicehub::casefile {
class CaseRecord;
}
namespace advicehub::reference {
class ReferenceLookup;
}

namespace advicehub::queries {

class QueryLinks;
class QueryRepository;
class QueryRules;

// Registers queries and moves them through their lifecycle. Every change is one transaction,
// is checked against the rules first (bad input changes nothing) and is written to the
// query's timeline through the case record (casefile/CaseRecord.h), with its adviser.
//
// The work is done by its pieces: QueryRepository (rows), QueryRules (validation, limits, the
// delete rule), DueDatePolicy, QueryLinks (links, merges), QueryBulk (creation).
//
// Its signals are the case record's (CaseEvents), passed on: sent after the outermost commit only.
class QueryService : public QObject {
    Q_OBJECT
public:
    QueryService(casefile::CaseRecord& record, reference::ReferenceLookup& lookup, QObject* parent = nullptr);
    ~QueryService() override;

    casefile::CaseRecord& caseRecord() { return m_record; }
    // Today, in the office's local time.
    QDate today() const;
    calendar::WorkingCalendar calendar() const;

    // Every problem with an input, field by field (empty: valid).
    QList<FieldError> validate(const QueryInput& input) const;
    const QueryRules& rules() const { return *m_rules; }
    // The due date a query gets when nobody sets one.
    QDate defaultDueDate(QDate receivedOn, Priority priority, int waitedDays = 0) const;
    // The same for an existing query: also counts the working days its clock has stopped while
    // awaiting the requester. What "use the default" means when editing it.
    QDate defaultDueDateOf(qint64 id, QDate receivedOn, Priority priority) const;
    // The due date `choice` gives a query (an existing one: `id`) received on `receivedOn` with
    // `priority`, as saving would decide it (DueDatePolicy); for forms to show before saving.
    Result<DueDate> dueDateFor(
        std::optional<qint64> id, QDate receivedOn, Priority priority, const DueDateChoice& choice) const;

    Result<Query> create(const QueryInput& input);
    // Saves an edited query; `expectedVersion` is the version the editor started from, so that
    // a change made meanwhile is not silently overwritten (ErrorCode::Conflict).
    Result<Query> update(qint64 id, const QueryInput& input, int expectedVersion);

    // A lifecycle transition (Lifecycle::isAllowed); a reason where Lifecycle requires one, and
    // for response_sent when no draft of the answer was marked sent (the reason then says how the
    // answer was given outside Advice Hub).
    Result<void> changeStatus(qint64 id, QueryStatus to, const QString& reason = {});
    // Whether moving the query to `to` needs a reason now (what dialogs and the CLI ask before
    // offering the move): Lifecycle::reasonRequired, or response_sent without a sent draft.
    bool reasonRequiredFor(qint64 id, QueryStatus to) const;
    QList<QueryStatus> allowedTransitions(qint64 id) const;

    struct Triage {
        Priority priority = Priority::Normal;
        DueDateChoice dueOn; // Default: the default for the priority
        qint64 adviserId = 0;
        Route route = Route::InHouse;
        QString note;
        // Route Refer or Both only: the partner the query is referred to. Triage then also
        // proposes the referral (through the referral proposer) in the same transaction: a
        // refused proposal leaves the query untriaged. None: the route alone is recorded.
        std::optional<qint64> partnerId;
    };
    // Sets priority, due date, adviser and route and moves a new (or reopened) query to triaged.
    Result<void> triage(qint64 id, const Triage& triage);
    // Whether a route refers the query to a partner (Refer, Both): the routes triage may propose a
    // referral for.
    static bool routeRefers(Route route) { return route == Route::Refer || route == Route::Both; }

    // How triage proposes a referral to the partner chosen (Triage::partnerId). The referral
    // service, which is built on this one, sets it (and clears it when it goes); called inside
    // triage's transaction with the query, the partner and the triage's note.
    using ReferralProposer = std::function<Result<void>(qint64 queryId, qint64 partnerId, const QString& note)>;
    void setReferralProposer(ReferralProposer proposer) { m_proposeReferral = std::move(proposer); }

    Result<TimelineEntry> addEntry(qint64 id, const NewEntry& entry);
    // A correction of an earlier entry: a new entry pointing at it (entries are never changed).
    Result<TimelineEntry> correctEntry(qint64 entryId, const QString& correction);

    Result<void> link(qint64 fromId, qint64 toId, LinkKind kind);
    Result<void> unlink(qint64 firstId, qint64 secondId);
    // Merges a duplicate into the surviving query: the duplicate's timeline, links, themes and
    // articles move; its reference stays resolvable and points to the survivor.
    Result<void> merge(qint64 duplicateId, qint64 survivorId);
    // Whether a query may be deleted (QueryRules::deletionProblem): ok, or the reason why not.
    Result<void> canRemove(qint64 id) const;
    // Deletes a query registered by mistake (status New only). Its reference number is not reused.
    Result<void> remove(qint64 id);

    Result<Query> get(qint64 id) const;
    struct Resolved {
        Query query;
        QString requestedReference;
        bool viaMerge = false; // the reference was of a duplicate merged into query
    };
    Result<Resolved> findByReference(const QString& reference) const;
    Result<std::vector<TimelineEntry>> timeline(qint64 id) const;
    Result<std::vector<QueryLink>> links(qint64 id) const;

    // Bulk creation for imports, the demo vault and benchmarks: all or nothing, one transaction.
    using Record = QueryBulk::Record;
    // Validates every record first; nothing is written unless all are valid. Returns the ids.
    // `progress` (optional) is called now and then with the steps done of `total` (two per
    // record: the record, then its full-text entry); returning false cancels
    // (ErrorCode::Cancelled, nothing written).
    using Progress = QueryBulk::Progress;
    Result<std::vector<qint64>> createMany(
        const std::vector<Record>& records, EntryKind creation = EntryKind::Imported, const Progress& progress = {});

    // References look like AH-2026-0042.
    static bool parseReference(const QString& reference, int* year, int* sequence);
    static QString formatReference(int year, int sequence);

Q_SIGNALS:
    void queryAdded(qint64 id);
    void queryChanged(qint64 id);
    void queryRemoved(qint64 id);
    // Many queries changed at once (import, merge): views reload.
    void queriesReset();

private:
    Result<TimelineEntry> readEntry(qint64 entryId) const;
    bool responseNeedsReason(QueryStatus to, qint64 id) const;
    static QString noSentDraftMessage();

    casefile::CaseRecord& m_record;
    reference::ReferenceLookup& m_lookup;
    std::unique_ptr<QueryRepository> m_repository;
    std::unique_ptr<QueryRules> m_rules;
    std::unique_ptr<QueryLinks> m_links;
    std::unique_ptr<QueryBulk> m_bulk;
    ReferralProposer m_proposeReferral;
};

} // namespace advicehub::queries
