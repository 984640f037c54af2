// Attachments in the desktop application (issue 12), through the user's path: the Query menu's
// Add Attachment… with the file chooser answered, the Attachments tab (its count, Delete, the
// removal asked first), Edit Description…, files dropped on the query detail pane, the progress
// dialog's Cancel, Settings' size limit, Vault ▸ Compact…, and "found in attachment" after a
// search.
#include "WorkspaceFixture.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentViewer.h"
#include "attachments/AttachmentsPanel.h"
#include "common/ConflictBanner.h"
#include "queries/QueryDetailPane.h"
#include "session/Session.h"
#include "shell/SettingsDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace attachments_ui_test {

using namespace advicehub;
using namespace advicehub::ui;

namespace {

const QString kReference = QStringLiteral("AH-2026-0001");

void seedQuery(test::VaultSeed& seed)
{
    seed.create(QStringLiteral("Accession to the Convention"));
}

// A file of `bytes` random bytes (random: no two files alike, nothing compresses).
QString randomFile(const test::TempDir& dir, const QString& name, qint64 bytes)
{
    QFile file(dir.file(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray block(1024 * 1024, '\0');
    for (qint64 written = 0; written < bytes;) {
        const qint64 n = std::min<qint64>(block.size(), bytes - written);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        REQUIRE(file.write(block.constData(), n) == n);
        written += n;
    }
    return file.fileName();
}

QString textFile(const test::TempDir& dir, const QString& name, const QByteArray& text)
{
    test::writeFile(dir.file(name), text);
    return dir.file(name);
}

AttachmentsPanel* panelOf(test::WorkspaceFixture& f)
{
    return f.queryPage()->detailPane()->attachmentsPanel();
}

QStringList listedNames(AttachmentsPanel* panel)
{
    QStringList names;
    for (int i = 0; i < panel->attachmentList()->topLevelItemCount(); ++i)
        names << panel->attachmentList()->topLevelItem(i)->text(0);
    return names;
}

QString tabTitle(test::WorkspaceFixture& f)
{
    QTabWidget* tabs = f.queryPage()->detailPane()->tabs();
    return tabs->tabText(tabs->indexOf(panelOf(f)));
}

bool timelineMentions(test::WorkspaceFixture& f, const QString& text)
{
    QTreeWidget* timeline = f.queryPage()->detailPane()->timelineList();
    for (int column = 0; column < timeline->columnCount(); ++column) {
        if (!timeline->findItems(text, Qt::MatchContains | Qt::MatchRecursive, column).isEmpty())
            return true;
    }
    return false;
}

// Answers the multi-file chooser as a user would: types the files' paths, each in quotes, into
// its name field and presses Open.
void chooseFiles(const QString& folder, const QStringList& names)
{
    QPointer<QFileDialog> dialog;
    REQUIRE(test::waitFor([&] { return (dialog = test::visibleFileDialog()) != nullptr; }));
    CHECK(dialog->fileMode() == QFileDialog::ExistingFiles);
    CHECK(dialog->testOption(QFileDialog::DontUseNativeDialog));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name != nullptr);
    name->setFocus();
    QStringList quoted;
    for (const QString& each : names)
        quoted << QLatin1Char('"') + QDir(folder).filePath(each) + QLatin1Char('"');
    name->setText(quoted.join(QLatin1Char(' ')));
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    REQUIRE(buttons != nullptr);
    QPushButton* open = buttons->button(QDialogButtonBox::Open);
    REQUIRE(open != nullptr);
    INFO("typed: " << name->text().toStdString()
                   << " selected: " << dialog->selectedFiles().join(QLatin1Char('|')).toStdString());
    REQUIRE(test::waitFor([&] { return open->isEnabled(); }));
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(test::waitFor([&] { return dialog.isNull(); }));
}

// Add Attachment… from the Query menu's action with `names` chosen in `folder`.
void addThroughMenu(test::WorkspaceFixture& f, const QString& folder, const QStringList& names)
{
    QAction* add = f.action("addAttachmentAction");
    REQUIRE(add->isEnabled());
    add->trigger();
    chooseFiles(folder, names);
}

QProgressDialog* progressDialog(test::WorkspaceFixture& f)
{
    return f.window->findChild<QProgressDialog*>(QStringLiteral("longOperationProgress"));
}

void dropOnPane(test::WorkspaceFixture& f, const QList<QUrl>& urls)
{
    QueryDetailPane* pane = f.queryPage()->detailPane();
    QMimeData mime;
    mime.setUrls(urls);
    const QPointF at = QPointF(pane->rect().center());
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(pane, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(pane, &drop);
    CHECK(drop.isAccepted());
}

std::vector<attachments::Attachment> stored(test::WorkspaceFixture& f)
{
    auto listed = f.window->session()->attachments().list(f.query(kReference).id);
    REQUIRE(listed);
    return listed.value();
}

} // namespace

TEST_CASE("files are added through Add Attachment… and listed in the Attachments tab and the timeline")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedQuery);
    f.showView(queries::QueryView::All);
    f.select(kReference);
    test::TempDir files;
    textFile(files, QStringLiteral("letter.txt"), "Dear Secretariat, the ministry asks about accession.\n");
    randomFile(files, QStringLiteral("scan.bin"), 300 * 1024);
    AttachmentsPanel* panel = panelOf(f);
    CHECK(tabTitle(f) == QStringLiteral("&Attachments"));
    CHECK_FALSE(f.action("removeAttachmentAction")->isEnabled()); // nothing selected

