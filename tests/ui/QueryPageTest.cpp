#include "WorkspaceFixture.h"
#include "advisers/ChooseAdviserDialog.h"
#include "advisers/FirstAdviserDialog.h"
#include "common/DateRangeButton.h"
#include "common/InlineError.h"
#include "common/MultiSelectButton.h"
#include "queries/Lifecycle.h"
#include "queries/PickQueryDialog.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryFilterBar.h"
#include "queries/QueryFormDialog.h"
#include "queries/QueryRules.h"
#include "queries/QueryTableModel.h"
#include "queries/QueryWidgets.h"
#include "queries/SaveSearchDialog.h"
#include "queries/StatusChangeDialog.h"
#include "queries/TimelineEntryDialog.h"
#include "queries/TriageDialog.h"
#include "security/ScreenLockWatcher.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace query_page_test {

using namespace advicehub;
using namespace advicehub::queries;
using namespace advicehub::ui;

namespace {

void chooseData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    INFO("value " << value.toString().toStdString() << " in " << combo->objectName().toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void check(QListWidget* list, const QString& text)
{
    const QList<QListWidgetItem*> items = list->findItems(text, Qt::MatchStartsWith);
    REQUIRE_FALSE(items.isEmpty());
    items.first()->setCheckState(Qt::Checked);
}

// The object names of the status actions offered now, sorted.
QStringList offeredTransitions(test::WorkspaceFixture& f)
{
    QStringList names;
    for (QAction* action : f.queryPage()->statusMenu()->actions())
        names << action->objectName();
    names.sort();
    return names;
}

// What the lifecycle allows from `from`; "referred" only for a query whose route refers it.
QStringList expectedTransitions(QueryStatus from, Route route = Route::InHouse)
{
    QStringList names;
    for (QueryStatus to : Lifecycle::allowedFrom(from)) {
        if (to != QueryStatus::Referred || QueryService::routeRefers(route))
            names << QStringLiteral("statusAction_") + QueryText::code(to);
    }
    names.sort();
    return names;
}

QString errorText(QueryFormDialog* form, QueryField field)
{
    InlineError* label = form->errorLabel(field);
    REQUIRE(label != nullptr);
    return label->isVisible() ? label->text() : QString();
}

} // namespace

TEST_CASE("a query registered through the form is triaged, worked on, found by the search, and listed as overdue once "
          "its due date passes")
{
    test::WorkspaceFixture f;
    ui::QueryPage* ws = f.queryPage();
    CHECK(f.child<QLabel>("statusAdviserLabel")->text().contains(QLatin1String("Amara Quillfeather")));
    CHECK(f.child<QMenu>("queryMenu")->menuAction()->isVisible());
    CHECK(ws->currentFilter().view == QueryView::Inbox); // the first view of a new user

    // Ctrl+N opens the form.
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(ws->table(), Qt::Key_N, Qt::ControlModifier);
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    CHECK(form->isNew());
    CHECK(form->findChild<QDateEdit*>(QStringLiteral("receivedEdit"))->date() == QDate(2026, 1, 5));

    Session& session = *f.window->session();
    test::type(form->findChild<QLineEdit*>(QStringLiteral("subjectEdit")), QStringLiteral("Draft law on torture"));
    form->findChild<QPlainTextEdit*>(QStringLiteral("requestEdit"))
        ->setPlainText(QStringLiteral("The Ministry asks about zephyrine safeguards in police custody."));
    chooseData(form->findChild<QComboBox*>(QStringLiteral("channelCombo")),
        session.lookup().findChannel(QStringLiteral("email"))->id);
    chooseData(form->findChild<QComboBox*>(QStringLiteral("stateCombo")),
        session.lookup().findState(QStringLiteral("GH"))->id);
    check(form->findChild<QListWidget*>(QStringLiteral("themesList")),
        session.lookup().findTheme(QStringLiteral("police_custody"))->name);
    check(form->findChild<QListWidget*>(QStringLiteral("articlesList")), QStringLiteral("Art. 2 "));
    check(form->findChild<QListWidget*>(QStringLiteral("articlesList")), QStringLiteral("Art. 11 "));

    // The due date follows the priority in working days until it is set by hand.
    auto* priority = form->findChild<QComboBox*>(QStringLiteral("priorityCombo"));
    CHECK(form->dueField()->date() == QDate(2026, 1, 19)); // normal: 10 working days
    chooseData(priority, QueryText::code(Priority::High));
    CHECK(form->dueField()->date() == QDate(2026, 1, 12)); // 5 working days
    chooseData(priority, QueryText::code(Priority::Urgent));
    CHECK(form->dueField()->date() == QDate(2026, 1, 7)); // 2 working days
    CHECK_FALSE(form->dueField()->isSetByHand());
    form->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<QueryFormDialog*>() == nullptr; }));

    const Query created = f.query(QStringLiteral("AH-2026-0001"));
    CHECK(created.fields.subject == QStringLiteral("Draft law on torture"));
    CHECK(created.fields.articles == QList<int> { 2, 11 });
    CHECK(created.dueOn == QDate(2026, 1, 7));
    CHECK_FALSE(created.dueOverridden);
    // Selected, in the inbox, with its details beside the table.
    REQUIRE(test::waitFor([&] { return f.listedReferences() == QStringList { created.reference }; }));
    CHECK(ws->currentQueryId() == created.id);
    CHECK(ws->detailPane()->findChild<QLabel*>(QStringLiteral("detailTitle"))->text().startsWith(created.reference));

    // Triage: priority, due date, adviser (the one working) and route, then "triaged".
    CHECK(f.action("triageAction")->isEnabled());
    f.action("triageAction")->trigger();
    auto* triage = f.dialog<TriageDialog>("triageDialog");
    CHECK(triage->adviserCombo()->currentText() == QStringLiteral("Amara Quillfeather"));
    CHECK(triage->dueField()->date() == QDate(2026, 1, 7));
    chooseData(triage->routeCombo(), QueryText::code(Route::InHouse));
    triage->findChild<QPlainTextEdit*>(QStringLiteral("triageNoteEdit"))
        ->setPlainText(QStringLiteral("Urgent: the bill is in Parliament."));
    triage->findChild<QPushButton*>(QStringLiteral("triageButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<TriageDialog*>() == nullptr; }));
    CHECK(f.query(created.reference).status == QueryStatus::Triaged);
    CHECK(f.query(created.reference).fields.assignedAdviserId == session.currentAdviserId());
    // Triaged, it has left the inbox.
    REQUIRE(test::waitFor([&] { return f.listedReferences().isEmpty(); }));

    f.showView(QueryView::Mine);
    REQUIRE(test::waitFor([&] { return f.listedReferences() == QStringList { created.reference }; }));
    f.select(created.reference);
    CHECK(offeredTransitions(f) == expectedTransitions(QueryStatus::Triaged));
    f.queryPage()->statusMenu()->findChild<QAction*>(QStringLiteral("statusAction_in_progress"))->trigger();
    CHECK(f.query(created.reference).status == QueryStatus::InProgress);
    CHECK(offeredTransitions(f) == expectedTransitions(QueryStatus::InProgress));

    // The search box finds it by a word of its request, accents and case aside.
    f.showView(QueryView::All);
    test::type(ws->searchEdit(), QStringLiteral("ZÉPHYRINE"));
    REQUIRE(test::waitFor([&] { return f.listedReferences() == QStringList { created.reference }; }));
    ws->searchEdit()->clear();
    test::type(ws->searchEdit(), QStringLiteral("nothingmatchesthis"));
    REQUIRE(test::waitFor([&] { return f.listedReferences().isEmpty(); }));
    ws->searchEdit()->clear();

    // Not overdue on the day it is due; overdue the day after.
    f.setToday(QDate(2026, 1, 7));
    f.showView(QueryView::Overdue);
    CHECK(f.listedReferences().isEmpty());
    f.setToday(QDate(2026, 1, 8));
    f.showView(QueryView::All);
    f.showView(QueryView::Overdue);
    REQUIRE(f.listedReferences() == QStringList { created.reference });
    const QModelIndex due = ws->model()->index(0, QueryTableModel::DueColumn);
    CHECK(due.data(QueryTableModel::OverdueRole).toBool());
    CHECK(due.data(Qt::BackgroundRole).isValid()); // marked in the table
    CHECK_FALSE(due.data(Qt::DecorationRole).isNull());
    // The count beside the view follows once the window notices the new day.
    f.action("refreshAction")->trigger();
    const QList<QListWidgetItem*> overdue
        = ws->navigationList()->findItems(QStringLiteral("Overdue"), Qt::MatchStartsWith);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.first()->text() == QStringLiteral("Overdue (1)"));
}

