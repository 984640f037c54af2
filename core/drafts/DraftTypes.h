#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

// Response drafting (PRODUCT.md §3.4): versioned drafts of the Secretariat's answer to a query,
// cleared by the Head of Secretariat (four eyes) and locked once sent.
namespace advicehub::drafts {

// The codes are stored in the vault and never change.
enum class DraftKind { Acknowledgement, HoldingReply, SubstantiveResponse, ReferralNotice, Other };

// draft -> submitted -> changes_requested -> draft ... ; submitted -> cleared -> sent.
// Saving a new version of a submitted, changes_requested or cleared draft sends it back to draft.
// A sent draft is locked: read, print, export, copy into a new draft; never edit or delete.
enum class DraftState { Draft, Submitted, ChangesRequested, Cleared, Sent };

// A step of the clearance chain, kept with the version it refers to (append-only).
enum class StepAction {
    Submitted, // the author asks for clearance of a version
    ChangesRequested, // the reviewer sends it back, with a comment
    Cleared, // a head cleared that version (selfCleared: the single-adviser exception)
    Sent, // marked sent: date, channel, the exact version
    Reopened, // a new version was saved after submission or clearance (back to draft)
};

// The languages a draft is written in (and the dictionaries of the spell checker).
// Codes "en", "fr", "es".
enum class DraftLanguage { English, French, Spanish };

class DraftText {
    Q_DECLARE_TR_FUNCTIONS(DraftText)
public:
    static QString code(DraftKind kind); // "acknowledgement", "holding_reply", "substantive_response",
                                         // "referral_notice", "other"
    static std::optional<DraftKind> kind(QStringView code);
    static QString label(DraftKind kind); // "Acknowledgement of receipt", "Holding reply", …
    static const std::vector<DraftKind>& allKinds();

    static QString code(DraftState state); // "draft", "submitted", "changes_requested", "cleared", "sent"
    static std::optional<DraftState> state(QStringView code);
    static QString label(DraftState state); // "Draft", "Submitted for clearance", "Changes requested", …
    static const std::vector<DraftState>& allStates();

    static QString code(StepAction action); // "submitted", "changes_requested", "cleared", "sent", "reopened"
    static std::optional<StepAction> stepAction(QStringView code);
    static QString label(StepAction action);

    static QString code(DraftLanguage language); // "en", "fr", "es"
    static std::optional<DraftLanguage> language(QStringView code);
    static QString label(DraftLanguage language); // "English", "French", "Spanish" (translated)
    static const std::vector<DraftLanguage>& allLanguages();
    // The locale of a language, for dates in letters ("6 December 2026", "6 décembre 2026").
    static QLocale locale(DraftLanguage language);
};

// One immutable version of a draft's body. Every save makes one (append-only in the schema).
struct DraftVersion {
    qint64 id = 0;
    qint64 draftId = 0;
    int number = 0; // 1, 2, 3… per draft
    QString html; // sanitised (HtmlSanitizer) rich text
    QString text; // its plain text (diff, search, word count)
    int wordCount = 0;
    QString comment; // optional: what changed
    std::optional<qint64> authorId;
    QString authorName;
    QDateTime savedAtUtc;
};

// A step of the clearance chain.
struct ClearanceStep {
    qint64 id = 0;
    qint64 draftId = 0;
    int versionNumber = 0; // the version the step refers to
    StepAction action = StepAction::Submitted;
    QString comment; // review comment, self-clearance justification, sending note
    std::optional<qint64> adviserId;
    QString adviserName;
    QDateTime occurredAtUtc;
    bool selfCleared = false; // Cleared by the author (single-adviser vault), with a justification
};

struct Draft {
    qint64 id = 0;
    qint64 queryId = 0;
    QString queryReference;
    QString title;
    DraftLanguage language = DraftLanguage::English;
    DraftKind kind = DraftKind::SubstantiveResponse;
    DraftState state = DraftState::Draft;
    int latestVersion = 0; // the number of the newest version
    int wordCount = 0; // of the newest version
    QDateTime createdAtUtc;
    std::optional<qint64> createdById;
    QString createdByName;
    QDateTime updatedAtUtc; // last save or step
    std::optional<qint64> lastAuthorId; // author of the newest version
    QString lastAuthorName;
    // Clearance: the version cleared and by whom (set while cleared or sent).
    std::optional<int> clearedVersion;
    std::optional<qint64> clearedById;
    QString clearedByName;
    bool selfCleared = false;
    // Sending: the exact version, the date and the channel (set once sent).
    std::optional<int> sentVersion;
    std::optional<QDate> sentOn;
    std::optional<qint64> sentChannelId;
    QString sentChannelName;
    std::optional<qint64> copiedFromDraftId; // "Copy into New Draft"
    std::optional<qint64> templateId; // the template it started from
    int version = 0; // row version against lost updates (every save and step bumps it)
    bool locked() const { return state == DraftState::Sent; }
};

// A new draft: blank (html empty) or from a template (LibraryService::fillTemplate first).
struct DraftInput {
    qint64 queryId = 0;
    QString title; // required
    DraftLanguage language = DraftLanguage::English;
    DraftKind kind = DraftKind::SubstantiveResponse;
    QString html; // the first version's body (sanitised on save)
    QString comment; // of the first version
    std::optional<qint64> templateId;
};

// Marking a cleared draft sent.
struct SendInput {
    QDate on; // invalid: today; not in the future, not before the query was received
    qint64 channelId = 0; // a channel of the reference data (e-mail, note verbale, …)
    QString note; // optional
};

// The outcome of a sanitisation: what is stored, and what was removed (for the user).
struct SanitisedHtml {
    QString html; // the allowed subset only, re-serialised
    QString text; // plain text (paragraphs separated by newlines)
    int wordCount = 0;
    // What was dropped, one line per kind ("script elements", "event handler attributes",
    // "remote images"…), translated; empty when nothing was.
    QStringList removed;
};

// A word diff between two versions.
struct DiffSegment {
    enum class Op { Equal, Inserted, Deleted };
    Op op = Op::Equal;
    QString text; // the tokens of the segment, whitespace included as in the source
};

struct WordDiff {
    std::vector<DiffSegment> segments; // in reading order; deletions before insertions at a change
    int wordsInserted = 0;
    int wordsDeleted = 0;
    // The plain texts are equal but the formatting differs (bold, lists, headings, links…).
    bool formattingChanged = false;
    QStringList formattingChanges; // translated descriptions, e.g. "bold added", "list removed"
    // Nothing changed: no inserted or deleted segment (punctuation counts: "Thank you." and
    // "Thank you!" differ, though no word does) and no formatting change.
    bool identical() const
    {
        for (const DiffSegment& segment : segments) {
            if (segment.op != DiffSegment::Op::Equal)
                return false;
        }
        return !formattingChanged;
    }
};

struct DraftLimits {
    static constexpr int Title = 300;
    static constexpr int Comment = 5000;
    static constexpr int SendNote = 2000;
    static constexpr int MinSelfClearanceJustification = 20;
    // Bodies: the sanitiser refuses larger HTML input (a pasted 50 MB is refused, not cut).
    static constexpr int MaxHtmlInputBytes = 8 * 1024 * 1024;
    // Nesting deeper than this is flattened (its text kept) by the sanitiser.
    static constexpr int MaxNestingDepth = 64;
    static constexpr int AutosaveIntervalSeconds = 5;
};

} // namespace advicehub::drafts
