// The argument-parser fuzz target's seed corpus (tests/fuzz/corpus/cli-arguments), replayed in
// the normal suite through the same parse-only parser (cli/CliApp.cpp): every build, the ASan
// build included, parses each command line without a crash or an unexpected exception.
#include "CliApp.h"
#include "CliContext.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <CLI/CLI.hpp>

#include <QDir>

#include <sstream>
#include <string>
#include <vector>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace fuzz_corpus_arguments_test {

namespace {

// What the parser made of one command line: "" when it parsed, else the name of CLI11's error.
std::string parse(const std::vector<std::string>& arguments)
{
    std::vector<std::string> copy { "advicehub-cli" };
    copy.insert(copy.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& argument : copy)
        argv.push_back(argument.data());
    advicehub::cli::CliContext context;
    int exitCode = 0;
    const std::unique_ptr<CLI::App> app = advicehub::cli::makeCliApp(context, exitCode, true);
    try {
        app->parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& error) {
        // CLI::Success is the parse-only mode's stop (CallForHelp and CallForVersion derive
        // from it but have names of their own).
        if (error.get_name() == "Success")
            return {};
        std::ostringstream out;
        std::ostringstream err;
        app->exit(error, out, err);
        return error.get_name();
    }
    return "no command ran and nothing was thrown";
}

std::vector<std::string> split(const QByteArray& data)
{
    std::vector<std::string> arguments;
    for (const QByteArray& part : data.split('\0'))
        arguments.push_back(part.toStdString());
    return arguments;
}

} // namespace

TEST_CASE("every command line of the argument-parser fuzz corpus parses or is refused as a usage error")
{
    const QDir corpus(QStringLiteral(ADVICEHUB_SOURCE_DIR "/tests/fuzz/corpus/cli-arguments"));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 10);
    for (const QString& name : files) {
        INFO(name.toStdString());
        const std::string outcome = parse(split(advicehub::test::readFile(corpus.filePath(name))));
        CHECK(outcome != "no command ran and nothing was thrown");
    }
}

TEST_CASE("the parse-only mode stops before any command runs, after the --vault checks")
{
    CHECK(parse({ "--vault", "v.ahv", "info" }).empty());
    CHECK(parse({ "restore", "b.ahv", "-o", "n.ahv" }).empty());
    CHECK(parse({ "info" }) == "RequiredError"); // no --vault
    CHECK(parse({ "--vault", "v.ahv", "restore", "b.ahv", "-o", "n.ahv" }) == "ValidationError");
    CHECK(parse({ "--vault", "v.ahv", "frobnicate" }) == "RequiredError"); // a command is required
    CHECK(parse({ "--vault", "v.ahv", "list", "--limit", "many" }) == "ConversionError");
    CHECK(parse({ "--vault", "v.ahv", "export", "--format", "xml" }) == "ValidationError");
    CHECK(parse({ "--help" }) == "CallForHelp");
}

TEST_CASE("the casework commands' exclusive options are refused while parsing")
{
    CHECK(
        parse({ "--vault", "v.ahv", "edit", "AH-2026-0001", "--due", "2026-05-01", "--clear-due" }) == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "add", "--channel", "email", "--state", "GH", "--subject", "s", "--theme", "t",
              "--request", "a", "--request-file", "-" })
        == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "note", "AH-2026-0001", "--body", "a", "--body-file", "-" }) == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "correct", "7", "text", "--body-file", "-" }) == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "list", "--saved", "Urgent", "--view", "mine" }) == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "list", "--saved", "Urgent", "--sort", "due", "--limit", "5" }).empty());
    CHECK(parse({ "--vault", "v.ahv", "merge", "AH-2026-0002" }) == "RequiredError");
    CHECK(parse({ "--vault", "v.ahv", "holiday" }) == "RequiredError");
    // Saved searches keep no order: refused (CLI11 names this error after the program).
    const std::string sorted = parse({ "--vault", "v.ahv", "saved", "add", "Urgent", "--sort", "due" });
    CHECK_FALSE(sorted.empty());
    CHECK(sorted != "no command ran and nothing was thrown");
}

TEST_CASE("the partner and referral commands' exclusive and dependent options are refused while parsing")
{
    CHECK(parse({ "--vault", "v.ahv", "partner", "add", "--name", "N", "--type", "ngo", "--contact", "A|B||",
              "--contacts-file", "-" })
        == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "partner", "edit", "APT", "--strategic", "--not-strategic" }) == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "partner", "add", "--name", "N" }) == "RequiredError");
    CHECK(parse({ "--vault", "v.ahv", "partner" }) == "RequiredError");
    CHECK(parse({ "--vault", "v.ahv", "referral", "add", "AH-2026-0001", "--partner", "APT", "--share", "subject",
              "--reason", "r", "--reason-file", "-" })
        == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "referral", "add", "AH-2026-0001", "--partner", "APT", "--reason", "r" })
        == "RequiredError"); // --share: what is shared is always chosen
    CHECK(parse({ "--vault", "v.ahv", "referral", "list", "--no-reply-days", "5" }) == "RequiresError");
    CHECK(parse({ "--vault", "v.ahv", "referral", "list", "--follow-up", "--no-reply-days", "5" }).empty());
    CHECK(parse({ "--vault", "v.ahv", "referral", "status", "3", "sent", "--override-justification", "j",
              "--override-justification-file", "-" })
        == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "referral", "consent", "AH-2026-0001", "--partner", "APT,OHCHR", "--fields",
                    "subject", "--form", "written", "--given-by-file", "-" })
              .empty());
}

TEST_CASE("the draft, template and library commands' exclusive and required options are refused while parsing")
{
    CHECK(parse({ "--vault", "v.ahv", "draft", "new", "AH-2026-0001", "--kind", "other", "--title", "t", "--title-file",
              "-" })
        == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "draft", "new", "AH-2026-0001" }) == "RequiredError"); // --kind
    CHECK(parse({ "--vault", "v.ahv", "draft", "save", "3" }) == "RequiredError"); // the body: a file, never text
    CHECK(parse({ "--vault", "v.ahv", "draft", "save", "3", "--body", "text" }) != "");
    CHECK(parse({ "--vault", "v.ahv", "draft", "export", "3", "--format", "odt" }) == "RequiredError"); // -o
    CHECK(parse({ "--vault", "v.ahv", "draft", "export", "3", "--format", "pdf", "-o", "x" }) == "ValidationError");
    CHECK(parse({ "--vault", "v.ahv", "draft", "sent", "3" }) == "RequiredError"); // --channel
    CHECK(parse({ "--vault", "v.ahv", "draft", "diff", "3", "1" }) == "RequiredError");
    CHECK(parse({ "--vault", "v.ahv", "draft", "clear", "3", "--justification", "j", "--justification-file", "-" })
        == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "draft" }) == "RequiredError");
    CHECK(parse({ "--vault", "v.ahv", "template", "edit", "Ack", "--active", "--inactive" }) == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "template", "add", "--name", "Ack", "--kind", "other", "--language", "en" })
        == "RequiredError"); // --body-file
    CHECK(
        parse({ "--vault", "v.ahv", "library", "edit", "4", "--theme", "training", "--no-themes" }) == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "library", "search", "x", "--text-file", "-" }) == "ExcludesError");
    CHECK(parse({ "--vault", "v.ahv", "draft", "export", "3", "--format", "html", "-o", "a.html", "--force" }).empty());
    CHECK(parse({ "--vault", "v.ahv", "library", "precedents" }).empty());
}

} // namespace fuzz_corpus_arguments_test
