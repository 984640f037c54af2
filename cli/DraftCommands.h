#pragma once

#include "drafts/DraftTypes.h"

#include <string>

namespace CLI {
class App;
}

namespace advicehub {
class Session;
}

namespace advicehub::cli {

class CliContext;

// draft list|show|versions|diff|new|save|submit|request-changes|clear|sent|copy|remove|export: the
// drafts of the Secretariat's answers, their versions and their clearance (four eyes), up to the
// locked text as sent.
void addDraftCommands(CLI::App& app, CliContext& context, int& exitCode);

// The draft a command line names: its #N or N. An unknown one is invalid input.
int findDraft(CliContext& ctx, Session& session, const std::string& text, drafts::Draft* draft);

} // namespace advicehub::cli
