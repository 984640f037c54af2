#pragma once

#include "common/Error.h"

#include <QByteArray>

#include <exception>

namespace advicehub::db {

// The one exception type of the database layer. It never crosses the core's public API:
// services catch it and return an Error (see toError). Its text is SQLite's message, which
// names tables and constraints but never bound values.
class DbError : public std::exception {
public:
    DbError(int code, int extendedCode, QByteArray message, bool pageUnreadable = false)
        : m_code(code), m_extendedCode(extendedCode), m_message(std::move(message)), m_pageUnreadable(pageUnreadable)
    { }
    const char* what() const noexcept override { return m_message.constData(); }
    int code() const { return m_code; }
    int extendedCode() const { return m_extendedCode; }
    // A page of the file could not be read back (it failed SQLCipher's authentication): the
    // storage is damaged, whatever SQLite's code says (see Connection::throwLastError).
    bool pageUnreadable() const { return m_pageUnreadable; }

private:
    int m_code;
    int m_extendedCode;
    QByteArray m_message;
    bool m_pageUnreadable;
};

// Maps a database failure to the error a user can act on. A damaged file is ErrorCode::Damaged
// however it surfaces: SQLITE_CORRUPT, SQLITE_NOTADB after the key was proven (page 1 of an open
// vault no longer authenticates), or a page that failed authentication.
Error toError(const DbError& error);

} // namespace advicehub::db
