// The Templates and Library manager and the precedents (issue 11), through the user's path: the
// Edit menu's action, the manager's buttons, the editors filled in as a user types, the core's
// refusals shown under their field, the preview with the sample query, the question before typed
// text is discarded; the precedent search, and the confidentiality warning before a reuse.
#include "WorkspaceFixture.h"
#include "advisers/AdviserService.h"
#include "common/CheckList.h"
#include "common/InlineError.h"
#include "common/ShowDialog.h"
#include "drafts/DraftService.h"
#include "library/LibraryManagerDialog.h"
#include "library/LibraryService.h"
#include "library/PrecedentsDialog.h"
#include "library/ResourceDialog.h"
#include "library/TemplateDialog.h"
#include "security/InactivityTimer.h"
#include "session/Session.h"
#include "vault/UnlockWidget.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeWidget>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace library_ui_test {

using namespace advicehub;
using namespace advicehub::library;
using namespace advicehub::ui;

namespace {

LibraryManagerDialog* openManager(test::WorkspaceFixture& f)
{
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    auto* edit = f.child<QMenu>("editMenu");
    auto* action = f.child<QAction>("templatesAndLibraryAction");
    CHECK(edit->actions().contains(action));
    REQUIRE(action->isEnabled());
    action->trigger();
    return f.dialog<LibraryManagerDialog>("libraryManagerDialog");
}

QString shownError(InlineError* label)
{
    REQUIRE(label != nullptr);
    return label->isVisible() ? label->text() : QString();
}

void click(QWidget* parent, const char* name)
{
    auto* button = parent->findChild<QPushButton*>(QLatin1String(name));
    INFO("button " << name);
    REQUIRE(button != nullptr);
    REQUIRE(button->isEnabled());
    button->click();
}

void selectRow(QTreeWidget* list, int column, const QString& text)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(column) == text) {
            list->setCurrentItem(list->topLevelItem(i));
            return;
        }
    }
    INFO("row " << text.toStdString());
    FAIL("not listed");
}

} // namespace

