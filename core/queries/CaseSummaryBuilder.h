#pragma once

#include "casefile/CaseSummary.h"
#include "common/Result.h"
#include "queries/QueryTypes.h"

#include <QCoreApplication>

#include <vector>

namespace advicehub::reference {
class ReferenceLookup;
}

namespace advicehub::queries {

class QueryService;

// Builds the CaseSummary of a query from what is stored: its fields (codes, labels, values for
// people and machines, sensitivity), its links, its timeline and the sections the other domains
// contribute through registered providers.
class CaseSummaryBuilder {
    Q_DECLARE_TR_FUNCTIONS(CaseSummaryBuilder)
public:
    struct Options {
        bool links = true;
        bool timeline = true;
    };

    CaseSummaryBuilder(QueryService& service, const reference::ReferenceLookup& lookup);

    // Not owned; stays registered until removed.
    void addProvider(casefile::SummarySectionProvider* provider);
    void removeProvider(casefile::SummarySectionProvider* provider);

    Result<casefile::CaseSummary> build(qint64 queryId, const Options& options) const;
    Result<casefile::CaseSummary> build(qint64 queryId) const { return build(queryId, Options {}); }
    // The same for a query the caller has already read (QueryService::get), without reading it again.
    Result<casefile::CaseSummary> build(const Query& query, const Options& options) const;

    // The fields of a query already read; `mergedIntoReference`: the survivor's reference of a
    // merged duplicate.
    std::vector<casefile::SummaryField> fields(const Query& query, const QString& mergedIntoReference = {}) const;

    static casefile::Sensitivity sensitivity(QueryField field);

private:
    QueryService& m_service;
    const reference::ReferenceLookup& m_lookup;
    std::vector<casefile::SummarySectionProvider*> m_providers;
};

} // namespace advicehub::queries
