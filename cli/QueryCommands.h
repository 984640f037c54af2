#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// import, export, list, search, show, add, status, demo.
void addQueryCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
