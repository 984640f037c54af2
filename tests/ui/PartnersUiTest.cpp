// The Partners page (issue 10), through the user's path: the page bar and its shortcut, the
// Partners menu's actions, the editor dialog filled in as a user would, its validation shown per
// field, the question before typed text is discarded, and the lock while the dialog is open.
#include "WorkspaceFixture.h"
#include "common/CheckList.h"
#include "common/InlineError.h"
#include "partners/PartnerDialog.h"
#include "partners/PartnerService.h"
#include "partners/PartnersPage.h"
#include "referrals/ReferralService.h"
#include "security/InactivityTimer.h"
#include "session/Session.h"
#include "vault/UnlockWidget.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace partners_ui_test {

using namespace advicehub;
using namespace advicehub::partners;
using namespace advicehub::ui;

namespace {

const QString kApt = QStringLiteral("Association for the Prevention of Torture");

PartnersPage* showPartners(test::WorkspaceFixture& f)
{
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    auto* page = f.sessionWorkspace()->page<PartnersPage>();
    REQUIRE(page != nullptr);
    // Ctrl+3: the third page of the bar (Queries, Follow-ups, Partners).
    f.queryPage()->table()->setFocus();
    QTest::keyClick(f.queryPage()->table(), Qt::Key_3, Qt::ControlModifier);
    REQUIRE(test::waitFor([&] { return f.sessionWorkspace()->currentPage() == page; }));
    CHECK(f.child<QMenu>("partnersMenu")->menuAction()->isVisible());
    CHECK_FALSE(f.child<QMenu>("queryMenu")->menuAction()->isVisible());
    return page;
}

void selectPartner(PartnersPage* page, const QString& name)
{
    const int row = static_cast<int>(page->listedNames().indexOf(name));
    INFO("partner " << name.toStdString());
    REQUIRE(row >= 0);
    page->table()->selectRow(row);
    REQUIRE(page->currentPartnerId().has_value());
}

QString errorOf(PartnerDialog* dialog, PartnerField field)
{
    InlineError* label = dialog->errorLabel(field);
    REQUIRE(label != nullptr);
    return label->isVisible() ? label->text() : QString();
}

// A referral of a query to APT, so that APT cannot be deleted.
void seedReferralToApt(test::VaultSeed& seed)
{
    const qint64 query = seed.create(QStringLiteral("Accession to the Convention"));
    const Result<Partner> apt = seed.session->partners().find(QStringLiteral("APT"));
    REQUIRE(apt.ok());
    referrals::ReferralInput input;
    input.queryId = query;
    input.partnerId = apt->id;
    input.reason = QStringLiteral("Expertise on accession");
    input.shared = referrals::ReferralText::defaultSharedFields();
    const Result<referrals::Referral> proposed = seed.session->referrals().propose(input);
    INFO((proposed ? QString() : proposed.error().message).toStdString());
    REQUIRE(proposed.ok());
}

} // namespace

