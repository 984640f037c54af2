#include "shell/MainWindow.h"

#include "shell/EditActions.h"

#include "SessionDocuments.h"
#include "common/Continuation.h"
#include "common/FileDialogs.h"
#include "common/Icons.h"
#include "common/LongOperation.h"
#include "common/MessageBox.h"
#include "common/SelectableLabelMenu.h"
#include "demo/DemoVault.h"
#include "security/Clipboard.h"
#include "security/InactivityTimer.h"
#include "security/ScreenLockWatcher.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "shell/AboutDialog.h"
#include "shell/SessionWorkspace.h"
#include "shell/SettingsDialog.h"
#include "shell/ShortcutsWindow.h"
#include "shell/UserGuideWindow.h"
#include "shell/WelcomeWidget.h"
#include "vault/CreateVaultWizard.h"
#include "vault/RestoreDialog.h"
#include "vault/UnlockWidget.h"
#include "vault/VaultTask.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

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

MainWindow::MainWindow(AppSettings& settings, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_clock(clock), m_startLanguage(settings.language())
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

    // Every way a vault locks without being asked: idle time, the screen locking, a suspend.
    m_inactivity = new InactivityTimer(m_clock, this);
    connect(m_inactivity, &InactivityTimer::inactivityDetected, this, &MainWindow::lock);
    m_screenLock = new ScreenLockWatcher(this);
    connect(m_screenLock, &ScreenLockWatcher::aboutToSleep, this, [this] {
        // The lock cannot wait for an import or export: the computer may sleep first, with the
        // vault open. The operation is cancelled (it rolls back) and the vault locks.
        if (LongOperation::running() && !isLocked()) {
            LongOperation::cancelAll();
            m_lockNote = tr("An import or export was cancelled because the computer was going to sleep; nothing of "
                            "it was kept.");
        }
    });
    connect(m_screenLock, &ScreenLockWatcher::lockRequested, this, &MainWindow::lock);
    m_clipboard = new Clipboard(m_clock, this); // conceals every copy made in the application
    new SelectableLabelMenu(this); // Copy in the context menu of selectable labels
    connect(
        LongOperations::instance(), &LongOperations::idle, this,
        [this] {
            if (m_closeWhenIdle)
                close();
            else if (m_lockWhenIdle)
                lock();
        },
        Qt::QueuedConnection);

    connect(m_welcome, &WelcomeWidget::createRequested, this, &MainWindow::showCreateVaultWizard);
    connect(m_welcome, &WelcomeWidget::openRequested, this, &MainWindow::chooseVaultToOpen);
    connect(m_welcome, &WelcomeWidget::demoRequested, this, &MainWindow::openDemoVault);
    connect(m_welcome, &WelcomeWidget::recentRequested, this, &MainWindow::openRecentVault);
    updateRecentVaults();
    connect(m_unlock, &UnlockWidget::createRequested, this, &MainWindow::showCreateVaultWizard);
    connect(m_unlock, &UnlockWidget::openOtherRequested, this, &MainWindow::chooseVaultToOpen);
    connect(m_unlock, &UnlockWidget::unlocked, this, [this] { enterSession(m_unlock->takeVault()); });

    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        // First start: a comfortable size for the three panes, never larger than the screen.
        QSize size(1320, 820);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
        resize(size);
    }
    restoreState(m_settings.mainWindowState());

    const QString last = m_settings.lastVaultPath();
    if (!last.isEmpty() && QFileInfo(last).isFile())
        showUnlockFor(last);
    else
        showWelcome();

    // The first event this window receives comes from the outermost event loop (nothing nests
    // before it): the level a lock's teardown waits for (see finishLock()).
    QTimer::singleShot(0, this, [this] { m_outermostLoopLevel = QThread::currentThread()->loopLevel(); });
}

MainWindow::~MainWindow()
{
    // The workspace may hold models over the session's vault: it goes first.
    delete m_workspace;
    m_session.reset();
}

