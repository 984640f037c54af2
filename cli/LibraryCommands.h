#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// library list|show|add|edit|search|precedents: the CTI tools and references cited in drafts, and
// the search of earlier sent answers.
void addLibraryCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
