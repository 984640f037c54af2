#include "drafts/DraftActions.h"

#include "common/MessageBox.h"
#include "common/ShowDialog.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftPropertiesDialog.h"
#include "drafts/DraftService.h"
#include "drafts/DraftsPanel.h"
#include "drafts/NewDraftDialog.h"
#include "pending/PendingEditService.h"
#include "session/Session.h"

#include <QAction>
#include <QJsonObject>
#include <QKeySequence>
#include <QTimer>
#include <QWidget>

namespace advicehub::ui {

using namespace advicehub::drafts;

DraftActions::DraftActions(Session& session, QWidget& owner, DraftsPanel& panel)
    : QObject(&owner), m_session(session), m_owner(owner), m_panel(panel)
{
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_menuActions << separator;
    m_menuActions << make("newDraftAction", tr("New &Draft\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_menuActions << make("openDraftAction", tr("&Open Draft"));
    // F2 renames in the drafts list (as in file managers), not elsewhere in the window.
    QAction* properties = make("draftPropertiesAction", tr("Draft &Properties\u2026"), QKeySequence(Qt::Key_F2));
    properties->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_menuActions << properties;
    m_menuActions << make("removeDraftAction", tr("Remo&ve Draft\u2026"));
    connect(action(QStringLiteral("newDraftAction")), &QAction::triggered, this, &DraftActions::newDraft);
    connect(action(QStringLiteral("openDraftAction")), &QAction::triggered, this, &DraftActions::openSelected);
    connect(action(QStringLiteral("removeDraftAction")), &QAction::triggered, this, &DraftActions::removeSelected);
    connect(properties, &QAction::triggered, this, &DraftActions::editSelectedProperties);
    panel.setActions(m_menuActions.mid(1));
    connect(&panel, &DraftsPanel::selectionChanged, this, &DraftActions::update);
    connect(&panel, &DraftsPanel::openRequested, this, [this](qint64 id) { openDraft(id); });
    update();
}

QAction* DraftActions::make(const char* name, const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_actions.insert(action->objectName(), action);
    return action;
}

void DraftActions::update()
{
    const bool adviser = m_session.currentAdviserId().has_value();
    const bool query = m_panel.queryId().has_value();
    const std::optional<Draft> selected = m_panel.selectedDraft();
    action(QStringLiteral("newDraftAction"))->setEnabled(adviser && query);
    action(QStringLiteral("openDraftAction"))->setEnabled(adviser && selected.has_value());
    action(QStringLiteral("removeDraftAction"))->setEnabled(adviser && selected && !selected->locked());
    QAction* properties = action(QStringLiteral("draftPropertiesAction"));
    properties->setEnabled(adviser && selected && !selected->locked());
    // Why it is off, where a user looks for it (the tooltip of the button, the status bar).
    const QString why = selected && selected->locked()
        ? tr("A sent draft is locked: its title, kind and language stay as they were when it was sent.")
        : tr("Change the selected draft's title, kind or language (F2 in the list of drafts).");
    properties->setToolTip(why);
    properties->setStatusTip(why);
    for (DraftEditor* editor : editors())
        editor->refreshActions();
}

DraftEditor* DraftActions::editorOf(qint64 draftId) const
{
    for (DraftEditor* editor : editors()) {
        if (editor->draftId() == draftId)
            return editor;
    }
    return nullptr;
}

QList<DraftEditor*> DraftActions::editors() const
{
    return m_owner.findChildren<DraftEditor*>(Qt::FindDirectChildrenOnly);
}

DraftEditor* DraftActions::createEditor(qint64 draftId, Status& error)
{
    auto* editor = new DraftEditor(m_session, draftId, &m_owner);
    if (Status loaded = editor->load(); !loaded) {
        error = loaded;
        delete editor;
        return nullptr;
    }
    connect(editor, &DraftEditor::openDraftRequested, this, [this](qint64 id) { openDraft(id); });
    connect(editor, &DraftEditor::draftChanged, this, [this] { update(); });
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

DraftEditor* DraftActions::openDraft(qint64 draftId)
{
    if (!m_session.currentAdviserId())
        return nullptr;
    if (DraftEditor* open = editorOf(draftId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    Status error;
    DraftEditor* editor = createEditor(draftId, error);
    if (!editor) {
        MessageBox::warning(&m_owner, tr("Open Draft"), error.error().message);
        return nullptr;
    }
    editor->offerKeptText();
    return editor;
}

void DraftActions::newDraft()
{
    const std::optional<qint64> queryId = m_panel.queryId();
    if (!queryId || !m_session.currentAdviserId())
        return;
    auto* dialog = new NewDraftDialog(m_session, *queryId, &m_owner);
    connect(dialog, &NewDraftDialog::created, this, [this](qint64 id) {
        m_panel.refresh();
        m_panel.selectDraft(id);
        openDraft(id);
        Q_EMIT statusMessage(tr("Draft created."));
    });
    showDialog(dialog);
}

void DraftActions::openSelected()
{
    if (const std::optional<Draft> draft = m_panel.selectedDraft())
        openDraft(draft->id);
}

void DraftActions::removeSelected()
{
    const std::optional<Draft> draft = m_panel.selectedDraft();
    if (!draft || draft->locked() || !m_session.currentAdviserId())
        return;
    const qint64 id = draft->id;
    QString question = tr("Remove the draft \u201c%1\u201d with its %n version(s)? The query's timeline keeps a "
                          "note that it existed, not its text.",
        nullptr, draft->latestVersion)
                           .arg(draft->title);
    const DraftEditor* open = editorOf(id);
    bool kept = false;
    if (Result<std::vector<pending::PendingEdit>> edits = m_session.pendingEdits().list()) {
        for (const pending::PendingEdit& edit : edits.value())
            kept = kept
                || (edit.kind == pending::PendingKind::DraftText
                    && static_cast<qint64>(edit.payload.value(QStringLiteral("draft")).toDouble()) == id);
    }
    if ((open && open->hasUnsavedChanges()) || kept)
        question += QLatin1Char('\n') + tr("Its unsaved text (in its open editor or kept in the vault) goes too.");
    MessageBox::question(&m_owner, tr("Remove Draft"), question, [this, id](QMessageBox::StandardButton answer) {
        if (answer != QMessageBox::Yes)
            return;
        const Status removed = m_session.drafts().remove(id);
        if (!removed) {
            MessageBox::warning(&m_owner, tr("Remove Draft"), removed.error().message);
            return;
        }
        if (DraftEditor* editor = editorOf(id)) {
            // Its kept copy went with the draft: no autosave may bring it back.
            editor->autosaveTimer()->stop();
            editor->hide();
            editor->setAttribute(Qt::WA_DeleteOnClose);
            editor->deleteLater();
        }
        m_panel.refresh();
        Q_EMIT statusMessage(tr("Draft removed."));
    });
}

void DraftActions::editSelectedProperties()
{
    const std::optional<Draft> draft = m_panel.selectedDraft();
    if (!draft || !m_session.currentAdviserId())
        return;
    if (draft->locked()) {
        // The action is off for a sent draft; should it be reached anyway, the core's reason.
        const Status allowed = m_session.drafts().canDo(draft->id, DraftService::Action::Save);
        MessageBox::information(&m_owner, tr("Draft Properties"), allowed ? QString() : allowed.error().message);
        return;
    }
    auto* dialog = new DraftPropertiesDialog(m_session, *draft, &m_owner);
    connect(dialog, &DraftPropertiesDialog::renamed, this, [this](qint64 id) {
        m_panel.refresh();
        m_panel.selectDraft(id);
        Q_EMIT statusMessage(tr("Draft properties saved."));
    });
    showDialog(dialog);
}

QStringList DraftActions::keepUnsavedWork()
{
    QStringList notKept;
    for (DraftEditor* editor : editors()) {
        if (!editor->hasUnsavedChanges())
            continue;
        if (const Status kept = editor->keepNow(); !kept)
            notKept << tr("\u2022 %1: %2").arg(editor->describe(), kept.error().message);
    }
    return notKept;
}

Status DraftActions::restorePendingEdit(const pending::PendingEdit& edit)
{
    const QJsonValue draft = edit.payload.value(QStringLiteral("draft"));
    if (!draft.isDouble())
        return makeError(ErrorCode::InvalidInput, tr("The kept text does not say which draft it belongs to."));
    const auto draftId = static_cast<qint64>(draft.toDouble());
    DraftEditor* editor = editorOf(draftId);
    if (!editor) {
        Status error;
        editor = createEditor(draftId, error);
        if (!editor)
            return error;
    }
    editor->restoreKept(edit);
    return {};
}

} // namespace advicehub::ui
