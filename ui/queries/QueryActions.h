#pragma once

#include "casefile/TimelineTypes.h"
#include "queries/QueryTypes.h"

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace advicehub::ui {

// The query page's actions in the order of the Query menu — text, icon, shortcut, tip — and when
// each is enabled. The page carries them (their shortcuts work wherever focus is in it and
// vanish with it on lock) and connects each to what it does; the status and timeline submenus
// say which status or entry kind was chosen.
class QueryActions : public QObject {
    Q_OBJECT
public:
    explicit QueryActions(QWidget* page);

    // The Query menu's content, in order (separators included).
    QList<QAction*> menuActions() const { return m_menuActions; }
    QAction* action(const QString& objectName) const { return m_actions.value(objectName); }
    QMenu* statusMenu() const { return m_statusMenu; }

    // What the actions depend on.
    struct State {
        bool adviser = false; // someone is recorded as working
        const queries::Query* query = nullptr; // the query shown
        QList<queries::QueryStatus> allowed; // its status's allowed transitions
        QList<queries::QueryStatus> needReason; // those that ask for a reason now (QueryService::reasonRequiredFor)
        bool removable = false; // the core's delete rule allows deleting it (QueryService::canRemove)
        bool entrySelected = false; // a timeline entry is selected in the details
        bool linkSelected = false; // a link is selected in the details
        bool listed = false; // the list has rows
        bool savedSearch = false; // a saved search is shown
    };
    void update(const State& state);

Q_SIGNALS:
    void statusChosen(queries::QueryStatus to);
    void entryKindChosen(queries::EntryKind kind);

private:
    void rebuildStatusMenu(const State& state);

    QWidget* m_page;
    QMenu* m_statusMenu = nullptr;
    QMenu* m_entryMenu = nullptr;
    QList<QAction*> m_menuActions;
    QHash<QString, QAction*> m_actions;
};

} // namespace advicehub::ui
