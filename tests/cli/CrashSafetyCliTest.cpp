// Crash safety (issue 3): advicehub-cli killed with SIGKILL at random moments during a long CSV
// import, during a batch of edits, during a batch of referral changes (issue 10: proposals,
// consents, status moves) and during a batch of draft saves (issue 11: each a new version, whole
// or absent). After every kill the vault opens with its passphrase, its integrity check is
// clean, every change the CLI acknowledged before it died is there, nothing it had not started
// is, and an import is all or nothing. The passphrase change and the backup have their own kill
// tests (CliTest.cpp, BackupCliTest.cpp); all of them together kill well over 50 times per run.
//
// Acknowledgements are read line by line from the child's standard output while it runs, the
// way a script driving the CLI would see them: a line counts only once it is complete, and a
// command prints its line only after its transaction committed. The kill moment is drawn from a
// seeded generator (the seed is printed; ADVICEHUB_TEST_SEED repeats a run).
#include "CliTestSupport.h"
#include "KillSupport.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "db/Connection.h"
#include "db/Statement.h"
#include "queries/QuerySearch.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <csignal>
#include <map>
#include <sys/types.h>
#include <unistd.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace crash_safety_cli_test {

using namespace advicehub;

namespace {

quint32 testSeed()
{
    static const quint32 seed = [] {
        const QByteArray chosen = qgetenv("ADVICEHUB_TEST_SEED");
        return chosen.isEmpty() ? QRandomGenerator::system()->generate() : chosen.toUInt();
    }();
    return seed;
}

// advicehub-cli run as a script would run it, killed with SIGKILL at a chosen moment.
class KillableRun {
public:
    KillableRun(const QString& program, const QStringList& arguments, const QByteArray& input)
    {
        m_process.start(program, arguments);
        REQUIRE(m_process.waitForStarted());
        m_process.write(input);
        m_process.closeWriteChannel();
        m_process.waitForBytesWritten(5000);
        m_timer.start();
    }
    ~KillableRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    KillableRun(const KillableRun&) = delete;
    KillableRun& operator=(const KillableRun&) = delete;

    // Reads acknowledgements as they come until the child ends or `killAtMs` after its start,
    // when it gets SIGKILL. True if the kill came first.
    bool runUntil(qint64 killAtMs)
    {
        while (m_process.state() != QProcess::NotRunning) {
            const qint64 left = killAtMs - m_timer.elapsed();
            if (left <= 0) {
                m_process.kill(); // SIGKILL
                REQUIRE(m_process.waitForFinished(10000));
                m_killed = true;
                break;
            }
            m_process.waitForReadyRead(static_cast<int>(std::min<qint64>(left, 50)));
            readLines();
        }
        m_process.waitForFinished(10000);
        readLines();
        return m_killed;
    }
    // Kills it now (it may be stopped: see test::KillWindow) and reads what it acknowledged.
    void killNow()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill(); // SIGKILL
            REQUIRE(m_process.waitForFinished(10000));
            m_killed = true;
        }
        readLines();
    }
    qint64 pid() const { return m_process.processId(); }
    bool finishedCleanly() const
    {
        return !m_killed && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    const QStringList& acknowledged() const { return m_lines; }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    void readLines()
    {
        // Only complete lines: a line cut by the kill acknowledges nothing.
        while (m_process.canReadLine())
            m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess m_process;
    QElapsedTimer m_timer;
    QStringList m_lines;
    bool m_killed = false;
};

// The vault after a kill, opened as any later session would open it.
struct Reopened {
    explicit Reopened(const QString& path)
    {
        Result<std::unique_ptr<Vault>> vault = Vault::open(path, test::passphrase());
        INFO("after the kill: " << (vault ? QString() : vault.error().message).toStdString());
        REQUIRE(vault.ok());
        Result<QStringList> problems = vault.value()->checkIntegrity();
        REQUIRE(problems.ok());
        INFO("integrity: " << problems->join(QLatin1Char('\n')).toStdString());
        REQUIRE(problems->isEmpty());
        Result<std::unique_ptr<Session>> opened = Session::open(std::move(vault).value(), clock);
        REQUIRE(opened.ok());
        session = std::move(opened).value();
    }
    qint64 count(const std::string& sql, const QString& value)
    {
        db::Statement statement = session->vault().connection().prepare(sql);
        statement.bind(1, value);
        REQUIRE(statement.step());
        return statement.int64(0);
    }
    // Queries the full-text index finds for a word: proves the index moved with the rows.
    qint64 found(const QString& word)
    {
        queries::QueryFilter filter;
        filter.text = word;
        Result<qint64> n = session->search().count(filter);
        REQUIRE(n.ok());
        return n.value();
    }
    QString status(const QString& reference)
    {
        db::Statement statement
            = session->vault().connection().prepare("SELECT status FROM queries WHERE reference = ?1");
        statement.bind(1, reference);
        REQUIRE(statement.step());
        return statement.text(0);
    }

    SystemClock clock;
    std::unique_ptr<Session> session;
};

bool journalLeft(const QString& vault)
{
    return QFileInfo::exists(vault + QStringLiteral("-journal"));
}

QString importFile(const QString& folder, int round, int rows)
{
    QByteArray csv = "received,channel,state,institution,contact_name,subject,request,themes,notes\n";
    for (int row = 0; row < rows; ++row) {
        csv += QStringLiteral("2025-01-%1,email,GH,Ministry of Justice,Contact %2,Import%3tag row %2,"
                              "\"The Ministry asks, at some length, about safeguards in police custody; row %2 of "
                              "round %3.\",police_custody;training,notes for row %2\n")
                   .arg(1 + row % 28, 2, 10, QLatin1Char('0'))
                   .arg(row)
                   .arg(round)
                   .toUtf8();
    }
    const QString path = QDir(folder).filePath(QStringLiteral("import-%1.csv").arg(round));
    test::writeFile(path, csv);
    return path;
}

} // namespace

