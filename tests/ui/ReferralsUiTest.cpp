// Referrals in the desktop application (issue 10), through the user's path: the Query menu's
// actions and their shortcuts, the dialogs filled in and answered as a user would, and what the
// detail pane's Referrals and Timeline tabs show after each step.
#include "WorkspaceFixture.h"
#include "advisers/AdviserService.h"
#include "advisers/ChooseAdviserDialog.h"
#include "common/CheckList.h"
#include "common/InlineError.h"
#include "partners/PartnerService.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryFilterBar.h"
#include "queries/QueryService.h"
#include "referrals/ConsentDialog.h"
#include "referrals/FollowUpsPage.h"
#include "referrals/ReferDialog.h"
#include "referrals/ReferralService.h"
#include "referrals/ReferralStatusDialog.h"
#include "referrals/ReferralsPanel.h"
#include "security/InactivityTimer.h"
#include "session/Session.h"
#include "vault/UnlockWidget.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace referrals_ui_test {

using namespace advicehub;
using namespace advicehub::referrals;
using namespace advicehub::ui;

namespace {

const QString kApt = QStringLiteral("Association for the Prevention of Torture");

// A triaged query from Ghana about ratification (APT's expertise), so that it may become
// "referred".
void seedTriagedQuery(test::VaultSeed& seed)
{
    const qint64 id = seed.create(QStringLiteral("Accession to the Convention"));
    queries::QueryService::Triage triage;
    triage.adviserId = seed.adviserIds.front();
    triage.route = queries::Route::Both;
    REQUIRE(seed.service.triage(id, triage).ok());
}

ReferralsPanel* panel(test::WorkspaceFixture& f)
{
    return f.queryPage()->detailPane()->referralsPanel();
}

// The newest timeline entry of the query shown: "what" and "details" as the pane lists them.
std::pair<QString, QString> newestTimelineEntry(test::WorkspaceFixture& f)
{
    QTreeWidget* timeline = f.queryPage()->detailPane()->timelineList();
    REQUIRE(timeline->topLevelItemCount() > 0);
    QTreeWidgetItem* newest = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
    return { newest->text(1), newest->text(3) };
}

// The status moves the Query menu offers for the selected referral, by their object names.
QStringList offeredMoves(test::WorkspaceFixture& f)
{
    QStringList names;
    for (QAction* action : f.queryPage()->action(QStringLiteral("referralStatusAction"))->menu()->actions())
        names << action->objectName();
    names.sort();
    return names;
}

QStringList expectedMoves(QList<ReferralStatus> statuses)
{
    QStringList names;
    for (ReferralStatus status : statuses)
        names << QStringLiteral("referralStatusAction_") + ReferralText::code(status);
    names.sort();
    return names;
}

void triggerMove(test::WorkspaceFixture& f, ReferralStatus to)
{
    QMenu* menu = f.queryPage()->action(QStringLiteral("referralStatusAction"))->menu();
    auto* move = menu->findChild<QAction*>(QStringLiteral("referralStatusAction_") + ReferralText::code(to));
    INFO("move to " << ReferralText::code(to).toStdString());
    REQUIRE(move != nullptr);
    REQUIRE(move->isEnabled());
    move->trigger();
}

void pressOnTable(test::WorkspaceFixture& f, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    f.queryPage()->table()->setFocus();
    QTest::keyClick(f.queryPage()->table(), key, modifiers);
}

// Refer to Partner… (Ctrl+Shift+R), APT chosen among the suggestions, a reason typed.
void referToApt(test::WorkspaceFixture& f)
{
    pressOnTable(f, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto* refer = f.dialog<ReferDialog>("referDialog");
    QTreeWidgetItem* apt = nullptr;
    for (int i = 0; i < refer->suggestionList()->topLevelItemCount(); ++i) {
        if (refer->suggestionList()->topLevelItem(i)->text(0).startsWith(kApt))
            apt = refer->suggestionList()->topLevelItem(i);
    }
    REQUIRE(apt != nullptr);
    // Its reasons say why it is suggested.
    CHECK(apt->text(1).contains(QLatin1String("Ratification"), Qt::CaseInsensitive));
    refer->suggestionList()->setCurrentItem(apt);
    CHECK(refer->chosenPartnerId().has_value());
    // The least is shared by default: subject and themes.
    CHECK(refer->sharedFields() == ReferralText::defaultSharedFields());
    CHECK(refer->consentLabel()->text().contains(QLatin1String("No recorded consent")));
    test::type(refer->reasonEdit(), QStringLiteral("APT advises States on accession."));
    refer->findChild<QPushButton*>(QStringLiteral("referButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<ReferDialog*>() == nullptr; }));
}

} // namespace

TEST_CASE("a query is referred from the suggestions, sent once consent is recorded, accepted and completed, each "
          "step on its timeline")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedTriagedQuery);
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    Session& session = *f.window->session();
    const qint64 queryId = *f.queryPage()->currentQueryId();

    referToApt(f);
    // The Referrals tab shows it: proposed, no consent yet.
    QTabWidget* tabs = f.queryPage()->detailPane()->tabs();
    CHECK(tabs->currentWidget() == panel(f));
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("&Referrals (1)"));
    QTreeWidget* list = panel(f)->referralList();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == kApt);
    CHECK(list->topLevelItem(0)->text(1) == ReferralText::label(ReferralStatus::Proposed));
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("No consent yet"));
    CHECK(list->topLevelItem(0)->text(4) == QStringLiteral("Subject, Themes"));
    CHECK(newestTimelineEntry(f).first == QStringLiteral("Referral"));
    const std::vector<Referral> referrals = session.referrals().referralsOf(queryId);
    REQUIRE(referrals.size() == 1);
    const qint64 referralId = referrals.front().id;
    CHECK(offeredMoves(f) == expectedMoves(session.referrals().allowedTransitions(referralId)));

    // Mark Sent without consent, as an adviser who is not a head: explained, and refused.
    triggerMove(f, ReferralStatus::Sent);
    auto* refused = f.dialog<ReferralStatusDialog>("referralStatusDialog");
    CHECK(refused->needsOverride());
    CHECK_FALSE(refused->mayOverride());
    CHECK(refused->findChild<QLabel*>(QStringLiteral("onlyHeadLabel"))->text().contains(QLatin1String("Head")));
    CHECK_FALSE(refused->okButton()->isVisible());
    CHECK(refused->justificationEdit() == nullptr);
    // … and offers to record the consent instead.
    refused->findChild<QPushButton*>(QStringLiteral("recordConsentInsteadButton"))->click();
    auto* consent = f.dialog<ConsentDialog>("consentDialog");
    CHECK(session.referrals().get(referralId)->status == ReferralStatus::Proposed);

    // The consent dialog starts from the open referral: its partner and the fields it shares.
    REQUIRE(consent->partnerList()->checkedValues() == QVariantList { referrals.front().partnerId });
    CHECK(consent->fieldList()->checkedValues()
        == QVariantList { ReferralText::code(SharedField::Subject), ReferralText::code(SharedField::Themes) });
    // Nobody named: refused with the core's message, nothing recorded.
    consent->findChild<QPushButton*>(QStringLiteral("recordConsentButton"))->click();
    CHECK(consent->findChild<InlineError*>(QStringLiteral("consentErrorLabel"))->isVisible());
    CHECK(session.referrals().consentsOf(queryId).empty());
    test::type(consent->givenByNameEdit(), QStringLiteral("Kwame Asante"));
    test::type(consent->givenByFunctionEdit(), QStringLiteral("Director of Legal Affairs"));
    consent->findChild<QPushButton*>(QStringLiteral("recordConsentButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<ConsentDialog*>() == nullptr; }));
    REQUIRE(panel(f)->consentList()->topLevelItemCount() == 1);
    CHECK(panel(f)->consentList()->topLevelItem(0)->text(2)
        == QStringLiteral("Kwame Asante (Director of Legal Affairs)"));
    CHECK(newestTimelineEntry(f).first == QStringLiteral("Consent"));

    // Consent obtained, then sent: the dialog no longer speaks of an override.
    panel(f)->selectReferral(referralId);
    triggerMove(f, ReferralStatus::ConsentObtained);
    f.dialog<ReferralStatusDialog>("referralStatusDialog")->okButton()->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<ReferralStatusDialog*>() == nullptr; }));
    CHECK(session.referrals().get(referralId)->status == ReferralStatus::ConsentObtained);
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("Consent recorded"));
    CHECK(offeredMoves(f) == expectedMoves(session.referrals().allowedTransitions(referralId)));

    triggerMove(f, ReferralStatus::Sent);
    auto* send = f.dialog<ReferralStatusDialog>("referralStatusDialog");
    CHECK_FALSE(send->needsOverride());
    CHECK(send->okButton()->text() == ReferralText::actionLabel(ReferralStatus::Sent));
    send->okButton()->click();
    // Offered, not forced: the query may move to "referred" too.
    const QString question = test::answerMessageBox(QMessageBox::Yes);
    CHECK(question.contains(QLatin1String("Referred")));
    CHECK(session.referrals().get(referralId)->status == ReferralStatus::Sent);
    CHECK(f.query(QStringLiteral("AH-2026-0001")).status == queries::QueryStatus::Referred);
    // The send and the status on the timeline.
    bool sentOnTimeline = false;
    QTreeWidget* timeline = f.queryPage()->detailPane()->timelineList();
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        sentOnTimeline |= timeline->topLevelItem(i)->text(3).contains(QLatin1String("sent (shared: Subject, Themes"));
    CHECK(sentOnTimeline);
    CHECK(newestTimelineEntry(f).first == QStringLiteral("Status"));

    // Accepted (an outcome is optional) and completed.
    panel(f)->selectReferral(referralId);
    triggerMove(f, ReferralStatus::Accepted);
    auto* accept = f.dialog<ReferralStatusDialog>("referralStatusDialog");
    REQUIRE(accept->outcomeEdit() != nullptr);
    CHECK(accept->reasonEdit() == nullptr);
    accept->okButton()->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<ReferralStatusDialog*>() == nullptr; }));
    CHECK(session.referrals().get(referralId)->status == ReferralStatus::Accepted);
    CHECK(newestTimelineEntry(f).second.contains(ReferralText::label(ReferralStatus::Accepted)));

    triggerMove(f, ReferralStatus::Completed);
    auto* complete = f.dialog<ReferralStatusDialog>("referralStatusDialog");
    test::type(complete->outcomeEdit(), QStringLiteral("APT ran a workshop with the Ministry."));
    complete->okButton()->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<ReferralStatusDialog*>() == nullptr; }));
    CHECK(session.referrals().get(referralId)->status == ReferralStatus::Completed);
    CHECK(session.referrals().get(referralId)->outcome == QStringLiteral("APT ran a workshop with the Ministry."));
    CHECK(newestTimelineEntry(f).first == QStringLiteral("Referral"));
    CHECK(newestTimelineEntry(f).second.contains(ReferralText::label(ReferralStatus::Completed)));
    CHECK(list->topLevelItem(0)->text(1) == ReferralText::label(ReferralStatus::Completed));
    // Closed: no move is offered any more.
    CHECK(offeredMoves(f).isEmpty());
    CHECK_FALSE(f.queryPage()->action(QStringLiteral("referralStatusAction"))->isEnabled());
}

