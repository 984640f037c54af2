#include "casefile/CaseEvents.h"

#include "db/Connection.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace advicehub::casefile {

CaseEvents::CaseEvents(db::Connection& connection, QObject* parent) : QObject(parent), m_connection(connection)
{ }

CaseEvents::~CaseEvents() = default;

void CaseEvents::added(qint64 queryId)
{
    queue(Kind::Added, queryId);
}

void CaseEvents::changed(qint64 queryId)
{
    queue(Kind::Changed, queryId);
}

void CaseEvents::removed(qint64 queryId)
{
    queue(Kind::Removed, queryId);
}

void CaseEvents::reset()
{
    queue(Kind::Reset, 0);
}

void CaseEvents::queue(Kind kind, qint64 queryId)
{
    if (!m_connection.inTransaction()) {
        send({ Event { kind, queryId, 0 } });
        return;
    }
    const quint64 serial = ++m_serial;
    m_pending.push_back(Event { kind, queryId, serial });
    // Forgotten if the savepoint (or transaction) open now rolls back.
    const std::weak_ptr<int> alive = m_alive;
    m_connection.onRollback([this, alive, serial] {
        if (alive.expired())
            return;
        m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                            [serial](const Event& event) { return event.serial == serial; }),
            m_pending.end());
    });
    if (!m_flushScheduled) {
        // One flush per outermost transaction. Scheduled inside a savepoint that rolls back, it
        // is dropped with it; the next event schedules it again.
        m_flushScheduled = true;
        m_connection.afterCommit([this, alive] {
            if (!alive.expired())
                flush();
        });
        m_connection.onRollback([this, alive] {
            if (!alive.expired())
                m_flushScheduled = false;
        });
    }
}

void CaseEvents::flush()
{
    m_flushScheduled = false;
    std::vector<Event> events;
    events.swap(m_pending);
    send(events);
}

void CaseEvents::send(const std::vector<Event>& events)
{
    const bool anyReset
        = std::any_of(events.begin(), events.end(), [](const Event& event) { return event.kind == Kind::Reset; });
    if (anyReset) {
        Q_EMIT queriesReset();
        return;
    }
    // A query added or removed in this transaction needs no "changed" as well.
    QSet<qint64> addedOrRemoved;
    for (const Event& event : events) {
        if (event.kind != Kind::Changed)
            addedOrRemoved.insert(event.queryId);
    }
    QSet<std::pair<int, qint64>> sent;
    for (const Event& event : events) {
        if (event.kind == Kind::Changed && addedOrRemoved.contains(event.queryId))
            continue;
        const std::pair<int, qint64> key { static_cast<int>(event.kind), event.queryId };
        if (sent.contains(key))
            continue;
        sent.insert(key);
        switch (event.kind) {
        case Kind::Added:
            Q_EMIT queryAdded(event.queryId);
            break;
        case Kind::Changed:
            Q_EMIT queryChanged(event.queryId);
            break;
        case Kind::Removed:
            Q_EMIT queryRemoved(event.queryId);
            break;
        case Kind::Reset:
            break;
        }
    }
}

} // namespace advicehub::casefile
