#pragma once

#include "TestSupport.h"
#include "advisers/AdviserService.h"
#include "calendar/HolidayService.h"
#include "common/Clock.h"
#include "queries/QuerySearch.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"

#include <memory>

namespace advicehub::test {

// A vault with the query services on a fake clock (Monday 5 January 2026, 09:00 UTC), and
// two advisers; the first one is the actor.
struct QueryFixture {
    QueryFixture();

    TempDir dir;
    std::unique_ptr<Vault> vault;
    ManualClock clock;
    std::unique_ptr<reference::ReferenceLookup> lookup;
    std::unique_ptr<advisers::AdviserService> advisers;
    std::unique_ptr<calendar::HolidayService> holidays;
    std::unique_ptr<queries::QueryService> service;
    std::unique_ptr<queries::QuerySearch> search;
    qint64 adviserId = 0;
    qint64 otherAdviserId = 0;

    qint64 stateId(const char* iso2) const;
    qint64 themeId(const char* code) const;
    qint64 channelId(const char* code) const;

    // A valid input: received today from Ghana by e-mail, one theme.
    queries::QueryInput input(const QString& subject = QStringLiteral("Ratification process questions")) const;
    // Creates a query and REQUIREs success.
    queries::Query create(const queries::QueryInput& input);
    queries::Query create(const QString& subject = QStringLiteral("Ratification process questions"));
    queries::Query get(qint64 id);
    void setToday(QDate date);
};

} // namespace advicehub::test