TEST_CASE("the Templates and Library manager refuses a template with an unknown placeholder under its text, previews "
          "it with the sample query, adds it, and asks before typed text is discarded")
{
    test::WorkspaceFixture f;
    Session& session = *f.window->session();
    LibraryManagerDialog* manager = openManager(f);
    CHECK(manager->tabs()->currentIndex() == 0);
    const QStringList before = manager->listedTemplates();

    click(manager, "newTemplateButton");
    auto* dialog = f.dialog<TemplateDialog>("templateDialog");
    CHECK(dialog->isNew());
    const QString name = QStringLiteral("Short acknowledgement (test)");
    test::type(dialog->nameEdit(), name);
    dialog->languageCombo()->setCurrentIndex(
        dialog->languageCombo()->findData(drafts::DraftText::code(DraftLanguage::French)));
    dialog->kindCombo()->setCurrentIndex(
        dialog->kindCombo()->findData(drafts::DraftText::code(DraftKind::Acknowledgement)));
    dialog->bodyEdit()->setFocus();
    test::type(dialog->bodyEdit(), QStringLiteral("Dear {contact_name}, we received {reference} about {colour}."));

    // Saved with {colour}: the core refuses; its message is under the text, nothing is saved.
    click(dialog, "templateSaveButton");
    const QString refusal = shownError(dialog->errorLabel(TemplateDialog::Field::Body));
    INFO("form: " << shownError(dialog->formError()).toStdString());
    CHECK(refusal.contains(QLatin1String("colour")));
    CHECK(shownError(dialog->errorLabel(TemplateDialog::Field::Name)).isEmpty());
    CHECK(dialog->isVisible());
    CHECK_FALSE(session.library().templateByName(name).ok());

    // The preview fills the known placeholders with the sample query and reports the unknown one.
    click(dialog, "templatePreviewButton");
    const QString preview = dialog->previewView()->toPlainText();
    INFO("preview: " << preview.toStdString());
    CHECK(preview.contains(QLatin1String("Dear ")));
    CHECK_FALSE(preview.contains(QLatin1String("{reference}")));
    CHECK_FALSE(preview.contains(QLatin1String("{contact_name}")));
    CHECK(dialog->previewReport()->text().contains(QLatin1String("{colour}")));

    // A placeholder from the list instead: the template is added.
    dialog->bodyEdit()->selectAll();
    dialog->bodyEdit()->textCursor().removeSelectedText();
    dialog->bodyEdit()->setFocus();
    test::type(dialog->bodyEdit(), QStringLiteral("Dear {contact_name}, we received your query of "));
    QListWidget* placeholders = dialog->placeholderList();
    const QList<QListWidgetItem*> received
        = placeholders->findItems(QStringLiteral("{received_date}"), Qt::MatchExactly);
    REQUIRE(received.size() == 1);
    placeholders->setCurrentItem(received.front());
    click(dialog, "insertPlaceholderButton");
    test::type(dialog->bodyEdit(), QStringLiteral("."));
    click(dialog, "templatePreviewButton");
    CHECK(dialog->previewReport()->text().startsWith(QStringLiteral("Every placeholder was filled.")));
    click(dialog, "templateSaveButton");
    INFO("body error: " << shownError(dialog->errorLabel(TemplateDialog::Field::Body)).toStdString());
    INFO("form error: " << shownError(dialog->formError()).toStdString());
    REQUIRE(test::waitFor([&] { return f.window->findChild<TemplateDialog*>() == nullptr; }));
    const Result<DraftTemplate> added = session.library().templateByName(name);
    REQUIRE(added.ok());
    CHECK(added->language == DraftLanguage::French);
    CHECK(added->kind == DraftKind::Acknowledgement);
    CHECK(added->html.contains(QLatin1String("{received_date}")));
    CHECK_FALSE(added->html.contains(QLatin1String("<style")));
    CHECK(manager->listedTemplates().contains(name));
    CHECK(manager->listedTemplates().size() == before.size() + 1);

    // The same name again in the same language: refused under the name.
    click(manager, "newTemplateButton");
    auto* twin = f.dialog<TemplateDialog>("templateDialog");
    twin->languageCombo()->setCurrentIndex(
        twin->languageCombo()->findData(drafts::DraftText::code(DraftLanguage::French)));
    test::type(twin->nameEdit(), name);
    twin->bodyEdit()->setFocus();
    test::type(twin->bodyEdit(), QStringLiteral("Bonjour."));
    click(twin, "templateSaveButton");
    CHECK_FALSE(shownError(twin->errorLabel(TemplateDialog::Field::Name)).isEmpty());
    CHECK(twin->isVisible());

    // Cancel with typed text asks first: Cancel keeps the form, Discard closes it.
    twin->reject();
    test::answerMessageBox(QMessageBox::Cancel);
    CHECK(twin->isVisible());
    twin->reject();
    test::answerMessageBox(QMessageBox::Discard);
    REQUIRE(test::waitFor([&] { return f.window->findChild<TemplateDialog*>() == nullptr; }));

    // Deactivated: gone from the list, back with "Show inactive", reactivated.
    selectRow(manager->templateList(), LibraryManagerDialog::TemplateNameColumn, name);
    click(manager, "deactivateTemplateButton");
    CHECK_FALSE(session.library().templateByName(name)->active);
    CHECK_FALSE(manager->listedTemplates().contains(name));
    manager->showInactiveTemplates()->click();
    REQUIRE(manager->listedTemplates().contains(name));
    selectRow(manager->templateList(), LibraryManagerDialog::TemplateNameColumn, name);
    click(manager, "reactivateTemplateButton");
    CHECK(session.library().templateByName(name)->active);
}

