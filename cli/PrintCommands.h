#pragma once

#include <string>

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// The command whose subcommands render documents: main() starts a QGuiApplication (on the
// "offscreen" platform) for it alone, since Qt's text engine and QPdfWriter need one; every other
// command runs under a QCoreApplication.
inline constexpr const char* PrintCommandName = "print";

// print summary|extract|draft|briefing|register: case summaries, partner extracts, draft letters
// and briefing packs as PDF files under a disclosure profile (issue 13), each recorded in the
// print register, and that register.
void addPrintCommands(CLI::App& app, CliContext& context, int& exitCode);

// Whether argv names the print command (the first word that is neither an option nor --vault's
// value), before the command line is parsed: main() chooses the application object with it.
bool namesPrintCommand(int argc, const char* const* argv);

} // namespace advicehub::cli
