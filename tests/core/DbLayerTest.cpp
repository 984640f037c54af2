#include "TestSupport.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "db/Transaction.h"

#include <catch2/catch.hpp>

using namespace advicehub;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<Vault> vault = test::createVault(dir.file(QStringLiteral("db.ahv")));
    db::Connection& c = vault->connection();
    Fixture() { c.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB)"); }
    qint64 rows() { return c.queryInt("SELECT count(*) FROM t"); }
};

} // namespace

TEST_CASE("typed binds round-trip every kind of value")
{
    Fixture f;
    const QString unicode = QStringLiteral("Côte d'Ivoire — تونس — 東京");
    const QByteArray blob("\x00\x01\xff"
                          "abc",
        6);
    db::Statement insert = f.c.prepare("INSERT INTO t(i, r, s, b) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, qint64 { 1 } << 40).bind(2, 2.5).bind(3, unicode).bindBlob(4, blob);
    insert.execute();
    insert.bindAll(std::optional<qint64> {}, std::optional<double> {}, QString(), QStringLiteral(""));
    insert.execute();

    db::Statement select = f.c.prepare("SELECT i, r, s, b, typeof(b) FROM t ORDER BY id");
    REQUIRE(select.step());
    CHECK(select.int64(0) == (qint64 { 1 } << 40));
    CHECK(select.real(1) == 2.5);
    CHECK(select.text(2) == unicode);
    CHECK(select.blob(3) == blob);
    REQUIRE(select.step());
    CHECK(select.isNull(0));
    CHECK(select.isNull(1));
    CHECK(select.text(2).isNull());
    CHECK(select.text(4) == QStringLiteral("text")); // an empty QString is '' not NULL
    CHECK_FALSE(select.step());
}

TEST_CASE("a statement is reset and its bindings cleared after each use")
{
    Fixture f;
    {
        db::Statement insert = f.c.prepare("INSERT INTO t(i) VALUES (?1)");
        insert.bind(1, 7);
        insert.execute();
    }
    // The same SQL comes back from the cache without the previous value bound.
    db::Statement again = f.c.prepare("INSERT INTO t(i) VALUES (?1)");
    again.execute();
    CHECK(f.c.queryInt("SELECT count(*) FROM t WHERE i IS NULL") == 1);
    {
        db::Statement select = f.c.prepare("SELECT i FROM t ORDER BY id");
        REQUIRE(select.step()); // abandoned mid-iteration
    }
    db::Statement select = f.c.prepare("SELECT i FROM t ORDER BY id");
    REQUIRE(select.step());
    CHECK(select.int64(0) == 7); // starts from the first row again
}

TEST_CASE("a transaction rolls back unless committed")
{
    Fixture f;
    SECTION("not committed")
    {
        {
            db::Transaction transaction(f.c);
            f.c.execute("INSERT INTO t(i) VALUES (1)");
        }
        CHECK(f.rows() == 0);
        CHECK_FALSE(f.c.inTransaction());
    }
    SECTION("committed")
    {
        db::Transaction transaction(f.c);
        f.c.execute("INSERT INTO t(i) VALUES (1)");
        transaction.commit();
        CHECK(f.rows() == 1);
    }
    SECTION("an exception inside the unit of work leaves nothing behind")
    {
        try {
            db::Transaction transaction(f.c);
            f.c.execute("INSERT INTO t(i) VALUES (1)");
            f.c.execute("INSERT INTO no_such_table VALUES (1)");
            transaction.commit();
        } catch (const db::DbError&) { }
        CHECK(f.rows() == 0);
    }
    SECTION("a nested transaction is a savepoint")
    {
        db::Transaction outer(f.c);
        f.c.execute("INSERT INTO t(i) VALUES (1)");
        {
            db::Transaction inner(f.c);
            f.c.execute("INSERT INTO t(i) VALUES (2)");
        } // inner rolled back only
        {
            db::Transaction inner(f.c);
            f.c.execute("INSERT INTO t(i) VALUES (3)");
            inner.commit();
        }
        outer.commit();
        CHECK(f.c.queryText("SELECT group_concat(i) FROM t") == QStringLiteral("1,3"));
    }
}

TEST_CASE("a database error carries SQLite's code and never bound values")
{
    Fixture f;
    f.c.execute("CREATE UNIQUE INDEX t_s ON t(s)");
    db::Statement insert = f.c.prepare("INSERT INTO t(s) VALUES (?1)");
    insert.bind(1, QStringLiteral("secret-marker-value"));
    insert.execute();
    insert.bind(1, QStringLiteral("secret-marker-value"));
    try {
        insert.execute();
        FAIL("a duplicate was accepted");
    } catch (const db::DbError& e) {
        CHECK(e.code() == 19); // SQLITE_CONSTRAINT
        CHECK(QByteArray(e.what()).indexOf("secret-marker-value") < 0);
        CHECK(db::toError(e).code == ErrorCode::InvalidInput);
    }
}