TEST_CASE("a library entry is added with its errors shown per field, edited, found by the filter and deactivated")
{
    test::WorkspaceFixture f;
    Session& session = *f.window->session();
    LibraryManagerDialog* manager = openManager(f);
    manager->tabs()->setCurrentIndex(1);

    click(manager, "newResourceButton");
    auto* dialog = f.dialog<ResourceDialog>("resourceDialog");
    const QString title = QStringLiteral("Zanzibar Handbook on Custody Visits");
    test::type(qobject_cast<QLineEdit*>(dialog->fieldWidget(ResourceDialog::Field::Title)), title);
    test::type(qobject_cast<QLineEdit*>(dialog->fieldWidget(ResourceDialog::Field::Link)),
        QStringLiteral("http://example.org/handbook"));
    click(dialog, "resourceSaveButton");
    CHECK_FALSE(shownError(dialog->errorLabel(ResourceDialog::Field::Citation)).isEmpty());
    CHECK(shownError(dialog->errorLabel(ResourceDialog::Field::Link)).contains(QLatin1String("https")));
    CHECK(shownError(dialog->errorLabel(ResourceDialog::Field::Title)).isEmpty());
    CHECK(session.library().resources(QStringLiteral("Zanzibar"), std::nullopt, true).empty());

    auto* link = qobject_cast<QLineEdit*>(dialog->fieldWidget(ResourceDialog::Field::Link));
    link->clear();
    test::type(link, QStringLiteral("https://example.org/handbook"));
    auto* citation = qobject_cast<QPlainTextEdit*>(dialog->fieldWidget(ResourceDialog::Field::Citation));
    citation->setFocus();
    test::type(citation, QStringLiteral("Zanzibar Handbook on Custody Visits (2025)."));
    auto* themes = qobject_cast<CheckList*>(dialog->fieldWidget(ResourceDialog::Field::Themes));
    const qint64 custody = session.lookup().findTheme(QStringLiteral("police_custody"))->id;
    themes->setChecked(custody, true);
    click(dialog, "resourceSaveButton");
    INFO("form: " << shownError(dialog->formError()).toStdString());
    REQUIRE(test::waitFor([&] { return f.window->findChild<ResourceDialog*>() == nullptr; }));
    std::vector<LibraryResource> found = session.library().resources(QStringLiteral("Zanzibar"));
    REQUIRE(found.size() == 1);
    CHECK(found.front().themeIds == QList<qint64> { custody });
    CHECK(found.front().link == QStringLiteral("https://example.org/handbook"));
    CHECK(manager->listedResources().contains(title));

    // Edited: a new title.
    selectRow(manager->resourceList(), LibraryManagerDialog::ResourceTitleColumn, title);
    click(manager, "editResourceButton");
    auto* edit = f.dialog<ResourceDialog>("resourceDialog");
    auto* titleEdit = qobject_cast<QLineEdit*>(edit->fieldWidget(ResourceDialog::Field::Title));
    titleEdit->selectAll();
    test::type(titleEdit, QStringLiteral("Zanzibar Handbook, second edition"));
    click(edit, "resourceSaveButton");
    REQUIRE(test::waitFor([&] { return f.window->findChild<ResourceDialog*>() == nullptr; }));
    CHECK(session.library().resource(found.front().id)->title == QStringLiteral("Zanzibar Handbook, second edition"));

    // The filter, as one types.
    const int all = manager->resourceList()->topLevelItemCount();
    test::type(manager->resourceFilter(), QStringLiteral("zanzibar"));
    REQUIRE(test::waitFor([&] {
        return manager->listedResources() == QStringList { QStringLiteral("Zanzibar Handbook, second edition") };
    }));
    manager->resourceFilter()->clear();
    REQUIRE(test::waitFor([&] { return manager->resourceList()->topLevelItemCount() == all; }));

    // Deactivated: hidden unless inactive entries are shown.
    selectRow(manager->resourceList(), LibraryManagerDialog::ResourceTitleColumn,
        QStringLiteral("Zanzibar Handbook, second edition"));
    click(manager, "deactivateResourceButton");
    CHECK_FALSE(session.library().resource(found.front().id)->active);
    CHECK_FALSE(manager->listedResources().contains(QStringLiteral("Zanzibar Handbook, second edition")));
    manager->showInactiveResources()->click();
    CHECK(manager->listedResources().contains(QStringLiteral("Zanzibar Handbook, second edition")));
}

