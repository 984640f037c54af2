#pragma once

#include "common/Result.h"
#include "vault/Vault.h"

#include <memory>

namespace advicehub::demo {

// The demo vault holds fictional data only. Its passphrase is public (README.md) on purpose:
// it lets a new user look around before creating a real vault.
inline constexpr const char* DemoPassphrase = "demo pelican orchard 2026";

// ~/.local/share/AdviceHub/demo.ahv (the platform's data folder; a demo vault an earlier version
// made in ~/.local/share/AdviceHub/AdviceHub/ is moved there).
QString defaultDemoVaultPath();

// Creates the demo vault with the standard key-derivation profile (like any real vault) and
// fills it with fictional data. Never replaces an existing file.
Result<std::unique_ptr<Vault>> createDemoVault(const QString& path);

// Adds the fictional records to an open vault, in one transaction: fictional advisers (the first
// becomes the vault's current adviser), `queries` fictional queries with dated histories, some
// referred to partners (DemoDataGenerator::populateWithHistories), and a few drafts of answers.
Status populateDemoData(Vault& vault, int queries = 300);

} // namespace advicehub::demo
