#pragma once

#include "common/Error.h"

namespace advicehub::cli {

// Documented in README.md and in `advicehub-cli --help`. Stable: scripts rely on them.
enum ExitCode : int {
    Ok = 0,
    Failure = 1, // anything not listed below
    Usage = 2, // bad command line
    WrongPassphrase = 3,
    NotAVaultOrDamaged = 4,
    AlreadyOpen = 5,
    NewerVersion = 6,
    FileError = 7, // not found, permission denied, disk full, already exists, I/O
    InvalidInput = 8, // rejected input: weak or mismatched passphrase, invalid rows, bad values
    NotAllowed = 9, // a rule forbids it in the current state (e.g. a status change)
};

ExitCode exitCodeFor(ErrorCode code);

inline constexpr const char* ExitCodeHelp = "Exit codes:\n"
                                            "  0  success\n"
                                            "  1  other failure\n"
                                            "  2  usage error\n"
                                            "  3  wrong passphrase\n"
                                            "  4  not an Advice Hub vault, or damaged\n"
                                            "  5  vault already open in another Advice Hub program\n"
                                            "  6  vault made by a newer version of Advice Hub\n"
                                            "  7  file error (not found, permission, disk full, already exists)\n"
                                            "  8  invalid input (passphrase too weak or not confirmed, invalid data)\n"
                                            "  9  not allowed in the current state\n";

} // namespace advicehub::cli
