#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace advicehub::db {
class Connection;
}

namespace advicehub::attachments {

// The part of the vault's integrity check that SQLite cannot do: every stored attachment is read
// back chunk by chunk (never whole) and each chunk's SHA-256, the sequence of chunks, the size
// and the whole file's SHA-256 are compared with what was recorded when it was added. One line
// per damaged attachment, naming it by id and file name; empty when all are sound (or the vault
// predates attachments). Throws nothing: an attachment whose pages cannot be read is reported.
class AttachmentIntegrity {
    Q_DECLARE_TR_FUNCTIONS(advicehub::attachments::AttachmentIntegrity)
public:
    static QStringList check(db::Connection& connection);
};

} // namespace advicehub::attachments
