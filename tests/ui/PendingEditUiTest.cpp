#include "WorkspaceFixture.h"
#include "db/Connection.h"
#include "pending/PendingEditsDialog.h"
#include "queries/QueryFormDialog.h"
#include "queries/TimelineEntryDialog.h"
#include "shell/MainWindow.h"
#include "vault/UnlockWidget.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace pending_edit_ui_test {

using namespace advicehub;
using namespace advicehub::queries;
using namespace advicehub::ui;

namespace {

qint64 pendingCount(test::WorkspaceFixture& f)
{
    return f.window->session()->vault().connection().queryInt("SELECT count(*) FROM pending_edits");
}

QString keptSubject(test::WorkspaceFixture& f)
{
    const auto edits = f.window->session()->pendingEdits().list();
    REQUIRE(edits.ok());
    REQUIRE(edits->size() == 1);
    return QueryInput::fromJson(edits->front().payload.value(QStringLiteral("input")).toObject()).subject;
}

QLineEdit* subjectOf(QueryFormDialog* form)
{
    auto* subject = qobject_cast<QLineEdit*>(form->fieldWidget(QueryField::Subject));
    REQUIRE(subject != nullptr);
    return subject;
}

// Another program holding the vault's write lock: the stock sqlcipher shell, which the README
// tells users how to open the vault with, inside `BEGIN EXCLUSIVE`. Advice Hub's own reads and
// writes then fail as they would in real life (SQLITE_BUSY), with nothing simulated.
class ShellHoldingTheVault {
public:
    ShellHoldingTheVault(const QString& path, const crypto::SecureBuffer& rawKey)
    {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (shell.isEmpty()) {
            std::fprintf(stderr, "SKIPPED: the sqlcipher shell (Debian package sqlcipher) is not installed\n");
            std::exit(77);
        }
        m_shell.start(shell, { path });
        REQUIRE(m_shell.waitForStarted());
        QByteArray lines = "PRAGMA key = \"" + QByteArray(rawKey.chars(), static_cast<qsizetype>(rawKey.size()))
            + "\";\nPRAGMA cipher_page_size = 4096;\nPRAGMA cipher_hmac_algorithm = HMAC_SHA1;\n"
              "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;\nBEGIN EXCLUSIVE;\nSELECT 'held' FROM meta LIMIT 1;\n";
        m_shell.write(lines);
        REQUIRE(test::waitFor([&] { return m_output.append(m_shell.readAllStandardOutput()).contains("held"); }));
    }
    ~ShellHoldingTheVault() { release(); }
    ShellHoldingTheVault(const ShellHoldingTheVault&) = delete;
    ShellHoldingTheVault& operator=(const ShellHoldingTheVault&) = delete;

    void release()
    {
        if (m_shell.state() == QProcess::NotRunning)
            return;
        m_shell.write("ROLLBACK;\n.quit\n");
        m_shell.closeWriteChannel();
        if (!m_shell.waitForFinished(10000))
            m_shell.kill();
    }

private:
    QProcess m_shell;
    QByteArray m_output;
};

} // namespace

