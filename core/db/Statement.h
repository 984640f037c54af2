#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <QtGlobal>
#include <optional>
#include <string_view>

struct sqlite3_stmt;

namespace advicehub::db {

class Connection;

// A prepared statement borrowed from its connection's cache. Values are bound by position
// (1-based) with typed binds; the statement is reset and its bindings cleared after each use
// and when it goes out of scope, so a cached statement never carries values from one use to the next.
class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bindNull(int index);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    // A null QString binds SQL NULL; an empty one binds ''.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* utf8) = delete; // force an explicit QString or blob
    Statement& bindBlob(int index, const QByteArray& value);
    // Binds key material without SQLite copying it into its own (never wiped) heap: the bytes
    // must stay valid until the statement is reset, which happens when it goes out of scope.
    Statement& bindSecret(int index, const char* data, int size);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Binds the arguments to parameters 1, 2, 3, ...
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Advances to the next row; false when there are no more rows.
    bool step();
    // Runs to completion (for INSERT/UPDATE/DELETE) and resets.
    void execute();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const; // a NULL column gives a null QString
    QByteArray blob(int column) const;
    // The column's bytes without a copy: valid until the next step(), reset() or destruction.
    QByteArrayView blobView(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

private:
    friend class Connection;
    Statement(Connection* connection, sqlite3_stmt* statement, QByteArray sql);
    void check(int rc) const;

    Connection* m_connection;
    sqlite3_stmt* m_statement;
    QByteArray m_sql;
};

} // namespace advicehub::db
