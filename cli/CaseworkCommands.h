#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// The casework on registered queries besides their lifecycle (status, in QueryCommands): edit,
// note, correct, link, unlink, merge, delete.
void addCaseworkCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
