// A vault made with the tests' key derivation (1 MiB, 1 pass) is named as weak after unlocking
// and in Vault Information, in the core's words (issue 8); a real vault is not.
#include "WindowFixture.h"
#include "advisers/AdviserService.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QLabel>
#include <QStatusBar>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace weak_key_ui_test {

using namespace advicehub;

namespace {

QString makeVault(const test::TempDir& dir, const char* name, const crypto::KdfProfile& profile)
{
    const QString path = dir.file(QString::fromLatin1(name));
    auto vault = Vault::create(path, test::passphrase(), profile);
    REQUIRE(vault.ok());
    ManualClock clock;
    advisers::AdviserService advisers(vault.value()->connection(), clock);
    REQUIRE(advisers.add(QStringLiteral("Amara Quillfeather")).ok()); // the first adviser is the default
    return path;
}

QString vaultInformationWarning(test::WindowFixture& f)
{
    f.child<QAction>("vaultInfoAction")->trigger();
    auto* dialog = f.window->findChild<QDialog*>(QStringLiteral("vaultInformationDialog"));
    REQUIRE(dialog != nullptr);
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("securityWarningLabel"));
    const QString text = label ? label->text() : QString();
    dialog->reject();
    return text;
}

} // namespace

TEST_CASE("a vault with the tests' weak key derivation is named as such after unlocking")
{
    test::TempDir dir;
    const QString weak = makeVault(dir, "weak.ahv", crypto::KdfProfile::insecureTesting());
    test::WindowFixture f;
    f.unlock(weak);
    CHECK(f.window->statusBar()->currentMessage().contains(QLatin1String("automated tests only")));
    CHECK(vaultInformationWarning(f).contains(QLatin1String("automated tests only")));

    SECTION("a vault made as every real vault is says nothing of the kind")
    {
        const QString strong = makeVault(dir, "strong.ahv", crypto::KdfProfile::standard());
        test::WindowFixture g;
        g.unlock(strong);
        CHECK_FALSE(g.window->statusBar()->currentMessage().contains(QLatin1String("automated tests")));
        CHECK(vaultInformationWarning(g).isEmpty());
    }
}

} // namespace weak_key_ui_test