TEST_CASE("a CSV import killed at any moment imports all of its rows or none, and the vault stays sound", "[kill]")
{
    test::TempDir dir;
    const QString vault = test::initVault(dir);
    REQUIRE(test::cli({ QStringLiteral("--vault"), vault, QStringLiteral("adviser"), QStringLiteral("add"),
                          QStringLiteral("Amara Quillfeather") },
                test::line(test::TestPassphrase))
                .exitCode
        == 0);
    constexpr int kRows = 4000;
    constexpr int rounds = test::killRounds(24);
    QRandomGenerator random(testSeed());

    // One complete import tells how long the whole command takes here.
    QElapsedTimer timer;
    timer.start();
    {
        KillableRun full(test::cliPath(),
            { QStringLiteral("--vault"), vault, QStringLiteral("import"), importFile(dir.path(), 0, kRows) },
            test::line(test::TestPassphrase));
        full.runUntil(600000);
        INFO(full.errors().toStdString());
        REQUIRE(full.finishedCleanly());
        REQUIRE(full.acknowledged()
            == QStringList { QStringLiteral("Imported 4000 queries (AH-2025-0001 \u2026 AH-2025-4000).") });
    }
    const qint64 fullRunMs = timer.elapsed();
    qint64 expectedQueries = kRows;
    // Imports get slower as the vault grows: the kill window follows the last import that ran to
    // its end, and widens after each kill that came before the end.
    qint64 estimateMs = fullRunMs;
    int acknowledgedImports = 0;

    int killedMidway = 0;
    int hotJournals = 0;
    int landedInside = 0;
    // The import's transaction is under way exactly while its journal exists.
    const QString journalName = QFileInfo(vault).fileName() + QStringLiteral("-journal");
    test::KillWindow window(dir.path(), [&journalName](const QString& name) { return name == journalName; });
    for (int round = 1; round <= rounds; ++round) {
        INFO("seed " << testSeed() << ", round " << round);
        const QString file = importFile(dir.path(), round, kRows);
        KillableRun run(test::cliPath(), { QStringLiteral("--vault"), vault, QStringLiteral("import"), file },
            test::line(test::TestPassphrase));
        QElapsedTimer took;
        took.start();
        bool killed = false;
        if (round % 2 == 0) {
            // Inside the transaction, at a random point of its first part: proven, not hoped for.
            landedInside += window.stopInside(run.pid(), random.bounded(static_cast<int>(estimateMs / 5) + 1)) ? 1 : 0;
            run.killNow();
            killed = true;
        } else {
            // Anywhere from start-up to just after the end.
            killed = run.runUntil(random.bounded(static_cast<int>(estimateMs * 13 / 10) + 1));
            if (killed && journalLeft(vault))
                ++landedInside; // a journal left behind: it died inside the transaction
        }
        const bool acknowledged = !run.acknowledged().isEmpty();
        estimateMs = run.finishedCleanly() ? took.elapsed() : estimateMs;
        acknowledgedImports += acknowledged ? 1 : 0;
        CHECK((acknowledged || !run.finishedCleanly()));
        hotJournals += journalLeft(vault) ? 1 : 0;

        Reopened after(vault);
        const QString tag = QStringLiteral("Import%1tag").arg(round);
        const qint64 rows
            = after.count("SELECT count(*) FROM queries WHERE subject LIKE ?1", tag + QStringLiteral(" row %"));
        const qint64 total = after.session->vault().connection().queryInt("SELECT count(*) FROM queries");
        CHECK((rows == 0 || rows == kRows));
        if (acknowledged)
            CHECK(rows == kRows);
        // Every row with its text, its themes and its place in the full-text index, or none.
        CHECK(after.found(tag) == rows);
        CHECK(after.count(
                  "SELECT count(*) FROM query_themes t JOIN queries q ON q.id = t.query_id WHERE q.subject LIKE ?1",
                  tag + QStringLiteral(" row %"))
            == 2 * rows);
        CHECK(after.count("SELECT count(*) FROM timeline t JOIN queries q ON q.id = t.query_id WHERE q.subject LIKE ?1 "
                          "AND t.kind = 'imported'",
                  tag + QStringLiteral(" row %"))
            == rows);
        // Earlier rounds are untouched.
        CHECK(total == expectedQueries + rows);
        expectedQueries = total;
        killedMidway += (killed && rows == 0) ? 1 : 0;
    }
    INFO("seed " << testSeed() << ": a full import of " << kRows << " rows took " << fullRunMs << " ms; of " << rounds
                 << " rounds, " << killedMidway << " kills left the import undone (" << hotJournals
                 << " with a journal to roll back), " << acknowledgedImports
                 << " imports were acknowledged and found complete; " << landedInside
                 << " kills proven inside the transaction");
    // Half the rounds kill inside the transaction on purpose; each is counted only with proof.
    CHECK(landedInside >= std::max(1, rounds / 4));
}

