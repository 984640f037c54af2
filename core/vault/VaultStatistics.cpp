#include "vault/VaultStatistics.h"

#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Statement.h"
#include "vault/Vault.h"

namespace advicehub {

Result<ReferenceDataCounts> VaultStatistics::referenceData() const
{
    return db::guard([&]() -> Result<ReferenceDataCounts> {
        db::Statement s = m_vault.connection().prepare("SELECT (SELECT count(*) FROM states),"
                                                       " (SELECT count(*) FROM states WHERE core_state = 1),"
                                                       " (SELECT count(*) FROM themes),"
                                                       " (SELECT count(*) FROM channels),"
                                                       " (SELECT count(*) FROM uncat_articles),"
                                                       " (SELECT count(*) FROM partners)");
        if (!s.step())
            return makeError(ErrorCode::Internal);
        ReferenceDataCounts counts;
        counts.states = s.int64(0);
        counts.coreStates = s.int64(1);
        counts.themes = s.int64(2);
        counts.channels = s.int64(3);
        counts.uncatArticles = s.int64(4);
        counts.partners = s.int64(5);
        return counts;
    });
}

} // namespace advicehub
