#include "queries/Lifecycle.h"

#include <array>

namespace advicehub::queries {

namespace {

struct Transition {
    QueryStatus from;
    QueryStatus to;
    bool reasonRequired;
};

constexpr std::array<Transition, 20> kTransitions { {
    { QueryStatus::New, QueryStatus::Triaged, false },
    { QueryStatus::New, QueryStatus::Declined, true },
    { QueryStatus::Triaged, QueryStatus::InProgress, false },
    { QueryStatus::Triaged, QueryStatus::Referred, false },
    { QueryStatus::Triaged, QueryStatus::Declined, true },
    { QueryStatus::InProgress, QueryStatus::AwaitingRequester, false },
    { QueryStatus::InProgress, QueryStatus::ResponseSent, false },
    { QueryStatus::InProgress, QueryStatus::Referred, false },
    { QueryStatus::InProgress, QueryStatus::Declined, true },
    { QueryStatus::AwaitingRequester, QueryStatus::InProgress, false },
    { QueryStatus::AwaitingRequester, QueryStatus::Closed, true },
    { QueryStatus::ResponseSent, QueryStatus::Closed, false },
    { QueryStatus::ResponseSent, QueryStatus::Reopened, true },
    { QueryStatus::Referred, QueryStatus::InProgress, false },
    { QueryStatus::Referred, QueryStatus::Closed, false },
    { QueryStatus::Closed, QueryStatus::Reopened, true },
    { QueryStatus::Declined, QueryStatus::Reopened, true },
    { QueryStatus::Reopened, QueryStatus::Triaged, false },
    { QueryStatus::Reopened, QueryStatus::InProgress, false },
    { QueryStatus::Reopened, QueryStatus::Declined, true },
} };

const Transition* find(QueryStatus from, QueryStatus to)
{
    for (const Transition& transition : kTransitions) {
        if (transition.from == from && transition.to == to)
            return &transition;
    }
    return nullptr;
}

} // namespace

QList<QueryStatus> Lifecycle::allowedFrom(QueryStatus from)
{
    QList<QueryStatus> targets;
    for (const Transition& transition : kTransitions) {
        if (transition.from == from)
            targets << transition.to;
    }
    return targets;
}

bool Lifecycle::isAllowed(QueryStatus from, QueryStatus to)
{
    return find(from, to) != nullptr;
}

bool Lifecycle::reasonRequired(QueryStatus from, QueryStatus to)
{
    const Transition* transition = find(from, to);
    return transition && transition->reasonRequired;
}

bool Lifecycle::clockRunning(QueryStatus status)
{
    switch (status) {
    case QueryStatus::New:
    case QueryStatus::Triaged:
    case QueryStatus::InProgress:
    case QueryStatus::Reopened:
        return true;
    case QueryStatus::AwaitingRequester:
    case QueryStatus::ResponseSent:
    case QueryStatus::Closed:
    case QueryStatus::Referred:
    case QueryStatus::Declined:
        return false;
    }
    return false;
}

bool Lifecycle::isOverdue(QueryStatus status, QDate dueOn, QDate today)
{
    return clockRunning(status) && dueOn.isValid() && dueOn < today;
}

bool Lifecycle::isDueThisWeek(QueryStatus status, QDate dueOn, QDate today)
{
    return clockRunning(status) && dueOn.isValid() && dueOn >= today && dueOn <= endOfWeek(today);
}

QDate Lifecycle::endOfWeek(QDate today)
{
    return today.addDays(7 - today.dayOfWeek());
}

bool Lifecycle::isFinished(QueryStatus status)
{
    return status == QueryStatus::Closed || status == QueryStatus::Declined;
}

} // namespace advicehub::queries
