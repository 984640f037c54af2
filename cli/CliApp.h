#pragma once

#include <memory>

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// advicehub-cli's whole command line: the global options, every subcommand with its options and
// its callback (which runs the command and sets `exitCode`), and the checks made once parsing is
// complete. main() parses argv with it; the argument-parser fuzz target
// (tests/fuzz/CliArgumentsFuzzer.cpp) builds the same parser and parses arbitrary argv with
// the subcommands' callbacks replaced, so that no command runs.
std::unique_ptr<CLI::App> makeCliApp(CliContext& context, int& exitCode);

} // namespace advicehub::cli
