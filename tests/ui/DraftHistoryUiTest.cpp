// The version history of a draft (issue 11): the versions and the clearance steps listed, two
// versions compared inline and side by side with the changes marked by more than colour, a
// version read, and a version copied into a new draft — through the dialog's own controls.
#include "WorkspaceFixture.h"
#include "advisers/AdviserService.h"
#include "common/ShowDialog.h"
#include "drafts/DraftService.h"
#include "drafts/VersionHistoryDialog.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace draft_history_ui_test {

using namespace advicehub;
using namespace advicehub::drafts;
using namespace advicehub::ui;

namespace {

const QString kFirst = QStringLiteral("<p>The State should ratify the Convention promptly.</p>");
const QString kSecond = QStringLiteral("<p>The State should ratify the Optional Protocol promptly.</p>");
const QString kDeleteOpen = QStringLiteral("[\u2212");
const QString kDeleteClose = QStringLiteral("\u2212]");

struct Seeded {
    qint64 queryId = 0;
    qint64 draftId = 0;
};

// A draft with two versions by the first adviser, submitted, sent back by the head with a
// comment, and saved a third time (which reopens it).
std::function<void(test::VaultSeed&)> seedDraft(Seeded& out)
{
    return [&out](test::VaultSeed& seed) {
        Session& session = *seed.session;
        const Result<advisers::Adviser> head
            = session.advisers().add(QStringLiteral("Hana Okonkwo-Reyes"), advisers::Role::Head);
        REQUIRE(head.ok());
        REQUIRE(session.reloadReferenceData().ok());
        out.queryId = seed.create(QStringLiteral("Accession to the Convention"));
        DraftInput input;
        input.queryId = out.queryId;
        input.title = QStringLiteral("Substantive answer");
        input.html = kFirst;
        input.comment = QStringLiteral("first text");
        Result<Draft> draft = session.drafts().create(input);
        INFO((draft ? QString() : draft.error().message).toStdString());
        REQUIRE(draft.ok());
        out.draftId = draft->id;
        draft = session.drafts().save(out.draftId, kSecond, QStringLiteral("names the Protocol"), draft->version);
        INFO((draft ? QString() : draft.error().message).toStdString());
        REQUIRE(draft.ok());
        draft = session.drafts().submit(out.draftId, QString(), draft->version);
        INFO((draft ? QString() : draft.error().message).toStdString());
        REQUIRE(draft.ok());
        session.caseRecord().setActor(head->id);
        draft = session.drafts().requestChanges(out.draftId, QStringLiteral("Please cite article 2."), draft->version);
        INFO((draft ? QString() : draft.error().message).toStdString());
        REQUIRE(draft.ok());
        session.caseRecord().setActor(seed.adviserIds.front());
        draft = session.drafts().save(out.draftId,
            QStringLiteral("<p>The State should ratify the Optional Protocol promptly, see article 2.</p>"), QString(),
            draft->version);
        INFO((draft ? QString() : draft.error().message).toStdString());
        REQUIRE(draft.ok());
    };
}

VersionHistoryDialog* openHistory(test::WorkspaceFixture& f, qint64 draftId)
{
    // The draft editor opens it the same way (a dialog of the session, closed by a lock).
    showDialog(new VersionHistoryDialog(*f.window->session(), draftId, f.sessionWorkspace()));
    return f.dialog<VersionHistoryDialog>("versionHistoryDialog");
}

void selectVersions(QTreeWidget* list, std::initializer_list<int> rows)
{
    REQUIRE(QTest::qWaitForWindowExposed(list->window()));
    REQUIRE(test::waitFor([&] { return list->visualItemRect(list->topLevelItem(0)).height() > 0; }));
    list->clearSelection();
    bool first = true;
    for (int row : rows) {
        QTreeWidgetItem* item = list->topLevelItem(row);
        REQUIRE(item != nullptr);
        const QRect rect = list->visualItemRect(item);
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, first ? Qt::NoModifier : Qt::ControlModifier, rect.center());
        first = false;
    }
}

} // namespace

