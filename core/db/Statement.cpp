#include "db/Statement.h"

#include "db/Connection.h"
#include "db/DbError.h"
#include "db/Sqlite.h"

#include <utility>

namespace advicehub::db {

Statement::Statement(Connection* connection, sqlite3_stmt* statement, QByteArray sql)
    : m_connection(connection), m_statement(statement), m_sql(std::move(sql))
{ }

Statement::Statement(Statement&& other) noexcept
    : m_connection(other.m_connection),
      m_statement(std::exchange(other.m_statement, nullptr)),
      m_sql(std::move(other.m_sql))
{ }

Statement::~Statement()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_connection->recycle(m_statement, m_sql);
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        m_connection->throwLastError(rc);
}

Statement& Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, static_cast<sqlite3_int64>(value)));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    if (value.isNull())
        return bindNull(index);
    check(sqlite3_bind_blob(m_statement, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindSecret(int index, const char* data, int size)
{
    check(sqlite3_bind_blob(m_statement, index, data, size, SQLITE_STATIC));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // sqlite3_reset returns the same error; reset first so the statement is reusable.
    sqlite3_reset(m_statement);
    m_connection->throwLastError(rc);
}

void Statement::execute()
{
    while (step()) { }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return static_cast<qint64>(sqlite3_column_int64(m_statement, column));
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_statement, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_statement, column));
}

QByteArrayView Statement::blobView(int column) const
{
    const void* data = sqlite3_column_blob(m_statement, column);
    if (!data)
        return {};
    return QByteArrayView(static_cast<const char*>(data), sqlite3_column_bytes(m_statement, column));
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace advicehub::db