TEST_CASE("bad input in the form is shown next to each field and nothing is saved")
{
    test::WorkspaceFixture f;
    f.action("newQueryAction")->trigger();
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    form->findChild<QDateEdit*>(QStringLiteral("receivedEdit"))->setDate(QDate(2026, 3, 1)); // in the future
    test::type(form->findChild<QLineEdit*>(QStringLiteral("contactEmailEdit")), QStringLiteral("not-an-address"));
    form->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();

    CHECK(form->isVisible());
    CHECK(errorText(form, QueryField::ReceivedOn).contains(QLatin1String("future")));
    CHECK(errorText(form, QueryField::Channel) == QStringLiteral("Choose how the query was received."));
    CHECK(errorText(form, QueryField::State) == QStringLiteral("Choose the requesting State."));
    CHECK(errorText(form, QueryField::Subject) == QStringLiteral("Enter a subject."));
    CHECK(errorText(form, QueryField::Themes) == QStringLiteral("Choose at least one theme."));
    CHECK(errorText(form, QueryField::ContactEmail) == QStringLiteral("This is not an e-mail address."));
    CHECK(errorText(form, QueryField::Institution).isEmpty()); // only the fields in error
    // Each message sits directly under its field.
    CHECK(form->errorLabel(QueryField::Subject)->parentWidget()
        == form->fieldWidget(QueryField::Subject)->parentWidget());
    CHECK(form->findChild<InlineError*>(QStringLiteral("formErrorLabel"))
              ->text()
              .contains(QLatin1String("nothing was saved")));
    CHECK(f.count() == 0);

    // Fixed, it saves, and the messages are gone.
    Session& session = *f.window->session();
    form->findChild<QDateEdit*>(QStringLiteral("receivedEdit"))->setDate(QDate(2026, 1, 2));
    form->findChild<QLineEdit*>(QStringLiteral("contactEmailEdit"))->setText(QStringLiteral("desk@example.org"));
    test::type(
        form->findChild<QLineEdit*>(QStringLiteral("subjectEdit")), QStringLiteral("Reporting to the Committee"));
    chooseData(form->findChild<QComboBox*>(QStringLiteral("channelCombo")),
        session.lookup().findChannel(QStringLiteral("letter"))->id);
    chooseData(form->findChild<QComboBox*>(QStringLiteral("stateCombo")),
        session.lookup().findState(QStringLiteral("CL"))->id);
    check(form->findChild<QListWidget*>(QStringLiteral("themesList")),
        session.lookup().findTheme(QStringLiteral("reporting"))->name);
    form->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<QueryFormDialog*>() == nullptr; }));
    CHECK(f.count() == 1);
}

TEST_CASE("editing keeps the due date set by hand and reports a change made meanwhile as a conflict")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Accession questions")); });
    f.showView(QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    QTest::keyClick(f.queryPage()->table(), Qt::Key_E, Qt::ControlModifier);
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    CHECK_FALSE(form->isNew());
    CHECK(form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->text() == QStringLiteral("Accession questions"));

    // A date typed by hand stops following the priority.
    form->dueField()->edit()->setDate(QDate(2026, 2, 27));
    CHECK(form->dueField()->isSetByHand());
    chooseData(form->findChild<QComboBox*>(QStringLiteral("priorityCombo")), QueryText::code(Priority::Low));
    CHECK(form->dueField()->date() == QDate(2026, 2, 27));

    // Meanwhile, the same query is changed elsewhere (another window of the same session).
    Session& session = *f.window->session();
    Query other = f.query(QStringLiteral("AH-2026-0001"));
    other.fields.notes = QStringLiteral("Changed meanwhile");
    REQUIRE(session.queries().update(other.id, other.fields, other.version).ok());

    form->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    CHECK(form->isVisible());
    auto* conflict = form->findChild<QLabel*>(QStringLiteral("conflictLabel"));
    CHECK(conflict->isVisible());
    CHECK(conflict->text().contains(QLatin1String("changed by someone else")));
    CHECK(f.query(QStringLiteral("AH-2026-0001")).dueOn != QDate(2026, 2, 27)); // nothing overwritten

    // Keeping one's own version is a deliberate second step.
    form->findChild<QPushButton*>(QStringLiteral("overwriteButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<QueryFormDialog*>() == nullptr; }));
    const Query saved = f.query(QStringLiteral("AH-2026-0001"));
    CHECK(saved.dueOn == QDate(2026, 2, 27));
    CHECK(saved.dueOverridden);
    CHECK(saved.fields.priority == Priority::Low);
}

TEST_CASE("Delete Query follows the core's delete rule: not for a query duplicates were merged into, and the form's "
          "fields stop at the core's limits")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        const qint64 survivor = seed.create(QStringLiteral("Survivor"));
        const qint64 duplicate = seed.create(QStringLiteral("Duplicate"));
        seed.create(QStringLiteral("Plain"));
        REQUIRE(seed.service.merge(duplicate, survivor).ok());
    });
    f.showView(QueryView::All);
    f.select(QStringLiteral("AH-2026-0003")); // Plain: new, nothing merged into it
    CHECK(f.action("deleteQueryAction")->isEnabled());
    f.select(QStringLiteral("AH-2026-0001")); // Survivor: still new, but a duplicate was merged into it
    CHECK_FALSE(f.action("deleteQueryAction")->isEnabled());

    f.action("newQueryAction")->trigger();
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    REQUIRE(form);
    for (const auto& [name, field] :
        { std::pair { "subjectEdit", QueryField::Subject }, std::pair { "institutionEdit", QueryField::Institution },
            std::pair { "contactEmailEdit", QueryField::ContactEmail },
            std::pair { "contactPhoneEdit", QueryField::ContactPhone } }) {
        INFO(name);
        auto* edit = form->findChild<QLineEdit*>(QLatin1String(name));
        REQUIRE(edit);
        CHECK(edit->maxLength() == QueryLimits::maxLength(field));
    }
    form->reject();
}

