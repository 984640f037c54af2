#pragma once

#include "vault/Vault.h"

namespace advicehub {

// Vaults at an older schema version, for migration tests. Test support only: Vault lets this
// class (a friend) reach its private factories; the shipped programs cannot.
class VaultTestAccess {
public:
    static Result<std::unique_ptr<Vault>> createAtVersion(const QString& path, const crypto::SecureBuffer& passphrase,
        const crypto::KdfProfile& profile, int schemaVersion)
    {
        return Vault::createImpl(path, passphrase, profile, schemaVersion);
    }
    // As Vault::open(), but a vault older than `maxSchemaVersion` is not upgraded beyond it.
    static Result<std::unique_ptr<Vault>> openAtVersion(
        const QString& path, const crypto::SecureBuffer& passphrase, int maxSchemaVersion)
    {
        return Vault::openImpl(path, passphrase, maxSchemaVersion);
    }
    // The memory compact() believes the system has available (-1: read the system's again).
    static void setAvailableMemory(Vault& vault, qint64 bytes) { vault.m_availableMemoryForTesting = bytes; }
    // Damage as a bad disk or a tampering hand would: replaces a stored attachment chunk's bytes
    // (and, when `sha256` is given, its recorded hash) behind the schema's back, the trigger that
    // keeps chunks immutable set aside for the one statement and put back as it was.
    static void overwriteAttachmentChunk(
        Vault& vault, qint64 attachmentId, int seq, const QByteArray& data, const QByteArray* sha256 = nullptr)
    {
        db::Connection& c = vault.connection();
        const QString trigger = c.queryText(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'attachment_chunks_immutable'");
        c.execute("DROP TRIGGER attachment_chunks_immutable");
        {
            db::Statement update = c.prepare(sha256
                    ? "UPDATE attachment_chunks SET data = ?3, sha256 = ?4 WHERE attachment_id = ?1 AND seq = ?2"
                    : "UPDATE attachment_chunks SET data = ?3 WHERE attachment_id = ?1 AND seq = ?2");
            update.bindAll(attachmentId, seq);
            update.bindBlob(3, data);
            if (sha256)
                update.bindBlob(4, *sha256);
            update.execute();
        }
        const QByteArray sql = trigger.toUtf8();
        c.execute(std::string_view(sql.constData(), static_cast<size_t>(sql.size())));
    }
};

} // namespace advicehub
