#include "drafts/DraftService.h"

#include "casefile/CaseSummary.h"

namespace advicehub::drafts {

// A placeholder until the drafts core lands: constructs, contributes nothing.
class DraftService::Impl : public casefile::SummarySectionProvider {
public:
    Status contribute(qint64, casefile::CaseSummary&) override { return {}; }
};

DraftService::DraftService(casefile::CaseRecord&, reference::ReferenceLookup&, advisers::AdviserService&,
    queries::QueryService&, QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>())
{ }

DraftService::~DraftService() = default;

casefile::SummarySectionProvider* DraftService::summaryProvider()
{
    return d.get();
}

} // namespace advicehub::drafts
