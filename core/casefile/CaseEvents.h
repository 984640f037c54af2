#pragma once

#include <QObject>

#include <memory>
#include <vector>

namespace advicehub::db {
class Connection;
}

namespace advicehub::casefile {

// The change notifications of the case record, for models and views. Domain services report a
// change with added()/changed()/removed()/reset() inside their transaction; the signals go out
// only after the outermost transaction commits (db::Connection::afterCommit), coalesced per
// transaction: one signal per query and kind, and a reset swallows the rest. Nothing is sent
// for work that rolls back, also when only the savepoint around it does. Outside a transaction
// the signal goes out at once.
class CaseEvents : public QObject {
    Q_OBJECT
public:
    explicit CaseEvents(db::Connection& connection, QObject* parent = nullptr);
    ~CaseEvents() override;

    void added(qint64 queryId);
    void changed(qint64 queryId);
    void removed(qint64 queryId);
    // Many queries changed at once (an import, a merge): views reload.
    void reset();

Q_SIGNALS:
    void queryAdded(qint64 id);
    void queryChanged(qint64 id);
    void queryRemoved(qint64 id);
    void queriesReset();

private:
    enum class Kind { Added, Changed, Removed, Reset };
    struct Event {
        Kind kind;
        qint64 queryId;
        quint64 serial; // identifies it for the rollback of the savepoint that queued it
    };
    void queue(Kind kind, qint64 queryId);
    void flush();
    void send(const std::vector<Event>& events);

    db::Connection& m_connection;
    std::vector<Event> m_pending;
    quint64 m_serial = 0;
    bool m_flushScheduled = false;
    // The connection's hooks hold a weak reference: one that outlives this object (destroyed
    // before the transaction it queued events in ended) does nothing.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace advicehub::casefile