TEST_CASE("status actions offer only the transitions the lifecycle allows, and ask for a reason where it needs one")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        QueryService::Triage triage;
        triage.adviserId = seed.adviserIds.front();
        const qint64 fresh = seed.create(QStringLiteral("Fresh"));
        (void)fresh;
        const qint64 working = seed.create(QStringLiteral("Working"));
        REQUIRE(seed.service.triage(working, triage).ok());
        REQUIRE(seed.service.changeStatus(working, QueryStatus::InProgress).ok());
        const qint64 waiting = seed.create(QStringLiteral("Waiting"));
        REQUIRE(seed.service.triage(waiting, triage).ok());
        REQUIRE(seed.service.changeStatus(waiting, QueryStatus::InProgress).ok());
        REQUIRE(seed.service.changeStatus(waiting, QueryStatus::AwaitingRequester).ok());
        const qint64 closed = seed.create(QStringLiteral("Closed"));
        REQUIRE(seed.service.triage(closed, triage).ok());
        REQUIRE(seed.service.changeStatus(closed, QueryStatus::InProgress).ok());
        REQUIRE(
            seed.service.changeStatus(closed, QueryStatus::ResponseSent, QStringLiteral("answered by telephone")).ok());
        REQUIRE(seed.service.changeStatus(closed, QueryStatus::Closed).ok());
        QueryService::Triage toPartner = triage;
        toPartner.route = Route::Refer;
        const qint64 routed = seed.create(QStringLiteral("Routed to a partner"));
        REQUIRE(seed.service.triage(routed, toPartner).ok());
        REQUIRE(seed.service.changeStatus(routed, QueryStatus::InProgress).ok());
    });
    f.showView(QueryView::All);
    const struct {
        const char* reference;
        QueryStatus status;
        Route route;
    } cases[] = { { "AH-2026-0001", QueryStatus::New, Route::InHouse },
        { "AH-2026-0002", QueryStatus::InProgress, Route::InHouse },
        { "AH-2026-0003", QueryStatus::AwaitingRequester, Route::InHouse },
        { "AH-2026-0004", QueryStatus::Closed, Route::InHouse },
        { "AH-2026-0005", QueryStatus::InProgress, Route::Refer } };
    for (const auto& [reference, status, route] : cases) {
        INFO(reference);
        f.select(QLatin1String(reference));
        CHECK(offeredTransitions(f) == expectedTransitions(status, route));
        CHECK(f.action("triageAction")->isEnabled() == Lifecycle::isAllowed(status, QueryStatus::Triaged));
        CHECK(f.action("deleteQueryAction")->isEnabled() == (status == QueryStatus::New));
    }

    // An in-house query becomes referable once its route is changed through the form.
    f.select(QStringLiteral("AH-2026-0002"));
    f.action("editQueryAction")->trigger();
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    auto* routeCombo = form->findChild<QComboBox*>(QStringLiteral("routeCombo"));
    REQUIRE(routeCombo != nullptr);
    routeCombo->setCurrentIndex(routeCombo->findData(QueryText::code(Route::Both)));
    form->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<QueryFormDialog*>() == nullptr; }));
    REQUIRE(test::waitFor(
        [&] { return offeredTransitions(f) == expectedTransitions(QueryStatus::InProgress, Route::Both); }));

    // Declining needs a reason: without one the core refuses and nothing changes.
    f.select(QStringLiteral("AH-2026-0001"));
    QAction* decline = f.queryPage()->statusMenu()->findChild<QAction*>(QStringLiteral("statusAction_declined"));
    CHECK(decline->text() == QStringLiteral("Decline\u2026")); // actions are verbs, states are not
    decline->trigger();
    auto* reason = f.dialog<StatusChangeDialog>("statusChangeDialog");
    CHECK(reason->findChild<QPushButton*>(QStringLiteral("changeStatusButton"))->text() == QStringLiteral("Decline"));
    reason->findChild<QPushButton*>(QStringLiteral("changeStatusButton"))->click();
    CHECK(reason->isVisible());
    auto* refusal = reason->findChild<InlineError*>(QStringLiteral("reasonErrorLabel"));
    CHECK(refusal->isVisible());
    CHECK(refusal->text().contains(QStringLiteral("\u201cDecline\u201d needs a reason")));
    CHECK(f.query(QStringLiteral("AH-2026-0001")).status == QueryStatus::New);
    reason->reasonEdit()->setPlainText(QStringLiteral("Outside the Convention's scope."));
    reason->findChild<QPushButton*>(QStringLiteral("changeStatusButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<StatusChangeDialog*>() == nullptr; }));
    CHECK(f.query(QStringLiteral("AH-2026-0001")).status == QueryStatus::Declined);
    CHECK(offeredTransitions(f) == expectedTransitions(QueryStatus::Declined));

    // The reason is in the timeline.
    QTreeWidget* timeline = f.queryPage()->detailPane()->timelineList();
    REQUIRE(test::waitFor([&] {
        return !timeline->findItems(QStringLiteral("Outside the Convention"), Qt::MatchContains | Qt::MatchRecursive, 3)
                    .isEmpty();
    }));
}

TEST_CASE("the timeline takes notes, meetings and e-mails, and corrections beside the entry they correct")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Prison visits")); });
    f.showView(QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    f.action("addMeetingAction")->trigger();
    auto* entry = f.dialog<TimelineEntryDialog>("timelineEntryDialog");
    CHECK(entry->kindCombo()->currentData().toString() == TimelineText::code(EntryKind::Meeting));
    entry->findChild<QPushButton*>(QStringLiteral("saveEntryButton"))->click();
    CHECK(entry->findChild<InlineError*>(QStringLiteral("entryErrorLabel"))->isVisible()); // nothing written yet
    test::type(entry->summaryEdit(), QStringLiteral("Met the Permanent Mission"));
    entry->bodyEdit()->setPlainText(QStringLiteral("They will send the draft bill."));
    entry->findChild<QPushButton*>(QStringLiteral("saveEntryButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<TimelineEntryDialog*>() == nullptr; }));

    QueryDetailPane* pane = f.queryPage()->detailPane();
    QTreeWidget* timeline = pane->timelineList();
    CHECK(timeline->headerItem()->text(2) == QStringLiteral("By"));
    const auto meetings = timeline->findItems(QStringLiteral("Met the Permanent Mission"), Qt::MatchContains, 3);
    REQUIRE(meetings.size() == 1);
    timeline->setCurrentItem(meetings.first());
    REQUIRE(f.action("correctEntryAction")->isEnabled());
    f.action("correctEntryAction")->trigger();
    auto* correction = f.dialog<TimelineEntryDialog>("correctionDialog");
    correction->bodyEdit()->setPlainText(QStringLiteral("It was the Ministry, not the Mission."));
    correction->findChild<QPushButton*>(QStringLiteral("saveEntryButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<TimelineEntryDialog*>() == nullptr; }));

    const auto corrected = timeline->findItems(QStringLiteral("Met the Permanent Mission"), Qt::MatchContains, 3);
    REQUIRE(corrected.size() == 1); // the entry stays as it was
    REQUIRE(corrected.first()->childCount() == 1);
    CHECK(corrected.first()->child(0)->text(3).contains(QLatin1String("not the Mission")));
    CHECK(corrected.first()->child(0)->text(2) == QStringLiteral("Amara Quillfeather")); // by whom
    // The newest entry is selected and shown in full.
    CHECK(timeline->currentItem() == corrected.first()->child(0));
    CHECK(pane->findChild<QPlainTextEdit*>(QStringLiteral("timelineEntryText"))
              ->toPlainText()
              .contains(QLatin1String("It was the Ministry")));
}

TEST_CASE("Escape in a dialog with typed text asks before discarding it and closes at once without")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Prison visits")); });
    f.showView(QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    const int versionBefore = f.query(QStringLiteral("AH-2026-0001")).version;

    // Nothing typed: Escape closes.
    f.action("addMeetingAction")->trigger();
    auto* untouched = f.dialog<TimelineEntryDialog>("timelineEntryDialog");
    QTest::keyClick(untouched, Qt::Key_Escape);
    REQUIRE(test::waitFor([&] { return f.window->findChild<TimelineEntryDialog*>() == nullptr; }));
    CHECK(test::visibleMessageBox() == nullptr);

    // Typed text: Escape asks; Cancel keeps the dialog and the text, Discard closes it.
    f.action("addMeetingAction")->trigger();
    auto* entry = f.dialog<TimelineEntryDialog>("timelineEntryDialog");
    test::type(entry->summaryEdit(), QStringLiteral("Met the Permanent Mission"));
    QTest::keyClick(entry, Qt::Key_Escape);
    CHECK(test::answerMessageBox(QMessageBox::Cancel).contains(QLatin1String("Discard what you typed")));
    CHECK(entry->isVisible());
    CHECK(entry->summaryEdit()->text() == QStringLiteral("Met the Permanent Mission"));
    QTest::keyClick(entry, Qt::Key_Escape);
    test::answerMessageBox(QMessageBox::Discard);
    REQUIRE(test::waitFor([&] { return f.window->findChild<TimelineEntryDialog*>() == nullptr; }));
    CHECK(f.query(QStringLiteral("AH-2026-0001")).version == versionBefore); // nothing was written

    // The same in another dialog: the status change's reason.
    QAction* decline = f.queryPage()->statusMenu()->findChild<QAction*>(QStringLiteral("statusAction_declined"));
    decline->trigger();
    auto* reason = f.dialog<StatusChangeDialog>("statusChangeDialog");
    reason->reasonEdit()->setPlainText(QStringLiteral("Outside the Convention's scope."));
    reason->reject();
    CHECK(test::answerMessageBox(QMessageBox::Cancel).contains(QLatin1String("Discard what you typed")));
    CHECK(reason->isVisible());
    reason->reject();
    test::answerMessageBox(QMessageBox::Discard);
    REQUIRE(test::waitFor([&] { return f.window->findChild<StatusChangeDialog*>() == nullptr; }));
    CHECK(f.query(QStringLiteral("AH-2026-0001")).status == QueryStatus::New);
}

TEST_CASE("the Edit menu undoes cuts copies and selects in the widget that had the focus")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Prison visits")); });
    f.showView(QueryView::All);
    ui::QueryPage* ws = f.queryPage();
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    auto* edit = f.window->findChild<QMenu*>(QStringLiteral("editMenu"));
    REQUIRE(edit != nullptr);
    // Opens the menu as a click on it would (its actions follow the focused widget), then chooses.
    const auto choose = [&](const char* name) {
        QAction* action = edit->findChild<QAction*>(QLatin1String(name));
        REQUIRE(action != nullptr);
        edit->popup(QPoint(0, 0));
        REQUIRE(test::waitFor([&] { return edit->isVisible(); }));
        const bool enabled = action->isEnabled();
        edit->hide();
        if (enabled)
            action->trigger();
        return enabled;
    };

    QLineEdit* search = ws->searchEdit();
    search->setFocus();
    REQUIRE(test::waitFor([&] { return search->hasFocus(); }));
    CHECK_FALSE(choose("undoAction")); // nothing typed yet
    test::type(search, QStringLiteral("ratification"));
    CHECK_FALSE(choose("copyAction")); // nothing selected
    CHECK(choose("selectAllAction"));
    CHECK(search->selectedText() == QStringLiteral("ratification"));
    CHECK(choose("cutAction"));
    CHECK(search->text().isEmpty());
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("ratification"));
    CHECK(choose("undoAction"));
    CHECK(search->text() == QStringLiteral("ratification"));
    search->clear();
    CHECK(choose("pasteAction"));
    CHECK(search->text() == QStringLiteral("ratification"));
    search->clear();

    // In the list, Copy copies the current cell, as Ctrl+C does.
    f.select(QStringLiteral("AH-2026-0001"));
    QTableView* table = ws->table();
    table->setCurrentIndex(table->model()->index(table->currentIndex().row(), 0));
    table->setFocus();
    REQUIRE(test::waitFor([&] { return table->hasFocus(); }));
    CHECK_FALSE(choose("pasteAction"));
    CHECK(choose("copyAction"));
    CHECK(QGuiApplication::clipboard()->text() == table->currentIndex().data().toString());
    CHECK_FALSE(QGuiApplication::clipboard()->text().isEmpty());
}

TEST_CASE("the detail pane leaves no blank box for an empty field and says the institution once")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        queries::QueryInput in = seed.input(QStringLiteral("Treaty reservations"));
        for (const reference::NamedItem& type : seed.lookup.institutionTypes()) {
            if (type.code == QLatin1String("ministry_foreign_affairs"))
                in.institutionTypeId = type.id;
        }
        REQUIRE(in.institutionTypeId.has_value());
        in.institution = QStringLiteral("Ministry of Foreign Affairs, Treaties Division");
        in.contact.name = QStringLiteral("Kwame Mensah");
        in.contact.phone = QStringLiteral("+233 30 266 4400");
        REQUIRE(seed.service.create(in).ok());
    });
    f.showView(QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    QueryDetailPane* pane = f.queryPage()->detailPane();
    auto* institution = pane->findChild<QLabel*>(QStringLiteral("institutionValue"));
    REQUIRE(institution != nullptr);
    CHECK(institution->text() == QStringLiteral("Ministry of Foreign Affairs, Treaties Division"));
    auto* contact = pane->findChild<QLabel*>(QStringLiteral("contactValue"));
    REQUIRE(contact != nullptr);
    CHECK(contact->text().contains(QStringLiteral("+233\u00a030\u00a0266\u00a04400"))); // no break inside
    // The request has text; the notes are empty: a heading that says so, no blank box.
    CHECK(pane->findChild<QPlainTextEdit*>(QStringLiteral("requestText"))->isVisibleTo(pane));
    CHECK_FALSE(pane->findChild<QPlainTextEdit*>(QStringLiteral("notesText"))->isVisibleTo(pane));
    CHECK(pane->findChild<QLabel*>(QStringLiteral("notesHeading"))->text() == QStringLiteral("Notes: \u2014"));
}

TEST_CASE("queries are linked, unlinked and a duplicate is merged into its survivor")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        seed.create(QStringLiteral("Ratification steps"));
        seed.create(QStringLiteral("Ratification steps (again)"));
        seed.create(QStringLiteral("Follow-up on the ratification bill"));
    });
    f.showView(QueryView::All);
    f.select(QStringLiteral("AH-2026-0003"));
    f.action("linkAction")->trigger();
    auto* pick = f.dialog<PickQueryDialog>("linkQueryDialog");
    test::type(pick->findEdit(), QStringLiteral("AH-2026-0001"));
    pick->findMatches();
    REQUIRE(pick->resultList()->count() == 1);
    chooseData(pick->kindCombo(), static_cast<int>(LinkKind::FollowUp));
    pick->findChild<QPushButton*>(QStringLiteral("pickButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<PickQueryDialog*>() == nullptr; }));
    QTreeWidget* links = f.queryPage()->detailPane()->linksList();
    REQUIRE(links->topLevelItemCount() == 1);
    CHECK(links->topLevelItem(0)->text(0) == QStringLiteral("AH-2026-0001"));

    links->setCurrentItem(links->topLevelItem(0));
    REQUIRE(f.action("unlinkAction")->isEnabled());
    f.action("unlinkAction")->trigger();
    CHECK(links->topLevelItemCount() == 0);

    // The duplicate, found by words; the merge is confirmed in the dialog itself.
    f.select(QStringLiteral("AH-2026-0002"));
    f.action("mergeAction")->trigger();
    auto* merge = f.dialog<PickQueryDialog>("mergeQueryDialog");
    test::type(merge->findEdit(), QStringLiteral("\"Ratification steps\""));
    merge->findMatches();
    REQUIRE(merge->resultList()->count() == 1); // not the duplicate itself
    auto* mergeButton = merge->findChild<QPushButton*>(QStringLiteral("pickButton"));
    CHECK_FALSE(mergeButton->isEnabled());
    merge->confirmCheck()->setChecked(true);
    REQUIRE(mergeButton->isEnabled());
    mergeButton->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<PickQueryDialog*>() == nullptr; }));
    REQUIRE(test::waitFor([&] { return !f.listedReferences().contains(QStringLiteral("AH-2026-0002")); }));
    CHECK(f.queryPage()->currentQueryId() == f.query(QStringLiteral("AH-2026-0001")).id);
    CHECK(f.query(QStringLiteral("AH-2026-0002")).reference
        == QStringLiteral("AH-2026-0001")); // resolves to the survivor
}

