#pragma once

#include "casefile/TimelineTypes.h"
#include "common/Result.h"
#include "queries/QueryTypes.h"

#include <functional>
#include <optional>
#include <vector>

namespace advicehub::casefile {
class CaseRecord;
}
namespace advicehub::calendar {
class WorkingCalendar;
}

namespace advicehub::queries {

class QueryRepository;
class QueryRules;

// Creation of many queries at once (imports, the demo vault, benchmarks; a single registration
// too): all or nothing, in one transaction, with prepared statements throughout.
class QueryBulk {
public:
    struct Record {
        QueryInput input;
        QString reference; // empty: assigned
        std::optional<QueryStatus> status; // nullopt: New (an import may bring finished queries)
        std::vector<casefile::NewEntry> entries;
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    QueryBulk(casefile::CaseRecord& record, QueryRepository& repository, const QueryRules& rules);

    // Validates every record first; nothing is written unless all are valid. Returns the ids.
    // `calendar` gives the default due dates. `progress` (optional) is called now and then with
    // the steps done of `total` (two per record: the record, then its full-text row); returning
    // false cancels (ErrorCode::Cancelled, nothing written).
    Result<std::vector<qint64>> createMany(const std::vector<Record>& records, casefile::EntryKind creation,
        const calendar::WorkingCalendar& calendar, const Progress& progress);

private:
    casefile::CaseRecord& m_record;
    QueryRepository& m_repository;
    const QueryRules& m_rules;
};

} // namespace advicehub::queries
