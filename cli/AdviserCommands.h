#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// adviser add|list|rename|deactivate|reactivate: the Secretariat's advisers in the vault.
void addAdviserCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
