#pragma once

#include "crypto/SecureBuffer.h"

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1 // Debian's sqlcipher.pc does not define it
#endif
#include <sqlcipher/sqlite3.h>

#include <QString>
#include <QStringList>

#include <string>
#include <utility>
#include <variant>
#include <vector>

// The baseline the query and referral benchmarks compare our layers with: the SQLCipher C API
// with nothing in between, set up as every Advice Hub connection is (vault/VaultConnection.cpp).
// Any SQLite error ends the program (bench::die).
namespace advicehub::bench {

using Value = std::variant<qint64, std::string>;

class Direct {
public:
    Direct(const QString& path, const crypto::SecureBuffer& keySpec);
    ~Direct();
    Direct(const Direct&) = delete;
    Direct& operator=(const Direct&) = delete;

    void exec(const char* sql);
    // A prepared statement, kept for reuse as any careful C program would.
    sqlite3_stmt* statement(const std::string& sql);
    void bind(sqlite3_stmt* statement, const std::vector<Value>& values);
    // Runs a query, reads every column of every row (as an application must), returns the first
    // column of each row.
    std::vector<qint64> rows(const std::string& sql, const std::vector<Value>& values);
    void run(const std::string& sql, const std::vector<Value>& values);
    QStringList plan(const std::string& sql, const std::vector<Value>& values);
    qint64 lastId() const { return sqlite3_last_insert_rowid(m_db); }

private:
    void check(int rc) const;

    sqlite3* m_db = nullptr;
    std::vector<std::pair<std::string, sqlite3_stmt*>> m_statements;
    std::size_t m_sink = 0;
};

// A copy of key material (the raw key is used twice: our session and the direct connection).
crypto::SecureBuffer copyOf(const crypto::SecureBuffer& buffer);

} // namespace advicehub::bench
