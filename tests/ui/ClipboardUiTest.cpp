// The concealed clipboard through the user's path: text selected in the real window's widgets
// and copied with Ctrl+C or the context menu's Copy is tagged as secret for clipboard managers,
// cleared after 30 seconds and cleared by the lock (Ctrl+L). The X11 primary selection, and what
// another program owns, need a real X server: the [x11] cases run under xvfb-run (a test of
// their own in tests/ui/CMakeLists.txt) and report themselves skipped anywhere else.
#include "UiTestSupport.h"
#include "WorkspaceFixture.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryFormDialog.h"
#include "security/Clipboard.h"
#include "vault/PassphraseField.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace clipboard_ui_test {

using namespace advicehub;
using namespace advicehub::ui;

namespace {

// As the pane shows it: the phone number with no-break spaces, so that it never wraps.
const QString kContact = QStringLiteral("Ms Efua Mensah \u00b7 +233\u00a030\u00a0555\u00a00102");
const QString kRequest = QStringLiteral("The Ministry asks for advice on the zephyrine safeguards in custody.");

QString held(QClipboard::Mode mode = QClipboard::Clipboard)
{
    const QMimeData* data = QGuiApplication::clipboard()->mimeData(mode);
    return data ? data->text() : QString();
}

QByteArray hint(QClipboard::Mode mode = QClipboard::Clipboard)
{
    const QMimeData* data = QGuiApplication::clipboard()->mimeData(mode);
    return data ? data->data(QStringLiteral("x-kde-passwordManagerHint")) : QByteArray();
}

// A vault with one query whose contact and request the tests copy, opened in the window with
// that query selected in the table.
struct ClipboardFixture : test::WorkspaceFixture {
    ClipboardFixture()
        : test::WorkspaceFixture({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
              queries::QueryInput in = seed.input(QStringLiteral("Accession to OPCAT"));
              in.contact.name = QStringLiteral("Ms Efua Mensah");
              in.contact.phone = QStringLiteral("+233 30 555 0102");
              in.requestText = kRequest;
              REQUIRE(seed.service.create(in).ok());
          })
    {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        showView(queries::QueryView::All);
        select(QStringLiteral("AH-2026-0001"));
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    ~ClipboardFixture() { QGuiApplication::clipboard()->clear(QClipboard::Clipboard); }

    template <typename T> T* detail(const char* name)
    {
        auto* found = queryPage()->detailPane()->findChild<T*>(QLatin1String(name));
        INFO("detail pane widget " << name);
        REQUIRE(found != nullptr);
        REQUIRE(test::waitFor([&] { return found->isVisible(); }));
        return found;
    }

    // Ctrl+C, sent to whichever widget has the keyboard focus, as the keyboard would.
    void pressCopy()
    {
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus != nullptr);
        QTest::keyClick(focus, Qt::Key_C, Qt::ControlModifier);
    }

    // Drags the mouse across a label from its first character to past its last. A click first
    // drops an earlier selection: pressing on selected text would start a drag-and-drop instead.
    static void dragSelect(QLabel* label)
    {
        const int y = label->contentsRect().top() + label->fontMetrics().height() / 2;
        const QPoint start(label->contentsRect().left() + 1, y);
        const QPoint end(label->width() - 2, y);
        QTest::mouseClick(label, Qt::LeftButton, Qt::NoModifier, end);
        REQUIRE_FALSE(label->hasSelectedText());
        QTest::mousePress(label, Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(label, QPoint(label->width() / 2, y));
        QTest::mouseMove(label, end);
        QTest::mouseRelease(label, Qt::LeftButton, Qt::NoModifier, end);
    }
};

// Opens the standard context menu of `widget` as a right click would and triggers its Copy
// entry, whether the menu runs its own event loop or pops up.
void copyFromContextMenu(QWidget* widget, QPoint at)
{
    bool triggered = false;
    const auto trigger = [&triggered] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* menu = qobject_cast<QMenu*>(top);
            if (!menu || !menu->isVisible())
                continue;
            QAction* copy = nullptr;
            for (QAction* action : menu->actions()) {
                if (action->objectName() == QLatin1String("edit-copy")
                    || action->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Copy")))
                    copy = action;
            }
            if (!copy)
                continue;
            REQUIRE(copy->isEnabled());
            copy->trigger();
            menu->close();
            triggered = true;
        }
    };
    QTimer::singleShot(0, widget, trigger); // a menu that runs its own loop (exec)
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &event);
    if (!triggered)
        trigger(); // a menu that popped up
    REQUIRE(test::waitFor([&] { return triggered; }));
}

} // namespace