TEST_CASE("declining a referral asks for the reason, and the refusal of an empty one is shown")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedTriagedQuery);
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    referToApt(f);
    const qint64 referralId = panel(f)->selectedReferral()->id;
    triggerMove(f, ReferralStatus::Withdrawn);
    auto* withdraw = f.dialog<ReferralStatusDialog>("referralStatusDialog");
    REQUIRE(withdraw->reasonEdit() != nullptr);
    withdraw->okButton()->click();
    CHECK(withdraw->findChild<InlineError*>(QStringLiteral("referralStatusErrorLabel"))->isVisible());
    CHECK(f.window->session()->referrals().get(referralId)->status == ReferralStatus::Proposed);
    test::type(withdraw->reasonEdit(), QStringLiteral("The State asked us to wait."));
    withdraw->okButton()->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<ReferralStatusDialog*>() == nullptr; }));
    CHECK(f.window->session()->referrals().get(referralId)->status == ReferralStatus::Withdrawn);
}

TEST_CASE("a head sends a referral without consent on a written justification, counted as it is typed, and the "
          "override is marked")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        seedTriagedQuery(seed);
        REQUIRE(seed.session->advisers().add(QStringLiteral("Ines Marchetti"), advisers::Role::Head).ok());
    });
    // Two advisers: the one working is chosen — the head.
    auto* choose = f.dialog<ChooseAdviserDialog>("chooseAdviserDialog");
    const QList<QListWidgetItem*> head
        = choose->adviserList()->findItems(QStringLiteral("Ines Marchetti"), Qt::MatchStartsWith);
    REQUIRE(head.size() == 1);
    choose->adviserList()->setCurrentItem(head.first());
    choose->accept();
    Session& session = *f.window->session();
    REQUIRE(session.referrals().mayOverride());

    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    referToApt(f);
    const qint64 referralId = panel(f)->selectedReferral()->id;

    triggerMove(f, ReferralStatus::Sent);
    auto* send = f.dialog<ReferralStatusDialog>("referralStatusDialog");
    REQUIRE(send->needsOverride());
    REQUIRE(send->mayOverride());
    REQUIRE(send->justificationEdit() != nullptr);
    CHECK_FALSE(send->okButton()->isEnabled());
    test::type(send->justificationEdit(), QStringLiteral("Urgent risk"));
    CHECK(send->justificationCounter()->text() == QStringLiteral("11 / 20 characters"));
    CHECK_FALSE(send->okButton()->isEnabled());
    test::type(send->justificationEdit(), QStringLiteral(": a detainee's life is at stake."));
    CHECK(send->justificationCounter()->text().startsWith(QLatin1String("43 / 20")));
    REQUIRE(send->okButton()->isEnabled());
    send->okButton()->click();
    // The query stays where it is when the offer is declined (No is the default).
    test::answerMessageBox(QMessageBox::No);
    CHECK(f.query(QStringLiteral("AH-2026-0001")).status == queries::QueryStatus::Triaged);

    const Referral sent = *session.referrals().get(referralId);
    CHECK(sent.status == ReferralStatus::Sent);
    CHECK(sent.consentState == ConsentState::Overridden);
    CHECK(sent.overrideByName == QStringLiteral("Ines Marchetti"));
    // Marked as an override in the list, in the referral's text and on the timeline.
    QTreeWidgetItem* row = panel(f)->referralList()->topLevelItem(0);
    CHECK(row->text(2).startsWith(QLatin1String("OVERRIDE by Ines Marchetti")));
    CHECK(row->font(2).bold());
    CHECK(panel(f)->referralText()->toPlainText().contains(QLatin1String("Override justification: Urgent risk")));
    bool onTimeline = false;
    QTreeWidget* timeline = f.queryPage()->detailPane()->timelineList();
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        onTimeline |= timeline->topLevelItem(i)->text(3).contains(QLatin1String("WITHOUT consent"));
    CHECK(onTimeline);
}

