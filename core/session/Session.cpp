#include "session/Session.h"

namespace advicehub {

Session::Session(std::unique_ptr<Vault> vault) : m_vault(std::move(vault)) {}

Session::~Session() = default;

} // namespace advicehub