TEST_CASE("text selected in the detail pane and copied with Ctrl+C is concealed, cleared after 30 seconds and by a "
          "lock")
{
    ClipboardFixture f;
    auto* contact = f.detail<QLabel>("contactValue");
    REQUIRE(contact->text() == kContact);

    ClipboardFixture::dragSelect(contact);
    REQUIRE(contact->hasSelectedText());
    REQUIRE(QApplication::focusWidget() == contact);
    const QString selected = contact->selectedText();
    CHECK(selected.contains(QLatin1String("Efua Mensah")));
    f.pressCopy();
    CHECK(held() == selected);
    CHECK(hint() == "secret");
    CHECK(f.window->clipboard().holdsOurs());

    // 30 seconds later it is gone.
    f.clock.advanceMs(Clipboard::DefaultClearAfterMs - 1);
    f.window->clipboard().check();
    CHECK(held() == selected);
    f.clock.advanceMs(1);
    f.window->clipboard().check();
    CHECK(held().isEmpty());
    CHECK_FALSE(f.window->clipboard().holdsOurs());

    // Copied again, then the vault is locked with Ctrl+L: gone at once.
    contact->setFocus(Qt::MouseFocusReason);
    f.pressCopy();
    REQUIRE(held() == selected);
    REQUIRE(hint() == "secret");
    QTest::keyClick(contact, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(f.window->isLocked());
    CHECK(held().isEmpty());
}

TEST_CASE("the request text, the table and a form field copy concealed too")
{
    ClipboardFixture f;

    SECTION("the request text: select all, Ctrl+C")
    {
        auto* request = f.detail<QPlainTextEdit>("requestText");
        QTest::mouseClick(request->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
        REQUIRE(QApplication::focusWidget() == request);
        QTest::keyClick(request, Qt::Key_A, Qt::ControlModifier);
        f.pressCopy();
        CHECK(held() == kRequest);
        CHECK(hint() == "secret");
    }
    SECTION("the table: Ctrl+C copies the current cell")
    {
        QTableView* table = f.queryPage()->table();
        table->setFocus(Qt::TabFocusReason);
        REQUIRE(QApplication::focusWidget() == table);
        const QModelIndex current = table->currentIndex();
        REQUIRE(current.isValid());
        const QString cell = current.data(Qt::DisplayRole).toString();
        REQUIRE_FALSE(cell.isEmpty());
        f.pressCopy();
        CHECK(held() == cell);
        CHECK(hint() == "secret");
    }
    SECTION("a field of the query form: Ctrl+C and Ctrl+X")
    {
        f.action("editQueryAction")->trigger();
        auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
        auto* subject = form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
        REQUIRE(subject != nullptr);
        subject->setFocus(Qt::TabFocusReason);
        QTest::keyClick(subject, Qt::Key_A, Qt::ControlModifier);
        REQUIRE(subject->selectedText() == QStringLiteral("Accession to OPCAT"));
        QTest::keyClick(subject, Qt::Key_C, Qt::ControlModifier);
        CHECK(held() == QStringLiteral("Accession to OPCAT"));
        CHECK(hint() == "secret");
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(subject, Qt::Key_X, Qt::ControlModifier);
        CHECK(held() == QStringLiteral("Accession to OPCAT"));
        CHECK(hint() == "secret");
        form->reject();
    }
    CHECK(f.window->clipboard().holdsOurs());
    f.window->lock();
    CHECK(held().isEmpty());
}

TEST_CASE("the context menu's Copy is concealed, in the detail pane's labels and text boxes")
{
    ClipboardFixture f;

    SECTION("a label")
    {
        auto* contact = f.detail<QLabel>("contactValue");
        ClipboardFixture::dragSelect(contact);
        REQUIRE(contact->hasSelectedText());
        copyFromContextMenu(contact, QPoint(5, 5));
        CHECK(held() == contact->selectedText());
    }
    SECTION("the request text")
    {
        auto* request = f.detail<QPlainTextEdit>("requestText");
        request->setFocus(Qt::MouseFocusReason);
        request->selectAll();
        copyFromContextMenu(request->viewport(), QPoint(5, 5));
        CHECK(held() == kRequest);
    }
    CHECK(hint() == "secret");
    QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(f.window->isLocked());
    CHECK(held().isEmpty());
}

TEST_CASE("what was copied is cleared when Advice Hub quits, with the vault unlocked or locked")
{
    SECTION("unlocked: Quit locks, and the lock clears it")
    {
        ClipboardFixture f;
        auto* request = f.detail<QPlainTextEdit>("requestText");
        request->setFocus(Qt::MouseFocusReason);
        QTest::keyClick(request, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(request, Qt::Key_C, Qt::ControlModifier);
        REQUIRE(held() == kRequest);
        f.child<QAction>("quitAction")->trigger();
        CHECK(held().isEmpty());
    }
    SECTION("locked: copied on the unlock screen, cleared as the window goes")
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("quit.ahv"));
        test::createVault(path);
        test::WindowFixture f;
        f.window->showUnlockFor(path);
        auto* label = f.child<QLabel>("unlockPathLabel");
        REQUIRE(test::waitFor([&] { return label->isVisible(); }));
        label->setSelection(0, static_cast<int>(label->text().size()));
        copyFromContextMenu(label, QPoint(3, 3));
        REQUIRE_FALSE(held().isEmpty());
        REQUIRE(hint() == "secret");
        f.child<QAction>("quitAction")->trigger();
        f.window.reset(); // what main() does once the event loop has returned
        CHECK(held().isEmpty());
    }
}

TEST_CASE("a passphrase cannot be copied or cut, not even revealed")
{
    test::WindowFixture f;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("copy.ahv"));
    test::createVault(path);
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    f.window->showUnlockFor(path);
    auto* field = f.child<PassphraseField>("passphraseEdit");
    test::type(field, QStringLiteral("correct horse battery staple"));
    field->findChild<QAction*>(QStringLiteral("revealPassphraseAction"))->trigger();
    REQUIRE(field->echoMode() == QLineEdit::Normal);
    field->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    REQUIRE(field->hasSelectedText());
    QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_X, Qt::ControlModifier);
    CHECK(field->text() == QStringLiteral("correct horse battery staple"));
    CHECK(held() == QStringLiteral("before"));
    // Even Qt's own copy() slot, which no key or menu reaches: the clipboard refuses it.
    field->copy();
    CHECK_FALSE(held().contains(QLatin1String("horse")));
    // Revealed, the field still tells input methods not to learn or predict it.
    CHECK(field->inputMethodHints().testFlag(Qt::ImhSensitiveData));
    CHECK(field->inputMethodHints().testFlag(Qt::ImhNoPredictiveText));
    QGuiApplication::clipboard()->clear();
}

