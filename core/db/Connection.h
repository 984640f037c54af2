#pragma once

#include "db/Statement.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;

namespace advicehub::db {

// One SQLCipher connection. Owns the handle and a cache of prepared statements; closing it
// finalises them all. Throws DbError on failure.
class Connection {
public:
    // Opens an existing file for reading and writing; never creates one (a missing file is
    // an error rather than a new, empty database).
    static Connection openExisting(const QString& path);

    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    bool isOpen() const { return m_db != nullptr; }
    void close();

    // Keys the connection (sqlite3_key); the key specification is never part of any SQL text.
    void key(const char* keySpec, int length);
    // Re-encrypts the database with a new key (sqlite3_rekey). SQLCipher reports success even
    // when the rewrite rolled back: the caller must prove the new key by re-opening.
    void rekey(const char* keySpec, int length);

    // Runs SQL that takes no values (schema, PRAGMA with constants). Values always go through
    // prepare() and bind().
    void execute(std::string_view sql);
    Statement prepare(std::string_view sql);

    // The first column of the first row of a statement without parameters, as text; empty
    // when there is no row.
    QString queryText(std::string_view sql);
    qint64 queryInt(std::string_view sql, qint64 fallback = 0);

    qint64 lastInsertRowId() const;
    int changes() const;
    // Rows changed since the connection opened (sqlite3_total_changes).
    qint64 totalChanges() const;
    bool inTransaction() const;

    // Work tied to the life of the open transaction (see Transaction). The outermost transaction
    // of a connection goes BEGIN, [savepoints, each released or rolled back], then either
    //   1. the before-commit hook, inside the transaction, if the transaction changed a row;
    //   2. COMMIT;
    //   3. the afterCommit callbacks, in registration order;
    // or, on ROLLBACK (also a COMMIT that failed, or a before-commit hook that threw), the
    // onRollback callbacks, newest first, the afterCommit callbacks being dropped. A savepoint
    // that rolls back does the same for what was registered inside it.
    //
    // The before-commit hook is standing work that belongs to every real change of this
    // connection (the session records its adviser with it); afterCommit and onRollback are one-off
    // work of the change being made (notifications, per-transaction caches).

    // Runs inside each outermost Transaction that changed a row, just before it commits, in the
    // same transaction (so what it writes is written with the change or not at all, and a
    // transaction that changed nothing writes nothing). Throws DbError to fail the commit, which
    // then rolls back. One hook per connection; an empty function removes it. It may register
    // afterCommit/onRollback callbacks like any work of the transaction.
    using BeforeCommit = std::function<void(Connection&)>;
    void setBeforeCommit(BeforeCommit hook) { m_beforeCommit = std::move(hook); }
    // Removes the hook and returns it, e.g. to set it aside while writing that is no change of
    // this database (a backup exported into an attached file).
    BeforeCommit takeBeforeCommit() { return std::exchange(m_beforeCommit, BeforeCommit()); }

    // Runs `fn` after the OUTERMOST transaction commits, in registration order; never if it rolls
    // back. Registered inside a savepoint that is later rolled back, it is dropped. Outside any
    // transaction it runs at once. A callback may start a transaction of its own. One that throws
    // does not keep the others from running (the failure is logged, without its message).
    void afterCommit(std::function<void()> fn);
    // Runs `fn` if the transaction or savepoint open at registration time rolls back (newest
    // first), e.g. to forget what a per-transaction cache learnt inside it. Dropped when the
    // outermost transaction commits. Outside any transaction there is nothing to roll back: ignored.
    void onRollback(std::function<void()> fn);

private:
    friend class Statement;
    friend class Transaction;
    explicit Connection(sqlite3* db);

    [[noreturn]] void throwLastError(int rc) const;
    void recycle(struct sqlite3_stmt* statement, const QByteArray& sql);

    // Called by Transaction. `depth` is the savepoint number (0: the outermost transaction).
    void began();
    void committing(); // the outermost transaction, before its COMMIT: the before-commit hook
    void savepointReleased(int depth);
    void rolledBack(int depth);
    void committed();

    struct Hook {
        int depth;
        std::function<void()> fn;
    };
    static void runHooks(std::vector<Hook> hooks, bool newestFirst);

    sqlite3* m_db = nullptr;
    struct StatementCache;
    std::unique_ptr<StatementCache> m_cache;
    int m_savepointDepth = 0;
    qint64 m_changesAtBegin = 0; // totalChanges() when the outermost transaction began
    BeforeCommit m_beforeCommit;
    std::vector<Hook> m_afterCommit;
    std::vector<Hook> m_onRollback;
};

} // namespace advicehub::db
