#include "TestSupport.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "WorkspaceFixture.h"
#include "advisers/AdviserService.h"
#include "advisers/ChooseAdviserDialog.h"
#include "session/Session.h"
#include "shell/SettingsDialog.h"
#include "shell/ShortcutsWindow.h"
#include "shell/UserGuideWindow.h"
#include "shell/WelcomeWidget.h"
#include "vault/UnlockWidget.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

#include <functional>
#include <memory>

namespace shell_ui_test {

using namespace advicehub;
using namespace advicehub::ui;

namespace {

// A main window started over settings prepared beforehand (as after an earlier session).
struct PresetWindow {
    explicit PresetWindow(const std::function<void(AppSettings&)>& preset)
    {
        QSettings().clear();
        preset(settings);
        window = std::make_unique<MainWindow>(settings, clock);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~PresetWindow()
    {
        window.reset();
        QSettings().clear();
    }
    PresetWindow(const PresetWindow&) = delete;
    PresetWindow& operator=(const PresetWindow&) = delete;

    AppSettings settings;
    ManualClock clock;
    std::unique_ptr<MainWindow> window;
};

// The vaults the Open Recent menu offers, in order, as the user opens it.
QStringList recentInMenu(QMenu* menu)
{
    Q_EMIT menu->aboutToShow();
    QStringList paths;
    for (const QAction* action : menu->actions()) {
        if (!action->data().toString().isEmpty())
            paths << action->data().toString();
    }
    return paths;
}

QAction* recentAction(QMenu* menu, const QString& path)
{
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == path)
            return action;
    }
    FAIL("no Open Recent entry for " << path.toStdString());
    return nullptr;
}

template <typename T> T* waitForWindow(QWidget* parent)
{
    T* found = nullptr;
    REQUIRE(test::waitFor([&] { return (found = parent->findChild<T*>()) != nullptr && found->isVisible(); }));
    return found;
}

QTreeWidgetItem* shortcutRow(
    QTreeWidget* list, const QString& command, const QString& keys, const QString& menu = QString())
{
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = list->topLevelItem(row);
        if (item->text(1) == command && item->text(2).split(QStringLiteral(", ")).contains(keys)
            && item->text(0).endsWith(menu))
            return item;
    }
    return nullptr;
}

// Every link of a guide page, and every anchor it defines.
void linksAndAnchors(const QTextDocument& document, QStringList& links, QStringList& anchors)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            anchors << format.anchorNames();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                links << format.anchorHref();
        }
    }
}

} // namespace

TEST_CASE("Open Recent lists the vaults last opened most recent first and opens one")
{
    test::TempDir dir;
    const QString first = dir.file(QStringLiteral("first.ahv"));
    const QString second = dir.file(QStringLiteral("second.ahv"));
    test::createVault(first);
    test::createVault(second);
    test::WindowFixture f;
    auto* menu = f.child<QMenu>("openRecentMenu");
    CHECK(recentInMenu(menu).isEmpty());
    CHECK_FALSE(menu->menuAction()->isEnabled());

    f.unlock(first);
    f.window->lock();
    f.unlock(second);
    f.window->lock();
    CHECK(recentInMenu(menu) == QStringList { second, first });
    CHECK(menu->menuAction()->isEnabled());
    // Paths only, nothing else about the vaults.
    CHECK(QSettings().value(QStringLiteral("vault/recent")).toStringList() == QStringList { second, first });
    // The welcome screen's list follows.
    auto* welcomeList = f.child<QListWidget>("recentVaultsList");
    REQUIRE(welcomeList->count() == 2);
    CHECK(welcomeList->item(0)->data(Qt::UserRole).toString() == second);

    SECTION("choosing one goes to the unlock screen for it")
    {
        recentAction(menu, first)->trigger();
        auto* unlock = f.child<UnlockWidget>("unlockWidget");
        REQUIRE(test::waitFor([&] { return unlock->vaultPath() == first && unlock->isVisible(); }));
        f.unlock(first);
        CHECK(recentInMenu(menu) == QStringList { first, second });
    }
    SECTION("a missing vault is shown disabled")
    {
        REQUIRE(QFile::remove(first));
        recentInMenu(menu);
        CHECK_FALSE(recentAction(menu, first)->isEnabled());
        CHECK(recentAction(menu, first)->text().contains(QLatin1String("not found")));
        CHECK(recentAction(menu, second)->isEnabled());
    }
    SECTION("a vault gone after the menu was shown is removed with a message")
    {
        recentInMenu(menu);
        QAction* stale = recentAction(menu, first);
        REQUIRE(stale->isEnabled());
        REQUIRE(QFile::remove(first));
        stale->trigger();
        CHECK(test::answerMessageBox(QMessageBox::Ok).contains(QLatin1String("not found")));
        CHECK(recentInMenu(menu) == QStringList { second });
        CHECK(f.settings.recentVaults() == QStringList { second });
    }
    SECTION("Clear Menu empties it")
    {
        f.child<QAction>("clearRecentVaultsAction")->trigger();
        CHECK(recentInMenu(menu).isEmpty());
        CHECK(f.settings.recentVaults().isEmpty());
        CHECK(welcomeList->count() == 0);
    }
    SECTION("not remembering vaults forgets them")
    {
        f.window->showSettings();
        auto* settings = waitForWindow<SettingsDialog>(f.window.get());
        settings->findChild<QCheckBox*>(QStringLiteral("rememberLastVaultCheck"))->setChecked(false);
        settings->accept();
        CHECK(recentInMenu(menu).isEmpty());
        f.unlock(first);
        CHECK(recentInMenu(menu).isEmpty());
    }
}