void MainWindow::createActions()
{
    // The Vault menu's actions on the open session: the session workspace does the work.
    const auto forWorkspace = [this](QAction* action, void (SessionWorkspace::*work)()) {
        connect(action, &QAction::triggered, this, [this, work] {
            if (m_workspace)
                (m_workspace->*work)();
        });
    };
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
    m_lockAction->setToolTip(
        tr("Lock the vault now (%1)").arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    m_lockAction->setStatusTip(tr("Close the vault and clear everything it showed; the passphrase opens it again."));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);

    m_changePassphraseAction = new QAction(Icons::get(Icons::Key), tr("Change &Passphrase…"), this);
    m_changePassphraseAction->setObjectName(QStringLiteral("changePassphraseAction"));
    forWorkspace(m_changePassphraseAction, &SessionWorkspace::changePassphrase);

    m_checkIntegrityAction = new QAction(Icons::get(Icons::CheckIntegrity), tr("Check &Integrity"), this);
    m_checkIntegrityAction->setObjectName(QStringLiteral("checkIntegrityAction"));
    forWorkspace(m_checkIntegrityAction, &SessionWorkspace::checkIntegrity);

    m_compactAction = new QAction(tr("Co&mpact…"), this);
    m_compactAction->setObjectName(QStringLiteral("compactAction"));
    m_compactAction->setStatusTip(
        tr("Give back to the disk the space left by removed attachments and other deletions."));
    forWorkspace(m_compactAction, &SessionWorkspace::compact);

    m_backupAction = new QAction(tr("&Back Up…"), this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setStatusTip(tr("Write an encrypted, verified copy of the vault to another file."));
    forWorkspace(m_backupAction, &SessionWorkspace::backUp);

    m_restoreAction = new QAction(tr("&Restore from Backup…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(tr("Make a new vault from a backup file."));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);

    m_advisersAction = new QAction(Icons::get(Icons::Advisers), tr("&Advisers…"), this);
    m_advisersAction->setObjectName(QStringLiteral("advisersAction"));
    m_advisersAction->setStatusTip(tr("Add, rename or deactivate the Secretariat's advisers."));
    forWorkspace(m_advisersAction, &SessionWorkspace::showAdvisers);

    m_switchAdviserAction = new QAction(tr("S&witch Adviser…"), this);
    m_switchAdviserAction->setObjectName(QStringLiteral("switchAdviserAction"));
    m_switchAdviserAction->setStatusTip(tr("Choose who is recorded on the changes made from now on."));
    forWorkspace(m_switchAdviserAction, &SessionWorkspace::chooseAdviser);

    m_holidaysAction = new QAction(Icons::get(Icons::Holidays), tr("Office &Holidays…"), this);
    m_holidaysAction->setObjectName(QStringLiteral("holidaysAction"));
    m_holidaysAction->setStatusTip(tr("The days the office is closed; default due dates skip them."));
    forWorkspace(m_holidaysAction, &SessionWorkspace::showHolidays);

    m_libraryAction = new QAction(tr("&Templates and Library\u2026"), this);
    m_libraryAction->setObjectName(QStringLiteral("templatesAndLibraryAction"));
    m_libraryAction->setStatusTip(tr("The letter templates and the library of CTI tools and references."));
    forWorkspace(m_libraryAction, &SessionWorkspace::showTemplatesAndLibrary);

    m_vaultInfoAction = new QAction(Icons::get(Icons::About), tr("Vault &Information…"), this);
    m_vaultInfoAction->setObjectName(QStringLiteral("vaultInfoAction"));
    forWorkspace(m_vaultInfoAction, &SessionWorkspace::showVaultInformation);

    m_printRegisterAction = new QAction(tr("&Print Register…"), this);
    m_printRegisterAction->setObjectName(QStringLiteral("printRegisterAction"));
    m_printRegisterAction->setStatusTip(
        tr("Every print and PDF of the vault's documents: when, who, what, which profile."));
    forWorkspace(m_printRegisterAction, &SessionWorkspace::showPrintRegister);

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

    m_userGuideAction = new QAction(tr("&User Guide"), this);
    m_userGuideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    m_userGuideAction->setStatusTip(tr("A short guide to Advice Hub, from creating a vault to printing."));
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_shortcutsAction->setStatusTip(tr("Every command that has a shortcut, searchable."));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);

    m_clearRecentAction = new QAction(tr("&Clear Menu"), this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentVaultsAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_settings.clearRecentVaults();
        m_settings.sync();
        updateRecentVaults();
    });

    m_fullScreenAction = new QAction(tr("&Full Screen"), this);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setStatusTip(tr("Show the window over the whole screen, without its frame"));
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool full) {
        // Back to the state it had before (maximised or not).
        setWindowState(full ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* vault = menuBar()->addMenu(tr("&Vault"));
    vault->setObjectName(QStringLiteral("vaultMenu"));
    vault->addAction(m_newVaultAction);
    vault->addAction(m_openVaultAction);
    m_recentMenu = vault->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("openRecentMenu"));
    // Rebuilt when shown: a vault on a drive that was unplugged since shows disabled.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentVaults);
    vault->addSeparator();
    vault->addAction(m_lockAction);
    vault->addAction(m_changePassphraseAction);
    vault->addAction(m_checkIntegrityAction);
    vault->addAction(m_compactAction);
    vault->addAction(m_backupAction);
    vault->addAction(m_restoreAction);
    vault->addSeparator();
    vault->addAction(m_advisersAction);
    vault->addAction(m_switchAdviserAction);
    vault->addAction(m_holidaysAction);
    vault->addAction(m_vaultInfoAction);
    vault->addAction(m_printRegisterAction);
    vault->addSeparator();
    vault->addAction(m_quitAction);

    // The pages' menus go here, before Edit (SessionWorkspace::installMenus()).
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_libraryAction);
    new EditActions(m_editMenu, this); // Undo … Select All, above; owned by the menu
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    // The page shown adds its own view actions at the top (SessionWorkspace::installMenus()).
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_fullScreenAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_userGuideAction);
    help->addAction(m_shortcutsAction);
    help->addSeparator();
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
    m_statusAdviser = new QLabel(this);
    m_statusAdviser->setObjectName(QStringLiteral("statusAdviserLabel"));
    statusBar()->addPermanentWidget(m_statusAdviser);
    statusBar()->addPermanentWidget(m_statusVault);
    statusBar()->addPermanentWidget(m_statusLock);
}

