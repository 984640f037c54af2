#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace advicehub::db {
class Connection;
}

namespace advicehub::pending {

// What an open editor held when the vault locked.
enum class PendingKind {
    QueryForm, // the new-query or edit-query form
    TimelineEntry, // a note, meeting, call, e-mail or correction being written
    DraftText, // the body of a draft being edited (autosaved every few seconds and at lock);
               // payload {"draft": id, "baseVersion": n, "html": …}
};

QString kindCode(PendingKind kind);
std::optional<PendingKind> kindFromCode(QStringView code);

struct PendingEdit {
    qint64 id = 0;
    PendingKind kind = PendingKind::QueryForm;
    std::optional<qint64> queryId; // nullopt: a query not registered yet
    QString queryReference;
    int baseVersion = 0; // the query's version the edit started from
    QJsonObject payload; // the editor's content
    QString title; // one line for the list of pending edits
    QDateTime savedAtUtc;
    QString adviserName;
};

// Unsaved work kept at lock time. Locking must not lose what an adviser was typing, and the
// vault is the only place case content may be written: the editors put their content here first
// thing at a lock, and the next session offers it back. A restored form holds the kept copy's
// id: the copy leaves the vault only when the form saves or the user discards it.
class PendingEditService {
    Q_DECLARE_TR_FUNCTIONS(PendingEditService)
public:
    PendingEditService(db::Connection& connection, const Clock& clock);

    // Keeps an editor's content; one statement, its own transaction. `replacing`: the kept
    // copy the editor was restored from, which this content replaces (a form restored after one
    // lock and kept again at the next one is one kept copy, not two).
    Result<qint64> keep(PendingKind kind, std::optional<qint64> queryId, int baseVersion, const QJsonObject& payload,
        const QString& title, std::optional<qint64> adviserId, std::optional<qint64> replacing = std::nullopt);
    Result<std::vector<PendingEdit>> list() const;
    // Once the content is safely back in the vault (the restored form was saved) or the user
    // discarded it. Never before: a restore that fails leaves the kept copy where it was.
    Status remove(qint64 id);

    // The kept text of a draft (PendingKind::DraftText whose payload names `draftId`), deleted
    // inside the caller's transaction: a removed draft takes its unsaved text with it, whichever
    // path removed it (application, command line). Returns how many copies went. Throws
    // db::DbError like the statements of the caller's transaction.
    static int removeDraftText(db::Connection& connection, qint64 draftId);

private:
    db::Connection& m_connection;
    const Clock& m_clock;
};

} // namespace advicehub::pending
