#include "TamperedVaults.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "db/Connection.h"
#include "shell/SettingsDialog.h"
#include "vault/BackupDialog.h"
#include "vault/RestoreDialog.h"
#include "vault/VaultBackup.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QThreadPool>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace backup_ui_test {

using namespace advicehub;
using namespace advicehub::ui;

namespace {

const QString kMarker = QStringLiteral("UI-BACKUP-MARKER-2718");

QString markedVault(const test::TempDir& dir, const QString& name = QStringLiteral("vault.ahv"))
{
    const QString path = dir.file(name);
    auto vault = test::createVault(path);
    db::Statement note = vault->connection().prepare("UPDATE partners SET notes = ?1 WHERE id = 1");
    note.bind(1, kMarker);
    note.execute();
    return path;
}

QStringList temporaries(const QString& folder)
{
    return QDir(folder).entryList(
        { QString::fromLatin1(BackupTemporaryPrefix) + QLatin1Char('*') }, QDir::Files | QDir::Hidden | QDir::System);
}

void requireMarked(const QString& path, const char* passphrase)
{
    auto vault = test::openVault(path, passphrase);
    CHECK(vault->connection().queryText("SELECT notes FROM partners WHERE id = 1") == kMarker);
    CHECK(vault->checkIntegrity()->isEmpty());
}

template <typename Dialog> Dialog* waitForDialog(test::WindowFixture& f)
{
    Dialog* dialog = nullptr;
    REQUIRE(test::waitFor([&] { return (dialog = f.window->findChild<Dialog*>()) != nullptr && dialog->isVisible(); }));
    return dialog;
}

QPushButton* okButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

BackupDialog* openBackupDialog(test::WindowFixture& f, const QString& target)
{
    f.child<QAction>("backupAction")->trigger();
    auto* dialog = waitForDialog<BackupDialog>(f);
    auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("backupPathEdit"));
    CHECK(QFileInfo(path->text()).fileName().startsWith(QLatin1String("AdviceHub-backup-"))); // time only
    path->setText(target);
    return dialog;
}

void type(QDialog* dialog, const char* field, const char* text)
{
    test::type(dialog->findChild<QLineEdit*>(QString::fromLatin1(field)), QString::fromUtf8(text));
}

} // namespace

TEST_CASE("Vault ▸ Back Up writes a verified backup")
{
    test::TempDir dir;
    const QString vaultPath = markedVault(dir);
    const QString target = dir.file(QStringLiteral("backup.ahv"));
    test::WindowFixture f;
    CHECK_FALSE(f.child<QAction>("backupAction")->isEnabled()); // nothing to back up while locked
    f.unlock(vaultPath);
    CHECK(f.child<QAction>("backupAction")->isEnabled());

    SECTION("under the vault's passphrase")
    {
        auto* dialog = openBackupDialog(f, target);
        CHECK_FALSE(okButton(dialog)->isEnabled()); // the vault's passphrase is needed
        type(dialog, "backupCurrentPassphraseEdit", test::TestPassphrase);
        REQUIRE(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        CHECK(test::answerMessageBox(QMessageBox::Ok).contains(QLatin1String("verified")));
        REQUIRE(test::waitFor([&] { return f.window->findChild<BackupDialog*>() == nullptr; }));
        CHECK_FALSE(f.window->isLocked());
        requireMarked(target, test::TestPassphrase);
    }
    SECTION("under another passphrase")
    {
        auto* dialog = openBackupDialog(f, target);
        type(dialog, "backupCurrentPassphraseEdit", test::TestPassphrase);
        dialog->findChild<QCheckBox*>(QStringLiteral("backupOtherPassphraseCheck"))->setChecked(true);
        CHECK_FALSE(okButton(dialog)->isEnabled());
        type(dialog, "backupNewPassphraseEdit", test::OtherPassphrase);
        type(dialog, "backupConfirmPassphraseEdit", "granite sparrow");
        CHECK_FALSE(okButton(dialog)->isEnabled()); // not the same
        dialog->findChild<QLineEdit*>(QStringLiteral("backupConfirmPassphraseEdit"))->clear();
        type(dialog, "backupConfirmPassphraseEdit", test::OtherPassphrase);
        REQUIRE(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        CHECK(test::answerMessageBox(QMessageBox::Ok).contains(QLatin1String("verified")));
        REQUIRE(test::waitFor([&] { return f.window->findChild<BackupDialog*>() == nullptr; }));
        requireMarked(target, test::OtherPassphrase);
        CHECK(Vault::open(target, test::passphrase()).code() == ErrorCode::WrongPassphrase);
    }
    SECTION("a wrong vault passphrase is shown in the dialog and nothing is written")
    {
        auto* dialog = openBackupDialog(f, target);
        type(dialog, "backupCurrentPassphraseEdit", test::OtherPassphrase);
        okButton(dialog)->click();
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("backupErrorLabel"));
        REQUIRE(test::waitFor([&] { return error->isVisible(); }));
        CHECK(error->text().contains(QLatin1String("not correct")));
        CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("backupCurrentPassphraseEdit"))->text().isEmpty());
        CHECK_FALSE(QFile::exists(target));
        CHECK(temporaries(dir.path()).isEmpty());
        dialog->reject();
    }
    SECTION("an existing file is replaced only when the user says so")
    {
        test::writeFile(target, "an older file");
        auto* dialog = openBackupDialog(f, target);
        type(dialog, "backupCurrentPassphraseEdit", test::TestPassphrase);
        okButton(dialog)->click();
        CHECK(test::answerMessageBox(QMessageBox::No).contains(QLatin1String("already exists")));
        CHECK(test::readFile(target) == "an older file");
        CHECK(dialog->isVisible());

        okButton(dialog)->click();
        CHECK(test::answerMessageBox(QMessageBox::Yes).contains(QLatin1String("already exists")));
        CHECK(test::answerMessageBox(QMessageBox::Ok).contains(QLatin1String("verified")));
        REQUIRE(test::waitFor([&] { return f.window->findChild<BackupDialog*>() == nullptr; }));
        requireMarked(target, test::TestPassphrase);
    }
    SECTION("never onto the vault itself")
    {
        auto* dialog = openBackupDialog(f, vaultPath);
        type(dialog, "backupCurrentPassphraseEdit", test::TestPassphrase);
        okButton(dialog)->click();
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("backupErrorLabel"))
                  ->text()
                  .contains(QLatin1String("vault itself")));
        dialog->reject();
    }
}

