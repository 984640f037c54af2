#pragma once

#include "vault/Vault.h"

namespace advicehub {

// Vaults at an older schema version, for migration tests. Test support only: Vault lets this
// class (a friend) reach its private factories; the shipped programs cannot.
class VaultTestAccess {
public:
    static Result<std::unique_ptr<Vault>> createAtVersion(const QString& path, const crypto::SecureBuffer& passphrase,
        const crypto::KdfProfile& profile, int schemaVersion)
    {
        return Vault::createImpl(path, passphrase, profile, schemaVersion);
    }
    // As Vault::open(), but a vault older than `maxSchemaVersion` is not upgraded beyond it.
    static Result<std::unique_ptr<Vault>> openAtVersion(
        const QString& path, const crypto::SecureBuffer& passphrase, int maxSchemaVersion)
    {
        return Vault::openImpl(path, passphrase, maxSchemaVersion);
    }
};

} // namespace advicehub
