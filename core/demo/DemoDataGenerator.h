#pragma once

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
// Requests are about 1 KB of text composed from sentences about the Convention's ratification
// and implementation, so that full-text search sees common words ("torture", "Convention") and
// rare ones ("archipelago", "ombudsperson") in realistic proportions.
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
    QString requestText(
        const QString& stateName, const QString& institution, const QList<QString>& themeCodes, int year);

    const reference::ReferenceLookup& m_lookup;
    QDate m_today;
    QDate m_first;
    int m_planned;
    int m_entriesPerQuery;
    QRandomGenerator m_random;
    int m_generated = 0;
};

} // namespace advicehub::demo
