#include "db/Connection.h"

#include "db/DbError.h"
#include "db/Sqlite.h"

#include <QFile>
#include <QtDebug>

#include <algorithm>
#include <exception>
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
      m_changesAtBegin(std::exchange(other.m_changesAtBegin, 0)),
      m_beforeCommit(std::exchange(other.m_beforeCommit, {})),
      m_afterCommit(std::exchange(other.m_afterCommit, {})),
      m_onRollback(std::exchange(other.m_onRollback, {}))
{ }

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
        m_savepointDepth = std::exchange(other.m_savepointDepth, 0);
        m_changesAtBegin = std::exchange(other.m_changesAtBegin, 0);
        m_beforeCommit = std::exchange(other.m_beforeCommit, {});
        m_afterCommit = std::exchange(other.m_afterCommit, {});
        m_onRollback = std::exchange(other.m_onRollback, {});
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
    // Closing with a transaction open rolls it back.
    if (!m_onRollback.empty() || !m_afterCommit.empty())
        rolledBack(0);
    m_savepointDepth = 0;
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

void Connection::afterCommit(std::function<void()> fn)
{
    if (!fn)
        return;
    if (!inTransaction()) {
        runHooks({ Hook { 0, std::move(fn) } }, false);
        return;
    }
    m_afterCommit.push_back(Hook { m_savepointDepth, std::move(fn) });
}

void Connection::onRollback(std::function<void()> fn)
{
    if (fn && inTransaction())
        m_onRollback.push_back(Hook { m_savepointDepth, std::move(fn) });
}

void Connection::began()
{
    m_savepointDepth = 0;
    m_changesAtBegin = totalChanges();
}

void Connection::committing()
{
    // A transaction that changed nothing writes nothing, not even the standing work.
    if (m_beforeCommit && totalChanges() != m_changesAtBegin)
        m_beforeCommit(*this);
}

void Connection::savepointReleased(int depth)
{
    // What was registered inside the savepoint now belongs to the transaction around it.
    for (std::vector<Hook>* hooks : { &m_afterCommit, &m_onRollback }) {
        for (Hook& hook : *hooks) {
            if (hook.depth >= depth)
                hook.depth = depth - 1;
        }
    }
}

void Connection::rolledBack(int depth)
{
    const auto inside = [depth](const Hook& hook) { return hook.depth >= depth; };
    m_afterCommit.erase(std::remove_if(m_afterCommit.begin(), m_afterCommit.end(), inside), m_afterCommit.end());
    std::vector<Hook> undo;
    const auto split = std::stable_partition(
        m_onRollback.begin(), m_onRollback.end(), [&inside](const Hook& hook) { return !inside(hook); });
    std::move(split, m_onRollback.end(), std::back_inserter(undo));
    m_onRollback.erase(split, m_onRollback.end());
    runHooks(std::move(undo), true);
}

void Connection::committed()
{
    m_onRollback.clear();
    // Swapped out first: a callback may open (and commit) a transaction of its own, which
    // registers and runs its own hooks.
    std::vector<Hook> hooks;
    hooks.swap(m_afterCommit);
    runHooks(std::move(hooks), false);
}

void Connection::runHooks(std::vector<Hook> hooks, bool newestFirst)
{
    if (newestFirst)
        std::reverse(hooks.begin(), hooks.end());
    bool reported = false;
    for (Hook& hook : hooks) {
        try {
            hook.fn();
        } catch (...) {
            // The exception's text could quote something of a case: only the fact is logged.
            if (!reported)
                qWarning("advicehub: a callback run after a commit or rollback failed; the others still ran");
            reported = true;
        }
    }
}

} // namespace advicehub::db
