#include "shell/SessionWorkspace.h"

#include "advisers/AdvisersDialog.h"
#include "advisers/ChooseAdviserDialog.h"
#include "advisers/FirstAdviserDialog.h"
#include "calendar/HolidaysDialog.h"
#include "common/Icons.h"
#include "common/LongOperation.h"
#include "common/MessageBox.h"
#include "common/ShowDialog.h"
#include "library/LibraryManagerDialog.h"
#include "partners/PartnersPage.h"
#include "pending/PendingEditsDialog.h"
#include "printing/PrintActions.h"
#include "printing/PrintRegisterDialog.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryPage.h"
#include "referrals/FollowUpsPage.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "shell/Page.h"
#include "shell/VaultOverviewWidget.h"
#include "vault/BackupDialog.h"
#include "vault/ChangePassphraseDialog.h"
#include "vault/VaultBackup.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace advicehub::ui {

SessionWorkspace::SessionWorkspace(Session& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("sessionWorkspace"));

    // Who is working: said above every page until an adviser is chosen.
    m_bannerArea = new QWidget(this);
    auto* banner = new QWidget(m_bannerArea);
    banner->setObjectName(QStringLiteral("adviserBanner"));
    auto* bannerText = new QLabel(tr("Nobody is recorded as working in this session: choose who you are before making "
                                     "changes."),
        banner);
    bannerText->setWordWrap(true);
    auto* bannerButton = new QPushButton(Icons::get(Icons::Advisers), tr("&Choose Adviser\u2026"), banner);
    bannerButton->setObjectName(QStringLiteral("chooseAdviserButton"));
    connect(bannerButton, &QPushButton::clicked, this, &SessionWorkspace::chooseAdviser);
    auto* bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(bannerButton);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    auto* bannerAreaLayout = new QVBoxLayout(m_bannerArea);
    bannerAreaLayout->setContentsMargins(6, 4, 6, 0);
    bannerAreaLayout->addWidget(banner);
    m_bannerArea->hide();

    // The page bar: only once there is more than one page.
    m_pageBar = new QToolBar(tr("Pages"), this);
    m_pageBar->setObjectName(QStringLiteral("pageBar"));
    m_pageBar->setOrientation(Qt::Vertical);
    m_pageBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_pageBar->setIconSize(QSize(24, 24));
    m_pageBar->hide();
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        Page* shown = currentPage();
        for (QAction* action : m_pageActions->actions())
            action->setChecked(action->data().value<QObject*>() == shown);
        showMenus(m_menusShown);
        Q_EMIT currentPageChanged(shown);
    });

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_pageBar);
    body->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bannerArea);
    layout->addLayout(body, 1);

    auto* queryPage = new QueryPage(session, settings, this);
    addPage(queryPage);
    auto* followUps = new FollowUpsPage(session, settings, this);
    addPage(followUps);
    addPage(new PartnersPage(session, settings, this));
    // A referral to follow up opens its query; a change to referrals updates the list and its count.
    connect(followUps, &FollowUpsPage::openQueryRequested, this, [this, queryPage](qint64 id) {
        setCurrentPage(queryPage);
        queryPage->selectQuery(id);
        queryPage->detailPane()->showReferrals();
    });
    connect(queryPage, &QueryPage::referralsChanged, followUps, &FollowUpsPage::refresh);
}

SessionWorkspace::~SessionWorkspace()
{
    // The pages first, while the rest of the workspace is whole, and without announcing each
    // page shown as the one before it goes: the window hears nothing from a workspace going.
    disconnect(m_pages, nullptr, this, nullptr);
    showMenus(false);
    const QList<Page*> pages = m_pageList;
    m_pageList.clear();
    qDeleteAll(pages);
}

void SessionWorkspace::addPage(Page* page)
{
    m_pageList << page;
    m_pages->addWidget(page);
    connect(page, &Page::statusMessage, this, &SessionWorkspace::statusMessage);

    const qsizetype number = m_pageList.size();
    auto* show = new QAction(page->icon(), page->title(), m_pageActions);
    show->setObjectName(QStringLiteral("showPageAction_") + page->objectName());
    show->setCheckable(true);
    show->setChecked(page == currentPage());
    show->setData(QVariant::fromValue<QObject*>(page));
    if (number <= 9) {
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
        show->setToolTip(tr("%1 (%2)").arg(page->title(), show->shortcut().toString(QKeySequence::NativeText)));
    }
    connect(show, &QAction::triggered, this, [this, page] { setCurrentPage(page); });
    connect(page, &Page::titleChanged, show, [show, page] {
        show->setText(page->title());
        if (!show->shortcut().isEmpty())
            show->setToolTip(tr("%1 (%2)").arg(page->title(), show->shortcut().toString(QKeySequence::NativeText)));
    });
    m_pageBar->addAction(show);
    m_pageBar->setVisible(m_pageList.size() > 1);
    addMenuOf(page);
    showMenus(m_menusShown);
}