TEST_CASE("referrals to follow up are a page with their count, and an overdue follow-up is red and opens its query")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedTriagedQuery);
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    referToApt(f);
    auto* followUps = f.sessionWorkspace()->page<FollowUpsPage>();
    REQUIRE(followUps != nullptr);
    CHECK(followUps->count() == 0);

    // Follow-up Date… on the referral: Friday 9 January.
    f.queryPage()->action(QStringLiteral("referralFollowUpAction"))->trigger();
    auto* dialog = f.dialog<QDialog>("followUpDialog");
    dialog->findChild<QDateEdit*>(QStringLiteral("followUpEdit"))->setDate(QDate(2026, 1, 9));
    dialog->findChild<QPushButton*>(QStringLiteral("followUpOkButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<QDialog*>(QStringLiteral("followUpDialog")) == nullptr; }));
    CHECK(panel(f)->referralList()->topLevelItem(0)->text(3) == QStringLiteral("2026-01-09"));

    // Days later it is due, then overdue: red in the tab, listed on the page with its count.
    f.setToday(QDate(2026, 1, 12));
    f.queryPage()->refreshAll();
    QTreeWidgetItem* row = panel(f)->referralList()->topLevelItem(0);
    CHECK(row->foreground(3).color() == QColor(0xb3, 0x26, 0x1e));
    followUps->refresh();
    CHECK(followUps->count() == 1);
    QAction* show = nullptr;
    for (QAction* action : f.child<QToolBar>("pageBar")->actions()) {
        if (action->text().startsWith(QLatin1String("Follow-ups")))
            show = action;
    }
    REQUIRE(show != nullptr);
    CHECK(show->text() == QStringLiteral("Follow-ups (1)"));
    show->trigger();
    REQUIRE(f.sessionWorkspace()->currentPage() == followUps);
    REQUIRE(followUps->list()->topLevelItemCount() == 1);
    QTreeWidgetItem* entry = followUps->list()->topLevelItem(0);
    CHECK(entry->text(0) == QStringLiteral("AH-2026-0001"));
    CHECK(entry->text(1) == kApt);
    CHECK(entry->foreground(0).color() == QColor(0xb3, 0x26, 0x1e));

    // Enter on it opens its query, on the Referrals tab.
    f.queryPage()->table()->selectionModel()->clear();
    followUps->list()->setFocus();
    followUps->list()->setCurrentItem(entry);
    QTest::keyClick(followUps->list(), Qt::Key_Return);
    REQUIRE(test::waitFor([&] { return f.sessionWorkspace()->currentPage() == f.queryPage(); }));
    CHECK(f.queryPage()->detailPane()->query()->reference == QStringLiteral("AH-2026-0001"));
    CHECK(f.queryPage()->detailPane()->tabs()->currentWidget() == panel(f));

    // Withdrawn, it leaves the list; the count follows.
    triggerMove(f, ReferralStatus::Withdrawn);
    auto* withdraw = f.dialog<ReferralStatusDialog>("referralStatusDialog");
    test::type(withdraw->reasonEdit(), QStringLiteral("No longer needed."));
    withdraw->okButton()->click();
    REQUIRE(test::waitFor([&] { return followUps->count() == 0; }));
    CHECK(show->text() == QStringLiteral("Follow-ups"));
}

TEST_CASE("the query filters find queries with an open referral and those referred to a partner")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        seedTriagedQuery(seed);
        seed.create(QStringLiteral("Reporting to the Committee"));
    });
    f.showView(queries::QueryView::All);
    REQUIRE(f.listedReferences().size() == 2);
    f.select(QStringLiteral("AH-2026-0001"));
    referToApt(f);

    QueryFilterBar* bar = f.queryPage()->filterBar();
    auto* open = bar->findChild<QToolButton*>(QStringLiteral("openReferralFilter"));
    open->click();
    REQUIRE(test::waitFor([&] { return f.listedReferences() == QStringList { QStringLiteral("AH-2026-0001") }; }));
    open->click();
    REQUIRE(test::waitFor([&] { return f.listedReferences().size() == 2; }));

    auto* referredTo = bar->findChild<QComboBox*>(QStringLiteral("referredToFilter"));
    const int apt = referredTo->findText(kApt);
    REQUIRE(apt > 0);
    referredTo->setCurrentIndex(apt);
    REQUIRE(test::waitFor([&] { return f.listedReferences() == QStringList { QStringLiteral("AH-2026-0001") }; }));
    const int ohchr
        = referredTo->findText(QStringLiteral("Office of the United Nations High Commissioner for Human Rights"));
    REQUIRE(ohchr > 0);
    referredTo->setCurrentIndex(ohchr);
    REQUIRE(test::waitFor([&] { return f.listedReferences().isEmpty(); }));
}