// ---- X11: the primary selection and other programs' data (under xvfb-run)

namespace {

void requireX11()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb")) {
        std::fprintf(stderr,
            "SKIPPED: this test needs a real X server (QT_QPA_PLATFORM=xcb under xvfb-run); the platform is %s\n",
            qPrintable(QGuiApplication::platformName()));
        std::exit(77);
    }
}

// Another X client that owns the clipboard and the selection (this test binary in its helper
// mode, see GuiTestMain.cpp), for as long as the object lives.
struct OtherProgram {
    explicit OtherProgram(const QString& text)
    {
        process.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--own-clipboard"), text });
        REQUIRE(process.waitForStarted());
        REQUIRE(test::waitFor([&] { return process.canReadLine(); }, 20000));
        REQUIRE(process.readLine().trimmed() == "owning");
        REQUIRE(
            test::waitFor([&] { return held(QClipboard::Clipboard) == text && held(QClipboard::Selection) == text; }));
    }
    ~OtherProgram()
    {
        process.terminate();
        process.waitForFinished(10000);
    }
    OtherProgram(const OtherProgram&) = delete;
    OtherProgram& operator=(const OtherProgram&) = delete;
    QProcess process;
};

} // namespace

TEST_CASE("X11: text selected in the detail pane goes to the primary selection concealed, cleared after 30 seconds "
          "and by a lock",
    "[.][x11]")
{
    requireX11();
    ClipboardFixture f;
    REQUIRE(QGuiApplication::clipboard()->supportsSelection());
    QGuiApplication::clipboard()->clear(QClipboard::Selection);
    auto* contact = f.detail<QLabel>("contactValue");
    ClipboardFixture::dragSelect(contact);
    REQUIRE(contact->hasSelectedText());
    // What is pasted is the text selected, its no-break spaces (the phone number's) as plain spaces:
    // Qt's text selection gives plain text.
    const QString selected = QString(contact->selectedText()).replace(QChar(0x00A0), QLatin1Char(' '));
    REQUIRE(selected.contains(QStringLiteral("Ms Efua Mensah")));
    CHECK(QGuiApplication::clipboard()->ownsSelection());
    CHECK(held(QClipboard::Selection) == selected);
    CHECK(hint(QClipboard::Selection) == "secret");
    CHECK(f.window->clipboard().holdsOurs(QClipboard::Selection));

    f.clock.advanceMs(Clipboard::DefaultClearAfterMs);
    f.window->clipboard().check();
    CHECK(held(QClipboard::Selection).isEmpty());

    // Selected again, and Ctrl+C: a lock clears both.
    ClipboardFixture::dragSelect(contact);
    REQUIRE(held(QClipboard::Selection) == selected);
    f.pressCopy();
    REQUIRE(held(QClipboard::Clipboard) == selected);
    CHECK(hint(QClipboard::Clipboard) == "secret");
    QTest::keyClick(contact, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(f.window->isLocked());
    CHECK(held(QClipboard::Selection).isEmpty());
    CHECK(held(QClipboard::Clipboard).isEmpty());
}

TEST_CASE("X11: what another program put on the clipboard is neither concealed nor cleared", "[.][x11]")
{
    requireX11();
    ClipboardFixture f;
    const QString theirs = QStringLiteral("copied in the mail client");
    OtherProgram other(theirs);
    CHECK_FALSE(QGuiApplication::clipboard()->ownsClipboard());
    CHECK(hint(QClipboard::Clipboard).isEmpty());
    f.clock.advanceMs(Clipboard::DefaultClearAfterMs);
    f.window->clipboard().check();
    QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(f.window->isLocked());
    CHECK(held(QClipboard::Clipboard) == theirs);
    CHECK(held(QClipboard::Selection) == theirs);
    CHECK(hint(QClipboard::Clipboard).isEmpty());
}

TEST_CASE("X11: selecting a revealed passphrase publishes nothing to the primary selection", "[.][x11]")
{
    requireX11();
    test::WindowFixture f;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("selection.ahv"));
    test::createVault(path);
    f.window->showUnlockFor(path);
    auto* field = f.child<PassphraseField>("passphraseEdit");
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QGuiApplication::clipboard()->clear(QClipboard::Selection);
    test::type(field, QStringLiteral("correct horse battery staple"));
    field->findChild<QAction*>(QStringLiteral("revealPassphraseAction"))->trigger();
    REQUIRE(field->echoMode() == QLineEdit::Normal);
    // Selected with the mouse (the selection is published on release) and with the keyboard.
    const int y = field->height() / 2;
    QTest::mousePress(field, Qt::LeftButton, Qt::NoModifier, QPoint(4, y));
    QTest::mouseMove(field, QPoint(field->width() / 2, y));
    QTest::mouseRelease(field, Qt::LeftButton, Qt::NoModifier, QPoint(field->width() / 2, y));
    REQUIRE(field->hasSelectedText());
    CHECK_FALSE(held(QClipboard::Selection).contains(QLatin1String("horse")));
    QTest::keyClick(field, Qt::Key_Home);
    QTest::keyClick(field, Qt::Key_End, Qt::ShiftModifier);
    REQUIRE(field->selectedText() == QStringLiteral("correct horse battery staple"));
    CHECK_FALSE(held(QClipboard::Selection).contains(QLatin1String("horse")));
}

} // namespace clipboard_ui_test