Page* SessionWorkspace::currentPage() const
{
    return qobject_cast<Page*>(m_pages->currentWidget());
}

void SessionWorkspace::setCurrentPage(Page* page)
{
    if (m_pageList.contains(page))
        m_pages->setCurrentWidget(page);
}

void SessionWorkspace::installMenus(QMenuBar* menuBar, QAction* before, QMenu* viewMenu)
{
    m_menuBar = menuBar;
    m_menusBefore = before;
    m_viewMenu = viewMenu;
    for (Page* page : std::as_const(m_pageList))
        addMenuOf(page);
}

void SessionWorkspace::addMenuOf(Page* page)
{
    if (!m_menuBar)
        return;
    auto* menu = m_menuBar->findChild<QMenu*>(page->menuObjectName(), Qt::FindDirectChildrenOnly);
    if (!menu) {
        menu = new QMenu(page->menuTitle(), m_menuBar);
        menu->setObjectName(page->menuObjectName());
        m_menuBar->insertMenu(m_menusBefore, menu);
    }
    menu->addActions(page->menuActions()); // they leave the menu with the page
    if (m_viewMenu) {
        // Above the window's own view actions, with a separator that is the page's too.
        const QList<QAction*> view = page->viewActions();
        if (!view.isEmpty()) {
            QAction* first = m_viewMenu->actions().value(0);
            m_viewMenu->insertActions(first, view);
            auto* separator = new QAction(page);
            separator->setSeparator(true);
            separator->setObjectName(QStringLiteral("viewSeparator_") + page->menuObjectName());
            m_viewMenu->insertAction(first, separator);
        }
    }
}

void SessionWorkspace::showMenus(bool shown)
{
    m_menusShown = shown;
    if (!m_menuBar)
        return;
    const Page* current = shown ? currentPage() : nullptr;
    for (const Page* page : std::as_const(m_pageList)) {
        const bool pageShown = current && current->menuObjectName() == page->menuObjectName();
        if (auto* menu = m_menuBar->findChild<QMenu*>(page->menuObjectName(), Qt::FindDirectChildrenOnly))
            menu->menuAction()->setVisible(pageShown);
        QList<QAction*> view = page->viewActions();
        if (auto* separator = page->findChild<QAction*>(QStringLiteral("viewSeparator_") + page->menuObjectName()))
            view << separator;
        for (QAction* action : std::as_const(view))
            action->setVisible(pageShown);
    }
}

void SessionWorkspace::start()
{
    for (Page* page : std::as_const(m_pageList))
        page->start();

    Result<std::vector<advisers::Adviser>> advisers = m_session.advisers().list();
    if (advisers && advisers->size() == 1) {
        const Status status = m_session.setCurrentAdviser(advisers->front().id);
        if (!status)
            Q_EMIT statusMessage(status.error().message);
        adviserChanged();
        return;
    }
    adviserChanged();
    if (!advisers) {
        Q_EMIT statusMessage(advisers.error().message);
        return;
    }
    chooseAdviser();
}

QStringList SessionWorkspace::keepUnsavedWork()
{
    QStringList notKept;
    for (Page* page : std::as_const(m_pageList))
        notKept << page->keepUnsavedWork();
    for (const LibraryManagerDialog* manager : findChildren<LibraryManagerDialog*>())
        notKept << manager->unsavedWork();
    return notKept;
}

