#pragma once

#include <QCoreApplication>
#include <QString>

namespace advicehub::crypto {

// How strong a passphrase is, estimated by zxcvbn (dictionary words, names, keyboard
// patterns, dates, repeats count for little), and whether the vault accepts it.
struct PassphraseStrength {
    enum class Level { VeryWeak, Weak, Fair, Strong, VeryStrong };
    double entropyBits = 0;
    Level level = Level::VeryWeak;
    bool acceptable = false;
    QString label; // "Weak", "Strong", ...
    QString advice; // one sentence for the user
};

// The one passphrase rule, shared by the wizard, the change-passphrase dialog and the CLI.
class PassphrasePolicy {
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)
public:
    // Below this estimate a vault passphrase is refused. 50 bits with Argon2id at ~0.5 s per
    // guess keep an offline attacker busy for millions of core-years.
    static constexpr double MinimumBits = 50.0;

    static PassphraseStrength evaluate(const QString& passphrase);
};

} // namespace advicehub::crypto
