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
    DbError(int code, int extendedCode, QByteArray message)
        : m_code(code), m_extendedCode(extendedCode), m_message(std::move(message))
    { }
    const char* what() const noexcept override { return m_message.constData(); }
    int code() const { return m_code; }
    int extendedCode() const { return m_extendedCode; }

private:
    int m_code;
    int m_extendedCode;
    QByteArray m_message;
};

// Maps a database failure to the error a user can act on.
Error toError(const DbError& error);

} // namespace advicehub::db
