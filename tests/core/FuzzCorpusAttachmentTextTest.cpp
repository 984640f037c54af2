// The attachment-text fuzz target's seed corpus (tests/fuzz/corpus/attachment-text), replayed in
// the normal suite: every build (and the ASan build) checks the fuzz target's promises on each
// seed (AttachmentTextFuzzing.h) without needing clang, and that each seed gives the outcome its
// name says (text-, failed-, unsupported-). Inputs that once broke an extractor are kept in the
// corpus. The seeds are made by tests/fuzz/make-attachment-text-corpus.py.
#include "../fuzz/AttachmentTextFuzzing.h" // the fuzz target's checks
#include "TestSupport.h"
#include "attachments/TextExtraction.h"

#include <catch2/catch.hpp>

#include <QDir>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace fuzz_corpus_attachment_text_test {

using namespace advicehub;
using namespace advicehub::attachments;

namespace {

const QDir& corpus()
{
    static const QDir directory(QStringLiteral(ADVICEHUB_SOURCE_DIR "/tests/fuzz/corpus/attachment-text"));
    return directory;
}

ExtractedText replay(const QString& name)
{
    const QByteArray input = test::readFile(corpus().filePath(name));
    REQUIRE_FALSE(input.isEmpty());
    const TextExtractors extractors;
    return extractors.extract(input.mid(1), fuzzing::attachmentFuzzMediaType(static_cast<unsigned char>(input.at(0))));
}

} // namespace

TEST_CASE("every seed of the attachment-text fuzz corpus keeps the extractors' promises and gives the "
          "outcome its name says")
{
    const QStringList files = corpus().entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 20);
    for (const QString& name : files) {
        INFO(name.toStdString());
        const QByteArray input = test::readFile(corpus().filePath(name));
        REQUIRE_FALSE(input.isEmpty());
        const QString type = fuzzing::attachmentFuzzMediaType(static_cast<unsigned char>(input.at(0)));
        const ExtractedText result = TextExtractors().extract(input.mid(1), type);
        const char* violation = fuzzing::attachmentTextViolation(result, type);
        CHECK(violation == nullptr);
        if (name.startsWith(QLatin1String("text-")))
            CHECK(result.outcome == ExtractionOutcome::Text);
        else if (name.startsWith(QLatin1String("failed-")))
            CHECK(result.outcome == ExtractionOutcome::Failed);
        else
            CHECK(result.outcome == ExtractionOutcome::Unsupported);
    }
}

TEST_CASE("the corpus's documents give their words")
{
    CHECK(replay(QStringLiteral("text-plain-utf8")).text
        == QStringLiteral("Côte d’Ivoire: the Zorvex custody registers\nسجلات الاحتجاز"));
    CHECK(replay(QStringLiteral("text-plain-utf8-bom")).text == QStringLiteral("État partie\nsecond line"));
    CHECK(replay(QStringLiteral("text-plain-utf16le")).text == QStringLiteral("UTF-16 text: État partie"));
    CHECK(replay(QStringLiteral("text-plain-utf16be")).text == QStringLiteral("UTF-16 big endian"));
    CHECK(replay(QStringLiteral("text-plain-latin1")).text == QStringLiteral("Côte d'Ivoire, état partie"));
    CHECK(replay(QStringLiteral("text-docx-basic")).text
        == QStringLiteral("Draft law on the Zorvex registers\ntabbed\nbroken\nA footnote"));
    CHECK(replay(QStringLiteral("text-odt-basic")).text
        == QStringLiteral("Draft law on the Zorvex registers\nCôte d’Ivoire tabbed\nnext line"));
    CHECK(replay(QStringLiteral("text-zip-docx")).text == QStringLiteral("sniffed DOCX"));
    CHECK(replay(QStringLiteral("text-zip-odt")).text == QStringLiteral("sniffed ODT"));
    CHECK(replay(QStringLiteral("failed-odt-encrypted")).reason.contains(QLatin1String("password")));
    CHECK(replay(QStringLiteral("failed-docx-lying-bomb")).reason.contains(QLatin1String("64 MiB")));
    CHECK_FALSE(replay(QStringLiteral("failed-docx-external-entity")).reason.contains(QLatin1String("root:")));
}

} // namespace fuzz_corpus_attachment_text_test