    addThroughMenu(f, files.path(), { QStringLiteral("letter.txt"), QStringLiteral("scan.bin") });
    REQUIRE(test::waitFor([&] { return panel->attachmentList()->topLevelItemCount() == 2; }));
    CHECK(listedNames(panel) == QStringList { QStringLiteral("letter.txt"), QStringLiteral("scan.bin") });
    CHECK(tabTitle(f) == QStringLiteral("&Attachments (2)"));
    CHECK(stored(f).size() == 2);
    CHECK(f.window->statusBar()->currentMessage().contains(QLatin1String("2 added")));
    CHECK(panel->attachmentList()->topLevelItem(1)->text(2).contains(QLatin1String("kB")));
    CHECK(panel->attachmentList()->topLevelItem(0)->text(4) == QStringLiteral("Amara Quillfeather"));
    CHECK(f.action("removeAttachmentAction")->isEnabled());
    CHECK(f.action("openAttachmentAction")->isEnabled());
    REQUIRE(test::waitFor([&] { return timelineMentions(f, QStringLiteral("letter.txt")); }));
    CHECK(timelineMentions(f, QStringLiteral("scan.bin")));

    SECTION("Enter in the list opens the selected attachment in the viewer")
    {
        QTabWidget* tabs = f.queryPage()->detailPane()->tabs();
        tabs->tabBar()->setCurrentIndex(tabs->indexOf(panel));
        panel->selectAttachment(stored(f).back().id);
        REQUIRE(test::activate(f.window.get()));
        panel->attachmentList()->setFocus();
        QTest::keyClick(panel->attachmentList(), Qt::Key_Return);
        auto* viewer = f.dialog<AttachmentViewer>("attachmentViewer");
        CHECK(viewer->parent() != nullptr); // belongs to the page: a lock closes it
        viewer->close();
    }
    SECTION("the same content again is refused, naming the attachment that holds it, and nothing is added")
    {
        QFile::copy(files.file(QStringLiteral("letter.txt")), files.file(QStringLiteral("copy of letter.txt")));
        addThroughMenu(f, files.path(), { QStringLiteral("copy of letter.txt") });
        const QString text = test::answerMessageBox(QMessageBox::Ok);
        CHECK(text.contains(QLatin1String("1 refused")));
        CHECK(text.contains(QLatin1String("copy of letter.txt")));
        CHECK(text.contains(QLatin1String("letter.txt")));
        CHECK(stored(f).size() == 2);
        CHECK(panel->attachmentList()->topLevelItemCount() == 2);
    }
    SECTION("Remove… asks first, naming the file: declined keeps it, accepted (Delete in the list) removes it")
    {
        // The Attachments tab, as a click on it shows it.
        QTabWidget* tabs = f.queryPage()->detailPane()->tabs();
        tabs->tabBar()->setCurrentIndex(tabs->indexOf(panel));
        panel->selectAttachment(stored(f).front().id);
        REQUIRE(test::activate(f.window.get()));
        panel->attachmentList()->setFocus();
        QTest::keyClick(panel->attachmentList(), Qt::Key_Delete);
        QString asked = test::answerMessageBox(QMessageBox::No);
        CHECK(asked.contains(QLatin1String("letter.txt")));
        CHECK(stored(f).size() == 2);
        panel->attachmentList()->setFocus();
        QTest::keyClick(panel->attachmentList(), Qt::Key_Delete);
        asked = test::answerMessageBox(QMessageBox::Yes);
        CHECK(asked.contains(QLatin1String("letter.txt")));
        REQUIRE(test::waitFor([&] { return panel->attachmentList()->topLevelItemCount() == 1; }));
        CHECK(listedNames(panel) == QStringList { QStringLiteral("scan.bin") });
        CHECK(stored(f).size() == 1);
        CHECK(tabTitle(f) == QStringLiteral("&Attachments (1)"));
    }
    SECTION("Edit Description… saves the text; someone else's change first is shown as a conflict")
    {
        panel->selectAttachment(stored(f).front().id);
        f.action("editAttachmentDescriptionAction")->trigger();
        auto* dialog = f.dialog<QDialog>("attachmentDescriptionDialog");
        auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("attachmentDescriptionEdit"));
        REQUIRE(edit != nullptr);
        // Another window saves a description meanwhile.
        const attachments::Attachment first = stored(f).front();
        REQUIRE(f.window->session()->attachments().setDescription(first.id, QStringLiteral("Theirs"), first.version));
        edit->setPlainText(QStringLiteral("The ministry's letter of 2 January"));
        dialog->accept();
        auto* banner = dialog->findChild<ConflictBanner*>();
        REQUIRE(banner != nullptr);
        CHECK(banner->isVisible());
        CHECK(stored(f).front().description == QStringLiteral("Theirs"));
        // Save Mine Anyway.
        QTest::mouseClick(banner->overwriteButton(), Qt::LeftButton);
        REQUIRE(test::waitFor(
            [&] { return f.window->findChild<QDialog*>(QStringLiteral("attachmentDescriptionDialog")) == nullptr; }));
        CHECK(stored(f).front().description == QStringLiteral("The ministry's letter of 2 January"));
        REQUIRE(test::waitFor([&] {
            return panel->attachmentList()->topLevelItem(0)->text(5)
                == QStringLiteral("The ministry's letter of 2 January");
        }));
    }
}

