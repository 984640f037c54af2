#include "crypto/PassphrasePolicy.h"

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace passphrase_policy_test {

using advicehub::crypto::PassphrasePolicy;

TEST_CASE("the passphrase policy refuses guessable passphrases and accepts long unrelated words")
{
    for (const char* weak : { "", "password", "123456789", "qwertyuiop", "advicehub2026", "Geneva2026!" }) {
        INFO(weak);
        CHECK_FALSE(PassphrasePolicy::evaluate(QString::fromUtf8(weak)).acceptable);
    }
    for (const char* strong :
        { "amber kettle violin orbit 42", "granite sparrow tuesday lagoon 7", "Xq7#mP2v!Lr9@wZ4" }) {
        INFO(strong);
        const auto strength = PassphrasePolicy::evaluate(QString::fromUtf8(strong));
        CHECK(strength.acceptable);
        CHECK(strength.entropyBits >= PassphrasePolicy::MinimumBits);
        CHECK_FALSE(strength.label.isEmpty());
    }
}

TEST_CASE("longer passphrases rate higher")
{
    const double shorter = PassphrasePolicy::evaluate(QStringLiteral("amber kettle")).entropyBits;
    const double longer = PassphrasePolicy::evaluate(QStringLiteral("amber kettle violin orbit")).entropyBits;
    CHECK(longer > shorter);
}

} // namespace passphrase_policy_test
