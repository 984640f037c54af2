#pragma once

#include "common/Result.h"

#include <QtGlobal>

namespace advicehub {

class Vault;

// How much reference data a vault holds (seeded at creation, see reference/ReferenceSeeder.h).
struct ReferenceDataCounts {
    qint64 states = 0;
    qint64 coreStates = 0; // the States of the Convention against Torture Initiative's core group
    qint64 themes = 0;
    qint64 channels = 0;
    qint64 uncatArticles = 0;
    qint64 partners = 0;
};

// Counts and figures about an open vault's content, for what the application shows about the
// vault (Vault Information). Read-only: it never writes, so asking leaves the file unchanged.
// The file, format and encryption come from Vault::info().
class VaultStatistics {
public:
    explicit VaultStatistics(Vault& vault) : m_vault(vault) { }

    // Read in one statement, so the figures are consistent with one another.
    Result<ReferenceDataCounts> referenceData() const;

private:
    Vault& m_vault;
};

} // namespace advicehub
