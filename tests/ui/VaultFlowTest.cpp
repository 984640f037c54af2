#include "TestSupport.h"
#include "UiTestSupport.h"
#include "advisers/FirstAdviserDialog.h"
#include "queries/QueryPage.h"
#include "settings/AppSettings.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "shell/SessionWorkspace.h"
#include "vault/CreateVaultWizard.h"
#include "vault/PassphraseField.h"
#include "vault/UnlockWidget.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace vault_flow_test {

using namespace advicehub;
using namespace advicehub::ui;

namespace {

// A fresh window with empty settings: what a user sees the first time.
struct FreshWindow {
    FreshWindow()
    {
        QSettings().clear();
        window = std::make_unique<MainWindow>(settings, clock);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~FreshWindow()
    {
        window.reset();
        QSettings().clear();
    }
    template <typename T> T* child(const char* name)
    {
        auto* found = window->findChild<T*>(QLatin1String(name));
        REQUIRE(found != nullptr);
        return found;
    }
    QString lockState() { return child<QLabel>("statusLockLabel")->text(); }

    AppSettings settings;
    ManualClock clock;
    std::unique_ptr<MainWindow> window;
};

void createThroughWizard(FreshWindow& f, const QString& path, const char* passphrase)
{
    f.child<QAbstractButton>("welcomeCreateButton")->click();
    auto* wizard = f.window->findChild<CreateVaultWizard*>();
    REQUIRE(wizard != nullptr);
    REQUIRE(test::waitFor([&] { return wizard->isVisible(); }));

    auto* pathEdit = wizard->findChild<QLineEdit*>(QStringLiteral("vaultPathEdit"));
    pathEdit->clear();
    test::type(pathEdit, path);
    REQUIRE(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();

    auto* first = wizard->findChild<PassphraseField*>(QStringLiteral("newPassphraseEdit"));
    auto* second = wizard->findChild<PassphraseField*>(QStringLiteral("confirmPassphraseEdit"));
    test::type(first, QString::fromUtf8(passphrase));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // not confirmed yet
    test::type(second, QString::fromUtf8(passphrase));
    REQUIRE(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    REQUIRE(wizard->currentId() == CreateVaultWizard::SummaryPage);

    QSignalSpy unlocked(f.window.get(), &MainWindow::unlocked);
    wizard->button(QWizard::FinishButton)->click();
    REQUIRE(test::waitFor([&] { return unlocked.count() == 1; }));
}

void unlockWith(FreshWindow& f, const char* passphrase)
{
    auto* unlock = f.child<UnlockWidget>("unlockWidget");
    auto* field = f.child<PassphraseField>("passphraseEdit");
    test::type(field, QString::fromUtf8(passphrase));
    INFO("field has " << field->text().size() << " characters; focus " << field->hasFocus());
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(test::waitFor([&] { return !unlock->isBusy(); }));
}

} // namespace

TEST_CASE("create a vault through the wizard, lock it, unlock with a wrong then the right passphrase")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("wizard.ahv"));
    FreshWindow f;
    CHECK(f.child<QWidget>("welcomeWidget")->isVisible());
    CHECK(f.window->isLocked());

    createThroughWizard(f, path, test::TestPassphrase);
    CHECK_FALSE(f.window->isLocked());
    CHECK(QFile::exists(path));
    CHECK(test::fileMode(path) == 0600);
    CHECK(f.lockState() == QStringLiteral("Unlocked"));
    CHECK(f.window->findChild<QueryPage*>() != nullptr);
    CHECK(f.settings.lastVaultPath() == path);

    // A new vault has no advisers: Advice Hub asks who is working before anything else.
    auto* first = f.window->findChild<FirstAdviserDialog*>();
    REQUIRE(first != nullptr);
    test::type(first->nameEdit(), QStringLiteral("Amara Quillfeather"));
    first->accept();
    CHECK(f.child<QLabel>("statusAdviserLabel")->text().contains(QLatin1String("Amara Quillfeather")));

