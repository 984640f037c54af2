// A lock may come at any moment — the idle timer, the screen locking, Ctrl+L — also while a
// box, a file chooser or a dialog over a dialog waits for the user. Each kind is left open and
// unanswered here while the lock comes; the lock must close every window before anything is
// destroyed, leave no nested event loop running, show the unlock screen, and no answer given
// just before the lock (or to a box the lock closed) may run against the vault it closed. The
// asan preset runs these too: a use of the freed vault or of a deleted dialog is an error there.
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "WorkspaceFixture.h"
#include "db/Connection.h"
#include "pending/PendingEditsDialog.h"
#include "queries/QueryFormDialog.h"
#include "security/InactivityTimer.h"
#include "session/Session.h"
#include "vault/BackupDialog.h"
#include "vault/RestoreDialog.h"
#include "vault/UnlockWidget.h"
#include "vault/VaultBackup.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace lock_ui_test {

using namespace advicehub;
using namespace advicehub::ui;

namespace {

constexpr qint64 kMinute = 60 * 1000;

// Auto-lock as it happens: the idle timer, on the window's ManualClock, finds the limit passed.
void autoLock(test::WindowFixture& f)
{
    InactivityTimer& idle = f.window->inactivityTimer();
    if (!idle.isActive())
        idle.start(5 * kMinute);
    f.clock.advanceMs(idle.limitMs());
    idle.check();
}

// The application's windows still on screen, the main window aside.
QStringList otherWindows(test::WindowFixture& f)
{
    QStringList windows;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget != f.window.get() && widget->isVisible())
            windows << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
    }
    return windows;
}

// What every lock must leave: the unlock screen and nothing else, no dialog alive.
void requireLockedCleanly(test::WindowFixture& f)
{
    REQUIRE(test::waitFor([&] { return f.window->isLocked(); }));
    INFO("still on screen: " << otherWindows(f).join(QStringLiteral(", ")).toStdString());
    CHECK(otherWindows(f).isEmpty());
    CHECK(f.window->findChildren<QDialog*>().isEmpty());
    CHECK(f.window->findChild<SessionWorkspace*>() == nullptr);
    CHECK(f.window->findChild<QueryPage*>() == nullptr);
    auto* unlock = f.child<UnlockWidget>("unlockWidget");
    CHECK(unlock->isVisible());
    CHECK(unlock->isEnabled());
}

QPointer<QMessageBox> waitForBox()
{
    QPointer<QMessageBox> box;
    REQUIRE(test::waitFor([&] { return (box = test::visibleMessageBox()) != nullptr; }));
    return box;
}

QPushButton* okButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

const QString kMarker = QStringLiteral("LOCK-UI-MARKER-1618");

QString markedVault(const test::TempDir& dir, const QString& name)
{
    const QString path = dir.file(name);
    auto vault = test::createVault(path);
    db::Statement note = vault->connection().prepare("UPDATE partners SET notes = ?1 WHERE id = 1");
    note.bind(1, kMarker);
    note.execute();
    return path;
}

void requireMarked(const QString& path)
{
    auto vault = test::openVault(path);
    CHECK(vault->connection().queryText("SELECT notes FROM partners WHERE id = 1") == kMarker);
    CHECK(vault->checkIntegrity()->isEmpty());
}

} // namespace

TEST_CASE("a lock while a question of the workspace is open closes it, and its answer never runs")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Registered by mistake")); });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    f.action("deleteQueryAction")->trigger();
    const QPointer<QMessageBox> box = waitForBox();
    CHECK(box->text().contains(QLatin1String("Delete AH-2026-0001")));

    SECTION("auto-lock, the question unanswered")
    {
        autoLock(f);
    }
    SECTION("Ctrl+L pressed in the question")
    {
        QTest::keyClick(box, Qt::Key_L, Qt::ControlModifier);
    }
    SECTION("answered Yes just as the idle timer locks: the answer is void")
    {
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); // its continuation waits in the queue
        autoLock(f); // before the event loop runs it
    }
    requireLockedCleanly(f);
    CHECK(box.isNull());
    f.unlock(f.path);
    CHECK(f.count() == 1); // never deleted
}

