#include "CliTestSupport.h"

#include <catch2/catch.hpp>

namespace advicehub::test {

QString cliPath()
{
    return QStringLiteral(ADVICEHUB_CLI_PATH);
}

CliRun runCommand(const QStringList& command, const QByteArray& input)
{
    QProcess process;
    process.start(command.first(), command.mid(1));
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

CliRun cli(const QStringList& arguments, const QByteArray& input)
{
    return runCommand(QStringList { cliPath() } + arguments, input);
}

QByteArray line(const char* passphrase)
{
    return QByteArray(passphrase) + '\n';
}

QString initVault(const TempDir& dir, const char* name)
{
    const QString path = dir.file(QString::fromLatin1(name));
    const CliRun run = cli(
        { QStringLiteral("--vault"), path, QStringLiteral("init"), QStringLiteral("--insecure-fast-kdf-for-testing") },
        line(TestPassphrase));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return path;
}

CliRun onVault(const QString& vault, QStringList arguments, const QByteArray& input)
{
    arguments.prepend(vault);
    arguments.prepend(QStringLiteral("--vault"));
    return cli(arguments, line(TestPassphrase) + input);
}

CliRun onVaultToFile(const QString& vault, QStringList arguments, const QString& stdoutFile, const QByteArray& input)
{
    arguments.prepend(vault);
    arguments.prepend(QStringLiteral("--vault"));
    QProcess process;
    process.setStandardOutputFile(stdoutFile);
    process.start(cliPath(), arguments);
    REQUIRE(process.waitForStarted());
    process.write(line(TestPassphrase) + input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString(), QString::fromUtf8(process.readAllStandardError()) };
}

QString vaultWithAdviser(const TempDir& dir, const char* name)
{
    const QString path = initVault(dir, name);
    const CliRun added
        = onVault(path, { QStringLiteral("adviser"), QStringLiteral("add"), QStringLiteral("Amara Quillfeather") });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    return path;
}

std::unique_ptr<QProcess> startCli(const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    process->start(cliPath(), arguments);
    REQUIRE(process->waitForStarted());
    return process;
}

} // namespace advicehub::test