TEST_CASE("filters, saved searches and the keyboard")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        for (int i = 0; i < 6; ++i) {
            QueryInput in = seed.input(QStringLiteral("Query %1").arg(i), QDate(2025, 12, 1).addDays(i));
            in.priority = i % 2 ? Priority::High : Priority::Low;
            in.stateId = seed.stateId(i < 3 ? "GH" : "FJ");
            REQUIRE(seed.service.create(in).ok());
        }
    });
    ui::QueryPage* ws = f.queryPage();
    f.showView(QueryView::All);
    CHECK(f.listedReferences().size() == 6);
    CHECK(f.listedReferences().first() == QStringLiteral("AH-2025-0006")); // newest first

    auto* priority = ws->findChild<MultiSelectButton*>(QStringLiteral("priorityFilter"));
    priority->setSelectedValues({ QueryText::code(Priority::High) });
    CHECK(f.listedReferences()
        == (QStringList {
            QStringLiteral("AH-2025-0006"), QStringLiteral("AH-2025-0004"), QStringLiteral("AH-2025-0002") }));
    auto* states = ws->findChild<MultiSelectButton*>(QStringLiteral("stateFilter"));
    states->setSelectedValues({ f.window->session()->lookup().findState(QStringLiteral("FJ"))->id });
    CHECK(f.listedReferences() == (QStringList { QStringLiteral("AH-2025-0006"), QStringLiteral("AH-2025-0004") }));
    auto* received = ws->findChild<DateRangeButton*>(QStringLiteral("receivedFilter"));
    received->setRange(std::nullopt, QDate(2025, 12, 5));
    CHECK(f.listedReferences() == QStringList { QStringLiteral("AH-2025-0004") });
    CHECK(ws->findChild<QLabel*>(QStringLiteral("resultCountLabel"))->text().startsWith(QLatin1String("1 ")));

    // Saved: the view and filters come back with one click.
    f.action("saveSearchAction")->trigger();
    auto* save = f.dialog<SaveSearchDialog>("saveSearchDialog");
    test::type(save->nameEdit(), QStringLiteral("High from Fiji"));
    save->findChild<QPushButton*>(QStringLiteral("saveSearchButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<SaveSearchDialog*>() == nullptr; }));
    const auto saved = ws->navigationList()->findItems(QStringLiteral("High from Fiji"), Qt::MatchExactly);
    REQUIRE(saved.size() == 1);
    CHECK(ws->navigationList()->currentItem() == saved.first());
    f.showView(QueryView::Inbox); // leaving the saved search clears its filters
    f.showView(QueryView::All);
    CHECK(f.listedReferences().size() == 6);
    CHECK_FALSE(priority->hasSelection());
    ws->navigationList()->setCurrentItem(saved.first());
    CHECK(f.listedReferences() == QStringList { QStringLiteral("AH-2025-0004") });
    CHECK(priority->selectedValues() == QVariantList { QueryText::code(Priority::High) });

    // Deleting it asks first.
    REQUIRE(f.action("deleteSavedSearchAction")->isEnabled());
    f.action("deleteSavedSearchAction")->trigger();
    CHECK(test::answerMessageBox(QMessageBox::Yes).contains(QLatin1String("High from Fiji")));
    CHECK(ws->navigationList()->findItems(QStringLiteral("High from Fiji"), Qt::MatchExactly).isEmpty());
    CHECK(f.window->session()->search().savedSearches()->empty());

    // Keyboard: Ctrl+F to the search box, Ctrl+Down / Ctrl+Up through the list, Return edits.
    f.showView(QueryView::All);
    ws->filterBar()->clear();
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    ws->table()->setFocus();
    QTest::keyClick(ws->table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(ws->searchEdit()->hasFocus());
    f.select(QStringLiteral("AH-2025-0006"));
    ws->searchEdit()->setFocus();
    QTest::keyClick(ws->searchEdit(), Qt::Key_Down, Qt::ControlModifier); // from the search box
    CHECK(ws->currentQueryId() == f.query(QStringLiteral("AH-2025-0005")).id);
    ws->table()->setFocus();
    QTest::keyClick(ws->table(), Qt::Key_Down, Qt::ControlModifier); // and from the table
    CHECK(ws->currentQueryId() == f.query(QStringLiteral("AH-2025-0004")).id);
    QTest::keyClick(ws->table(), Qt::Key_Up, Qt::ControlModifier);
    CHECK(ws->currentQueryId() == f.query(QStringLiteral("AH-2025-0005")).id);
    CHECK(ws->detailPane()->queryId() == ws->currentQueryId());
    // Down from the search box goes into the list.
    ws->searchEdit()->setFocus();
    QTest::keyClick(ws->searchEdit(), Qt::Key_Down);
    CHECK(ws->table()->hasFocus());
    ws->table()->setFocus();
    QTest::keyClick(ws->table(), Qt::Key_Return);
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    CHECK(form->windowTitle().contains(QLatin1String("AH-2025-0005")));
    form->reject();
}

TEST_CASE("locking destroys the session workspace, its pages, their models and every dialog they opened")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Confidential matter")); });
    f.showView(QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    QPointer<SessionWorkspace> shell = f.sessionWorkspace();
    QPointer<ui::QueryPage> workspace = f.queryPage();
    QPointer<QueryTableModel> model = workspace->model();
    QPointer<QueryDetailPane> pane = workspace->detailPane();
    f.action("editQueryAction")->trigger();
    QPointer<QueryFormDialog> form = f.dialog<QueryFormDialog>("queryFormDialog");
    f.action("addNoteAction")->trigger(); // another one at the same time
    QPointer<TimelineEntryDialog> entry = f.dialog<TimelineEntryDialog>("timelineEntryDialog");
    f.child<QAction>("advisersAction")->trigger();
    QPointer<QDialog> advisers = f.dialog<QDialog>("advisersDialog");
    auto* menu = f.child<QMenu>("queryMenu");
    CHECK_FALSE(menu->actions().isEmpty());

    f.window->lock();
    CHECK(f.window->isLocked());
    CHECK(shell.isNull());
    CHECK(workspace.isNull());
    CHECK(model.isNull());
    CHECK(pane.isNull());
    CHECK(form.isNull());
    CHECK(entry.isNull());
    CHECK(advisers.isNull());
    CHECK(f.window->findChild<SessionWorkspace*>() == nullptr);
    CHECK(f.window->findChild<ui::QueryPage*>() == nullptr);
    CHECK(f.window->findChild<QueryTableModel*>() == nullptr);
    CHECK(f.window->findChild<QueryFormDialog*>() == nullptr);
    CHECK(f.window->findChild<QTableView*>(QStringLiteral("queryTable")) == nullptr);
    // The Query menu is hidden and its actions went with the workspace.
    CHECK(menu->actions().isEmpty());
    CHECK_FALSE(menu->menuAction()->isVisible());
    CHECK(f.child<QLabel>("statusAdviserLabel")->text().isEmpty());
    CHECK_FALSE(f.child<QAction>("advisersAction")->isEnabled());

    // Unlocked again, the single adviser is chosen without asking.
    f.unlock(f.path);
    CHECK(f.child<QLabel>("statusAdviserLabel")->text() == QStringLiteral("Working as Amara Quillfeather"));
    CHECK(f.window->findChild<ChooseAdviserDialog*>() == nullptr);
}

TEST_CASE("the acting adviser: created at the first unlock, chosen among several, managed in Vault > Advisers")
{
    SECTION("a vault without advisers asks for the first one, and nothing can change until then")
    {
        test::WorkspaceFixture f(QStringList {});
        auto* first = f.dialog<FirstAdviserDialog>("firstAdviserDialog");
        CHECK(f.child<QLabel>("statusAdviserLabel")->text() == QStringLiteral("No adviser chosen"));
        CHECK(f.window->findChild<QWidget*>(QStringLiteral("adviserBanner"))->isVisible());
        CHECK_FALSE(f.action("newQueryAction")->isEnabled());
        first->accept(); // no name
        CHECK(first->findChild<InlineError*>(QStringLiteral("adviserErrorLabel"))->isVisible());
        test::type(first->nameEdit(), QStringLiteral("Noor Gablethorn"));
        first->accept();
        CHECK(f.child<QLabel>("statusAdviserLabel")->text() == QStringLiteral("Working as Noor Gablethorn"));
        CHECK_FALSE(f.window->findChild<QWidget*>(QStringLiteral("adviserBanner"))->isVisible());
        CHECK(f.action("newQueryAction")->isEnabled());
        CHECK(f.window->session()->advisers().list()->size() == 1);
    }
    SECTION("several advisers: the one who last changed something is offered first")
    {
        test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather"), QStringLiteral("Tomas Brindlewood") });
        auto* choose = f.dialog<ChooseAdviserDialog>("chooseAdviserDialog");
        REQUIRE(choose->adviserList()->count() == 2);
        choose->adviserList()->setCurrentRow(1);
        choose->accept();
        CHECK(f.child<QLabel>("statusAdviserLabel")->text() == QStringLiteral("Working as Tomas Brindlewood"));
        // Choosing writes nothing to the vault (issue 8); the first real change records who made it.
        REQUIRE(f.window->session()->holidays().add(QDate(2026, 12, 24), QStringLiteral("Christmas Eve")).ok());

        f.window->lock();
        f.unlock(f.path);
        auto* again = f.dialog<ChooseAdviserDialog>("chooseAdviserDialog");
        REQUIRE(again->adviserList()->currentItem() != nullptr);
        CHECK(again->adviserList()->currentItem()->text().startsWith(QLatin1String("Tomas Brindlewood")));
        again->accept();

        // Vault ▸ Advisers: add, rename, deactivate (never the one working now).
        f.child<QAction>("advisersAction")->trigger();
        auto* dialog = f.dialog<QDialog>("advisersDialog");
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("adviserList"));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("adviserNameEdit"));
        name->setText(QStringLiteral("Lina Marrowby"));
        dialog->findChild<QPushButton*>(QStringLiteral("addAdviserButton"))->click();
        REQUIRE(list->topLevelItemCount() == 3);
        CHECK(list->currentItem()->text(0) == QStringLiteral("Lina Marrowby"));
        name->setText(QStringLiteral("Lina Marrowby-Quill"));
        dialog->findChild<QPushButton*>(QStringLiteral("renameAdviserButton"))->click();
        CHECK(list->currentItem()->text(0) == QStringLiteral("Lina Marrowby-Quill"));
        auto* toggle = dialog->findChild<QPushButton*>(QStringLiteral("toggleAdviserButton"));
        toggle->click();
        CHECK(list->currentItem()->text(2) == QStringLiteral("former"));
        // The new name and the inactive state reach the filters at once.
        auto* advisers = f.queryPage()->findChild<MultiSelectButton*>(QStringLiteral("adviserFilter"));
        CHECK_FALSE(
            advisers->list()->findItems(QStringLiteral("Lina Marrowby-Quill (former)"), Qt::MatchExactly).isEmpty());
        const auto working = list->findItems(QStringLiteral("Tomas Brindlewood"), Qt::MatchExactly);
        REQUIRE(working.size() == 1);
        list->setCurrentItem(working.first());
        CHECK_FALSE(toggle->isEnabled());
    }
}

