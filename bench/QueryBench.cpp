// advicehub-bench-queries: how Advice Hub's query features perform on a large vault, and how much
// its own layers (Statement/Connection, QueryService, QuerySearch, Session) cost over the same
// SQL run directly through the SQLCipher C API on the same file. Not a test: it prints a table
// (docs/PERFORMANCE.md has the numbers and the command).
//
// It uses the INSECURE testing key-derivation profile, so that vault creation takes no time; the
// key derivation is excluded from every measurement anyway (vaults are reopened with the raw key).

#include "BenchSupport.h"
#include "DirectSql.h"

#include "calendar/WorkingCalendar.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "db/Connection.h"
#include "demo/DemoDataGenerator.h"
#include "platform/ProcessHardening.h"
#include "queries/QueryCsv.h"
#include "queries/QuerySearch.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"
#include "session/Session.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

using namespace advicehub;
using namespace advicehub::bench;
using namespace advicehub::queries;

namespace {

// Peak resident memory of the process (VmHWM), in MiB.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------
// The SQL our layers run, mirrored here from QuerySearch::page and QueryService::get/timeline so
// that the direct path runs the same statements. Every run checks that both return the same ids
// in the same order, so a drift between the two cannot go unnoticed.

const std::string kRowColumns
    = "q.id, q.reference, q.received_on, s.name, q.subject, "
      "(SELECT group_concat(th.name, '; ') FROM query_themes qt JOIN themes th ON th.id = qt.theme_id "
      "WHERE qt.query_id = q.id), q.priority, q.status, q.due_on, a.name, q.confidentiality";
const std::string kRowJoins
    = " JOIN states s ON s.id = q.state_id LEFT JOIN advisers a ON a.id = q.assigned_adviser_id";

std::string pageSql(const std::string& where, const std::vector<std::string>& keys, const char* direction)
{
    std::string order;
    std::string keyColumns;
    for (const std::string& key : keys) {
        order += (order.empty() ? "" : ", ") + key + direction;
        keyColumns += ", " + key;
    }
    return "SELECT " + kRowColumns + keyColumns
        + " FROM (SELECT q.id AS page_id FROM queries q WHERE "
          "(+q.merged_into_id IS NULL)"
        + where + " ORDER BY " + order + " LIMIT ?) AS page CROSS JOIN queries q ON q.id = page.page_id" + kRowJoins
        + " ORDER BY " + order;
}

std::string ftsPageSql()
{
    return "SELECT " + kRowColumns
        + ", query_fts.docid FROM query_fts JOIN queries q ON q.id = (query_fts.docid & "
          "4294967295)"
        + kRowJoins
        + " WHERE (query_fts MATCH ?) AND (+q.merged_into_id IS NULL) ORDER BY query_fts.docid DESC LIMIT ?";
}

// ReferenceLookup::reload, run when a session opens.
const char* const kReferenceSql[] = { "SELECT id, code, name, 1 FROM regions ORDER BY sort_order",
    "SELECT id, code, name, active FROM channels ORDER BY sort_order",
    "SELECT id, code, name, active FROM institution_types ORDER BY sort_order",
    "SELECT id, code, name, active FROM themes ORDER BY sort_order",
    "SELECT 0, code, name, 1 FROM languages ORDER BY sort_order",
    "SELECT id, '', name, active FROM advisers ORDER BY name COLLATE NOCASE",
    "SELECT s.id, s.iso2, s.iso3, s.name, s.region_id, r.name, s.core_state FROM states s JOIN regions r ON r.id = "
    "s.region_id ORDER BY s.name",
    "SELECT number, title FROM uncat_articles" };

const std::string kReadQuery
    = "SELECT q.id, q.reference, q.received_on, q.channel_id, q.state_id, q.institution_type_id, q.institution, "
      "q.contact_name, q.contact_function, q.contact_email, q.contact_phone, q.subject, t.request_text, "
      "q.language, q.confidentiality, q.priority, q.due_on, q.due_overridden, q.assigned_adviser_id, q.route, "
      "q.status, q.waiting_since, q.merged_into_id, q.created_at, q.updated_at, q.version, t.notes "
      "FROM queries q LEFT JOIN query_texts t ON t.query_id = q.id WHERE q.id = ?1";
const std::string kReadThemes
    = "SELECT qt.theme_id, th.name FROM query_themes qt JOIN themes th ON th.id = qt.theme_id "
      "WHERE qt.query_id = ?1 ORDER BY th.sort_order";
const std::string kReadArticles = "SELECT article FROM query_articles WHERE query_id = ?1 ORDER BY article";
const std::string kReadTimeline
    = "SELECT t.id, t.query_id, t.kind, t.occurred_at, t.recorded_at, t.adviser_id, a.name, t.field, t.old_value, "
      "t.new_value, t.summary, t.body, t.corrects_id, t.source_kind, t.source_id, t.data "
      "FROM timeline t LEFT JOIN advisers a ON a.id = t.adviser_id WHERE t.query_id = ?1 ORDER BY t.occurred_at, t.id";

// ---------------------------------------------------------------------------------------------
// Measurements

struct Row {
    QString operation;
    Stats ours;
    Stats direct;
    double targetMs = 0; // 0: no time target
    QString note;
};

std::vector<Row> g_rows;
bool g_mismatch = false;

// Runs both paths `runs` times, alternating which goes first so that neither always finds the
// other's pages in the cache, and checks that they return the same ids.
void measure(const QString& operation, int runs, double targetMs, const std::function<std::vector<qint64>()>& ours,
    const std::function<std::vector<qint64>()>& direct, const QString& note = {})
{
    std::vector<double> oursMs;
    std::vector<double> directMs;
    for (int run = 0; run < runs; ++run) {
        std::vector<qint64> a;
        std::vector<qint64> b;
        const auto timeOurs = [&] {
            QElapsedTimer timer;
            timer.start();
            a = ours();
            oursMs.push_back(elapsedMs(timer));
        };
        const auto timeDirect = [&] {
            QElapsedTimer timer;
            timer.start();
            b = direct();
            directMs.push_back(elapsedMs(timer));
        };
        if (run % 2 == 0) {
            timeOurs();
            timeDirect();
        } else {
            timeDirect();
            timeOurs();
        }
        // SQL pages fetch one row more than they show, to know whether another page follows.
        if (b.size() == a.size() + 1)
            b.pop_back();
        if (a != b) {
            g_mismatch = true;
            std::fprintf(stderr, "MISMATCH in %s: %zu rows from our layers, %zu directly\n",
                operation.toUtf8().constData(), a.size(), b.size());
        }
    }
    g_rows.push_back(Row { operation, stats(oursMs), stats(directMs), targetMs, note });
    std::fprintf(stderr, "  %-48s %8.1f ms (direct %8.1f ms)\n", operation.toUtf8().constData(),
        g_rows.back().ours.median, g_rows.back().direct.median);
}

std::vector<qint64> idsOf(const Result<QueryPage>& page)
{
    if (!page)
        die(page.error().message);
    std::vector<qint64> ids;
    for (const QueryRow& row : page->rows)
        ids.push_back(row.id);
    return ids;
}

// ---------------------------------------------------------------------------------------------
// Import through our layers and through plain prepared statements

struct ImportResult {
    double seconds = 0;
    std::vector<double> batchRates; // rows/s of each batch
};

// The same rows, the same statements as QueryService::createMany, with nothing in between.
class DirectImporter {
public:
    DirectImporter(Direct& db, std::vector<qint64> advisers) : m_db(db), m_advisers(std::move(advisers)) { }

