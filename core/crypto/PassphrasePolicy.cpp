#include "crypto/PassphrasePolicy.h"

#include "crypto/SecureBuffer.h"

#include <zxcvbn.h>

namespace advicehub::crypto {

PassphraseStrength PassphrasePolicy::evaluate(const QString& passphrase)
{
    PassphraseStrength strength;
    if (passphrase.isEmpty()) {
        strength.label = tr("Empty");
        strength.advice = tr("Choose a passphrase: several unrelated words are easy to remember and hard to guess.");
        return strength;
    }
    const SecureBuffer utf8 = SecureBuffer::fromPassphrase(passphrase);
    // zxcvbn wants a NUL-terminated string.
    SecureBuffer terminated(utf8.size() + 1);
    std::copy(utf8.data(), utf8.data() + utf8.size(), terminated.data());
    static const char* const userDictionary[] = { "advicehub", "advice", "hub", "cti", "torture", "convention",
        "geneva", "secretariat", "uncat", "vault", nullptr };
    strength.entropyBits = ZxcvbnMatch(terminated.chars(), const_cast<const char**>(userDictionary), nullptr);

    using Level = PassphraseStrength::Level;
    if (strength.entropyBits < 28) {
        strength.level = Level::VeryWeak;
        strength.label = tr("Very weak");
    } else if (strength.entropyBits < MinimumBits) {
        strength.level = Level::Weak;
        strength.label = tr("Weak");
    } else if (strength.entropyBits < 75) {
        strength.level = Level::Fair;
        strength.label = tr("Fair");
    } else if (strength.entropyBits < 100) {
        strength.level = Level::Strong;
        strength.label = tr("Strong");
    } else {
        strength.level = Level::VeryStrong;
        strength.label = tr("Very strong");
    }
    strength.acceptable = strength.entropyBits >= MinimumBits;
    strength.advice = strength.acceptable
        ? tr("Keep it safe: without it the vault cannot be opened, by anyone.")
        : tr("Too easy to guess. Add more unrelated words; avoid names, dates and common phrases.");
    return strength;
}

} // namespace advicehub::crypto
