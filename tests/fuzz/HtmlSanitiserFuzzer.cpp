// libFuzzer target: the HTML sanitiser of rich-text drafts (core/drafts/HtmlSanitizer), on bytes
// as they might be pasted or read from a file. Besides crashes and sanitizer reports, a finding
// is any output that is not a fixed point (sanitising it again must give it back unchanged),
// that holds a <script element, an event handler attribute or a javascript: address in its
// markup, or a
// count of words that disagrees with the text. Findings become regression tests in
// tests/core/HtmlSanitizerTest.cpp and seeds in tests/fuzz/corpus/html (replayed by
// tests/core/FuzzCorpusHtmlTest.cpp in the normal suite).
#include "drafts/HtmlSanitizer.h"

#include "SanitisedHtmlCheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace advicehub;
using namespace advicehub::drafts;

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "HtmlSanitiserFuzzer: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    Result<SanitisedHtml> result = HtmlSanitizer::sanitiseBytes(bytes);
    if (!result) {
        if (result.code() != ErrorCode::InvalidInput || result.error().message.isEmpty())
            fail("refused with something other than a clear InvalidInput error");
        return 0;
    }
    // Markup only: "javascript:" in text or inside an https address is not a script.
    if (const QString unsafe = test::unsafeInSanitisedHtml(result->html); !unsafe.isEmpty())
        fail(qPrintable(unsafe));
    if (result->wordCount != HtmlSanitizer::countWords(result->text))
        fail("the word count disagrees with the text");

    Result<SanitisedHtml> again = HtmlSanitizer::sanitise(result->html);
    if (!again)
        fail("the sanitiser refused its own output");
    if (again->html != result->html)
        fail("not idempotent: sanitising the output changed it");
    if (again->text != result->text)
        fail("not idempotent: the text of the output differs");
    if (!again->removed.isEmpty())
        fail("sanitising the output removed something again");
    (void)HtmlSanitizer::fromPlainText(result->text);
    return 0;
}
