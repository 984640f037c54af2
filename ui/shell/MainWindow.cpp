#include "shell/MainWindow.h"

#include "common/FileDialogs.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "demo/DemoVault.h"
#include "settings/AppSettings.h"
#include "shell/AboutDialog.h"
#include "shell/SettingsDialog.h"
#include "shell/VaultOverviewWidget.h"
#include "shell/WelcomeWidget.h"
#include "vault/ChangePassphraseDialog.h"
#include "vault/CreateVaultWizard.h"
#include "vault/UnlockWidget.h"
#include "vault/VaultTask.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

namespace advicehub::ui {

namespace {

QString suggestedVaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString path = QDir(folder).filePath(QStringLiteral("AdviceHub.ahv"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("AdviceHub-%1.ahv").arg(n));
    return path;
}

} // namespace

MainWindow::MainWindow(AppSettings& settings, QWidget* parent) : QMainWindow(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::get(Icons::App));
    setMinimumSize(720, 480);

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomeWidget(m_stack);
    m_unlock = new UnlockWidget(m_stack);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_unlock);
    setCentralWidget(m_stack);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_welcome, &WelcomeWidget::createRequested, this, &MainWindow::showCreateVaultWizard);
    connect(m_welcome, &WelcomeWidget::openRequested, this, &MainWindow::chooseVaultToOpen);
    connect(m_welcome, &WelcomeWidget::demoRequested, this, &MainWindow::openDemoVault);
    connect(m_unlock, &UnlockWidget::createRequested, this, &MainWindow::showCreateVaultWizard);
    connect(m_unlock, &UnlockWidget::openOtherRequested, this, &MainWindow::chooseVaultToOpen);
    connect(m_unlock, &UnlockWidget::unlocked, this, [this] { enterSession(m_unlock->takeVault()); });

    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1100, 720);
    restoreState(m_settings.mainWindowState());

    const QString last = m_settings.lastVaultPath();
    if (!last.isEmpty() && QFileInfo(last).isFile())
        showUnlockFor(last);
    else
        showWelcome();
}

MainWindow::~MainWindow()
{
    // The workspace may hold models over the session's vault: it goes first.
    delete m_workspace;
    m_session.reset();
}

