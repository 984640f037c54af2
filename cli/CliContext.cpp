#include "CliContext.h"

#include <QFileInfo>

#include <cstdio>

namespace advicehub::cli {

CliContext::CliContext() : out(stdout), err(stderr) {}

Result<std::unique_ptr<Vault>> CliContext::openVault()
{
    const QByteArray prompt = QStringLiteral("Passphrase for %1: ").arg(QFileInfo(vaultPath).fileName()).toUtf8();
    Result<crypto::SecureBuffer> passphrase = passphrases.read(prompt.constData());
    if (!passphrase)
        return passphrase.error();
    return Vault::open(vaultPath, passphrase.value());
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
