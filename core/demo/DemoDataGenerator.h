#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "queries/QueryService.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>
#include <vector>

namespace advicehub::advisers {
class AdviserService;
}
namespace advicehub::reference {
class ReferenceLookup;
}
namespace advicehub::referrals {
class ReferralService;
}
namespace advicehub::drafts {
class DraftService;
}

namespace advicehub::demo {

// The clock of the demo vault's services while it is filled: set to each step's time, so that
// the services record a history on past days through their ordinary rules.
class DemoClock final : public Clock {
public:
    explicit DemoClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) { }
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_now.toMSecsSinceEpoch(); }
    void set(const QDateTime& utc) { m_now = utc; }

private:
    QDateTime m_now;
};

struct DemoDataOptions {
    int queries = 300;
    quint32 seed = 20260105;
    int advisers = 5; // fictional advisers created (or reused by name), 1 to 6
    QDate firstReceived = QDate(2022, 1, 3); // queries are received from this day to today
    int entriesPerQuery = -1; // logged timeline entries per query; -1: 0 to 3 at random
    int batchSize = 2000; // queries per transaction (createMany)
    // Called after each batch; return false to stop (queries already written stay).
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct DemoDataSummary {
    int queries = 0;
    std::vector<qint64> adviserIds;
};

// Fictional case records for the demo vault, the benchmark, screenshots and tests. Nothing is
// real: requesting States come from the reference list, but institutions are generic ("Ministry
// of Justice"), contact names use invented surnames (Quillfeather, Marrowby, ...), e-mail
// addresses are at example.org and phone numbers start with +000. Deterministic: the same seed,
// reference data, advisers and "today" give the same records, so tests and benchmarks repeat.
//
// Each request follows one of a few kinds per theme (ratification, reporting, legislation,
// custody, prisons, national preventive mechanisms…): its subject, its text and the adviser's
// summary belong together, the text names the subject, adds a word on the other themes and
// sentences of the Secretariat's common vocabulary, never one twice, to about 1 KB, so that
// full-text search sees common words ("torture", "Convention") and rare ones ("archipelago",
// "ombudsperson") in realistic proportions. The institution is one that would ask.
class DemoDataGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
public:
    // Uses the seed, the first day, the number of queries (received dates rise steadily over the
    // sequence, as in a real register) and the entries per query of `options`.
    DemoDataGenerator(const reference::ReferenceLookup& lookup, QDate today, const DemoDataOptions& options);

    // The next `count` records of this generator's sequence. `adviserIds` are assigned to triaged
    // queries; may be empty (then no query is assigned).
    std::vector<queries::QueryService::Record> next(int count, const std::vector<qint64>& adviserIds);

    // The names of the fictional advisers, in the order they are created.
    static QStringList adviserNames(int count);
    // Words the benchmark searches for: one in every request, one in about 1 in 500.
    static QString commonWord() { return QStringLiteral("convention"); }
    static QString rareWord() { return QStringLiteral("archipelago"); }

    // Creates (or finds) the fictional advisers, then adds `options.queries` queries in batches
    // through QueryService::createMany. If the service has no actor, the first demo adviser
    // becomes it. Reloads `lookup` after adding advisers.
    static Result<DemoDataSummary> populate(queries::QueryService& service, advisers::AdviserService& advisers,
        reference::ReferenceLookup& lookup, const DemoDataOptions& options);

    // The demo vault's way: like populate(), but each query is registered on the day it was
    // received and taken through its lifecycle step by step by the services, with `clock` (the
    // clock of the services' case record) set to each step's time: acknowledgement, triage by the
    // head, notes, calls and e-mails, status changes, the answer (before the due date for most,
    // late for some), closure, reopening; the referred ones with a consent and a referral to a
    // partner the suggestions rank first (completed, accepted or awaiting a reply), some triaged
    // ones with a referral proposed at triage. Every date lies between the query's receipt and
    // `clock`'s time when called, to which the clock is set back at the end. One query at a time
    // (a savepoint each, inside the caller's transaction).
    static Result<DemoDataSummary> populateWithHistories(queries::QueryService& service,
        advisers::AdviserService& advisers, reference::ReferenceLookup& lookup, referrals::ReferralService& referrals,
        DemoClock& clock, const DemoDataOptions& options);

    // A few referrals at coherent dates, through the referral rules like any user's: one
    // completed (consent, sent, accepted, completed), one sent under consent and awaiting a reply
    // for more than 15 working days, one proposed with the consent missing (follow-up in a week).
    // Uses the older queries of the vault (received at least 60 days before today, preferably
    // routed for referral) and the partners the suggestions rank first. Needs an actor.
    static Status populateReferrals(queries::QueryService& service, referrals::ReferralService& referrals);

    // A few drafts of answers, through the clearance rules like any user's: a sent answer (written
    // by an adviser, cleared by the head, who did not write it; its query moved to response sent
    // when it was in progress), a draft submitted and awaiting clearance, and a draft with three
    // versions. `adviserIds` as populate() returns them (the first is the head); needs two. The
    // session's actor is restored afterwards. Fictional letters.
    static Status populateDrafts(
        queries::QueryService& service, drafts::DraftService& drafts, const std::vector<qint64>& adviserIds);

private:
    int bounded(int n) { return static_cast<int>(m_random.bounded(static_cast<quint32>(n))); }
    bool chance(int percent) { return bounded(100) < percent; }
    template <typename T> const T& pick(const QList<T>& items)
    {
        return items.at(bounded(static_cast<int>(items.size())));
    }
    struct Request {
        QString subject;
        QString text;
        QString summary;
    };
    // A request of the first theme's kinds (subject, text and summary that match), with a word on
    // the other themes; no sentence twice.
    Request request(const QString& stateName, const QString& institution, const QList<QString>& themeCodes, int year);

    class History;

    const reference::ReferenceLookup& m_lookup;
    QDate m_today;
    QDate m_first;
    int m_planned;
    int m_entriesPerQuery;
    QRandomGenerator m_random;
    int m_generated = 0;
};

} // namespace advicehub::demo