void MainWindow::createActions()
{
    m_newVaultAction = new QAction(Icons::get(Icons::NewVault), tr("&New Vault…"), this);
    m_newVaultAction->setObjectName(QStringLiteral("newVaultAction"));
    m_newVaultAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newVaultAction, &QAction::triggered, this, &MainWindow::showCreateVaultWizard);

    m_openVaultAction = new QAction(Icons::get(Icons::OpenVault), tr("&Open Vault…"), this);
    m_openVaultAction->setObjectName(QStringLiteral("openVaultAction"));
    m_openVaultAction->setShortcut(QKeySequence::Open);
    connect(m_openVaultAction, &QAction::triggered, this, &MainWindow::chooseVaultToOpen);

    m_lockAction = new QAction(Icons::get(Icons::Lock), tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Lock the vault now (%1)").arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    m_lockAction->setStatusTip(tr("Close the vault and clear everything it showed; the passphrase opens it again."));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);

    m_changePassphraseAction = new QAction(Icons::get(Icons::Key), tr("Change &Passphrase…"), this);
    m_changePassphraseAction->setObjectName(QStringLiteral("changePassphraseAction"));
    connect(m_changePassphraseAction, &QAction::triggered, this, &MainWindow::changePassphrase);

    m_checkIntegrityAction = new QAction(Icons::get(Icons::CheckIntegrity), tr("Check &Integrity"), this);
    m_checkIntegrityAction->setObjectName(QStringLiteral("checkIntegrityAction"));
    connect(m_checkIntegrityAction, &QAction::triggered, this, &MainWindow::checkIntegrity);

    m_settingsAction = new QAction(Icons::get(Icons::Settings), tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = new QAction(Icons::get(Icons::Quit), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(Icons::get(Icons::About), tr("&About Advice Hub"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* vault = menuBar()->addMenu(tr("&Vault"));
    vault->setObjectName(QStringLiteral("vaultMenu"));
    vault->addAction(m_newVaultAction);
    vault->addAction(m_openVaultAction);
    vault->addSeparator();
    vault->addAction(m_lockAction);
    vault->addAction(m_changePassphraseAction);
    vault->addAction(m_checkIntegrityAction);
    vault->addSeparator();
    vault->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_settingsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_lockAction);
}

void MainWindow::createStatusBar()
{
    m_statusVault = new QLabel(this);
    m_statusVault->setObjectName(QStringLiteral("statusVaultLabel"));
    m_statusLock = new QLabel(this);
    m_statusLock->setObjectName(QStringLiteral("statusLockLabel"));
    statusBar()->addPermanentWidget(m_statusVault);
    statusBar()->addPermanentWidget(m_statusLock);
}

void MainWindow::updateState()
{
    const bool open = !isLocked();
    m_lockAction->setEnabled(open);
    m_changePassphraseAction->setEnabled(open);
    m_checkIntegrityAction->setEnabled(open);
    const bool busy = m_unlock->isBusy() || m_demoTask;
    m_newVaultAction->setEnabled(!busy);
    m_openVaultAction->setEnabled(!busy);

    QString vaultName;
    if (open)
        vaultName = QFileInfo(m_session->vault().path()).fileName();
    else if (m_stack->currentWidget() == m_unlock)
        vaultName = QFileInfo(m_unlock->vaultPath()).fileName();
    m_statusVault->setText(vaultName);
    m_statusLock->setText(open ? tr("Unlocked") : (vaultName.isEmpty() ? tr("No vault open") : tr("Locked")));
    setWindowTitle(vaultName.isEmpty() ? tr("Advice Hub")
                                       : tr("%1 — Advice Hub%2").arg(vaultName, open ? QString() : tr(" (locked)")));
}

void MainWindow::showWelcome()
{
    m_stack->setCurrentWidget(m_welcome);
    updateState();
}

void MainWindow::showUnlockFor(const QString& path)
{
    if (!isLocked() && !lockBeforeSwitching())
        return;
    m_unlock->setVaultPath(path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(demo::defaultDemoVaultPath()).absoluteFilePath()) {
        m_unlock->setHint(tr("The demo vault holds fictional data only. Its passphrase is \u201c%1\u201d.")
                              .arg(QString::fromLatin1(demo::DemoPassphrase)));
    }
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->focusPassphrase();
    updateState();
}

bool MainWindow::lockBeforeSwitching()
{
    if (isLocked())
        return true;
    lock();
    return isLocked();
}

void MainWindow::enterSession(std::unique_ptr<Vault> vault)
{
    if (!vault)
        return;
    m_session = std::make_unique<Session>(std::move(vault));
    m_settings.setLastVaultPath(m_session->vault().path());
    m_workspace = new VaultOverviewWidget(m_session->vault(), m_stack);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    updateState();
    statusBar()->showMessage(tr("Vault unlocked."), 3000);
    Q_EMIT unlocked();
}

void MainWindow::closeSessionDialogs()
{
    // Dialogs may show case data: they are closed, not hidden. Every dialog opened with
    // open() carries WA_DeleteOnClose and is destroyed by reject(); a message box running its
    // own event loop returns from exec() as rejected.
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
        dialog->reject();
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    Q_EMIT aboutToLock();
    const QString path = m_session->vault().path();
    closeSessionDialogs();
    delete m_workspace; // models, views and their caches of decrypted rows
    m_session.reset();  // closes the database, wipes the key
    m_unlock->setVaultPath(path);
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->focusPassphrase();
    statusBar()->clearMessage();
    updateState();
    Q_EMIT locked();
}

void MainWindow::showCreateVaultWizard()
{
    if (!lockBeforeSwitching())
        return;
    auto* wizard = new CreateVaultWizard(suggestedVaultPath(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { enterSession(wizard->takeVault()); });
    wizard->open();
}

void MainWindow::chooseVaultToOpen()
{
    const QString start = m_settings.lastVaultPath().isEmpty() ? QDir::homePath()
                                                               : QFileInfo(m_settings.lastVaultPath()).absolutePath();
    const QString path = FileDialogs::openFile(this, tr("Open Vault"), start,
        tr("Advice Hub vaults (*.ahv);;All files (*)"));
    if (!path.isEmpty())
        showUnlockFor(path);
}

void MainWindow::openDemoVault()
{
    const QString path = demo::defaultDemoVaultPath();
    if (QFileInfo::exists(path)) {
        showUnlockFor(path);
        return;
    }
    if (m_demoTask || !lockBeforeSwitching())
        return;
    statusBar()->showMessage(tr("Creating the demo vault…"));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_demoTask = VaultTask::run(this, [path] { return demo::createDemoVault(path); });
    updateState();
    connect(m_demoTask, &VaultTask::finished, this, [this] {
        QApplication::restoreOverrideCursor();
        VaultTask::Outcome outcome = m_demoTask->takeOutcome();
        m_demoTask->deleteLater();
        m_demoTask = nullptr;
        statusBar()->clearMessage();
        if (!outcome) {
            MessageBox::critical(this, tr("Demo Vault"), outcome.error().message);
            updateState();
            return;
        }
        enterSession(std::move(outcome).value());
    });
}

void MainWindow::changePassphrase()
{
    if (isLocked())
        return;
    auto* dialog = new ChangePassphraseDialog(m_session->vault(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        MessageBox::information(this, tr("Change Passphrase"),
            tr("The passphrase was changed. Use the new passphrase from now on."));
    });
    dialog->open();
}

void MainWindow::checkIntegrity()
{
    if (isLocked())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QStringList> problems = m_session->vault().checkIntegrity();
    QApplication::restoreOverrideCursor();
    if (!problems) {
        MessageBox::critical(this, tr("Check Integrity"), problems.error().message);
    } else if (problems->isEmpty()) {
        MessageBox::information(this, tr("Check Integrity"),
            tr("The vault is sound: every page decrypts and every reference is intact."));
    } else {
        MessageBox::critical(this, tr("Check Integrity"),
            tr("The vault is damaged (%n problem(s)). Restore it from a backup.\n\n%1", nullptr,
                static_cast<int>(problems->size()))
                .arg(problems->mid(0, 10).join(QLatin1Char('\n'))));
    }
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_demoTask || m_unlock->isBusy()) {
        event->ignore(); // a vault is being created or opened; let it finish
        return;
    }
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    lock();
    event->accept();
}

} // namespace advicehub::ui
