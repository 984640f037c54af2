#include "db/Transaction.h"

#include "db/Connection.h"

namespace advicehub::db {

Transaction::Transaction(Connection& connection, Kind kind) : m_connection(connection)
{
    if (m_connection.inTransaction()) {
        m_savepoint = ++m_connection.m_savepointDepth;
        try {
            m_connection.execute(("SAVEPOINT sp" + std::to_string(m_savepoint)));
        } catch (...) {
            --m_connection.m_savepointDepth;
            throw;
        }
    } else {
        m_connection.execute(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
        m_connection.began();
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
        } else if (m_connection.inTransaction()) {
            // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL, or a
            // COMMIT that failed).
            m_connection.execute("ROLLBACK");
        }
    } catch (...) {
        // A destructor must not throw; the connection rolls back on close in any case.
    }
    if (m_savepoint > 0)
        m_connection.m_savepointDepth = m_savepoint - 1;
    // Whatever SQL did above, the work of this unit is gone: what waited for its commit is
    // dropped and what undoes it runs.
    m_connection.rolledBack(m_savepoint);
}

void Transaction::commit()
{
    if (m_savepoint > 0) {
        m_connection.execute("RELEASE sp" + std::to_string(m_savepoint));
        m_connection.m_savepointDepth = m_savepoint - 1;
        m_active = false;
        m_connection.savepointReleased(m_savepoint);
    } else {
        // A before-commit hook that throws, or a COMMIT that fails, leaves this unit active: the
        // destructor rolls back (and runs the rollback hooks).
        m_connection.committing();
        m_connection.execute("COMMIT");
        m_active = false;
        m_connection.committed();
    }
}

} // namespace advicehub::db
