#pragma once

namespace CLI {
class App;
}

namespace advicehub::cli {

class CliContext;

// referral list|show|add|edit|consent|consent-withdraw|consents|status|suggest: referrals of
// queries to partners, and the requesting State's consents they rest on.
void addReferralCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace advicehub::cli
