#include "TamperedVaults.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "Unprivileged.h"
#include "WindowFixture.h"
#include "security/Clipboard.h"
#include "security/InactivityTimer.h"
#include "security/ScreenLockWatcher.h"
#include "shell/SettingsDialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#ifdef ADVICEHUB_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

#include <cstdio>
#include <cstdlib>

#include <sys/stat.h>
#include <unistd.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace security_ui_test {

using namespace advicehub;
using namespace advicehub::ui;

namespace {

constexpr qint64 kMinute = 60 * 1000;

QString clipboardText()
{
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
}

} // namespace

TEST_CASE("the inactivity timer fires after the idle time, once, and any input resets it")
{
    ManualClock clock;
    InactivityTimer timer(clock);
    QSignalSpy fired(&timer, &InactivityTimer::inactivityDetected);
    QLineEdit edit;
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    timer.start(5 * kMinute);

    clock.advanceMs(5 * kMinute - 1);
    timer.check();
    CHECK(fired.isEmpty());

    SECTION("a key press")
    {
        QTest::keyClick(&edit, Qt::Key_A);
    }
    SECTION("a mouse click")
    {
        QTest::mouseClick(&edit, Qt::LeftButton);
    }
    SECTION("a mouse move")
    {
        QTest::mouseMove(&edit, QPoint(3, 3));
        QTest::mouseMove(&edit, QPoint(10, 5));
    }
    SECTION("a wheel turn")
    {
        QWheelEvent wheel(QPointF(5, 5), edit.mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&edit, &wheel);
    }
    CHECK(timer.idleMs() == 0);
    clock.advanceMs(5 * kMinute - 1);
    timer.check();
    CHECK(fired.isEmpty());

    clock.advanceMs(1);
    timer.check();
    CHECK(fired.size() == 1);
    timer.check(); // once per idle period
    CHECK(fired.size() == 1);

    timer.stop();
    clock.advanceMs(60 * kMinute);
    timer.check();
    CHECK(fired.size() == 1); // a stopped timer never fires
}

TEST_CASE("time the computer spent suspended counts as idle time")
{
    ManualClock clock;
    InactivityTimer timer(clock);
    QSignalSpy fired(&timer, &InactivityTimer::inactivityDetected);
    QLineEdit edit;
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    timer.start(5 * kMinute);
    CHECK(timer.wakesAfterSuspend()); // a CLOCK_BOOTTIME timerfd, which fires as the computer resumes
    clock.advanceMs(kMinute);
    QTest::keyClick(&edit, Qt::Key_A);
    CHECK(edit.text() == QStringLiteral("a"));

    // A night's sleep: the idle clock (CLOCK_BOOTTIME on the system clock) jumps by eight hours,
    // with no event in between.
    clock.advanceMs(8 * 60 * kMinute);
    SECTION("the next check locks")
    {
        timer.check();
        CHECK(fired.size() == 1);
    }
    SECTION("the first key pressed after waking locks instead of counting as activity, and does not arrive")
    {
        QTest::keyClick(&edit, Qt::Key_B);
        CHECK(edit.text() == QStringLiteral("a"));
        REQUIRE(test::waitFor([&] { return fired.size() == 1; }));
    }
    SECTION("so does the first mouse move")
    {
        QTest::mouseMove(&edit, QPoint(4, 4));
        REQUIRE(test::waitFor([&] { return fired.size() == 1; }));
    }
    // The next period counts from the lock.
    QTest::keyClick(&edit, Qt::Key_C);
    CHECK(edit.text().endsWith(QLatin1Char('c')));
    CHECK(fired.size() == 1);
}