void SessionWorkspace::chooseAdviser()
{
    Result<std::vector<advisers::Adviser>> advisers = m_session.advisers().list();
    if (!advisers) {
        MessageBox::critical(this, tr("Advisers"), advisers.error().message);
        return;
    }
    // Not modal: locking, backing up and looking around stay possible while it is open (the
    // banner says changes wait for an adviser). Asked again, the open one comes forward.
    for (QDialog* open : { static_cast<QDialog*>(findChild<FirstAdviserDialog*>()),
             static_cast<QDialog*>(findChild<ChooseAdviserDialog*>()) }) {
        if (open && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    if (advisers->empty()) {
        auto* dialog = new FirstAdviserDialog(m_session, this);
        connect(dialog, &FirstAdviserDialog::adviserChosen, this, &SessionWorkspace::referenceDataChanged);
        showDialog(dialog, Qt::NonModal);
    } else {
        auto* dialog = new ChooseAdviserDialog(m_session, this);
        connect(dialog, &ChooseAdviserDialog::adviserChosen, this, &SessionWorkspace::adviserChanged);
        showDialog(dialog, Qt::NonModal);
    }
}

void SessionWorkspace::adviserChanged()
{
    const std::optional<qint64> id = m_session.currentAdviserId();
    const auto* adviser = id ? m_session.lookup().adviser(*id) : nullptr;
    m_bannerArea->setVisible(!adviser);
    Q_EMIT actingAdviserChanged(adviser ? adviser->name : QString());
    for (Page* page : std::as_const(m_pageList))
        page->adviserChanged();
    offerPendingEdits();
}

void SessionWorkspace::referenceDataChanged()
{
    for (Page* page : std::as_const(m_pageList))
        page->referenceDataChanged();
    adviserChanged();
}

void SessionWorkspace::settingsChanged()
{
    for (Page* page : std::as_const(m_pageList))
        page->settingsChanged();
}

void SessionWorkspace::offerPendingEdits()
{
    if (m_pendingOffered || !m_session.currentAdviserId())
        return;
    m_pendingOffered = true;
    Result<std::vector<pending::PendingEdit>> edits = m_session.pendingEdits().list();
    if (!edits) {
        Q_EMIT statusMessage(edits.error().message);
        return;
    }
    if (edits->empty())
        return;
    auto* dialog = new PendingEditsDialog(
        m_session.pendingEdits(), std::move(edits).value(),
        [this](const pending::PendingEdit& edit) { return restorePendingEdit(edit); }, this);
    showDialog(dialog);
}

Status SessionWorkspace::restorePendingEdit(const pending::PendingEdit& edit)
{
    for (Page* page : std::as_const(m_pageList)) {
        if (std::optional<Status> restored = page->restorePendingEdit(edit)) {
            if (*restored)
                setCurrentPage(page);
            return *restored;
        }
    }
    return makeError(ErrorCode::NotFound, tr("This kind of unsaved work is not known to this version."));
}

void SessionWorkspace::showAdvisers()
{
    auto* dialog = new AdvisersDialog(m_session, this);
    connect(dialog, &AdvisersDialog::advisersChanged, this, &SessionWorkspace::referenceDataChanged);
    showDialog(dialog);
}

void SessionWorkspace::showHolidays()
{
    showDialog(new HolidaysDialog(m_session.holidays(), m_session.queries().today(), this));
}

void SessionWorkspace::showTemplatesAndLibrary()
{
    // One manager: asked again, the open one comes forward.
    for (LibraryManagerDialog* open : findChildren<LibraryManagerDialog*>()) {
        if (open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto* dialog = new LibraryManagerDialog(m_session, this);
    // Its buttons need an adviser: chosen while it is open, they come alive.
    connect(this, &SessionWorkspace::actingAdviserChanged, dialog, &LibraryManagerDialog::reloadTemplates);
    showDialog(dialog, Qt::NonModal);
}

void SessionWorkspace::showVaultInformation()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("vaultInformationDialog"));
    dialog->setWindowTitle(tr("Vault Information"));
    auto* overview = new VaultOverviewWidget(m_session.vault(), dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(overview);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    showDialog(dialog);
}

void SessionWorkspace::showPrintRegister()
{
    if (auto* open = findChild<PrintRegisterDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        open->refresh();
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new PrintRegisterDialog(m_session, this);
    if (auto* queries = page<QueryPage>(); queries && queries->printActions())
        connect(queries->printActions(), &PrintActions::recorded, dialog, &PrintRegisterDialog::refresh);
    // Not modal: it stays open beside the pages while the adviser prints.
    showDialog(dialog, Qt::NonModal);
}

QString SessionWorkspace::backupFolder() const
{
    const QString chosen = m_settings.autoBackupFolder();
    return chosen.isEmpty() ? defaultBackupFolder(m_session.vault().path()) : chosen;
}

void SessionWorkspace::backUp()
{
    // In the backups folder (by default "Backups" beside the vault, made when first needed),
    // named by the time only, like the automatic backups.
    const QString folder = backupFolder();
    const QString suggested = QDir(folder).filePath(automaticBackupFileName(m_session.clock().nowUtc()));
    auto* dialog = new BackupDialog(m_session.vault(), suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_settings.autoBackupFolder().isEmpty())
        dialog->makeFolderWhenNeeded(folder);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        MessageBox::information(this, tr("Back Up Vault"),
            tr("The backup was written to %1 and verified: it opens and its integrity check is ok.")
                .arg(QDir::toNativeSeparators(dialog->backupPath())));
    });
    dialog->open();
}

QString SessionWorkspace::runAutomaticBackup()
{
    if (!m_settings.autoBackupEnabled())
        return {};
    const QString folder = backupFolder();
    if (m_settings.autoBackupFolder().isEmpty()) {
        // The default folder is made when first needed; a folder the user chose must exist (a
        // missing one may be a drive that is not plugged in).
        if (const Status made = ensureBackupFolder(folder); !made)
            return made.error().message;
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Result<AutomaticBackup> made
        = makeAutomaticBackup(m_session.vault(), folder, m_settings.autoBackupKeep(), m_session.clock());
    QApplication::restoreOverrideCursor();
    return made ? QString() : made.error().message;
}

void SessionWorkspace::changePassphrase()
{
    auto* dialog = new ChangePassphraseDialog(m_session.vault(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        MessageBox::information(
            this, tr("Change Passphrase"), tr("The passphrase was changed. Use the new passphrase from now on."));
    });
    dialog->open();
}

void SessionWorkspace::checkIntegrity()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QStringList> problems = m_session.vault().checkIntegrity();
    QApplication::restoreOverrideCursor();
    if (!problems) {
        MessageBox::critical(this, tr("Check Integrity"), problems.error().message);
    } else if (problems->isEmpty()) {
        MessageBox::information(
            this, tr("Check Integrity"), tr("The vault is sound: every page decrypts and every reference is intact."));
    } else {
        MessageBox::critical(this, tr("Check Integrity"),
            tr("The vault is damaged: %1. Restore it from a backup.").arg(Vault::integritySummary(problems.value())));
    }
}

} // namespace advicehub::ui

namespace advicehub::ui {

void SessionWorkspace::compact()
{
    const QString title = tr("Compact Vault");
    if (LongOperation::running()) {
        MessageBox::information(
            this, title, tr("Another operation is running; compact the vault once it has finished."));
        return;
    }
    Result<qint64> reclaimable = m_session.vault().reclaimableBytes();
    if (!reclaimable) {
        MessageBox::critical(this, title, reclaimable.error().message);
        return;
    }
    const QLocale locale;
    const qint64 size = QFileInfo(m_session.vault().path()).size();
    if (reclaimable.value() <= 0) {
        MessageBox::information(this, title,
            tr("The vault (%1) has no unused space to give back: compacting would not make it smaller.")
                .arg(locale.formattedDataSize(size, 1, QLocale::DataSizeSIFormat)));
        return;
    }
    const QString question
        = tr("Compacting gives back about %1 of the vault's %2 to the disk (space left by removed attachments and "
             "other deletions, already overwritten with zeros).\n\nIt rewrites the whole vault and then verifies it; "
             "this can take a while for a large vault, and needs free disk space and memory of about the vault's "
             "size. Compact now?")
              .arg(locale.formattedDataSize(reclaimable.value(), 1, QLocale::DataSizeSIFormat),
                  locale.formattedDataSize(size, 1, QLocale::DataSizeSIFormat));
    MessageBox::question(this, title, question, [this, title](QMessageBox::StandardButton answer) {
        if (answer != QMessageBox::Yes)
            return;
        if (LongOperation::running()) {
            MessageBox::information(
                this, title, tr("Another operation is running; compact the vault once it has finished."));
            return;
        }
        Q_EMIT statusMessage(tr("Compacting the vault\u2026"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Result<Vault::CompactResult> done = makeError(ErrorCode::Cancelled, QString());
        {
            // One statement of SQLite's, without progress to report: the lock (which cannot come
            // while it runs) still finds an operation running, and waits for its end.
            LongOperation operation(window(), title, tr("Compacting the vault\u2026"));
            done = m_session.vault().compact();
        }
        QApplication::restoreOverrideCursor();
        if (!done) {
            Q_EMIT statusMessage(tr("The vault was not compacted."));
            MessageBox::critical(this, title, done.error().message);
            return;
        }
        const QLocale here;
        const QString before = here.formattedDataSize(done->sizeBefore, 1, QLocale::DataSizeSIFormat);
        const QString after = here.formattedDataSize(done->sizeAfter, 1, QLocale::DataSizeSIFormat);
        Q_EMIT statusMessage(tr("Vault compacted: %1 \u2192 %2.").arg(before, after));
        MessageBox::information(this, title,
            tr("The vault was compacted from %1 to %2 and verified: it opens and its integrity check is ok.")
                .arg(before, after));
    });
}

} // namespace advicehub::ui
