#include "WorkspaceFixture.h"
#include "common/FilterComboBox.h"
#include "common/MultiSelectButton.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryFormDialog.h"
#include "queries/QueryPage.h"
#include "queries/QueryTableModel.h"
#include "reference/ReferenceLookup.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

namespace reference_language_ui_test {

using namespace advicehub;
using namespace advicehub::ui;
using reference::ReferenceLookup;

// What the application does at start-up from its interface language (app/main.cpp); English
// again after the test, the language being process-wide.
struct DisplayLanguage {
    explicit DisplayLanguage(const char* language)
    {
        ReferenceLookup::setDisplayLanguage(QString::fromLatin1(language));
    }
    ~DisplayLanguage() { ReferenceLookup::setDisplayLanguage(QStringLiteral("en")); }
    DisplayLanguage(const DisplayLanguage&) = delete;
    DisplayLanguage& operator=(const DisplayLanguage&) = delete;
};

namespace {

void seedTanzania(test::VaultSeed& seed)
{
    queries::QueryInput in = seed.input(QStringLiteral("Ratification questions"));
    in.stateId = seed.stateId("TZ");
    in.themeIds = { seed.lookup.findTheme(QStringLiteral("ratification"))->id };
    in.articles = { 12 };
    REQUIRE(seed.service.create(in));
}

QueryFormDialog* openNewQueryForm(test::WorkspaceFixture& f)
{
    f.action("newQueryAction")->trigger();
    return f.dialog<QueryFormDialog>("queryFormDialog");
}

} // namespace

TEST_CASE("in French and Spanish the form's State picker themes and articles and the table's State column are "
          "translated",
    "[reference][i18n]")
{
    const auto [language, tanzania, theme, article1, article12]
        = GENERATE(table<const char*, const char*, const char*, const char*, const char*>(
            { { "fr", "République unie de Tanzanie", "Processus de ratification / d'adhésion",
                  "Définition de la torture", "Enquête immédiate et impartiale" },
                { "es", "República Unida de Tanzania", "Proceso de ratificación / adhesión", "Definición de la tortura",
                    "Investigación pronta e imparcial" } }));
    INFO(language);
    const DisplayLanguage display(language);
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, seedTanzania);

    // The table.
    QAbstractItemModel* model = f.queryPage()->table()->model();
    REQUIRE(test::waitFor([&] { return model->rowCount() == 1; }));
    CHECK(model->index(0, QueryTableModel::StateColumn).data().toString() == QString::fromUtf8(tanzania));
    CHECK(model->index(0, QueryTableModel::ThemesColumn).data().toString() == QString::fromUtf8(theme));

    // The detail pane names the query's article in the display language.
    f.select(f.listedReferences().value(0));
    auto* articles = f.queryPage()->detailPane()->findChild<QLabel*>(QStringLiteral("articlesValue"));
    REQUIRE(articles);
    CHECK(articles->text().contains(QString::fromUtf8(article12)));
    CHECK_FALSE(articles->text().contains(QStringLiteral("Prompt and impartial investigation")));

    // The form.
    QueryFormDialog* form = openNewQueryForm(f);
    auto* state = form->findChild<FilterComboBox*>(QStringLiteral("stateCombo"));
    REQUIRE(state);
    CHECK(state->findText(QString::fromUtf8(tanzania)) >= 0);
    CHECK(state->findText(QStringLiteral("United Republic of Tanzania")) < 0);
    auto* themes = form->findChild<QListWidget*>(QStringLiteral("themesList"));
    REQUIRE(themes);
    CHECK_FALSE(themes->findItems(QString::fromUtf8(theme), Qt::MatchExactly).isEmpty());
    // The article picker: "Art. 1 — <title>" with the title in the display language.
    auto* articlePicker = form->findChild<QListWidget*>(QStringLiteral("articlesList"));
    REQUIRE(articlePicker);
    REQUIRE(articlePicker->count() == 33);
    CHECK(articlePicker->item(0)->text().endsWith(QString::fromUtf8(article1)));
    CHECK(articlePicker->findItems(QStringLiteral("Definition of torture"), Qt::MatchContains).isEmpty());
    // Typed in the display language or in English, the picker finds it.
    state->lineEdit()->selectAll(); // as when tabbing into the field
    QTest::keyClicks(state->lineEdit(), QStringLiteral("united rep"));
    QTest::keyClick(state->lineEdit(), Qt::Key_Return);
    CHECK(state->currentText() == QString::fromUtf8(tanzania));
    form->reject();
}

