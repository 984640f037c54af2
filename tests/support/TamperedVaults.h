#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace advicehub::test {

class TempDir;

// Deliberately broken vault files, made one way for the core, CLI and GUI tests, so that each
// kind of damage is refused with the same error everywhere.
enum class Tampering {
    ChangedBytes, // a few bytes changed at random offsets, one of them in the first page
    ChangedDataBytes, // bytes changed in later pages only: the vault opens, the check fails
    Truncated, // cut in the middle of a page
    Empty, // a file of 0 bytes
    Directory, // a folder where the vault should be
    NoReadPermission, // mode 000 (only meaningful for an unprivileged user)
    PlainSqlite, // an unencrypted SQLite database
    RandomBytes, // 64 KiB of noise
    NewerSchema, // a sound vault made by a newer Advice Hub
};

// How a tampered file that cannot be opened is refused.
struct TamperCase {
    Tampering kind;
    const char* name;
    ErrorCode error; // what Vault::open returns
    int exitCode; // advicehub-cli's exit code (cli/ExitCode.h)
    const char* message; // a phrase of the message the user sees (CLI and unlock screen)
};

// Every kind refused at open (ChangedDataBytes opens; its damage is found by the check).
const QList<TamperCase>& refusedAtOpen();

// Makes the broken file `name` in `dir` from a vault with the test passphrase.
QString makeTampered(const TempDir& dir, Tampering kind, const QString& name = QStringLiteral("tampered.ahv"));

// A digest of what is at `path` (a file's content and mode, or a folder's listing) and of any
// journal beside it, to prove that an attempt to open it wrote nothing.
QByteArray snapshot(const QString& path);

} // namespace advicehub::test
