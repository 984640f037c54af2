// The Triage dialog chooses the partner (issue 14): with the route "refer" a partner combo
// (type to filter) appears; Triage then proposes the referral in the same transaction, and the
// query's timeline shows it. Without a partner the dialog says no referral is proposed yet.
#include "WorkspaceFixture.h"
#include "partners/PartnerService.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryWidgets.h"
#include "queries/TriageDialog.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace triage_partner_ui_test {

using namespace advicehub;
using namespace advicehub::queries;
using namespace advicehub::ui;

namespace {

void addPartner(Session& session, const QString& name, const QString& acronym)
{
    partners::PartnerInput in;
    in.name = name;
    in.acronym = acronym;
    auto made = session.partners().create(in);
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
}

QStringList timelineTexts(QTreeWidget* tree)
{
    QStringList texts;
    std::function<void(QTreeWidgetItem*)> walk = [&](QTreeWidgetItem* item) {
        for (int column = 0; column < item->columnCount(); ++column)
            texts << item->text(column);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return texts;
}

TriageDialog* openTriage(test::WorkspaceFixture& f, const QString& reference)
{
    f.select(reference);
    f.action("triageAction")->trigger();
    return f.dialog<TriageDialog>("triageDialog");
}

} // namespace

TEST_CASE("triage to a partner proposes the referral and the timeline shows it", "[ui][triage][referrals]")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        seed.create(QStringLiteral("Custody registers"));
        seed.create(QStringLiteral("Training of police"));
        addPartner(*seed.session, QStringLiteral("Zorvex Custody Centre"), QStringLiteral("ZCC"));
        addPartner(*seed.session, QStringLiteral("Harbour Rights Academy"), QString());
    });
    Session& session = *f.window->session();
    REQUIRE(test::waitFor([&] { return f.listedReferences().size() == 2; }));

    TriageDialog* triage = openTriage(f, QStringLiteral("AH-2026-0001"));
    QComboBox* partner = triage->partnerCombo();
    // In-house: no partner to choose.
    triage->routeCombo()->setCurrentIndex(triage->routeCombo()->findData(QueryText::code(Route::InHouse)));
    CHECK_FALSE(partner->isVisible());
    // Refer: the partner row and what happens without a partner.
    triage->routeCombo()->setCurrentIndex(triage->routeCombo()->findData(QueryText::code(Route::Refer)));
    CHECK(partner->isVisible());
    CHECK(partner->isEditable());
    // "None yet", then every active partner of the directory (the seeded ones and the two above).
    CHECK(partner->count() == 1 + static_cast<int>(session.partners().list().size()));
    CHECK(triage->referralHint()->text().contains(QLatin1String("No referral is proposed yet")));
    // Type to find it; the completer's choice sets the combo.
    partner->setCurrentIndex(partner->findText(QStringLiteral("Zorvex Custody Centre (ZCC)")));
    CHECK(partner->lineEdit()->text() == QStringLiteral("Zorvex Custody Centre (ZCC)"));
    CHECK_FALSE(triage->referralHint()->text().contains(QLatin1String("No referral")));
    triage->findChild<QPushButton*>(QStringLiteral("triageButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<TriageDialog*>() == nullptr; }));

    const Query first = f.query(QStringLiteral("AH-2026-0001"));
    CHECK(first.status == QueryStatus::Triaged);
    const auto referrals = session.referrals().referralsOf(first.id);
    REQUIRE(referrals.size() == 1);
    CHECK(referrals.front().partnerName == QStringLiteral("Zorvex Custody Centre"));
    // The timeline of the query shows the proposal.
    f.showView(QueryView::All);
    f.select(first.reference);
    auto* timeline = f.queryPage()->detailPane()->findChild<QTreeWidget*>(QStringLiteral("timelineList"));
    REQUIRE(timeline);
    REQUIRE(test::waitFor([&] {
        return timelineTexts(timeline).join(QLatin1Char('\n')).contains(QLatin1String("Zorvex Custody Centre"));
    }));

    // Text that names no partner is refused with a message, nothing triaged.
    triage = openTriage(f, QStringLiteral("AH-2026-0002"));
    triage->routeCombo()->setCurrentIndex(triage->routeCombo()->findData(QueryText::code(Route::Both)));
    triage->partnerCombo()->setEditText(QStringLiteral("Nobody we know"));
    triage->findChild<QPushButton*>(QStringLiteral("triageButton"))->click();
    CHECK(triage->isVisible());
    CHECK(f.query(QStringLiteral("AH-2026-0002")).status == QueryStatus::New);
    // No partner: the route alone.
    triage->partnerCombo()->setCurrentIndex(0);
    triage->findChild<QPushButton*>(QStringLiteral("triageButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<TriageDialog*>() == nullptr; }));
    const Query second = f.query(QStringLiteral("AH-2026-0002"));
    CHECK(second.status == QueryStatus::Triaged);
    CHECK(second.fields.route == Route::Both);
    CHECK(session.referrals().referralsOf(second.id).empty());
}

} // namespace triage_partner_ui_test
