// kill -9 of the desktop application while it adds an attachment (issue 12: "a kill -9 or a full
// disk leaves either the whole attachment or none"). The test runs its own binary again as a
// second process — a desktop session on the same vault, driven as a user would drive it: unlock,
// select the query, its Attachments tab, Add Attachment…, the file typed into the chooser. While
// the add writes (the vault's rollback journal present), this process freezes it and sends
// SIGKILL, as the command line's crash tests prove their kills (KillWindow), and checks that the
// kill is what ended it. Then the vault is opened as the next session would: its checks pass
// (every attachment chunk included), it holds no attachment and no timeline entry of the add, and
// the same file added again through the desktop is whole, its SHA-256 that of the file.
//
// Only paths go to the second process (through its environment): the vault, the file, a private
// HOME, TMPDIR and XDG_RUNTIME_DIR inside this test's temporary folder.
#include "KillSupport.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "advisers/AdviserService.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentsPanel.h"
#include "db/Connection.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryPage.h"
#include "queries/QueryService.h"
#include "queries/QueryTableModel.h"
#include "session/Session.h"
#include "shell/SessionWorkspace.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTreeWidget>

#include <csignal>
#include <cstdio>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace attachment_add_kill_test {

using namespace advicehub;

namespace {

const char* const kVaultVariable = "ADVICEHUB_ATTACHMENT_KILL_VAULT";
const char* const kFileVariable = "ADVICEHUB_ATTACHMENT_KILL_FILE";
const char* const kChildCase = "child: a desktop session adding an attachment until it is killed";
const char* const kReady = "ATTACHMENT-KILL-READY";
// Large enough for the add to take seconds (and to spill pages into the vault before it commits).
constexpr qint64 kFileBytes = 64LL * 1024 * 1024;

// Random bytes (nothing to extract: the add is chunks and hashes only), written a MiB at a time.
QByteArray writeRandomFile(const QString& path, qint64 bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    QRandomGenerator random(1207);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < bytes; written += block.size()) {
        random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        sha256.addData(block);
        REQUIRE(file.write(block) == block.size());
    }
    return sha256.result();
}

ui::QueryPage* queryPage(test::WindowFixture& f)
{
    auto* workspace = f.window->findChild<ui::SessionWorkspace*>();
    REQUIRE(workspace != nullptr);
    ui::QueryPage* page = workspace->page<ui::QueryPage>();
    REQUIRE(page != nullptr);
    return page;
}

// The query selected, its Attachments tab shown, Add Attachment… with `file` typed into the
// chooser. Returns when the chooser is answered (the add may still be running, or done).
void addThroughTheTab(test::WindowFixture& f, const QString& file)
{
    ui::QueryPage* page = queryPage(f);
    ui::QueryTableModel* model = page->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    REQUIRE(model->rowCount() == 1);
    page->table()->selectRow(0);
    REQUIRE(page->currentQueryId().has_value());
    page->detailPane()->showAttachments();
    QAction* add = page->detailPane()->attachmentsPanel()->action(QStringLiteral("addAttachmentAction"));
    REQUIRE(add != nullptr);
    REQUIRE(test::waitFor([&] { return add->isEnabled(); }));
    add->trigger();
    test::answerFileDialog(file);
}

} // namespace

