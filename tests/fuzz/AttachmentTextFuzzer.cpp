// libFuzzer target: the text extraction of attachments (core/attachments: plain text, ODT, DOCX,
// and a zip looked into), through TextExtractors as the attachment service calls it. The first
// byte of an input chooses the media type (AttachmentTextFuzzing.h), the rest is the file. Besides
// crashes, leaks and sanitizer reports (a zip or XML parser reading out of bounds), a finding is
// a result that breaks the extractors' promises (AttachmentTextFuzzing.h): text with a failure,
// a failure without a reason, text over kMaxTextChars, control characters in the text. Seeds in
// tests/fuzz/corpus/attachment-text, replayed by tests/core/FuzzCorpusAttachmentTextTest.cpp.
#include "AttachmentTextFuzzing.h"
#include "attachments/OfficeTextExtractor.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace advicehub;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const attachments::TextExtractors extractors;
    // ODT, DOCX and zips through an extractor with lower bounds than the shipped 64 MiB and
    // 10,000 entries: the same code, but a mutated zip bomb (the corpus holds one) costs 2 MiB of
    // inflating instead of 64, which kept the target at about 26 runs a second. The corpus replay
    // in the normal suite checks the shipped bounds.
    static const attachments::OfficeTextExtractor office(
        attachments::OfficeTextExtractor::Limits { 1000, 2 * 1024 * 1024 });
    const QString mediaType = fuzzing::attachmentFuzzMediaType(data[0]);
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    const attachments::ExtractedText result
        = office.handles(mediaType) ? office.extract(bytes, mediaType) : extractors.extract(bytes, mediaType);
    if (const char* violation = fuzzing::attachmentTextViolation(result, mediaType)) {
        std::fprintf(stderr, "AttachmentTextFuzzer: %s\n", violation);
        std::abort();
    }
    return 0;
}