    void insert(const std::vector<QueryService::Record>& records)
    {
        Direct& db = m_db;
        const auto text = [](const QString& value) { return value.toStdString(); };
        db.exec("BEGIN IMMEDIATE");
        std::vector<std::pair<qint64, std::size_t>> ftsOrder;
        for (const QueryService::Record& record : records) {
            const QueryInput& f = record.input;
            const int year = f.receivedOn.year();
            const int sequence = ++m_counters[year];
            const qint64 id = m_nextId++;
            const QDate due = f.dueOn.isSet() ? f.dueOn.date : m_calendar.defaultDueDate(f.receivedOn, f.priority);
            const qint64 docid = (QDate(2000, 1, 1).daysTo(f.receivedOn) << 32) | id;
            sqlite3_stmt* s = db.statement(kInsertQuery);
            db.bind(s,
                { id, text(QueryService::formatReference(year, sequence)), qint64 { year }, qint64 { sequence },
                    text(isoDate(f.receivedOn)), f.channelId, f.stateId });
            const auto optional = [s](int index, const std::optional<qint64>& value) {
                if (value)
                    sqlite3_bind_int64(s, index, *value);
                else
                    sqlite3_bind_null(s, index);
            };
            const auto bindText = [s](int index, const std::string& value) {
                sqlite3_bind_text(s, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
            };
            optional(8, f.institutionTypeId);
            bindText(9, text(f.institution.trimmed()));
            bindText(10, text(f.contact.name.trimmed()));
            bindText(11, text(f.contact.function.trimmed()));
            bindText(12, text(f.contact.email.trimmed()));
            bindText(13, text(f.contact.phone.trimmed()));
            bindText(14, text(f.subject.trimmed()));
            bindText(15, text(f.language));
            bindText(16, text(QueryText::code(f.confidentiality)));
            bindText(17, text(QueryText::code(f.priority)));
            bindText(18, text(isoDate(due)));
            sqlite3_bind_int64(s, 19, f.dueOn.isSet() ? 1 : 0);
            optional(20, f.assignedAdviserId);
            if (f.route)
                bindText(21, text(QueryText::code(*f.route)));
            else
                sqlite3_bind_null(s, 21);
            bindText(22, text(QueryText::code(record.status.value_or(QueryStatus::New))));
            sqlite3_bind_null(s, 23);
            sqlite3_bind_int64(s, 24, docid);
            bindText(25, kNow);
            sqlite3_bind_int64(s, 26, m_advisers.front());
            if (sqlite3_step(s) != SQLITE_DONE)
                die(QStringLiteral("direct insert failed"));
            sqlite3_reset(s);
            sqlite3_clear_bindings(s);
            db.run(kInsertTexts, { id, text(f.requestText), text(f.notes) });
            for (qint64 theme : f.themeIds)
                db.run(kInsertTheme, { id, theme });
            for (int article : f.articles)
                db.run(kInsertArticle, { id, qint64 { article } });
            db.run(kInsertEntry,
                { id, std::string("imported"), kNow, kNow, m_advisers.front(),
                    text(QStringLiteral("Imported as ") + QueryService::formatReference(year, sequence)),
                    std::string() });
            for (const NewEntry& entry : record.entries)
                db.run(kInsertEntry,
                    { id, text(TimelineText::code(entry.kind)), text(isoUtc(entry.occurredAtUtc)), kNow,
                        m_advisers.front(), text(entry.summary), text(entry.body) });
            ftsOrder.emplace_back(docid, static_cast<std::size_t>(&record - records.data()));
        }
        // In docid order, as createMany does (FTS4 flushes its pending terms when a docid drops).
        std::sort(ftsOrder.begin(), ftsOrder.end());
        for (const auto& [docid, index] : ftsOrder) {
            const QueryService::Record& record = records[index];
            const QueryInput& f = record.input;
            QString notes = f.notes;
            for (const NewEntry& entry : record.entries)
                notes += QLatin1Char('\n') + entry.summary + QLatin1Char('\n') + entry.body;
            db.run(kInsertFts,
                { docid, text(f.subject), text(f.requestText), text(f.institution),
                    text(f.contact.name + QLatin1Char(' ') + f.contact.function), text(notes) });
        }
        for (const auto& [year, last] : m_counters)
            db.run(kSaveCounter, { qint64 { year }, qint64 { last } });
        db.exec("COMMIT");
    }

private:
    static inline const std::string kNow = "2026-01-05T09:00:00Z";
    static inline const std::string kInsertQuery
        = "INSERT INTO queries(id, reference, ref_year, ref_seq, received_on, channel_id, state_id, "
          "institution_type_id, institution, contact_name, contact_function, contact_email, contact_phone, subject, "
          "language, confidentiality, priority, due_on, due_overridden, assigned_adviser_id, route, status, "
          "waiting_since, fts_docid, created_at, updated_at, created_by, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
          "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?25, ?26, 1)";
    static inline const std::string kInsertTexts
        = "INSERT INTO query_texts(query_id, request_text, notes) VALUES (?1, ?2, ?3)";
    static inline const std::string kInsertTheme
        = "INSERT OR IGNORE INTO query_themes(query_id, theme_id) VALUES (?1, ?2)";
    static inline const std::string kInsertArticle
        = "INSERT OR IGNORE INTO query_articles(query_id, article) VALUES (?1, ?2)";
    static inline const std::string kInsertEntry = "INSERT INTO timeline(query_id, kind, occurred_at, recorded_at, "
                                                   "adviser_id, summary, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
    static inline const std::string kInsertFts = "INSERT INTO query_fts(docid, subject, request, institution, "
                                                 "contacts, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
    static inline const std::string kSaveCounter
        = "INSERT OR REPLACE INTO reference_sequences(year, last_value) VALUES (?1, ?2)";

    Direct& m_db;
    std::vector<qint64> m_advisers;
    std::map<int, int> m_counters;
    qint64 m_nextId = 1;
    calendar::WorkingCalendar m_calendar;
};

// Imports the same generated batches through our layers (QueryService::createMany) into one
// vault and through plain prepared statements into another, batch by batch and alternating which
// goes first, so that both meet the same machine conditions. Only the inserts are timed.
void importBoth(Session& session, Direct& direct, int queries, int batch, ImportResult* ours, ImportResult* plain)
{
    demo::DemoDataOptions options;
    options.queries = queries;
    options.entriesPerQuery = 3;
    options.batchSize = batch;
    options.seed = 20260105;
    std::vector<qint64> advisers;
    for (const QString& name : demo::DemoDataGenerator::adviserNames(5)) {
        advisers.push_back(must(session.advisers().add(name), "adding an adviser").id);
        direct.run("INSERT INTO advisers(name, role, active, created_at) VALUES (?1, 'adviser', 1, "
                   "'2026-01-01T00:00:00Z')",
            { name.toStdString() });
    }
    if (!session.reloadReferenceData() || !session.setCurrentAdviser(advisers.front()))
        die(QStringLiteral("cannot set the adviser"));
    demo::DemoDataGenerator generator(session.lookup(), session.queries().today(), options);
    DirectImporter importer(direct, advisers);
    int round = 0;
    for (int done = 0; done < queries; done += batch, ++round) {
        const int count = std::min(batch, queries - done);
        const std::vector<QueryService::Record> records = generator.next(count, advisers);
        const auto timeOurs = [&] {
            QElapsedTimer timer;
            timer.start();
            must(session.queries().createMany(records, EntryKind::Imported), "createMany");
            const double seconds = elapsedMs(timer) / 1000.0;
            ours->seconds += seconds;
            ours->batchRates.push_back(count / seconds);
        };
        const auto timeDirect = [&] {
            QElapsedTimer timer;
            timer.start();
            importer.insert(records);
            const double seconds = elapsedMs(timer) / 1000.0;
            plain->seconds += seconds;
            plain->batchRates.push_back(count / seconds);
        };
        if (round % 2 == 0) {
            timeOurs();
            timeDirect();
        } else {
            timeDirect();
            timeOurs();
        }
        std::fprintf(stderr, "\r  %d of %d queries in each vault", done + count, queries);
    }
    std::fprintf(stderr, "\n");
}

double slowest(const std::vector<double>& rates)
{
    return rates.empty() ? 0 : *std::min_element(rates.begin(), rates.end());
}

} // namespace

int main(int argc, char** argv)
{
    platform::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("advicehub-bench-queries"));
    setProgramName("advicehub-bench-queries");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Benchmarks Advice Hub's queries on a vault of fictional queries; prints a Markdown table."));
    parser.addHelpOption();
    QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Number of queries (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each read (default 9)."),
        QStringLiteral("N"), QStringLiteral("9"));
    QCommandLineOption batchOption(QStringLiteral("batch"),
        QStringLiteral("Queries per import transaction (default 5000)."), QStringLiteral("N"), QStringLiteral("5000"));
    QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the two benchmark vaults (default: a temporary folder, removed at the end)."),
        QStringLiteral("DIR"));
    QCommandLineOption planOption(QStringLiteral("plans"), QStringLiteral("Print the query plans."));
    parser.addOptions({ queriesOption, runsOption, batchOption, dirOption, planOption });
    parser.process(app);
    const int queries = std::max(1, parser.value(queriesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int batch = std::max(1, parser.value(batchOption).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString oursPath = QDir(dir).filePath(QStringLiteral("bench-ours.ahv"));
    const QString directPath = QDir(dir).filePath(QStringLiteral("bench-direct.ahv"));
    QFile::remove(oursPath);
    QFile::remove(directPath);
    const SystemClock clock;
    const crypto::SecureBuffer passphrase = crypto::SecureBuffer::fromPassphrase(QStringLiteral("bench only 2026"));

    std::fprintf(stderr, "Creating two vaults of %d fictional queries (INSECURE testing key derivation)...\n", queries);
    // ---- Import
    crypto::SecureBuffer oursKey;
    ImportResult oursImport;
    ImportResult directImport;
    {
        auto other
            = must(Vault::create(directPath, passphrase, crypto::KdfProfile::insecureTesting()), "creating a vault");
        const crypto::SecureBuffer directKey = other->rawKeySpec();
        other->close(); // the direct connection writes alone
        auto vault
            = must(Vault::create(oursPath, passphrase, crypto::KdfProfile::insecureTesting()), "creating a vault");
        oursKey = vault->rawKeySpec();
        auto session = must(Session::open(std::move(vault), clock), "opening a session");
        Direct direct(directPath, directKey);
        importBoth(*session, direct, queries, batch, &oursImport, &directImport);
    }

    // ---- Reads on the vault our layers filled
    std::fprintf(stderr, "Reading (%d runs each)...\n", runs);
    const QueryFilter all;
    const QuerySort newestFirst;
    const char* desc = " DESC";
    const char* asc = " ASC";

    measure(
        QStringLiteral("open vault + first screen of All (100 rows)"), std::max(3, runs / 2), 100,
        [&] {
            auto vault = must(Vault::openWithKeySpec(oursPath, copyOf(oursKey)), "opening");
            auto session = must(Session::open(std::move(vault), clock), "session");
            return idsOf(session->search().page(all, newestFirst, std::nullopt, 100));
        },
        [&] {
            // What Vault::openWithKeySpec, Session::open (the reference data) and the first page
            // run, in that order.
            Direct db(oursPath, oursKey);
            db.rows("PRAGMA cipher_version", {});
            db.rows("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'", {});
            db.rows("SELECT value FROM meta WHERE key = 'schema_version'", {});
            db.rows("PRAGMA page_count", {});
            for (const char* sql : kReferenceSql)
                db.rows(sql, {});
            return db.rows(pageSql("", { "q.received_on", "q.id" }, desc), { qint64 { 101 } });
        },
        QStringLiteral("key derivation excluded (raw key)"));

    auto vault = must(Vault::openWithKeySpec(oursPath, copyOf(oursKey)), "opening");
    auto session = must(Session::open(std::move(vault), clock), "session");
    QuerySearch& search = session->search();
    Direct direct(oursPath, oursKey);
    const reference::ReferenceLookup& lookup = session->lookup();
    const qint64 africa = lookup.findRegion(QStringLiteral("Africa"))->id;
    const qint64 custody = lookup.findTheme(QStringLiteral("police_custody"))->id;

    measure(
        QStringLiteral("All, first 100 rows (warm)"), runs, 50,
        [&] { return idsOf(search.page(all, newestFirst, std::nullopt, 100)); },
        [&] {
            return direct.rows(pageSql("", { "q.received_on", "q.id" }, desc), { qint64 { 101 } });
        });

    QueryFilter byPriorityRegion;
    byPriorityRegion.priorities = { Priority::High };
    byPriorityRegion.regionIds = { africa };
    const std::string priorityRegionWhere
        = " AND (q.priority IN (?)) AND (q.state_id IN (SELECT id FROM states WHERE (region_id IN (?))))";
    measure(
        QStringLiteral("filter change: priority high + region Africa"), runs, 50,
        [&] { return idsOf(search.page(byPriorityRegion, newestFirst, std::nullopt, 100)); },
        [&] {
            return direct.rows(pageSql(priorityRegionWhere, { "q.received_on", "q.id" }, desc),
                { std::string("high"), africa, qint64 { 101 } });
        });

    QueryFilter byTheme;
    byTheme.themeIds = { custody };
    const std::string themeWhere = " AND (q.id IN (SELECT query_id FROM query_themes WHERE (theme_id IN (?))))";
    measure(
        QStringLiteral("filter change: theme police custody"), runs, 50,
        [&] { return idsOf(search.page(byTheme, newestFirst, std::nullopt, 100)); },
        [&] {
            return direct.rows(pageSql(themeWhere, { "q.received_on", "q.id" }, desc), { custody, qint64 { 101 } });
        });

    QueryFilter inProgress;
    inProgress.statuses = { QueryStatus::InProgress, QueryStatus::AwaitingRequester };
    const std::string statusWhere = " AND (q.status IN (?, ?))";
    measure(
        QStringLiteral("filter change: 2 statuses"), runs, 50,
        [&] { return idsOf(search.page(inProgress, newestFirst, std::nullopt, 100)); },
        [&] {
            return direct.rows(pageSql(statusWhere, { "q.received_on", "q.id" }, desc),
                { std::string("in_progress"), std::string("awaiting_requester"), qint64 { 101 } });
        });

    const QuerySort bySubject { SortColumn::Subject, Qt::AscendingOrder };
    measure(
        QStringLiteral("sort change: subject A-Z"), runs, 50,
        [&] { return idsOf(search.page(all, bySubject, std::nullopt, 100)); },
        [&] {
            return direct.rows(pageSql("", { "q.subject COLLATE NOCASE", "q.id" }, asc), { qint64 { 101 } });
        });

    const QuerySort byDue { SortColumn::Due, Qt::AscendingOrder };
    measure(
        QStringLiteral("sort change: due date"), runs, 50,
        [&] { return idsOf(search.page(all, byDue, std::nullopt, 100)); },
        [&] {
            return direct.rows(pageSql("", { "q.due_on", "q.id" }, asc), { qint64 { 101 } });
        });

    const QuerySort byState { SortColumn::State, Qt::AscendingOrder };
    measure(
        QStringLiteral("sort change: State"), runs, 50,
        [&] { return idsOf(search.page(all, byState, std::nullopt, 100)); },
        [&] {
            return direct.rows(pageSql("", { "q.state_id", "q.received_on", "q.id" }, asc), { qint64 { 101 } });
        });

    const QuerySort byAdviser { SortColumn::Adviser, Qt::AscendingOrder };
    measure(
        QStringLiteral("sort change: adviser"), runs, 50,
        [&] { return idsOf(search.page(all, byAdviser, std::nullopt, 100)); },
        [&] {
            // As QuerySearch reads it: adviser by adviser, in the order of their names.
            std::vector<qint64> ids;
            std::vector<qint64> advisers = direct.rows("SELECT id FROM advisers ORDER BY name COLLATE NOCASE, id", {});
            ids = direct.rows(
                pageSql(" AND (q.assigned_adviser_id IS NULL)", { "q.received_on", "q.id" }, asc), { qint64 { 101 } });
            for (qint64 adviser : advisers) {
                if (ids.size() > 100)
                    break;
                for (qint64 id :
                    direct.rows(pageSql(" AND (q.assigned_adviser_id = ?)", { "q.received_on", "q.id" }, asc),
                        { adviser, static_cast<qint64>(101 - ids.size()) }))
                    ids.push_back(id);
            }
            return ids;
        });

    for (const QString& word : { demo::DemoDataGenerator::commonWord(), demo::DemoDataGenerator::rareWord() }) {
        QueryFilter text;
        text.text = word;
        const std::string expression = QuerySearch::ftsExpression(word).toStdString();
        const qint64 matches = must(search.count(text), "count");
        measure(
            QStringLiteral("full-text \u201c%1\u201d, newest first, first 50").arg(word), runs, 30,
            [&] { return idsOf(search.page(text, newestFirst, std::nullopt, 50)); },
            [&] {
                return direct.rows(ftsPageSql(), { expression, qint64 { 51 } });
            },
            QStringLiteral("%1 matches").arg(matches));
    }

    const QList<qint64> someIds = must(search.ids(byTheme, newestFirst), "ids");
    const qint64 oneId = someIds.at(someIds.size() / 2);
    measure(
        QStringLiteral("open one query with its timeline"), runs, 50,
        [&] {
            Result<Query> query = session->queries().get(oneId);
            Result<std::vector<TimelineEntry>> timeline = session->queries().timeline(oneId);
            if (!query || !timeline)
                die(QStringLiteral("reading a query failed"));
            std::vector<qint64> ids { query->id };
            for (const TimelineEntry& entry : timeline.value())
                ids.push_back(entry.id);
            return ids;
        },
        [&] {
            std::vector<qint64> ids = direct.rows(kReadQuery, { oneId });
            direct.rows(kReadThemes, { oneId });
            direct.rows(kReadArticles, { oneId });
            for (qint64 entry : direct.rows(kReadTimeline, { oneId }))
                ids.push_back(entry);
            return ids;
        });

    measure(
        QStringLiteral("count of the All view (status bar)"), runs, 50,
        [&] { return std::vector<qint64> { must(search.count(all), "count") }; },
        [&] { return direct.rows("SELECT count(*) FROM queries q WHERE (q.merged_into_id IS NULL)", {}); });

    if (parser.isSet(planOption)) {
        out() << "\nQuery plans:\n";
        const auto plan = [&](const char* name, const std::string& sql, const std::vector<Value>& values) {
            out() << "  " << name << ":\n";
            for (const QString& line : direct.plan(sql, values))
                out() << "      " << line << '\n';
        };
        plan("All", pageSql("", { "q.received_on", "q.id" }, desc), { qint64 { 101 } });
        plan("priority + region", pageSql(priorityRegionWhere, { "q.received_on", "q.id" }, desc),
            { std::string("high"), africa, qint64 { 101 } });
        plan("theme", pageSql(themeWhere, { "q.received_on", "q.id" }, desc), { custody, qint64 { 101 } });
        plan("statuses", pageSql(statusWhere, { "q.received_on", "q.id" }, desc),
            { std::string("in_progress"), std::string("awaiting_requester"), qint64 { 101 } });
        plan("subject", pageSql("", { "q.subject COLLATE NOCASE", "q.id" }, asc), { qint64 { 101 } });
        plan("due", pageSql("", { "q.due_on", "q.id" }, asc), { qint64 { 101 } });
        plan("full text", ftsPageSql(), { std::string("\"convention\""), qint64 { 51 } });
    }

    // ---- The table
    const double oursRate = queries / oursImport.seconds;
    const double directRate = queries / directImport.seconds;
    const Stats oursBatches = stats(oursImport.batchRates);
    const Stats directBatches = stats(directImport.batchRates);
    const double peak = peakMemoryMiB();
    const QString vaultSize = number(QFileInfo(oursPath).size() / 1048576.0, 0);

    out() << "\nAdvice Hub query benchmark: " << queries << " fictional queries (about 1 KB of request text and 3 "
          << "logged timeline entries each), vault " << vaultSize << " MiB, SQLCipher "
          << QString::fromUtf8(sqlite3_libversion()) << ", " << runs
          << " runs per read.\nINSECURE testing key-derivation profile; key derivation excluded from "
          << "every time.\n\n";
    out() << "| operation | our layers: median | worst | direct SQL: median | worst | ratio | target | met |\n"
          << "|---|---:|---:|---:|---:|---:|---:|:---:|\n";
    const bool importOk = oursRate >= 0.9 * directRate;
    out() << "| bulk import (createMany, " << batch << " per transaction) | " << number(oursBatches.median, 0)
          << " rows/s | " << number(slowest(oursImport.batchRates), 0) << " rows/s | "
          << number(directBatches.median, 0) << " rows/s | " << number(slowest(directImport.batchRates), 0)
          << " rows/s | " << number(oursRate / directRate * 100, 0) << " % | \u2265 90 % | "
          << (importOk ? "yes" : "**no**") << " |\n";
    bool allOk = importOk;
    for (const Row& row : g_rows) {
        const double ratio = row.direct.median > 0 ? row.ours.median / row.direct.median : 0;
        const bool timeOk = row.targetMs <= 0 || row.ours.median <= row.targetMs;
        const bool ratioOk = ratio <= 1.5;
        allOk = allOk && timeOk && ratioOk;
        out() << "| " << row.operation
              << (row.note.isEmpty() ? QString() : QStringLiteral(" (") + row.note + QLatin1Char(')')) << " | "
              << number(row.ours.median, 2) << " ms | " << number(row.ours.worst, 2) << " ms | "
              << number(row.direct.median, 2) << " ms | " << number(row.direct.worst, 2) << " ms | " << number(ratio, 2)
              << "\u00d7 | \u2264 " << number(row.targetMs, 0) << " ms, \u2264 1.5\u00d7 | "
              << (timeOk && ratioOk ? "yes" : "**no**") << " |\n";
    }
    const bool memoryOk = peak > 0 && peak <= 200;
    allOk = allOk && memoryOk;
    out() << "| peak memory of the process (VmHWM, whole run) | " << number(peak, 0)
          << " MiB | | | | | \u2264 200 MiB | " << (memoryOk ? "yes" : "**no**") << " |\n";
    out() << "\nWhole import: our layers " << number(oursImport.seconds, 1) << " s (" << number(oursRate, 0)
          << " rows/s), direct " << number(directImport.seconds, 1) << " s (" << number(directRate, 0) << " rows/s).\n";
    if (g_mismatch)
        out() << "\nWARNING: the direct SQL and our layers returned different rows for some operation (see above).\n";
    out() << (allOk && !g_mismatch ? "\nEvery target met.\n" : "\nSome targets were missed.\n");
    out().flush();
    return 0;
}
