#pragma once

#include "session/Session.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace advicehub::ui {

class AppSettings;
class Clipboard;
class InactivityTimer;
class ScreenLockWatcher;
class SessionWorkspace;
class UnlockWidget;
class VaultTask;
class WelcomeWidget;

// The application window. Without an open vault it shows the welcome or unlock screen; with
// one, the session workspace (its pages and the session's dialogs, see SessionWorkspace).
// Locking keeps unsaved work in the vault, closes every other window of the application
// (dialogs, boxes, file choosers, Qt's own boxes, menus), then — from the outermost event loop —
// destroys the workspace and every dialog and closes the vault: nothing decrypted survives a
// lock. Ctrl+L locks from any of the application's windows.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `clock` drives due dates, overdue marks and auto-lock; tests pass a ManualClock.
    MainWindow(AppSettings& settings, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isLocked() const { return !m_session; }
    Session* session() { return m_session.get(); }
    // Copies for the user mark the clipboard content as secret and clear it after 30 s and on lock.
    Clipboard& clipboard() { return *m_clipboard; }
    InactivityTimer& inactivityTimer() { return *m_inactivity; }

public Q_SLOTS:
    void lock();
    void showCreateVaultWizard();
    void chooseVaultToOpen();
    void showUnlockFor(const QString& path);
    // A vault given from outside: on the command line, by the desktop (a double-click) or by a
    // second instance. The window comes forward; the vault goes to the unlock screen, after a
    // question if another vault is unlocked (the same one stays open); while a vault is being
    // opened or an import or export runs, the status bar says why it was not opened.
    void openVaultFromOutside(const QString& path);
    void openDemoVault();
    void restoreFromBackup();
    void showSettings();
    void showAbout();
    // Vault ▸ Open Recent and the welcome screen's list: to the unlock screen for that vault (a
    // file that is gone is removed from the list, with a message).
    void openRecentVault(const QString& path);
    void showUserGuide(); // F1
    void showKeyboardShortcuts();

Q_SIGNALS:
    void unlocked();
    // Emitted before anything is torn down, so that editors can keep unsaved work in the vault.
    void aboutToLock();
    void locked();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void enterSession(std::unique_ptr<Vault> vault);
    void showWelcome();
    void closeEveryOtherWindow();
    // The second half of lock(): from the outermost event loop, the backup and the teardown.
    void finishLock();
    QString notKeptNotice() const;
    void updateState();
    bool lockBeforeSwitching();
    // Auto-lock, screen-lock watching and automatic backups follow the settings at once.
    void applySecuritySettings();
    void offerRestoredVault(std::unique_ptr<Vault> restored);
    // The Open Recent menu and the welcome screen's list, from the settings.
    void updateRecentVaults();

    AppSettings& m_settings;
    const Clock& m_clock;
    QStackedWidget* m_stack;
    WelcomeWidget* m_welcome;
    UnlockWidget* m_unlock;
    QPointer<SessionWorkspace> m_workspace; // the unlocked session's pages and dialogs
    std::unique_ptr<Session> m_session;
    QPointer<VaultTask> m_demoTask;

    QAction* m_newVaultAction = nullptr;
    QAction* m_openVaultAction = nullptr;
    QAction* m_lockAction = nullptr;
    bool m_lockWhenIdle = false; // a lock was asked for while a long operation ran
    bool m_lockPending = false; // locking: windows closed, teardown waiting for nested loops to unwind
    bool m_closeAfterLock = false;
    int m_outermostLoopLevel = -1; // -1: not known yet (no event processed): no waiting
    static constexpr int kUnwindPollMs = 5;
    QStringList m_notKept; // forms whose unsaved work could not be kept at the last lock (no content)
    bool m_closeWhenIdle = false; // so was closing the window
    QString m_lockNote; // shown on the unlock screen after the next lock
    QAction* m_changePassphraseAction = nullptr;
    QAction* m_checkIntegrityAction = nullptr;
    QAction* m_compactAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_advisersAction = nullptr;
    QAction* m_holidaysAction = nullptr;
    QAction* m_libraryAction = nullptr;
    QAction* m_switchAdviserAction = nullptr;
    QAction* m_vaultInfoAction = nullptr;
    QAction* m_printRegisterAction = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_fullScreenAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_userGuideAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QString m_startLanguage; // the interface language Advice Hub started with (for the guide)
    QLabel* m_statusVault = nullptr;
    QLabel* m_statusLock = nullptr;
    QLabel* m_statusAdviser = nullptr;
    InactivityTimer* m_inactivity = nullptr;
    ScreenLockWatcher* m_screenLock = nullptr;
    Clipboard* m_clipboard = nullptr;
};

} // namespace advicehub::ui
