#pragma once

#include "common/Result.h"

#include <QHash>
#include <QKeySequence>
#include <QObject>

class QAction;
class QWidget;

namespace advicehub {
class Session;
}
namespace advicehub::pending {
struct PendingEdit;
}

namespace advicehub::ui {

class DraftEditor;
class DraftsPanel;

// The draft actions of the Queries page — New Draft… (Ctrl+Shift+D), Open Draft, Draft
// Properties… (F2 on the drafts list: title, kind, language), Remove Draft… — in the Query menu,
// under the Drafts tab's list and in its context menu, and the draft editors they open.
// Every editor and dialog belongs to `owner` (the page), so that a lock destroys them after
// keepUnsavedWork() has kept their text.
class DraftActions : public QObject {
    Q_OBJECT
public:
    DraftActions(Session& session, QWidget& owner, DraftsPanel& panel);

    QList<QAction*> menuActions() const { return m_menuActions; }
    QAction* action(const QString& objectName) const { return m_actions.value(objectName); }
    void update();
    // Opens (or raises) the editor of a draft; offers its autosaved text. Null on error (shown).
    DraftEditor* openDraft(qint64 draftId);
    DraftEditor* editorOf(qint64 draftId) const;
    QList<DraftEditor*> editors() const;
    // At a lock: every editor with unsaved text keeps it; one line per failure (never content).
    QStringList keepUnsavedWork();
    // The pending-edits offer after unlock: opens the draft with its kept text.
    Status restorePendingEdit(const pending::PendingEdit& edit);

public Q_SLOTS:
    void newDraft();
    void openSelected();
    void removeSelected();
    // Draft Properties… of the selected draft (refused for a sent one, with the reason).
    void editSelectedProperties();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    QAction* make(const char* name, const QString& text, const QKeySequence& shortcut = {});
    DraftEditor* createEditor(qint64 draftId, Status& error);

    Session& m_session;
    QWidget& m_owner;
    DraftsPanel& m_panel;
    QList<QAction*> m_menuActions;
    QHash<QString, QAction*> m_actions;
};

} // namespace advicehub::ui