TEST_CASE("the State picker filters as one types: names without accents and ISO codes, Enter takes the match and "
          "an invalid text does not stay",
    "[reference][picker]")
{
    test::WorkspaceFixture f;
    QueryFormDialog* form = openNewQueryForm(f);
    Session& session = *f.window->session();
    auto* state = form->findChild<FilterComboBox*>(QStringLiteral("stateCombo"));
    REQUIRE(state);
    QLineEdit* edit = state->lineEdit();
    const qint64 tanzania = session.lookup().findState(QStringLiteral("TZ"))->id;
    const qint64 ivory = session.lookup().findState(QStringLiteral("CI"))->id;

    SECTION("\"tanz\" then Enter selects Tanzania")
    {
        edit->selectAll(); // as when tabbing into the field
        QTest::keyClicks(edit, QStringLiteral("tanz"));
        // The list shows the matches only.
        QAbstractItemModel* matches = state->completer()->completionModel();
        REQUIRE(matches->rowCount() == 1);
        CHECK(matches->index(0, 0).data().toString() == QStringLiteral("United Republic of Tanzania"));
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(state->currentData().toLongLong() == tanzania);
        CHECK(edit->text() == QStringLiteral("United Republic of Tanzania"));
        CHECK_FALSE(form->result() == QDialog::Accepted); // Enter chose the State, it did not save the form
    }
    SECTION("\"cote\" finds Côte d'Ivoire and \"TZA\" Tanzania")
    {
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("cote"));
        CHECK(state->completer()->completionModel()->index(0, 0).data().toString() == QStringLiteral("Côte d'Ivoire"));
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(state->currentData().toLongLong() == ivory);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("TZA"));
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(state->currentData().toLongLong() == tanzania);
    }
    SECTION("a text that names no State is replaced by the chosen one")
    {
        state->setCurrentIndex(state->findData(ivory));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Atlantis"));
        CHECK(state->completer()->completionModel()->rowCount() == 0);
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(state->currentData().toLongLong() == ivory);
        CHECK(edit->text() == QStringLiteral("Côte d'Ivoire"));
        // Leaving the field does the same.
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Atlantis"));
        state->completer()->popup()->hide();
        form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->setFocus();
        QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
        QCoreApplication::sendEvent(state, &out);
        CHECK(edit->text() == QStringLiteral("Côte d'Ivoire"));
        CHECK(state->currentData().toLongLong() == ivory);
    }
    SECTION("emptied, the field goes back to no State")
    {
        state->setCurrentIndex(state->findData(ivory));
        edit->clear();
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(state->currentData().toLongLong() == 0);
    }
    form->reject();
}

TEST_CASE("the State filter's search finds names without accents and ISO codes", "[reference][picker]")
{
    test::WorkspaceFixture f;
    auto* button = f.child<MultiSelectButton>("stateFilter");
    REQUIRE(button);
    button->showPopup();
    auto* search = button->findChild<QLineEdit*>();
    REQUIRE(search);
    const auto shown = [&] {
        QStringList names;
        for (int i = 0; i < button->list()->count(); ++i) {
            if (!button->list()->item(i)->isHidden())
                names << button->list()->item(i)->text();
        }
        return names;
    };
    QTest::keyClicks(search, QStringLiteral("cote"));
    CHECK(shown() == QStringList { QStringLiteral("Côte d'Ivoire") });
    search->clear();
    QTest::keyClicks(search, QStringLiteral("TZA"));
    CHECK(shown() == QStringList { QStringLiteral("United Republic of Tanzania") });
    // A long name's tooltip shows it in full.
    CHECK(button->list()->item(0)->toolTip() == button->list()->item(0)->text());
}

} // namespace reference_language_ui_test
