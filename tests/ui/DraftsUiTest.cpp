// Drafts in the desktop application (issue 11), through the user's path: the Query menu's New
// Draft shortcut, the Drafts tab, the draft editor's toolbar, menus and shortcuts, the clearance
// dialogs answered as a user would, Switch Adviser for the four eyes, the lock and the offer of
// kept work after unlock, Export Draft through the file chooser.
#include "WorkspaceFixture.h"
#include "advisers/AdviserService.h"
#include "advisers/ChooseAdviserDialog.h"
#include "casefile/CaseRecord.h"
#include "casefile/CaseTimeline.h"
#include "common/InlineError.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftPropertiesDialog.h"
#include "drafts/DraftService.h"
#include "drafts/DraftStepDialog.h"
#include "drafts/DraftTextEdit.h"
#include "drafts/DraftsPanel.h"
#include "drafts/HtmlSanitizer.h"
#include "drafts/NewDraftDialog.h"
#include "drafts/SpellChecker.h"
#include "drafts/VersionHistoryDialog.h"
#include "library/LibraryService.h"
#include "pending/PendingEditService.h"
#include "pending/PendingEditsDialog.h"
#include "queries/QueryDetailPane.h"
#include "security/Clipboard.h"
#include "session/Session.h"
#include "vault/UnlockWidget.h"

#include <catch2/catch.hpp>

#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <sys/stat.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace drafts_ui_test {

using namespace advicehub;
using namespace advicehub::drafts;
using namespace advicehub::ui;

namespace {

const QString kAmara = QStringLiteral("Amara Quillfeather");
const QString kInes = QStringLiteral("Ines Marchetti");

void seedQueryAndHead(test::VaultSeed& seed)
{
    seed.create(QStringLiteral("Accession to the Convention"));
    REQUIRE(seed.session->advisers().add(kInes, advisers::Role::Head).ok());
}

// Answers the "who is working" dialog (at start, or after Switch Adviser…).
void chooseAdviser(test::WorkspaceFixture& f, const QString& name)
{
    auto* choose = f.dialog<ChooseAdviserDialog>("chooseAdviserDialog");
    const QList<QListWidgetItem*> found = choose->adviserList()->findItems(name, Qt::MatchStartsWith);
    REQUIRE(found.size() == 1);
    choose->adviserList()->setCurrentItem(found.first());
    choose->accept();
    REQUIRE(test::waitFor([&] {
        return f.window->findChild<ChooseAdviserDialog*>() == nullptr
            || !f.window->findChild<ChooseAdviserDialog*>()->isVisible();
    }));
}

void switchAdviser(test::WorkspaceFixture& f, const QString& name)
{
    auto* action = f.window->findChild<QAction*>(QStringLiteral("switchAdviserAction"));
    REQUIRE(action != nullptr);
    action->trigger();
    chooseAdviser(f, name);
}

void pressOnTable(test::WorkspaceFixture& f, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    f.queryPage()->table()->setFocus();
    QTest::keyClick(f.queryPage()->table(), key, modifiers);
}

DraftEditor* editorFor(test::WorkspaceFixture& f, qint64 draftId)
{
    DraftEditor* found = nullptr;
    REQUIRE(test::waitFor([&] {
        for (DraftEditor* editor : f.window->findChildren<DraftEditor*>()) {
            if (editor->isVisible() && editor->draftId() == draftId)
                found = editor;
        }
        return found != nullptr;
    }));
    return found;
}

// The one visible editor whose draft is not `except`.
DraftEditor* otherEditor(test::WorkspaceFixture& f, qint64 except)
{
    DraftEditor* found = nullptr;
    REQUIRE(test::waitFor([&] {
        for (DraftEditor* editor : f.window->findChildren<DraftEditor*>()) {
            if (editor->isVisible() && editor->draftId() != except)
                found = editor;
        }
        return found != nullptr;
    }));
    return found;
}

void clickToolButton(QMainWindow* window, const char* toolBar, QAction* action)
{
    auto* bar = window->findChild<QToolBar*>(QLatin1String(toolBar));
    REQUIRE(bar != nullptr);
    auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action));
    REQUIRE(button != nullptr);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Triggers an editor action through its keyboard shortcut, or its Draft menu entry.
void trigger(DraftEditor* editor, const char* name)
{
    QAction* action = editor->action(QLatin1String(name));
    INFO("action " << name);
    REQUIRE(action != nullptr);
    REQUIRE(action->isVisible());
    REQUIRE(action->isEnabled());
    action->trigger();
}

// Answers the clearance step dialog the editor opened.
void answerStep(test::WorkspaceFixture& f, const QString& comment = {})
{
    auto* step = f.dialog<DraftStepDialog>("draftStepDialog");
    if (!comment.isEmpty())
        test::type(step->commentEdit(), comment);
    step->accept();
    INFO(step->errorLabel()->text().toStdString());
    REQUIRE(test::waitFor([&] { return f.window->findChild<DraftStepDialog*>() == nullptr; }));
}

