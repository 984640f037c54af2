#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// attachment list|add|show|export|remove: files attached to a query, stored encrypted inside the
// vault (AttachmentService), the same files the desktop application's Attachments tab shows.
void addAttachmentCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
