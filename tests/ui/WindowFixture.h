#pragma once

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "common/Clock.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "vault/PassphraseField.h"
#include "vault/UnlockWidget.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QFileInfo>
#include <QSettings>
#include <QTest>

#include <memory>

namespace advicehub::test {

// A main window with empty settings and a ManualClock, shown on the offscreen platform.
struct WindowFixture {
    WindowFixture()
    {
        QSettings().clear();
        window = std::make_unique<ui::MainWindow>(settings, clock);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~WindowFixture()
    {
        window.reset();
        QSettings().clear();
    }
    WindowFixture(const WindowFixture&) = delete;
    WindowFixture& operator=(const WindowFixture&) = delete;

    template <typename T> T* child(const char* name)
    {
        auto* found = window->findChild<T*>(QLatin1String(name));
        REQUIRE(found != nullptr);
        return found;
    }

    // Opens `path` from the welcome or unlock screen and types the passphrase, as a user would.
    // Returns when the attempt is over (unlocked or an inline error).
    void tryUnlock(const QString& path, const char* passphrase = TestPassphrase)
    {
        if (QFileInfo(path).isDir()) {
            // The file chooser cannot pick a folder (it opens it); a folder reaches the unlock
            // screen as a path that was a vault file before.
            window->showUnlockFor(path);
        } else {
            window->chooseVaultToOpen();
            answerFileDialog(path);
        }
        auto* unlock = child<ui::UnlockWidget>("unlockWidget");
        REQUIRE(waitFor([&] { return unlock->vaultPath() == path; }));
        auto* field = child<ui::PassphraseField>("passphraseEdit");
        type(field, QString::fromUtf8(passphrase));
        QTest::keyClick(field, Qt::Key_Return);
        REQUIRE(waitFor([&] { return !unlock->isBusy(); }));
    }
    void unlock(const QString& path, const char* passphrase = TestPassphrase)
    {
        tryUnlock(path, passphrase);
        REQUIRE_FALSE(window->isLocked());
    }

    ui::AppSettings settings;
    ManualClock clock;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace advicehub::test
