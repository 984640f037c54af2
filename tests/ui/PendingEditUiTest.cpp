#include "WorkspaceFixture.h"
#include "db/Connection.h"
#include "pending/PendingEditsDialog.h"
#include "queries/QueryFormDialog.h"
#include "queries/TimelineEntryDialog.h"
#include "shell/MainWindow.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace advicehub;
using namespace advicehub::queries;
using namespace advicehub::ui;

namespace {

qint64 pendingCount(test::WorkspaceFixture& f)
{
    return f.window->session()->vault().connection().queryInt("SELECT count(*) FROM pending_edits");
}

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
    auto* subject = qobject_cast<QLineEdit*>(form->fieldWidget(QueryField::Subject));
    REQUIRE(subject != nullptr);
    subject->setText(QStringLiteral("Half-typed request from the Ministry"));
    REQUIRE(form->hasUnsavedChanges());
    f.action("addNoteAction")->trigger();
    auto* note = f.dialog<TimelineEntryDialog>("timelineEntryDialog");
    note->summaryEdit()->setText(QStringLiteral("Call notes being written"));
    note->bodyEdit()->setPlainText(QStringLiteral("The Minister's office will reply next week."));

    f.window->lock();
    REQUIRE(f.window->isLocked());
    f.unlock(f.path);
    REQUIRE_FALSE(f.window->isLocked());
    REQUIRE(pendingCount(f) == 2); // kept in the vault, nowhere else (see tests/security)

    auto* offer = f.dialog<PendingEditsDialog>("pendingEditsDialog");
    REQUIRE(offer->list()->count() == 2);
    CHECK(offer->list()->item(0)->text().contains(QLatin1String("Half-typed request")));

    // Restore the form: it opens filled in; the pending copy leaves the vault.
    offer->list()->setCurrentRow(0);
    offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"))->click();
    auto* restored = f.dialog<QueryFormDialog>("queryFormDialog");
    CHECK(qobject_cast<QLineEdit*>(restored->fieldWidget(QueryField::Subject))->text()
        == QStringLiteral("Half-typed request from the Ministry"));
    CHECK(pendingCount(f) == 1);

    // Restore the note too, and save it.
    offer->list()->setCurrentRow(0);
    offer->findChild<QPushButton*>(QStringLiteral("restorePendingButton"))->click();
    auto* restoredNote = f.dialog<TimelineEntryDialog>("timelineEntryDialog");
    CHECK(restoredNote->bodyEdit()->toPlainText() == QStringLiteral("The Minister's office will reply next week."));
    restoredNote->accept();
    CHECK(pendingCount(f) == 0);
    const auto timeline = f.window->session()->queries().timeline(f.query(QStringLiteral("AH-2026-0001")).id);
    REQUIRE(timeline.ok());
    CHECK(timeline->back().summary == QStringLiteral("Call notes being written"));
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
