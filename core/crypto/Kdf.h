#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

#include <array>
#include <cstddef>
#include <optional>

namespace advicehub::crypto {

// A key-derivation profile: Argon2id (libsodium crypto_pwhash) with fixed costs. The profile's
// id is the first byte of the vault's salt, so everything needed to derive the key again is in
// the vault file itself. Costs never change for an existing id; a stronger profile gets a new id.
struct KdfProfile {
    unsigned char id;
    const char* name;
    unsigned long long opsLimit; // Argon2 passes
    std::size_t memLimit; // bytes
    bool forTestingOnly;

    // The profile every real vault is created with: 256 MiB, 4 passes (libsodium's MODERATE
    // memory with one more pass); about 0.5 s on the reference 2-core machine.
    static const KdfProfile& standard();
    // 1 MiB, 1 pass: derives in about a millisecond. Only tests ask for it explicitly; the
    // application and the CLI never create it on their own.
    static const KdfProfile& insecureTesting();
    static const KdfProfile* byId(unsigned char id);
};

inline constexpr std::size_t SaltSize = 16;
inline constexpr std::size_t KeySize = 32;
// "x'" + 64 hex (key) + 32 hex (salt) + "'"
inline constexpr std::size_t RawKeySpecSize = 2 + 2 * KeySize + 2 * SaltSize + 1;

// The 16-byte salt at the start of every vault file. Byte 0 is the KDF profile id, byte 1 a
// check byte computed from the others (so that a random file is recognised as "not a vault"
// with high probability), bytes 2..15 are random (112 bits).
class VaultSalt {
public:
    static VaultSalt generate(const KdfProfile& profile);
    // nullopt when the bytes are not the start of an Advice Hub vault.
    static std::optional<VaultSalt> fromFileHeader(QByteArrayView first16Bytes);

    const KdfProfile& profile() const;
    const std::array<unsigned char, SaltSize>& bytes() const { return m_bytes; }
    QByteArray toHex() const;

private:
    std::array<unsigned char, SaltSize> m_bytes {};
};

// Argon2id(passphrase, salt) -> 32-byte key, in secure memory.
Result<SecureBuffer> deriveKey(const SecureBuffer& passphrase, const VaultSalt& salt);

// The SQLCipher raw key specification x'<key hex><salt hex>' (RawKeySpecSize bytes, no
// terminating NUL), in secure memory. Passing the
// salt explicitly makes SQLCipher skip its own KDF and write the salt as the first 16 bytes.
SecureBuffer rawKeySpec(const SecureBuffer& key, const VaultSalt& salt);

} // namespace advicehub::crypto