TEST_CASE("an unlocked window locks itself after the idle time set in Settings")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("idle.ahv"));
    test::createVault(path);
    test::WindowFixture f;
    CHECK(f.settings.autoLockEnabled());
    CHECK(f.settings.autoLockMinutes() == 5);

    SECTION("five idle minutes lock it")
    {
        f.unlock(path);
        REQUIRE(f.window->inactivityTimer().isActive());
        QSignalSpy locked(f.window.get(), &MainWindow::locked);
        f.clock.advanceMs(5 * kMinute - 1000);
        f.window->inactivityTimer().check();
        CHECK_FALSE(f.window->isLocked());
        f.clock.advanceMs(1000);
        f.window->inactivityTimer().check();
        CHECK(f.window->isLocked());
        CHECK(locked.size() == 1);
        CHECK_FALSE(f.window->inactivityTimer().isActive()); // nothing to lock any more
    }
    SECTION("typing in the window resets the idle time")
    {
        f.unlock(path);
        f.clock.advanceMs(4 * kMinute);
        f.window->inactivityTimer().check();
        QTest::keyClick(f.window.get(), Qt::Key_Shift);
        f.clock.advanceMs(4 * kMinute);
        f.window->inactivityTimer().check();
        CHECK_FALSE(f.window->isLocked());
        f.clock.advanceMs(kMinute);
        f.window->inactivityTimer().check();
        CHECK(f.window->isLocked());
    }
    SECTION("a suspend longer than the idle time locks at the first key pressed after it")
    {
        f.unlock(path);
        f.clock.advanceMs(2 * kMinute);
        QTest::keyClick(f.window.get(), Qt::Key_Shift);
        f.clock.advanceMs(9 * 60 * kMinute); // asleep all night
        QTest::keyClick(f.window.get(), Qt::Key_Shift);
        REQUIRE(test::waitFor([&] { return f.window->isLocked(); }));
    }
    SECTION("with auto-lock off it never locks")
    {
        f.settings.setAutoLockEnabled(false);
        f.unlock(path);
        CHECK_FALSE(f.window->inactivityTimer().isActive());
        f.clock.advanceMs(24 * 60 * kMinute);
        f.window->inactivityTimer().check();
        CHECK_FALSE(f.window->isLocked());
    }
    SECTION("a change in Settings applies at once")
    {
        f.unlock(path);
        f.window->showSettings();
        SettingsDialog* dialog = nullptr;
        REQUIRE(test::waitFor([&] { return (dialog = f.window->findChild<SettingsDialog*>()) != nullptr; }));
        dialog->findChild<QSpinBox*>(QStringLiteral("autoLockMinutesSpin"))->setValue(1);
        dialog->accept();
        CHECK(f.window->inactivityTimer().limitMs() == kMinute);
        f.clock.advanceMs(kMinute);
        f.window->inactivityTimer().check();
        CHECK(f.window->isLocked());

        f.unlock(path);
        f.window->showSettings();
        REQUIRE(test::waitFor([&] { return (dialog = f.window->findChild<SettingsDialog*>()) != nullptr; }));
        dialog->findChild<QCheckBox*>(QStringLiteral("autoLockCheck"))->setChecked(false);
        dialog->accept();
        CHECK_FALSE(f.window->inactivityTimer().isActive());
        f.clock.advanceMs(60 * kMinute);
        f.window->inactivityTimer().check();
        CHECK_FALSE(f.window->isLocked());
    }
}

TEST_CASE("copied text is marked secret and cleared after 30 seconds")
{
    ManualClock clock;
    Clipboard clipboard(clock);
    clipboard.copy(QStringLiteral("+41 22 555 01 02"));
    const QMimeData* data = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    REQUIRE(data != nullptr);
    CHECK(data->text() == QStringLiteral("+41 22 555 01 02"));
    CHECK(data->data(QStringLiteral("x-kde-passwordManagerHint")) == QByteArray("secret"));
    CHECK(clipboard.holdsOurs());

    SECTION("cleared when the time is up")
    {
        clock.advanceMs(Clipboard::DefaultClearAfterMs - 1);
        clipboard.check();
        CHECK(clipboardText() == QStringLiteral("+41 22 555 01 02"));
        clock.advanceMs(1);
        clipboard.check();
        CHECK(clipboardText().isEmpty());
        CHECK_FALSE(clipboard.holdsOurs());
    }
    // What another program put there since is left alone: ClipboardUiTest.cpp, under X11 (on
    // this platform the clipboard lives in this process, so whatever it holds was set here).
    QGuiApplication::clipboard()->clear();
}

TEST_CASE("locking clears the clipboard if it still holds what Advice Hub put there")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("clip.ahv"));
    test::createVault(path);
    test::WindowFixture f;

    SECTION("ours: cleared")
    {
        f.unlock(path);
        f.window->clipboard().copy(QStringLiteral("Ms A. Example, Ministry of Justice"));
        CHECK(clipboardText() == QStringLiteral("Ms A. Example, Ministry of Justice"));
        f.window->lock();
        CHECK(clipboardText().isEmpty());
    }
    // Another program's: kept (ClipboardUiTest.cpp, under X11).
    QGuiApplication::clipboard()->clear();
}

TEST_CASE("the screen locking or the system suspending locks the vault")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("screen.ahv"));
    test::createVault(path);
    test::WindowFixture f;
    f.unlock(path);
    auto* watcher = f.window->findChild<ScreenLockWatcher*>();
    REQUIRE(watcher != nullptr);
    Q_EMIT watcher->lockRequested(); // what it emits when the desktop says so (tested below)
    CHECK(f.window->isLocked());
}