TEST_CASE("a file dropped on the query detail pane is added and a folder or an address is refused")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedQuery);
    f.showView(queries::QueryView::All);
    f.select(kReference);
    test::TempDir files;
    const QString letter = textFile(files, QStringLiteral("dropped.txt"), "A dropped letter.\n");
    const QString folder = files.file(QStringLiteral("folder"));
    REQUIRE(QDir().mkdir(folder));
    AttachmentsPanel* panel = panelOf(f);

    dropOnPane(f, { QUrl::fromLocalFile(letter) });
    REQUIRE(test::waitFor([&] { return panel->attachmentList()->topLevelItemCount() == 1; }));
    CHECK(listedNames(panel) == QStringList { QStringLiteral("dropped.txt") });

    dropOnPane(f, { QUrl::fromLocalFile(folder), QUrl(QStringLiteral("https://example.org/letter.pdf")) });
    const QString text = test::answerMessageBox(QMessageBox::Ok);
    CHECK(text.contains(QLatin1String("2 refused")));
    CHECK(text.contains(QLatin1String("folder")));
    CHECK(text.contains(QLatin1String("example.org")));
    CHECK(stored(f).size() == 1);
}

TEST_CASE("a large add shows its progress and a Cancel leaves nothing, and a lock waits for the end of an add")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedQuery);
    f.showView(queries::QueryView::All);
    f.select(kReference);
    test::TempDir files;
    randomFile(files, QStringLiteral("large.bin"), 20 * 1024 * 1024);
    AttachmentsPanel* panel = panelOf(f);
    bool ran = false;
    std::function<void()> during;
    QTimer poll;
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!ran && progressDialog(f)) {
            ran = true;
            poll.stop();
            during();
        }
    });

    SECTION("cancelled from the progress dialog")
    {
        during = [&] { progressDialog(f)->cancel(); };
        poll.start();
        addThroughMenu(f, files.path(), { QStringLiteral("large.bin") });
        REQUIRE(test::waitFor([&] { return ran && progressDialog(f) == nullptr; }));
        CHECK(stored(f).empty());
        CHECK(panel->attachmentList()->topLevelItemCount() == 0);
        CHECK(f.window->statusBar()->currentMessage().contains(QLatin1String("nothing was attached")));
        CHECK_FALSE(timelineMentions(f, QStringLiteral("large.bin")));
    }
    SECTION("a lock asked for meanwhile comes once the file is in")
    {
        bool lockedDuringAdd = true;
        during = [&] {
            f.window->lock();
            lockedDuringAdd = f.window->isLocked();
        };
        poll.start();
        addThroughMenu(f, files.path(), { QStringLiteral("large.bin") });
        REQUIRE(test::waitFor([&] { return ran && f.window->isLocked(); }));
        CHECK_FALSE(lockedDuringAdd);
        f.unlock(f.path);
        REQUIRE(stored(f).size() == 1);
        CHECK(stored(f).front().size == 20 * 1024 * 1024);
    }
}