TEST_CASE("the version history lists the versions and the clearance steps, and compares two versions with the "
          "insertions and deletions marked by more than colour")
{
    Seeded seeded;
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedDraft(seeded));
    VersionHistoryDialog* dialog = openHistory(f, seeded.draftId);

    // Versions: number, saved at, author, words, comment — oldest first.
    QTreeWidget* versions = dialog->versionList();
    REQUIRE(versions->topLevelItemCount() == 3);
    CHECK(versions->topLevelItem(0)->text(0) == QStringLiteral("1"));
    CHECK(versions->topLevelItem(0)->text(2) == QStringLiteral("Amara Quillfeather"));
    CHECK(versions->topLevelItem(0)->text(3) == QStringLiteral("7"));
    CHECK(versions->topLevelItem(0)->text(4) == QStringLiteral("first text"));
    CHECK(versions->topLevelItem(1)->text(4) == QStringLiteral("names the Protocol"));
    CHECK_FALSE(versions->topLevelItem(0)->text(1).isEmpty());

    // Steps: submitted (v2), changes requested by the head with the comment, reopened (v3).
    QTreeWidget* steps = dialog->stepList();
    REQUIRE(steps->topLevelItemCount() >= 2);
    CHECK(steps->topLevelItem(0)->text(0) == DraftText::label(StepAction::Submitted));
    CHECK(steps->topLevelItem(0)->text(1) == QStringLiteral("2"));
    CHECK(steps->topLevelItem(0)->text(2) == QStringLiteral("Amara Quillfeather"));
    CHECK(steps->topLevelItem(1)->text(0) == DraftText::label(StepAction::ChangesRequested));
    CHECK(steps->topLevelItem(1)->text(2) == QStringLiteral("Hana Okonkwo-Reyes"));
    CHECK(steps->topLevelItem(1)->text(4) == QStringLiteral("Please cite article 2."));

    // Versions 1 and 2 chosen in the list (click, Ctrl+click) and compared.
    dialog->activateWindow();
    selectVersions(versions, { 0, 1 });
    REQUIRE(versions->selectedItems().size() == 2);
    dialog->findChild<QPushButton*>(QStringLiteral("compareSelectedButton"))->click();
    CHECK(dialog->tabs()->currentIndex() == 1);
    CHECK(dialog->oldVersionBox()->currentData().toInt() == 1);
    CHECK(dialog->newVersionBox()->currentData().toInt() == 2);
    const QString inlineText = dialog->inlineView()->toPlainText();
    INFO("inline: " << inlineText.toStdString());
    CHECK(inlineText.contains(kDeleteOpen + QStringLiteral("Convention") + kDeleteClose));
    CHECK(inlineText.contains(QStringLiteral("[+Optional Protocol+]")));
    CHECK(inlineText.contains(QStringLiteral("The State should ratify the")));
    // Colour and a second sign: struck through, underlined.
    const QString inlineHtml = dialog->inlineView()->toHtml();
    CHECK(inlineHtml.contains(QLatin1String("line-through")));
    CHECK(inlineHtml.contains(QLatin1String("underline")));
    CHECK(dialog->diffSummary()->text().contains(QLatin1String("inserted")));
    CHECK(dialog->diffSummary()->text().contains(QLatin1String("deleted")));
    CHECK(dialog->formattingList()->count() >= 1);

    // Side by side: the old text with its deletion, the new one with its insertion.
    dialog->sideBySideButton()->click();
    CHECK(dialog->oldPane()->isVisible());
    CHECK(dialog->newPane()->isVisible());
    CHECK_FALSE(dialog->inlineView()->isVisible());
    CHECK(dialog->oldPane()->toPlainText().contains(kDeleteOpen + QStringLiteral("Convention") + kDeleteClose));
    CHECK_FALSE(dialog->oldPane()->toPlainText().contains(QLatin1String("Protocol")));
    CHECK(dialog->newPane()->toPlainText().contains(QStringLiteral("[+Optional Protocol+]")));
    CHECK_FALSE(dialog->newPane()->toPlainText().contains(QLatin1String("Convention")));

    // Another pair through the combo boxes: 2 → 3 inserts ", see article 2".
    QComboBox* older = dialog->oldVersionBox();
    older->setFocus();
    QTest::keyClick(older, Qt::Key_Down); // version 2
    REQUIRE(older->currentData().toInt() == 2);
    QComboBox* newer = dialog->newVersionBox();
    newer->setFocus();
    QTest::keyClick(newer, Qt::Key_Down); // version 3
    REQUIRE(newer->currentData().toInt() == 3);
    CHECK(dialog->newPane()->toPlainText().contains(QLatin1String("article")));
    CHECK(dialog->newPane()->toPlainText().contains(QLatin1String("[+")));
    INFO("old pane: " << dialog->oldPane()->toPlainText().toStdString());
    CHECK(dialog->oldPane()->toPlainText().contains(QLatin1String("ratify the Optional Protocol")));
    CHECK_FALSE(dialog->newPane()->toPlainText().contains(kDeleteOpen));
}