void MainWindow::updateState()
{
    const bool open = !isLocked() && !m_lockPending;
    m_lockAction->setEnabled(open);
    m_changePassphraseAction->setEnabled(open);
    m_checkIntegrityAction->setEnabled(open);
    m_compactAction->setEnabled(open);
    m_backupAction->setEnabled(open);
    for (QAction* action : { m_advisersAction, m_switchAdviserAction, m_holidaysAction, m_libraryAction,
             m_vaultInfoAction, m_printRegisterAction })
        action->setEnabled(open);
    if (m_workspace)
        m_workspace->showMenus(open);
    if (!open)
        m_statusAdviser->clear();
    const bool busy = m_unlock->isBusy() || m_demoTask;
    m_newVaultAction->setEnabled(!busy);
    m_openVaultAction->setEnabled(!busy);
    m_restoreAction->setEnabled(!busy);

    QString vaultName;
    if (open)
        vaultName = QFileInfo(m_session->vault().path()).fileName();
    else if (m_stack->currentWidget() == m_unlock)
        vaultName = QFileInfo(m_unlock->vaultPath()).fileName();
    m_statusVault->setText(vaultName);
    m_statusLock->setText(open ? tr("Unlocked") : (vaultName.isEmpty() ? tr("No vault open") : tr("Locked")));
    // The title ends with the application's display name, so that the platform (xcb appends
    // " — <display name>" to a title that does not end with it) does not repeat it.
    setWindowTitle(vaultName.isEmpty() ? tr("Advice Hub")
            : open                     ? tr("%1 — Advice Hub").arg(vaultName)
                                       : tr("%1 (locked) — Advice Hub").arg(vaultName));
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

void MainWindow::openVaultFromOutside(const QString& path)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    if (m_unlock->isBusy() || m_demoTask || LongOperation::running()) {
        statusBar()->showMessage(
            tr("%1 was not opened: Advice Hub is busy. Open it again once the current operation has finished.")
                .arg(name));
        return;
    }
    if (!isLocked()) {
        const QString openPath = m_session->vault().path();
        if (QFileInfo(openPath).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
            return; // already open
        const QString question
            = tr("Lock %1 and open %2? Unsaved work is kept in %1.").arg(QFileInfo(openPath).fileName(), name);
        MessageBox::question(
            this, tr("Open Vault"), question,
            [this, path](QMessageBox::StandardButton answer) {
                if (answer == QMessageBox::Yes)
                    showUnlockFor(path);
            },
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        return;
    }
    showUnlockFor(path);
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
    Result<std::unique_ptr<Session>> session = Session::open(std::move(vault), m_clock);
    if (!session) {
        MessageBox::critical(this, tr("Open Vault"), session.error().message);
        return;
    }
    m_session = std::move(session).value();
    documents::equipSession(*m_session, m_settings.attachmentMaxMiB());
    m_settings.setLastVaultPath(m_session->vault().path());
    m_settings.addRecentVault(m_session->vault().path());
    updateRecentVaults();
    m_workspace = new SessionWorkspace(*m_session, m_settings, m_stack);
    connect(m_workspace, &SessionWorkspace::actingAdviserChanged, this, [this](const QString& name) {
        m_statusAdviser->setText(name.isEmpty() ? tr("No adviser chosen") : tr("Working as %1").arg(name));
    });
    connect(m_workspace, &SessionWorkspace::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    m_workspace->installMenus(menuBar(), m_editMenu->menuAction(), m_viewMenu);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    applySecuritySettings();
    updateState();
    qApp->installEventFilter(this); // Ctrl+L from every window
    m_workspace->start();
    // A vault with the tests' key derivation says so, until another message replaces it (also in
    // Vault Information); the text is the core's.
    const QString weak = m_session->vault().securityWarning();
    statusBar()->showMessage(weak.isEmpty() ? tr("Vault unlocked.") : weak, weak.isEmpty() ? 3000 : 0);
    if (!m_notKept.isEmpty()) {
        // Said on the unlock screen too; here it cannot be missed.
        MessageBox::warning(this, tr("Unsaved Work"), notKeptNotice());
        m_notKept.clear();
    }
    m_unlock->setNotice(QString());
    Q_EMIT unlocked();
}

void MainWindow::closeEveryOtherWindow()
{
    // Every window but this one: the session's dialogs and boxes, dialogs parented to this
    // window (backup, settings), file choosers, Qt's own boxes (a file chooser's confirmations,
    // About Qt), menus and tooltips. Nothing is deleted here: a lock may come while one of Qt's
    // own boxes runs a nested event loop inside a dialog's code, and deleting that dialog now
    // would pull it from under that code. Closing ends every such loop; finishLock() deletes.
    const Continuation::LockScope lockScope; // no continuation armed before this runs, no question is asked
    QList<QPointer<QWidget>> windows;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget != this && widget->isVisible())
            windows << widget;
    }
    // Boxes first: they may sit on top of a dialog in the list.
    std::stable_partition(windows.begin(), windows.end(),
        [](const QPointer<QWidget>& widget) { return qobject_cast<QMessageBox*>(widget) != nullptr; });
    for (const QPointer<QWidget>& widget : std::as_const(windows)) {
        if (!widget || !widget->isVisible())
            continue;
        widget->setAttribute(Qt::WA_DeleteOnClose, false); // deleted by finishLock(), from the outermost loop
        if (auto* box = qobject_cast<QMessageBox*>(widget)) {
            // Closing answers with the box's escape button (No, Cancel): what Qt's own
            // confirmations take as "do nothing". A box without one is hidden, which ends its loop.
            box->close();
        } else if (auto* dialog = qobject_cast<QDialog*>(widget)) {
            dialog->reject(); // dialogs stop their work (workers, tasks) in done()
        }
        if (widget && widget->isVisible())
            widget->hide();
    }
}

void MainWindow::lock()
{
    if (isLocked() || m_lockPending)
        return;
    if (LongOperation::running()) {
        // An import or export is inside a transaction on this vault: it finishes (or the user
        // cancels it) first, then the vault locks.
        m_lockWhenIdle = true;
        return;
    }
    m_lockWhenIdle = false;
    m_lockPending = true;
    m_inactivity->stop();
    // 1. What is being typed goes into the vault first, each form in its own transaction, while
    //    every editor is still there; what could not be kept is said on the unlock screen.
    if (m_workspace)
        m_notKept = m_workspace->keepUnsavedWork();
    Q_EMIT aboutToLock();
    // 2. Every window closes and no continuation of a box or chooser will run.
    closeEveryOtherWindow();
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->setEnabled(false); // until the session is gone
    updateState();
    // 3. The rest (backup, closing the vault) once no nested event loop is left.
    finishLock();
}

void MainWindow::finishLock()
{
    // A lock that came while one of Qt's own boxes ran its event loop (inside a file chooser's
    // code, or About Qt) has ended that loop, but the code around it is still on the stack. The
    // teardown waits until control is back in the outermost event loop.
    if (m_outermostLoopLevel >= 0 && QThread::currentThread()->loopLevel() > m_outermostLoopLevel) {
        QTimer::singleShot(kUnwindPollMs, this, &MainWindow::finishLock);
        return;
    }
    const QString path = m_session->vault().path();
    // After the editors kept their work, so that it is in the backup too.
    const QString backupError = m_workspace ? m_workspace->runAutomaticBackup() : QString();
    m_clipboard->clearIfOurs();
    // The dialogs and boxes closed in step 2: those of the workspace go with it, the others now.
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
        delete dialog;
    delete m_workspace; // its pages, models, views and their caches of decrypted rows
    m_session.reset(); // closes the database, wipes the key
    qApp->removeEventFilter(this);
    m_lockPending = false;
    m_unlock->setEnabled(true);
    m_unlock->setVaultPath(path);
    m_unlock->setNotice(notKeptNotice());
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->focusPassphrase();
    statusBar()->clearMessage();
    if (!backupError.isEmpty())
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(backupError));
    else if (!m_lockNote.isEmpty())
        statusBar()->showMessage(m_lockNote);
    m_lockNote.clear();
    updateState();
    Q_EMIT locked();
    if (m_closeAfterLock) {
        m_closeAfterLock = false;
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    }
}