namespace {

// One command of a batch and what it leaves in the vault once it has run.
struct Edit {
    QStringList arguments; // after --vault FILE
    QString addedSubject; // an add: the subject of the new query
    QString reference; // a status change: the query and its new status
    QString status;
};

// Runs the batch as a script would, one advicehub-cli after the other, stopping at the first
// failure, and kills the command running `killAtMs` after the batch started. Returns the
// acknowledgements read, in order; `killed` tells whether the kill came before the end.
QStringList runBatch(
    const QString& vault, const std::vector<Edit>& edits, qint64 killAtMs, bool* killed, QString* errors)
{
    QElapsedTimer batch;
    batch.start();
    QStringList acknowledged;
    *killed = false;
    for (const Edit& edit : edits) {
        KillableRun run(test::cliPath(), QStringList { QStringLiteral("--vault"), vault } + edit.arguments,
            test::line(test::TestPassphrase));
        *killed = run.runUntil(killAtMs - batch.elapsed());
        acknowledged += run.acknowledged();
        if (!run.finishedCleanly()) {
            *errors = run.errors();
            break;
        }
    }
    return acknowledged;
}

// The same, but the edit at `target` is killed inside its transaction when the window shows it
// there (`inside`); the edits before it run to their end.
QStringList runBatchKillingInside(const QString& vault, const std::vector<Edit>& edits, std::size_t target,
    test::KillWindow& window, bool* inside, QString* errors)
{
    QStringList acknowledged;
    *inside = false;
    for (std::size_t i = 0; i < edits.size(); ++i) {
        KillableRun run(test::cliPath(), QStringList { QStringLiteral("--vault"), vault } + edits[i].arguments,
            test::line(test::TestPassphrase));
        if (i == target) {
            *inside = window.stopInside(run.pid(), 0);
            run.killNow();
            acknowledged += run.acknowledged();
            break;
        }
        run.runUntil(600000);
        acknowledged += run.acknowledged();
        if (!run.finishedCleanly()) {
            *errors = run.errors();
            break;
        }
    }
    return acknowledged;
}

// The next status along the main path of the lifecycle, with what the CLI needs to get there.
std::optional<std::pair<QString, QStringList>> nextStep(const QString& status)
{
    static const std::map<QString, std::pair<QString, QStringList>> next {
        { QStringLiteral("new"), { QStringLiteral("triaged"), {} } },
        { QStringLiteral("triaged"), { QStringLiteral("in_progress"), {} } },
        { QStringLiteral("in_progress"), { QStringLiteral("awaiting_requester"), {} } },
        { QStringLiteral("awaiting_requester"), { QStringLiteral("in_progress"), {} } },
    };
    const auto found = next.find(status);
    if (found == next.end())
        return std::nullopt;
    return found->second;
}

} // namespace

