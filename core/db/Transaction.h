#pragma once

namespace advicehub::db {

class Connection;

// A unit of work that rolls back unless commit() is called. Writes begin IMMEDIATE so that the
// write lock is taken up front and a conflict is detected before any work is done. Created
// inside another transaction it becomes a SAVEPOINT, so services compose.
class Transaction {
public:
    enum class Kind { Immediate, Deferred };

    explicit Transaction(Connection& connection, Kind kind = Kind::Immediate);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();

private:
    Connection& m_connection;
    int m_savepoint = 0; // 0: top-level transaction; n: SAVEPOINT sp<n>
    bool m_active = true;
};

} // namespace advicehub::db
