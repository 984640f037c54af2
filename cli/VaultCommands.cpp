#include "VaultCommands.h"

#include "CliContext.h"

#include <CLI/CLI.hpp>

#include <QLocale>

#include <algorithm>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace vault_commands {
namespace {

int runInit(CliContext& ctx, bool insecureTestingKdf)
{
    Result<crypto::SecureBuffer> passphrase
        = ctx.passphrases.readNew("New vault passphrase: ", "Repeat the passphrase: ");
    if (!passphrase)
        return ctx.fail(passphrase.error());
    if (const int rejected = ctx.checkPassphrasePolicy(passphrase.value()); rejected != Ok)
        return rejected;
    const crypto::KdfProfile& profile
        = insecureTestingKdf ? crypto::KdfProfile::insecureTesting() : crypto::KdfProfile::standard();
    Result<std::unique_ptr<Vault>> vault = Vault::create(ctx.vaultPath, passphrase.value(), profile);
    if (!vault)
        return ctx.fail(vault.error());
    ctx.out << "Created vault " << ctx.vaultPath << " (schema version " << vault.value()->info().schemaVersion << ")."
            << Qt::endl;
    ctx.warnIfWeak(*vault.value());
    return Ok;
}

int runInfo(CliContext& ctx)
{
    Result<std::unique_ptr<Vault>> vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    const VaultInfo info = vault.value()->info();
    ctx.out << "path:             " << info.path << '\n'
            << "vault id:         " << info.vaultId << '\n'
            << "schema version:   " << info.schemaVersion << '\n'
            << "created (UTC):    " << info.createdAtUtc.toString(Qt::ISODate) << '\n'
            << "created by:       Advice Hub " << info.createdByVersion << '\n'
            << "key derivation:   " << info.kdfProfile
            << (info.kdfForTestingOnly ? QStringLiteral(" (INSECURE: for tests only)") : QString()) << '\n'
            << "cipher:           SQLCipher " << info.cipherVersion << ", page size " << info.pageSize << '\n'
            << "file size:        " << info.fileSize << " bytes" << '\n';
    // Pages freed by deletions (removed attachments above all): `compact` gives them back.
    Result<qint64> reclaimable = vault.value()->reclaimableBytes();
    if (reclaimable)
        ctx.out << "reclaimable:      " << reclaimable.value() << " bytes"
                << (reclaimable.value() > 0 ? QStringLiteral(" (`compact` gives them back to the disk)") : QString())
                << '\n';
    ctx.out.flush();
    return Ok;
}

int runCompact(CliContext& ctx)
{
    Result<std::unique_ptr<Vault>> vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Result<Vault::CompactResult> compacted = vault.value()->compact();
    if (!compacted)
        return ctx.fail(compacted.error());
    const qint64 reclaimed = compacted->sizeBefore - compacted->sizeAfter;
    ctx.out << "Compacted: " << compacted->sizeBefore << " -> " << compacted->sizeAfter << " bytes, "
            << std::max<qint64>(reclaimed, 0) << " bytes reclaimed; the vault was verified afterwards." << Qt::endl;
    return Ok;
}

int runCheck(CliContext& ctx, bool verbose)
{
    Result<std::unique_ptr<Vault>> vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Result<QStringList> problems = vault.value()->checkIntegrity();
    if (!problems)
        return ctx.fail(problems.error());
    if (problems->isEmpty()) {
        ctx.out << "ok" << Qt::endl;
        return Ok;
    }
    // SQLite's own lines, one per problem, only when asked: a damaged page can give hundreds.
    if (verbose) {
        for (const QString& problem : problems.value())
            ctx.out << problem << '\n';
        ctx.out.flush();
    }
    return ctx.fail(NotAVaultOrDamaged,
        QStringLiteral("the vault is damaged: %1; restore it from a backup.%2")
            .arg(Vault::integritySummary(problems.value()),
                verbose ? QString() : QStringLiteral(" (`check --verbose` lists every problem.)")));
}

int runPasswd(CliContext& ctx)
{
    Result<crypto::SecureBuffer> current = ctx.passphrases.read("Current passphrase: ");
    if (!current)
        return ctx.fail(current.error());
    Result<std::unique_ptr<Vault>> vault = Vault::open(ctx.vaultPath, current.value());
    if (!vault)
        return ctx.fail(vault.error());
    ctx.warnIfWeak(*vault.value());
    Result<crypto::SecureBuffer> next = ctx.passphrases.readNew("New passphrase: ", "Repeat the new passphrase: ");
    if (!next)
        return ctx.fail(next.error());
    if (const int rejected = ctx.checkPassphrasePolicy(next.value()); rejected != Ok)
        return rejected;
    const Status changed = vault.value()->changePassphrase(current.value(), next.value());
    if (!changed)
        return ctx.fail(changed.error());
    ctx.out << "Passphrase changed; the vault was re-opened with the new passphrase to prove it." << Qt::endl;
    return Ok;
}

int runRawKey(CliContext& ctx)
{
    Result<std::unique_ptr<Vault>> vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    ctx.err << "WARNING: the raw key opens this vault without the passphrase. Anyone who sees it can read\n"
               "every record. Use it only to open the vault with the sqlcipher shell; do not save it,\n"
               "paste it into chat or e-mail, or keep it in shell history."
            << Qt::endl;
    const crypto::SecureBuffer key = vault.value()->rawKeySpec();
    std::fwrite(key.chars(), 1, key.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return Ok;
}

} // namespace
} // namespace vault_commands

void addVaultCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace vault_commands;
    CLI::App* init = app.add_subcommand("init", "Create a new, empty vault (asks for a new passphrase twice).");
    auto insecure = std::make_shared<bool>(false);
    if (ctx.offerTestingKdf) {
        init->add_flag("--insecure-fast-kdf-for-testing", *insecure,
                "Derive the key with a trivially cheap profile. Only for automated tests; never for real data.")
            ->group("");
    }
    init->callback([&ctx, &exitCode, insecure] { exitCode = runInit(ctx, *insecure); });

    app.add_subcommand("info", "Show the vault's version, key-derivation profile and cipher settings.")
        ->callback([&ctx, &exitCode] { exitCode = runInfo(ctx); });
    CLI::App* check = app.add_subcommand("check",
        "Verify the integrity of every page and every reference in the vault. A damaged vault is summarised: how "
        "many problems, on which pages.");
    auto verbose = std::make_shared<bool>(false);
    check->add_flag("-v,--verbose", *verbose, "List every problem SQLite reports, one per line");
    check->callback([&ctx, &exitCode, verbose] { exitCode = runCheck(ctx, *verbose); });
    app.add_subcommand("compact",
           "Shrink the vault file by the space deleted records left (removed attachments above all; `info` shows "
           "it): rewritten in one transaction, then verified as a backup is. Needs free disk space and memory "
           "about the vault's size.")
        ->callback([&ctx, &exitCode] { exitCode = runCompact(ctx); });
    app.add_subcommand("passwd", "Change the vault's passphrase (asks for the current one, then the new one twice).")
        ->callback([&ctx, &exitCode] { exitCode = runPasswd(ctx); });
    app.add_subcommand(
           "raw-key", "Print the raw SQLCipher key (x'...') so that the stock sqlcipher shell can open the vault.")
        ->callback([&ctx, &exitCode] { exitCode = runRawKey(ctx); });
}

} // namespace advicehub::cli
