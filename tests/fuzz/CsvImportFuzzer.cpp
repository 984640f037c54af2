// libFuzzer target: the CSV importer (core/queries/QueryCsv), on bytes as a user's spreadsheet
// program might have saved them. Every input is imported for real into a vault (validation,
// then the one transaction that writes all rows or none), and its header is read the way the
// desktop application's column-mapping dialog reads it. Any crash, sanitizer report, uncaught
// exception or broken invariant below is a finding; the finding becomes a regression test in
// tests/core/QueryCsvTest.cpp (see docs/SECURITY.md, "Fuzzing").
#include "common/Clock.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "queries/QueryCsv.h"
#include "session/Session.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace advicehub;

namespace {

struct Fixture {
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Session> session;
    int vaults = 0;

    // A fresh vault with one adviser (imports are recorded with one). Vaults are replaced
    // now and then, so that accepted imports do not make every later run slower.
    void renew()
    {
        session.reset();
        const QString path = dir.filePath(QStringLiteral("fuzz-%1.ahv").arg(++vaults));
        QFile::remove(dir.filePath(QStringLiteral("fuzz-%1.ahv").arg(vaults - 1)));
        const crypto::SecureBuffer passphrase
            = crypto::SecureBuffer::fromPassphrase(QStringLiteral("amber kettle violin orbit 42"));
        Result<std::unique_ptr<Vault>> vault = Vault::create(path, passphrase, crypto::KdfProfile::insecureTesting());
        if (!vault)
            fail("cannot create the vault", vault.error().message);
        Result<std::unique_ptr<Session>> opened = Session::open(std::move(vault).value(), clock);
        if (!opened)
            fail("cannot open the session", opened.error().message);
        session = std::move(opened).value();
        Result<advisers::Adviser> adviser = session->advisers().add(QStringLiteral("Amara Quillfeather"));
        if (!adviser || !session->setCurrentAdviser(adviser->id))
            fail("cannot add the adviser", QString());
        if (!session->reloadReferenceData())
            fail("cannot reload the reference data", QString());
    }

    [[noreturn]] static void fail(const char* what, const QString& message)
    {
        std::fprintf(stderr, "CsvImportFuzzer: %s: %s\n", what, qPrintable(message));
        std::abort();
    }
};

Fixture* g_fixture = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    g_fixture = new Fixture;
    if (!g_fixture->dir.isValid())
        Fixture::fail("no temporary folder", QString());
    g_fixture->renew();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray csv(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    Session& session = *g_fixture->session;
    const qint64 before = session.vault().connection().queryInt("SELECT count(*) FROM queries");

    queries::QueryCsv importer(session.queries(), session.search(), session.lookup(), session.caseSummaries());
    Result<queries::ImportReport> report = importer.importData(csv);
    const qint64 after = session.vault().connection().queryInt("SELECT count(*) FROM queries");
    // All or nothing: a rejected file adds no query, an accepted one adds one per row.
    if (!report || !report->accepted()) {
        if (after != before)
            Fixture::fail("a rejected import changed the vault", QString::number(after - before));
    } else if (after - before != static_cast<qint64>(report->importedIds.size())
        || static_cast<int>(report->importedIds.size()) != report->rows) {
        Fixture::fail("an accepted import wrote a different number of queries than it read", QString());
    }
    if (report)
        (void)report->lines(); // the messages a user reads

    // The header, as the column-mapping dialog reads it from the file.
    const QString path = g_fixture->dir.filePath(QStringLiteral("input.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(csv);
        file.close();
        (void)queries::QueryCsv::readHeader(path);
    }

    if (after > 20000)
        g_fixture->renew();
    return 0;
}