TEST_CASE("locking while a backup is being made leaves no file and never touches the closed vault")
{
    test::TempDir dir;
    const QString vaultPath = markedVault(dir);
    const QString target = dir.file(QStringLiteral("interrupted.ahv"));
    test::WindowFixture f;
    f.unlock(vaultPath);
    auto* dialog = openBackupDialog(f, target);
    type(dialog, "backupCurrentPassphraseEdit", test::TestPassphrase);
    okButton(dialog)->click(); // the key derivation starts on a worker thread
    f.window->lock(); // closes the dialog, then the vault
    CHECK(f.window->isLocked());
    REQUIRE(test::waitFor([&] { return f.window->findChild<BackupDialog*>() == nullptr; }));
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    CHECK_FALSE(QFile::exists(target));
    CHECK(temporaries(dir.path()).isEmpty());
    requireMarked(vaultPath, test::TestPassphrase);
}

TEST_CASE("Vault ▸ Restore makes a new vault from a backup and opens it after asking")
{
    test::TempDir dir;
    const QString vaultPath = markedVault(dir);
    const QString backupPath = dir.file(QStringLiteral("backup.ahv"));
    {
        auto vault = test::openVault(vaultPath);
        const crypto::SecureBuffer other = test::passphrase(test::OtherPassphrase);
        REQUIRE(backupVault(*vault, backupPath, test::passphrase(), &other).ok());
    }
    const QString otherVault = dir.file(QStringLiteral("other.ahv"));
    test::createVault(otherVault);
    const QString restoredPath = dir.file(QStringLiteral("restored.ahv"));
    test::WindowFixture f;
    f.unlock(otherVault);

    const auto openRestoreDialog = [&] {
        f.child<QAction>("restoreAction")->trigger();
        auto* dialog = waitForDialog<RestoreDialog>(f);
        dialog->findChild<QLineEdit*>(QStringLiteral("restoreBackupPathEdit"))->setText(backupPath);
        auto* newVault = dialog->findChild<QLineEdit*>(QStringLiteral("restoreNewVaultPathEdit"));
        CHECK_FALSE(QFileInfo::exists(newVault->text())); // the suggestion is a new file
        newVault->setText(restoredPath);
        return dialog;
    };

    SECTION("opened as the new session when the user agrees")
    {
        auto* dialog = openRestoreDialog();
        type(dialog, "restorePassphraseEdit", test::OtherPassphrase);
        okButton(dialog)->click();
        CHECK(test::answerMessageBox(QMessageBox::Yes).contains(QLatin1String("will be locked")));
        REQUIRE(test::waitFor([&] {
            return !f.window->isLocked()
                && f.window->session()->vault().path() == QFileInfo(restoredPath).absoluteFilePath();
        }));
        CHECK(
            f.window->session()->vault().connection().queryText("SELECT notes FROM partners WHERE id = 1") == kMarker);
        CHECK(f.settings.lastVaultPath() == QFileInfo(restoredPath).absoluteFilePath());
    }
    SECTION("left closed when the user declines")
    {
        auto* dialog = openRestoreDialog();
        type(dialog, "restorePassphraseEdit", test::OtherPassphrase);
        okButton(dialog)->click();
        CHECK(test::answerMessageBox(QMessageBox::No).contains(QLatin1String("Open it now")));
        REQUIRE(test::waitFor([&] { return f.window->findChild<RestoreDialog*>() == nullptr; }));
        CHECK(f.window->session()->vault().path() == QFileInfo(otherVault).absoluteFilePath());
        requireMarked(restoredPath, test::OtherPassphrase); // closed, so it can be opened here
    }
    SECTION("errors are shown in the dialog and nothing is written")
    {
        auto* dialog = openRestoreDialog();
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("restoreErrorLabel"));
        type(dialog, "restorePassphraseEdit", test::TestPassphrase); // the vault's, not the backup's
        okButton(dialog)->click();
        REQUIRE(test::waitFor([&] { return error->isVisible(); }));
        CHECK(error->text().contains(QLatin1String("not correct")));
        CHECK_FALSE(QFile::exists(restoredPath));

        dialog->findChild<QLineEdit*>(QStringLiteral("restoreNewVaultPathEdit"))->setText(vaultPath);
        type(dialog, "restorePassphraseEdit", test::OtherPassphrase);
        okButton(dialog)->click();
        CHECK(error->text().contains(QLatin1String("never replaces")));

        const QString damaged
            = test::makeTampered(dir, test::Tampering::ChangedDataBytes, QStringLiteral("damaged.ahv"));
        dialog->findChild<QLineEdit*>(QStringLiteral("restoreBackupPathEdit"))->setText(damaged);
        dialog->findChild<QLineEdit*>(QStringLiteral("restoreNewVaultPathEdit"))->setText(restoredPath);
        dialog->findChild<QLineEdit*>(QStringLiteral("restorePassphraseEdit"))->clear();
        type(dialog, "restorePassphraseEdit", test::TestPassphrase);
        okButton(dialog)->click();
        REQUIRE(test::waitFor([&] { return error->text().contains(QLatin1String("damaged")); }));
        CHECK_FALSE(QFile::exists(restoredPath));
        CHECK(temporaries(dir.path()).isEmpty());
        dialog->reject();
    }
}

