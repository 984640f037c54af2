#include "attachments/Sha256.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace advicehub::attachments {

struct Sha256::State {
    crypto_hash_sha256_state state;
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    crypto::ensureSodium();
    crypto_hash_sha256_init(&m_state->state);
}

Sha256::~Sha256() = default;

void Sha256::add(const char* data, qsizetype size)
{
    if (size > 0)
        crypto_hash_sha256_update(
            &m_state->state, reinterpret_cast<const unsigned char*>(data), static_cast<unsigned long long>(size));
}

QByteArray Sha256::finish()
{
    static_assert(crypto_hash_sha256_BYTES == Bytes);
    QByteArray digest(Bytes, Qt::Uninitialized);
    crypto_hash_sha256_final(&m_state->state, reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

QByteArray Sha256::of(const QByteArray& bytes)
{
    Sha256 hash;
    hash.add(bytes);
    return hash.finish();
}

} // namespace advicehub::attachments
