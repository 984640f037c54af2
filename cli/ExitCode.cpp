#include "ExitCode.h"

namespace advicehub::cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return WrongPassphrase;
    case ErrorCode::NotAVault:
    case ErrorCode::Damaged:
        return NotAVaultOrDamaged;
    case ErrorCode::AlreadyOpen:
        return AlreadyOpen;
    case ErrorCode::NewerVersion:
        return NewerVersion;
    case ErrorCode::NotFound:
    case ErrorCode::PermissionDenied:
    case ErrorCode::DiskFull:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Io:
        return FileError;
    case ErrorCode::InvalidInput:
        return InvalidInput;
    case ErrorCode::NotAllowed:
    case ErrorCode::Conflict:
        return NotAllowed;
    case ErrorCode::Cancelled:
    case ErrorCode::Internal:
        return Failure;
    }
    return Failure;
}

} // namespace advicehub::cli
