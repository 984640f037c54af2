// kill -9 of the desktop application while a draft is being typed (issue 11: "a crash or kill -9
// loses at most the last 5 s; the next open offers the autosaved text"). The test runs its own
// binary again as a second process — a desktop session on the same vault, driven as a user would
// drive it: unlock, select the query, open the draft from the Drafts tab with Return, type. That
// process waits for the real autosave timer to keep the text, says so on standard output and goes
// on typing; this one then sends SIGKILL, checks that the kill is what ended it, and opens the
// vault as the next session would: the kept copy holds the text, and the unlock offers it back
// into the draft's editor. Twice: killed while typing, and killed inside an autosave's write (the
// rollback journal present while the process is frozen, as the command line's crash tests prove
// their kills), which the vault rolls back to the previous autosave.
//
// Only paths go to the second process (through its environment): the vault, a private HOME,
// TMPDIR and XDG_RUNTIME_DIR inside this test's temporary folder. No case content on its
// command line, and nothing of it left behind.
#include "KillSupport.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "advisers/AdviserService.h"
#include "db/Connection.h"
#include "drafts/DraftActions.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftService.h"
#include "drafts/DraftTextEdit.h"
#include "drafts/DraftsPanel.h"
#include "pending/PendingEditService.h"
#include "pending/PendingEditsDialog.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryPage.h"
#include "queries/QueryService.h"
#include "queries/QueryTableModel.h"
#include "session/Session.h"
#include "shell/SessionWorkspace.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

#include <csignal>
#include <cstdio>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace draft_autosave_kill_test {

using namespace advicehub;
using namespace advicehub::drafts;

namespace {

const char* const kVaultVariable = "ADVICEHUB_AUTOSAVE_KILL_VAULT";
const char* const kChildCase = "child: a desktop session typing a draft until it is killed";
const char* const kReady = "AUTOSAVE-KILL-READY";
// Typed, then kept by the autosave before the marker: must survive the kill.
const QString kKeptText = QStringLiteral(" The Secretariat will reply on the zorvex registers.");
// Typed after the marker, while the kill may come at any moment: may or may not survive.
const QString kLateText = QStringLiteral(" And more typing until the end");

const QString kTitle = QStringLiteral("Holding reply");

ui::QueryPage* queryPage(test::WindowFixture& f)
{
    auto* workspace = f.window->findChild<ui::SessionWorkspace*>();
    REQUIRE(workspace != nullptr);
    ui::QueryPage* page = workspace->page<ui::QueryPage>();
    REQUIRE(page != nullptr);
    return page;
}

ui::DraftEditor* visibleEditor(test::WindowFixture& f, qint64 draftId)
{
    ui::DraftEditor* found = nullptr;
    REQUIRE(test::waitFor([&] {
        for (ui::DraftEditor* editor : f.window->findChildren<ui::DraftEditor*>()) {
            if (editor->isVisible() && editor->draftId() == draftId)
                found = editor;
        }
        return found != nullptr;
    }));
    return found;
}

void focusEditor(ui::DraftEditor* editor)
{
    REQUIRE(test::activate(editor));
    editor->textEdit()->setFocus();
    editor->textEdit()->moveCursor(QTextCursor::End);
}

// The one draft of the vault's one query.
struct Seeded {
    qint64 queryId = 0;
    qint64 draftId = 0;
};

Seeded seedVault(const QString& path)
{
    test::SeededVault seeded = test::seedVaultWithQuery(path, QStringLiteral("Custody registers"));
    Session& session = *seeded.session;
    DraftInput input;
    input.queryId = seeded.queryId;
    input.title = kTitle;
    input.kind = DraftKind::HoldingReply;
    input.html = QStringLiteral("<p>Thank you for your letter.</p>");
    Result<Draft> draft = session.drafts().create(input);
    REQUIRE(draft.ok());
    return { seeded.queryId, draft->id };
}

// The draft texts kept in the vault, read by a session of their own (as after a restart).
std::vector<pending::PendingEdit> keptDraftTexts(const QString& path)
{
    const SystemClock clock;
    Result<std::unique_ptr<Session>> opened = Session::open(test::openVault(path), clock);
    REQUIRE(opened.ok());
    REQUIRE(opened.value()->vault().connection().queryText("PRAGMA integrity_check") == QStringLiteral("ok"));
    Result<std::vector<pending::PendingEdit>> edits = opened.value()->pendingEdits().list();
    REQUIRE(edits.ok());
    std::vector<pending::PendingEdit> texts;
    for (const pending::PendingEdit& edit : edits.value()) {
        if (edit.kind == pending::PendingKind::DraftText)
            texts.push_back(edit);
    }
    return texts;
}

} // namespace

