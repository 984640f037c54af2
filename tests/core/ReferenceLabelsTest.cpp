#include "reference/ReferenceLabels.h"
#include "QueryFixture.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "reference/ReferenceLookup.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

#include <catch2/catch.hpp>

namespace reference_labels_test {

using namespace advicehub;
using reference::ReferenceKind;
using reference::ReferenceLabels;
using reference::ReferenceLookup;

// The display language is process-wide: set for one test, English again afterwards.
struct DisplayLanguage {
    explicit DisplayLanguage(const char* language)
    {
        ReferenceLookup::setDisplayLanguage(QString::fromLatin1(language));
    }
    ~DisplayLanguage() { ReferenceLookup::setDisplayLanguage(QStringLiteral("en")); }
    DisplayLanguage(const DisplayLanguage&) = delete;
    DisplayLanguage& operator=(const DisplayLanguage&) = delete;
};

TEST_CASE("every seeded reference code has a French and a Spanish label", "[reference][i18n]")
{
    test::QueryFixture f;
    const QStringList languages = ReferenceLabels::languages();
    CHECK(languages == QStringList { QStringLiteral("fr"), QStringLiteral("es") });
    const auto complete = [&](ReferenceKind kind, const QStringList& codes) {
        QStringList missing;
        for (const QString& code : codes) {
            for (const QString& language : languages) {
                if (ReferenceLabels::label(kind, code, language).isEmpty())
                    missing << language + QLatin1Char(':') + code;
            }
        }
        return missing;
    };
    QStringList themes, regions, channels, types, vaultLanguages, states;
    for (const auto& item : f.lookup->themes())
        themes << item.code;
    for (const auto& item : f.lookup->regions())
        regions << item.code;
    for (const auto& item : f.lookup->channels())
        channels << item.code;
    for (const auto& item : f.lookup->institutionTypes())
        types << item.code;
    for (const auto& item : f.lookup->languages())
        vaultLanguages << item.code;
    for (const auto& state : f.lookup->states())
        states << state.iso2;
    QList<int> numbers = f.lookup->articles().keys();
    std::sort(numbers.begin(), numbers.end());
    QStringList articles;
    for (int number : numbers)
        articles << QString::number(number);
    REQUIRE(states.size() == 195);
    CHECK(complete(ReferenceKind::Theme, themes).isEmpty());
    CHECK(complete(ReferenceKind::Region, regions).isEmpty());
    CHECK(complete(ReferenceKind::Channel, channels).isEmpty());
    CHECK(complete(ReferenceKind::InstitutionType, types).isEmpty());
    CHECK(complete(ReferenceKind::Language, vaultLanguages).isEmpty());
    CHECK(complete(ReferenceKind::State, states).isEmpty());
    REQUIRE(articles.size() == 33);
    CHECK(complete(ReferenceKind::Article, articles).isEmpty());
    // French typography: a no-break space, never a plain one or none, before ";" and ":".
    QStringList badFrench;
    for (const QString& number : articles) {
        const QString title = ReferenceLabels::label(ReferenceKind::Article, number, QStringLiteral("fr"));
        for (qsizetype i = title.indexOf(QRegularExpression(QStringLiteral("[;:]"))); i >= 0;
             i = title.indexOf(QRegularExpression(QStringLiteral("[;:]")), i + 1)) {
            if (i == 0 || title.at(i - 1) != QChar(0x00a0))
                badFrench << number;
        }
    }
    CHECK(badFrench.isEmpty());
    // The resources list no code the vault lacks (a label without a row is a typo).
    CHECK(ReferenceLabels::codes(ReferenceKind::Theme) == themes);
    CHECK(ReferenceLabels::codes(ReferenceKind::State).size() == 195);
    CHECK(ReferenceLabels::codes(ReferenceKind::Article) == articles);
}

TEST_CASE("in English the lookup gives the vault's names", "[reference][i18n]")
{
    test::QueryFixture f;
    CHECK(ReferenceLookup::displayLanguage() == QStringLiteral("en"));
    const reference::StateInfo* tanzania = f.lookup->findState(QStringLiteral("TZ"));
    REQUIRE(tanzania);
    CHECK(tanzania->name == QStringLiteral("United Republic of Tanzania"));
    CHECK(tanzania->englishName == tanzania->name);
    CHECK(f.lookup->theme(f.themeId("ratification"))->name == QStringLiteral("Ratification / accession process"));
    CHECK(f.lookup->articles().value(3) == QStringLiteral("Non-refoulement"));
    CHECK(f.lookup->articles().value(17) == QStringLiteral("Establishment of the Committee against Torture"));
    // French names are not accepted in English (the CLI's lookups are unchanged).
    CHECK(f.lookup->findState(QStringLiteral("République unie de Tanzanie")) == nullptr);
}

TEST_CASE("in French the lookup names States and themes in French and still finds English names and codes",
    "[reference][i18n]")
{
    const DisplayLanguage french("fr_CH");
    test::QueryFixture f;
    CHECK(ReferenceLookup::displayLanguage() == QStringLiteral("fr"));
    const reference::StateInfo* tanzania = f.lookup->state(f.stateId("TZ"));
    REQUIRE(tanzania);
    CHECK(tanzania->name == QStringLiteral("République unie de Tanzanie"));
    CHECK(tanzania->englishName == QStringLiteral("United Republic of Tanzania"));
    CHECK(tanzania->regionName == QStringLiteral("Afrique"));
    CHECK(f.lookup->state(f.stateId("MA"))->name == QStringLiteral("Maroc"));
    CHECK(f.lookup->state(f.stateId("CD"))->name == QStringLiteral("République démocratique du Congo"));
    const reference::NamedItem* theme = f.lookup->theme(f.themeId("oversight_npm_nhri"));
    REQUIRE(theme);
    CHECK(theme->name == QStringLiteral("Contrôle indépendant et organes de visite (MNP, INDH)"));
    CHECK(f.lookup->channel(f.channelId("email"))->name == QStringLiteral("Courriel"));
    CHECK(f.lookup->language(QStringLiteral("es"))->name == QStringLiteral("Espagnol"));
    CHECK(f.lookup->articles().value(1) == QStringLiteral("Définition de la torture"));
    CHECK(f.lookup->articles().value(17) == QStringLiteral("Création du Comité contre la torture"));
    // French typography: a no-break space before the semicolon.
    CHECK(f.lookup->articles().value(2)
        == QStringLiteral("Mesures efficaces pour empêcher la torture\u00a0; aucune justification"));

    for (const char* text :
        { "République unie de Tanzanie", "république UNIE de tanzanie", "United Republic of Tanzania", "TZ", "tza" })
        CHECK(f.lookup->findState(QString::fromUtf8(text)) == tanzania);
    CHECK(f.lookup->findTheme(QStringLiteral("Formation et renforcement des capacités"))
        == f.lookup->findTheme(QStringLiteral("Training and capacity building")));
    CHECK(f.lookup->findTheme(QStringLiteral("training"))->name
        == QStringLiteral("Formation et renforcement des capacités"));
    CHECK(f.lookup->findRegion(QStringLiteral("Moyen-Orient et Afrique du Nord"))->code == QStringLiteral("MENA"));

    // States in the order of their French names.
    QCollator collator { QLocale(QStringLiteral("fr")) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto& states = f.lookup->states();
    bool sorted = true;
    for (qsizetype i = 1; i < states.size(); ++i)
        sorted = sorted && collator.compare(states[i - 1].name, states[i].name) <= 0;
    CHECK(sorted);
}

TEST_CASE("in Spanish a query's State and themes read in Spanish in the table rows and the record", "[reference][i18n]")
{
    const DisplayLanguage spanish("es");
    test::QueryFixture f;
    queries::QueryInput in = f.input(QStringLiteral("Ratification questions"));
    in.stateId = f.stateId("TZ");
    in.themeIds = { f.themeId("ratification"), f.themeId("training") };
    const queries::Query q = f.create(in);
    CHECK(q.stateName == QStringLiteral("República Unida de Tanzania"));
    CHECK(q.themeNames
        == QStringList { QStringLiteral("Proceso de ratificación / adhesión"),
            QStringLiteral("Formación y fortalecimiento de capacidades") });
    CHECK(f.get(q.id).regionName == QStringLiteral("África"));

    const Result<queries::QueryPage> page = f.search->page(queries::QueryFilter {}, queries::QuerySort {});
    REQUIRE(page);
    REQUIRE(page->rows.size() == 1);
    CHECK(page->rows[0].stateName == QStringLiteral("República Unida de Tanzania"));
    CHECK(page->rows[0].themes.split(QStringLiteral("; ")).size() == 2);
    CHECK(page->rows[0].themes.contains(QStringLiteral("Proceso de ratificación / adhesión")));
    CHECK(page->rows[0].themes.contains(QStringLiteral("Formación y fortalecimiento de capacidades")));
    CHECK(f.lookup->findState(QStringLiteral("república unida de tanzania"))->iso2 == QStringLiteral("TZ"));
    CHECK(f.lookup->state(f.stateId("CI"))->name == QStringLiteral("Côte d'Ivoire")); // states_i18n_overrides.tsv
    CHECK(f.lookup->state(f.stateId("MA"))->name == QStringLiteral("Marruecos"));
    CHECK(f.lookup->articles().value(3) == QStringLiteral("No devolución"));
    CHECK(f.lookup->articles().value(17) == QStringLiteral("Constitución del Comité contra la Tortura"));
    // The vault keeps the English titles; only the display changes.
    CHECK(f.vault->connection().queryText("SELECT title FROM uncat_articles WHERE number = 3")
        == QStringLiteral("Non-refoulement"));
}

TEST_CASE("sorted by State the list follows the displayed names", "[reference][i18n]")
{
    const auto sortedStates = [](test::QueryFixture& f) {
        for (const char* iso2 : { "GH", "DE", "CL" }) {
            queries::QueryInput in = f.input();
            in.stateId = f.stateId(iso2);
            f.create(in);
        }
        QStringList order;
        const queries::QuerySort byState { queries::SortColumn::State, Qt::AscendingOrder };
        // Page by page too: the cursor carries the rank.
        std::optional<queries::PageCursor> cursor;
        do {
            const Result<queries::QueryPage> page = f.search->page(queries::QueryFilter {}, byState, cursor, 1);
            REQUIRE(page);
            for (const queries::QueryRow& row : page->rows)
                order << row.stateName;
            cursor = page->next;
        } while (cursor && order.size() < 10);
        return order;
    };
    {
        test::QueryFixture f;
        CHECK(sortedStates(f)
            == QStringList { QStringLiteral("Chile"), QStringLiteral("Germany"), QStringLiteral("Ghana") });
    }
    const DisplayLanguage french("fr");
    test::QueryFixture f;
    CHECK(sortedStates(f)
        == QStringList { QStringLiteral("Allemagne"), QStringLiteral("Chili"), QStringLiteral("Ghana") });
}

} // namespace reference_labels_test
