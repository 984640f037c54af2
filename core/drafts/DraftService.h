#pragma once

#include "common/Result.h"
#include "drafts/DraftTypes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace advicehub::casefile {
class CaseRecord;
class SummarySectionProvider;
} // namespace advicehub::casefile
namespace advicehub::reference {
class ReferenceLookup;
}
namespace advicehub::advisers {
class AdviserService;
}
namespace advicehub::queries {
class QueryService;
}

namespace advicehub::drafts {

// Drafts of the Secretariat's answers and their clearance. Every operation validates first (each
// refusal with its own message, nothing written), then writes in one transaction and records
// itself on the query's timeline through the case record (EntryKind::Draft, source
// {"draft", id}, structured data {event, draft, version, state…} for rendering later).
//
// Every body is sanitised (HtmlSanitizer) before it is stored; every save appends an immutable
// version. The clearance chain is enforced here and, for the sent lock, by the schema too:
//   submit          draft | changes_requested -> submitted    (anyone; the newest version)
//   requestChanges  submitted -> changes_requested            (role head; a comment is required)
//   clear           submitted -> cleared                      (role head; four eyes: not the
//                   author of the submitted version, unless the vault has one active adviser, who
//                   then gives a justification of ≥ 20 characters, recorded and marked self-cleared)
//   markSent        cleared -> sent                           (anyone; date, channel; the cleared
//                   version is the sent one; the query's response_sent becomes possible)
//   save            draft | changes_requested | submitted | cleared -> draft (a new version;
//                   after submission or clearance a Reopened step is recorded); sent: refused
// `expectedVersion` guards against lost updates (ErrorCode::Conflict when another window saved).
class DraftService : public QObject {
    Q_OBJECT
public:
    DraftService(casefile::CaseRecord& record, reference::ReferenceLookup& lookup, advisers::AdviserService& advisers,
        queries::QueryService& queries, QObject* parent = nullptr);
    ~DraftService() override;

    // Refused: unknown or merged query, no title, a title too long, a body the sanitiser refuses.
    Result<Draft> create(const DraftInput& input);
    // A new version (html sanitised). Refused when sent (locked) or when nothing changed (same
    // sanitised html: ErrorCode::InvalidInput "no change to save").
    Result<Draft> save(qint64 draftId, const QString& html, const QString& comment, int expectedVersion);
    // Title, language, kind: not a new version; refused once sent.
    Result<Draft> rename(
        qint64 draftId, const QString& title, DraftLanguage language, DraftKind kind, int expectedVersion);
    Result<Draft> submit(qint64 draftId, const QString& comment, int expectedVersion);
    Result<Draft> requestChanges(qint64 draftId, const QString& comment, int expectedVersion);
    // `justification`: only for the self-clearance of a single-adviser vault.
    Result<Draft> clear(qint64 draftId, const QString& comment, int expectedVersion, const QString& justification = {});
    Result<Draft> markSent(qint64 draftId, const SendInput& input, int expectedVersion);
    // A new draft (state draft, version 1) with the text of `version` (default: the newest) of
    // any draft, sent ones included; the new draft records where it came from.
    Result<Draft> copyIntoNew(qint64 draftId, std::optional<int> version = std::nullopt, const QString& title = {});
    // Deletes a draft that was never sent, with its versions and steps (recorded on the timeline:
    // title and number of versions, not the text). Its unsaved text kept in the vault (autosave,
    // lock: pending::PendingKind::DraftText) goes in the same transaction. A sent draft:
    // ErrorCode::NotAllowed.
    Result<void> remove(qint64 draftId);

    // What the session's adviser may do with the draft now (only the allowed steps are offered).
    enum class Action { Save, Submit, RequestChanges, Clear, MarkSent, CopyIntoNew, Remove };
    QList<Action> allowedActions(qint64 draftId) const;
    // Why `action` would be refused now (not a head, four eyes, wrong state…), or ok.
    Result<void> canDo(qint64 draftId, Action action) const;
    // Clearing now would be the single-adviser self-clearance (a justification is needed).
    bool needsSelfClearanceJustification(qint64 draftId) const;

    Result<Draft> get(qint64 draftId) const;
    std::vector<Draft> draftsOf(qint64 queryId) const; // newest change first
    // Oldest first. Opening a draft with 200 versions reads the list without the bodies:
    // versions() leaves html and text empty; version() reads one whole.
    Result<std::vector<DraftVersion>> versions(qint64 draftId) const;
    Result<DraftVersion> version(qint64 draftId, std::optional<int> number = std::nullopt) const; // newest
    Result<std::vector<ClearanceStep>> steps(qint64 draftId) const; // oldest first
    // Word diff of two versions of a draft (WordDiffer::diffVersions).
    Result<WordDiff> diff(qint64 draftId, int oldNumber, int newNumber) const;
    // Whether the query has a sent draft (the query's response_sent needs one, or a reason).
    bool hasSentDraft(qint64 queryId) const;

    // Writes `bytes` (documents::DraftExport::render of the version) to `path` as a deliberate
    // export: 0600, atomic, and recorded on the disclosure record and the query's timeline (format
    // and file name, never content) in the same step, so that an export that is not recorded does
    // not exist — the mechanism of the query export (QueryExport::exportToFile), factored out and
    // shared, not copied. Refuses to replace an existing file unless `overwrite`. Any draft,
    // sent ones included.
    Result<void> exportVersion(qint64 draftId, int versionNumber, const QString& format, const QByteArray& bytes,
        const QString& path, bool overwrite);

    // The "Drafts" part of a case summary (the sent answer, else the cleared one, else the newest
    // draft marked DRAFT; then the list). The session registers it. Owned by this service.
    casefile::SummarySectionProvider* summaryProvider();

Q_SIGNALS:
    // After the commit only.
    void draftsChanged(qint64 queryId);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace advicehub::drafts
