#include "db/Transaction.h"

#include "db/Connection.h"

namespace advicehub::db {

Transaction::Transaction(Connection& connection, Kind kind) : m_connection(connection)
{
    if (m_connection.inTransaction()) {
        m_savepoint = ++m_connection.m_savepointDepth;
        m_connection.execute(("SAVEPOINT sp" + std::to_string(m_savepoint)));
    } else {
        m_connection.execute(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
        m_changesAtBegin = m_connection.totalChanges();
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    try {
        if (m_savepoint > 0) {
            const std::string name = "sp" + std::to_string(m_savepoint);
            m_connection.execute("ROLLBACK TO " + name);
            m_connection.execute("RELEASE " + name);
            --m_connection.m_savepointDepth;
        } else if (m_connection.inTransaction()) {
            // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL).
            m_connection.execute("ROLLBACK");
        }
    } catch (...) {
        // A destructor must not throw; the connection rolls back on close in any case.
    }
}

void Transaction::commit()
{
    if (m_savepoint > 0) {
        m_connection.execute("RELEASE sp" + std::to_string(m_savepoint));
        --m_connection.m_savepointDepth;
    } else {
        if (m_connection.m_beforeCommit && m_connection.totalChanges() != m_changesAtBegin)
            m_connection.m_beforeCommit(m_connection);
        m_connection.execute("COMMIT");
    }
    m_active = false;
}

} // namespace advicehub::db
