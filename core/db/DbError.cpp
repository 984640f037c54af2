#include "db/DbError.h"

#include "db/Sqlite.h"

namespace advicehub::db {

Error toError(const DbError& error)
{
    switch (error.code()) {
    case SQLITE_NOTADB:
        return makeError(ErrorCode::NotAVault);
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Damaged);
    case SQLITE_FULL:
        return makeError(ErrorCode::DiskFull);
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
        return makeError(ErrorCode::PermissionDenied);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
        return makeError(ErrorCode::Io);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::AlreadyOpen);
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::InvalidInput);
    default:
        return makeError(ErrorCode::Internal);
    }
}

} // namespace advicehub::db
