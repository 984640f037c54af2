#pragma once

#include "partners/PartnerTypes.h"

#include <string>

namespace CLI {
class App;
}

namespace advicehub {
class Session;
}

namespace advicehub::cli {

class CliContext;

// partner list|show|add|edit|deactivate|reactivate|remove: the directory of the organisations the
// Secretariat refers queries to.
void addPartnerCommands(CLI::App& app, CliContext& context, int& exitCode);

// The partner a command line names: its name or acronym (case and spacing ignored) or its id. An
// unknown partner is invalid input, with the partners whose name comes close (for `referral`).
int findPartner(CliContext& ctx, Session& session, const std::string& text, partners::Partner* partner);

} // namespace advicehub::cli
