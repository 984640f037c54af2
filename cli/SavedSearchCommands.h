#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// saved list|add|delete: searches kept in the vault (`list --saved` runs one; it is in
// QueryCommands).
void addSavedSearchCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
