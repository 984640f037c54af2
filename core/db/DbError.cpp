#include "db/DbError.h"

#include "db/Sqlite.h"

namespace advicehub::db {

Error toError(const DbError& error)
{
    if (error.pageUnreadable())
        return makeError(ErrorCode::Damaged);
    switch (error.code()) {
    // At open, SQLITE_NOTADB on the first read means a wrong key (Vault::open says so); any later
    // one is a page that no longer decrypts.
    case SQLITE_NOTADB:
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
