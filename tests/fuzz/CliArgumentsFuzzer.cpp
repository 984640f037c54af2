// libFuzzer target: advicehub-cli's command line. The input is split at NUL bytes into
// arguments (after the program name) and parsed by exactly the parser the tool uses
// (cli/CliApp.cpp), in its parse-only mode so that no command runs: what is fuzzed is CLI11's
// parsing of our options, subcommands, conversions and validators, and our checks made once
// parsing is complete. Usage errors, help and version are normal outcomes; a crash, a
// sanitizer report or any exception other than CLI::ParseError is a finding, and becomes a
// regression test in tests/cli/CliTest.cpp (see docs/SECURITY.md, "Fuzzing").
#include "CliApp.h"
#include "CliContext.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::string> arguments { "advicehub-cli" };
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) {
            arguments.push_back(current);
            current.clear();
        } else {
            current.push_back(static_cast<char>(data[i]));
        }
    }
    if (!current.empty() || size == 0 || data[size - 1] == 0)
        arguments.push_back(current);
    if (arguments.size() > 64)
        return 0;
    std::vector<char*> argv;
    for (std::string& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    advicehub::cli::CliContext context;
    int exitCode = 0;
    const std::unique_ptr<CLI::App> app = advicehub::cli::makeCliApp(context, exitCode, true);
    try {
        app->parse(static_cast<int>(arguments.size()), argv.data());
    } catch (const CLI::ParseError& error) {
        // CLI::Success when the line parsed, or help, version, a usage error: what the tool
        // prints for it goes into a string.
        std::ostringstream out;
        std::ostringstream err;
        (void)app->exit(error, out, err);
    }
    return 0;
}
