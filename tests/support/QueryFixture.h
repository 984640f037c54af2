#pragma once

#include "ManualClock.h"
#include "TestSupport.h"
#include "advisers/AdviserService.h"
#include "calendar/HolidayService.h"
#include "queries/QuerySearch.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"
#include "session/Session.h"

#include <memory>

namespace advicehub::test {

// A vault opened the way the application opens it (a Session) on a fake clock (Monday
// 5 January 2026, 09:00 UTC), with two advisers; the first one is the session's adviser.
// The service pointers are the session's.
struct QueryFixture {
    QueryFixture();

    TempDir dir;
    ManualClock clock;
    std::unique_ptr<Session> session;
    Vault* vault = nullptr;
    reference::ReferenceLookup* lookup = nullptr;
    advisers::AdviserService* advisers = nullptr;
    calendar::HolidayService* holidays = nullptr;
    queries::QueryService* service = nullptr;
    queries::QuerySearch* search = nullptr;
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