    // Lock from the keyboard shortcut.
    QSignalSpy locked(f.window.get(), &MainWindow::locked);
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(locked.count() == 1);
    CHECK(f.window->isLocked());
    CHECK(f.window->findChild<SessionWorkspace*>() == nullptr); // destroyed, not hidden
    CHECK(f.window->findChild<QueryPage*>() == nullptr);
    CHECK(f.child<UnlockWidget>("unlockWidget")->isVisible());
    CHECK(f.lockState() == QStringLiteral("Locked"));
    CHECK_FALSE(f.child<QAction>("lockAction")->isEnabled());
    // The title names the vault and the state once, and ends with the display name, which the
    // X11 platform would otherwise append a second time.
    INFO(f.window->windowTitle().toStdString());
    CHECK(f.window->windowTitle().endsWith(QStringLiteral(" (locked) — Advice Hub")));
    CHECK(f.window->windowTitle().count(QStringLiteral("Advice Hub")) == 1);

    // A wrong passphrase: an inline message, the field cleared, still locked.
    unlockWith(f, test::OtherPassphrase);
    CHECK(f.window->isLocked());
    auto* error = f.child<QLabel>("unlockErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QLatin1String("not correct")));
    CHECK_FALSE(error->text().contains(QLatin1String("damaged"))); // a typing error is not an alarm
    CHECK(f.child<PassphraseField>("passphraseEdit")->text().isEmpty());
    // Only repeated failures suggest that the file may be damaged.
    unlockWith(f, test::OtherPassphrase);
    CHECK_FALSE(error->text().contains(QLatin1String("damaged")));
    unlockWith(f, test::OtherPassphrase);
    CHECK(error->text().contains(QLatin1String("not correct")));
    CHECK(error->text().contains(QLatin1String("may be damaged")));
    CHECK(error->text().contains(QLatin1String("Restore from Backup")));

    // The right one.
    unlockWith(f, test::TestPassphrase);
    CHECK_FALSE(f.window->isLocked());
    CHECK_FALSE(error->isVisible());
    CHECK(f.window->findChild<QueryPage*>() != nullptr);
    CHECK(f.lockState() == QStringLiteral("Unlocked"));
    CHECK(f.window->windowTitle().endsWith(QStringLiteral(".ahv — Advice Hub")));
    CHECK(f.window->windowTitle().count(QStringLiteral("Advice Hub")) == 1);
}

TEST_CASE("the wizard refuses a weak or unconfirmed passphrase and an existing file")
{
    test::TempDir dir;
    FreshWindow f;
    f.child<QAbstractButton>("welcomeCreateButton")->click();
    auto* wizard = f.window->findChild<CreateVaultWizard*>();
    REQUIRE(wizard != nullptr);

    const QString existing = dir.file(QStringLiteral("taken.ahv"));
    test::writeFile(existing, "x");
    auto* pathEdit = wizard->findChild<QLineEdit*>(QStringLiteral("vaultPathEdit"));
    pathEdit->setText(existing);
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    pathEdit->setText(dir.file(QStringLiteral("new.ahv")));
    REQUIRE(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();

    auto* first = wizard->findChild<PassphraseField*>(QStringLiteral("newPassphraseEdit"));
    auto* second = wizard->findChild<PassphraseField*>(QStringLiteral("confirmPassphraseEdit"));
    test::type(first, QStringLiteral("password1"));
    test::type(second, QStringLiteral("password1"));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // too weak
    CHECK(wizard->findChild<QLabel*>(QStringLiteral("strengthLabel"))->text().contains(QLatin1String("Too easy")));

    first->clear();
    second->clear();
    test::type(first, QString::fromLatin1(test::TestPassphrase));
    test::type(second, QString::fromLatin1(test::OtherPassphrase));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // not the same
    CHECK(wizard->findChild<QLabel*>(QStringLiteral("passphraseMismatchLabel"))->isVisible());
    wizard->reject();
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("new.ahv"))));
}