TEST_CASE("office holidays move the default due dates of new queries")
{
    test::WorkspaceFixture f;
    f.child<QAction>("holidaysAction")->trigger();
    auto* dialog = f.dialog<QDialog>("holidaysDialog");
    dialog->findChild<QDateEdit*>(QStringLiteral("holidayDateEdit"))->setDate(QDate(2026, 1, 6));
    dialog->findChild<QLineEdit*>(QStringLiteral("holidayNameEdit"))->setText(QStringLiteral("Office closed"));
    dialog->findChild<QPushButton*>(QStringLiteral("addHolidayButton"))->click();
    CHECK(dialog->findChild<QTreeWidget*>(QStringLiteral("holidayList"))->topLevelItemCount() == 1);
    dialog->reject();

    f.action("newQueryAction")->trigger();
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    chooseData(form->findChild<QComboBox*>(QStringLiteral("priorityCombo")), QueryText::code(Priority::Urgent));
    CHECK(form->dueField()->date() == QDate(2026, 1, 8)); // two working days, the 6th skipped
    form->reject();
}

TEST_CASE("a CSV file with a bad row imports nothing and lists every problem, a good one is imported, and exports are "
          "recorded")
{
    test::WorkspaceFixture f;
    test::TempDir files;
    const QString bad = files.file(QStringLiteral("bad.csv"));
    test::writeFile(bad,
        "received,channel,state,subject,themes\n"
        "2026-01-02,email,GH,Accession steps,ratification\n"
        "2026-01-02,pigeon,Atlantis,Prison visits,prisons_detention\n"
        "2026-01-03,letter,FJ,,training\n");
    f.action("importCsvAction")->trigger();
    test::answerFileDialog(bad);
    auto* report = f.dialog<QDialog>("importReportDialog");
    auto* problems = report->findChild<QTreeWidget*>(QStringLiteral("importProblemList"));
    REQUIRE(problems->topLevelItemCount() == 3);
    CHECK(problems->topLevelItem(0)->text(0) == QStringLiteral("3"));
    CHECK(problems->topLevelItem(0)->text(1) == QStringLiteral("channel"));
    CHECK(problems->topLevelItem(1)->text(1) == QStringLiteral("state"));
    CHECK(problems->topLevelItem(2)->text(0) == QStringLiteral("4"));
    CHECK(problems->topLevelItem(2)->text(1) == QStringLiteral("subject"));
    CHECK(f.count() == 0);
    report->reject();

    // Check CSV File: the same report, and nothing imported.
    f.action("checkCsvAction")->trigger();
    test::answerFileDialog(bad);
    auto* checked = f.dialog<QDialog>("importReportDialog");
    CHECK(checked->findChild<QTreeWidget*>(QStringLiteral("importProblemList"))->topLevelItemCount() == 3);
    // The report can be copied (the concealed clipboard) and saved, 0600, beside the file.
    checked->findChild<QPushButton*>(QStringLiteral("copyImportReportButton"))->click();
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied.count(QLatin1Char('\n')) == 3);
    CHECK(copied.startsWith(QLatin1String("line ")));
    const QString reportFile = files.file(QStringLiteral("problems.txt"));
    checked->findChild<QPushButton*>(QStringLiteral("saveImportReportButton"))->click();
    test::answerFileDialog(reportFile);
    REQUIRE(test::waitFor([&] { return QFile::exists(reportFile); }));
    CHECK(QString::fromUtf8(test::readFile(reportFile)) == copied);
    CHECK(test::fileMode(reportFile) == 0600);
    checked->reject();
    const QString valid = files.file(QStringLiteral("valid.csv"));
    test::writeFile(valid,
        "received,channel,state,subject,themes\n"
        "2026-01-02,email,GH,Accession steps,ratification\n"
        "2026-01-03,letter,FJ,Training of prison staff,training\n");
    f.action("checkCsvAction")->trigger();
    test::answerFileDialog(valid);
    const QString checkedText = test::answerMessageBox(QMessageBox::Ok);
    CHECK(checkedText.contains(QLatin1String("All 2 ")));
    CHECK(checkedText.contains(QLatin1String("of valid.csv can be imported")));
    CHECK(f.count() == 0);

    const QString good = files.file(QStringLiteral("good.csv"));
    test::writeFile(good,
        "Date received,Channel,Country,Subject,Themes,E-mail,Q&A\n"
        "2026-01-02,email,GH,Accession steps,ratification,a@example.org,x\n"
        "2026-01-03,letter,FJ,Training of prison staff,training,b@example.org,y\n");
    f.action("importCsvAction")->trigger();
    test::answerFileDialog(good);
    // "Country" is not a column name: the columns are matched first, the obvious ones guessed.
    auto* mapping = f.dialog<QDialog>("columnMappingDialog");
    const auto proposed = [&](const char* header) {
        auto* combo = mapping->findChild<QComboBox*>(QStringLiteral("mapping_") + QLatin1String(header));
        REQUIRE(combo != nullptr);
        return combo->currentData().toString();
    };
    CHECK(proposed("Date received") == QStringLiteral("received"));
    CHECK(proposed("Country") == QStringLiteral("state"));
    CHECK(proposed("E-mail") == QStringLiteral("contact_email"));
    CHECK(proposed("Q&A").isEmpty()); // unknown: ignored unless chosen
    auto* country = mapping->findChild<QComboBox*>(QStringLiteral("mapping_Country"));
    // Every target reads as a name, the two that are not form fields too.
    CHECK(country->findText(QStringLiteral("Reference (reference)")) >= 0);
    CHECK(country->findText(QStringLiteral("Status (status)")) >= 0);
    chooseData(country, QString());
    mapping->accept();
    CHECK(mapping->findChild<InlineError*>(QStringLiteral("mappingErrorLabel"))->isVisible()); // state is required
    chooseData(country, QStringLiteral("state"));
    mapping->accept();
    CHECK(test::answerMessageBox(QMessageBox::Ok).contains(QLatin1String("2 ")));
    REQUIRE(test::waitFor([&] { return f.count() == 2; }));

    // Export the list shown: a file, and an entry in each query's timeline.
    f.showView(QueryView::All);
    REQUIRE(test::waitFor([&] { return f.listedReferences().size() == 2; }));
    const QString exported = files.file(QStringLiteral("export.json"));
    f.action("exportAction")->trigger();
    test::answerFileDialog(exported);
    CHECK(test::answerMessageBox(QMessageBox::Ok).contains(QLatin1String("not encrypted")));
    REQUIRE(QFile::exists(exported));
    CHECK(test::readFile(exported).trimmed().startsWith('['));
    CHECK(test::fileMode(exported) == 0600);
    const Query first = f.query(QStringLiteral("AH-2026-0001"));
    Result<std::vector<TimelineEntry>> timeline = f.window->session()->queries().timeline(first.id);
    REQUIRE(timeline.ok());
    CHECK(std::any_of(
        timeline->begin(), timeline->end(), [](const TimelineEntry& e) { return e.kind == EntryKind::Exported; }));
    const QJsonArray plain = QJsonDocument::fromJson(test::readFile(exported)).array();
    REQUIRE(plain.size() == 2);
    CHECK_FALSE(plain.at(0).toObject().contains(QStringLiteral("timeline")));

    // The same with each query's timeline, chosen in the file dialog's type list.
    const QString withTimelines = files.file(QStringLiteral("export-timelines.json"));
    f.action("exportAction")->trigger();
    test::answerFileDialog(withTimelines, QStringLiteral("JSON files with each query's timeline (*.json)"));
    test::answerMessageBox(QMessageBox::Ok);
    const QJsonArray full = QJsonDocument::fromJson(test::readFile(withTimelines)).array();
    REQUIRE(full.size() == 2);
    const QJsonArray entries = full.at(0).toObject().value(QStringLiteral("timeline")).toArray();
    CHECK(entries.size() >= 2); // imported, exported
    CHECK(entries.at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("imported"));
}

