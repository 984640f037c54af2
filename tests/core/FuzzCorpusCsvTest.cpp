// The CSV fuzz target's seed corpus (tests/fuzz/corpus/csv), replayed in the normal suite: every
// build (and the ASan build) checks that each input imports all of its rows or none and never
// crashes, without needing clang. Inputs that once broke the importer are kept in the corpus.
#include "QueryFixture.h"
#include "queries/QueryCsv.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace fuzz_corpus_csv_test {

using namespace advicehub;
using namespace advicehub::queries;

TEST_CASE("every input of the CSV fuzz corpus imports all of its rows or none")
{
    test::QueryFixture f;
    QueryCsv csv(*f.service, *f.search, *f.lookup, f.session->caseSummaries());
    const QDir corpus(QStringLiteral(ADVICEHUB_SOURCE_DIR "/tests/fuzz/corpus/csv"));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 10);
    for (const QString& name : files) {
        INFO(name.toStdString());
        const QByteArray data = test::readFile(corpus.filePath(name));
        const qint64 before = f.vault->connection().queryInt("SELECT count(*) FROM queries");
        Result<ImportReport> report = csv.importData(data);
        const qint64 after = f.vault->connection().queryInt("SELECT count(*) FROM queries");
        REQUIRE(report.ok());
        (void)report->lines();
        if (report->accepted()) {
            CHECK(after - before == static_cast<qint64>(report->importedIds.size()));
            CHECK(static_cast<int>(report->importedIds.size()) == report->rows);
        } else {
            CHECK(after == before);
        }
        // The seeds say what they are.
        if (name.startsWith(QLatin1String("valid-")))
            CHECK(report->accepted());
        if (name.startsWith(QLatin1String("bad-")))
            CHECK_FALSE(report->accepted());
        CHECK(QueryCsv::readHeader(corpus.filePath(name)).ok() == !data.trimmed().isEmpty());
    }
    CHECK(f.vault->checkIntegrity()->isEmpty());
}

} // namespace fuzz_corpus_csv_test
