#include "db/Connection.h"

#include "db/DbError.h"
#include "db/Sqlite.h"

#include <QFile>

#include <unordered_map>
#include <utility>

namespace advicehub::db {

struct Connection::StatementCache {
    // One idle prepared statement per SQL text. A statement in use is not in the cache; if the
    // same SQL is used twice at once, the second gets its own handle.
    std::unordered_map<QByteArray, sqlite3_stmt*> idle;
};

Connection Connection::openExisting(const QString& path)
{
    sqlite3* db = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    // No SQLITE_OPEN_CREATE: opening must never create a file. No URI interpretation, so a path
    // cannot smuggle in options.
    const int rc = sqlite3_open_v2(
        encoded.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const int extended = db ? sqlite3_extended_errcode(db) : rc;
        QByteArray message = db ? QByteArray(sqlite3_errmsg(db)) : QByteArray(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw DbError(rc & 0xff, extended, std::move(message));
    }
    sqlite3_extended_result_codes(db, 1);
    return Connection(db);
}

Connection::Connection(sqlite3* db) : m_db(db), m_cache(std::make_unique<StatementCache>())
{ }

Connection::Connection(Connection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_cache(std::move(other.m_cache)),
      m_savepointDepth(std::exchange(other.m_savepointDepth, 0)),
      m_beforeCommit(std::move(other.m_beforeCommit))
{ }

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
        m_savepointDepth = std::exchange(other.m_savepointDepth, 0);
        m_beforeCommit = std::move(other.m_beforeCommit);
    }
    return *this;
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    if (!m_db)
        return;
    if (m_cache) {
        for (auto& [sql, statement] : m_cache->idle)
            sqlite3_finalize(statement);
        m_cache->idle.clear();
    }
    // close_v2 defers the close until every statement is finalised, so a forgotten statement
    // cannot keep the file half-open; it still releases the key when it happens.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Connection::throwLastError(int rc) const
{
    if (!m_db)
        throw DbError(rc & 0xff, rc, QByteArray(sqlite3_errstr(rc)));
    QByteArray message(sqlite3_errmsg(m_db));
    // SQLCipher 3.4 reports a page that fails its authentication (HMAC) by putting the pager into
    // its error state with SQLITE_ERROR, which then fails every statement touching the file with
    // that code and no message of its own; where SQLite itself reads the zeroed page it says
    // SQLITE_CORRUPT instead. An error in an SQL statement always carries its own message ("no
    // such table", "malformed MATCH expression"...), so SQLITE_ERROR with only the generic text is
    // the damaged page.
    const bool pageUnreadable = (rc & 0xff) == SQLITE_ERROR && message == QByteArray(sqlite3_errstr(SQLITE_ERROR));
    throw DbError(rc & 0xff, sqlite3_extended_errcode(m_db), std::move(message), pageUnreadable);
}

void Connection::key(const char* keySpec, int length)
{
    const int rc = sqlite3_key(m_db, keySpec, length);
    if (rc != SQLITE_OK)
        throwLastError(rc);
}

void Connection::rekey(const char* keySpec, int length)
{
    const int rc = sqlite3_rekey(m_db, keySpec, length);
    if (rc != SQLITE_OK)
        throwLastError(rc);
}

void Connection::execute(std::string_view sql)
{
    // sqlite3_exec wants a NUL-terminated string; copy once (schema and pragmas only).
    const QByteArray text(sql.data(), static_cast<qsizetype>(sql.size()));
    const int rc = sqlite3_exec(m_db, text.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throwLastError(rc);
}

Statement Connection::prepare(std::string_view sql)
{
    QByteArray key(sql.data(), static_cast<qsizetype>(sql.size()));
    auto it = m_cache->idle.find(key);
    if (it != m_cache->idle.end()) {
        sqlite3_stmt* statement = it->second;
        m_cache->idle.erase(it);
        return Statement(this, statement, std::move(key));
    }
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, key.constData(), static_cast<int>(key.size()), &statement, nullptr);
    if (rc != SQLITE_OK)
        throwLastError(rc);
    return Statement(this, statement, std::move(key));
}

void Connection::recycle(sqlite3_stmt* statement, const QByteArray& sql)
{
    if (!m_db || !m_cache) {
        sqlite3_finalize(statement);
        return;
    }
    auto [it, inserted] = m_cache->idle.emplace(sql, statement);
    if (!inserted)
        sqlite3_finalize(statement);
}

QString Connection::queryText(std::string_view sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.text(0) : QString();
}

qint64 Connection::queryInt(std::string_view sql, qint64 fallback)
{
    Statement statement = prepare(sql);
    return statement.step() && !statement.isNull(0) ? statement.int64(0) : fallback;
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Connection::totalChanges() const
{
    return m_db ? sqlite3_total_changes(m_db) : 0;
}

bool Connection::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

} // namespace advicehub::db
