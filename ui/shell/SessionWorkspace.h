#pragma once

#include "common/Result.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QStackedWidget;
class QToolBar;

namespace advicehub {
class Session;
}

namespace advicehub::pending {
struct PendingEdit;
}

namespace advicehub::ui {

class AppSettings;
class Page;

// The unlocked session in the window: its pages (Queries; Partners, Dashboard and Engagements
// later) and the dialogs that concern the whole session — who is working (the banner and the
// adviser dialogs), Advisers, Office Holidays, Vault Information, the work kept at the last lock,
// Back Up, Change Passphrase, Check Integrity. Created by the main window when a vault unlocks
// and destroyed at the lock: every page, model, widget and dialog of the session is a child of
// it, so that nothing that showed case data outlives the lock.
//
// With one page the page is all there is; with more, a page bar on the left switches between
// them (Ctrl+1, Ctrl+2, …), and the window shows the menu of the page shown.
class SessionWorkspace : public QWidget {
    Q_OBJECT
public:
    SessionWorkspace(Session& session, AppSettings& settings, QWidget* parent = nullptr);
    ~SessionWorkspace() override;

    // Adds a page (the workspace takes it); the first one added is shown.
    void addPage(Page* page);
    QList<Page*> pages() const { return m_pageList; }
    Page* currentPage() const;
    void setCurrentPage(Page* page);
    // The first page of that type, or nullptr.
    template <typename T> T* page() const
    {
        for (Page* each : m_pageList) {
            if (auto* found = qobject_cast<T*>(each))
                return found;
        }
        return nullptr;
    }

    // Puts each page's menu in the window's menu bar, before `before`, and its view actions at
    // the top of `viewMenu`. One menu per kind of page, found again by its object name at the
    // next unlock: it outlives the workspace (empty and hidden while the vault is locked; the
    // actions belong to the page and go with it).
    void installMenus(QMenuBar* menuBar, QAction* before, QMenu* viewMenu);
    // Shows the menu and the view actions of the page shown (`shown`) or none. A hidden menu's
    // (or action's) shortcuts do not fire, so a page's shortcuts work only while it is shown.
    void showMenus(bool shown);

    // Starts the pages, then asks who is working (unless the vault has a single adviser).
    void start();
    // Called first thing at a lock: every page keeps its editors' unsaved work in the vault.
    // Returns one line per editor whose content could not be kept (never its content).
    QStringList keepUnsavedWork();
    // The automatic backup on lock, if the settings ask for one; returns its error.
    QString runAutomaticBackup();
    // Where backups go: the folder chosen in Settings, else "Backups" beside the vault.
    QString backupFolder() const;

public Q_SLOTS:
    void chooseAdviser();
    void showAdvisers();
    void showHolidays();
    // Edit > Templates and Library…: the letter templates and the library of CTI tools and references.
    void showTemplatesAndLibrary();
    void showVaultInformation();
    // Vault ▸ Print Register…: every print and PDF (one dialog, raised if open), read again
    // after each print of the Queries page.
    void showPrintRegister();
    void backUp();
    void changePassphrase();
    void checkIntegrity();
    // Vault ▸ Compact…: says how much space compacting gives back, asks, compacts (the vault
    // verified afterwards, as a backup is) and reports the sizes.
    void compact();
    // The application's settings changed: every page applies them.
    void settingsChanged();

Q_SIGNALS:
    // The adviser recorded on changes ("" until one is chosen).
    void actingAdviserChanged(const QString& name);
    // A short message for the window's status bar.
    void statusMessage(const QString& message);
    void currentPageChanged(Page* page);

private:
    void addMenuOf(Page* page);
    void adviserChanged();
    void referenceDataChanged();
    // Once per session, when an adviser works: offers the work kept at the last lock.
    void offerPendingEdits();
    Status restorePendingEdit(const pending::PendingEdit& edit);

    Session& m_session;
    AppSettings& m_settings;
    QWidget* m_bannerArea = nullptr;
    QToolBar* m_pageBar = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<Page*> m_pageList;
    QPointer<QMenuBar> m_menuBar;
    QPointer<QAction> m_menusBefore;
    QPointer<QMenu> m_viewMenu;
    bool m_menusShown = false;
    bool m_pendingOffered = false;
};

} // namespace advicehub::ui
