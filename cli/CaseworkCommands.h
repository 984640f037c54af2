#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// The casework the application does besides registering and listing queries: edit, note,
// correct, link, unlink, merge, delete; holiday list|add|remove; adviser
// add|list|rename|deactivate|reactivate; saved list|add|delete (`list --saved` is in
// QueryCommands).
void addCaseworkCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