TEST_CASE("an automatic backup is made on lock, and only the newest are kept")
{
    test::TempDir dir;
    const QString vaultPath = markedVault(dir);
    const QString folder = dir.file(QStringLiteral("automatic"));
    REQUIRE(QDir().mkdir(folder));
    test::WindowFixture f;

    // Set as a user would, in Settings.
    f.window->showSettings();
    SettingsDialog* settings = nullptr;
    REQUIRE(test::waitFor([&] { return (settings = f.window->findChild<SettingsDialog*>()) != nullptr; }));
    settings->findChild<QCheckBox*>(QStringLiteral("autoBackupCheck"))->setChecked(true);
    settings->findChild<QLineEdit*>(QStringLiteral("autoBackupFolderEdit"))->setText(folder);
    settings->findChild<QSpinBox*>(QStringLiteral("autoBackupKeepSpin"))->setValue(2);
    settings->accept();
    CHECK(f.settings.autoBackupEnabled());
    CHECK(f.settings.autoBackupKeep() == 2);

    const auto backups
        = [&] { return QDir(folder).entryList({ QStringLiteral("AdviceHub-backup-*.ahv") }, QDir::Files, QDir::Name); };
    for (int i = 0; i < 3; ++i) {
        f.unlock(vaultPath);
        f.clock.advanceMs(60 * 1000);
        f.window->lock();
    }
    const QStringList kept = backups();
    REQUIRE(kept.size() == 2);
    CHECK(kept.at(0) == automaticBackupFileName(QDateTime(QDate(2026, 1, 5), QTime(9, 2), Qt::UTC)));
    CHECK(kept.at(1) == automaticBackupFileName(QDateTime(QDate(2026, 1, 5), QTime(9, 3), Qt::UTC)));
    requireMarked(QDir(folder).filePath(kept.at(1)), test::TestPassphrase);
    CHECK(f.window->statusBar()->currentMessage().isEmpty());

    SECTION("a failure is reported in the status bar and does not stop the lock")
    {
        f.settings.setAutoBackupFolder(dir.file(QStringLiteral("gone")));
        f.unlock(vaultPath);
        f.window->lock();
        CHECK(f.window->isLocked());
        CHECK(f.window->statusBar()->currentMessage().contains(QLatin1String("automatic backup failed")));
    }
}