TEST_CASE("a lock while a form asks whether to discard restored work keeps the work, whatever the answer")
{
    test::WorkspaceFixture f;
    f.action("newQueryAction")->trigger();
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    qobject_cast<QLineEdit*>(form->fieldWidget(queries::QueryField::Subject))->setText(QStringLiteral("Kept text"));
    f.window->lock();
    f.unlock(f.path);
    auto* offer = f.dialog<PendingEditsDialog>("pendingEditsDialog");

    QPointer<QMessageBox> box;
    SECTION("the form's own question (a box over a dialog opened from a dialog)")
    {
        offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"))->click();
        auto* restored = f.dialog<QueryFormDialog>("queryFormDialog");
        QTest::keyClick(restored, Qt::Key_Escape);
        box = waitForBox();
        CHECK(box->text().contains(QLatin1String("Discard this unsaved work?")));
        SECTION("unanswered")
        {
            autoLock(f);
        }
        SECTION("answered Discard just as the lock comes")
        {
            QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
            autoLock(f);
        }
    }
    SECTION("the Unsaved Work dialog's question")
    {
        offer->findChild<QPushButton*>(QStringLiteral("discardPendingButton"))->click();
        box = waitForBox();
        SECTION("unanswered")
        {
            autoLock(f);
        }
        SECTION("answered Discard just as the lock comes")
        {
            QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
            autoLock(f);
        }
    }
    requireLockedCleanly(f);
    CHECK(box.isNull());
    f.unlock(f.path);
    CHECK(f.window->session()->vault().connection().queryInt("SELECT count(*) FROM pending_edits") == 1);
    CHECK(f.dialog<PendingEditsDialog>("pendingEditsDialog")->list()->count() == 1); // offered again
}

TEST_CASE("a lock while the Back Up dialog asks about replacing a file closes both and never touches the vault "
          "again")
{
    test::TempDir dir;
    const QString vaultPath = markedVault(dir, QStringLiteral("vault.ahv"));
    const QString target = dir.file(QStringLiteral("backup.ahv"));
    test::writeFile(target, "an older file");
    test::WindowFixture f;
    f.unlock(vaultPath);
    f.child<QAction>("backupAction")->trigger();
    QPointer<BackupDialog> dialog;
    REQUIRE(test::waitFor([&] { return (dialog = f.window->findChild<BackupDialog*>()) != nullptr; }));
    dialog->findChild<QLineEdit*>(QStringLiteral("backupPathEdit"))->setText(target);
    test::type(dialog->findChild<QLineEdit*>(QStringLiteral("backupCurrentPassphraseEdit")),
        QString::fromLatin1(test::TestPassphrase));
    okButton(dialog)->click();
    const QPointer<QMessageBox> box = waitForBox();
    CHECK(box->text().contains(QLatin1String("already exists")));

    SECTION("unanswered")
    {
        autoLock(f);
    }
    SECTION("answered Yes just as the lock comes")
    {
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        autoLock(f);
    }
    requireLockedCleanly(f);
    CHECK(box.isNull());
    CHECK(dialog.isNull());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    CHECK(test::readFile(target) == "an older file");
    CHECK(QDir(dir.path())
              .entryList({ QString::fromLatin1(BackupTemporaryPrefix) + QLatin1Char('*') },
                  QDir::Files | QDir::Hidden | QDir::System)
              .isEmpty()); // no half-written backup left
    requireMarked(vaultPath);
}

TEST_CASE("a lock while a file chooser is open over the Back Up dialog closes them all")
{
    test::TempDir dir;
    const QString vaultPath = markedVault(dir, QStringLiteral("vault.ahv"));
    test::WindowFixture f;
    f.unlock(vaultPath);
    f.child<QAction>("backupAction")->trigger();
    QPointer<BackupDialog> dialog;
    REQUIRE(test::waitFor([&] { return (dialog = f.window->findChild<BackupDialog*>()) != nullptr; }));
    dialog->findChild<QPushButton*>(QStringLiteral("backupBrowseButton"))->click();
    QPointer<QFileDialog> chooser;
    REQUIRE(test::waitFor([&] { return (chooser = test::visibleFileDialog()) != nullptr; }));

    SECTION("the chooser unanswered")
    {
        autoLock(f);
    }
    SECTION("the chooser asking whether to replace a file (three windows deep)")
    {
        const QString existing = dir.file(QStringLiteral("existing.ahv"));
        test::writeFile(existing, "someone's file");
        test::answerFileDialog(existing);
        const QPointer<QMessageBox> box = waitForBox();
        CHECK(box->text().contains(QLatin1String("already exists")));
        autoLock(f);
        CHECK(box.isNull());
        CHECK(test::readFile(existing) == "someone's file");
    }
    requireLockedCleanly(f);
    CHECK(chooser.isNull());
    CHECK(dialog.isNull());
    requireMarked(vaultPath);
}

