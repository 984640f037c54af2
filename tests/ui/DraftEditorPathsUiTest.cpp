// The draft editor's paths beyond the main flow (issue 11), through the user's path: Ctrl+S when
// someone saved a version meanwhile and each choice of the conflict banner, the self-clearance of
// the only adviser of a vault, Export Draft as ODF and plain text through the file chooser (and
// the chooser cancelled), Insert from Precedents from the editor's Insert menu, and the
// placeholder report of New Draft for a query that lacks a value.
#include "WorkspaceFixture.h"
#include "advisers/AdviserService.h"
#include "advisers/ChooseAdviserDialog.h"
#include "casefile/CaseRecord.h"
#include "casefile/DisclosureRecord.h"
#include "common/ConflictBanner.h"
#include "common/InlineError.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftService.h"
#include "drafts/DraftStepDialog.h"
#include "drafts/DraftTextEdit.h"
#include "drafts/DraftsPanel.h"
#include "drafts/NewDraftDialog.h"
#include "library/PrecedentsDialog.h"
#include "pending/PendingEditService.h"
#include "queries/QueryDetailPane.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <sys/stat.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace draft_editor_paths_ui_test {

using namespace advicehub;
using namespace advicehub::drafts;
using namespace advicehub::ui;

namespace {

const QString kAmara = QStringLiteral("Amara Quillfeather");
const QString kHana = QStringLiteral("Hana Okonkwo-Reyes");
const QString kReference = QStringLiteral("AH-2026-0001");

// A draft of `html` for the query, written by the seed's acting adviser.
Draft newDraft(Session& session, qint64 queryId, const QString& title, const QString& html)
{
    DraftInput input;
    input.queryId = queryId;
    input.title = title;
    input.html = html;
    Result<Draft> draft = session.drafts().create(input);
    INFO((draft ? QString() : draft.error().message).toStdString());
    REQUIRE(draft.ok());
    return draft.value();
}

// A query with one draft of `html`, written by the first adviser.
std::function<void(test::VaultSeed&)> oneDraft(qint64& draftId, const QString& html)
{
    return [&draftId, html](test::VaultSeed& seed) {
        const qint64 queryId = seed.create(QStringLiteral("Accession to the Convention"));
        draftId = newDraft(*seed.session, queryId, QStringLiteral("Answer"), html).id;
    };
}

// Answers the "who is working" dialog a vault with several advisers asks at unlock.
void chooseAdviser(test::WorkspaceFixture& f, const QString& name)
{
    auto* choose = f.dialog<ChooseAdviserDialog>("chooseAdviserDialog");
    const QList<QListWidgetItem*> found = choose->adviserList()->findItems(name, Qt::MatchStartsWith);
    REQUIRE(found.size() == 1);
    choose->adviserList()->setCurrentItem(found.first());
    choose->accept();
    REQUIRE(test::waitFor([&] {
        const auto* open = f.window->findChild<ChooseAdviserDialog*>();
        return open == nullptr || !open->isVisible();
    }));
}

Draft stored(test::WorkspaceFixture& f, qint64 id)
{
    Result<Draft> draft = f.window->session()->drafts().get(id);
    REQUIRE(draft.ok());
    return draft.value();
}

QString versionText(test::WorkspaceFixture& f, qint64 id, int number)
{
    Result<DraftVersion> version = f.window->session()->drafts().version(id, number);
    REQUIRE(version.ok());
    return version->text;
}

size_t timelineSize(test::WorkspaceFixture& f, const QString& reference)
{
    const auto entries = f.window->session()->queries().timeline(f.query(reference).id);
    REQUIRE(entries.ok());
    return entries->size();
}

size_t disclosureCount(test::WorkspaceFixture& f)
{
    const auto all = f.window->session()->caseRecord().disclosures().list();
    REQUIRE(all.ok());
    return all->size();
}

int keptDraftTexts(test::WorkspaceFixture& f)
{
    const auto edits = f.window->session()->pendingEdits().list();
    REQUIRE(edits.ok());
    return static_cast<int>(std::count_if(edits->begin(), edits->end(),
        [](const pending::PendingEdit& edit) { return edit.kind == pending::PendingKind::DraftText; }));
}

// Opens the draft of the selected query from its Drafts tab (Open Draft), as a user would.
DraftEditor* openDraft(test::WorkspaceFixture& f, const QString& reference, qint64 draftId)
{
    f.showView(queries::QueryView::All);
    f.select(reference);
    QueryDetailPane* pane = f.queryPage()->detailPane();
    pane->showDrafts();
    QTreeWidget* list = pane->draftsPanel()->draftList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == draftId)
            list->setCurrentItem(list->topLevelItem(i));
    }
    REQUIRE(list->currentItem() != nullptr);
    f.action("openDraftAction")->trigger();
    // The only editor open in these tests.
    auto* editor = f.dialog<DraftEditor>("draftEditor");
    REQUIRE(editor->draftId() == draftId);
    return editor;
}

