// Opening a vault from outside: `advicehub VAULT` (what the desktop runs when a .ahv file is
// double-clicked, Exec=advicehub %f) while Advice Hub already runs hands the vault to the running
// window over D-Bus. A private dbus-daemon plays the desktop session's bus.
#include "InstanceHandover.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "common/InlineError.h"
#include "common/MessageBox.h"
#include "shell/ApplicationIdentity.h"

#include <catch2/catch.hpp>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLabel>
#include <QProcess>
#include <QStackedWidget>
#include <QStandardPaths>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace instance_handover_test {

using namespace advicehub;
using app::InstanceHandover;

namespace {

// A session bus of the test's own, stopped at the end.
class PrivateBus {
public:
    PrivateBus()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        INFO("dbus-daemon (Debian package dbus-daemon, in scripts/packages.txt) plays the desktop's bus");
        REQUIRE_FALSE(daemon.isEmpty());
        m_process.start(
            daemon, { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address") });
        REQUIRE(m_process.waitForStarted());
        REQUIRE(test::waitFor([&] { return m_process.canReadLine(); }, 10000));
        m_address = QString::fromUtf8(m_process.readLine()).trimmed();
        REQUIRE_FALSE(m_address.isEmpty());
    }
    ~PrivateBus()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;
    const QString& address() const { return m_address; }

private:
    QProcess m_process;
    QString m_address;
};

// The desktop application, started as the desktop starts it, on the private bus and in a home
// of its own.
class AppProcess {
public:
    AppProcess(const PrivateBus& bus, const QString& workingDirectory, const QStringList& arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char* variable : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR" })
            environment.insert(QString::fromLatin1(variable), m_home.path());
        m_process.setProcessEnvironment(environment);
        m_process.setWorkingDirectory(workingDirectory);
        m_process.start(QStringLiteral(ADVICEHUB_APP_PATH), arguments);
        REQUIRE(m_process.waitForStarted());
    }
    ~AppProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }
    AppProcess(const AppProcess&) = delete;
    AppProcess& operator=(const AppProcess&) = delete;

    // Waits for the process to end while this one keeps answering D-Bus calls. Its exit code.
    int finish()
    {
        REQUIRE(test::waitFor([&] { return m_process.state() == QProcess::NotRunning; }, 60000));
        INFO("advicehub wrote: " << m_process.readAllStandardError().toStdString());
        REQUIRE(m_process.exitStatus() == QProcess::NormalExit);
        return m_process.exitCode();
    }
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    test::TempDir m_home;
    QProcess m_process;
};

bool showsUnlockFor(test::WindowFixture& f, const QString& path)
{
    auto* stack = f.window->findChild<QStackedWidget*>();
    auto* unlock = f.window->findChild<ui::UnlockWidget*>(QStringLiteral("unlockWidget"));
    return stack && unlock && stack->currentWidget() == unlock && unlock->vaultPath() == path;
}

} // namespace

