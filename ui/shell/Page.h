#pragma once

#include "common/Result.h"

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;

namespace advicehub::pending {
struct PendingEdit;
}

namespace advicehub::ui {

// One page of the unlocked window (Queries today; Partners, Dashboard, Engagements next). The
// SessionWorkspace owns its pages: a page is created when the vault unlocks and destroyed with
// the workspace at the lock, with every model, widget and dialog it owns. A page parents every
// dialog it opens to itself (see common/ShowDialog.h), never to the window.
//
// To add a page: derive from Page, create it in SessionWorkspace's constructor (addPage), and
// implement what the window and the lock ask of it below. Nothing else in the window changes.
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Shown in the page bar (which appears once the window has more than one page).
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // The page's own menu in the window's menu bar (shown while the page is): its title
    // ("&Query"), a stable object name ("queryMenu") and its content in order, separators
    // included. The actions belong to the page: they leave the menu when the page goes.
    virtual QString menuTitle() const = 0;
    virtual QString menuObjectName() const = 0;
    virtual QList<QAction*> menuActions() const = 0;
    // What the page adds at the top of the window's View menu while it is shown (how it is laid
    // out: panes, columns); none by default. The actions belong to the page, like its menu's.
    virtual QList<QAction*> viewActions() const { return {}; }

    // Once, when the workspace starts (before the acting adviser is asked for): restores the
    // page's layout and what it showed last.
    virtual void start() { }
    // The acting adviser was chosen or changed (Session::currentAdviserId()).
    virtual void adviserChanged() { }
    // Names of advisers or other reference data changed: lists, filters and forms show them.
    virtual void referenceDataChanged() { }
    // The application's settings changed (Edit ▸ Settings).
    virtual void settingsChanged() { }

    // Called first thing at a lock: every editor of the page with unsaved content keeps it in
    // the vault (offered back after the next unlock), each in its own transaction. Returns one
    // line per editor whose content could not be kept — what kind of form and why, never its
    // content.
    virtual QStringList keepUnsavedWork() = 0;
    // Opens kept work in the page's editor. std::nullopt: not a kind of this page. Otherwise
    // the editor opened, or an error (nothing opened, the kept copy untouched).
    virtual std::optional<Status> restorePendingEdit(const pending::PendingEdit& edit)
    {
        Q_UNUSED(edit);
        return std::nullopt;
    }

Q_SIGNALS:
    // A short message for the window's status bar.
    void statusMessage(const QString& message);
    // title() changed (a count in it): the page bar shows the new one.
    void titleChanged();
};

} // namespace advicehub::ui
