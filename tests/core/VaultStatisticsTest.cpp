// What Vault Information shows about a vault's content, read through the core (VaultStatistics)
// rather than by SQL in the UI: the figures, and a clear error instead of an exception.
#include "vault/VaultStatistics.h"
#include "TestSupport.h"
#include "db/Connection.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <vector>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace vault_statistics_test {

using namespace advicehub;

namespace {

// The rows of a shipped reference table (resources/reference/NAME.tsv), header excluded, where
// `column` (if given) holds `value`: what a new vault is seeded with, counted independently of
// the seeder.
qint64 shippedRows(const char* name, int column = -1, const QString& value = {})
{
    QFile file(QStringLiteral(ADVICEHUB_SOURCE_DIR "/resources/reference/%1.tsv").arg(QLatin1String(name)));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    file.readLine(); // the header
    qint64 rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.isEmpty())
            continue;
        if (column < 0 || line.split(QLatin1Char('\t')).value(column) == value)
            ++rows;
    }
    return rows;
}

} // namespace

TEST_CASE("vault statistics count the reference data a vault holds")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.ahv"));
    auto vault = test::createVault(path);
    const QByteArray before = test::fileDigest(path);

    const Result<ReferenceDataCounts> counts = VaultStatistics(*vault).referenceData();
    REQUIRE(counts.ok());
    CHECK(counts->states == shippedRows("states"));
    CHECK(counts->states == 195); // 193 UN members and 2 observer States
    CHECK(counts->coreStates == shippedRows("states", 5, QStringLiteral("1")));
    CHECK(counts->coreStates > 0);
    CHECK(counts->coreStates < counts->states);
    CHECK(counts->themes == shippedRows("themes"));
    CHECK(counts->channels == shippedRows("channels"));
    CHECK(counts->uncatArticles == shippedRows("uncat_articles"));
    CHECK(counts->partners == shippedRows("partners"));
    CHECK(counts->partners > 0);
    // Asking only reads.
    CHECK(test::fileDigest(path) == before);

    SECTION("the figures follow the vault's content")
    {
        vault->connection().execute(
            "INSERT INTO partners(name, type) VALUES ('Fictional Partner for the statistics test', 'ngo')");
        const Result<ReferenceDataCounts> after = VaultStatistics(*vault).referenceData();
        REQUIRE(after.ok());
        CHECK(after->partners == counts->partners + 1);
        CHECK(after->states == counts->states);
    }
}

TEST_CASE("vault statistics report a damaged table as an error, not an exception")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.ahv"));
    std::vector<qint64> pages;
    int pageSize = 0;
    {
        auto vault = test::createVault(path);
        pageSize = vault->info().pageSize;
        // Every page of the partners table and its indexes (count(*) may read either).
        db::Statement s = vault->connection().prepare(
            "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'partners' AND rootpage > 0");
        while (s.step())
            pages.push_back(s.int64(0));
    }
    REQUIRE_FALSE(pages.empty());
    REQUIRE(pageSize > 0);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        for (const qint64 page : pages) {
            // The middle of the page: its authentication (HMAC) no longer matches.
            REQUIRE(file.seek((page - 1) * pageSize + pageSize / 2));
            REQUIRE(file.write(QByteArray(16, '\x5a')) == 16);
        }
    }
    auto vault = test::openVault(path);
    const Result<ReferenceDataCounts> counts = VaultStatistics(*vault).referenceData();
    REQUIRE_FALSE(counts.ok());
    CHECK(counts.error().code == ErrorCode::Damaged);
}

} // namespace vault_statistics_test