QString MainWindow::notKeptNotice() const
{
    if (m_notKept.isEmpty())
        return {};
    return tr("When the vault locked, what was typed in %n open form(s) could not be kept in the vault, and was "
              "discarded:",
               nullptr, static_cast<int>(m_notKept.size()))
        + QLatin1Char('\n') + m_notKept.join(QLatin1Char('\n'));
}

void MainWindow::applySecuritySettings()
{
    const qint64 limitMs = qint64 { m_settings.autoLockMinutes() } * 60 * 1000;
    if (isLocked() || !m_settings.autoLockEnabled())
        m_inactivity->stop();
    else if (m_inactivity->isActive())
        m_inactivity->setLimit(limitMs);
    else
        m_inactivity->start(limitMs);
}

void MainWindow::restoreFromBackup()
{
    const QString last = isLocked() ? m_settings.lastVaultPath() : m_session->vault().path();
    const QDir folder = last.isEmpty() ? QDir::home() : QFileInfo(last).absoluteDir();
    QString suggested = folder.filePath(QStringLiteral("AdviceHub-restored.ahv"));
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = folder.filePath(QStringLiteral("AdviceHub-restored-%1.ahv").arg(n));
    auto* dialog = new RestoreDialog(QString(), suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Offered once the dialog has finished closing: switching vaults locks, and locking
        // closes dialogs.
        auto restored = std::make_shared<std::unique_ptr<Vault>>(dialog->takeVault());
        QMetaObject::invokeMethod(
            this, [this, restored] { offerRestoredVault(std::move(*restored)); }, Qt::QueuedConnection);
    });
    dialog->open();
}