TEST_CASE("work typed when the vault locks is kept in the vault and offered back after unlock")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Existing query")); });
    f.showView(QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));

    // A new query half typed, and a note on the existing one.
    f.action("newQueryAction")->trigger();
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    subjectOf(form)->setText(QStringLiteral("Half-typed request from the Ministry"));
    REQUIRE(form->hasUnsavedChanges());
    f.action("addNoteAction")->trigger();
    auto* note = f.dialog<TimelineEntryDialog>("timelineEntryDialog");
    note->summaryEdit()->setText(QStringLiteral("Call notes being written"));
    note->bodyEdit()->setPlainText(QStringLiteral("The Minister's office will reply next week."));

    f.window->lock();
    REQUIRE(f.window->isLocked());
    CHECK(f.child<UnlockWidget>("unlockWidget")->notice().isEmpty()); // everything was kept
    f.unlock(f.path);
    REQUIRE_FALSE(f.window->isLocked());
    REQUIRE(pendingCount(f) == 2); // kept in the vault, nowhere else (see tests/security)

    auto* offer = f.dialog<PendingEditsDialog>("pendingEditsDialog");
    REQUIRE(offer->list()->count() == 2);
    CHECK(offer->list()->item(0)->text().contains(QLatin1String("Half-typed request")));

    // Restore the form: it opens filled in and leaves the list; its kept copy stays in the vault
    // until the form holds it safely (saved) or the user discards it.
    offer->list()->setCurrentRow(0);
    offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"))->click();
    auto* restored = f.dialog<QueryFormDialog>("queryFormDialog");
    CHECK(subjectOf(restored)->text() == QStringLiteral("Half-typed request from the Ministry"));
    CHECK(offer->list()->count() == 1);
    CHECK(pendingCount(f) == 2);

    // Restore the note too, and save it: then its kept copy goes.
    offer->list()->setCurrentRow(0);
    offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"))->click();
    auto* restoredNote = f.dialog<TimelineEntryDialog>("timelineEntryDialog");
    CHECK(restoredNote->bodyEdit()->toPlainText() == QStringLiteral("The Minister's office will reply next week."));
    restoredNote->findChild<QPushButton*>(QStringLiteral("saveEntryButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<TimelineEntryDialog*>() == nullptr; }));
    CHECK(pendingCount(f) == 1);
    const auto timeline = f.window->session()->queries().timeline(f.query(QStringLiteral("AH-2026-0001")).id);
    REQUIRE(timeline.ok());
    CHECK(timeline->back().summary == QStringLiteral("Call notes being written"));

    // Cancelling the restored form asks first; "Cancel" keeps it open and kept.
    QTest::keyClick(restored, Qt::Key_Escape);
    CHECK(test::answerMessageBox(QMessageBox::Cancel).contains(QLatin1String("Discard this unsaved work?")));
    CHECK(restored->isVisible());
    CHECK(pendingCount(f) == 1);
    // "Discard": deliberately discarded, the kept copy goes.
    QTest::keyClick(restored, Qt::Key_Escape);
    test::answerMessageBox(QMessageBox::Discard);
    REQUIRE(test::waitFor([&] { return f.window->findChild<QueryFormDialog*>() == nullptr; }));
    CHECK(pendingCount(f) == 0);
}

TEST_CASE("an untouched form keeps nothing at lock")
{
    test::WorkspaceFixture f;
    f.action("newQueryAction")->trigger();
    f.dialog<QueryFormDialog>("queryFormDialog");
    f.window->lock();
    f.unlock(f.path);
    CHECK(pendingCount(f) == 0);
    CHECK(f.window->findChild<PendingEditsDialog*>() == nullptr);
}

TEST_CASE("a restored form that is locked again replaces its kept copy, and saving it removes the copy")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Existing query")); });
    f.showView(QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    f.action("editQueryAction")->trigger();
    subjectOf(f.dialog<QueryFormDialog>("queryFormDialog"))->setText(QStringLiteral("Edited once"));
    f.window->lock();
    f.unlock(f.path);
    auto* offer = f.dialog<PendingEditsDialog>("pendingEditsDialog");
    offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"))->click();
    auto* restored = f.dialog<QueryFormDialog>("queryFormDialog");
    CHECK(subjectOf(restored)->text() == QStringLiteral("Edited once"));

    // Locked again while restored: one kept copy, with what the form holds now.
    subjectOf(restored)->setText(QStringLiteral("Edited twice"));
    f.window->lock();
    f.unlock(f.path);
    REQUIRE(pendingCount(f) == 1);
    CHECK(keptSubject(f) == QStringLiteral("Edited twice"));

    offer = f.dialog<PendingEditsDialog>("pendingEditsDialog");
    offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"))->click();
    restored = f.dialog<QueryFormDialog>("queryFormDialog");
    restored->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<QueryFormDialog*>() == nullptr; }));
    CHECK(f.query(QStringLiteral("AH-2026-0001")).fields.subject == QStringLiteral("Edited twice"));
    CHECK(pendingCount(f) == 0);
}