// The editor's window active and its text focused, as after a click into it; typing at the end.
void typeAtEnd(DraftEditor* editor, const QString& text)
{
    REQUIRE(test::activate(editor));
    editor->textEdit()->setFocus();
    editor->textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor->textEdit(), text);
}

void pressInEditor(DraftEditor* editor, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    REQUIRE(test::activate(editor));
    editor->textEdit()->setFocus();
    QTest::keyClick(editor->textEdit(), key, modifiers);
}

// A push button of a dialog's button box, by its standard role.
QPushButton* standardButton(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box != nullptr);
    QPushButton* button = box->button(which);
    REQUIRE(button != nullptr);
    return button;
}

} // namespace

TEST_CASE("Ctrl+S after someone saved a version meanwhile shows the conflict, and each choice keeps every version")
{
    qint64 draftId = 0;
    test::WorkspaceFixture f({ kAmara }, oneDraft(draftId, QStringLiteral("<p>First text.</p>")));
    DraftEditor* editor = openDraft(f, kReference, draftId);
    Session& session = *f.window->session();
    REQUIRE_FALSE(editor->conflictBanner()->isVisible());

    // Typed here and kept as unsaved work; meanwhile another window saves version 2.
    typeAtEnd(editor, QStringLiteral(" Mine."));
    QMetaObject::invokeMethod(editor->autosaveTimer(), "timeout");
    REQUIRE(keptDraftTexts(f) == 1);
    const Draft before = stored(f, draftId);
    REQUIRE(
        session.drafts()
            .save(draftId, QStringLiteral("<p>First text. Theirs.</p>"), QStringLiteral("other window"), before.version)
            .ok());
    REQUIRE(stored(f, draftId).latestVersion == 2);
    // The editor keeps the text being typed (it does not reload over it).
    CHECK(editor->textEdit()->toPlainText() == QStringLiteral("First text. Mine."));

    // Ctrl+S: nothing saved, the banner says why and offers the two choices; no box to dismiss.
    pressInEditor(editor, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(editor->conflictBanner()->isVisible());
    CHECK_FALSE(editor->conflictBanner()->label()->text().isEmpty());
    CHECK(editor->conflictBanner()->reloadButton()->isVisible());
    CHECK(editor->conflictBanner()->overwriteButton()->isVisible());
    CHECK(test::visibleMessageBox() == nullptr);
    CHECK(stored(f, draftId).latestVersion == 2);
    CHECK(versionText(f, draftId, 2).contains(QLatin1String("Theirs")));
    CHECK(editor->hasUnsavedChanges());
    CHECK(editor->textEdit()->toPlainText() == QStringLiteral("First text. Mine."));

    SECTION("Save Mine Anyway: the text typed here becomes version 3; theirs stays as version 2")
    {
        QTest::mouseClick(editor->conflictBanner()->overwriteButton(), Qt::LeftButton);
        REQUIRE(test::waitFor([&] { return stored(f, draftId).latestVersion == 3; }));
        CHECK(versionText(f, draftId, 3).contains(QLatin1String("Mine.")));
        CHECK_FALSE(versionText(f, draftId, 3).contains(QLatin1String("Theirs")));
        CHECK(versionText(f, draftId, 2).contains(QLatin1String("Theirs")));
        CHECK(versionText(f, draftId, 1).trimmed() == QStringLiteral("First text."));
        CHECK_FALSE(editor->conflictBanner()->isVisible());
        CHECK_FALSE(editor->hasUnsavedChanges());
        CHECK(keptDraftTexts(f) == 0); // saved: the kept copy is gone
        CHECK(editor->windowTitle().contains(QLatin1String("version 3")));
    }
    SECTION("Reload Their Version: version 2 is shown, nothing is saved, the typed text is dropped")
    {
        QTest::mouseClick(editor->conflictBanner()->reloadButton(), Qt::LeftButton);
        REQUIRE(test::waitFor([&] { return !editor->conflictBanner()->isVisible(); }));
        CHECK(editor->textEdit()->toPlainText() == QStringLiteral("First text. Theirs."));
        CHECK_FALSE(editor->hasUnsavedChanges());
        CHECK(stored(f, draftId).latestVersion == 2);
        CHECK(keptDraftTexts(f) == 0); // the user chose to drop it
        // Editing goes on from version 2: the next save is version 3, without a conflict.
        typeAtEnd(editor, QStringLiteral(" Agreed."));
        pressInEditor(editor, Qt::Key_S, Qt::ControlModifier);
        REQUIRE(test::waitFor([&] { return stored(f, draftId).latestVersion == 3; }));
        CHECK(versionText(f, draftId, 3).trimmed() == QStringLiteral("First text. Theirs. Agreed."));
        CHECK_FALSE(editor->conflictBanner()->isVisible());
    }
}

TEST_CASE("the only adviser of a vault, a head, clears their own version only with a justification of 20 characters")
{
    qint64 draftId = 0;
    test::WorkspaceFixture f({}, [&](test::VaultSeed& seed) {
        Session& session = *seed.session;
        const Result<advisers::Adviser> head = session.advisers().add(kHana, advisers::Role::Head);
        REQUIRE(head.ok());
        REQUIRE(session.reloadReferenceData().ok());
        session.caseRecord().setActor(head->id);
        const Draft written = newDraft(session, seed.create(QStringLiteral("Accession to the Convention")),
            QStringLiteral("Answer"), QStringLiteral("<p>The answer of the Secretariat.</p>"));
        Result<Draft> draft = session.drafts().submit(written.id, QString(), written.version);
        REQUIRE(draft.ok());
        draftId = draft->id;
    });
    DraftEditor* editor = openDraft(f, kReference, draftId);
    Session& session = *f.window->session();
    REQUIRE(session.currentAdviserId().has_value());
    const size_t timelineBefore = timelineSize(f, kReference);
    const auto stepsBefore = session.drafts().steps(draftId);
    REQUIRE(stepsBefore.ok());

    // Draft > Clear…: the dialog asks for the justification and says the rule.
    QAction* clear = editor->action(QStringLiteral("clearDraftAction"));
    REQUIRE(clear->isVisible());
    REQUIRE(clear->isEnabled());
    clear->trigger();
    auto* step = f.dialog<DraftStepDialog>("draftStepDialog");
    REQUIRE(step->justificationEdit() != nullptr);
    QPushButton* ok = standardButton(step, QDialogButtonBox::Ok);

    // 19 characters: refused with the core's message; nothing recorded, the dialog stays.
    test::type(step->justificationEdit(), QStringLiteral("Nineteen characters"));
    REQUIRE(step->justificationEdit()->toPlainText().size() == 19);
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(step->errorLabel()->isVisible());
    CHECK(step->errorLabel()->text().contains(QLatin1String("20")));
    CHECK(step->isVisible());
    CHECK(stored(f, draftId).state == DraftState::Submitted);
    CHECK(timelineSize(f, kReference) == timelineBefore);
    CHECK(session.drafts().steps(draftId)->size() == stepsBefore->size());

    // A real reason: cleared, marked as a self-clearance, the reason kept with the step.
    const QString reason = QStringLiteral("The Secretariat has a single adviser this month.");
    step->justificationEdit()->clear();
    test::type(step->justificationEdit(), reason);
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(test::waitFor([&] { return f.window->findChild<DraftStepDialog*>() == nullptr; }));
    const Draft cleared = stored(f, draftId);
    CHECK(cleared.state == DraftState::Cleared);
    CHECK(cleared.selfCleared);
    CHECK(cleared.clearedByName == kHana);
    const auto steps = session.drafts().steps(draftId);
    REQUIRE(steps.ok());
    REQUIRE(steps->size() == stepsBefore->size() + 1);
    CHECK(steps->back().selfCleared);
    CHECK(steps->back().comment.contains(reason));
    CHECK(timelineSize(f, kReference) > timelineBefore);
    // The editor says so where the state is shown.
    CHECK(editor->banner()->text().contains(QLatin1String("self-cleared")));
}

TEST_CASE("Export Draft (Ctrl+Shift+E) writes an owner-only ODF or text file and records it, and a cancelled "
          "chooser writes nothing")
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty()) {
        std::cerr << "SKIPPED: unzip is not installed (scripts/packages.txt lists it); the ODF export's content "
                     "cannot be read\n";
        std::exit(77);
    }
    qint64 draftId = 0;
    test::WorkspaceFixture f(
        { kAmara }, oneDraft(draftId, QStringLiteral("<p>The <b>answer</b> of the Secretariat.</p>")));
    DraftEditor* editor = openDraft(f, kReference, draftId);
    const size_t timelineBefore = timelineSize(f, kReference);
    const size_t disclosuresBefore = disclosureCount(f);
    // Ctrl+Shift+E, the format and the file answered in the chooser: the file is there, owner-only,
    // and recorded once on the timeline and in the disclosure record (its name, never its text).
    const auto exportAs = [&](const QString& name, const QString& filter) {
        const QString path = f.dir.file(name);
        pressInEditor(editor, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        test::answerFileDialog(path, filter);
        REQUIRE(test::waitFor([&] { return QFileInfo::exists(path); }));
        struct stat info { };
        REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
        CHECK(timelineSize(f, kReference) == timelineBefore + 1);
        REQUIRE(disclosureCount(f) == disclosuresBefore + 1);
        const casefile::Disclosure last = f.window->session()->caseRecord().disclosures().list()->back();
        CHECK(last.document == QStringLiteral("draft"));
        CHECK(last.fileName == name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };

    SECTION("ODF text")
    {
        const QByteArray odt = exportAs(QStringLiteral("answer.odt"), QStringLiteral("ODF text (*.odt)"));
        // A zip whose first entry is the uncompressed mimetype of an ODF text document.
        CHECK(odt.left(4) == QByteArray("PK\x03\x04", 4));
        CHECK(odt.mid(30, 8) == "mimetype");
        CHECK(odt.contains("application/vnd.oasis.opendocument.text"));
        QProcess process;
        process.start(
            unzip, { QStringLiteral("-p"), f.dir.file(QStringLiteral("answer.odt")), QStringLiteral("content.xml") });
        REQUIRE(process.waitForFinished(30000));
        REQUIRE(process.exitCode() == 0);
        const QString content = QString::fromUtf8(process.readAllStandardOutput());
        CHECK(content.contains(QLatin1String("answer")));
        CHECK(content.contains(QLatin1String("of the Secretariat.")));
    }
    SECTION("plain text")
    {
        const QString text
            = QString::fromUtf8(exportAs(QStringLiteral("answer.txt"), QStringLiteral("Plain text (*.txt)")));
        CHECK(text.trimmed() == QStringLiteral("The answer of the Secretariat."));
        CHECK_FALSE(text.contains(QLatin1Char('<')));
    }
    SECTION("the chooser cancelled")
    {
        const QStringList filesBefore = QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden);
        pressInEditor(editor, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<QFileDialog> chooser;
        REQUIRE(test::waitFor([&] { return (chooser = test::visibleFileDialog()) != nullptr; }));
        const QString suggested = chooser->selectedFiles().value(0);
        QTest::keyClick(chooser, Qt::Key_Escape);
        REQUIRE(test::waitFor([&] { return chooser.isNull() || !chooser->isVisible(); }));
        CHECK(QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
        CHECK_FALSE(suggested.isEmpty());
        CHECK_FALSE(QFileInfo::exists(suggested));
        CHECK(timelineSize(f, kReference) == timelineBefore);
        CHECK(disclosureCount(f) == disclosuresBefore);
    }
}

namespace {

// A sent answer of a confidential query (written by the adviser, cleared and sent by the head),
// and a draft being written for another query.
struct PrecedentSeed {
    QString sourceReference;
    QString targetReference;
    qint64 targetDraft = 0;
};

std::function<void(test::VaultSeed&)> seedPrecedent(PrecedentSeed& out)
{
    return [&out](test::VaultSeed& seed) {
        Session& session = *seed.session;
        const Result<advisers::Adviser> head = session.advisers().add(kHana, advisers::Role::Head);
        REQUIRE(head.ok());
        REQUIRE(session.reloadReferenceData().ok());
        queries::QueryInput confidential = seed.input(QStringLiteral("Ratification steps"));
        confidential.confidentiality = queries::Confidentiality::Confidential;
        const Result<queries::Query> source = seed.service.create(confidential);
        REQUIRE(source.ok());
        out.sourceReference = source->reference;
        const Draft written = newDraft(session, source->id, QStringLiteral("Answer on ratification"),
            QStringLiteral("<p>A bill in parliament and a <b>zephyrine</b> timetable.</p>"));
        Result<Draft> sent = session.drafts().submit(written.id, QString(), written.version);
        REQUIRE(sent.ok());
        session.caseRecord().setActor(head->id);
        sent = session.drafts().clear(sent->id, QString(), sent->version);
        REQUIRE(sent.ok());
        SendInput send;
        send.channelId = session.lookup().channels().front().id;
        sent = session.drafts().markSent(sent->id, send, sent->version);
        REQUIRE(sent.ok());
        session.caseRecord().setActor(seed.adviserIds.front());

        const Result<queries::Query> target = seed.service.create(seed.input(QStringLiteral("A new question")));
        REQUIRE(target.ok());
        out.targetReference = target->reference;
        out.targetDraft = newDraft(
            session, target->id, QStringLiteral("Draft answer"), QStringLiteral("<p>Dear Sir, Yours sincerely.</p>"))
                              .id;
    };
}

} // namespace

TEST_CASE("Insert from Precedents in the editor puts the sent text at the cursor and records the reuse, not the text")
{
    PrecedentSeed seeded;
    test::WorkspaceFixture f({ kAmara }, seedPrecedent(seeded));
    chooseAdviser(f, kAmara);
    DraftEditor* editor = openDraft(f, seeded.targetReference, seeded.targetDraft);
    const size_t targetBefore = timelineSize(f, seeded.targetReference);
    const size_t sourceBefore = timelineSize(f, seeded.sourceReference);

    // The cursor after "Dear Sir, ", as a click there would put it.
    REQUIRE(test::activate(editor));
    QTextCursor cursor = editor->textEdit()->document()->find(QStringLiteral("Yours"));
    REQUIRE_FALSE(cursor.isNull());
    cursor.setPosition(cursor.selectionStart());
    editor->textEdit()->setTextCursor(cursor);

    // Insert > Insert from Precedents…, a search for a word of the sent answer, the result chosen.
    auto* insertMenu = editor->menuBar()->findChild<QMenu*>(QStringLiteral("draftInsertMenu"));
    REQUIRE(insertMenu != nullptr);
    QAction* fromPrecedents = editor->action(QStringLiteral("insertPrecedentAction"));
    REQUIRE(insertMenu->actions().contains(fromPrecedents));
    REQUIRE(fromPrecedents->isEnabled());
    fromPrecedents->trigger();
    auto* dialog = f.dialog<PrecedentsDialog>("precedentsDialog");
    test::type(dialog->searchField(), QStringLiteral("zephyrine"));
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    REQUIRE(dialog->resultList()->topLevelItemCount() == 1);
    CHECK(dialog->resultList()->topLevelItem(0)->text(0) == seeded.sourceReference);
    dialog->resultList()->setCurrentItem(dialog->resultList()->topLevelItem(0));
    CHECK(dialog->preview()->toPlainText().contains(QLatin1String("zephyrine")));

    SECTION("the confidentiality warning declined: nothing inserted, nothing recorded")
    {
        QTest::mouseClick(dialog->insertButton(), Qt::LeftButton);
        CHECK(test::answerMessageBox(QMessageBox::Cancel).contains(QLatin1String("Insert it anyway")));
        CHECK(dialog->isVisible());
        CHECK(editor->textEdit()->toPlainText() == QStringLiteral("Dear Sir, Yours sincerely."));
        CHECK_FALSE(editor->hasUnsavedChanges());
        CHECK(timelineSize(f, seeded.targetReference) == targetBefore);
        CHECK(timelineSize(f, seeded.sourceReference) == sourceBefore);
    }
    SECTION("accepted: the text lands at the cursor with its allowed formatting; the reuse is on both timelines")
    {
        QTest::mouseClick(dialog->insertButton(), Qt::LeftButton);
        test::answerMessageBox(QMessageBox::Ok);
        REQUIRE(test::waitFor([&] { return f.window->findChild<PrecedentsDialog*>() == nullptr; }));
        const QString text = editor->textEdit()->toPlainText();
        INFO(text.toStdString());
        const qsizetype dear = text.indexOf(QLatin1String("Dear Sir, "));
        const qsizetype inserted = text.indexOf(QLatin1String("A bill in parliament and a zephyrine timetable."));
        const qsizetype yours = text.indexOf(QLatin1String("Yours sincerely."));
        REQUIRE(dear >= 0);
        REQUIRE(inserted > dear);
        REQUIRE(yours > inserted);
        QTextCursor bold = editor->textEdit()->document()->find(QStringLiteral("zephyrine"));
        REQUIRE_FALSE(bold.isNull());
        CHECK(bold.charFormat().fontWeight() == QFont::Bold);
        CHECK(editor->hasUnsavedChanges());

        REQUIRE(timelineSize(f, seeded.targetReference) == targetBefore + 1);
        REQUIRE(timelineSize(f, seeded.sourceReference) == sourceBefore + 1);
        const auto entries = f.window->session()->queries().timeline(f.query(seeded.targetReference).id);
        REQUIRE(entries.ok());
        bool found = false;
        for (const casefile::TimelineEntry& entry : entries.value()) {
            if (entry.summary.contains(seeded.sourceReference) && entry.summary.contains(QLatin1String("reused"))) {
                found = true;
                CHECK_FALSE(entry.summary.contains(QLatin1String("zephyrine")));
                CHECK_FALSE(entry.body.contains(QLatin1String("zephyrine")));
            }
        }
        CHECK(found);

        // Saved (Ctrl+S), the inserted text is version 2 of the draft.
        pressInEditor(editor, Qt::Key_S, Qt::ControlModifier);
        REQUIRE(test::waitFor([&] { return stored(f, seeded.targetDraft).latestVersion == 2; }));
        CHECK(versionText(f, seeded.targetDraft, 2).contains(QLatin1String("zephyrine timetable")));
    }
}

TEST_CASE("New Draft reports the placeholders the query cannot fill before creating, and the draft keeps a marker")
{
    test::WorkspaceFixture f({ kAmara }, [](test::VaultSeed& seed) {
        // A query without a contact: {contact_name} and {contact_function} have no value.
        seed.create(QStringLiteral("Accession to the Convention"));
    });
    f.showView(queries::QueryView::All);
    f.select(kReference);
    const qint64 queryId = f.query(kReference).id;
    Session& session = *f.window->session();

    // Query > New Draft… (Ctrl+Shift+D) on the table.
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    f.queryPage()->table()->setFocus();
    QTest::keyClick(f.queryPage()->table(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto* create = f.dialog<NewDraftDialog>("newDraftDialog");
    create->kindBox()->setCurrentIndex(create->kindBox()->findData(static_cast<int>(DraftKind::Acknowledgement)));
    create->languageBox()->setCurrentIndex(create->languageBox()->findData(static_cast<int>(DraftLanguage::English)));
    REQUIRE(create->templateBox()->count() > 1);
    create->templateBox()->setCurrentIndex(1);

    // Before anything is created: the report names the empty placeholders, the preview shows
    // the markers where their values would be.
    REQUIRE(create->placeholderReport()->isVisible());
    const QString report = create->placeholderReport()->text();
    INFO(report.toStdString());
    CHECK(report.contains(QLatin1String("contact_name")));
    CHECK(report.contains(QLatin1String("contact_function")));
    CHECK(create->preview()->toPlainText().contains(QLatin1String("[contact_name?]")));
    CHECK(create->preview()->toPlainText().contains(kReference)); // what it could fill, filled
    CHECK(session.drafts().draftsOf(queryId).empty());

    // Create: the draft holds the markers, never a silently dropped value.
    QTest::mouseClick(standardButton(create, QDialogButtonBox::Ok), Qt::LeftButton);
    REQUIRE(test::waitFor([&] { return f.window->findChild<NewDraftDialog*>() == nullptr; }));
    const std::vector<Draft> drafts = session.drafts().draftsOf(queryId);
    REQUIRE(drafts.size() == 1);
    const QString text = versionText(f, drafts.front().id, 1);
    CHECK(text.contains(QLatin1String("Dear [contact_name?],")));
    CHECK(text.contains(QLatin1String("[contact_function?]")));
    CHECK_FALSE(text.contains(QLatin1String("{contact_name}")));
    CHECK(text.contains(kReference));
}

} // namespace draft_editor_paths_ui_test
