// advicehub-bench-attachments: how attachments (issue 12) perform.
//  1. Adding a large file of random bytes (nothing to extract) through AttachmentService::addFile
//     (read in 256 KiB chunks, each hashed and written, one transaction), median of --runs runs,
//     against the raw SQLCipher write rate measured in the same run: the same file's bytes, read
//     256 KiB at a time and inserted as blobs in one transaction into an equally keyed vault
//     (DirectSql.h: the C API with nothing in between, set up as every vault connection is).
//  2. The peak memory of the add (VmHWM, reset through /proc/self/clear_refs before each add)
//     above the resident size before it, against the file's size: streaming must not hold it.
//  3. The query list, a filter and a full-text search on a vault of --queries queries without
//     attachments, against the same vault (a copy of the file) with --volume-mb of attachments.
// Not a test: it prints Markdown tables (docs/PERFORMANCE.md has the numbers and the command).

#include "BenchSupport.h"
#include "DirectSql.h"

#include "attachments/AttachmentService.h"
#include "common/Clock.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "demo/DemoDataGenerator.h"
#include "queries/QuerySearch.h"
#include "session/Session.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace advicehub;
using namespace advicehub::bench;

namespace {

const char* const kPassphrase = "bench only 2026";

// A file of `bytes` random bytes, its first 8 bytes `tag` (so that each run's file is new to
// the duplicate check).
void writeRandomFile(const QString& path, qint64 bytes, quint64 tag)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(path));
    QRandomGenerator random(static_cast<quint32>(tag * 7919 + 17));
    QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
    qint64 left = bytes;
    bool first = true;
    while (left > 0) {
        random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        if (first) {
            std::memcpy(block.data(), &tag, sizeof tag);
            first = false;
        }
        const qint64 n = std::min<qint64>(left, block.size());
        if (file.write(block.constData(), n) != n)
            die(QStringLiteral("cannot write %1 (disk full?)").arg(path));
        left -= n;
    }
}

// A field of /proc/self/status in KiB (VmRSS, VmHWM).
qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current resident size (Linux 4.0+). False where it cannot.
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

