#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// The one command that does not work on --vault: it writes a new vault from a backup.
inline constexpr const char* RestoreCommandName = "restore";

// backup, restore.
void addBackupCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