namespace {
// A CSV file of `rows` good rows, enough for an import to report progress many times.
QString largeImportFile(test::TempDir& files, int rows)
{
    QByteArray csv = "received,channel,state,subject,request,themes\n";
    for (int i = 0; i < rows; ++i) {
        csv += "2025-03-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",email,GH,Bulk row "
            + QByteArray::number(i) + ",\"A request, with a comma\",training\n";
    }
    const QString path = files.file(QStringLiteral("large.csv"));
    test::writeFile(path, csv);
    return path;
}

QProgressDialog* progressDialog(ui::MainWindow& window)
{
    return window.findChild<QProgressDialog*>(QStringLiteral("longOperationProgress"));
}
} // namespace

namespace {
// Starts Import CSV with `path` chosen in its file dialog and runs `during` once, from the event
// loop, while the import runs (its progress dialog exists); returns once the import is over.
void whileImporting(test::WorkspaceFixture& f, const QString& path, const std::function<void()>& during)
{
    bool ran = false;
    QTimer poll;
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!ran && progressDialog(*f.window)) {
            ran = true;
            poll.stop();
            during();
        }
    });
    poll.start();
    f.action("importCsvAction")->trigger();
    test::answerFileDialog(path);
    REQUIRE(test::waitFor([&] { return ran && progressDialog(*f.window) == nullptr; }));
}
} // namespace