TEST_CASE("a lock while a referral dialog is open closes it and the vault is left as it was")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedTriagedQuery);
    f.settings.setAutoLockEnabled(true);
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));

    QString lost;
    SECTION("Refer to Partner…, half filled in")
    {
        pressOnTable(f, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        auto* refer = f.dialog<ReferDialog>("referDialog");
        test::type(refer->reasonEdit(), QStringLiteral("Half a reason"));
        lost = QStringLiteral("a referral to a partner being written");
    }
    SECTION("Record Consent…")
    {
        pressOnTable(f, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        auto* consent = f.dialog<ConsentDialog>("consentDialog");
        test::type(consent->givenByNameEdit(), QStringLiteral("Kwame"));
        lost = QStringLiteral("a consent being recorded");
    }
    // Auto-lock as it happens: the idle timer finds the limit passed.
    InactivityTimer& idle = f.window->inactivityTimer();
    if (!idle.isActive())
        idle.start(5 * 60 * 1000);
    f.clock.advanceMs(idle.limitMs());
    idle.check();
    REQUIRE(test::waitFor([&] { return f.window->isLocked(); }));
    CHECK(f.window->findChildren<QDialog*>().isEmpty());
    CHECK(f.window->findChild<QueryPage*>() == nullptr);
    CHECK(f.child<UnlockWidget>("unlockWidget")->isVisible());

    // What was typed is said to be lost (never shown), on the unlock screen and after unlocking.
    CHECK(f.child<UnlockWidget>("unlockWidget")->notice().contains(lost));
    CHECK_FALSE(f.child<UnlockWidget>("unlockWidget")->notice().contains(QLatin1String("Kwame")));
    f.unlock(f.path);
    CHECK(test::answerMessageBox(QMessageBox::Ok).contains(lost));
    const qint64 queryId = f.query(QStringLiteral("AH-2026-0001")).id;
    CHECK(f.window->session()->referrals().referralsOf(queryId).empty());
    CHECK(f.window->session()->referrals().consentsOf(queryId).empty());
}

TEST_CASE("a withdrawn consent no longer covers a referral, and a referral not yet sent can be edited")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedTriagedQuery);
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    Session& session = *f.window->session();
    referToApt(f);
    const qint64 referralId = panel(f)->selectedReferral()->id;

    // Edit Referral…: the request text is shared too from now on.
    QAction* edit = f.queryPage()->action(QStringLiteral("editReferralAction"));
    REQUIRE(edit->isEnabled());
    edit->trigger();
    auto* refer = f.dialog<ReferDialog>("referDialog");
    CHECK_FALSE(refer->suggestionList()->isVisible()); // the partner stays
    refer->sharedFieldList()->setChecked(ReferralText::code(SharedField::RequestText), true);
    refer->findChild<QPushButton*>(QStringLiteral("referButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<ReferDialog*>() == nullptr; }));
    CHECK(session.referrals().get(referralId)->shared.contains(SharedField::RequestText));
    CHECK(panel(f)->referralList()->topLevelItem(0)->text(4) == QStringLiteral("Subject, Request text, Themes"));

    // A consent for the three fields, then withdrawn: the referral is no longer covered.
    pressOnTable(f, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    auto* consent = f.dialog<ConsentDialog>("consentDialog");
    CHECK(consent->fieldList()->checkedValues().size() == 3);
    test::type(consent->givenByNameEdit(), QStringLiteral("Kwame Asante"));
    consent->findChild<QPushButton*>(QStringLiteral("recordConsentButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<ConsentDialog*>() == nullptr; }));
    REQUIRE(session.referrals().coveringConsent(referralId).has_value());

    QTreeWidget* consents = panel(f)->consentList();
    REQUIRE(consents->topLevelItemCount() == 1);
    consents->setCurrentItem(consents->topLevelItem(0));
    QAction* withdraw = f.queryPage()->action(QStringLiteral("withdrawConsentAction"));
    REQUIRE(withdraw->isEnabled());
    withdraw->trigger();
    auto* dialog = f.dialog<QDialog>("withdrawConsentDialog");
    test::type(dialog->findChild<QPlainTextEdit*>(QStringLiteral("withdrawalReasonEdit")),
        QStringLiteral("The Minister changed her mind."));
    dialog->findChild<QPushButton*>(QStringLiteral("withdrawConsentButton"))->click();
    REQUIRE(test::waitFor(
        [&] { return f.window->findChild<QDialog*>(QStringLiteral("withdrawConsentDialog")) == nullptr; }));
    CHECK_FALSE(session.referrals().coveringConsent(referralId).has_value());
    CHECK(consents->topLevelItem(0)->text(5) == QStringLiteral("2026-01-05"));
    CHECK(consents->topLevelItem(0)->font(0).strikeOut());
    CHECK(newestTimelineEntry(f).first == QStringLiteral("Consent"));
    // Withdrawn, it cannot be withdrawn again; and sending needs consent again.
    CHECK_FALSE(withdraw->isEnabled());
    panel(f)->selectReferral(referralId);
    triggerMove(f, ReferralStatus::Sent);
    CHECK(f.dialog<ReferralStatusDialog>("referralStatusDialog")->needsOverride());
}

TEST_CASE("a sent referral without a reply is listed to follow up after the working days set in Settings")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        seedTriagedQuery(seed);
        Session& session = *seed.session;
        const qint64 apt = session.partners().find(QStringLiteral("APT"))->id;
        ReferralInput input;
        input.queryId = 1;
        input.partnerId = apt;
        input.reason = QStringLiteral("Expertise on accession");
        input.shared = ReferralText::defaultSharedFields();
        const Result<Referral> referral = session.referrals().propose(input);
        REQUIRE(referral.ok());
        ConsentInput consent;
        consent.queryId = 1;
        consent.givenOn = QDate(2026, 1, 5);
        consent.givenByName = QStringLiteral("Kwame Asante");
        consent.partnerIds = { apt };
        consent.fields = input.shared;
        REQUIRE(session.referrals().recordConsent(consent).ok());
        StatusChange sent;
        sent.to = ReferralStatus::Sent;
        REQUIRE(session.referrals().changeStatus(referral->id, sent).ok());
    });
    auto* followUps = f.sessionWorkspace()->page<FollowUpsPage>();
    // Sent on Monday 5 January; Thursday 8 January is three working days later.
    f.setToday(QDate(2026, 1, 8));
    followUps->refresh();
    CHECK(followUps->count() == 0); // the default: 15 working days

    f.window->showSettings();
    auto* settings = f.dialog<QDialog>("settingsDialog");
    auto* days = settings->findChild<QSpinBox*>(QStringLiteral("noReplyDaysSpin"));
    REQUIRE(days != nullptr);
    CHECK(days->value() == 15);
    days->setValue(3);
    settings->accept();
    REQUIRE(test::waitFor([&] { return followUps->count() == 1; }));
    REQUIRE(followUps->list()->topLevelItemCount() == 1);
    CHECK(followUps->list()->topLevelItem(0)->text(3).startsWith(QLatin1String("Sent, no reply after 3 working day")));
    CHECK(followUps->list()->topLevelItem(0)->text(4) == QStringLiteral("2026-01-05"));
}

} // namespace referrals_ui_test