double megabytes(qint64 bytes)
{
    return static_cast<double>(bytes) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setProgramName("advicehub-bench-attachments");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks Advice Hub's attachments; prints tables."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size-mb"),
        QStringLiteral("Size of the added file in MB (default 100)."), QStringLiteral("MB"), QStringLiteral("100"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measure (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
        QStringLiteral("Queries in the list/search vault (default 10000)."), QStringLiteral("N"),
        QStringLiteral("10000"));
    const QCommandLineOption volumeOption(QStringLiteral("volume-mb"),
        QStringLiteral("Attachments added to the list/search vault, in MB (default 500; the issue's figure is 10000)."),
        QStringLiteral("MB"), QStringLiteral("500"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the vaults and files (default: a temporary folder)."), QStringLiteral("DIR"));
    parser.addOptions({ sizeOption, runsOption, queriesOption, volumeOption, dirOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const qint64 size = std::max<qint64>(1, parser.value(sizeOption).toLongLong()) * 1000 * 1000;
    const int queryCount = std::max(10, parser.value(queriesOption).toInt());
    const qint64 volume = std::max<qint64>(0, parser.value(volumeOption).toLongLong()) * 1000 * 1000;

    QTemporaryDir temporary;
    const QString dir = parser.value(dirOption).isEmpty() ? temporary.path() : parser.value(dirOption);
    QDir().mkpath(dir);
    const auto at = [&dir](const char* name) { return QDir(dir).filePath(QString::fromLatin1(name)); };
    const SystemClock clock;

    // ---- 1 and 2: adding a large file, against raw SQLCipher blob inserts.
    std::fprintf(stderr, "Vaults for the add (INSECURE testing key derivation; excluded from every time)...\n");
    QFile::remove(at("bench-add.ahv"));
    QFile::remove(at("bench-raw.ahv"));
    auto vault = must(
        Vault::create(at("bench-add.ahv"), crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(kPassphrase)),
            crypto::KdfProfile::insecureTesting()),
        "creating a vault");
    auto session = must(Session::open(std::move(vault), clock), "opening a session");
    const advisers::Adviser adviser
        = must(session->advisers().add(QStringLiteral("Bench Adviser")), "adding an adviser");
    must(session->setCurrentAdviser(adviser.id), "choosing the adviser");
    demo::DemoDataOptions few;
    few.queries = 10;
    must(demo::DemoDataGenerator::populate(session->queries(), session->advisers(), session->lookup(), few),
        "generating queries");
    const qint64 queryId = must(session->search().page({}, {}, std::nullopt, 1), "listing").rows.at(0).id;
    session->attachments().setMaxBytes(attachments::kMaxMaxBytes);
    {
        auto raw = must(
            Vault::create(at("bench-raw.ahv"), crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(kPassphrase)),
                crypto::KdfProfile::insecureTesting()),
            "creating the raw vault");
        const crypto::SecureBuffer key = raw->rawKeySpec();
        raw.reset();
        Direct direct(at("bench-raw.ahv"), key);
        direct.exec("CREATE TABLE blobs(id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
    }
    auto rawVault
        = must(Vault::open(at("bench-raw.ahv"), crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(kPassphrase))),
            "opening the raw vault");
    Direct direct(at("bench-raw.ahv"), rawVault->rawKeySpec());
    rawVault.reset();

    std::vector<double> oursSeconds;
    std::vector<double> rawSeconds;
    std::vector<double> peakAboveMb;
    bool peakMeasured = true;
    const QString file = at("bench-file.bin");
    for (int run = 0; run < runs; ++run) {
        std::fprintf(stderr, "  add run %d of %d...\n", run + 1, runs);
        writeRandomFile(file, size, static_cast<quint64>(run) + 1);
        // Alternating which goes first: the page cache holds the file for both.
        const auto measureOurs = [&] {
            peakMeasured = resetPeak() && peakMeasured;
            const qint64 before = statusKiB("VmRSS");
            QElapsedTimer timer;
            timer.start();
            const attachments::Attachment added
                = must(session->attachments().addFile(queryId, file, {}), "adding the file");
            oursSeconds.push_back(elapsedMs(timer) / 1000.0);
            peakAboveMb.push_back(static_cast<double>(statusKiB("VmHWM") - before) * 1024 / 1e6);
            must(session->attachments().remove(added.id), "removing it again");
        };
        const auto measureRaw = [&] {
            QFile source(file);
            if (!source.open(QIODevice::ReadOnly))
                die(QStringLiteral("cannot read %1").arg(file));
            QElapsedTimer timer;
            timer.start();
            direct.exec("BEGIN IMMEDIATE");
            sqlite3_stmt* insert = direct.statement("INSERT INTO blobs(data) VALUES (?1)");
            QByteArray chunk;
            while (!(chunk = source.read(attachments::kChunkBytes)).isEmpty()) {
                sqlite3_reset(insert);
                sqlite3_bind_blob(insert, 1, chunk.constData(), static_cast<int>(chunk.size()), SQLITE_TRANSIENT);
                if (sqlite3_step(insert) != SQLITE_DONE)
                    die(QStringLiteral("raw insert failed"));
            }
            direct.exec("COMMIT");
            rawSeconds.push_back(elapsedMs(timer) / 1000.0);
            direct.exec("DELETE FROM blobs");
        };
        if (run % 2 == 0) {
            measureOurs();
            measureRaw();
        } else {
            measureRaw();
            measureOurs();
        }
    }
    QFile::remove(file);
    const Stats ours = stats(oursSeconds);
    const Stats raw = stats(rawSeconds);
    const Stats peak = stats(peakAboveMb);

    out() << "Advice Hub attachment benchmark: adding a " << number(megabytes(size), 0)
          << " MB file of random bytes (no text to extract), median of " << runs << " runs, SQLCipher "
          << session->vault().info().cipherVersion << ".\nINSECURE testing key-derivation profile; key derivation "
          << "excluded from every time.\n\n"
          << "| Operation | Median (worst) | Rate | Raw SQLCipher, same run: median (worst) | Rate | Ours, % of raw "
             "rate |\n"
          << "|---|---|---|---|---|---|\n"
          << "| add " << number(megabytes(size), 0) << " MB (AttachmentService::addFile: read, SHA-256 per chunk and "
          << "whole, libmagic, one transaction) | " << number(ours.median) << " s (" << number(ours.worst) << " s) | "
          << number(megabytes(size) / ours.median, 1)
          << " MB/s | 256 KiB blobs inserted in one transaction: " << number(raw.median) << " s (" << number(raw.worst)
          << " s) | " << number(megabytes(size) / raw.median, 1) << " MB/s | "
          << number(100.0 * raw.median / ours.median, 0) << " % |\n\n";
    out() << "| Peak memory of the add (VmHWM above the resident size before it) | Median (worst) | File size |\n"
          << "|---|---|---|\n"
          << "| add " << number(megabytes(size), 0) << " MB | "
          << (peakMeasured
                     ? number(peak.median, 1) + QStringLiteral(" MB (") + number(peak.worst, 1) + QStringLiteral(" MB)")
                     : QStringLiteral("not measured (/proc/self/clear_refs not writable)"))
          << " | " << number(megabytes(size), 0) << " MB |\n\n";
    out().flush();
    session.reset();

    // ---- 3: the query list, a filter and a search, without and with a volume of attachments.
    std::fprintf(stderr, "A vault of %d fictional queries...\n", queryCount);
    QFile::remove(at("bench-list.ahv"));
    QFile::remove(at("bench-list-without.ahv"));
    {
        auto listVault = must(
            Vault::create(at("bench-list.ahv"), crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(kPassphrase)),
                crypto::KdfProfile::insecureTesting()),
            "creating a vault");
        auto listSession = must(Session::open(std::move(listVault), clock), "opening a session");
        demo::DemoDataOptions options;
        options.queries = queryCount;
        options.batchSize = 5000;
        options.entriesPerQuery = 1;
        must(demo::DemoDataGenerator::populate(
                 listSession->queries(), listSession->advisers(), listSession->lookup(), options),
            "generating queries");
    }
    if (!QFile::copy(at("bench-list.ahv"), at("bench-list-without.ahv")))
        die(QStringLiteral("could not copy the vault"));
    auto with = must(Session::open(must(Vault::open(at("bench-list.ahv"),
                                            crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(kPassphrase))),
                                       "opening the vault"),
                         clock),
        "opening its session");
    auto without = must(Session::open(must(Vault::open(at("bench-list-without.ahv"),
                                               crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(kPassphrase))),
                                          "opening the copy"),
                            clock),
        "opening its session");
    must(with->setCurrentAdviser(must(with->advisers().add(QStringLiteral("Bench Adviser")), "adviser").id),
        "choosing the adviser");
    with->attachments().setMaxBytes(attachments::kMaxMaxBytes);
    // The volume in files of up to 250 MB, each on another query (spread over the vault).
    std::vector<qint64> ids;
    {
        queries::QueryFilter all;
        std::optional<queries::PageCursor> cursor;
        do {
            queries::QueryPage page = must(with->search().page(all, {}, cursor, 1000), "listing");
            for (const queries::QueryRow& row : page.rows)
                ids.push_back(row.id);
            cursor = page.next;
        } while (cursor);
    }
    qint64 attached = 0;
    int files = 0;
    while (attached < volume) {
        const qint64 bytes = std::min<qint64>(volume - attached, 250LL * 1000 * 1000);
        writeRandomFile(file, bytes, 1000 + static_cast<quint64>(files));
        const qint64 target = ids.at((static_cast<std::size_t>(files) * 7919) % ids.size());
        must(with->attachments().addFile(target, file, {}), "adding a file to the volume");
        attached += bytes;
        ++files;
        std::fprintf(stderr, "  %lld of %lld MB attached\n", static_cast<long long>(attached / 1000000),
            static_cast<long long>(volume / 1000000));
    }
    QFile::remove(file);

    Table table;
    queries::QueryFilter listAll;
    queries::QuerySort newestFirst;
    queries::QueryFilter filtered;
    filtered.statuses = { queries::QueryStatus::New, queries::QueryStatus::InProgress };
    queries::QueryFilter searched;
    searched.text = demo::DemoDataGenerator::commonWord();
    queries::QueryFilter rare;
    rare.text = demo::DemoDataGenerator::rareWord();
    const auto page = [](Session& on, const queries::QueryFilter& filter, const queries::QuerySort& sort) {
        (void)must(on.search().page(filter, sort, std::nullopt, 100), "listing").rows.size();
    };
    const QString baseline = QStringLiteral("the same on the vault without attachments");
    const QString suffix
        = QStringLiteral(", %1 queries + %2 MB in %3 attachments").arg(queryCount).arg(attached / 1000000).arg(files);
    table.measure(
        QStringLiteral("query list, newest first, first 100") + suffix, runs, 100,
        [&] { page(*with, listAll, newestFirst); }, baseline, [&] { page(*without, listAll, newestFirst); });
    table.measure(
        QStringLiteral("filter status new or in_progress, first 100") + suffix, runs, 100,
        [&] { page(*with, filtered, newestFirst); }, baseline, [&] { page(*without, filtered, newestFirst); });
    table.measure(
        QStringLiteral("full-text search \"%1\", first 100").arg(searched.text) + suffix, runs, 300,
        [&] { page(*with, searched, newestFirst); }, baseline, [&] { page(*without, searched, newestFirst); });
    table.measure(
        QStringLiteral("full-text search \"%1\", first 100").arg(rare.text) + suffix, runs, 100,
        [&] { page(*with, rare, newestFirst); }, baseline, [&] { page(*without, rare, newestFirst); });
    out() << "Vault with attachments: " << number(megabytes(QFileInfo(at("bench-list.ahv")).size()), 0)
          << " MB; without: " << number(megabytes(QFileInfo(at("bench-list-without.ahv")).size()), 0) << " MB.\n\n";
    const bool met = table.print(QStringLiteral("Query list and search with and without attachments"));
    with.reset();
    without.reset();
    for (const char* name : { "bench-add.ahv", "bench-raw.ahv", "bench-list.ahv", "bench-list-without.ahv" })
        QFile::remove(at(name));
    return met ? 0 : 1;
}