TEST_CASE("the recent vaults keep the last eight")
{
    test::TempDir dir;
    PresetWindow f([&](AppSettings& settings) {
        for (int i = 1; i <= 10; ++i)
            settings.addRecentVault(dir.file(QStringLiteral("vault-%1.ahv").arg(i)));
    });
    const QStringList recent = f.settings.recentVaults();
    REQUIRE(recent.size() == AppSettings::MaxRecentVaults);
    CHECK(recent.first() == dir.file(QStringLiteral("vault-10.ahv")));
    CHECK(recent.last() == dir.file(QStringLiteral("vault-3.ahv")));
    CHECK(recentInMenu(f.window->findChild<QMenu*>(QStringLiteral("openRecentMenu"))).size() == 8);
}

TEST_CASE("the welcome screen lists the recent vaults and opens one with Return")
{
    test::TempDir dir;
    const QString vault = dir.file(QStringLiteral("kept.ahv"));
    const QString gone = dir.file(QStringLiteral("gone.ahv"));
    test::createVault(vault);
    PresetWindow f([&](AppSettings& settings) {
        settings.addRecentVault(vault);
        settings.addRecentVault(gone);
    });
    auto* welcome = f.window->findChild<WelcomeWidget*>();
    REQUIRE(welcome->isVisible());
    auto* list = welcome->findChild<QListWidget*>(QStringLiteral("recentVaultsList"));
    REQUIRE(list->isVisible());
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->data(Qt::UserRole).toString() == gone);
    CHECK_FALSE(list->item(0)->flags().testFlag(Qt::ItemIsEnabled));
    CHECK(list->item(1)->data(Qt::UserRole).toString() == vault);

    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    auto* unlock = f.window->findChild<UnlockWidget*>(QStringLiteral("unlockWidget"));
    REQUIRE(test::waitFor([&] { return unlock->isVisible() && unlock->vaultPath() == vault; }));
}

TEST_CASE("Keyboard Shortcuts lists every command with a shortcut from the menus themselves")
{
    test::WorkspaceFixture f;
    REQUIRE(test::activate(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_Slash, Qt::ControlModifier);
    auto* window = waitForWindow<ShortcutsWindow>(f.window.get());
    QTreeWidget* list = window->list();

    const auto native = [](QKeySequence keys) { return keys.toString(QKeySequence::NativeText); };
    CHECK(
        shortcutRow(list, QStringLiteral("Print Preview\u2026"), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)))
        != nullptr);
    CHECK(shortcutRow(list, QStringLiteral("Print\u2026"), native(QKeySequence(Qt::CTRL | Qt::Key_P))) != nullptr);
    CHECK(shortcutRow(list, QStringLiteral("Lock"), native(QKeySequence(Qt::CTRL | Qt::Key_L))) != nullptr);
    CHECK(shortcutRow(list, QStringLiteral("User Guide"), native(QKeySequence::HelpContents)) != nullptr);

    // Every action of every menu that has a shortcut is there, with its menu and without '&'.
    int withShortcut = 0;
    std::function<void(const QMenu*)> walk = [&](const QMenu* menu) {
        for (const QAction* action : menu->actions()) {
            if (action->menu()) {
                walk(action->menu());
                continue;
            }
            if (action->isSeparator() || action->shortcuts().isEmpty() || action->text().isEmpty())
                continue;
            ++withShortcut;
            INFO(action->text().toStdString());
            INFO("in the menu " << menu->title().toStdString());
            CHECK(shortcutRow(list, ShortcutsWindow::plainText(action->text()), native(action->shortcuts().first()),
                      ShortcutsWindow::plainText(menu->title()))
                != nullptr);
        }
    };
    for (const QAction* top : f.window->menuBar()->actions()) {
        if (top->menu())
            walk(top->menu());
    }
    CHECK(withShortcut > 10);
    CHECK(list->topLevelItemCount() == withShortcut);
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        CHECK_FALSE(list->topLevelItem(row)->text(1).contains(QLatin1Char('&')));

    SECTION("the filter field narrows the list")
    {
        test::type(window->filterEdit(), QStringLiteral("preview"));
        int shown = 0;
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            QTreeWidgetItem* item = list->topLevelItem(row);
            if (item->isHidden())
                continue;
            ++shown;
            const QString all = item->text(0) + item->text(1) + item->text(2);
            CHECK(all.contains(QLatin1String("preview"), Qt::CaseInsensitive));
        }
        CHECK(shown >= 1);
        CHECK_FALSE(shortcutRow(
            list, QStringLiteral("Print Preview\u2026"), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)))
                        ->isHidden());
        CHECK(shortcutRow(list, QStringLiteral("Lock"), native(QKeySequence(Qt::CTRL | Qt::Key_L)))->isHidden());
    }
}