void MainWindow::offerRestoredVault(std::unique_ptr<Vault> restored)
{
    if (!restored)
        return;
    const QString path = QDir::toNativeSeparators(restored->path());
    const QString question = isLocked()
        ? tr("The backup was restored into the new vault %1. Open it now?").arg(path)
        : tr("The backup was restored into the new vault %1. Open it now? The vault that is open now will be "
             "locked.")
              .arg(path);
    // Held by the question's continuation; if the box is closed unanswered (or by a lock), the
    // restored vault is closed with it — it opens like any vault later.
    auto vault = std::make_shared<std::unique_ptr<Vault>>(std::move(restored));
    MessageBox::question(
        this, tr("Restore from Backup"), question,
        [this, vault](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || !lockBeforeSwitching())
                return;
            enterSession(std::move(*vault));
        },
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
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
    FileDialogs::openFile(this, tr("Open Vault"), start, tr("Advice Hub vaults (*.ahv);;All files (*)"),
        [this](const QString& path) { showUnlockFor(path); });
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

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySecuritySettings);
    connect(dialog, &QDialog::accepted, this, &MainWindow::updateRecentVaults); // "remember" may be off now
    connect(dialog, &QDialog::accepted, this, [this] {
        // The attachment size limit applies to the open vault at once (and at the next unlock
        // through documents::equipSession).
        if (m_session)
            m_session->attachments().setMaxBytes(qint64(m_settings.attachmentMaxMiB()) * 1024 * 1024);
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_workspace)
            m_workspace->settingsChanged();
    });
    dialog->open();
}

