#pragma once

#include <memory>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// advicehub-cli's whole command line: the global options, every subcommand with its options and
// its callback (which runs the command and sets `exitCode`), and the checks made once parsing is
// complete. main() parses argv with it.
//
// With `parseOnly`, parsing stops once the command line is parsed and checked, before any
// command runs: the checks throw CLI::Success instead of returning. For the argument-parser fuzz
// target (tests/fuzz/CliArgumentsFuzzer.cpp), which parses arbitrary argv with exactly this
// parser. (Replacing the subcommands' callbacks would not do: they own the variables their
// options write to.)
std::unique_ptr<CLI::App> makeCliApp(CliContext& context, int& exitCode, bool parseOnly = false);

// When the command line names a command that does not exist (`lst`, `referral lst`), what to
// say instead of CLI11's "A subcommand is required": "'lst' is not a command. Did you mean
// 'list'?" (the names closest by edit distance, if any are close). Empty when every command
// named exists. `arguments` without the program's name.
std::string unknownCommandMessage(const CLI::App& app, const std::vector<std::string>& arguments);

} // namespace advicehub::cli
