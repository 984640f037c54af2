#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// init, info, check, passwd, raw-key.
void addVaultCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
