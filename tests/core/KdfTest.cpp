#include "crypto/Kdf.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace kdf_test {

using namespace advicehub;
using namespace advicehub::crypto;

TEST_CASE("the standard profile is at least libsodium's MODERATE Argon2id cost")
{
    const KdfProfile& standard = KdfProfile::standard();
    CHECK(standard.memLimit >= (std::size_t { 256 } << 20));
    CHECK(standard.opsLimit >= 3);
    // What the README promises (256 MiB, 4 passes); how long it takes here is measured by
    // bench/KdfBench.cpp (docs/PERFORMANCE.md), not by a test.
    CHECK(standard.memLimit == (std::size_t { 256 } << 20));
    CHECK(standard.opsLimit == 4);
    CHECK(KdfProfile::insecureTesting().memLimit == (std::size_t { 1 } << 20));
    CHECK(KdfProfile::insecureTesting().opsLimit == 1);
    CHECK_FALSE(standard.forTestingOnly);
    CHECK(KdfProfile::insecureTesting().forTestingOnly);
    CHECK(KdfProfile::byId(standard.id) == &standard);
    CHECK(KdfProfile::byId(0x00) == nullptr);
}

TEST_CASE("a vault salt records its KDF profile and is recognised only with a valid check byte")
{
    const VaultSalt salt = VaultSalt::generate(KdfProfile::standard());
    CHECK(salt.bytes()[0] == KdfProfile::standard().id);
    const QByteArray header(reinterpret_cast<const char*>(salt.bytes().data()), SaltSize);
    const auto parsed = VaultSalt::fromFileHeader(header);
    REQUIRE(parsed.has_value());
    CHECK(parsed->bytes() == salt.bytes());
    CHECK(&parsed->profile() == &KdfProfile::standard());

    SECTION("a changed random byte invalidates the check byte (all but about 1 in 256 changes)")
    {
        // One check byte: each of the 255 other values of a salt byte keeps it valid with a
        // chance of 1 in 256, so a single change is refused only most of the time. Over all 255
        // changes of byte 7, on average one slips through; 8 or more would mean the check byte
        // does not depend on that byte (the chance of it by luck is about 1 in 100,000).
        int stillValid = 0;
        for (int change = 1; change < 256; ++change) {
            QByteArray tampered = header;
            tampered[7] = static_cast<char>(tampered[7] ^ change);
            stillValid += VaultSalt::fromFileHeader(tampered).has_value() ? 1 : 0;
        }
        CHECK(stillValid < 8);
    }
    SECTION("plain SQLite and short headers are not vault salts")
    {
        CHECK_FALSE(VaultSalt::fromFileHeader(QByteArray("SQLite format 3\0", 16)).has_value());
        CHECK_FALSE(VaultSalt::fromFileHeader(header.left(8)).has_value());
    }
    SECTION("two salts differ")
    {
        CHECK(VaultSalt::generate(KdfProfile::standard()).bytes() != salt.bytes());
    }
}

TEST_CASE("key derivation is deterministic per passphrase and salt")
{
    const VaultSalt salt = VaultSalt::generate(KdfProfile::insecureTesting());
    auto a = deriveKey(test::passphrase(), salt);
    auto b = deriveKey(test::passphrase(), salt);
    auto c = deriveKey(test::passphrase(test::OtherPassphrase), salt);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(a->size() == KeySize);
    CHECK(a->equals(*b));
    CHECK_FALSE(a->equals(*c));
    const VaultSalt otherSalt = VaultSalt::generate(KdfProfile::insecureTesting());
    CHECK_FALSE(deriveKey(test::passphrase(), otherSalt)->equals(*a));
}

TEST_CASE("the raw key specification is x'<64 hex key><32 hex salt>'")
{
    const VaultSalt salt = VaultSalt::generate(KdfProfile::insecureTesting());
    const auto key = deriveKey(test::passphrase(), salt);
    REQUIRE(key.ok());
    const SecureBuffer spec = rawKeySpec(*key, salt);
    const QByteArray text(spec.chars(), static_cast<qsizetype>(RawKeySpecSize));
    CHECK(text.size() == 99);
    CHECK(text.startsWith("x'"));
    CHECK(text.endsWith("'"));
    CHECK(text.mid(2 + 64, 32) == salt.toHex());
    CHECK(QByteArray::fromHex(text.mid(2, 64)) == QByteArray(key->chars(), 32));
}

TEST_CASE("the passphrase is normalised so composed and decomposed accents open the same vault")
{
    const QString composed = QStringLiteral("caf\u00e9 m\u00fcnster lantern 9");
    const QString decomposed = QStringLiteral("cafe\u0301 mu\u0308nster lantern 9");
    CHECK(SecureBuffer::fromPassphrase(composed).equals(SecureBuffer::fromPassphrase(decomposed)));
}

} // namespace kdf_test
