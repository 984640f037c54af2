#include "TestSupport.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "db/Transaction.h"

#include <QStringList>

#include <stdexcept>

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace db_layer_test {

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

TEST_CASE("work waiting for a commit runs after the outermost commit only")
{
    Fixture f;
    QStringList log;
    const auto note = [&log](const char* what) { return [&log, what] { log << QString::fromLatin1(what); }; };

    SECTION("after the outermost commit, in registration order, not before")
    {
        db::Transaction outer(f.c);
        f.c.afterCommit(note("first"));
        {
            db::Transaction inner(f.c);
            f.c.afterCommit(note("second"));
            inner.commit();
        }
        CHECK(log.isEmpty()); // the savepoint's release is not a commit
        f.c.afterCommit(note("third"));
        outer.commit();
        CHECK(log == QStringList { QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third") });
    }
    SECTION("never when the outer transaction rolls back")
    {
        {
            db::Transaction outer(f.c);
            f.c.afterCommit(note("outer"));
            db::Transaction inner(f.c);
            f.c.afterCommit(note("inner"));
            inner.commit();
        } // outer not committed
        CHECK(log.isEmpty());
        // Nothing is left over for the next transaction either.
        db::Transaction next(f.c);
        next.commit();
        CHECK(log.isEmpty());
    }
    SECTION("dropped with a savepoint that rolls back, kept for the rest")
    {
        db::Transaction outer(f.c);
        f.c.afterCommit(note("outer"));
        {
            db::Transaction inner(f.c);
            f.c.afterCommit(note("inner, rolled back"));
            {
                db::Transaction innermost(f.c);
                f.c.afterCommit(note("innermost, released into the rolled-back one"));
                innermost.commit();
            }
        }
        {
            db::Transaction again(f.c);
            f.c.afterCommit(note("second inner, released"));
            again.commit();
        }
        outer.commit();
        CHECK(log == QStringList { QStringLiteral("outer"), QStringLiteral("second inner, released") });
    }
    SECTION("outside a transaction it runs at once")
    {
        f.c.afterCommit(note("now"));
        CHECK(log == QStringList { QStringLiteral("now") });
    }
    SECTION("a callback may start a transaction of its own")
    {
        db::Transaction outer(f.c);
        f.c.afterCommit([&] {
            db::Transaction own(f.c);
            f.c.execute("INSERT INTO t(i) VALUES (2)");
            f.c.afterCommit(note("after the callback's own commit"));
            own.commit();
        });
        f.c.execute("INSERT INTO t(i) VALUES (1)");
        outer.commit();
        CHECK(f.rows() == 2);
        CHECK(log == QStringList { QStringLiteral("after the callback's own commit") });
        CHECK_FALSE(f.c.inTransaction());
    }
    SECTION("a callback that throws does not keep the others from running")
    {
        db::Transaction outer(f.c);
        f.c.afterCommit(note("before"));
        f.c.afterCommit([] { throw std::runtime_error("callback failed"); });
        f.c.afterCommit(note("after"));
        CHECK_NOTHROW(outer.commit());
        CHECK(log == QStringList { QStringLiteral("before"), QStringLiteral("after") });
        CHECK(f.c.queryInt("SELECT 1") == 1); // the connection is usable
    }
}

TEST_CASE("work that undoes a unit runs when that unit rolls back")
{
    Fixture f;
    QStringList log;
    const auto note = [&log](const char* what) { return [&log, what] { log << QString::fromLatin1(what); }; };

    SECTION("a savepoint's rollback runs what was registered inside it, newest first")
    {
        db::Transaction outer(f.c);
        f.c.onRollback(note("outer"));
        {
            db::Transaction inner(f.c);
            f.c.onRollback(note("inner 1"));
            {
                db::Transaction innermost(f.c);
                f.c.onRollback(note("innermost, released"));
                innermost.commit();
            }
            f.c.onRollback(note("inner 2"));
        } // inner rolled back
        CHECK(log
            == QStringList {
                QStringLiteral("inner 2"), QStringLiteral("innermost, released"), QStringLiteral("inner 1") });
        log.clear();
        outer.commit();
        CHECK(log.isEmpty()); // dropped at the commit
    }
    SECTION("the outer rollback runs everything still registered")
    {
        {
            db::Transaction outer(f.c);
            f.c.onRollback(note("outer"));
            db::Transaction inner(f.c);
            f.c.onRollback(note("inner, released"));
            inner.commit();
        }
        CHECK(log == QStringList { QStringLiteral("inner, released"), QStringLiteral("outer") });
    }
    SECTION("an exception inside the unit of work rolls back and runs them")
    {
        try {
            db::Transaction transaction(f.c);
            f.c.onRollback(note("undone"));
            f.c.afterCommit(note("never"));
            f.c.execute("INSERT INTO no_such_table VALUES (1)");
            transaction.commit();
        } catch (const db::DbError&) { }
        CHECK(log == QStringList { QStringLiteral("undone") });
    }
    SECTION("a callback that throws does not keep the others from running")
    {
        {
            db::Transaction transaction(f.c);
            f.c.onRollback(note("first registered"));
            f.c.onRollback([] { throw std::runtime_error("callback failed"); });
            f.c.onRollback(note("last registered"));
        }
        CHECK(log == QStringList { QStringLiteral("last registered"), QStringLiteral("first registered") });
    }
    SECTION("a commit that fails is a rollback")
    {
        // A deferred foreign key violation is reported by COMMIT itself.
        f.c.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
        f.c.execute("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)");
        {
            db::Transaction transaction(f.c);
            f.c.onRollback(note("undone"));
            f.c.afterCommit(note("never"));
            f.c.execute("INSERT INTO child VALUES (42)");
            CHECK_THROWS_AS(transaction.commit(), db::DbError);
        }
        CHECK(log == QStringList { QStringLiteral("undone") });
        CHECK(f.c.queryInt("SELECT count(*) FROM child") == 0);
        CHECK_FALSE(f.c.inTransaction());
    }
    SECTION("outside a transaction there is nothing to undo")
    {
        f.c.onRollback(note("ignored"));
        db::Transaction transaction(f.c);
        transaction.commit();
        CHECK(log.isEmpty());
    }
}

TEST_CASE("the standing before-commit work runs inside each transaction that changed a row, before its commit")
{
    Fixture f;
    QStringList log;
    const auto note = [&log](const char* what) { return [&log, what] { log << QString::fromLatin1(what); }; };
    f.c.execute("CREATE TABLE stamp (n INTEGER)");
    f.c.setBeforeCommit([&log](db::Connection& c) {
        log << QStringLiteral("before commit");
        CHECK(c.inTransaction()); // part of the transaction it belongs to
        c.execute("INSERT INTO stamp VALUES (1)");
    });

    SECTION("once per outermost transaction, between the work and what waits for the commit")
    {
        db::Transaction outer(f.c);
        f.c.afterCommit(note("after commit"));
        {
            db::Transaction inner(f.c);
            f.c.execute("INSERT INTO t(i) VALUES (1)");
            inner.commit();
        }
        CHECK(log.isEmpty()); // a released savepoint is not a commit
        outer.commit();
        CHECK(log == QStringList { QStringLiteral("before commit"), QStringLiteral("after commit") });
        CHECK(f.c.queryInt("SELECT count(*) FROM stamp") == 1);
    }
    SECTION("not for a transaction that changed nothing, whose afterCommit work still runs")
    {
        db::Transaction transaction(f.c, db::Transaction::Kind::Deferred);
        CHECK(f.rows() == 0);
        f.c.afterCommit(note("after commit"));
        transaction.commit();
        CHECK(log == QStringList { QStringLiteral("after commit") });
        CHECK(f.c.queryInt("SELECT count(*) FROM stamp") == 0);
    }
    SECTION("not when the transaction rolls back")
    {
        {
            db::Transaction transaction(f.c);
            f.c.execute("INSERT INTO t(i) VALUES (1)");
            f.c.onRollback(note("undone"));
        }
        CHECK(log == QStringList { QStringLiteral("undone") });
        CHECK(f.c.queryInt("SELECT count(*) FROM stamp") == 0);
    }
    SECTION("a hook that throws fails the commit, which is then a rollback")
    {
        f.c.setBeforeCommit([](db::Connection& c) {
            c.execute("INSERT INTO stamp VALUES (1)");
            c.execute("INSERT INTO no_such_table VALUES (1)");
        });
        {
            db::Transaction transaction(f.c);
            f.c.execute("INSERT INTO t(i) VALUES (1)");
            f.c.onRollback(note("undone"));
            f.c.afterCommit(note("never"));
            CHECK_THROWS_AS(transaction.commit(), db::DbError);
        }
        CHECK(log == QStringList { QStringLiteral("undone") });
        CHECK(f.rows() == 0);
        CHECK(f.c.queryInt("SELECT count(*) FROM stamp") == 0);
        CHECK_FALSE(f.c.inTransaction());
    }
    SECTION("set aside, it does not run; put back, it does")
    {
        const db::Connection::BeforeCommit hook = f.c.takeBeforeCommit();
        {
            db::Transaction transaction(f.c);
            f.c.execute("INSERT INTO t(i) VALUES (1)");
            transaction.commit();
        }
        CHECK(log.isEmpty());
        f.c.setBeforeCommit(hook);
        db::Transaction transaction(f.c);
        f.c.execute("INSERT INTO t(i) VALUES (2)");
        transaction.commit();
        CHECK(log == QStringList { QStringLiteral("before commit") });
    }
}

} // namespace db_layer_test