TEST_CASE("kill -9 of the desktop application while it adds an attachment leaves the whole attachment or none",
    "[attachments][crash]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("attachments.ahv"));
    const qint64 queryId = test::seedVaultWithQuery(path, QStringLiteral("Draft law on custody")).queryId;
    const QString file = dir.file(QStringLiteral("draft-law.bin"));
    const QByteArray sha256 = writeRandomFile(file, kFileBytes);
    for (const char* folder : { "home", "tmp", "run" })
        REQUIRE(QDir(dir.path()).mkdir(QLatin1String(folder)));
    REQUIRE(
        QFile::setPermissions(dir.file(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const qint64 sizeBefore = QFileInfo(path).size();

    // The vault's rollback journal exists exactly while a transaction writes; after the marker
    // the only writer is the add.
    const QString journal = QFileInfo(path).fileName() + QStringLiteral("-journal");
    test::KillWindow window(dir.path(), [journal](const QString& name) { return name == journal; });

    // The desktop session, in a process of its own.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(kVaultVariable), path);
    environment.insert(QLatin1String(kFileVariable), file);
    environment.insert(QStringLiteral("HOME"), dir.file(QStringLiteral("home")));
    environment.insert(QStringLiteral("TMPDIR"), dir.file(QStringLiteral("tmp")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.file(QStringLiteral("run")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(kChildCase) });
    REQUIRE(child.waitForStarted(30000));

    // Until it says it is about to add (unlocked, the query selected).
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

    // Frozen a tenth of a second after the add's transaction began (the optimised build adds 64 MiB
    // in well under a second), and still inside it: killed there.
    const bool inside = window.stopInside(child.processId(), 100, 120000);
    const qint64 sizeWhenFrozen = QFileInfo(path).size();
    REQUIRE(::kill(static_cast<pid_t>(child.processId()), SIGKILL) == 0);
    REQUIRE(inside);
    INFO("the vault grew by " << (sizeWhenFrozen - sizeBefore) << " bytes before the kill");
    REQUIRE(child.waitForFinished(30000));
    // SIGKILL is what ended the process (not an exit or a crash of its own).
    CHECK(child.exitStatus() == QProcess::CrashExit);
    CHECK(child.exitCode() == SIGKILL); // Qt reports the terminating signal as the exit code
    CHECK(QFileInfo::exists(dir.file(journal))); // the hot journal the next open rolls back

    // The next session: the vault is sound, and of the add nothing is left.
    {
        const SystemClock clock;
        Result<std::unique_ptr<Session>> opened = Session::open(test::openVault(path), clock);
        REQUIRE(opened.ok());
        Session& session = *opened.value();
        const Result<QStringList> problems = session.vault().checkIntegrity();
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        CHECK(session.attachments().list(queryId)->empty());
        CHECK(session.vault().connection().queryInt("SELECT count(*) FROM attachment_chunks") == 0);
        CHECK(session.vault().connection().queryInt("SELECT count(*) FROM timeline WHERE source_kind = 'attachment'")
            == 0);
    }
    // Nothing of the file outside the vault: the second process's HOME and temporary folders hold
    // no copy of its first bytes.
    const QByteArray head = test::readFile(file).left(64);
    for (const char* folder : { "home", "tmp", "run" }) {
        QDirIterator files(dir.file(QString::fromLatin1(folder)), QDir::Files | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString written = files.next();
            INFO(written.toStdString());
            CHECK_FALSE(test::readFile(written).contains(head));
        }
    }

    // Added again through the desktop, not killed: whole.
    test::WindowFixture f;
    f.settings.setAutoLockEnabled(false);
    f.unlock(path);
    addThroughTheTab(f, file);
    REQUIRE(test::waitFor([&] { return f.window->session()->attachments().list(queryId)->size() == 1; }, 300000));
    const attachments::Attachment added = f.window->session()->attachments().list(queryId)->front();
    CHECK(added.size == kFileBytes);
    CHECK(added.sha256 == sha256);
    CHECK(f.window->session()->vault().checkIntegrity()->isEmpty());
    // The journal the kill left is gone: rolled back at the open when it held pages (hot), at the
    // next write when the kill came before the first page reached it.
    CHECK_FALSE(QFileInfo::exists(dir.file(journal)));
}

// The second process of the test above; hidden, run only by it (the vault's and the file's paths
// in its environment).
TEST_CASE(kChildCase, "[.][attachment-kill-child]")
{
    const QString path = qEnvironmentVariable(kVaultVariable);
    const QString file = qEnvironmentVariable(kFileVariable);
    if (path.isEmpty() || file.isEmpty())
        FAIL("run only by the kill -9 attachment test, which gives it a vault and a file");
    test::WindowFixture f;
    f.settings.setAutoLockEnabled(false);
    f.unlock(path);
    std::fputs(kReady, stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    addThroughTheTab(f, file);
    // The add runs (inside the chooser's answer or after it) until the kill.
    QElapsedTimer waiting;
    waiting.start();
    while (waiting.elapsed() < 600000)
        QTest::qWait(100);
    FAIL("not killed within ten minutes");
}

} // namespace attachment_add_kill_test