TEST_CASE("a long import shows its progress, can be cancelled, and a lock waits until it has finished")
{
    test::WorkspaceFixture f;
    test::TempDir files;
    const QString path = largeImportFile(files, 3000);

    SECTION("cancelled from the progress dialog: nothing imported")
    {
        whileImporting(f, path, [&] { progressDialog(*f.window)->cancel(); });
        CHECK(f.count() == 0);
        CHECK(progressDialog(*f.window) == nullptr);
        CHECK(f.window->statusBar()->currentMessage().contains(QLatin1String("cancelled")));
        CHECK_FALSE(f.window->isLocked());
    }
    SECTION("a lock asked for while it runs (auto-lock, screen lock) comes once every row is in the vault")
    {
        bool lockedDuringImport = true;
        whileImporting(f, path, [&] {
            f.window->lock();
            lockedDuringImport = f.window->isLocked();
        });
        CHECK_FALSE(lockedDuringImport);
        REQUIRE(test::waitFor([&] { return f.window->isLocked(); }));
        f.unlock(f.path);
        CHECK(f.count() == 3000);
    }
    SECTION("the system going to sleep cancels it and locks at once: nothing half done")
    {
        auto* watcher = f.window->findChild<ui::ScreenLockWatcher*>();
        REQUIRE(watcher != nullptr);
        whileImporting(f, path, [&] {
            // What the watcher emits on logind's PrepareForSleep(true).
            Q_EMIT watcher->aboutToSleep();
            Q_EMIT watcher->lockRequested();
        });
        REQUIRE(test::waitFor([&] { return f.window->isLocked(); }));
        CHECK(f.window->statusBar()->currentMessage().contains(QLatin1String("going to sleep")));
        f.unlock(f.path);
        CHECK(f.count() == 0);
    }
    SECTION("closing the window waits too, then closes")
    {
        bool closed = true;
        whileImporting(f, path, [&] { closed = f.window->close(); });
        CHECK_FALSE(closed);
        REQUIRE(test::waitFor([&] { return !f.window->isVisible(); }));
        CHECK(f.window->isLocked());
        CHECK(test::openVault(f.path)->connection().queryInt("SELECT count(*) FROM queries") == 3000);
    }
}