namespace {

struct PrecedentSeed {
    QString confidentialReference;
    QString standardReference;
    qint64 confidentialDraft = 0;
    qint64 standardDraft = 0;
    qint64 targetQuery = 0;
    qint64 targetDraft = 0;
};

// A sent answer: written and submitted by the first adviser, cleared by the head, marked sent.
qint64 sentDraft(test::VaultSeed& seed, qint64 queryId, qint64 headId, const QString& html)
{
    Session& session = *seed.session;
    session.caseRecord().setActor(seed.adviserIds.front());
    drafts::DraftInput input;
    input.queryId = queryId;
    input.title = QStringLiteral("Answer on ratification");
    input.html = html;
    Result<drafts::Draft> draft = session.drafts().create(input);
    INFO((draft ? QString() : draft.error().message).toStdString());
    REQUIRE(draft.ok());
    draft = session.drafts().submit(draft->id, QString(), draft->version);
    REQUIRE(draft.ok());
    session.caseRecord().setActor(headId);
    draft = session.drafts().clear(draft->id, QString(), draft->version);
    INFO((draft ? QString() : draft.error().message).toStdString());
    REQUIRE(draft.ok());
    drafts::SendInput send;
    send.channelId = session.lookup().channels().front().id;
    draft = session.drafts().markSent(draft->id, send, draft->version);
    INFO((draft ? QString() : draft.error().message).toStdString());
    REQUIRE(draft.ok());
    session.caseRecord().setActor(seed.adviserIds.front());
    return draft->id;
}

std::function<void(test::VaultSeed&)> seedPrecedents(PrecedentSeed& out)
{
    return [&out](test::VaultSeed& seed) {
        Session& session = *seed.session;
        const Result<advisers::Adviser> head
            = session.advisers().add(QStringLiteral("Hana Okonkwo-Reyes"), advisers::Role::Head);
        REQUIRE(head.ok());
        REQUIRE(session.reloadReferenceData().ok());

        queries::QueryInput confidential = seed.input(QStringLiteral("Ratification steps"));
        confidential.confidentiality = queries::Confidentiality::Confidential;
        const Result<queries::Query> q1 = seed.service.create(confidential);
        REQUIRE(q1.ok());
        out.confidentialReference = q1->reference;
        out.confidentialDraft = sentDraft(seed, q1->id, head->id,
            QStringLiteral("<p>Ratification of the Convention needs a bill in parliament and a <b>zephyrine</b> "
                           "timetable.</p>"));

        queries::QueryInput standard = seed.input(QStringLiteral("Public information on training"));
        standard.confidentiality = queries::Confidentiality::Standard;
        const Result<queries::Query> q2 = seed.service.create(standard);
        REQUIRE(q2.ok());
        out.standardReference = q2->reference;
        out.standardDraft
            = sentDraft(seed, q2->id, head->id, QStringLiteral("<p>The zephyrine training compilation is public.</p>"));

        out.targetQuery = seed.create(QStringLiteral("A new question on ratification"));
        drafts::DraftInput input;
        input.queryId = out.targetQuery;
        input.title = QStringLiteral("Draft answer");
        Result<drafts::Draft> target = session.drafts().create(input);
        INFO((target ? QString() : target.error().message).toStdString());
        REQUIRE(target.ok());
        out.targetDraft = target->id;
    };
}

PrecedentsDialog* openPrecedents(test::WorkspaceFixture& f, qint64 targetDraft)
{
    // The draft editor opens it the same way (a dialog of the session, closed by a lock).
    showDialog(new PrecedentsDialog(*f.window->session(), targetDraft, f.sessionWorkspace()));
    return f.dialog<PrecedentsDialog>("precedentsDialog");
}

size_t timelineSize(Session& session, qint64 queryId)
{
    const Result<std::vector<casefile::TimelineEntry>> entries = session.queries().timeline(queryId);
    REQUIRE(entries.ok());
    return entries->size();
}

} // namespace

TEST_CASE("the precedent search finds sent answers, and reusing text of a confidential query warns first, records the "
          "reuse when accepted and nothing when cancelled")
{
    PrecedentSeed seeded;
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedPrecedents(seeded));
    Session& session = *f.window->session();
    PrecedentsDialog* dialog = openPrecedents(f, seeded.targetDraft);
    QSignalSpy inserted(dialog, &PrecedentsDialog::insertRequested);

    dialog->searchField()->setFocus();
    test::type(dialog->searchField(), QStringLiteral("zephyrine"));
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    QTreeWidget* list = dialog->resultList();
    REQUIRE(list->topLevelItemCount() == 2);
    QStringList references;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        references << list->topLevelItem(i)->text(0);
    CHECK(references.contains(seeded.confidentialReference));
    CHECK(references.contains(seeded.standardReference));

    // Words only one answer has.
    dialog->searchField()->clear();
    test::type(dialog->searchField(), QStringLiteral("parliament"));
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    REQUIRE(list->topLevelItemCount() == 1);
    QTreeWidgetItem* row = list->topLevelItem(0);
    CHECK(row->text(0) == seeded.confidentialReference);
    CHECK(row->text(5).contains(QLatin1String("Confidential")));
    CHECK(row->text(5).startsWith(QStringLiteral("\u26a0")));
    list->setCurrentItem(row);
    CHECK(dialog->preview()->toPlainText().contains(QLatin1String("bill in parliament")));

    // Insert: the warning; cancelled, nothing is inserted or recorded.
    const size_t targetBefore = timelineSize(session, seeded.targetQuery);
    dialog->insertButton()->click();
    const QString warning = test::answerMessageBox(QMessageBox::Cancel);
    CHECK(warning.contains(QLatin1String("Confidential")));
    CHECK(warning.contains(seeded.confidentialReference));
    CHECK(inserted.isEmpty());
    CHECK(timelineSize(session, seeded.targetQuery) == targetBefore);
    CHECK(dialog->isVisible());

    // Accepted: recorded on the target's timeline, then inserted.
    dialog->insertButton()->click();
    test::answerMessageBox(QMessageBox::Ok);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.front().front().toString().contains(QLatin1String("bill in parliament")));
    CHECK(timelineSize(session, seeded.targetQuery) == targetBefore + 1);
    const Result<std::vector<casefile::TimelineEntry>> entries = session.queries().timeline(seeded.targetQuery);
    REQUIRE(entries.ok());
    const casefile::TimelineEntry& last = entries->back();
    // The reuse names its source, never its text.
    CHECK_FALSE(last.summary.contains(QLatin1String("parliament")));
    CHECK_FALSE(last.body.contains(QLatin1String("parliament")));
    REQUIRE(test::waitFor([&] { return f.window->findChild<PrecedentsDialog*>() == nullptr; }));
}