TEST_CASE("a file over the limit set in Settings is refused before anything is written")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedQuery);
    f.showView(queries::QueryView::All);
    f.select(kReference);
    test::TempDir files;
    randomFile(files, QStringLiteral("big.bin"), 2 * 1024 * 1024);

    f.window->showSettings();
    SettingsDialog* settings = nullptr;
    REQUIRE(test::waitFor([&] { return (settings = f.window->findChild<SettingsDialog*>()) != nullptr; }));
    auto* limit = settings->findChild<QSpinBox*>(QStringLiteral("attachmentMaxSizeSpin"));
    REQUIRE(limit != nullptr);
    CHECK(limit->value() == 256);
    limit->setValue(1);
    settings->accept();
    CHECK(f.settings.attachmentMaxMiB() == 1);
    CHECK(f.window->session()->attachments().maxBytes() == 1024 * 1024);

    const qint64 vaultSize = QFileInfo(f.path).size();
    addThroughMenu(f, files.path(), { QStringLiteral("big.bin") });
    const QString text = test::answerMessageBox(QMessageBox::Ok);
    CHECK(text.contains(QLatin1String("big.bin")));
    CHECK(text.contains(QLatin1String("1 refused")));
    CHECK(stored(f).empty());
    CHECK(QFileInfo(f.path).size() == vaultSize);
    CHECK_FALSE(timelineMentions(f, QStringLiteral("big.bin")));

    // The next unlock takes the limit from the setting too.
    f.window->lock();
    f.unlock(f.path);
    CHECK(f.window->session()->attachments().maxBytes() == 1024 * 1024);
}

TEST_CASE("Vault Compact reports the space given back and the vault still opens")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedQuery);
    f.showView(queries::QueryView::All);
    f.select(kReference);
    test::TempDir files;
    randomFile(files, QStringLiteral("kept.bin"), 200 * 1024);
    randomFile(files, QStringLiteral("removed.bin"), 3 * 1024 * 1024);
    AttachmentsPanel* panel = panelOf(f);
    addThroughMenu(f, files.path(), { QStringLiteral("kept.bin"), QStringLiteral("removed.bin") });
    REQUIRE(test::waitFor([&] { return panel->attachmentList()->topLevelItemCount() == 2; }));
    panel->selectAttachment(stored(f).back().id);
    f.action("removeAttachmentAction")->trigger();
    test::answerMessageBox(QMessageBox::Yes);
    REQUIRE(test::waitFor([&] { return panel->attachmentList()->topLevelItemCount() == 1; }));
    const qint64 before = QFileInfo(f.path).size();

    QAction* compact = f.window->findChild<QAction*>(QStringLiteral("compactAction"));
    REQUIRE(compact != nullptr);
    REQUIRE(compact->isEnabled());
    compact->trigger();
    const QString asked = test::answerMessageBox(QMessageBox::Yes);
    CHECK(asked.contains(QLatin1String("MB")));
    const QString reported = test::answerMessageBox(QMessageBox::Ok);
    CHECK(reported.contains(QLatin1String("compacted")));
    CHECK(QFileInfo(f.path).size() < before - 2 * 1024 * 1024);

    f.window->lock();
    f.unlock(f.path);
    REQUIRE(stored(f).size() == 1);
    CHECK(stored(f).front().fileName == QStringLiteral("kept.bin"));
    auto bytes = f.window->session()->attachments().readAll(stored(f).front().id);
    REQUIRE(bytes);
    CHECK(bytes->size() == 200 * 1024);
}