TEST_CASE("a vault opened while Advice Hub runs goes to the running window's unlock screen")
{
    PrivateBus bus;
    test::TempDir dir;
    const QString vault = dir.file(QStringLiteral("Handed over.ahv"));
    test::createVault(vault);

    // This process is the running Advice Hub: its window, and the hand-over as main() wires it.
    test::WindowFixture f;
    InstanceHandover first(bus.address(), nullptr);
    REQUIRE(first.start(QString()) == InstanceHandover::Role::First);
    QObject::connect(&first, &InstanceHandover::openRequested, f.window.get(), &ui::MainWindow::openVaultFromOutside);

    SECTION("a vault: its unlock screen, where the passphrase opens it")
    {
        // As a file manager runs it: from another folder would do too; a relative path proves
        // that the second instance resolves it, not the first.
        AppProcess second(bus, dir.path(), { QStringLiteral("Handed over.ahv") });
        CHECK(second.finish() == 0);
        REQUIRE(test::waitFor([&] { return showsUnlockFor(f, vault); }));
        CHECK(f.child<QLabel>("unlockTitle")->text().contains(QLatin1String("Handed over.ahv")));
        auto* field = f.child<ui::PassphraseField>("passphraseEdit");
        CHECK(field->hasFocus());
        test::type(field, QString::fromLatin1(test::TestPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        REQUIRE(test::waitFor([&] { return !f.window->isLocked(); }));
        CHECK(f.window->session()->vault().path() == vault);

        SECTION("the same vault again: it stays open")
        {
            AppProcess again(bus, dir.path(), { vault });
            CHECK(again.finish() == 0);
            QCoreApplication::processEvents();
            CHECK_FALSE(f.window->isLocked());
        }
        SECTION("another vault while one is unlocked: Advice Hub asks before locking it")
        {
            const QString other = dir.file(QStringLiteral("Other.ahv"));
            test::createVault(other);
            SECTION("no: the open vault stays open")
            {
                AppProcess second2(bus, dir.path(), { other });
                CHECK(second2.finish() == 0);
                CHECK(test::answerMessageBox(QMessageBox::No).contains(QLatin1String("Other.ahv")));
                CHECK_FALSE(f.window->isLocked());
            }
            SECTION("yes: it locks and the other vault's unlock screen shows")
            {
                AppProcess second2(bus, dir.path(), { other });
                CHECK(second2.finish() == 0);
                CHECK(test::answerMessageBox(QMessageBox::Yes).contains(QLatin1String("Handed over.ahv")));
                REQUIRE(test::waitFor([&] { return showsUnlockFor(f, other); }));
                CHECK(f.window->isLocked());
            }
        }
    }
    SECTION("a file that is not a vault: its unlock screen, then the usual message")
    {
        const QString notes = dir.file(QStringLiteral("notes.ahv"));
        test::writeFile(notes, QByteArray(8192, 'x'));
        AppProcess second(bus, dir.path(), { notes });
        CHECK(second.finish() == 0);
        REQUIRE(test::waitFor([&] { return showsUnlockFor(f, notes); }));
        auto* field = f.child<ui::PassphraseField>("passphraseEdit");
        test::type(field, QString::fromLatin1(test::TestPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        auto* error = f.child<ui::InlineError>("unlockErrorLabel");
        REQUIRE(test::waitFor([&] { return !error->text().isEmpty(); }));
        CHECK(error->text() == ErrorText::defaultMessage(ErrorCode::NotAVault));
        CHECK(f.window->isLocked());
    }
    SECTION("no vault: the running window only comes forward")
    {
        f.window->showUnlockFor(vault);
        AppProcess second(bus, dir.path(), {});
        CHECK(second.finish() == 0);
        QCoreApplication::processEvents();
        CHECK(showsUnlockFor(f, vault));
    }
}

TEST_CASE("the first Advice Hub of a session takes the bus name, and a later one hands over to it and exits")
{
    PrivateBus bus;
    test::TempDir dir;
    const QString vault = dir.file(QStringLiteral("first.ahv"));
    test::createVault(vault);
    QDBusConnection observer = QDBusConnection::connectToBus(bus.address(), QStringLiteral("observer"));
    REQUIRE(observer.isConnected());
    const QString name = QString::fromLatin1(ui::ApplicationId);
    CHECK_FALSE(observer.interface()->isServiceRegistered(name).value());

    {
        AppProcess first(bus, dir.path(), { vault });
        REQUIRE(test::waitFor([&] { return observer.interface()->isServiceRegistered(name).value(); }, 30000));
        CHECK(first.running());
        AppProcess second(bus, dir.path(), { vault });
        CHECK(second.finish() == 0);
        CHECK(first.running());
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("observer"));
}

TEST_CASE("without a session bus each Advice Hub opens its own window")
{
    InstanceHandover handover(QStringLiteral("unix:path=/nonexistent/advicehub-test-bus"), nullptr);
    CHECK(handover.start(QStringLiteral("/tmp/some.ahv")) == InstanceHandover::Role::Alone);
}

} // namespace instance_handover_test