TEST_CASE("text of a standard query's sent answer is inserted without a warning, and the reuse is recorded")
{
    PrecedentSeed seeded;
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedPrecedents(seeded));
    Session& session = *f.window->session();
    PrecedentsDialog* dialog = openPrecedents(f, seeded.targetDraft);
    QSignalSpy inserted(dialog, &PrecedentsDialog::insertRequested);
    test::type(dialog->searchField(), QStringLiteral("training compilation"));
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    REQUIRE(dialog->resultList()->topLevelItemCount() == 1);
    CHECK(dialog->resultList()->topLevelItem(0)->text(0) == seeded.standardReference);
    const size_t before = timelineSize(session, seeded.targetQuery);
    dialog->resultList()->setCurrentItem(dialog->resultList()->topLevelItem(0));
    dialog->insertButton()->click();
    CHECK(test::visibleMessageBox() == nullptr);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.front().front().toString().contains(QLatin1String("training compilation")));
    CHECK(timelineSize(session, seeded.targetQuery) == before + 1);
}

TEST_CASE("a template changed elsewhere while its editor is open is reported as a conflict, never overwritten "
          "silently")
{
    test::WorkspaceFixture f;
    Session& session = *f.window->session();
    TemplateInput input;
    input.name = QStringLiteral("Conflict test template");
    input.html = QStringLiteral("<p>Dear {contact_name},</p>");
    const Result<DraftTemplate> stored = session.library().addTemplate(input);
    INFO((stored ? QString() : stored.error().message).toStdString());
    REQUIRE(stored.ok());
    LibraryManagerDialog* manager = openManager(f);
    REQUIRE(manager->listedTemplates().contains(input.name));
    selectRow(manager->templateList(), LibraryManagerDialog::TemplateNameColumn, input.name);
    click(manager, "editTemplateButton");
    auto* dialog = f.dialog<TemplateDialog>("templateDialog");
    CHECK_FALSE(dialog->isNew());
    CHECK(dialog->bodyEdit()->toPlainText().contains(QLatin1String("{contact_name}")));

    // Another window saves it meanwhile.
    TemplateInput theirs = input;
    theirs.name = QStringLiteral("Conflict test template (theirs)");
    REQUIRE(session.library().editTemplate(stored->id, theirs, stored->version).ok());

    dialog->nameEdit()->selectAll();
    test::type(dialog->nameEdit(), QStringLiteral("Conflict test template (mine)"));
    click(dialog, "templateSaveButton");
    CHECK(dialog->conflictBanner()->isVisible());
    CHECK(dialog->isVisible());
    CHECK(session.library().templateById(stored->id)->name == theirs.name);

    // Reload their version: the form shows it, and the banner goes.
    click(dialog, "templateReloadButton");
    CHECK_FALSE(dialog->conflictBanner()->isVisible());
    CHECK(dialog->nameEdit()->text() == theirs.name);
    CHECK_FALSE(dialog->hasUnsavedChanges());
}

TEST_CASE("the auto-lock closes the manager and an open template editor, says its typed text was not kept, and "
          "saves nothing")
{
    test::WorkspaceFixture f;
    LibraryManagerDialog* manager = openManager(f);
    click(manager, "newTemplateButton");
    auto* dialog = f.dialog<TemplateDialog>("templateDialog");
    test::type(dialog->nameEdit(), QStringLiteral("Half-typed template"));

    InactivityTimer& idle = f.window->inactivityTimer();
    if (!idle.isActive())
        idle.start(5 * 60 * 1000);
    f.clock.advanceMs(idle.limitMs());
    idle.check();
    REQUIRE(test::waitFor([&] { return f.window->isLocked(); }));
    CHECK(f.window->findChildren<QDialog*>().isEmpty());
    const QString notice = f.child<UnlockWidget>("unlockWidget")->notice();
    CHECK(notice.contains(QLatin1String("a new template being added")));
    CHECK_FALSE(notice.contains(QLatin1String("Half-typed")));

    f.unlock(f.path);
    test::answerMessageBox(QMessageBox::Ok);
    CHECK_FALSE(f.window->session()->library().templateByName(QStringLiteral("Half-typed template")).ok());
}

} // namespace library_ui_test
