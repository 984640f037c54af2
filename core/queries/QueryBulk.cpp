#include "queries/QueryBulk.h"

#include "calendar/WorkingCalendar.h"
#include "casefile/CaseEvents.h"
#include "casefile/CaseRecord.h"
#include "casefile/CaseTimeline.h"
#include "casefile/QueryIndex.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "db/Guard.h"
#include "db/Transaction.h"
#include "queries/QueryRepository.h"
#include "queries/QueryRules.h"
#include "queries/QueryService.h"
#include "queries/TimelineSummary.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace advicehub::queries {

namespace {
// How often createMany reports progress (steps).
constexpr qint64 kProgressEvery = 500;
} // namespace

QueryBulk::QueryBulk(casefile::CaseRecord& record, QueryRepository& repository, const QueryRules& rules)
    : m_record(record), m_repository(repository), m_rules(rules)
{ }

Result<std::vector<qint64>> QueryBulk::createMany(const std::vector<Record>& records, casefile::EntryKind creation,
    const calendar::WorkingCalendar& cal, const Progress& progress)
{
    // Messages keep QueryService's translation context, where they were first written.
    // Everything is checked before anything is written.
    for (std::size_t i = 0; i < records.size(); ++i) {
        const QList<FieldError> errors = m_rules.validate(records[i].input);
        if (!errors.isEmpty()) {
            Error error = QueryRules::invalid(errors);
            if (records.size() > 1)
                error.message = QueryService::tr("Record %1: %2").arg(i + 1).arg(error.message);
            return error;
        }
    }
    const QDateTime nowUtc = m_record.clock().nowUtc();
    const QDate today = nowUtc.toLocalTime().date();

    return db::guard([&]() -> Result<std::vector<qint64>> {
        db::Transaction transaction(m_record.connection());

        // Explicit references (imports) are checked and reserved first.
        QSet<QString> seen;
        QHash<int, int> highestExplicit;
        for (const Record& record : records) {
            if (record.reference.isEmpty())
                continue;
            int year = 0;
            int sequence = 0;
            if (!QueryRepository::parseReference(record.reference, &year, &sequence))
                return makeError(ErrorCode::InvalidInput,
                    QueryService::tr("\u201c%1\u201d is not a reference like AH-2026-0042.").arg(record.reference));
            const QString normalized = QueryRepository::formatReference(year, sequence);
            if (seen.contains(normalized))
                return makeError(
                    ErrorCode::InvalidInput, QueryService::tr("The reference %1 appears twice.").arg(normalized));
            seen.insert(normalized);
            if (m_repository.referenceExists(normalized))
                return makeError(ErrorCode::InvalidInput,
                    QueryService::tr("The reference %1 is already in the vault.").arg(normalized));
            highestExplicit[year] = std::max(highestExplicit.value(year), sequence);
        }

        // Reference counters per year, advanced in memory and written back once.
        QHash<int, int> counters;
        const auto counter = [&](int year) -> int& {
            auto it = counters.find(year);
            if (it == counters.end())
                it = counters.insert(year, std::max(m_repository.lastSequence(year), highestExplicit.value(year)));
            return *it;
        };
        for (auto it = highestExplicit.cbegin(); it != highestExplicit.cend(); ++it)
            counter(it.key());

        qint64 nextId = m_repository.nextId();
        const QString now = isoUtc(nowUtc);
        QueryRepository::Inserter inserter(m_record.connection());
        casefile::CaseTimeline::BulkAppender timeline(m_record.timeline(), now);
        casefile::QueryIndex::BulkWriter index(m_record.index());

        std::vector<qint64> ids;
        ids.reserve(records.size());
        std::vector<std::pair<qint64, std::size_t>> ftsOrder; // (docid, index in records)
        ftsOrder.reserve(records.size());
        const qint64 steps = 2 * static_cast<qint64>(records.size());
        qint64 step = 0;
        // Reports every few hundred steps; false: cancelled (the transaction rolls back).
        const auto advance = [&]() {
            ++step;
            return !progress || step % kProgressEvery != 0 || progress(step, steps);
        };
        const auto cancelled
            = [] { return makeError(ErrorCode::Cancelled, QueryService::tr("Cancelled; nothing was written.")); };
        casefile::TimelineRecord creationEntry;
        creationEntry.kind = creation;
        casefile::TimelineRecord logged;
        for (const Record& record : records) {
            const QueryInput& f = record.input;
            QueryRepository::NewRow row;
            row.year = f.receivedOn.year();
            if (record.reference.isEmpty())
                row.sequence = ++counter(row.year);
            else
                QueryRepository::parseReference(record.reference, &row.year, &row.sequence);
            row.reference = QueryRepository::formatReference(row.year, row.sequence);
            row.id = nextId++;
            row.input = &f;
            row.due = DueDatePolicy::decide(f.dueOn, cal.defaultDueDate(f.receivedOn, f.priority), std::nullopt);
            row.status = record.status.value_or(QueryStatus::New);
            if (row.status == QueryStatus::AwaitingRequester)
                row.waitingSince = today;
            row.ftsDocid = casefile::QueryIndex::docid(f.receivedOn, row.id);
            row.now = now;
            row.createdBy = m_record.actor();
            inserter.insert(row);

            creationEntry.summary = creation == casefile::EntryKind::Created
                ? QueryService::tr("Registered as %1").arg(row.reference)
                : QueryService::tr("Imported as %1").arg(row.reference);
            creationEntry.data = QJsonObject { { QLatin1String(TimelineData::Reference), row.reference } };
            timeline.append(row.id, creationEntry);
            for (const casefile::NewEntry& entry : record.entries) {
                logged.kind = entry.kind;
                logged.occurredAtUtc = entry.occurredAtUtc;
                logged.summary = entry.summary;
                logged.body = entry.body;
                timeline.append(row.id, logged);
            }
            ftsOrder.emplace_back(row.ftsDocid, ids.size());
            ids.push_back(row.id);
            if (!advance())
                return cancelled();
        }

        // In docid order (see QueryIndex::BulkWriter).
        std::sort(ftsOrder.begin(), ftsOrder.end());
        for (const auto& [docid, position] : ftsOrder) {
            const Record& record = records[position];
            const QueryInput& f = record.input;
            index.add(docid, ids[position],
                { f.subject, f.requestText, f.institution, f.contact.name, f.contact.function, f.notes },
                record.entries);
            if (!advance())
                return cancelled();
        }

        m_repository.saveSequences(counters);
        if (ids.size() == 1)
            m_record.events().added(ids.front());
        else if (!ids.empty())
            m_record.events().reset();
        transaction.commit();
        return ids;
    });
}

} // namespace advicehub::queries
