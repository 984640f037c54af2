// Timeline texts in the reader's language (issue 14): the desktop's timeline list renders the
// entries the core wrote under English in French once the French catalogue is installed.
#include "WorkspaceFixture.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryPage.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QTranslator>
#include <QTreeWidget>

namespace timeline_language_ui_test {

using namespace advicehub;
using namespace advicehub::ui;

TEST_CASE("the timeline list in French shows French texts for entries written under English", "[timeline][i18n]")
{
    // Written in English: the creation and a status change.
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        const qint64 id = seed.create(QStringLiteral("Prison visits"));
        REQUIRE(seed.service.changeStatus(id, queries::QueryStatus::Declined, QStringLiteral("Out of scope")).ok());
    });

    // Read in French.
    QTranslator french;
    REQUIRE(french.load(QStringLiteral("advicehub_fr"), QStringLiteral(ADVICEHUB_APP_TRANSLATIONS_DIR)));
    QCoreApplication::installTranslator(&french);
    struct Uninstall {
        QTranslator& translator;
        ~Uninstall() { QCoreApplication::removeTranslator(&translator); }
    } uninstall { french };

    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    QTreeWidget* timeline = f.queryPage()->detailPane()->timelineList();
    const int details = 3; // what the entry says
    REQUIRE(test::waitFor([&] { return timeline->topLevelItemCount() == 2; }));
    QTreeWidgetItem* created = timeline->topLevelItem(0);
    QTreeWidgetItem* declined = timeline->topLevelItem(1);
    CHECK(created->text(details) == QStringLiteral("Enregistrée sous AH-2026-0001"));
    CHECK(declined->text(1) == QStringLiteral("Statut"));
    CHECK(declined->text(details).startsWith(QStringLiteral("Nouvelle \u2192 Déclinée")));
    // The full text of the selected (newest) entry: its summary in French too.
    timeline->setCurrentItem(declined);
    auto* entryText = f.queryPage()->detailPane()->findChild<QPlainTextEdit*>(QStringLiteral("timelineEntryText"));
    REQUIRE(entryText);
    REQUIRE(test::waitFor([&] { return !entryText->toPlainText().isEmpty(); }));
    CHECK(entryText->toPlainText().startsWith(QStringLiteral("Déclinée")));
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        CHECK_FALSE(timeline->topLevelItem(i)->text(details).contains(QLatin1String("Registered")));
}

} // namespace timeline_language_ui_test
