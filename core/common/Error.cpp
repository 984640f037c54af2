#include "common/Error.h"

namespace advicehub {

QString ErrorText::defaultMessage(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return tr("The passphrase is not correct for this vault.");
    case ErrorCode::NotAVault:
        return tr("This file is not an Advice Hub vault.");
    case ErrorCode::Damaged:
        return tr("The vault is damaged and cannot be read. Restore it from a backup.");
    case ErrorCode::NewerVersion:
        return tr("This vault was made by a newer version of Advice Hub. Update Advice Hub to open "
                  "it; this version will not change it.");
    case ErrorCode::AlreadyOpen:
        return tr("This vault is already open in another Advice Hub window or program. Close it "
                  "there first.");
    case ErrorCode::AlreadyExists:
        return tr("A file already exists at this location; it was not changed.");
    case ErrorCode::NotFound:
        return tr("Not found.");
    case ErrorCode::PermissionDenied:
        return tr("The system does not allow Advice Hub to read or write this file.");
    case ErrorCode::DiskFull:
        return tr("The disk is full. Nothing was changed; free some space and try again.");
    case ErrorCode::Io:
        return tr("The file could not be read or written.");
    case ErrorCode::InvalidInput:
        return tr("The input is not valid.");
    case ErrorCode::NotAllowed:
        return tr("This is not allowed in the current state.");
    case ErrorCode::Conflict:
        return tr("The record was changed elsewhere; reload it and try again.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::Internal:
        return tr("An internal error occurred. Nothing was changed.");
    }
    return tr("Unknown error.");
}

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return "wrong-passphrase";
    case ErrorCode::NotAVault:
        return "not-a-vault";
    case ErrorCode::Damaged:
        return "damaged";
    case ErrorCode::NewerVersion:
        return "newer-version";
    case ErrorCode::AlreadyOpen:
        return "already-open";
    case ErrorCode::AlreadyExists:
        return "already-exists";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::PermissionDenied:
        return "permission-denied";
    case ErrorCode::DiskFull:
        return "disk-full";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::InvalidInput:
        return "invalid-input";
    case ErrorCode::NotAllowed:
        return "not-allowed";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Internal:
        return "internal";
    }
    return "unknown";
}

} // namespace advicehub