TEST_CASE(
    "a batch of edits killed at any moment keeps every acknowledged edit and nothing it had not started", "[kill]")
{
    test::TempDir dir;
    const QString vault = test::initVault(dir);
    REQUIRE(test::cli({ QStringLiteral("--vault"), vault, QStringLiteral("adviser"), QStringLiteral("add"),
                          QStringLiteral("Amara Quillfeather") },
                test::line(test::TestPassphrase))
                .exitCode
        == 0);
    constexpr int rounds = test::killRounds(40);
    QRandomGenerator random(testSeed() ^ 0x5eed);
    QHash<QString, QString> statuses; // reference -> status, as the vault has it
    int added = 0;

    // A batch: new queries, and each existing query moved one or two steps along its lifecycle.
    const auto planBatch = [&](int round) {
        std::vector<Edit> edits;
        QHash<QString, QString> planned = statuses;
        for (int k = 0; k < 4; ++k) {
            const QString subject = QStringLiteral("Batch%1edit%2 on prison visits").arg(round).arg(k);
            edits.push_back({ { QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("email"),
                                  QStringLiteral("--state"), QStringLiteral("FJ"), QStringLiteral("--theme"),
                                  QStringLiteral("prisons_detention"), QStringLiteral("--received"),
                                  QStringLiteral("2025-02-02"), QStringLiteral("--subject"), subject,
                                  QStringLiteral("--notes"), QStringLiteral("Round %1").arg(round) },
                subject, {}, {} });
            QStringList references = planned.keys();
            references.sort();
            for (const QString& reference : references) {
                if (random.bounded(3) != 0)
                    continue;
                const auto step = nextStep(planned.value(reference));
                if (!step)
                    continue;
                edits.push_back({ QStringList { QStringLiteral("status"), reference, step->first,
                                      QStringLiteral("--reason"), QStringLiteral("round %1").arg(round) }
                        + step->second,
                    {}, reference, step->first });
                planned[reference] = step->first;
                if (edits.size() >= 12)
                    return edits;
            }
        }
        return edits;
    };

    // Checks the vault against the batch and the acknowledgements; updates `statuses`.
    const auto verify = [&](const std::vector<Edit>& edits, const QStringList& acknowledged, int round) {
        INFO("seed " << testSeed() << ", round " << round << ", " << acknowledged.size() << " of " << edits.size()
                     << " edits acknowledged");
        REQUIRE(acknowledged.size() <= static_cast<qsizetype>(edits.size()));
        Reopened after(vault);
        QHash<QString, QString> mustBe = statuses; // after every acknowledged edit
        QHash<QString, QString> mayBe; // the edit in flight at the kill
        for (std::size_t i = 0; i < edits.size(); ++i) {
            const Edit& edit = edits[i];
            const bool done = static_cast<qsizetype>(i) < acknowledged.size();
            const bool inFlight = static_cast<qsizetype>(i) == acknowledged.size();
            if (!edit.addedSubject.isEmpty()) {
                const qint64 n = after.count("SELECT count(*) FROM queries WHERE subject = ?1", edit.addedSubject);
                INFO("add " << edit.addedSubject.toStdString());
                if (done) {
                    CHECK(n == 1);
                    CHECK(acknowledged.at(static_cast<qsizetype>(i)).startsWith(QLatin1String("AH-2025-")));
                } else if (inFlight) {
                    CHECK(n <= 1);
                } else {
                    CHECK(n == 0);
                }
                if (n == 1) {
                    const QString reference = acknowledged.size() > static_cast<qsizetype>(i)
                        ? acknowledged.at(static_cast<qsizetype>(i))
                        : [&] {
                              db::Statement s = after.session->vault().connection().prepare(
                                  "SELECT reference FROM queries WHERE subject = ?1");
                              s.bind(1, edit.addedSubject);
                              REQUIRE(s.step());
                              return s.text(0);
                          }();
                    CHECK(after.status(reference) == QStringLiteral("new"));
                    CHECK(after.found(edit.addedSubject.section(QLatin1Char(' '), 0, 0)) == 1);
                    statuses[reference] = QStringLiteral("new");
                    ++added;
                }
            } else {
                INFO("status " << edit.reference.toStdString() << " -> " << edit.status.toStdString());
                if (done) {
                    CHECK(acknowledged.at(static_cast<qsizetype>(i)).startsWith(edit.reference + QStringLiteral(": ")));
                    CHECK(acknowledged.at(static_cast<qsizetype>(i)).endsWith(edit.status));
                    mustBe[edit.reference] = edit.status;
                } else if (inFlight) {
                    mayBe[edit.reference] = edit.status;
                }
            }
        }
        for (auto it = mustBe.cbegin(); it != mustBe.cend(); ++it) {
            INFO("query " << it.key().toStdString());
            const QString now = after.status(it.key());
            const bool expected = now == it.value() || (mayBe.contains(it.key()) && now == mayBe.value(it.key()));
            CHECK(expected);
            statuses[it.key()] = now;
        }
        // Nothing else changed: every query the vault has is one this test added.
        CHECK(after.session->vault().connection().queryInt("SELECT count(*) FROM queries") == added);
    };

    // One complete batch tells how long a batch takes here, and gives the next ones queries to edit.
    QElapsedTimer timer;
    timer.start();
    qint64 perEditMs = 0;
    {
        const std::vector<Edit> edits = planBatch(0);
        bool killed = false;
        QString errors;
        const QStringList acknowledged = runBatch(vault, edits, 600000, &killed, &errors);
        INFO(errors.toStdString());
        REQUIRE(acknowledged.size() == static_cast<qsizetype>(edits.size()));
        verify(edits, acknowledged, 0);
        perEditMs = timer.elapsed() / static_cast<qint64>(edits.size()) + 1;
    }

    int acknowledgedEdits = 0;
    int hotJournals = 0;
    int kills = 0;
    int landedInside = 0;
    // An edit's transaction is under way exactly while the journal exists.
    const QString journalName = QFileInfo(vault).fileName() + QStringLiteral("-journal");
    test::KillWindow window(dir.path(), [&journalName](const QString& name) { return name == journalName; });
    for (int round = 1; round <= rounds; ++round) {
        const std::vector<Edit> edits = planBatch(round);
        bool killed = false;
        QString errors;
        QStringList acknowledged;
        if (round % 2 == 0) {
            // One edit of the batch, chosen at random, killed inside its transaction.
            bool inside = false;
            acknowledged = runBatchKillingInside(
                vault, edits, random.bounded(static_cast<quint32>(edits.size())), window, &inside, &errors);
            killed = true;
            landedInside += inside ? 1 : 0;
        } else {
            acknowledged = runBatch(vault, edits,
                random.bounded(static_cast<int>(perEditMs * static_cast<qint64>(edits.size()))), &killed, &errors);
            if (killed && journalLeft(vault))
                ++landedInside; // a journal left behind: it died inside a transaction
        }
        INFO(errors.toStdString());
        // A command that failed on its own would be a bug of the test's plan, not a kill.
        REQUIRE((killed || acknowledged.size() == static_cast<qsizetype>(edits.size())));
        hotJournals += journalLeft(vault) ? 1 : 0;
        acknowledgedEdits += static_cast<int>(acknowledged.size());
        kills += killed ? 1 : 0;
        verify(edits, acknowledged, round);
    }
    INFO("seed " << testSeed() << ": an edit took " << perEditMs << " ms; " << kills << " kills in " << rounds
                 << " batches, " << acknowledgedEdits << " acknowledged edits all found, " << hotJournals
                 << " left a journal to roll back; " << landedInside << " kills proven inside a transaction");
    // Half the batches kill an edit inside its transaction on purpose; each counts only with proof.
    CHECK(landedInside >= std::max(1, rounds / 8));
}

