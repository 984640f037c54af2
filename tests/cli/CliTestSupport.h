#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace advicehub::test {

// What advicehub-cli did.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// The advicehub-cli under test.
QString cliPath();

// Runs advicehub-cli as a user would from a script: arguments, passphrases on standard input.
CliRun cli(const QStringList& arguments, const QByteArray& input = {});
// The same, with the whole command line given (e.g. through setpriv), first element the program.
CliRun runCommand(const QStringList& command, const QByteArray& input = {});

// UTF-8 text, for arguments and expected output.
inline QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// One passphrase line for standard input.
QByteArray line(const char* passphrase);

// `init` with the fast test KDF and the test passphrase; REQUIREs success.
QString initVault(const TempDir& dir, const char* name = "cli.ahv");

// advicehub-cli --vault VAULT ARGUMENTS..., with the test passphrase (and `input` after it) on
// standard input.
CliRun onVault(const QString& vault, QStringList arguments, const QByteArray& input = {});

// onVault with standard output written to `stdoutFile` (e.g. /dev/full) instead of captured.
CliRun onVaultToFile(
    const QString& vault, QStringList arguments, const QString& stdoutFile, const QByteArray& input = {});

// initVault, then `adviser add "Amara Quillfeather"`, who is the default for every command.
QString vaultWithAdviser(const TempDir& dir, const char* name = "queries.ahv");

// Starts advicehub-cli without waiting for it (for kill tests and for watching a running
// process); standard input stays open until the caller closes it.
std::unique_ptr<QProcess> startCli(const QStringList& arguments);

} // namespace advicehub::test
