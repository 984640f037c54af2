// Passphrases typed in the application: wiped where the field held them, and never brought back
// by the field's undo history -- through the dialogs a user opens from the Vault menu.
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "common/MessageBox.h"
#include "vault/PassphraseField.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace passphrase_ui_test {

using namespace advicehub;
using namespace advicehub::ui;

namespace {

// Reveals the field with its eye button and presses Ctrl+Z (and Ctrl+Shift+Z) as a user would.
void revealAndUndo(PassphraseField* field)
{
    field->findChild<QAction*>(QStringLiteral("revealPassphraseAction"))->trigger();
    REQUIRE(field->echoMode() == QLineEdit::Normal);
    field->setFocus(Qt::MouseFocusReason);
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(field, Qt::Key_Y, Qt::ControlModifier);
}

} // namespace

TEST_CASE("taking a passphrase from its field overwrites the characters the field held")
{
    PassphraseField field;
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    test::type(&field, QString::fromLatin1(test::TestPassphrase));
    // Shares the field's own buffer and keeps it alive after the field lets it go, so its bytes
    // can be read once the passphrase has been taken.
    const QString observer = field.text();
    const qsizetype length = observer.size();
    REQUIRE(length == qsizetype(qstrlen(test::TestPassphrase)));

    crypto::SecureBuffer taken = field.takePassphrase();
    CHECK(QByteArray(taken.chars(), static_cast<qsizetype>(taken.size())) == QByteArray(test::TestPassphrase));
    CHECK(field.text().isEmpty());
    CHECK(observer == QString(length, QChar(0)));

    SECTION("and so does emptying it (clear() wipes on a passphrase field)")
    {
        test::type(&field, QStringLiteral("another secret typed here"));
        const QString typed = field.text();
        field.clear();
        CHECK(field.text().isEmpty());
        CHECK(typed == QString(typed.size(), QChar(0)));
    }
}

TEST_CASE("after a failed passphrase change, revealing the fields and pressing Ctrl+Z brings nothing back")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("undo.ahv"));
    test::createVault(path);
    test::WindowFixture f;
    f.unlock(path);

    f.child<QAction>("changePassphraseAction")->trigger();
    QDialog* dialog = nullptr;
    REQUIRE(test::waitFor([&] {
        dialog = f.window->findChild<QDialog*>(QStringLiteral("changePassphraseDialog"));
        return dialog && dialog->isVisible();
    }));
    auto* current = dialog->findChild<PassphraseField*>(QStringLiteral("currentPassphraseEdit"));
    auto* next = dialog->findChild<PassphraseField*>(QStringLiteral("newPassphraseEdit"));
    auto* confirmation = dialog->findChild<PassphraseField*>(QStringLiteral("confirmPassphraseEdit"));
    REQUIRE(current);
    REQUIRE(next);
    REQUIRE(confirmation);
    // The current passphrase is wrong: the change fails after the fields were emptied.
    test::type(current, QStringLiteral("not the vault passphrase at all"));
    test::type(next, QString::fromLatin1(test::OtherPassphrase));
    test::type(confirmation, QString::fromLatin1(test::OtherPassphrase));
    // Some editing, as when a typo is corrected: more history for undo to replay.
    QTest::keyClick(confirmation, Qt::Key_Backspace);
    QTest::keyClick(confirmation, test::OtherPassphrase[qstrlen(test::OtherPassphrase) - 1]);
    REQUIRE(confirmation->text() == QString::fromLatin1(test::OtherPassphrase));
    auto* change = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    REQUIRE(change->isEnabled());
    QTest::mouseClick(change, Qt::LeftButton);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("changePassphraseErrorLabel"));
    REQUIRE(error != nullptr);
    REQUIRE(test::waitFor([&] { return current->isEnabled() && !error->text().isEmpty(); }));
    CHECK(dialog->isVisible()); // still open, for another attempt

    for (PassphraseField* field : { current, next, confirmation }) {
        INFO("field " << field->objectName().toStdString());
        CHECK(field->text().isEmpty());
        CHECK_FALSE(field->isUndoAvailable());
        revealAndUndo(field);
        CHECK(field->text().isEmpty());
    }
    dialog->reject();
    f.window->lock();
    test::openVault(path, test::TestPassphrase); // unchanged
}

TEST_CASE("while typing, Ctrl+Z does not replay a passphrase field's history, hidden or revealed")
{
    PassphraseField field;
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    test::type(&field, QStringLiteral("first attempt"));
    field.selectAll();
    test::type(&field, QStringLiteral("second"));
    REQUIRE(field.text() == QStringLiteral("second"));
    QTest::keyClick(&field, Qt::Key_Z, Qt::ControlModifier);
    CHECK(field.text() == QStringLiteral("second"));
    revealAndUndo(&field);
    CHECK(field.text() == QStringLiteral("second"));
}

TEST_CASE("what Qt 6.4's own password mode does not prevent, and PassphraseField does")
{
    // A plain QLineEdit: the echo mode hides the characters, but undo still works for typing in
    // Password mode, and once the field shows its characters the whole history replays -- text
    // deleted by clear() included. This is why PassphraseField blocks undo and wipes with
    // setText(). (If a Qt update changes this, the test says so.)
    QLineEdit plain;
    plain.setEchoMode(QLineEdit::Password);
    plain.show();
    REQUIRE(QTest::qWaitForWindowExposed(&plain));
    test::type(&plain, QStringLiteral("secret one"));
    plain.clear();
    REQUIRE(plain.text().isEmpty());
    plain.setEchoMode(QLineEdit::Normal);
    CHECK(plain.isUndoAvailable());
    QTest::keyClick(&plain, Qt::Key_Z, Qt::ControlModifier);
    CHECK(plain.text() == QStringLiteral("secret one"));
    // Hidden again: the typing itself is undone character by character.
    plain.setEchoMode(QLineEdit::Password);
    plain.setText(QString());
    test::type(&plain, QStringLiteral("abc"));
    QTest::keyClick(&plain, Qt::Key_Z, Qt::ControlModifier);
    CHECK(plain.text() != QStringLiteral("abc"));

    PassphraseField field;
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    test::type(&field, QStringLiteral("secret one"));
    field.clear();
    field.setRevealed(true);
    CHECK_FALSE(field.isUndoAvailable());
    QTest::keyClick(&field, Qt::Key_Z, Qt::ControlModifier);
    CHECK(field.text().isEmpty());
    field.setRevealed(false);
    test::type(&field, QStringLiteral("abc"));
    QTest::keyClick(&field, Qt::Key_Z, Qt::ControlModifier);
    CHECK(field.text() == QStringLiteral("abc"));
}

} // namespace passphrase_ui_test