TEST_CASE("a batch of referral changes killed at any moment keeps every acknowledged change, each with its timeline "
          "entry",
    "[kill]")
{
    test::TempDir dir;
    const QString vault = test::initVault(dir);
    const auto run = [&vault](const QStringList& arguments) {
        const test::CliRun done
            = test::cli(QStringList { QStringLiteral("--vault"), vault } + arguments, test::line(test::TestPassphrase));
        INFO(done.err.toStdString());
        REQUIRE(done.exitCode == 0);
        return done.out.trimmed();
    };
    run({ QStringLiteral("adviser"), QStringLiteral("add"), QStringLiteral("Amara Quillfeather") });
    constexpr int rounds = test::killRounds(16);
    QStringList references; // one query per round, each referred to APT
    for (int round = 0; round <= rounds; ++round)
        references << run({ QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("email"),
            QStringLiteral("--state"), QStringLiteral("GH"), QStringLiteral("--theme"),
            QStringLiteral("police_custody"), QStringLiteral("--received"), QStringLiteral("2025-02-02"),
            QStringLiteral("--subject"), QStringLiteral("Referral round %1").arg(round) });
    QRandomGenerator random(testSeed() ^ 0x4ef5);

    // What the vault holds for each query, as the last check found it.
    struct Known {
        qint64 referralId = 0; // 0: none yet
        QString status;
        int consents = 0;
    };
    std::map<int, Known> known; // by round
    static const QStringList path { QStringLiteral("proposed"), QStringLiteral("sent"), QStringLiteral("accepted"),
        QStringLiteral("completed") };

    // The next change of each query started so far: propose, record the consent, move along.
    struct Change {
        int round;
        QString what; // "add", "consent", or the new status
    };
    const auto planBatch = [&](int round) {
        std::vector<Change> changes;
        for (int r = 0; r <= round; ++r) {
            const Known k = known[r];
            if (k.referralId == 0)
                changes.push_back({ r, QStringLiteral("add") });
            if (k.consents == 0)
                changes.push_back({ r, QStringLiteral("consent") });
            else if (k.referralId != 0 && k.status != path.last())
                changes.push_back({ r, path.at(path.indexOf(k.status) + 1) });
        }
        return changes;
    };
    const auto argumentsOf = [&](const Change& change) {
        const QString& reference = references.at(change.round);
        if (change.what == QLatin1String("add"))
            return QStringList { QStringLiteral("referral"), QStringLiteral("add"), reference,
                QStringLiteral("--partner"), QStringLiteral("APT"), QStringLiteral("--share"),
                QStringLiteral("subject,themes"), QStringLiteral("--reason"),
                QStringLiteral("Round %1").arg(change.round), QStringLiteral("--proposed"),
                QStringLiteral("2025-02-03") };
        if (change.what == QLatin1String("consent"))
            return QStringList { QStringLiteral("referral"), QStringLiteral("consent"), reference,
                QStringLiteral("--partner"), QStringLiteral("APT"), QStringLiteral("--fields"),
                QStringLiteral("subject,themes"), QStringLiteral("--form"), QStringLiteral("written"),
                QStringLiteral("--given-by"), QStringLiteral("Minister of round %1").arg(change.round),
                QStringLiteral("--date"), QStringLiteral("2025-02-04") };
        return QStringList { QStringLiteral("referral"), QStringLiteral("status"),
            QString::number(known[change.round].referralId), change.what, QStringLiteral("--date"),
            QStringLiteral("2025-02-05") };
    };
    // One acknowledgement per command: its first line (the consent command lists the query's
    // referrals after it, indented).
    const auto firstLines = [](const QStringList& lines) {
        QStringList acknowledged;
        for (const QString& line : lines) {
            if (!line.startsWith(QLatin1String("referral #")))
                acknowledged << line;
        }
        return acknowledged;
    };

    // Checks the vault against the batch and its acknowledgements; updates `known`.
    const auto verify = [&](const std::vector<Change>& changes, const QStringList& acknowledged, int round) {
        INFO("seed " << testSeed() << ", round " << round << ", " << acknowledged.size() << " of " << changes.size()
                     << " changes acknowledged");
        REQUIRE(acknowledged.size() <= static_cast<qsizetype>(changes.size()));
        Reopened after(vault);
        Session& session = *after.session;
        for (int r = 0; r <= round; ++r) {
            INFO("query " << references.at(r).toStdString());
            Result<queries::QueryService::Resolved> query = session.queries().findByReference(references.at(r));
            REQUIRE(query.ok());
            const qint64 queryId = query->query.id;
            Known before = known[r];
            // What this batch did to the query: done (acknowledged), in flight (either), not started.
            Known least = before;
            Known most = before;
            for (std::size_t i = 0; i < changes.size(); ++i) {
                if (changes[i].round != r)
                    continue;
                const bool done = static_cast<qsizetype>(i) < acknowledged.size();
                const bool inFlight = static_cast<qsizetype>(i) == acknowledged.size();
                const QString& what = changes[i].what;
                if (done) {
                    const QString& line = acknowledged.at(static_cast<qsizetype>(i));
                    if (what == QLatin1String("add") || what == QLatin1String("consent"))
                        CHECK(line.startsWith(references.at(r)
                            + (what == QLatin1String("add") ? QStringLiteral(": referral #")
                                                            : QStringLiteral(": consent #"))));
                    else
                        CHECK(line.endsWith(QStringLiteral("\u2192 ") + what));
                }
                if (!done && !inFlight)
                    continue;
                if (what == QLatin1String("add")) {
                    most.referralId = -1;
                    most.status = path.first();
                    if (done) {
                        least.referralId = -1;
                        least.status = path.first();
                    }
                } else if (what == QLatin1String("consent")) {
                    most.consents = before.consents + 1;
                    if (done)
                        least.consents = most.consents;
                } else {
                    most.status = what;
                    if (done)
                        least.status = what;
                }
            }
            const std::vector<referrals::Referral> referrals = session.referrals().referralsOf(queryId);
            const std::vector<referrals::Consent> consents = session.referrals().consentsOf(queryId);
            REQUIRE(referrals.size() <= 1);
            CHECK(static_cast<int>(consents.size()) >= least.consents);
            CHECK(static_cast<int>(consents.size()) <= most.consents);
            if (least.referralId != 0)
                CHECK(referrals.size() == 1);
            if (most.referralId == 0)
                CHECK(referrals.empty());
            Known now;
            now.consents = static_cast<int>(consents.size());
            if (!referrals.empty()) {
                now.referralId = referrals.front().id;
                now.status = referrals::ReferralText::code(referrals.front().status);
                const qsizetype at = path.indexOf(now.status);
                CHECK(at >= path.indexOf(least.status.isEmpty() ? path.first() : least.status));
                CHECK(at <= path.indexOf(most.status.isEmpty() ? path.first() : most.status));
            }
            // Each change committed with its timeline entry, or neither: one entry for the proposal
            // and one per status, one per consent.
            Result<std::vector<queries::TimelineEntry>> timeline = session.queries().timeline(queryId);
            REQUIRE(timeline.ok());
            int referralEntries = 0;
            int consentEntries = 0;
            for (const queries::TimelineEntry& entry : timeline.value()) {
                referralEntries += entry.kind == queries::EntryKind::Referral ? 1 : 0;
                consentEntries += entry.kind == queries::EntryKind::Consent ? 1 : 0;
            }
            CHECK(referralEntries == (now.referralId == 0 ? 0 : 1 + static_cast<int>(path.indexOf(now.status))));
            CHECK(consentEntries == now.consents);
            known[r] = now;
        }
    };

    const auto asEdits = [&](const std::vector<Change>& changes) {
        std::vector<Edit> edits;
        for (const Change& change : changes)
            edits.push_back({ argumentsOf(change), {}, {}, {} });
        return edits;
    };
    // One complete batch tells how long a change takes here.
    QElapsedTimer timer;
    timer.start();
    qint64 perChangeMs = 0;
    {
        const std::vector<Change> changes = planBatch(0);
        bool killed = false;
        QString errors;
        const QStringList acknowledged = firstLines(runBatch(vault, asEdits(changes), 600000, &killed, &errors));
        INFO(errors.toStdString());
        REQUIRE(acknowledged.size() == static_cast<qsizetype>(changes.size()));
        verify(changes, acknowledged, 0);
        perChangeMs = timer.elapsed() / static_cast<qint64>(changes.size()) + 1;
    }
    int kills = 0;
    int landedInside = 0;
    const QString journalName = QFileInfo(vault).fileName() + QStringLiteral("-journal");
    test::KillWindow window(dir.path(), [&journalName](const QString& name) { return name == journalName; });
    for (int round = 1; round <= rounds; ++round) {
        const std::vector<Change> changes = planBatch(round);
        const std::vector<Edit> edits = asEdits(changes);
        bool killed = false;
        QString errors;
        QStringList acknowledged;
        if (round % 2 == 0) {
            bool inside = false;
            acknowledged = firstLines(runBatchKillingInside(
                vault, edits, random.bounded(static_cast<quint32>(edits.size())), window, &inside, &errors));
            killed = true;
            landedInside += inside ? 1 : 0;
        } else {
            acknowledged = firstLines(runBatch(vault, edits,
                random.bounded(static_cast<int>(perChangeMs * static_cast<qint64>(edits.size()))), &killed, &errors));
            if (killed && journalLeft(vault))
                ++landedInside;
        }
        INFO(errors.toStdString());
        REQUIRE((killed || acknowledged.size() == static_cast<qsizetype>(edits.size())));
        kills += killed ? 1 : 0;
        verify(changes, acknowledged, round);
    }
    INFO("seed " << testSeed() << ": a change took " << perChangeMs << " ms; " << kills << " kills in " << rounds
                 << " batches; " << landedInside << " kills proven inside a transaction");
    CHECK(landedInside >= std::max(1, rounds / 8));
    // Nothing the kills left behind is stuck: batches without a kill carry every referral to the end
    // of its path (consent, sent, accepted, completed), each step checked as above. How far the
    // killed rounds got depends on where the kills fell, so the end is reached here, not counted.
    int extra = 0;
    for (std::vector<Change> changes = planBatch(rounds); !changes.empty() && extra <= path.size() + 1;
         changes = planBatch(rounds), ++extra) {
        bool killed = false;
        QString errors;
        const QStringList acknowledged = firstLines(runBatch(vault, asEdits(changes), 600000, &killed, &errors));
        INFO(errors.toStdString());
        REQUIRE_FALSE(killed);
        REQUIRE(acknowledged.size() == static_cast<qsizetype>(changes.size()));
        verify(changes, acknowledged, rounds);
    }
    int completed = 0;
    for (const auto& [round, k] : known)
        completed += k.status == path.last() ? 1 : 0;
    CHECK(completed == rounds + 1);
}