TEST_CASE("a search for a word only in a text attachment lists the query and says where it was found")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        seed.create(QStringLiteral("Accession to the Convention"));
        seed.create(QStringLiteral("Prison visits"));
    });
    f.showView(queries::QueryView::All);
    f.select(kReference);
    test::TempDir files;
    textFile(files, QStringLiteral("minutes.txt"), "The minutes mention the Zanzibarite protocol.\n");
    AttachmentsPanel* panel = panelOf(f);
    addThroughMenu(f, files.path(), { QStringLiteral("minutes.txt") });
    REQUIRE(test::waitFor([&] { return panel->attachmentList()->topLevelItemCount() == 1; }));

    test::type(f.queryPage()->searchEdit(), QStringLiteral("zanzibarite"));
    REQUIRE(test::waitFor([&] { return f.listedReferences() == QStringList { kReference }; }));
    f.select(kReference);
    QLabel* overview = f.queryPage()->detailPane()->foundInAttachmentsLabel();
    REQUIRE(test::waitFor([&] { return !overview->isHidden(); }));
    CHECK(overview->text() == QStringLiteral("Found in attachment minutes.txt"));
    CHECK(!panel->foundLabel()->isHidden());
    CHECK(panel->foundLabel()->text().contains(QLatin1String("minutes.txt")));

    // A word of the query's own text: nothing said about attachments.
    f.queryPage()->searchEdit()->clear();
    test::type(f.queryPage()->searchEdit(), QStringLiteral("accession"));
    REQUIRE(test::waitFor([&] { return f.listedReferences() == QStringList { kReference }; }));
    REQUIRE(test::waitFor([&] { return overview->isHidden(); }));
}

} // namespace attachments_ui_test

namespace attachments_ui_test {

namespace {

// The timeline's item whose text holds `summary`, made current as a click makes it.
void selectTimelineEntry(test::WorkspaceFixture& f, const QString& summary)
{
    QTreeWidget* timeline = f.queryPage()->detailPane()->timelineList();
    QTreeWidgetItem* item = nullptr;
    REQUIRE(test::waitFor([&] {
        for (int column = 0; column < timeline->columnCount() && !item; ++column) {
            const auto found = timeline->findItems(summary, Qt::MatchContains | Qt::MatchRecursive, column);
            if (!found.isEmpty())
                item = found.front();
        }
        return item != nullptr;
    }));
    timeline->setCurrentItem(item);
}

QAction* timelineAction(test::WorkspaceFixture& f, const char* name)
{
    for (QAction* each : f.queryPage()->detailPane()->timelineList()->actions()) {
        if (each->objectName() == QLatin1String(name))
            return each;
    }
    FAIL("no action " << name << " in the timeline's context menu");
    return nullptr;
}

} // namespace

TEST_CASE("Attach File to This Entry and Link to Timeline Entry tie an attachment to an entry of the query")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedQuery);
    f.showView(queries::QueryView::All);
    f.select(kReference);
    Session& session = *f.window->session();
    casefile::NewEntry email;
    email.kind = casefile::EntryKind::EmailReceived;
    email.summary = QStringLiteral("Note verbale of the ministry");
    const auto logged = session.queries().addEntry(f.query(kReference).id, email);
    REQUIRE(logged);
    const QString label = attachments::AttachmentText::entryLabel(logged.value());
    test::TempDir files;
    textFile(files, QStringLiteral("note verbale.txt"), "The ministry's note verbale.\n");
    AttachmentsPanel* panel = panelOf(f);

    // The timeline's context menu: the file chosen is attached to the entry selected.
    selectTimelineEntry(f, email.summary);
    QAction* attach = timelineAction(f, "attachToEntryAction");
    REQUIRE(attach->isEnabled());
    attach->trigger();
    chooseFiles(files.path(), { QStringLiteral("note verbale.txt") });
    REQUIRE(test::waitFor([&] { return panel->attachmentList()->topLevelItemCount() == 1; }));
    REQUIRE(stored(f).size() == 1);
    CHECK(stored(f).front().entryId == logged->id);
    CHECK(panel->attachmentList()->topLevelItem(0)->text(6) == label);
    CHECK(label.startsWith(QStringLiteral("E-mail received ")));

    // Link to Timeline Entry… (the Query menu's and the list's action): None, then the entry again.
    panel->selectAttachment(stored(f).front().id);
    QAction* link = f.action("linkAttachmentEntryAction");
    CHECK(panel->attachmentList()->actions().contains(link));
    REQUIRE(link->isEnabled());
    link->trigger();
    auto* dialog = f.dialog<QDialog>("attachmentEntryDialog");
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("attachmentEntryCombo"));
    REQUIRE(combo != nullptr);
    CHECK(combo->currentText() == label);
    CHECK(combo->findText(QStringLiteral("Attachment"), Qt::MatchContains) < 0); // not the files' own records
    combo->setCurrentIndex(0); // None
    dialog->accept();
    REQUIRE(test::waitFor([&] { return !stored(f).front().entryId.has_value(); }));
    REQUIRE(test::waitFor([&] { return panel->attachmentList()->topLevelItem(0)->text(6).isEmpty(); }));
    REQUIRE(test::waitFor([&] { return timelineMentions(f, QStringLiteral("no longer linked")); }));

    panel->selectAttachment(stored(f).front().id);
    link->trigger();
    dialog = f.dialog<QDialog>("attachmentEntryDialog");
    combo = dialog->findChild<QComboBox*>(QStringLiteral("attachmentEntryCombo"));
    REQUIRE(combo != nullptr);
    CHECK(combo->currentIndex() == 0);
    const int index = combo->findText(label);
    REQUIRE(index > 0);
    combo->setCurrentIndex(index);
    dialog->accept();
    REQUIRE(test::waitFor([&] { return stored(f).front().entryId == logged->id; }));
    REQUIRE(test::waitFor([&] { return panel->attachmentList()->topLevelItem(0)->text(6) == label; }));
}

