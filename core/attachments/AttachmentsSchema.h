#pragma once

namespace advicehub::db {
class Connection;
}

namespace advicehub::attachments {

// Schema version 9: attachments stored inside the vault. An attachment's row holds what is known
// about the file (name, media type, size, SHA-256, who added it when, its description and the
// outcome of its text extraction); its bytes are rows of attachment_chunks (256 KiB each, in
// sequence, each with its own SHA-256), so that no file is ever one giant value in memory; the
// text extracted for search is a row of the FTS4 table attachment_text (docid = attachment id).
// Registered in db/Schema.cpp; a released migration is never edited.
void migrateToAttachments(db::Connection& connection);

} // namespace advicehub::attachments