TEST_CASE("backups go by default to a Backups folder beside the vault made for its owner")
{
    test::TempDir dir;
    const QString vaultPath = markedVault(dir);
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("Backups"));
    test::WindowFixture f;

    // Automatic backups on, no folder chosen: the field says where they go.
    f.window->showSettings();
    SettingsDialog* settings = nullptr;
    REQUIRE(test::waitFor([&] { return (settings = f.window->findChild<SettingsDialog*>()) != nullptr; }));
    settings->findChild<QCheckBox*>(QStringLiteral("autoBackupCheck"))->setChecked(true);
    auto* folderEdit = settings->findChild<QLineEdit*>(QStringLiteral("autoBackupFolderEdit"));
    CHECK(folderEdit->text().isEmpty());
    CHECK(folderEdit->placeholderText().contains(QLatin1String("Backups")));
    settings->accept();
    CHECK(f.settings.autoBackupFolder().isEmpty());

    f.unlock(vaultPath);
    REQUIRE_FALSE(QFileInfo::exists(folder)); // made when first needed, not before
    f.window->lock();
    REQUIRE(QFileInfo(folder).isDir());
    CHECK((QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther))
        == QFile::Permissions {});
    const QStringList made = QDir(folder).entryList({ QStringLiteral("AdviceHub-backup-*.ahv") }, QDir::Files);
    REQUIRE(made.size() == 1);
    CHECK(made.first() == automaticBackupFileName(f.clock.nowUtc()));
    CHECK_FALSE(made.first().contains(QLatin1Char(':')));
    requireMarked(QDir(folder).filePath(made.first()), test::TestPassphrase);

    SECTION("Back Up… suggests the same folder and the same kind of name")
    {
        f.unlock(vaultPath);
        f.child<QAction>("backupAction")->trigger();
        auto* dialog = waitForDialog<BackupDialog>(f);
        const QString suggested = dialog->findChild<QLineEdit*>(QStringLiteral("backupPathEdit"))->text();
        CHECK(QFileInfo(suggested).absolutePath() == QFileInfo(folder).absoluteFilePath());
        CHECK(QFileInfo(suggested).fileName() == automaticBackupFileName(f.clock.nowUtc()));
        dialog->reject();
    }
}

TEST_CASE("Back Up… makes the default Backups folder only when the backup is written")
{
    test::TempDir dir;
    const QString vaultPath = markedVault(dir);
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("Backups"));
    test::WindowFixture f;
    f.unlock(vaultPath);

    // Cancelled: the folder the dialog suggests is not made.
    f.child<QAction>("backupAction")->trigger();
    auto* cancelled = waitForDialog<BackupDialog>(f);
    const QString suggested = cancelled->findChild<QLineEdit*>(QStringLiteral("backupPathEdit"))->text();
    CHECK(QFileInfo(suggested).absolutePath() == QFileInfo(folder).absoluteFilePath());
    cancelled->reject();
    REQUIRE(test::waitFor([&] { return f.window->findChild<BackupDialog*>() == nullptr; }));
    CHECK_FALSE(QFileInfo::exists(folder));

    // Accepted: made for its owner alone, and the backup written into it.
    f.child<QAction>("backupAction")->trigger();
    auto* dialog = waitForDialog<BackupDialog>(f);
    test::type(dialog->findChild<QLineEdit*>(QStringLiteral("backupCurrentPassphraseEdit")),
        QString::fromLatin1(test::TestPassphrase));
    dialog->accept();
    REQUIRE(test::waitFor([&] { return QFileInfo::exists(suggested); }, 30000));
    REQUIRE(QFileInfo(folder).isDir());
    CHECK((QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther))
        == QFile::Permissions {});
}

} // namespace backup_ui_test
