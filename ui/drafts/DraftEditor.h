#pragma once

#include "common/Result.h"
#include "drafts/DraftService.h"
#include "drafts/DraftTypes.h"

#include <QHash>
#include <QMainWindow>
#include <QTextCharFormat>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace advicehub {
class Session;
}
namespace advicehub::pending {
struct PendingEdit;
}

namespace advicehub::ui {

class ConflictBanner;
class DraftTextEdit;
class SpellChecker;
class SpellHighlighter;

// The draft editor: a window of its own (non-modal; several drafts may be open) that belongs to
// the Queries page, so that a lock — which first keeps the unsaved text in the vault
// (keepUnsavedWork) — destroys it with the page.
//
// Rich text with a formatting toolbar, paste through the core's sanitiser, spell checking as you
// type (the draft's language; suggestions and "Add to Vault Dictionary" on right click), the
// library panel to insert citations, Save (a new version with an optional comment), the
// clearance steps that DraftService::allowedActions offers, Export Draft… and Copy as Rich Text.
// A sent draft opens read-only under a banner that says so, with Copy into New Draft.
//
// Autosave: while the text changes, at most every DraftLimits::AutosaveIntervalSeconds, the text
// goes into the vault's kept work (pending::PendingKind::DraftText) — one kept copy per editor,
// replaced each time, removed when the editor saves or the user discards the changes. Never a file.
class DraftEditor : public QMainWindow {
    Q_OBJECT
public:
    DraftEditor(Session& session, qint64 draftId, QWidget* parent);
    ~DraftEditor() override;

    // Reads the draft and its newest version. An error: the editor shows nothing and must be
    // deleted by the caller.
    Status load();
    // Offers the text autosaved for this draft, if any (asked in a box; Restore, Discard or Later).
    void offerKeptText();
    // Shows kept text (from the pending-edits offer or offerKeptText) in place of the saved one.
    void restoreKept(const pending::PendingEdit& edit);

    qint64 draftId() const { return m_draftId; }
    const drafts::Draft& draft() const { return m_draft; }
    DraftTextEdit* textEdit() const { return m_edit; }
    SpellHighlighter* highlighter() const { return m_highlighter; }
    SpellChecker* spellChecker() const { return m_checker.get(); }
    QAction* action(const QString& objectName) const { return m_actions.value(objectName); }
    QLabel* banner() const { return m_banner; }
    // Shown when Save found a version saved meanwhile by someone else (see save()).
    ConflictBanner* conflictBanner() const { return m_conflict; }
    QLabel* wordCountLabel() const { return m_wordCount; }
    QLabel* spellNotice() const { return m_spellNotice; }
    QLineEdit* commentEdit() const { return m_comment; }
    QLineEdit* librarySearch() const { return m_librarySearch; }
    QListWidget* libraryList() const { return m_libraryList; }
    QTimer* autosaveTimer() const { return m_autosave; }
    // How many times the text was kept as unsaved work (autosave and lock).
    int keptCount() const { return m_keptCount; }
    std::optional<qint64> keptId() const { return m_pendingId; }

    // The steps offered follow the draft and the acting adviser (after Switch Adviser…).
    void refreshActions() { updateActions(); }
    bool hasUnsavedChanges() const;
    // Keeps the text in the vault now (autosave, lock). Nothing to do when nothing changed.
    Status keepNow();
    // What this editor is, for a message that must not show its content.
    QString describe() const;
    // The line of the list of kept work (in the vault): the draft's title and query.
    QString keptTitle() const;

public Q_SLOTS:
    // Save (Ctrl+S): a new version with the comment typed in the toolbar. When someone saved a
    // version (or took a step) since this editor read the draft, nothing is saved and the conflict
    // banner offers Reload Their Version (the newest version replaces the text typed here) or Save
    // Mine Anyway (the text typed here becomes the next version; theirs stays in the history).
    void save();
    void submit();
    void requestChanges();
    void clear();
    void markSent();
    void copyIntoNew();
    void exportDraft();
    void copyAsRichText();
    void insertLink();
    void showVersionHistory();
    void insertFromPrecedents();
    void insertSelectedCitation();

Q_SIGNALS:
    // The draft changed (saved, a step): the Drafts tab follows.
    void draftChanged(qint64 queryId);
    // A new draft was made from this one (Copy into New Draft): the owner opens it.
    void openDraftRequested(qint64 draftId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QAction* make(const char* name, const QString& text, const QKeySequence& shortcut = {});
    void buildActions();
    void buildLayout();
    void buildLibraryDock();
    void loadDictionary(drafts::DraftLanguage language);
    void showDraft(const drafts::Draft& draft);
    void updateActions();
    void updateFormatActions();
    void updateWordCount();
    void textChanged();
    void stepDone(const drafts::Draft& draft, const QString& message);
    void openStep(int step);
    void setHeading(int level);
    void toggleList(int style);
    void mergeFormat(const QTextCharFormat& format);
    void searchLibrary();
    void forgetKept();
    bool refuseIfModified(const QString& what);
    void reloadTheirs();
    void saveMineAnyway();

    Session& m_session;
    qint64 m_draftId;
    drafts::Draft m_draft;
    QString m_savedHtml;
    std::unique_ptr<SpellChecker> m_checker;
    SpellHighlighter* m_highlighter = nullptr;
    DraftTextEdit* m_edit = nullptr;
    QHash<QString, QAction*> m_actions;
    QLabel* m_banner = nullptr;
    ConflictBanner* m_conflict = nullptr;
    QLabel* m_wordCount = nullptr;
    QLabel* m_spellNotice = nullptr;
    QLineEdit* m_comment = nullptr;
    QDockWidget* m_libraryDock = nullptr;
    QLineEdit* m_librarySearch = nullptr;
    QListWidget* m_libraryList = nullptr;
    QTimer* m_autosave = nullptr;
    std::optional<qint64> m_pendingId;
    int m_keptCount = 0;
    bool m_closing = false;
    bool m_loading = false;
};

} // namespace advicehub::ui
