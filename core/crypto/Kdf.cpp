#include "crypto/Kdf.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>

namespace advicehub::crypto {

namespace {

constexpr KdfProfile kStandard { 0xA1, "argon2id-256MiB-4", 4, std::size_t { 256 } << 20, false };
constexpr KdfProfile kTesting { 0x7E, "argon2id-1MiB-1-insecure-testing", 1, std::size_t { 1 } << 20, true };

constexpr unsigned char kCheckKey[crypto_generichash_KEYBYTES] = "AdviceHub vault salt check v1";

unsigned char checkByte(const std::array<unsigned char, SaltSize>& salt)
{
    unsigned char input[SaltSize - 1];
    input[0] = salt[0];
    std::memcpy(input + 1, salt.data() + 2, SaltSize - 2);
    unsigned char digest[crypto_generichash_BYTES_MIN];
    crypto_generichash(digest, sizeof digest, input, sizeof input, kCheckKey, sizeof kCheckKey);
    return digest[0];
}

} // namespace

const KdfProfile& KdfProfile::standard()
{
    return kStandard;
}

const KdfProfile& KdfProfile::insecureTesting()
{
    return kTesting;
}

const KdfProfile* KdfProfile::byId(unsigned char id)
{
    if (id == kStandard.id)
        return &kStandard;
    if (id == kTesting.id)
        return &kTesting;
    return nullptr;
}

VaultSalt VaultSalt::generate(const KdfProfile& profile)
{
    ensureSodium();
    VaultSalt salt;
    randombytes_buf(salt.m_bytes.data(), salt.m_bytes.size());
    salt.m_bytes[0] = profile.id;
    salt.m_bytes[1] = checkByte(salt.m_bytes);
    return salt;
}

std::optional<VaultSalt> VaultSalt::fromFileHeader(QByteArrayView first16Bytes)
{
    ensureSodium();
    if (static_cast<std::size_t>(first16Bytes.size()) < SaltSize)
        return std::nullopt;
    VaultSalt salt;
    std::memcpy(salt.m_bytes.data(), first16Bytes.data(), SaltSize);
    if (!KdfProfile::byId(salt.m_bytes[0]) || salt.m_bytes[1] != checkByte(salt.m_bytes))
        return std::nullopt;
    return salt;
}

const KdfProfile& VaultSalt::profile() const
{
    const KdfProfile* profile = KdfProfile::byId(m_bytes[0]);
    return profile ? *profile : kStandard; // construction guarantees a known id
}

QByteArray VaultSalt::toHex() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), SaltSize).toHex();
}

Result<SecureBuffer> deriveKey(const SecureBuffer& passphrase, const VaultSalt& salt)
{
    ensureSodium();
    const KdfProfile& profile = salt.profile();
    SecureBuffer key(KeySize);
    if (crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(), salt.bytes().data(),
            profile.opsLimit, profile.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return makeError(ErrorCode::Internal,
            ErrorText::tr("Not enough memory to derive the vault key (%1 MiB are needed).")
                .arg(profile.memLimit >> 20));
    }
    return key;
}

SecureBuffer rawKeySpec(const SecureBuffer& key, const VaultSalt& salt)
{
    SecureBuffer spec(RawKeySpecSize + 1); // sodium_bin2hex writes a terminating NUL
    char* out = reinterpret_cast<char*>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, 2 * KeySize + 1, key.data(), KeySize);
    sodium_bin2hex(out + 2 + 2 * KeySize, 2 * SaltSize + 1, salt.bytes().data(), SaltSize);
    out[RawKeySpecSize - 1] = '\'';
    return SecureBuffer::fromBytes(QByteArrayView(spec.chars(), static_cast<qsizetype>(RawKeySpecSize)));
}

} // namespace advicehub::crypto