TEST_CASE("the attachments list shows name type size and date at 1400 px with the name taking the room left")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedQuery);
    f.showView(queries::QueryView::All);
    f.select(kReference);
    test::TempDir files;
    textFile(files, QStringLiteral("a letter with a rather long file name from the ministry.txt"), "Letter.\n");
    randomFile(files, QStringLiteral("scan.bin"), 300 * 1024);
    AttachmentsPanel* panel = panelOf(f);
    addThroughMenu(f, files.path(),
        { QStringLiteral("a letter with a rather long file name from the ministry.txt"), QStringLiteral("scan.bin") });
    REQUIRE(test::waitFor([&] { return panel->attachmentList()->topLevelItemCount() == 2; }));
    const attachments::Attachment first = stored(f).front();
    REQUIRE(f.window->session()->attachments().setDescription(first.id,
        QStringLiteral("A very long description of the letter that the ministry sent about the accession, "
                       "with every detail of its annexes and the draft law it encloses."),
        first.version));

    f.window->resize(1400, 900);
    QTabWidget* tabs = f.queryPage()->detailPane()->tabs();
    tabs->tabBar()->setCurrentIndex(tabs->indexOf(panel));
    QTreeWidget* list = panel->attachmentList();
    QHeaderView* header = list->header();
    REQUIRE(test::waitFor([&] { return list->isVisible() && list->viewport()->width() > 0; }));
    QApplication::processEvents();
    const int width = list->viewport()->width();
    INFO("viewport " << width);
    // Name, type, size and date wholly in sight; the columns after them reachable by scrolling.
    for (int column = 0; column < 4; ++column) {
        INFO("column " << column << " at " << header->sectionViewportPosition(column) << " of "
                       << header->sectionSize(column));
        CHECK(header->sectionViewportPosition(column) >= 0);
        CHECK(header->sectionViewportPosition(column) + header->sectionSize(column) <= width);
    }
    CHECK(header->length() <= width + list->horizontalScrollBar()->maximum());
    // Type, size and date as wide as their contents; the name takes the room left.
    CHECK(header->sectionResizeMode(0) == QHeaderView::Stretch);
    for (int column : { 1, 2, 3 }) {
        CHECK(header->sectionResizeMode(column) == QHeaderView::ResizeToContents);
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QString text = list->topLevelItem(row)->text(column);
            INFO("column " << column << ": " << text.toStdString());
            CHECK(list->fontMetrics().horizontalAdvance(text) < header->sectionSize(column));
        }
    }
}

} // namespace attachments_ui_test