TEST_CASE("a restore that cannot open its form says why and leaves the kept work in the vault")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Existing query")); });
    f.showView(QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    f.action("editQueryAction")->trigger();
    subjectOf(f.dialog<QueryFormDialog>("queryFormDialog"))->setText(QStringLiteral("An edit worth keeping"));
    f.window->lock();
    f.unlock(f.path);
    auto* offer = f.dialog<PendingEditsDialog>("pendingEditsDialog");
    auto* error = offer->findChild<QLabel*>(QStringLiteral("pendingErrorLabel"));
    REQUIRE(error != nullptr);

    {
        // Another program holds the vault's write lock: reading the query for its form fails.
        ShellHoldingTheVault shell(f.path, f.window->session()->vault().rawKeySpec());
        offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"))->click();
        CHECK(error->isVisible());
        CHECK(error->text().contains(QLatin1String("could not be restored")));
        CHECK(error->text().contains(QLatin1String("already open")));
        CHECK(f.window->findChild<QueryFormDialog*>() == nullptr);
        CHECK(offer->list()->count() == 1);
    }
    // Nothing was lost: the kept copy is where it was, and restores once the vault is free.
    CHECK(pendingCount(f) == 1);
    CHECK(keptSubject(f) == QStringLiteral("An edit worth keeping"));
    offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"))->click();
    auto* restored = f.dialog<QueryFormDialog>("queryFormDialog");
    CHECK(subjectOf(restored)->text() == QStringLiteral("An edit worth keeping"));
    CHECK_FALSE(error->isVisible());
}

TEST_CASE("unsaved work that cannot be kept at a lock is reported on the unlock screen and after unlocking")
{
    test::WorkspaceFixture f;
    f.action("newQueryAction")->trigger();
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    const QString subject = QStringLiteral("Confidential half-typed subject");
    test::type(subjectOf(form), subject);
    {
        // Another program holds the vault's write lock as the vault locks (Ctrl+L in the form):
        // the form's content cannot be written, and the lock still happens.
        ShellHoldingTheVault shell(f.path, f.window->session()->vault().rawKeySpec());
        QTest::keyClick(subjectOf(form), Qt::Key_L, Qt::ControlModifier);
        REQUIRE(test::waitFor([&] { return f.window->isLocked(); }));
    }
    auto* unlock = f.child<UnlockWidget>("unlockWidget");
    const QString notice = unlock->notice();
    INFO(notice.toStdString());
    CHECK(notice.contains(QLatin1String("could not be kept")));
    CHECK(notice.contains(QLatin1String("a new query being registered")));
    CHECK(notice.contains(QLatin1String("already open"))); // why
    CHECK_FALSE(notice.contains(subject)); // what was typed is never shown on the locked screen
    CHECK(f.child<QLabel>("unlockNoticeLabel")->isVisible());

    // After unlocking, said once more where it cannot be missed.
    f.window->chooseVaultToOpen();
    test::answerFileDialog(f.path);
    test::type(f.child<QLineEdit>("passphraseEdit"), QString::fromLatin1(test::TestPassphrase));
    QTest::keyClick(f.child<QLineEdit>("passphraseEdit"), Qt::Key_Return);
    const QString said = test::answerMessageBox(QMessageBox::Ok);
    CHECK(said.contains(QLatin1String("could not be kept")));
    REQUIRE_FALSE(f.window->isLocked());
    CHECK(unlock->notice().isEmpty());
    CHECK(pendingCount(f) == 0);
}

} // namespace pending_edit_ui_test
