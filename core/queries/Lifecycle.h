#pragma once

#include "queries/QueryTypes.h"

#include <QList>

namespace advicehub::queries {

// The rules of the query lifecycle (PRODUCT.md 3.2), enforced by QueryService; the UI offers
// only what allowedFrom() returns.
//
//   new -> triaged -> in progress <-> awaiting requester
//                     in progress -> response sent -> closed
//   triaged | in progress -> referred -> in progress | closed
//   new | triaged | in progress -> declined (reason required)
//   awaiting requester -> closed (reason required: the requester did not come back)
//   closed | declined | response sent -> reopened (reason required) -> triaged | in progress
class Lifecycle {
public:
    static QList<QueryStatus> allowedFrom(QueryStatus from);
    static bool isAllowed(QueryStatus from, QueryStatus to);
    static bool reasonRequired(QueryStatus from, QueryStatus to);
    // The due-date clock runs in these states; it stops while awaiting the requester and once
    // the Secretariat's part is done.
    static bool clockRunning(QueryStatus status);
    // Closed and declined queries are finished; everything else is still someone's work.
    static bool isFinished(QueryStatus status);

    // Computed by the core, never by the UI: a query is overdue when its clock runs and its due
    // date has passed; due this week when its clock runs and it is due between today and Sunday.
    static bool isOverdue(QueryStatus status, QDate dueOn, QDate today);
    static bool isDueThisWeek(QueryStatus status, QDate dueOn, QDate today);
    static QDate endOfWeek(QDate today);
};

} // namespace advicehub::queries
