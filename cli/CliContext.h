#pragma once

#include "ExitCode.h"
#include "PassphraseReader.h"
#include "common/Result.h"
#include "vault/Vault.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace advicehub::cli {

// What every command needs: the vault path from --vault, the passphrase reader and the two
// output streams. Results go to standard output, messages and prompts to standard error.
class CliContext {
public:
    CliContext();

    QString vaultPath;
    // Only the CLI built for the tests (target advicehub-cli-for-tests) offers init's
    // --insecure-fast-kdf-for-testing; the shipped advicehub-cli has no such option.
    bool offerTestingKdf = false;
    PassphraseReader passphrases;
    QTextStream out;
    QTextStream err;

    // Asks for the passphrase and opens the vault named by --vault; a vault weaker than a real
    // one gets its warning on standard error (Vault::securityWarning).
    Result<std::unique_ptr<Vault>> openVault();
    void warnIfWeak(const Vault& vault);

    // The vault passphrase rule, the same as the GUI's: Ok, or the exit code after saying why
    // zxcvbn rates the passphrase too weak.
    int checkPassphrasePolicy(const crypto::SecureBuffer& passphrase);

    // Prints the error on standard error and returns its exit code.
    int fail(const Error& error);
    int fail(ExitCode code, const QString& message);
};

} // namespace advicehub::cli
