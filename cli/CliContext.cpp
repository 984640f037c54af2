#include "CliContext.h"

#include "crypto/PassphrasePolicy.h"

#include <QFileInfo>

#include <cstdio>

namespace advicehub::cli {

CliContext::CliContext() : out(stdout), err(stderr)
{
    // Standard input carries the passphrase line, then possibly a text (--request-file - ...),
    // which readTextFile() reads from descriptor 0. Unbuffered, reading the passphrase takes
    // exactly its line and leaves neither the text nor the passphrase in a stdio buffer.
    std::setvbuf(stdin, nullptr, _IONBF, 0);
}

Result<std::unique_ptr<Vault>> CliContext::openVault()
{
    const QByteArray prompt = QStringLiteral("Passphrase for %1: ").arg(QFileInfo(vaultPath).fileName()).toUtf8();
    Result<crypto::SecureBuffer> passphrase = passphrases.read(prompt.constData());
    if (!passphrase)
        return passphrase.error();
    Result<std::unique_ptr<Vault>> vault = Vault::open(vaultPath, passphrase.value());
    if (vault)
        warnIfWeak(*vault.value());
    return vault;
}

void CliContext::warnIfWeak(const Vault& vault)
{
    if (const QString warning = vault.securityWarning(); !warning.isEmpty())
        err << "advicehub-cli: WARNING: " << warning << Qt::endl;
}

int CliContext::checkPassphrasePolicy(const crypto::SecureBuffer& passphrase)
{
    QString text = QString::fromUtf8(passphrase.chars(), static_cast<qsizetype>(passphrase.size()));
    const crypto::PassphraseStrength strength = crypto::PassphrasePolicy::evaluate(text);
    crypto::wipe(text);
    if (strength.acceptable)
        return Ok;
    return fail(InvalidInput,
        QStringLiteral("passphrase too weak (%1, about %2 bits; at least %3 needed). %4")
            .arg(strength.label)
            .arg(static_cast<int>(strength.entropyBits))
            .arg(static_cast<int>(crypto::PassphrasePolicy::MinimumBits))
            .arg(strength.advice));
}

int CliContext::fail(const Error& error)
{
    return fail(exitCodeFor(error.code), error.message);
}

int CliContext::fail(ExitCode code, const QString& message)
{
    out.flush();
    err << "advicehub-cli: " << message << Qt::endl;
    return code;
}

} // namespace advicehub::cli