void MainWindow::updateRecentVaults()
{
    if (!m_recentMenu)
        return;
    const QStringList paths = m_settings.recentVaults();
    m_recentMenu->clear();
    int number = 0;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        ++number;
        QString name = info.fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString text = number < 10 ? tr("&%1 %2").arg(number).arg(name) : name;
        QAction* action = m_recentMenu->addAction(info.isFile() ? text : tr("%1 (not found)").arg(text));
        action->setData(path);
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(info.isFile());
        connect(action, &QAction::triggered, this, [this, path] { openRecentVault(path); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!paths.isEmpty());
    m_recentMenu->menuAction()->setEnabled(!paths.isEmpty());
    m_welcome->setRecentVaults(paths);
}

void MainWindow::openRecentVault(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        m_settings.removeRecentVault(path);
        m_settings.sync();
        updateRecentVaults();
        MessageBox::warning(this, tr("Open Recent"),
            tr("%1 was not found. It has been removed from the recent vaults.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openVaultFromOutside(path);
}

void MainWindow::showUserGuide()
{
    if (auto* open = findChild<UserGuideWindow*>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* guide = new UserGuideWindow(m_startLanguage, this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    connect(guide, &UserGuideWindow::shortcutsRequested, this, &MainWindow::showKeyboardShortcuts);
    guide->show();
}

void MainWindow::showKeyboardShortcuts()
{
    // Made afresh each time: the menus change with the vault's state and the page shown.
    delete findChild<ShortcutsWindow*>();
    auto* window = new ShortcutsWindow(*menuBar(), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+L from any of the application's windows: a modal dialog blocks this window's own
    // shortcuts, and someone who must leave the desk should not have to close dialogs first.
    if (event->type() == QEvent::KeyPress && !isLocked() && !m_lockPending) {
        const auto* key = static_cast<QKeyEvent*>(event);
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && !key->isAutoRepeat() && QKeySequence(key->keyCombination()) == m_lockAction->shortcut()) {
            QWidget* top = widget->window();
            bool ours = false;
            for (QWidget* up = top->parentWidget(); up && !ours; up = up->parentWidget())
                ours = up == this;
            if (ours) {
                // From the event loop: the lock must not delete the widget this event is for.
                QMetaObject::invokeMethod(this, &MainWindow::lock, Qt::QueuedConnection);
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Full screen left or entered another way (the window manager): the action follows.
    if (event->type() == QEvent::WindowStateChange && m_fullScreenAction) {
        const QSignalBlocker blocker(m_fullScreenAction);
        m_fullScreenAction->setChecked(isFullScreen());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (LongOperation::running()) {
        // An import or export is inside a transaction: Advice Hub closes once it has finished
        // or been cancelled.
        m_closeWhenIdle = true;
        statusBar()->showMessage(
            tr("Advice Hub will close once the current operation has finished or been cancelled."));
        event->ignore();
        return;
    }
    if (m_demoTask || m_unlock->isBusy()) {
        event->ignore(); // a vault is being created or opened; let it finish
        return;
    }
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    lock();
    if (m_lockPending) {
        // The lock finishes once a nested event loop of Qt's has unwound; the window closes then.
        m_closeAfterLock = true;
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace advicehub::ui