TEST_CASE("kill -9 of the desktop application while a draft is typed loses at most the last autosave interval, "
          "and the next open offers the text back",
    "[drafts][autosave][crash]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("autosave.ahv"));
    const Seeded seeded = seedVault(path);
    for (const char* folder : { "home", "tmp", "run" })
        REQUIRE(QDir(dir.path()).mkdir(QLatin1String(folder)));
    REQUIRE(
        QFile::setPermissions(dir.file(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    // The desktop session, in a process of its own.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(kVaultVariable), path);
    environment.insert(QStringLiteral("HOME"), dir.file(QStringLiteral("home")));
    environment.insert(QStringLiteral("TMPDIR"), dir.file(QStringLiteral("tmp")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.file(QStringLiteral("run")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(kChildCase) });
    REQUIRE(child.waitForStarted(30000));
    {
        // Its arguments are the name of the case it runs; no case content.
        QFile arguments(QStringLiteral("/proc/%1/cmdline").arg(child.processId()));
        if (arguments.open(QIODevice::ReadOnly))
            CHECK_FALSE(arguments.readAll().contains("zorvex"));
    }

    // Until it says the autosave kept the text (a few seconds of real time: the real timer).
    QByteArray output;
    QElapsedTimer waited;
    waited.start();
    while (!output.contains(kReady) && child.state() != QProcess::NotRunning && waited.elapsed() < 180000) {
        child.waitForReadyRead(1000);
        output += child.readAllStandardOutput();
    }
    INFO("the second process said: " << output.toStdString() << child.readAllStandardError().toStdString());
    REQUIRE(output.contains(kReady));
    REQUIRE(child.state() == QProcess::Running);

    SECTION("killed while typing")
    {
        REQUIRE(::kill(static_cast<pid_t>(child.processId()), SIGKILL) == 0);
    }
    SECTION("killed inside an autosave's write to the vault")
    {
        // The vault's rollback journal exists exactly while a transaction writes; after the
        // marker the only writer is the autosave of the text still being typed (every few
        // seconds). Frozen while the journal is there, the process dies inside that write.
        const QString journal = QFileInfo(path).fileName() + QStringLiteral("-journal");
        test::KillWindow window(dir.path(), [journal](const QString& name) { return name == journal; });
        bool inside = false;
        for (int attempt = 0; attempt < 20 && !inside; ++attempt) {
            inside = window.stopInside(child.processId(), 0, 30000);
            if (!inside)
                ::kill(static_cast<pid_t>(child.processId()), SIGCONT); // too late this time: the next one
        }
        REQUIRE(inside);
        REQUIRE(::kill(static_cast<pid_t>(child.processId()), SIGKILL) == 0);
    }
    // SIGKILL is what ended the process (not an exit or a crash of its own).
    REQUIRE(child.waitForFinished(30000));
    CHECK(child.exitStatus() == QProcess::CrashExit);
    CHECK(child.exitCode() == SIGKILL); // Qt reports the terminating signal as the exit code

    // (a) The vault holds the kept copy with everything typed before the last autosave.
    const std::vector<pending::PendingEdit> kept = keptDraftTexts(path);
    REQUIRE(kept.size() == 1);
    CHECK(static_cast<qint64>(kept.front().payload.value(QStringLiteral("draft")).toDouble()) == seeded.draftId);
    CHECK(kept.front().queryId == seeded.queryId);
    const QString keptHtml = kept.front().payload.value(QStringLiteral("html")).toString();
    CHECK(keptHtml.contains(kKeptText.trimmed()));
    // Nothing of it outside the vault: the second process's HOME and temporary folder hold no
    // copy of the text.
    for (const char* folder : { "home", "tmp", "run" }) {
        QDirIterator files(dir.file(QString::fromLatin1(folder)), QDir::Files | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            INFO(file.toStdString());
            CHECK_FALSE(test::readFile(file).contains("zorvex"));
        }
    }

    // (b) The next open offers it back, and Restore puts it into the draft's editor.
    test::WindowFixture f;
    f.settings.setAutoLockEnabled(false);
    f.unlock(path);
    auto* offer = f.window->findChild<ui::PendingEditsDialog*>();
    REQUIRE(test::waitFor([&] {
        offer = f.window->findChild<ui::PendingEditsDialog*>(QStringLiteral("pendingEditsDialog"));
        return offer && offer->isVisible();
    }));
    REQUIRE(offer->list()->count() == 1);
    CHECK(offer->list()->item(0)->text().contains(kTitle));
    offer->list()->setCurrentRow(0);
    auto* restore = offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"));
    REQUIRE(restore != nullptr);
    restore->click();
    ui::DraftEditor* editor = visibleEditor(f, seeded.draftId);
    CHECK(editor->textEdit()->toPlainText().contains(QStringLiteral("Thank you for your letter.") + kKeptText));
    CHECK(editor->hasUnsavedChanges());
    // Saved, it is version 2 and the kept copy has done its work.
    focusEditor(editor);
    QTest::keyClick(editor->textEdit(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(test::waitFor([&] {
        Result<Draft> draft = f.window->session()->drafts().get(seeded.draftId);
        return draft && draft->latestVersion == 2;
    }));
    Result<DraftVersion> saved = f.window->session()->drafts().version(seeded.draftId);
    REQUIRE(saved.ok());
    CHECK(saved->text.contains(kKeptText.trimmed()));
    Result<std::vector<pending::PendingEdit>> left = f.window->session()->pendingEdits().list();
    REQUIRE(left.ok());
    CHECK(left->empty());
}

// The second process of the test above; hidden, run only by it (the vault's path in its
// environment).
TEST_CASE(kChildCase, "[.][autosave-kill-child]")
{
    const QString path = qEnvironmentVariable(kVaultVariable);
    if (path.isEmpty())
        FAIL("run only by the kill -9 autosave test, which gives it a vault");
    test::WindowFixture f;
    f.settings.setAutoLockEnabled(false);
    f.unlock(path);
    ui::QueryPage* page = queryPage(f);

    // The query selected in the table, its Drafts tab, the draft opened with Return.
    ui::QueryTableModel* model = page->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    REQUIRE(model->rowCount() == 1);
    page->table()->selectRow(0);
    REQUIRE(page->currentQueryId().has_value());
    page->detailPane()->showDrafts();
    QTreeWidget* list = page->detailPane()->draftsPanel()->draftList();
    REQUIRE(test::waitFor([&] { return list->topLevelItemCount() == 1; }));
    const std::vector<Draft>& drafts = page->detailPane()->draftsPanel()->drafts();
    REQUIRE(drafts.size() == 1);
    const qint64 draftId = drafts.front().id;
    list->setCurrentItem(list->topLevelItem(0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    ui::DraftEditor* editor = visibleEditor(f, draftId);

    // Typing arms the autosave; the real timer fires some seconds later and keeps the text.
    focusEditor(editor);
    QTest::keyClicks(editor->textEdit(), kKeptText);
    REQUIRE(editor->autosaveTimer()->isActive());
    REQUIRE(test::waitFor([&] { return editor->keptCount() >= 1; }, 120000));
    std::fputs(kReady, stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);

    // On typing (50 ms a key, the autosave keeping it every few seconds) until the kill.
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 600000)
        QTest::keyClicks(editor->textEdit(), kLateText, Qt::NoModifier, 50);
    FAIL("not killed within ten minutes");
}

} // namespace draft_autosave_kill_test
