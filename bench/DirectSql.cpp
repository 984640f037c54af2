#include "DirectSql.h"

#include "BenchSupport.h"

#include <QFile>

namespace advicehub::bench {

Direct::Direct(const QString& path, const crypto::SecureBuffer& keySpec)
{
    const QByteArray file = QFile::encodeName(path);
    check(sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr));
    check(sqlite3_key(m_db, keySpec.chars(), static_cast<int>(keySpec.size())));
    exec("PRAGMA cipher_page_size = 4096; PRAGMA cipher_hmac_algorithm = HMAC_SHA1; "
         "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1; SELECT count(*) FROM sqlite_master; "
         "PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON; "
         "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768;");
}

Direct::~Direct()
{
    for (auto& [sql, statement] : m_statements)
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

void Direct::exec(const char* sql)
{
    check(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr));
}

sqlite3_stmt* Direct::statement(const std::string& sql)
{
    for (auto& [text, statement] : m_statements) {
        if (text == sql)
            return statement;
    }
    sqlite3_stmt* statement = nullptr;
    check(sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr));
    m_statements.emplace_back(sql, statement);
    return statement;
}

void Direct::bind(sqlite3_stmt* statement, const std::vector<Value>& values)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        if (const auto* number = std::get_if<qint64>(&values[i])) {
            check(sqlite3_bind_int64(statement, index, *number));
        } else {
            const std::string& text = std::get<std::string>(values[i]);
            check(sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
        }
    }
}

std::vector<qint64> Direct::rows(const std::string& sql, const std::vector<Value>& values)
{
    sqlite3_stmt* s = statement(sql);
    bind(s, values);
    std::vector<qint64> ids;
    std::size_t bytes = 0;
    int rc = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        ids.push_back(sqlite3_column_int64(s, 0));
        for (int column = 1; column < sqlite3_column_count(s); ++column) {
            const unsigned char* text = sqlite3_column_text(s, column);
            bytes += text ? static_cast<std::size_t>(sqlite3_column_bytes(s, column)) : 0;
        }
    }
    if (rc != SQLITE_DONE)
        check(rc);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    m_sink += bytes;
    return ids;
}

void Direct::run(const std::string& sql, const std::vector<Value>& values)
{
    sqlite3_stmt* s = statement(sql);
    bind(s, values);
    const int rc = sqlite3_step(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        check(rc);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
}

QStringList Direct::plan(const std::string& sql, const std::vector<Value>& values)
{
    sqlite3_stmt* s = nullptr;
    const std::string explain = "EXPLAIN QUERY PLAN " + sql;
    check(sqlite3_prepare_v2(m_db, explain.c_str(), -1, &s, nullptr));
    bind(s, values);
    QStringList lines;
    while (sqlite3_step(s) == SQLITE_ROW)
        lines << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 3)));
    sqlite3_finalize(s);
    return lines;
}

void Direct::check(int rc) const
{
    if (rc != SQLITE_OK)
        die(QStringLiteral("SQLite error %1: %2").arg(rc).arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

crypto::SecureBuffer copyOf(const crypto::SecureBuffer& buffer)
{
    return crypto::SecureBuffer::fromBytes(QByteArrayView(buffer.chars(), static_cast<qsizetype>(buffer.size())));
}

} // namespace advicehub::bench