TEST_CASE("the Partners page lists the directory, sorts it, filters it as one types, and hides inactive partners")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedReferralToApt);
    PartnersPage* page = showPartners(f);
    QStringList names = page->listedNames();
    REQUIRE(names.size() > 5);
    CHECK(names.contains(kApt));
    QStringList sorted = names;
    std::sort(
        sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    CHECK(names == sorted);

    // Sorted by referrals, most first: APT (the only one with a referral) on top.
    page->table()->horizontalHeader()->setSortIndicator(PartnersPage::ReferralsColumn, Qt::DescendingOrder);
    CHECK(page->listedNames().first() == kApt);
    CHECK(page->table()->model()->index(0, PartnersPage::ReferralsColumn).data().toString() == QStringLiteral("1"));
    page->table()->horizontalHeader()->setSortIndicator(PartnersPage::NameColumn, Qt::AscendingOrder);

    // Ctrl+F, then typing filters.
    QTest::keyClick(page->table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(page->searchEdit()->hasFocus());
    test::type(page->searchEdit(), QStringLiteral("association for the prev"));
    const bool found = test::waitFor([&] { return page->listedNames() == QStringList { kApt }; });
    INFO("listed: " << page->listedNames().join(QStringLiteral(" | ")).toStdString());
    REQUIRE(found);
    page->searchEdit()->clear();
    REQUIRE(test::waitFor([&] { return page->listedNames().size() == names.size(); }));

    // Deactivate through the menu: gone from the list, back with "Show inactive", reactivated.
    selectPartner(page, kApt);
    QAction* deactivate = page->action(QStringLiteral("deactivatePartnerAction"));
    REQUIRE(deactivate->isEnabled());
    const qint64 chosen = *page->currentPartnerId();
    CHECK(chosen == f.window->session()->partners().find(QStringLiteral("APT"))->id);
    deactivate->trigger();
    INFO("box: " << (test::visibleMessageBox() ? test::visibleMessageBox()->text().toStdString() : std::string()));
    CHECK(test::visibleMessageBox() == nullptr);
    CHECK_FALSE(page->listedNames().contains(kApt));
    CHECK_FALSE(f.window->session()->partners().find(QStringLiteral("APT"))->active);
    page->showInactiveCheck()->click();
    REQUIRE(page->listedNames().contains(kApt));
    selectPartner(page, kApt);
    const int row = static_cast<int>(page->listedNames().indexOf(kApt));
    CHECK(page->table()->model()->index(row, PartnersPage::ActiveColumn).data().toString() == QStringLiteral("No"));
    CHECK_FALSE(page->action(QStringLiteral("deactivatePartnerAction"))->isEnabled());
    page->action(QStringLiteral("reactivatePartnerAction"))->trigger();
    CHECK(f.window->session()->partners().find(QStringLiteral("APT"))->active);

    // Delete is refused for a partner with referrals: the core's message is shown.
    selectPartner(page, kApt);
    page->action(QStringLiteral("deletePartnerAction"))->trigger();
    test::answerMessageBox(QMessageBox::Yes);
    const QString refusal = test::answerMessageBox(QMessageBox::Ok);
    CHECK(refusal.contains(QLatin1String("deactivate it instead")));
    CHECK(page->listedNames().contains(kApt));
}

TEST_CASE("a partner is added through the dialog: a validation error is shown under its field, contacts are added, "
          "the history records it, and a partner without referrals can be deleted")
{
    test::WorkspaceFixture f;
    PartnersPage* page = showPartners(f);
    Session& session = *f.window->session();

    QTest::keyClick(page->table(), Qt::Key_N, Qt::ControlModifier);
    auto* dialog = f.dialog<PartnerDialog>("partnerDialog");
    CHECK(dialog->isNew());

    // A name another partner has: refused under the name, nothing saved.
    test::type(qobject_cast<QLineEdit*>(dialog->fieldWidget(PartnerField::Name)), kApt.toLower());
    dialog->findChild<QPushButton*>(QStringLiteral("partnerSaveButton"))->click();
    CHECK(errorOf(dialog, PartnerField::Name) == QStringLiteral("Another partner already has this name."));
    CHECK(dialog->tabs()->currentIndex() == 0);
    CHECK(dialog->findChild<InlineError*>(QStringLiteral("partnerFormErrorLabel"))->isVisible());

    auto* name = qobject_cast<QLineEdit*>(dialog->fieldWidget(PartnerField::Name));
    name->clear();
    test::type(name, QStringLiteral("Zephyr Centre for Custody Monitoring"));
    test::type(qobject_cast<QLineEdit*>(dialog->fieldWidget(PartnerField::Acronym)), QStringLiteral("ZCCM"));
    auto* type = qobject_cast<QComboBox*>(dialog->fieldWidget(PartnerField::Type));
    type->setCurrentIndex(type->findData(PartnerText::code(PartnerType::Academic)));
    auto* themes = qobject_cast<CheckList*>(dialog->fieldWidget(PartnerField::Themes));
    const qint64 custody = session.lookup().findTheme(QStringLiteral("police_custody"))->id;
    themes->setChecked(custody, true);
    auto* languages = qobject_cast<CheckList*>(dialog->fieldWidget(PartnerField::Languages));
    languages->setChecked(QStringLiteral("fr"), true);

    // A contact with a wrong e-mail address: the error is shown on the Contacts tab.
    // Typed into the table's cells as a user would: Add Contact opens the new row's name for
    // typing; F2 edits another cell; Return ends each.
    dialog->findChild<QPushButton*>(QStringLiteral("addContactButton"))->click();
    QTableWidget* contacts = dialog->contactsTable();
    REQUIRE(contacts->rowCount() == 1);
    CHECK(dialog->tabs()->currentIndex() == 2);
    const auto openEditor = [&]() -> QLineEdit* {
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        return editor && contacts->isAncestorOf(editor) ? editor : nullptr;
    };
    const auto typeCell = [&](int column, const QString& text) {
        if (!openEditor() || contacts->currentColumn() != column) {
            contacts->setCurrentCell(0, column);
            QTest::keyClick(contacts, Qt::Key_F2);
        }
        QLineEdit* editor = nullptr;
        REQUIRE(test::waitFor([&] { return (editor = openEditor()) != nullptr; }));
        editor->selectAll();
        test::type(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits the editor's text from the event loop.
        REQUIRE(test::waitFor([&] { return contacts->item(0, column)->text() == text; }));
    };
    typeCell(0, QStringLiteral("Lena Moreau"));
    typeCell(1, QStringLiteral("Programme officer"));
    typeCell(2, QStringLiteral("lena at zccm"));
    dialog->findChild<QPushButton*>(QStringLiteral("partnerSaveButton"))->click();
    CHECK(errorOf(dialog, PartnerField::Contacts).contains(QLatin1String("e-mail")));
    CHECK(dialog->tabs()->currentIndex() == 2);
    CHECK(errorOf(dialog, PartnerField::Name).isEmpty());
    CHECK_FALSE(session.partners().find(QStringLiteral("ZCCM")).ok());
    typeCell(2, QStringLiteral("lena@zccm.example.org"));
    dialog->findChild<QPushButton*>(QStringLiteral("partnerSaveButton"))->click();
    INFO("form says: "
        << dialog->findChild<InlineError*>(QStringLiteral("partnerFormErrorLabel"))->text().toStdString());
    REQUIRE(test::waitFor([&] { return f.window->findChild<PartnerDialog*>() == nullptr; }));

    const Result<Partner> added = session.partners().find(QStringLiteral("ZCCM"));
    REQUIRE(added.ok());
    CHECK(added->fields.type == PartnerType::Academic);
    CHECK(added->fields.themeIds == QList<qint64> { custody });
    CHECK(added->fields.languages == QStringList { QStringLiteral("fr") });
    REQUIRE(added->fields.contacts.size() == 1);
    CHECK(added->fields.contacts.front().email == QStringLiteral("lena@zccm.example.org"));
    CHECK(page->currentPartnerId() == added->id);

    // Edit (Ctrl+E): the history tab says who added it.
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_E, Qt::ControlModifier);
    auto* edit = f.dialog<PartnerDialog>("partnerDialog");
    CHECK_FALSE(edit->isNew());
    REQUIRE(edit->historyList()->topLevelItemCount() >= 1);
    CHECK(edit->historyList()->topLevelItem(0)->text(1) == QStringLiteral("Amara Quillfeather"));
    CHECK(edit->historyList()->topLevelItem(0)->text(2) == QStringLiteral("Added"));

    // Cancel with typed text asks first; Cancel keeps the form, Discard closes it.
    test::type(qobject_cast<QLineEdit*>(edit->fieldWidget(PartnerField::Acronym)), QStringLiteral("X"));
    edit->reject();
    test::answerMessageBox(QMessageBox::Cancel);
    CHECK(edit->isVisible());
    edit->reject();
    test::answerMessageBox(QMessageBox::Discard);
    REQUIRE(test::waitFor([&] { return f.window->findChild<PartnerDialog*>() == nullptr; }));
    CHECK(session.partners().get(added->id)->fields.acronym == QStringLiteral("ZCCM"));

    // A partner without referrals can be deleted (after a question).
    page->action(QStringLiteral("deletePartnerAction"))->trigger();
    test::answerMessageBox(QMessageBox::Yes);
    CHECK_FALSE(session.partners().get(added->id).ok());
    CHECK_FALSE(page->listedNames().contains(QStringLiteral("Zephyr Centre for Custody Monitoring")));
}

TEST_CASE("the auto-lock closes an open partner dialog, says its typed text was not kept, and saves nothing")
{
    test::WorkspaceFixture f;
    PartnersPage* page = showPartners(f);
    QTest::keyClick(page->table(), Qt::Key_N, Qt::ControlModifier);
    auto* dialog = f.dialog<PartnerDialog>("partnerDialog");
    test::type(qobject_cast<QLineEdit*>(dialog->fieldWidget(PartnerField::Name)), QStringLiteral("Half-typed Partner"));

    InactivityTimer& idle = f.window->inactivityTimer();
    if (!idle.isActive())
        idle.start(5 * 60 * 1000);
    f.clock.advanceMs(idle.limitMs());
    idle.check();
    REQUIRE(test::waitFor([&] { return f.window->isLocked(); }));
    CHECK(f.window->findChildren<QDialog*>().isEmpty());
    CHECK(f.window->findChild<PartnersPage*>() == nullptr);
    const QString notice = f.child<UnlockWidget>("unlockWidget")->notice();
    CHECK(notice.contains(QLatin1String("a new partner being added")));
    CHECK_FALSE(notice.contains(QLatin1String("Half-typed")));

    f.unlock(f.path);
    test::answerMessageBox(QMessageBox::Ok);
    PartnerListFilter filter;
    filter.text = QStringLiteral("Half-typed");
    filter.includeInactive = true;
    CHECK(f.window->session()->partners().list(filter).empty());
}

} // namespace partners_ui_test
