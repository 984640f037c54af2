#pragma once

#include <QCoreApplication>
#include <QString>

namespace advicehub {

// What went wrong, as a stable code the UI and the CLI can act on, plus a translated sentence
// for the user. Messages never contain case content, passphrases or keys.
enum class ErrorCode {
    WrongPassphrase, // the key does not open the vault
    NotAVault, // the file is not an Advice Hub vault (empty, plain SQLite, random bytes, folder)
    Damaged, // a vault that cannot be read correctly (truncated, corrupt page)
    NewerVersion, // made by a newer Advice Hub; refused rather than risk damaging it
    AlreadyOpen, // another Advice Hub process (or window) has this vault open
    AlreadyExists, // refusing to overwrite an existing file
    NotFound, // no such file, or no such record
    PermissionDenied, // the operating system refused access
    DiskFull, // no space left while writing
    Io, // any other input/output failure
    InvalidInput, // the caller's data breaks a rule (message says which)
    NotAllowed, // a rule of the domain forbids the operation in the current state
    Conflict, // the record changed underneath the caller
    Cancelled, // the user cancelled
    Internal, // a bug: an invariant was broken
};

struct Error {
    ErrorCode code;
    QString message;
};

// Translatable messages for errors raised in the core. Kept in one class so that the
// translators find them under one context.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString defaultMessage(ErrorCode code);
};

inline Error makeError(ErrorCode code)
{
    return Error { code, ErrorText::defaultMessage(code) };
}

inline Error makeError(ErrorCode code, QString message)
{
    return Error { code, std::move(message) };
}

// A short stable identifier for logs and the CLI's machine-readable output.
const char* errorCodeName(ErrorCode code);

} // namespace advicehub
