#pragma once

#include "vault/Vault.h"

#include <memory>

namespace advicehub {

// Everything that exists only while a vault is unlocked: the open vault and the services
// working on it. Destroying the session is what "lock" means: the database is closed, the key
// wiped, and nothing decrypted survives in the core.
class Session {
public:
    explicit Session(std::unique_ptr<Vault> vault);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Vault& vault() { return *m_vault; }

private:
    std::unique_ptr<Vault> m_vault;
};

} // namespace advicehub