Draft stored(test::WorkspaceFixture& f, qint64 id)
{
    Result<Draft> draft = f.window->session()->drafts().get(id);
    REQUIRE(draft.ok());
    return draft.value();
}

// The editor's window active and its text focused, as after a click into it (its shortcuts
// work only then).
void focusEditor(DraftEditor* editor)
{
    // Activation arrives through the event loop, and a window shown just before may still take it
    // back: active, and still active once the pending events have run.
    REQUIRE(test::activate(editor));
    editor->textEdit()->setFocus();
}

void typeAtEnd(DraftEditor* editor, const QString& text)
{
    focusEditor(editor);
    editor->textEdit()->moveCursor(QTextCursor::End);
    // Line by line: Return between them, as a user starts a new paragraph.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor->textEdit(), Qt::Key_Return);
        if (!lines.at(i).isEmpty())
            QTest::keyClicks(editor->textEdit(), lines.at(i));
    }
}

QStringList wavyWords(const QTextBlock& block)
{
    QStringList words;
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            words << block.text().mid(range.start, range.length);
    }
    return words;
}

int pendingDraftTexts(test::WorkspaceFixture& f)
{
    const auto edits = f.window->session()->pendingEdits().list();
    REQUIRE(edits.ok());
    int count = 0;
    for (const pending::PendingEdit& edit : edits.value())
        count += edit.kind == pending::PendingKind::DraftText ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("a draft goes from a template to the locked sent text: formatting, spelling, four-eyes clearance")
{
    test::WorkspaceFixture f({ kAmara }, seedQueryAndHead);
    chooseAdviser(f, kAmara);
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    Session& session = *f.window->session();
    const qint64 queryId = f.query(QStringLiteral("AH-2026-0001")).id;

    // New Draft (Ctrl+Shift+D) from a template of the kind and language: filled from the query.
    pressOnTable(f, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto* create = f.dialog<NewDraftDialog>("newDraftDialog");
    create->kindBox()->setCurrentIndex(create->kindBox()->findData(static_cast<int>(DraftKind::Acknowledgement)));
    create->languageBox()->setCurrentIndex(create->languageBox()->findData(static_cast<int>(DraftLanguage::English)));
    REQUIRE(create->templateBox()->count() > 1); // the seeded acknowledgement of receipt
    create->templateBox()->setCurrentIndex(1);
    CHECK(create->preview()->toPlainText().contains(QLatin1String("AH-2026-0001")));
    create->titleEdit()->setText(QStringLiteral("Acknowledgement"));
    create->accept();
    REQUIRE(test::waitFor([&] { return f.window->findChild<NewDraftDialog*>() == nullptr; }));
    std::vector<Draft> drafts = session.drafts().draftsOf(queryId);
    REQUIRE(drafts.size() == 1);
    const qint64 draftId = drafts.front().id;
    CHECK(drafts.front().templateId.has_value());
    DraftEditor* editor = editorFor(f, draftId);
    CHECK(editor->textEdit()->toPlainText().contains(QLatin1String("AH-2026-0001")));
    // The Drafts tab lists it.
    DraftsPanel* panel = f.queryPage()->detailPane()->draftsPanel();
    REQUIRE(panel->draftList()->topLevelItemCount() == 1);
    CHECK(panel->draftList()->topLevelItem(0)->text(0) == QStringLiteral("Acknowledgement"));

    // Formatting: a new paragraph, its word made bold with the toolbar's Bold.
    typeAtEnd(editor, QStringLiteral("\nImportant"));
    QTextCursor word = editor->textEdit()->textCursor();
    word.movePosition(QTextCursor::StartOfBlock);
    word.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    editor->textEdit()->setTextCursor(word);
    clickToolButton(editor, "formatToolBar", editor->action(QStringLiteral("boldAction")));
    {
        QTextCursor inside = editor->textEdit()->textCursor();
        inside.setPosition(word.selectionStart() + 2);
        CHECK(inside.charFormat().fontWeight() == QFont::Bold);
    }

    // Spelling as you type: the misspelt word gets the red wave, the correct ones do not.
    REQUIRE(editor->spellChecker() != nullptr);
    INFO(editor->spellChecker()->unavailableReason().toStdString());
    REQUIRE(editor->spellChecker()->available());
    typeAtEnd(editor, QStringLiteral("\nWe recieve your letter"));
    const QTextBlock last = editor->textEdit()->document()->lastBlock();
    CHECK(wavyWords(last) == QStringList { QStringLiteral("recieve") });

    // Save (Ctrl+S) with a comment: version 2, the bold kept by the sanitiser.
    editor->commentEdit()->setText(QStringLiteral("Added the paragraph"));
    focusEditor(editor);
    QTest::keyClick(editor->textEdit(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(test::waitFor([&] { return stored(f, draftId).latestVersion == 2; }));
    Result<DraftVersion> v2 = session.drafts().version(draftId, 2);
    REQUIRE(v2.ok());
    CHECK(v2->comment == QStringLiteral("Added the paragraph"));
    CHECK((v2->html.contains(QLatin1String("<b>")) || v2->html.contains(QLatin1String("<strong>"))
        || v2->html.contains(QLatin1String("font-weight"))));
    CHECK_FALSE(editor->hasUnsavedChanges());

    // Submit: an adviser who is not a head is offered no clearance.
    trigger(editor, "submitDraftAction");
    answerStep(f);
    CHECK(stored(f, draftId).state == DraftState::Submitted);
    CHECK_FALSE(editor->action(QStringLiteral("clearDraftAction"))->isVisible());
    CHECK_FALSE(editor->action(QStringLiteral("requestChangesAction"))->isVisible());

    // The head requests changes, with a comment.
    switchAdviser(f, kInes);
    REQUIRE(test::waitFor([&] { return editor->action(QStringLiteral("requestChangesAction"))->isVisible(); }));
    trigger(editor, "requestChangesAction");
    {
        // An empty comment is refused with the core's message; nothing changes.
        auto* step = f.dialog<DraftStepDialog>("draftStepDialog");
        step->accept();
        CHECK(step->errorLabel()->isVisible());
        CHECK(stored(f, draftId).state == DraftState::Submitted);
    }
    answerStep(f, QStringLiteral("Please add the date of the meeting."));
    CHECK(stored(f, draftId).state == DraftState::ChangesRequested);

    // The author edits and submits again.
    switchAdviser(f, kAmara);
    typeAtEnd(editor, QStringLiteral(" on 12 January"));
    QTest::keyClick(editor->textEdit(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(test::waitFor([&] { return stored(f, draftId).latestVersion == 3; }));
    CHECK(stored(f, draftId).state == DraftState::Draft);
    trigger(editor, "submitDraftAction");
    answerStep(f);

    // The head — not the author of version 3 — clears it; then marks it sent.
    switchAdviser(f, kInes);
    REQUIRE(test::waitFor([&] { return editor->action(QStringLiteral("clearDraftAction"))->isVisible(); }));
    trigger(editor, "clearDraftAction");
    {
        auto* step = f.dialog<DraftStepDialog>("draftStepDialog");
        CHECK(step->justificationEdit() == nullptr); // four eyes: no self-clearance here
    }
    answerStep(f);
    const Draft cleared = stored(f, draftId);
    CHECK(cleared.state == DraftState::Cleared);
    CHECK(cleared.clearedByName == kInes);
    CHECK_FALSE(cleared.selfCleared);

    trigger(editor, "markSentAction");
    {
        auto* step = f.dialog<DraftStepDialog>("draftStepDialog");
        REQUIRE(step->channelBox()->count() > 0);
    }
    answerStep(f);
    const Draft sent = stored(f, draftId);
    REQUIRE(sent.state == DraftState::Sent);
    CHECK(sent.sentVersion == 3);

    // Sent: read-only under a banner, Save not offered, Ctrl+S and typing change nothing; the core
    // refuses a save too, with its message.
    CHECK(editor->banner()->text().contains(QLatin1String("Sent on")));
    CHECK(editor->banner()->text().contains(QLatin1String("locked")));
    CHECK(editor->textEdit()->isReadOnly());
    CHECK_FALSE(editor->action(QStringLiteral("saveDraftAction"))->isEnabled());
    const QString sentText = editor->textEdit()->toPlainText();
    typeAtEnd(editor, QStringLiteral("changed"));
    QTest::keyClick(editor->textEdit(), Qt::Key_S, Qt::ControlModifier);
    CHECK(editor->textEdit()->toPlainText() == sentText);
    CHECK(stored(f, draftId).latestVersion == 3);
    const Result<Draft> refused = session.drafts().save(draftId, QStringLiteral("<p>x</p>"), {}, sent.version);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.isEmpty());
    CHECK_FALSE(panel->draftList()->topLevelItem(0)->text(3).isEmpty());

    // Copy into New Draft: a new editable draft with the sent text.
    trigger(editor, "copyIntoNewAction");
    DraftEditor* copy = otherEditor(f, draftId);
    CHECK(stored(f, copy->draftId()).state == DraftState::Draft);
    CHECK(stored(f, copy->draftId()).copiedFromDraftId == draftId);
    CHECK_FALSE(copy->textEdit()->isReadOnly());
    CHECK(copy->textEdit()->toPlainText().contains(QLatin1String("12 January")));
    REQUIRE(test::waitFor([&] { return panel->draftList()->topLevelItemCount() == 2; }));
}

TEST_CASE("the editor's text is autosaved into the vault at most every few seconds, and kept at a lock")
{
    qint64 draftId = 0;
    test::WorkspaceFixture f({ kAmara }, [&](test::VaultSeed& seed) {
        const qint64 queryId = seed.create(QStringLiteral("Accession to the Convention"));
        DraftInput input;
        input.queryId = queryId;
        input.title = QStringLiteral("Holding reply");
        input.kind = DraftKind::HoldingReply;
        input.html = QStringLiteral("<p>Thank you for your letter.</p>");
        Result<Draft> draft = seed.session->drafts().create(input);
        INFO((draft ? QString() : draft.error().message).toStdString());
        REQUIRE(draft.ok());
        draftId = draft->id;
    });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));

    // Open from the Drafts tab with Enter.
    QueryDetailPane* pane = f.queryPage()->detailPane();
    pane->showDrafts();
    QTreeWidget* list = pane->draftsPanel()->draftList();
    REQUIRE(list->topLevelItemCount() == 1);
    list->setCurrentItem(list->topLevelItem(0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    DraftEditor* editor = editorFor(f, draftId);

    // Typing arms the timer once; more typing does not restart it (at most one kept copy per
    // interval, however long the typing goes on).
    CHECK_FALSE(editor->autosaveTimer()->isActive());
    typeAtEnd(editor, QStringLiteral(" We will answer"));
    REQUIRE(editor->autosaveTimer()->isActive());
    CHECK(editor->autosaveTimer()->interval() == DraftLimits::AutosaveIntervalSeconds * 1000);
    const int remaining = editor->autosaveTimer()->remainingTime();
    typeAtEnd(editor, QStringLiteral(" soon"));
    CHECK(editor->autosaveTimer()->remainingTime() <= remaining);
    CHECK(editor->keptCount() == 0);
    CHECK(pendingDraftTexts(f) == 0);

    // The interval passes: one kept copy with the text; the next one replaces it.
    QMetaObject::invokeMethod(editor->autosaveTimer(), "timeout");
    CHECK(editor->keptCount() == 1);
    REQUIRE(pendingDraftTexts(f) == 1);
    typeAtEnd(editor, QStringLiteral(" indeed"));
    QMetaObject::invokeMethod(editor->autosaveTimer(), "timeout");
    CHECK(editor->keptCount() == 2);
    REQUIRE(pendingDraftTexts(f) == 1);
    {
        const auto edits = f.window->session()->pendingEdits().list();
        REQUIRE(edits.ok());
        const QJsonObject payload = edits->front().payload;
        CHECK(payload.value(QStringLiteral("draft")).toDouble() == static_cast<double>(draftId));
        CHECK(payload.value(QStringLiteral("baseVersion")).toInt() == 1);
        CHECK(payload.value(QStringLiteral("html")).toString().contains(QLatin1String("We will answer soon indeed")));
    }

    // The lock keeps the newest text (still one copy) and closes the editor; unlock offers it.
    typeAtEnd(editor, QStringLiteral(" next week."));
    f.window->lock();
    REQUIRE(f.window->isLocked());
    CHECK(f.child<UnlockWidget>("unlockWidget")->notice().isEmpty());
    f.unlock(f.path);
    CHECK(f.window->findChildren<DraftEditor*>().isEmpty());
    REQUIRE(pendingDraftTexts(f) == 1);
    auto* offer = f.dialog<PendingEditsDialog>("pendingEditsDialog");
    REQUIRE(offer->list()->count() == 1);
    offer->list()->setCurrentRow(0);
    offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"))->click();
    DraftEditor* restored = editorFor(f, draftId);
    CHECK(restored->textEdit()->toPlainText().contains(QLatin1String("We will answer soon indeed next week.")));
    CHECK(restored->hasUnsavedChanges());

    // Saving makes it a version and removes the kept copy.
    focusEditor(restored);
    QTest::keyClick(restored->textEdit(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(test::waitFor([&] { return stored(f, draftId).latestVersion == 2; }));
    CHECK(pendingDraftTexts(f) == 0);

    // What one autosave of a 20-page draft costs (reported, not asserted: timings vary).
    QString pages;
    for (int paragraph = 0; paragraph < 200; ++paragraph)
        pages += QStringLiteral("<p>Paragraph %1: the State party should ensure that every person deprived of "
                                "liberty enjoys the fundamental legal safeguards from the outset.</p>")
                     .arg(paragraph)
                     .repeated(2);
    restored->textEdit()->setHtml(pages);
    typeAtEnd(restored, QStringLiteral("."));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(restored->keepNow().ok());
    WARN("autosave (keep) of a " << HtmlSanitizer::countWords(restored->textEdit()->toPlainText())
                                 << "-word draft: " << timer.elapsed() << " ms");
    CHECK(pendingDraftTexts(f) == 1);
}

TEST_CASE("the next open of a draft offers its autosaved text, and closing with changes asks first")
{
    qint64 draftId = 0;
    test::WorkspaceFixture f({ kAmara }, [&](test::VaultSeed& seed) {
        DraftInput input;
        input.queryId = seed.create(QStringLiteral("Accession to the Convention"));
        input.title = QStringLiteral("Answer");
        input.html = QStringLiteral("<p>First text.</p>");
        Result<Draft> draft = seed.session->drafts().create(input);
        REQUIRE(draft.ok());
        draftId = draft->id;
    });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    f.queryPage()->detailPane()->showDrafts();
    f.action("openDraftAction")->trigger();
    DraftEditor* editor = editorFor(f, draftId);
    typeAtEnd(editor, QStringLiteral(" Typed before a crash."));
    QMetaObject::invokeMethod(editor->autosaveTimer(), "timeout");
    REQUIRE(pendingDraftTexts(f) == 1);
    // Closing with unsaved text asks; Cancel keeps the editor open.
    editor->close();
    CHECK(test::answerMessageBox(QMessageBox::Cancel).contains(QLatin1String("Save the changes")));
    CHECK(editor->isVisible());
    // A crash would leave the kept copy behind: here the editor goes without asking.
    delete editor;
    REQUIRE(pendingDraftTexts(f) == 1);

    f.action("openDraftAction")->trigger();
    DraftEditor* again = editorFor(f, draftId);
    CHECK(test::answerMessageBox(QMessageBox::Yes).contains(QLatin1String("was not saved")));
    CHECK(again->textEdit()->toPlainText().contains(QLatin1String("Typed before a crash.")));
    // Close and discard: the kept copy goes.
    again->close();
    test::answerMessageBox(QMessageBox::Discard);
    REQUIRE(test::waitFor([&] { return f.window->findChildren<DraftEditor*>().isEmpty(); }));
    CHECK(pendingDraftTexts(f) == 0);
    CHECK(stored(f, draftId).latestVersion == 1);
}

TEST_CASE("Export Draft writes an owner-only file and records it, and Copy as Rich Text is concealed")
{
    qint64 draftId = 0;
    test::WorkspaceFixture f({ kAmara }, [&](test::VaultSeed& seed) {
        DraftInput input;
        input.queryId = seed.create(QStringLiteral("Accession to the Convention"));
        input.title = QStringLiteral("Answer");
        input.html = QStringLiteral("<p>The <b>answer</b> of the Secretariat.</p>");
        Result<Draft> draft = seed.session->drafts().create(input);
        REQUIRE(draft.ok());
        draftId = draft->id;
    });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    Session& session = *f.window->session();
    const qint64 queryId = f.query(QStringLiteral("AH-2026-0001")).id;
    f.queryPage()->detailPane()->showDrafts();
    f.action("openDraftAction")->trigger();
    DraftEditor* editor = editorFor(f, draftId);
    const auto before = session.queries().timeline(queryId);
    REQUIRE(before.ok());

    // Ctrl+Shift+E, HTML chosen in the chooser.
    const QString path = f.dir.file(QStringLiteral("answer.html"));
    focusEditor(editor);
    QSignalSpy exportTriggered(editor->action(QStringLiteral("exportDraftAction")), &QAction::triggered);
    QTest::keyClick(editor->textEdit(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(exportTriggered.count() == 1);
    test::answerFileDialog(path, QStringLiteral("HTML (*.html)"));
    REQUIRE(test::waitFor([&] { return QFileInfo::exists(path); }));
    struct stat info { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("answer"));
    const auto after = session.queries().timeline(queryId);
    REQUIRE(after.ok());
    CHECK(after->size() == before->size() + 1); // the export, recorded

    // Copy as Rich Text: HTML and text, tagged secret by the application's clipboard.
    trigger(editor, "copyRichTextAction");
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    REQUIRE(data != nullptr);
    CHECK(data->hasHtml());
    CHECK(data->text().contains(QLatin1String("answer of the Secretariat")));
    CHECK(data->data(QStringLiteral("x-kde-passwordManagerHint")) == "secret");
    CHECK(f.window->clipboard().holdsOurs());
}

TEST_CASE("a paste keeps only the formatting a draft may hold and says what was removed")
{
    qint64 draftId = 0;
    test::WorkspaceFixture f({ kAmara }, [&](test::VaultSeed& seed) {
        DraftInput input;
        input.queryId = seed.create(QStringLiteral("Accession to the Convention"));
        input.title = QStringLiteral("Answer");
        Result<Draft> draft = seed.session->drafts().create(input);
        REQUIRE(draft.ok());
        draftId = draft->id;
    });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    f.queryPage()->detailPane()->showDrafts();
    f.action("openDraftAction")->trigger();
    DraftEditor* editor = editorFor(f, draftId);

    auto* data = new QMimeData;
    data->setHtml(QStringLiteral("<p>Kept <b>bold</b><script>alert(1)</script><img src=\"https://x.example/t.png\" "
                                 "onerror=\"alert(2)\"></p>"));
    data->setText(QStringLiteral("Kept bold"));
    QGuiApplication::clipboard()->setMimeData(data);
    QStringList removed;
    QObject::connect(
        editor->textEdit(), &DraftTextEdit::pasteCleaned, [&](const QStringList& kinds) { removed = kinds; });
    focusEditor(editor);
    QTest::keyClick(editor->textEdit(), Qt::Key_V, Qt::ControlModifier);
    CHECK(editor->textEdit()->toPlainText().contains(QLatin1String("Kept bold")));
    CHECK_FALSE(editor->textEdit()->toPlainText().contains(QLatin1String("alert")));
    CHECK_FALSE(editor->textEdit()->toHtml().contains(QLatin1String("<img")));
    CHECK_FALSE(removed.isEmpty());
}

TEST_CASE("the library panel inserts a citation, a word added to the vault dictionary is accepted, Version History "
          "opens, and an unsent draft can be removed from the Drafts tab")
{
    qint64 draftId = 0;
    qint64 queryId = 0;
    test::WorkspaceFixture f({ kAmara }, [&](test::VaultSeed& seed) {
        DraftInput input;
        queryId = seed.create(QStringLiteral("Accession to the Convention"));
        input.queryId = queryId;
        input.title = QStringLiteral("Answer");
        input.html = QStringLiteral("<p>Dear colleagues,</p>");
        Result<Draft> draft = seed.session->drafts().create(input);
        REQUIRE(draft.ok());
        draftId = draft->id;
    });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    Session& session = *f.window->session();
    f.queryPage()->detailPane()->showDrafts();
    f.action("openDraftAction")->trigger();
    DraftEditor* editor = editorFor(f, draftId);

    // The library panel: search, pick, insert the citation at the cursor.
    typeAtEnd(editor, QStringLiteral("\n"));
    test::type(editor->librarySearch(), QStringLiteral("torture"));
    REQUIRE(editor->libraryList()->count() > 0);
    editor->libraryList()->setCurrentRow(0);
    const qint64 resourceId = editor->libraryList()->item(0)->data(Qt::UserRole).toLongLong();
    const Result<library::LibraryResource> resource = session.library().resource(resourceId);
    REQUIRE(resource.ok());
    editor->findChild<QPushButton*>(QStringLiteral("insertCitationButton"))->click();
    CHECK(editor->textEdit()->toPlainText().contains(resource->citation.left(30)));

    // A name the dictionary does not know: marked, then added to the vault's dictionary from the
    // context menu, and no longer marked.
    typeAtEnd(editor, QStringLiteral("\nQuillfeatherish regards"));
    QTextBlock last = editor->textEdit()->document()->lastBlock();
    REQUIRE(wavyWords(last) == QStringList { QStringLiteral("Quillfeatherish") });
    QTextCursor inWord(last);
    inWord.setPosition(last.position() + 3);
    std::unique_ptr<QMenu> menu(editor->textEdit()->createContextMenu(editor->textEdit()->cursorRect(inWord).center()));
    QAction* add = menu->findChild<QAction*>(QStringLiteral("addToDictionaryAction"));
    REQUIRE(add != nullptr);
    add->trigger();
    menu.reset(); // a child of the editor's text: gone before the editor is
    CHECK(session.library().dictionaryWords(DraftLanguage::English).contains(QStringLiteral("Quillfeatherish")));
    REQUIRE(test::waitFor([&] { return wavyWords(editor->textEdit()->document()->lastBlock()).isEmpty(); }));

    // Save, then Version History (Ctrl+H) shows both versions.
    focusEditor(editor);
    QTest::keyClick(editor->textEdit(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(test::waitFor([&] { return stored(f, draftId).latestVersion == 2; }));
    QTest::keyClick(editor->textEdit(), Qt::Key_H, Qt::ControlModifier);
    auto* history = f.dialog<VersionHistoryDialog>();
    CHECK(history->versionList()->topLevelItemCount() == 2);
    history->close();

    // Remove Draft… from the Drafts tab asks first; Yes removes it (and its editor).
    editor->close();
    REQUIRE(test::waitFor([&] { return f.window->findChildren<DraftEditor*>().isEmpty(); }));
    f.window->activateWindow();
    f.action("removeDraftAction")->trigger();
    CHECK(test::answerMessageBox(QMessageBox::Yes).contains(QLatin1String("Remove the draft")));
    CHECK(session.drafts().draftsOf(queryId).empty());
    CHECK(f.queryPage()->detailPane()->draftsPanel()->draftList()->topLevelItemCount() == 0);
}

TEST_CASE("Draft Properties (F2 in the list of drafts) changes title, kind and language, the open editor follows, a "
          "sent draft stays as sent")
{
    qint64 draftId = 0;
    qint64 sentId = 0;
    test::WorkspaceFixture f({ kAmara }, [&](test::VaultSeed& seed) {
        Session& session = *seed.session;
        const qint64 queryId = seed.create(QStringLiteral("Accession to the Convention"));
        Result<advisers::Adviser> head = session.advisers().add(kInes, advisers::Role::Head);
        REQUIRE(head.ok());
        DraftInput input;
        input.queryId = queryId;
        input.title = QStringLiteral("Sent acknowledgement");
        input.kind = DraftKind::Acknowledgement;
        input.html = QStringLiteral("<p>We received your letter.</p>");
        Result<Draft> sent = session.drafts().create(input);
        REQUIRE(sent.ok());
        sent = session.drafts().submit(sent->id, QString(), sent->version);
        REQUIRE(sent.ok());
        session.caseRecord().setActor(head->id);
        sent = session.drafts().clear(sent->id, QString(), sent->version);
        REQUIRE(sent.ok());
        SendInput send;
        send.channelId = session.lookup().channels().front().id;
        sent = session.drafts().markSent(sent->id, send, sent->version);
        REQUIRE(sent.ok());
        sentId = sent->id;
        session.caseRecord().setActor(seed.adviserIds.front());
        input.title = QStringLiteral("Holding reply");
        input.kind = DraftKind::HoldingReply;
        input.html = QStringLiteral("<p>Thank you for your letter.</p>");
        Result<Draft> draft = session.drafts().create(input);
        REQUIRE(draft.ok());
        draftId = draft->id;
    });
    chooseAdviser(f, kAmara);
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    Session& session = *f.window->session();
    QueryDetailPane* pane = f.queryPage()->detailPane();
    pane->showDrafts();
    DraftsPanel* panel = pane->draftsPanel();
    QTreeWidget* list = panel->draftList();
    QAction* properties = f.action("draftPropertiesAction");
    // In the Query menu, under the list, and in the list's context menu.
    CHECK(list->contextMenuPolicy() == Qt::ActionsContextMenu);
    CHECK(list->actions().contains(properties));
    CHECK(properties->shortcut() == QKeySequence(Qt::Key_F2));

    // The draft open in its editor, with text typed and not saved.
    panel->selectDraft(draftId);
    f.action("openDraftAction")->trigger();
    DraftEditor* editor = editorFor(f, draftId);
    typeAtEnd(editor, QStringLiteral(" We will answer soon."));
    REQUIRE(editor->hasUnsavedChanges());

    // F2 in the list opens Draft Properties on the selected draft.
    const auto pressF2 = [&] {
        // The main window active (the editor, shown last, may take activation back at first),
        // the list focused, as after a click into it.
        REQUIRE(test::waitFor([&] {
            if (QApplication::activeWindow() != f.window.get())
                f.window->activateWindow();
            QCoreApplication::processEvents();
            return QApplication::activeWindow() == f.window.get();
        }));
        list->setFocus();
        REQUIRE(QApplication::focusWidget() == list);
        QTest::keyClick(list, Qt::Key_F2);
    };
    panel->selectDraft(draftId);
    pressF2();
    auto* dialog = f.dialog<DraftPropertiesDialog>("draftPropertiesDialog");
    CHECK(dialog->titleEdit()->text() == QStringLiteral("Holding reply"));
    dialog->titleEdit()->selectAll();
    // Typed key by key; "é" as a key that carries its text (QTest's keyClicks knows only ASCII).
    for (const QChar c : QStringLiteral("Réponse d'attente")) {
        if (c.unicode() < 0x80)
            QTest::keyClick(dialog->titleEdit(), c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, dialog->titleEdit(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(static_cast<int>(DraftKind::SubstantiveResponse)));
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(static_cast<int>(DraftLanguage::French)));

    // Cancel after typing asks; Cancel there keeps the dialog and what was typed.
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(test::answerMessageBox(QMessageBox::Cancel).contains(QLatin1String("Discard your changes")));
    REQUIRE(dialog->isVisible());
    CHECK(dialog->titleEdit()->text() == QStringLiteral("Réponse d'attente"));

    // Someone else renames it meanwhile (another window): Save says so and changes nothing.
    {
        const Draft now = stored(f, draftId);
        REQUIRE(session.drafts()
                    .rename(draftId, QStringLiteral("Renamed elsewhere"), now.language, now.kind, now.version)
                    .ok());
    }
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorLabel()->text().contains(QLatin1String("Someone else changed this draft")));
    CHECK(dialog->errorLabel()->text().contains(QLatin1String("Renamed elsewhere")));
    CHECK(stored(f, draftId).title == QStringLiteral("Renamed elsewhere"));
    // Save again: the user's values, seen the conflict.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(test::waitFor([&] { return f.window->findChild<DraftPropertiesDialog*>() == nullptr; }));
    const Draft renamed = stored(f, draftId);
    CHECK(renamed.title == QStringLiteral("Réponse d'attente"));
    CHECK(renamed.kind == DraftKind::SubstantiveResponse);
    CHECK(renamed.language == DraftLanguage::French);
    CHECK(renamed.latestVersion == 1); // the text has no new version
    {
        int renames = 0;
        for (const auto& entry : session.caseRecord().timeline().entries(renamed.queryId))
            renames += entry.data.value(QStringLiteral("event")).toString() == QLatin1String("renamed") ? 1 : 0;
        CHECK(renames == 2);
    }
    // The list and the open editor show the new title; the editor keeps its unsaved text, which
    // still saves (a rename is no conflict for the text).
    REQUIRE(test::waitFor(
        [&] { return list->currentItem() && list->currentItem()->text(0) == QStringLiteral("Réponse d'attente"); }));
    CHECK(editor->windowTitle().contains(QStringLiteral("Réponse d'attente")));
    CHECK(editor->banner()->text().contains(DraftText::label(DraftLanguage::French)));
    CHECK(editor->textEdit()->toPlainText().contains(QLatin1String("We will answer soon.")));
    REQUIRE(editor->hasUnsavedChanges());
    focusEditor(editor);
    QTest::keyClick(editor->textEdit(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(test::waitFor([&] { return stored(f, draftId).latestVersion == 2; }));

    // Cancel with nothing changed closes without asking.
    panel->selectDraft(draftId);
    pressF2();
    dialog = f.dialog<DraftPropertiesDialog>("draftPropertiesDialog");
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(test::waitFor([&] { return f.window->findChild<DraftPropertiesDialog*>() == nullptr; }));

    // A sent draft: the action is off and says why; F2 opens nothing; its properties stay.
    panel->selectDraft(sentId);
    REQUIRE(panel->selectedDraft()->id == sentId);
    CHECK_FALSE(properties->isEnabled());
    CHECK(properties->toolTip().contains(QLatin1String("sent draft is locked")));
    pressF2();
    QCoreApplication::processEvents();
    CHECK(f.window->findChild<DraftPropertiesDialog*>() == nullptr);
    CHECK(stored(f, sentId).title == QStringLiteral("Sent acknowledgement"));

    // Sent while its dialog was open: Save is refused with the reason, nothing changes.
    panel->selectDraft(draftId);
    pressF2();
    dialog = f.dialog<DraftPropertiesDialog>("draftPropertiesDialog");
    dialog->titleEdit()->setText(QStringLiteral("Too late"));
    {
        // Submitted by its author, cleared by the head (as in their own windows), marked sent.
        qint64 inesId = 0;
        const auto advisers = session.advisers().list();
        REQUIRE(advisers.ok());
        for (const advisers::Adviser& adviser : advisers.value())
            inesId = adviser.name == kInes ? adviser.id : inesId;
        REQUIRE(inesId != 0);
        Result<Draft> d = session.drafts().submit(draftId, QString(), stored(f, draftId).version);
        REQUIRE(d.ok());
        const std::optional<qint64> me = session.caseRecord().actor();
        session.caseRecord().setActor(inesId);
        d = session.drafts().clear(draftId, QString(), d->version);
        session.caseRecord().setActor(me);
        INFO((d ? QString() : d.error().message).toStdString());
        REQUIRE(d.ok());
        SendInput send;
        send.channelId = session.lookup().channels().front().id;
        REQUIRE(session.drafts().markSent(draftId, send, d->version).ok());
    }
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorLabel()->text().contains(QLatin1String("locked")));
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CHECK_FALSE(dialog->titleEdit()->isEnabled());
    CHECK(stored(f, draftId).title == QStringLiteral("Réponse d'attente"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(test::answerMessageBox(QMessageBox::Discard).contains(QLatin1String("Discard your changes")));
    REQUIRE(test::waitFor([&] { return f.window->findChild<DraftPropertiesDialog*>() == nullptr; }));
}

TEST_CASE("removing a draft whose editor holds unsaved text removes its kept copy too")
{
    qint64 draftId = 0;
    qint64 otherId = 0;
    test::WorkspaceFixture f({ kAmara }, [&](test::VaultSeed& seed) {
        DraftInput input;
        input.queryId = seed.create(QStringLiteral("Accession to the Convention"));
        input.title = QStringLiteral("Answer");
        input.html = QStringLiteral("<p>First text.</p>");
        Result<Draft> draft = seed.session->drafts().create(input);
        REQUIRE(draft.ok());
        draftId = draft->id;
        input.title = QStringLiteral("Other answer");
        draft = seed.session->drafts().create(input);
        REQUIRE(draft.ok());
        otherId = draft->id;
    });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    f.queryPage()->detailPane()->showDrafts();
    DraftsPanel* panel = f.queryPage()->detailPane()->draftsPanel();

    // Both drafts open with text typed and autosaved.
    for (const qint64 id : { otherId, draftId }) {
        panel->selectDraft(id);
        f.action("openDraftAction")->trigger();
        DraftEditor* editor = editorFor(f, id);
        typeAtEnd(editor, QStringLiteral(" Typed and kept."));
        QMetaObject::invokeMethod(editor->autosaveTimer(), "timeout");
    }
    REQUIRE(pendingDraftTexts(f) == 2);
    DraftEditor* editor = editorFor(f, draftId);
    typeAtEnd(editor, QStringLiteral(" More, not kept yet."));
    REQUIRE(editor->autosaveTimer()->isActive());

    // Remove Draft… says the unsaved text goes too; Yes removes the draft, its editor and its
    // kept copy — the other draft's stays.
    panel->selectDraft(draftId);
    f.window->activateWindow();
    f.action("removeDraftAction")->trigger();
    CHECK(test::answerMessageBox(QMessageBox::Yes).contains(QLatin1String("unsaved text")));
    CHECK_FALSE(f.window->session()->drafts().get(draftId).ok());
    REQUIRE(test::waitFor([&] {
        for (DraftEditor* open : f.window->findChildren<DraftEditor*>()) {
            if (open->draftId() == draftId)
                return false;
        }
        return true;
    }));
    const auto edits = f.window->session()->pendingEdits().list();
    REQUIRE(edits.ok());
    REQUIRE(edits->size() == 1);
    CHECK(static_cast<qint64>(edits->front().payload.value(QStringLiteral("draft")).toDouble()) == otherId);
    // The removed draft's editor is gone (not only hidden): no autosave of it can bring a copy back.
    CHECK(pendingDraftTexts(f) == 1);
}

} // namespace drafts_ui_test
