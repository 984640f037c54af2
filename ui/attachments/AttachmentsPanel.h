#pragma once

#include "attachments/AttachmentTypes.h"

#include <QHash>
#include <QKeySequence>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMimeData;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

// The Attachments tab of the query detail pane: the query's files (name, type, size, added on,
// added by, description, the timeline entry it came with), oldest first, and their actions — Open
// (Enter, a double click), Add Attachment…, Save a Copy…, Edit Description…, Link to Timeline
// Entry…, Remove… (Delete in the list) — under the list,
// in its context menu and in the Query menu (menuActions()). Files dropped on the pane are added
// too (addFiles). It follows AttachmentService::attachmentsChanged.
//
// Adding runs as a LongOperation (progress with Cancel, events processed, a lock waits until the
// add has finished or been cancelled — as an import does): each file is one transaction in the
// core, so a cancel or a refusal leaves nothing of it.
class AttachmentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentsPanel(Session& session, QWidget* parent = nullptr);

    // Shows the attachments of a query (nullopt: none). `writable`: false for a merged query
    // (its attachments are read, never changed).
    void showQuery(std::optional<qint64> queryId, bool writable = true);
    void refresh();
    std::optional<qint64> queryId() const { return m_queryId; }
    const std::vector<attachments::Attachment>& attachments() const { return m_attachments; }
    std::optional<attachments::Attachment> selectedAttachment() const;
    void selectAttachment(qint64 id);
    QTreeWidget* attachmentList() const { return m_list; }
    QLabel* foundLabel() const { return m_found; }

    // The search typed over the list of queries (empty: none): the tab says which attachments
    // of the shown query it was found in. Returns those file names.
    QStringList setSearchText(const QString& text);

    // The separator and the actions, for the Query menu.
    QList<QAction*> menuActions() const { return m_menuActions; }
    QAction* action(const QString& objectName) const { return m_actions.value(objectName); }
    void updateActions();

    // Files dropped on the pane: whether `mime` holds URLs at all (the drag is accepted), and
    // adding them: local files only; a folder or a remote address is refused with a message.
    static bool canDrop(const QMimeData* mime);
    void dropFiles(const QMimeData* mime);

public Q_SLOTS:
    void addAttachments();
    // Adds the files (local paths) with a progress dialog and a summary of what was added and
    // what was refused. `refused`: refusals found before (a dropped folder), shown in the summary.
    // `entryId`: the timeline entry of the query they came with (none: std::nullopt).
    void addFiles(const QStringList& paths, const QStringList& refused = {}, std::optional<qint64> entryId = {});
    // Add Attachment… for one timeline entry of the shown query (the timeline's *Attach File to
    // This Entry…*): the files chosen are linked to it.
    void addAttachmentsToEntry(qint64 entryId);
    // Link to Timeline Entry…: a dialog to choose one of the query's entries, or none.
    void linkSelectedToEntry();
    void openSelected();
    void saveCopyOfSelected();
    void editDescriptionOfSelected();
    void removeSelected();

Q_SIGNALS:
    void selectionChanged();
    void countChanged(int all);
    void statusMessage(const QString& message);

private:
    QAction* make(const char* name, const QString& text, const QKeySequence& shortcut = {});
    void fill();

    Session& m_session;
    std::optional<qint64> m_queryId;
    bool m_writable = true;
    bool m_adding = false;
    std::vector<attachments::Attachment> m_attachments;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QLabel* m_found;
    QWidget* m_buttons;
    QList<QAction*> m_menuActions;
    QHash<QString, QAction*> m_actions;
    QHash<qint64, QString> m_entryLabels; // the shown query's timeline entries, by id
};

} // namespace advicehub::ui
