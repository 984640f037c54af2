#include "BackupCommands.h"

#include "CliContext.h"
#include "vault/VaultBackup.h"

#include <CLI/CLI.hpp>

#include <QFileInfo>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace backup_commands {
namespace {

struct BackupArguments {
    std::string output;
    bool otherPassphrase = false;
    bool replace = false;
};

struct RestoreArguments {
    std::string backup;
    std::string output;
};

int runBackup(CliContext& ctx, const BackupArguments& arguments)
{
    const QString output = QString::fromStdString(arguments.output);
    // Refuse before asking for anything: the answer does not depend on the passphrase.
    if (QFileInfo::exists(output) && !arguments.replace)
        return ctx.fail(
            FileError, QStringLiteral("%1 already exists; it was not changed (--replace replaces it)").arg(output));

    const QByteArray prompt = QStringLiteral("Passphrase for %1: ").arg(QFileInfo(ctx.vaultPath).fileName()).toUtf8();
    Result<crypto::SecureBuffer> current = ctx.passphrases.read(prompt.constData());
    if (!current)
        return ctx.fail(current.error());
    Result<std::unique_ptr<Vault>> vault = Vault::open(ctx.vaultPath, current.value());
    if (!vault)
        return ctx.fail(vault.error());
    ctx.warnIfWeak(*vault.value());

    std::optional<crypto::SecureBuffer> other;
    if (arguments.otherPassphrase) {
        Result<crypto::SecureBuffer> chosen
            = ctx.passphrases.readNew("Passphrase for the backup: ", "Repeat the backup's passphrase: ");
        if (!chosen)
            return ctx.fail(chosen.error());
        if (const int rejected = ctx.checkPassphrasePolicy(chosen.value()); rejected != Ok)
            return rejected;
        other.emplace(std::move(chosen).value());
    }

    BackupOptions options;
    options.replaceExisting = arguments.replace;
    const Status status
        = backupVault(*vault.value(), output, current.value(), other ? &*other : nullptr, std::move(options));
    if (!status)
        return ctx.fail(status.error());
    ctx.out << "Backup written to " << output << " (" << QFileInfo(output).size()
            << " bytes) and verified: it opens with "
            << (other ? QStringLiteral("the backup's own passphrase") : QStringLiteral("the vault's passphrase"))
            << " and its integrity check is ok." << Qt::endl;
    return Ok;
}

int runRestore(CliContext& ctx, const RestoreArguments& arguments)
{
    const QString backup = QString::fromStdString(arguments.backup);
    const QString output = QString::fromStdString(arguments.output);
    if (QFileInfo::exists(output))
        return ctx.fail(FileError, QStringLiteral("%1 already exists; a restore never replaces a file").arg(output));

    const QByteArray prompt
        = QStringLiteral("Passphrase of the backup %1: ").arg(QFileInfo(backup).fileName()).toUtf8();
    Result<crypto::SecureBuffer> passphrase = ctx.passphrases.read(prompt.constData());
    if (!passphrase)
        return ctx.fail(passphrase.error());
    Result<std::unique_ptr<Vault>> restored = restoreVault(backup, passphrase.value(), output);
    if (!restored)
        return ctx.fail(restored.error());
    ctx.out << "Restored " << backup << " into the new vault " << output << " (schema version "
            << restored.value()->info().schemaVersion << "). It opens with the backup's passphrase." << Qt::endl;
    return Ok;
}

} // namespace
} // namespace backup_commands

void addBackupCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace backup_commands;
    auto backupArguments = std::make_shared<BackupArguments>();
    CLI::App* backup = app.add_subcommand("backup",
        "Write an encrypted, verified backup of the vault to a new file.\n"
        "Passphrases, typed without echo or one per line on standard input, in this order:\n"
        "  1. the vault's passphrase (the backup opens with it unless --other-passphrase);\n"
        "  2. with --other-passphrase: the backup's own passphrase (asked twice at a terminal).");
    backup->add_option("-o,--output", backupArguments->output, "The backup file to create.")
        ->required()
        ->type_name("FILE");
    backup->add_flag("--other-passphrase", backupArguments->otherPassphrase,
        "Encrypt the backup under a passphrase of its own (asked for after the vault's).");
    backup->add_flag("--replace", backupArguments->replace,
        "Replace an existing file at FILE (atomically, once the new backup is verified).");
    backup->callback([&ctx, &exitCode, backupArguments] { exitCode = runBackup(ctx, *backupArguments); });

    auto restoreArguments = std::make_shared<RestoreArguments>();
    CLI::App* restore = app.add_subcommand(RestoreCommandName,
        "Restore a backup into a new vault file (never over an existing file), after checking it.\n"
        "Takes no --vault. Passphrase, typed without echo or as one line on standard input:\n"
        "  1. the backup's passphrase (the restored vault keeps it).");
    restore->add_option("BACKUP", restoreArguments->backup, "The backup file.")->required()->type_name("BACKUP");
    restore->add_option("-o,--output", restoreArguments->output, "The new vault file to create.")
        ->required()
        ->type_name("NEWVAULT");
    restore->callback([&ctx, &exitCode, restoreArguments] { exitCode = runRestore(ctx, *restoreArguments); });
}

} // namespace advicehub::cli