TEST_CASE("F1 opens the user guide in the interface language and every link in it resolves")
{
    const auto [language, word]
        = GENERATE(table<const char*, const char*>({ { "en", "vault" }, { "fr", "requête" }, { "es", "consulta" } }));
    INFO(language);
    PresetWindow f([&](AppSettings& settings) { settings.setLanguage(QString::fromLatin1(language)); });
    REQUIRE(test::activate(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    auto* guide = waitForWindow<UserGuideWindow>(f.window.get());
    QTextBrowser* browser = guide->browser();
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/guide/guide_%1.html").arg(QString::fromLatin1(language))));
    CHECK(browser->toPlainText().contains(QString::fromUtf8(word)));

    QStringList links;
    QStringList anchors;
    linksAndAnchors(*browser->document(), links, anchors);
    CHECK(links.size() >= 10);
    for (const QString& link : std::as_const(links)) {
        INFO(link.toStdString());
        if (link.startsWith(QLatin1Char('#')))
            CHECK(anchors.contains(link.mid(1)));
        else
            CHECK(link == QLatin1String("advicehub:shortcuts")); // nothing outside the guide
    }
    CHECK(links.contains(QStringLiteral("advicehub:shortcuts")));

    // The shortcuts link opens the Keyboard Shortcuts window.
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("advicehub:shortcuts")));
    waitForWindow<ShortcutsWindow>(f.window.get());
    // A link within the guide keeps the page.
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("#backups")));
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/guide/guide_%1.html").arg(QString::fromLatin1(language))));
}

TEST_CASE("the guide's language follows the interface language and falls back to English")
{
    CHECK(UserGuideWindow::guideLanguage(QStringLiteral("fr")) == QLatin1String("fr"));
    CHECK(UserGuideWindow::guideLanguage(QStringLiteral("es_AR")) == QLatin1String("es"));
    CHECK(UserGuideWindow::guideLanguage(QStringLiteral("de")) == QLatin1String("en"));
}

TEST_CASE("Who is working accepts the last adviser with one press of Return")
{
    const QString tomas = QStringLiteral("Tomas Brindlewood");
    qint64 tomasId = 0;
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather"), tomas }, [&](test::VaultSeed& seed) {
        tomasId = seed.adviserIds.at(1);
        REQUIRE(seed.session->advisers().setLastAdviserId(tomasId).ok());
    });
    auto* dialog = f.dialog<ChooseAdviserDialog>("chooseAdviserDialog");
    REQUIRE(dialog->adviserList()->currentItem() != nullptr);
    CHECK(dialog->adviserList()->currentItem()->text().startsWith(tomas));
    QTest::keyClick(dialog, Qt::Key_Return);
    REQUIRE(test::waitFor([&] { return !dialog->isVisible(); }));
    REQUIRE(f.window->session()->currentAdviserId().has_value());
    CHECK(*f.window->session()->currentAdviserId() == tomasId);
}

TEST_CASE("Settings says that a new language takes effect at the next start")
{
    test::WindowFixture f;
    f.window->showSettings();
    auto* settings = waitForWindow<SettingsDialog>(f.window.get());
    auto* note = settings->findChild<QLabel*>(QStringLiteral("languageRestartNote"));
    REQUIRE(note != nullptr);
    CHECK(note->isVisible());
    CHECK(note->text() == QLatin1String("Takes effect the next time Advice Hub starts."));
    settings->reject();
}

} // namespace shell_ui_test
