#include "queries/QueryActions.h"

#include "common/Icons.h"
#include "queries/Lifecycle.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

#include <optional>

namespace advicehub::ui {

using namespace advicehub::queries;

namespace {

QString statusActionName(QueryStatus status)
{
    return QStringLiteral("statusAction_") + QueryText::code(status);
}

} // namespace

QueryActions::QueryActions(QWidget* page) : QObject(page), m_page(page)
{
    const auto make = [this](const char* name, const QString& text, std::optional<Icons::Id> icon = std::nullopt,
                          const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, m_page);
        action->setObjectName(QLatin1String(name));
        if (icon)
            action->setIcon(Icons::get(*icon));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(
                tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")),
                    shortcut.toString(QKeySequence::NativeText)));
        }
        // The page carries the actions, so their shortcuts work wherever focus is in it and
        // vanish with it on lock.
        m_page->addAction(action);
        m_actions.insert(action->objectName(), action);
        return action;
    };
    const auto separator = [this] {
        auto* action = new QAction(m_page);
        action->setSeparator(true);
        m_menuActions << action;
    };

    QAction* create = make("newQueryAction", tr("&New Query\u2026"), Icons::NewQuery, QKeySequence::New);
    create->setStatusTip(tr("Register a query received from a State"));
    QAction* edit
        = make("editQueryAction", tr("&Edit Query\u2026"), Icons::EditQuery, QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* triage = make("triageAction", tr("&Triage\u2026"), Icons::Triage, QKeySequence(Qt::CTRL | Qt::Key_T));
    triage->setStatusTip(tr("Set priority, due date, adviser and route, and mark the query as triaged"));

    m_statusMenu = new QMenu(tr("Change &Status"), m_page);
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));
    m_statusMenu->setIcon(Icons::get(Icons::Status));
    QAction* status = m_statusMenu->menuAction();
    status->setObjectName(QStringLiteral("changeStatusAction"));
    m_actions.insert(status->objectName(), status);

    m_entryMenu = new QMenu(tr("&Add to Timeline"), m_page);
    m_entryMenu->setObjectName(QStringLiteral("timelineMenu"));
    m_entryMenu->setIcon(Icons::get(Icons::AddToTimeline));
    const std::pair<EntryKind, const char*> kinds[] = { { EntryKind::Note, "addNoteAction" },
        { EntryKind::Meeting, "addMeetingAction" }, { EntryKind::Call, "addCallAction" },
        { EntryKind::EmailReceived, "addEmailReceivedAction" }, { EntryKind::EmailSent, "addEmailSentAction" } };
    for (const auto& [kind, name] : kinds) {
        QAction* add = make(name, TimelineText::label(kind) + QStringLiteral("\u2026"));
        if (kind == EntryKind::Note)
            add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        connect(add, &QAction::triggered, this, [this, k = kind] { Q_EMIT entryKindChosen(k); });
        m_entryMenu->addAction(add);
    }
    QAction* entries = m_entryMenu->menuAction();
    entries->setObjectName(QStringLiteral("addToTimelineAction"));
    connect(entries, &QAction::triggered, this, [this] { Q_EMIT entryKindChosen(EntryKind::Note); });
    m_actions.insert(entries->objectName(), entries);
    QAction* correct = make("correctEntryAction", tr("&Correct Entry\u2026"));
    correct->setStatusTip(tr("Add a correction to the selected timeline entry (entries are never changed)"));

    QAction* link = make("linkAction", tr("&Link to Query\u2026"), Icons::Link);
    QAction* unlink = make("unlinkAction", tr("&Unlink"));
    QAction* merge = make("mergeAction", tr("&Merge Duplicate into\u2026"), Icons::Merge);
    QAction* remove = make("deleteQueryAction", tr("&Delete Query Registered by Mistake\u2026"));

    QAction* find = make("findAction", tr("&Find\u2026"), Icons::Search, QKeySequence::Find);
    // Ctrl+Up/Down: the table keeps its own arrow keys, and text fields do not use these.
    QAction* next = make("nextQueryAction", tr("Ne&xt Query"), std::nullopt, QKeySequence(Qt::CTRL | Qt::Key_Down));
    QAction* previous
        = make("previousQueryAction", tr("Pre&vious Query"), std::nullopt, QKeySequence(Qt::CTRL | Qt::Key_Up));
    QAction* refresh = make("refreshAction", tr("&Refresh"), std::nullopt, QKeySequence::Refresh);

    QAction* save = make("saveSearchAction", tr("&Save Current Search\u2026"), Icons::SavedSearch);
    QAction* forget = make("deleteSavedSearchAction", tr("Delete Saved Searc&h"));

    QAction* import = make("importCsvAction", tr("&Import CSV\u2026"), Icons::Import);
    import->setStatusTip(tr("Register queries from a spreadsheet (CSV); a file with any invalid row imports nothing"));
    QAction* check = make("checkCsvAction", tr("Chec&k CSV File\u2026"));
    check->setStatusTip(tr("Check every row of a spreadsheet (CSV) as an import would, without importing anything"));
    QAction* exportList = make("exportAction", tr("E&xport List\u2026"), Icons::Export);
    exportList->setStatusTip(tr("Write the queries of the list to a CSV or JSON file (recorded in their timelines)"));

    m_menuActions << create << edit << triage << status << entries << correct;
    separator();
    m_menuActions << link << unlink << merge << remove;
    separator();
    m_menuActions << find << next << previous << refresh;
    separator();
    m_menuActions << save << forget;
    separator();
    m_menuActions << import << check << exportList;
}

void QueryActions::update(const State& state)
{
    const bool selected = state.query != nullptr;
    const bool canChange = state.adviser && selected;
    const auto enable = [this](const char* name, bool on) { action(QLatin1String(name))->setEnabled(on); };
    enable("newQueryAction", state.adviser);
    enable("editQueryAction", canChange);
    enable("triageAction", canChange && state.allowed.contains(QueryStatus::Triaged));
    enable("changeStatusAction", canChange && !state.allowed.isEmpty());
    enable("addToTimelineAction", canChange);
    for (QAction* add : m_entryMenu->actions())
        add->setEnabled(canChange);
    enable("correctEntryAction", canChange && state.entrySelected);
    enable("linkAction", canChange);
    enable("unlinkAction", canChange && state.linkSelected);
    enable("mergeAction", canChange);
    enable("deleteQueryAction", canChange && state.removable);
    enable("nextQueryAction", state.listed);
    enable("previousQueryAction", state.listed);
    enable("deleteSavedSearchAction", state.savedSearch);
    enable("importCsvAction", state.adviser);
    enable("checkCsvAction", true);
    enable("exportAction", state.listed);
    rebuildStatusMenu(state);
}

void QueryActions::rebuildStatusMenu(const State& state)
{
    // Only the transitions the lifecycle allows from the query's status (QueryService decides).
    m_statusMenu->clear();
    if (!state.query || !state.adviser)
        return;
    for (QueryStatus to : state.allowed) {
        QString text = QueryText::actionLabel(to);
        if (to == QueryStatus::Triaged || state.needReason.contains(to))
            text += QStringLiteral("\u2026"); // asks for more
        QAction* move = m_statusMenu->addAction(text);
        move->setObjectName(statusActionName(to));
        connect(move, &QAction::triggered, this, [this, to] { Q_EMIT statusChosen(to); });
    }
}

} // namespace advicehub::ui
