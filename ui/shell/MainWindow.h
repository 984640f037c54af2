#pragma once

#include "session/Session.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;

namespace advicehub::ui {

class AppSettings;
class UnlockWidget;
class VaultTask;
class WelcomeWidget;

// The application window. Without an open vault it shows the welcome or unlock screen; with
// one, the workspace. Locking destroys the workspace and every dialog, then closes the vault:
// nothing decrypted survives a lock.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isLocked() const { return !m_session; }
    Session* session() { return m_session.get(); }

public Q_SLOTS:
    void lock();
    void showCreateVaultWizard();
    void chooseVaultToOpen();
    void showUnlockFor(const QString& path);
    void openDemoVault();
    void changePassphrase();
    void checkIntegrity();
    void showSettings();
    void showAbout();

Q_SIGNALS:
    void unlocked();
    // Emitted before anything is torn down, so that editors can keep unsaved work in the vault.
    void aboutToLock();
    void locked();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void enterSession(std::unique_ptr<Vault> vault);
    void showWelcome();
    void closeSessionDialogs();
    void updateState();
    bool lockBeforeSwitching();

    AppSettings& m_settings;
    QStackedWidget* m_stack;
    WelcomeWidget* m_welcome;
    UnlockWidget* m_unlock;
    QPointer<QWidget> m_workspace;
    std::unique_ptr<Session> m_session;
    QPointer<VaultTask> m_demoTask;

    QAction* m_newVaultAction = nullptr;
    QAction* m_openVaultAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_changePassphraseAction = nullptr;
    QAction* m_checkIntegrityAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QLabel* m_statusVault = nullptr;
    QLabel* m_statusLock = nullptr;
};

} // namespace advicehub::ui
