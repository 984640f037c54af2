#pragma once

#include "casefile/TimelineTypes.h"
#include "common/Error.h"
#include "queries/QueryTypes.h"

#include <QDate>
#include <QList>

#include <optional>

namespace advicehub {
class Clock;
}
namespace advicehub::reference {
class ReferenceLookup;
}

namespace advicehub::queries {

// The length limits of a query's texts and of timeline entries, for validation here and for
// the input fields of the application (which stop typing at the limit).
class QueryLimits {
public:
    static constexpr int Subject = 300;
    static constexpr int ShortText = 300; // institution, contact name, function and e-mail
    static constexpr int Phone = 40;
    static constexpr int LongText = 200000; // request, notes
    static constexpr int Summary = 2000; // the request in brief
    static constexpr int EntrySummary = 300;
    static constexpr int EntryBody = 200000;
    // The most characters a field takes; 0 for fields that are not free text.
    static int maxLength(QueryField field);
};

// The rules a query's data must follow, and when a query may be deleted. Messages are for the
// user (translated, without case content).
class QueryRules {
public:
    QueryRules(const reference::ReferenceLookup& lookup, const Clock& clock);

    // Every problem with an input, field by field (empty: valid).
    QList<FieldError> validate(const QueryInput& input) const;
    // The problems as one InvalidInput error.
    static Error invalid(const QList<FieldError>& errors);

    // Why an adviser cannot log this entry (nullopt: it can be logged).
    static std::optional<Error> entryProblem(const casefile::NewEntry& entry);
    // Why a query cannot be deleted (nullopt: it can): only a query registered by mistake (still
    // new) can, and not one that duplicates were merged into, nor one with referrals or consents
    // (they are never deleted, and they point at the query), nor one with drafts of its answer,
    // nor one with attachments (removing them first is a deliberate act of its own, recorded).
    static std::optional<Error> deletionProblem(const Query& query, bool hasMergedDuplicates,
        bool hasReferralsOrConsents = false, bool hasDrafts = false, bool hasAttachments = false);

    // The first date of receipt the vault accepts.
    static QDate earliestDate();

private:
    const reference::ReferenceLookup& m_lookup;
    const Clock& m_clock;
};

} // namespace advicehub::queries
