#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// holiday list|add|remove: the office holidays that default due dates skip.
void addHolidayCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