TEST_CASE("each kind of unlock failure is shown inline")
{
    test::TempDir dir;
    FreshWindow f;
    auto* error = f.child<QLabel>("unlockErrorLabel");
    const auto tryOpen = [&](const QString& path) {
        f.child<QAbstractButton>("welcomeOpenButton")->click();
        test::answerFileDialog(path);
        REQUIRE(test::waitFor([&] { return f.child<UnlockWidget>("unlockWidget")->vaultPath() == path; }));
        unlockWith(f, test::TestPassphrase);
        CHECK(f.window->isLocked());
        CHECK(error->isVisible());
        return error->text();
    };

    SECTION("not a vault")
    {
        const QString path = dir.file(QStringLiteral("letter.txt"));
        test::writeFile(path, QByteArray(5000, 'a'));
        CHECK(tryOpen(path).contains(QLatin1String("not an Advice Hub vault")));
    }
    SECTION("damaged (truncated)")
    {
        const QString path = dir.file(QStringLiteral("cut.ahv"));
        test::createVault(path);
        test::writeFile(path, test::readFile(path).left(10000));
        CHECK(tryOpen(path).contains(QLatin1String("truncated")));
    }
    SECTION("already open elsewhere")
    {
        const QString path = dir.file(QStringLiteral("busy.ahv"));
        auto held = test::createVault(path);
        CHECK(tryOpen(path).contains(QLatin1String("already open")));
    }
}

TEST_CASE("locking closes open dialogs")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("dialogs.ahv"));
    test::createVault(path);
    FreshWindow f;
    f.child<QAbstractButton>("welcomeOpenButton")->click();
    test::answerFileDialog(path);
    REQUIRE(test::waitFor([&] { return f.child<UnlockWidget>("unlockWidget")->vaultPath() == path; }));
    unlockWith(f, test::TestPassphrase);
    REQUIRE_FALSE(f.window->isLocked());

    f.window->showAbout();
    REQUIRE(test::waitFor([&] { return f.window->findChild<AboutDialog*>() != nullptr; }));
    f.window->lock();
    REQUIRE(test::waitFor([&] { return f.window->findChild<AboutDialog*>() == nullptr; }));
    CHECK(f.window->isLocked());
}

TEST_CASE("settings keep preferences only")
{
    FreshWindow f;
    f.window->showSettings();
    QDialog* dialog = nullptr;
    REQUIRE(test::waitFor([&] {
        dialog = f.window->findChild<QDialog*>(QStringLiteral("settingsDialog"));
        return dialog != nullptr;
    }));
    auto* minutes = dialog->findChild<QSpinBox*>(QStringLiteral("autoLockMinutesSpin"));
    REQUIRE(minutes != nullptr);
    CHECK(minutes->value() == AppSettings::DefaultAutoLockMinutes);
    minutes->setValue(12);
    // Referrals without a reply are followed up after N working days (default 15).
    auto* noReply = dialog->findChild<QSpinBox*>(QStringLiteral("noReplyDaysSpin"));
    REQUIRE(noReply != nullptr);
    CHECK(noReply->value() == AppSettings::DefaultNoReplyWorkingDays);
    noReply->setValue(10);
    dialog->accept();
    CHECK(f.settings.autoLockMinutes() == 12);
    CHECK(f.settings.noReplyWorkingDays() == 10);
    QSettings raw;
    for (const QString& key : raw.allKeys())
        CHECK((key.startsWith(QLatin1String("security/")) || key.startsWith(QLatin1String("ui/"))
            || key.startsWith(QLatin1String("vault/")) || key.startsWith(QLatin1String("backup/"))
            || key == QLatin1String("referrals/noReplyWorkingDays") || key == QLatin1String("attachments/max_size")));
}

} // namespace vault_flow_test
