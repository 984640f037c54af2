#include "attachments/Sha256.h"

#include <openssl/evp.h>

#include <new>

namespace advicehub::attachments {

// OpenSSL's SHA-256 (libcrypto, which SQLCipher already uses for the vault's encryption): it uses
// the processor's SHA extensions where there are any, about 4.5 times libsodium's portable code
// on this machine, and the viewer hashes every byte twice (each chunk, the whole file).
struct Sha256::State {
    EVP_MD_CTX* context = nullptr;
    ~State() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    m_state->context = EVP_MD_CTX_new();
    if (!m_state->context || EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr) != 1)
        throw std::bad_alloc();
}

Sha256::~Sha256() = default;

void Sha256::add(const char* data, qsizetype size)
{
    if (size > 0 && EVP_DigestUpdate(m_state->context, data, static_cast<size_t>(size)) != 1)
        throw std::bad_alloc();
}

QByteArray Sha256::finish()
{
    QByteArray digest(Bytes, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_state->context, reinterpret_cast<unsigned char*>(digest.data()), &length) != 1
        || length != Bytes)
        throw std::bad_alloc();
    return digest;
}

QByteArray Sha256::of(const char* data, qsizetype size)
{
    Sha256 hash;
    hash.add(data, size);
    return hash.finish();
}

} // namespace advicehub::attachments
