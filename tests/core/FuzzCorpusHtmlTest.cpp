// The HTML sanitiser fuzz target's seed corpus (tests/fuzz/corpus/html), replayed in the normal
// suite: every build (and the ASan build) checks the fuzz target's invariants on each seed —
// refused only with a clear InvalidInput error, no script, handler or javascript: address in the
// output, the output a fixed point — without needing clang. Inputs that once broke the
// sanitiser are kept in the corpus.
#include "SanitisedHtmlCheck.h"
#include "TestSupport.h"
#include "drafts/HtmlSanitizer.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRegularExpression>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace fuzz_corpus_html_test {

using namespace advicehub;
using namespace advicehub::drafts;

TEST_CASE("every input of the HTML fuzz corpus is cleaned to a safe fixed point, or refused clearly")
{
    const QDir corpus(QStringLiteral(ADVICEHUB_SOURCE_DIR "/tests/fuzz/corpus/html"));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 25);
    int refused = 0;
    for (const QString& name : files) {
        INFO(name.toStdString());
        const QByteArray data = test::readFile(corpus.filePath(name));
        Result<SanitisedHtml> result = HtmlSanitizer::sanitiseBytes(data);
        // The seeds say what they are.
        CHECK(result.ok() == !name.startsWith(QLatin1String("refused-")));
        if (!result) {
            CHECK(result.code() == ErrorCode::InvalidInput);
            CHECK_FALSE(result.error().message.isEmpty());
            ++refused;
            continue;
        }
        // The fuzz target's own check; a finding shows what was wrong and in which output.
        const QString unsafe = test::unsafeInSanitisedHtml(result->html);
        INFO((unsafe.isEmpty() ? QString() : result->html).toUtf8().toPercentEncoding("<>=\"/:. ").toStdString());
        CHECK(unsafe.toStdString() == std::string());
        CHECK(result->wordCount == HtmlSanitizer::countWords(result->text));
        Result<SanitisedHtml> again = HtmlSanitizer::sanitise(result->html);
        REQUIRE(again.ok());
        CHECK(again->html == result->html);
        CHECK(again->text == result->text);
        CHECK(again->removed.isEmpty());
        if (!data.trimmed().isEmpty() && !name.startsWith(QLatin1String("empty")))
            CHECK(result->wordCount > 0);
    }
    CHECK(refused == 2);
}

TEST_CASE("the check shared with the fuzz target finds what must never survive, and only that")
{
    for (const char* unsafe : { R"x(<p><a href="javascript:alert(1)">x</a></p>)x",
             R"x(<p><a href=" JavaScript:x">x</a></p>)x", R"x(<p><a href="data:text/html,x">x</a></p>)x",
             R"x(<p onclick="x">x</p>)x", R"x(<p><img src="https://x/y.png"></p>)x", R"x(<script>x</script>)x",
             R"x(<p><a href="/relative">x</a></p>)x" }) {
        INFO(unsafe);
        CHECK_FALSE(test::unsafeInSanitisedHtml(QString::fromUtf8(unsafe)).isEmpty());
    }
    for (const char* safe : { R"x(<p><a href="https://x.example/?q=javascript:1">x</a> javascript: onclick=</p>)x",
             R"x(<p style="font-family:&quot;Arial&quot;"><a href="mailto:a@b.example">a</a></p>)x" }) {
        INFO(safe);
        CHECK(test::unsafeInSanitisedHtml(QString::fromUtf8(safe)).isEmpty());
    }
}

TEST_CASE("the corpus's pasted documents keep their text")
{
    const QDir corpus(QStringLiteral(ADVICEHUB_SOURCE_DIR "/tests/fuzz/corpus/html"));
    const auto text = [&](const char* file) {
        Result<SanitisedHtml> result
            = HtmlSanitizer::sanitiseBytes(test::readFile(corpus.filePath(QLatin1String(file))));
        REQUIRE(result.ok());
        return result->text;
    };
    CHECK(text("word-paste.html")
              .contains(QStringLiteral("Subject: visit of the Subcommittee on Prevention of Torture")));
    CHECK(text("word-paste.html").contains(QStringLiteral("l’État partie — follow-up")));
    CHECK_FALSE(text("word-paste.html").contains(QLatin1String("supportLists")));
    CHECK(text("browser-paste.html")
              .contains(QStringLiteral("The CTI works with States to ratify and implement the UNCAT.")));
    CHECK_FALSE(text("browser-paste.html").contains(QLatin1String("Subscribe")));
    CHECK(text("libreoffice-paste.html").contains(QStringLiteral("Nous accusons réception de votre lettre")));
    CHECK(text("latin1-meta.html") == QStringLiteral("État partie, Côte d'Ivoire, réponse"));
    CHECK(text("utf16-bom.html") == QStringLiteral("UTF-16 text: État partie"));
    CHECK(text("nul-bytes.html").startsWith(QStringLiteral("before")));
    CHECK(text("arabic-rtl.html").contains(QStringLiteral("اتفاقية مناهضة التعذيب")));
    CHECK(text("deep-divs-200.html") == QStringLiteral("bottom text"));
    CHECK(text("deep-tables-80.html") == QStringLiteral("kept text"));
    CHECK(text("misnested.html").contains(QStringLiteral("bold both italic")));
    // A fuzz finding: "javascript:" as escaped text is text, not a link.
    // A fuzz finding: "javascript:" inside an https address is part of that address, not a script.
    const Result<SanitisedHtml> inAddress = HtmlSanitizer::sanitiseBytes(
        test::readFile(corpus.filePath(QStringLiteral("finding-javascript-inside-https-address.html"))));
    REQUIRE(inAddress.ok());
    CHECK(inAddress->html.contains(QLatin1String("href=\"https://cti2024.=javascript:alert(1)")));
    CHECK(test::unsafeInSanitisedHtml(inAddress->html).isEmpty());
    CHECK(text("finding-javascript-as-text.html").contains(QStringLiteral("a href=\"JaVaScRiPt:alert(1)\">2")));
}

} // namespace fuzz_corpus_html_test