TEST_CASE("a batch of draft saves killed at any moment keeps every acknowledged version whole, and no other", "[kill]")
{
    test::TempDir dir;
    const QString vault = test::initVault(dir);
    const auto run = [&vault](const QStringList& arguments) {
        const test::CliRun done
            = test::cli(QStringList { QStringLiteral("--vault"), vault } + arguments, test::line(test::TestPassphrase));
        INFO(done.err.toStdString());
        REQUIRE(done.exitCode == 0);
        return done.out.trimmed();
    };
    run({ QStringLiteral("adviser"), QStringLiteral("add"), QStringLiteral("Amara Quillfeather") });
    const QString reference = run({ QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("email"),
        QStringLiteral("--state"), QStringLiteral("GH"), QStringLiteral("--theme"), QStringLiteral("police_custody"),
        QStringLiteral("--received"), QStringLiteral("2025-02-02"), QStringLiteral("--subject"),
        QStringLiteral("Drafted answer") });
    const QString created = run({ QStringLiteral("draft"), QStringLiteral("new"), reference, QStringLiteral("--kind"),
        QStringLiteral("substantive_response") });
    const qint64 draftId = created.section(QLatin1String("draft #"), 1).section(QLatin1Char(' '), 0, 0).toLongLong();
    REQUIRE(draftId > 0);
    QRandomGenerator random(testSeed() ^ 0xd4af);

    // The body of version N: long enough (about 150 KB, indexed for the full-text search) for the
    // save's transaction to be caught under way; its first words name the version.
    const auto bodyOf = [](int version) {
        QByteArray text = QStringLiteral("Version%1 of the answer.\n").arg(version).toUtf8();
        for (int paragraph = 0; paragraph < 300; ++paragraph)
            text += QStringLiteral("Paragraph %1 of version %2: the Secretariat recalls the safeguards of police "
                                   "custody, registers, access to a lawyer and to a doctor, and notification of "
                                   "relatives, in the words of the Convention and of its Committee.\n")
                        .arg(paragraph)
                        .arg(version)
                        .toUtf8();
        return text;
    };
    const auto bodyFile = [&](int version) {
        const QString path = dir.file(QStringLiteral("body-%1.txt").arg(version));
        if (!QFileInfo::exists(path))
            test::writeFile(path, bodyOf(version));
        return path;
    };
    int saved = 1; // versions the vault holds (the new draft has version 1)
    const auto planBatch = [&] {
        std::vector<Edit> edits;
        for (int k = 1; k <= 3; ++k)
            edits.push_back({ { QStringLiteral("draft"), QStringLiteral("save"), QString::number(draftId),
                                  QStringLiteral("--body-file"), bodyFile(saved + k), QStringLiteral("--comment"),
                                  QStringLiteral("save %1").arg(saved + k) },
                {}, {}, {} });
        return edits;
    };
    // Every acknowledged version is there, the one in flight is there whole or not at all, none
    // beyond; each version's text is the file it was saved from; the draft's own row and the
    // timeline moved with the versions.
    const auto verify = [&](const QStringList& acknowledged, int round) {
        INFO("seed " << testSeed() << ", round " << round << ", " << acknowledged.size() << " saves acknowledged");
        Reopened after(vault);
        Session& session = *after.session;
        const int least = saved + static_cast<int>(acknowledged.size());
        for (qsizetype i = 0; i < acknowledged.size(); ++i)
            CHECK(acknowledged.at(i).contains(QStringLiteral("version %1 saved").arg(saved + 1 + i)));
        Result<drafts::Draft> draft = session.drafts().get(draftId);
        REQUIRE(draft.ok());
        CHECK(draft->latestVersion >= least);
        CHECK(draft->latestVersion <= least + 1);
        Result<std::vector<drafts::DraftVersion>> versions = session.drafts().versions(draftId);
        REQUIRE(versions.ok());
        REQUIRE(static_cast<int>(versions->size()) == draft->latestVersion);
        for (int number = 2; number <= draft->latestVersion; ++number) {
            INFO("version " << number);
            Result<drafts::DraftVersion> version = session.drafts().version(draftId, number);
            REQUIRE(version.ok());
            CHECK(version->number == number);
            CHECK(version->comment == QStringLiteral("save %1").arg(number));
            const QString expected = QString::fromUtf8(bodyOf(number));
            CHECK(version->text.trimmed() == expected.trimmed());
        }
        Result<std::vector<queries::TimelineEntry>> timeline = session.queries().timeline(draft->queryId);
        REQUIRE(timeline.ok());
        int draftEntries = 0;
        for (const queries::TimelineEntry& entry : timeline.value())
            draftEntries += entry.kind == queries::EntryKind::Draft ? 1 : 0;
        CHECK(draftEntries == draft->latestVersion); // created, then one per saved version
        saved = draft->latestVersion;
    };

    QElapsedTimer timer;
    timer.start();
    qint64 perSaveMs = 0;
    {
        bool killed = false;
        QString errors;
        const std::vector<Edit> edits = planBatch();
        const QStringList acknowledged = runBatch(vault, edits, 600000, &killed, &errors);
        INFO(errors.toStdString());
        REQUIRE(acknowledged.size() == static_cast<qsizetype>(edits.size()));
        verify(acknowledged, 0);
        perSaveMs = timer.elapsed() / static_cast<qint64>(edits.size()) + 1;
    }
    constexpr int rounds = test::killRounds(16);
    int kills = 0;
    int landedInside = 0;
    const QString journalName = QFileInfo(vault).fileName() + QStringLiteral("-journal");
    test::KillWindow window(dir.path(), [&journalName](const QString& name) { return name == journalName; });
    for (int round = 1; round <= rounds; ++round) {
        const std::vector<Edit> edits = planBatch();
        bool killed = false;
        QString errors;
        QStringList acknowledged;
        if (round % 2 == 0) {
            bool inside = false;
            acknowledged = runBatchKillingInside(
                vault, edits, random.bounded(static_cast<quint32>(edits.size())), window, &inside, &errors);
            killed = true;
            landedInside += inside ? 1 : 0;
        } else {
            acknowledged = runBatch(vault, edits,
                random.bounded(static_cast<int>(perSaveMs * static_cast<qint64>(edits.size()))), &killed, &errors);
            if (killed && journalLeft(vault))
                ++landedInside;
        }
        INFO(errors.toStdString());
        REQUIRE((killed || acknowledged.size() == static_cast<qsizetype>(edits.size())));
        kills += killed ? 1 : 0;
        verify(acknowledged, round);
    }
    INFO("seed " << testSeed() << ": a save took " << perSaveMs << " ms; " << kills << " kills in " << rounds
                 << " batches; " << landedInside << " kills proven inside a save's transaction");
    CHECK(landedInside >= std::max(1, rounds / 8));
}

} // namespace crash_safety_cli_test