TEST_CASE("a version is read read-only from the history and copied into a new draft")
{
    Seeded seeded;
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedDraft(seeded));
    Session& session = *f.window->session();
    VersionHistoryDialog* dialog = openHistory(f, seeded.draftId);
    QTreeWidget* versions = dialog->versionList();
    dialog->activateWindow();
    selectVersions(versions, { 0 });
    dialog->findChild<QPushButton*>(QStringLiteral("viewVersionButton"))->click();
    CHECK(dialog->tabs()->currentIndex() == 2);
    CHECK(dialog->versionView()->isReadOnly());
    CHECK(dialog->versionView()->toPlainText().contains(QLatin1String("ratify the Convention promptly")));

    // Copy into New Draft from version 1, with a title of one's own.
    dialog->tabs()->setCurrentIndex(0);
    selectVersions(versions, { 0 });
    QSignalSpy copied(dialog, &VersionHistoryDialog::draftCopied);
    test::type(dialog->findChild<QLineEdit*>(QStringLiteral("copyTitleEdit")), QStringLiteral("Second answer"));
    dialog->copyButton()->click();
    REQUIRE(copied.count() == 1);
    const qint64 newId = copied.front().front().toLongLong();
    const Result<Draft> created = session.drafts().get(newId);
    REQUIRE(created.ok());
    CHECK(created->title == QStringLiteral("Second answer"));
    CHECK(created->latestVersion == 1);
    CHECK(created->state == DraftState::Draft);
    CHECK(created->copiedFromDraftId == seeded.draftId);
    CHECK(session.drafts().version(newId)->text.contains(QLatin1String("ratify the Convention promptly")));
    CHECK(session.drafts().draftsOf(seeded.queryId).size() == 2);
    CHECK(dialog->noticeLabel()->isVisible());
    // The history of the original is unchanged.
    CHECK(versions->topLevelItemCount() == 3);
}

TEST_CASE("a self-clearance of a single-adviser vault is marked as such in the history, with its justification")
{
    qint64 draftId = 0;
    const QString justification = QStringLiteral("I am the only adviser of the Secretariat this month.");
    test::WorkspaceFixture f({}, [&](test::VaultSeed& seed) {
        Session& session = *seed.session;
        const Result<advisers::Adviser> head
            = session.advisers().add(QStringLiteral("Hana Okonkwo-Reyes"), advisers::Role::Head);
        REQUIRE(head.ok());
        REQUIRE(session.reloadReferenceData().ok());
        session.caseRecord().setActor(head->id);
        DraftInput input;
        input.queryId = seed.create(QStringLiteral("Accession to the Convention"));
        input.title = QStringLiteral("Holding reply");
        input.html = kFirst;
        Result<Draft> draft = session.drafts().create(input);
        REQUIRE(draft.ok());
        draftId = draft->id;
        draft = session.drafts().submit(draftId, QString(), draft->version);
        REQUIRE(draft.ok());
        REQUIRE(session.drafts().needsSelfClearanceJustification(draftId));
        draft = session.drafts().clear(draftId, QString(), draft->version, justification);
        INFO((draft ? QString() : draft.error().message).toStdString());
        REQUIRE(draft.ok());
    });
    VersionHistoryDialog* dialog = openHistory(f, draftId);
    QTreeWidget* steps = dialog->stepList();
    REQUIRE(steps->topLevelItemCount() == 2);
    QTreeWidgetItem* cleared = steps->topLevelItem(1);
    CHECK(cleared->text(0).startsWith(DraftText::label(StepAction::Cleared)));
    CHECK(cleared->text(0).contains(QLatin1String("self-cleared")));
    CHECK(cleared->font(0).bold());
    CHECK(cleared->text(4) == justification);
    CHECK(dialog->versionList()->topLevelItem(0)->text(0).contains(QLatin1String("cleared")));
}

} // namespace draft_history_ui_test