TEST_CASE("screen-lock and suspend announcements on D-Bus are heard")
{
#ifndef ADVICEHUB_HAVE_DBUS
    std::fprintf(stderr, "SKIPPED: built without Qt D-Bus; screen locks are not watched\n");
    std::exit(77);
#else
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty()) {
        std::fprintf(stderr, "SKIPPED: dbus-daemon is not installed to play the desktop's bus\n");
        std::exit(77);
    }
    // A private bus plays both the session bus and the system bus.
    QProcess bus;
    bus.start(daemon, { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address") });
    REQUIRE(bus.waitForStarted());
    REQUIRE(test::waitFor([&] { return bus.canReadLine(); }, 10000));
    const QString address = QString::fromUtf8(bus.readLine()).trimmed();
    REQUIRE_FALSE(address.isEmpty());

    {
        ScreenLockWatcher watcher(address, nullptr);
        CHECK(watcher.watchedBuses() == 2);
        QSignalSpy requested(&watcher, &ScreenLockWatcher::lockRequested);
        QDBusConnection desktop = QDBusConnection::connectToBus(address, QStringLiteral("desktop"));
        REQUIRE(desktop.isConnected());

        const auto announce
            = [&](const char* service, const char* objectPath, const char* interface, const char* name, bool value) {
                  REQUIRE(desktop.registerService(QString::fromLatin1(service)));
                  QDBusMessage signal = QDBusMessage::createSignal(
                      QString::fromLatin1(objectPath), QString::fromLatin1(interface), QString::fromLatin1(name));
                  signal << value;
                  REQUIRE(desktop.send(signal));
              };
        // Each announcement is followed by a marker the watcher cannot hear, so that "nothing
        // happened" is known without waiting for a timeout.
        const auto settle = [&] {
            QDBusMessage ping = QDBusMessage::createMethodCall(desktop.baseService(), QStringLiteral("/"),
                QStringLiteral("org.freedesktop.DBus.Peer"), QStringLiteral("Ping"));
            desktop.call(ping);
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        };

        announce("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", false);
        settle();
        CHECK(requested.isEmpty()); // the screen saver ending is no reason to lock

        announce("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
            "ActiveChanged", true);
        REQUIRE(test::waitFor([&] { return requested.size() == 1; }, 10000));

        announce("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", true);
        REQUIRE(test::waitFor([&] { return requested.size() == 2; }, 10000));

        announce("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
            "PrepareForSleep", false);
        settle();
        CHECK(requested.size() == 2); // resuming is no reason either
        announce("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
            "PrepareForSleep", true);
        REQUIRE(test::waitFor([&] { return requested.size() == 3; }, 10000));
        QDBusConnection::disconnectFromBus(QStringLiteral("desktop"));
    }
    bus.terminate();
    bus.waitForFinished(5000);
#endif
}

TEST_CASE("without a bus the screen-lock watcher does nothing")
{
    ScreenLockWatcher watcher(QStringLiteral("unix:path=/nonexistent/advicehub-test-bus"), nullptr);
    CHECK(watcher.watchedBuses() == 0);
}

TEST_CASE("a passphrase taken from its field cannot be brought back")
{
    PassphraseField field;
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    test::type(&field, QString::fromLatin1(test::TestPassphrase));
    crypto::SecureBuffer taken = field.takePassphrase();
    CHECK(QByteArray(taken.chars(), static_cast<qsizetype>(taken.size())) == QByteArray(test::TestPassphrase));
    CHECK(field.text().isEmpty());
    CHECK(field.echoMode() == QLineEdit::Password);
    // Not through the field's undo history either, even with the characters shown.
    field.setRevealed(true);
    CHECK_FALSE(field.isUndoAvailable());
    field.undo();
    QTest::keyClick(&field, Qt::Key_Z, Qt::ControlModifier);
    CHECK(field.text().isEmpty());
}

TEST_CASE("every kind of damaged or foreign file gets its own message on the unlock screen, and nothing is written")
{
    for (const test::TamperCase& tampered : test::refusedAtOpen()) {
        DYNAMIC_SECTION(tampered.name)
        {
            test::TempDir dir;
            const QString path = test::makeTampered(dir, tampered.kind);
            const QByteArray before = test::snapshot(path);
            test::WindowFixture f;
            {
                std::optional<test::AsNobody> nobody;
                if (tampered.kind == test::Tampering::NoReadPermission && test::runningAsRoot()) {
                    test::letNobodyReach(path);
                    nobody.emplace();
                }
                f.tryUnlock(path);
            }
            CHECK(f.window->isLocked());
            auto* error = f.child<QLabel>("unlockErrorLabel");
            CHECK(error->isVisible());
            INFO(error->text().toStdString());
            CHECK(error->text().contains(QLatin1String(tampered.message)));
            CHECK(test::snapshot(path) == before);
            CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                == QStringList { QFileInfo(path).fileName() });
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }
}

TEST_CASE("damage inside the data pages is reported by Check Integrity")
{
    test::TempDir dir;
    const QString path = test::makeTampered(dir, test::Tampering::ChangedDataBytes);
    test::WindowFixture f;
    f.unlock(path);
    f.child<QAction>("checkIntegrityAction")->trigger();
    CHECK(test::answerMessageBox(QMessageBox::Ok).contains(QLatin1String("damaged")));
}

TEST_CASE("the desktop application cannot be dumped or inspected")
{
    const QString app = QStringLiteral(ADVICEHUB_APP_PATH);
    QStringList command { app };
    test::TempDir home;
    if (test::runningAsRoot()) {
        // Root may read any process's memory whatever its dumpable flag says: the application
        // runs as nobody, as a user's would.
        command = test::asNobodyCommand(app, {});
        if (command.isEmpty()) {
            std::fprintf(stderr,
                "SKIPPED: setpriv (util-linux) is not installed to run advicehub as an "
                "unprivileged user\n");
            std::exit(77);
        }
        // Its own home and runtime folder, which nobody may write.
        REQUIRE(::chown(QFile::encodeName(home.path()).constData(), test::NobodyId, test::NobodyId) == 0);
        test::letNobodyReach(home.file(QStringLiteral("x")));
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    // Qt reports loading its platform plugin on standard error: that happens in QApplication's
    // constructor, after hardenProcess() (the first line of main()). Only then is the process
    // looked at — before, it may look protected for reasons of its own: setpriv, having changed
    // its user, is not dumpable either until it starts advicehub.
    environment.insert(QStringLiteral("QT_DEBUG_PLUGINS"), QStringLiteral("1"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process.setProcessEnvironment(environment);
    process.start(command.first(), command.mid(1));
    REQUIRE(process.waitForStarted());
    const QByteArray status = "/proc/" + QByteArray::number(process.processId()) + "/status";
    const long long user = test::runningAsRoot() ? test::NobodyId : static_cast<long long>(::geteuid());
    QByteArray errors;
    const bool inMain = test::waitFor(
        [&] {
            errors += process.readAllStandardError();
            return !errors.isEmpty() || process.state() != QProcess::Running;
        },
        20000);
    struct stat info { };
    const long long owner = ::stat(status.constData(), &info) == 0 ? static_cast<long long>(info.st_uid) : -1;
    const bool running = process.state() == QProcess::Running;
    process.terminate();
    process.waitForFinished(10000);
    errors += process.readAllStandardError();
    INFO(errors.left(2000).toStdString());
    REQUIRE(inMain);
    REQUIRE(running);
#ifdef ADVICEHUB_ALLOW_CORE_DUMPS
    WARN("built with ADVICEHUB_ALLOW_CORE_DUMPS: the application is dumpable on purpose");
    CHECK(owner == user);
#else
    // A dumpable process's /proc files belong to its user; PR_SET_DUMPABLE 0 gives them to root.
    INFO("owner of " << status.constData() << " is " << owner << "; the application runs as " << user);
    CHECK(owner == 0);
#endif
}

TEST_CASE("a lock landing just as a passphrase change finishes its key derivation leaves the vault alone")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("race.ahv"));
    test::createVault(path);
    test::WindowFixture f;
    f.unlock(path);
    f.child<QAction>("changePassphraseAction")->trigger();
    QDialog* dialog = nullptr;
    REQUIRE(test::waitFor([&] {
        dialog = f.window->findChild<QDialog*>(QStringLiteral("changePassphraseDialog"));
        return dialog && dialog->isVisible();
    }));
    test::type(dialog->findChild<QLineEdit*>(QStringLiteral("currentPassphraseEdit")),
        QString::fromLatin1(test::TestPassphrase));
    test::type(
        dialog->findChild<QLineEdit*>(QStringLiteral("newPassphraseEdit")), QString::fromLatin1(test::OtherPassphrase));
    test::type(dialog->findChild<QLineEdit*>(QStringLiteral("confirmPassphraseEdit")),
        QString::fromLatin1(test::OtherPassphrase));
    dialog->accept();
    // The worker finishes and queues its result; the lock comes before the result is handled.
    QThreadPool::globalInstance()->waitForDone();
    f.window->lock();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(f.window->isLocked());
    test::openVault(path, test::TestPassphrase); // unchanged: the change was abandoned with the dialog
}

} // namespace security_ui_test
