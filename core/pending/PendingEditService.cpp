#include "pending/PendingEditService.h"

#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"

#include <QJsonDocument>
#include <QList>

namespace advicehub::pending {

QString kindCode(PendingKind kind)
{
    switch (kind) {
    case PendingKind::QueryForm:
        return QStringLiteral("query_form");
    case PendingKind::TimelineEntry:
        return QStringLiteral("timeline_entry");
    case PendingKind::DraftText:
        return QStringLiteral("draft_text");
    }
    return {};
}

std::optional<PendingKind> kindFromCode(QStringView code)
{
    for (PendingKind kind : { PendingKind::QueryForm, PendingKind::TimelineEntry, PendingKind::DraftText }) {
        if (code == kindCode(kind))
            return kind;
    }
    return std::nullopt;
}

PendingEditService::PendingEditService(db::Connection& connection, const Clock& clock)
    : m_connection(connection), m_clock(clock)
{ }

Result<qint64> PendingEditService::keep(PendingKind kind, std::optional<qint64> queryId, int baseVersion,
    const QJsonObject& payload, const QString& title, std::optional<qint64> adviserId, std::optional<qint64> replacing)
{
    return db::guard([&]() -> Result<qint64> {
        const QString json = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        const QString shortTitle = title.isNull() ? QStringLiteral("") : title.left(200);
        const QString now = isoUtc(m_clock.nowUtc());
        if (replacing) {
            db::Statement s = m_connection.prepare(
                "UPDATE pending_edits SET kind = ?1, query_id = ?2, base_version = ?3, payload = ?4, title = ?5, "
                "adviser_id = ?6, saved_at = ?7 WHERE id = ?8");
            s.bindAll(kindCode(kind), queryId, baseVersion, json, shortTitle, adviserId, now, *replacing);
            s.execute();
            if (m_connection.changes() == 1)
                return *replacing;
            // The copy is gone (discarded elsewhere): this content is kept anew.
        }
        db::Statement s = m_connection.prepare(
            "INSERT INTO pending_edits(kind, query_id, base_version, payload, title, adviser_id, saved_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        s.bindAll(kindCode(kind), queryId, baseVersion, json, shortTitle, adviserId, now);
        s.execute();
        return m_connection.lastInsertRowId();
    });
}

Result<std::vector<PendingEdit>> PendingEditService::list() const
{
    return db::guard([&]() -> Result<std::vector<PendingEdit>> {
        std::vector<PendingEdit> edits;
        db::Statement s = m_connection.prepare(
            "SELECT p.id, p.kind, p.query_id, q.reference, p.base_version, p.payload, p.title, p.saved_at, a.name "
            "FROM pending_edits p LEFT JOIN queries q ON q.id = p.query_id "
            "LEFT JOIN advisers a ON a.id = p.adviser_id ORDER BY p.saved_at, p.id");
        while (s.step()) {
            const auto kind = kindFromCode(s.text(1));
            if (!kind)
                continue; // written by a newer version: left alone
            PendingEdit edit;
            edit.id = s.int64(0);
            edit.kind = *kind;
            edit.queryId = s.optionalInt64(2);
            edit.queryReference = s.text(3);
            edit.baseVersion = s.int32(4);
            edit.payload = QJsonDocument::fromJson(s.text(5).toUtf8()).object();
            edit.title = s.text(6);
            edit.savedAtUtc = parseIsoUtc(s.text(7));
            edit.adviserName = s.text(8);
            edits.push_back(std::move(edit));
        }
        return edits;
    });
}

Status PendingEditService::remove(qint64 id)
{
    return db::guard([&]() -> Status {
        db::Statement s = m_connection.prepare("DELETE FROM pending_edits WHERE id = ?1");
        s.bind(1, id);
        s.execute();
        if (m_connection.changes() == 0)
            return makeError(ErrorCode::NotFound, tr("This unsaved work was already restored or discarded."));
        return {};
    });
}

int PendingEditService::removeDraftText(db::Connection& connection, qint64 draftId)
{
    // The draft's id is inside the JSON payload (SQLCipher 3.4.1 has no JSON1): read the few
    // kept draft texts and match it here.
    QList<qint64> ids;
    db::Statement kept = connection.prepare("SELECT id, payload FROM pending_edits WHERE kind = ?1");
    kept.bind(1, kindCode(PendingKind::DraftText));
    while (kept.step()) {
        const QJsonValue draft = QJsonDocument::fromJson(kept.text(1).toUtf8()).object().value(QStringLiteral("draft"));
        if (draft.isDouble() && static_cast<qint64>(draft.toDouble()) == draftId)
            ids << kept.int64(0);
    }
    kept.reset();
    for (qint64 id : ids) {
        db::Statement del = connection.prepare("DELETE FROM pending_edits WHERE id = ?1");
        del.bind(1, id);
        del.execute();
    }
    return static_cast<int>(ids.size());
}

} // namespace advicehub::pending
