#include "casefile/CaseRecord.h"

#include "casefile/CaseEvents.h"
#include "casefile/CaseTimeline.h"
#include "casefile/DisclosureRecord.h"
#include "casefile/QueryIndex.h"

namespace advicehub::casefile {

CaseRecord::CaseRecord(db::Connection& connection, const Clock& clock)
    : m_connection(connection),
      m_clock(clock),
      m_events(std::make_unique<CaseEvents>(connection)),
      m_index(std::make_unique<QueryIndex>(connection)),
      m_timeline(std::make_unique<CaseTimeline>(connection, clock, m_actor, *m_index, *m_events)),
      m_disclosures(std::make_unique<DisclosureRecord>(connection, clock, m_actor, *m_timeline))
{ }

CaseRecord::~CaseRecord() = default;

} // namespace advicehub::casefile