TEST_CASE("the workspace's layout is remembered in the settings, and nothing of the vault's content")
{
    QByteArray header;
    {
        test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
            [](test::VaultSeed& seed) { seed.create(QStringLiteral("Accession steps")); });
        QHeaderView* columns = f.queryPage()->table()->horizontalHeader();
        columns->resizeSection(QueryTableModel::StateColumn, 233); // the subject takes the rest
        columns->setSortIndicator(QueryTableModel::DueColumn, Qt::AscendingOrder);
        CHECK(f.queryPage()->model()->currentSort() == QuerySort { SortColumn::Due, Qt::AscendingOrder });
        f.showView(QueryView::AwaitingRequester);
        f.window->lock(); // the workspace saves its layout as it goes

        f.unlock(f.path);
        columns = f.queryPage()->table()->horizontalHeader();
        CHECK(columns->sectionSize(QueryTableModel::StateColumn) == 233);
        CHECK(columns->sortIndicatorSection() == QueryTableModel::DueColumn);
        CHECK(f.queryPage()->model()->currentSort() == QuerySort { SortColumn::Due, Qt::AscendingOrder });
        CHECK(f.queryPage()->currentFilter().view == QueryView::AwaitingRequester);

        // Only layout under ui/: no reference, subject, name or filter value.
        QSettings raw;
        for (const QString& key : raw.allKeys()) {
            INFO(key.toStdString());
            CHECK((key.startsWith(QLatin1String("ui/")) || key.startsWith(QLatin1String("security/"))
                || key.startsWith(QLatin1String("vault/")) || key.startsWith(QLatin1String("backup/"))));
            const QByteArray value = raw.value(key).toByteArray();
            CHECK_FALSE(value.contains("Accession"));
            CHECK_FALSE(value.contains("AH-2026"));
            CHECK_FALSE(value.contains("Amara"));
        }
    }
}

} // namespace query_page_test
