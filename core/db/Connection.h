#pragma once

#include "db/Statement.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <string_view>
#include <utility>

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

    // Work that belongs to every real change: runs inside each top-level Transaction that changed
    // a row, just before it commits, in the same transaction (so it is written with the change
    // or not at all, and a transaction that changed nothing writes nothing). Throws DbError to
    // fail the commit. One hook per connection; an empty function removes it.
    using BeforeCommit = std::function<void(Connection&)>;
    void setBeforeCommit(BeforeCommit hook) { m_beforeCommit = std::move(hook); }
    BeforeCommit takeBeforeCommit() { return std::exchange(m_beforeCommit, BeforeCommit()); }

private:
    friend class Statement;
    friend class Transaction;
    explicit Connection(sqlite3* db);

    [[noreturn]] void throwLastError(int rc) const;
    void recycle(struct sqlite3_stmt* statement, const QByteArray& sql);

    sqlite3* m_db = nullptr;
    struct StatementCache;
    std::unique_ptr<StatementCache> m_cache;
    int m_savepointDepth = 0;
    BeforeCommit m_beforeCommit;
};

} // namespace advicehub::db