TEST_CASE("a lock while one of Qt's own boxes runs its event loop inside a file chooser waits for it to unwind")
{
    // Qt's file chooser says "File not found" in a box of its own that runs a nested event loop
    // inside the chooser's accept(). The lock comes from inside that loop; it must end the loop
    // and tear the session down only once the chooser's code has returned.
    test::TempDir dir;
    const QString vaultPath = markedVault(dir, QStringLiteral("vault.ahv"));
    test::WindowFixture f;
    f.unlock(vaultPath);
    f.child<QAction>("restoreAction")->trigger();
    QPointer<RestoreDialog> dialog;
    REQUIRE(test::waitFor([&] { return (dialog = f.window->findChild<RestoreDialog*>()) != nullptr; }));
    dialog->findChild<QPushButton*>(QStringLiteral("restoreBackupBrowseButton"))->click();
    QPointer<QFileDialog> chooser;
    REQUIRE(test::waitFor([&] { return (chooser = test::visibleFileDialog()) != nullptr; }));
    auto* name = chooser->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name != nullptr);
    name->setText(dir.file(QStringLiteral("no-such-backup.ahv")));

    int nestedLevel = -1;
    bool qtBoxShown = false;
    bool lockedInside = true;
    const bool useShortcut = GENERATE(false, true);
    QTimer::singleShot(0, f.window.get(), [&] {
        nestedLevel = QThread::currentThread()->loopLevel();
        QMessageBox* box = test::visibleMessageBox();
        qtBoxShown = box && box->text().contains(QLatin1String("File not found"));
        if (useShortcut && box)
            QTest::keyClick(box, Qt::Key_L, Qt::ControlModifier); // queued: runs in the same loop
        else
            autoLock(f);
    });
    QTest::keyClick(name, Qt::Key_Return); // returns once the nested loop has ended
    lockedInside = f.window->isLocked();
    INFO("Ctrl+L: " << useShortcut);
    CHECK(nestedLevel > 0);
    CHECK(qtBoxShown);
    CHECK_FALSE(lockedInside); // the teardown waited for the chooser's code to return
    requireLockedCleanly(f);
    CHECK(chooser.isNull());
    CHECK(dialog.isNull());
    requireMarked(vaultPath);
}

TEST_CASE("a lock while About Qt runs its own event loop")
{
    test::TempDir dir;
    const QString vaultPath = markedVault(dir, QStringLiteral("vault.ahv"));
    test::WindowFixture f;
    f.unlock(vaultPath);
    bool boxShown = false;
    QTimer::singleShot(0, f.window.get(), [&] {
        boxShown = test::visibleMessageBox() != nullptr;
        autoLock(f);
    });
    f.child<QAction>("aboutQtAction")->trigger(); // QMessageBox::aboutQt() runs exec()
    CHECK(boxShown);
    requireLockedCleanly(f);
}

TEST_CASE("a lock while the main window asks whether to open a restored vault closes the question and the restored "
          "vault")
{
    test::TempDir dir;
    const QString vaultPath = markedVault(dir, QStringLiteral("vault.ahv"));
    const QString backupPath = dir.file(QStringLiteral("backup.ahv"));
    {
        auto vault = test::openVault(vaultPath);
        REQUIRE(backupVault(*vault, backupPath, test::passphrase(), nullptr, {}).ok());
    }
    const QString restoredPath = dir.file(QStringLiteral("restored.ahv"));
    test::WindowFixture f;
    f.unlock(vaultPath);
    f.child<QAction>("restoreAction")->trigger();
    QPointer<RestoreDialog> dialog;
    REQUIRE(test::waitFor([&] { return (dialog = f.window->findChild<RestoreDialog*>()) != nullptr; }));
    dialog->findChild<QLineEdit*>(QStringLiteral("restoreBackupPathEdit"))->setText(backupPath);
    dialog->findChild<QLineEdit*>(QStringLiteral("restoreNewVaultPathEdit"))->setText(restoredPath);
    test::type(dialog->findChild<QLineEdit*>(QStringLiteral("restorePassphraseEdit")),
        QString::fromLatin1(test::TestPassphrase));
    okButton(dialog)->click();
    const QPointer<QMessageBox> box = waitForBox();
    CHECK(box->parentWidget() == f.window.get());
    CHECK(box->text().contains(QLatin1String("Open it now?")));

    SECTION("unanswered")
    {
        autoLock(f);
    }
    SECTION("answered Yes just as the lock comes")
    {
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        autoLock(f);
    }
    requireLockedCleanly(f);
    CHECK(box.isNull());
    QCoreApplication::processEvents();
    CHECK(f.window->isLocked());
    CHECK(f.child<UnlockWidget>("unlockWidget")->vaultPath() == vaultPath); // nothing else was opened
    requireMarked(restoredPath); // closed with the question: it opens
}

} // namespace lock_ui_test
