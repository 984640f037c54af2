#include "reference/ReferenceLabels.h"

#include "reference/TsvTable.h"

#include <QHash>

#include <atomic>

namespace advicehub::reference {

namespace {

struct KindLabels {
    QStringList codes;
    QHash<QString, QString> french;
    QHash<QString, QString> spanish;
};

KindLabels load(const char* resource, const char* codeColumn, const char* frenchColumn, const char* spanishColumn)
{
    KindLabels labels;
    const TsvTable table = TsvTable::load(QString::fromLatin1(resource));
    const QString code = QString::fromLatin1(codeColumn);
    const QString fr = QString::fromLatin1(frenchColumn);
    const QString es = QString::fromLatin1(spanishColumn);
    for (std::size_t i = 0; i < table.size(); ++i) {
        const QString key = table.value(i, code);
        labels.codes << key;
        if (!table.value(i, fr).isEmpty())
            labels.french.insert(key, table.value(i, fr));
        if (!table.value(i, es).isEmpty())
            labels.spanish.insert(key, table.value(i, es));
    }
    return labels;
}

const KindLabels& labels(ReferenceKind kind)
{
    static const KindLabels states = load(":/reference/states_i18n.tsv", "iso2", "fr", "es");
    static const KindLabels regions = load(":/reference/regions.tsv", "code", "name_fr", "name_es");
    static const KindLabels channels = load(":/reference/channels.tsv", "code", "name_fr", "name_es");
    static const KindLabels types = load(":/reference/institution_types.tsv", "code", "name_fr", "name_es");
    static const KindLabels themes = load(":/reference/themes.tsv", "code", "name_fr", "name_es");
    static const KindLabels languages = load(":/reference/languages.tsv", "code", "name_fr", "name_es");
    static const KindLabels articles = load(":/reference/uncat_articles.tsv", "number", "title_fr", "title_es");
    switch (kind) {
    case ReferenceKind::State:
        return states;
    case ReferenceKind::Region:
        return regions;
    case ReferenceKind::Channel:
        return channels;
    case ReferenceKind::InstitutionType:
        return types;
    case ReferenceKind::Theme:
        return themes;
    case ReferenceKind::Article:
        return articles;
    case ReferenceKind::Language:
        break;
    }
    return languages;
}

// 0 English, 1 French, 2 Spanish: set once at start-up, read from any thread.
std::atomic<int> g_displayLanguage { 0 };

int languageIndex(const QString& language)
{
    const QString prefix = language.left(2).toLower();
    if (prefix == QLatin1String("fr"))
        return 1;
    if (prefix == QLatin1String("es"))
        return 2;
    return 0;
}

} // namespace

void ReferenceLabels::setDisplayLanguage(const QString& language)
{
    g_displayLanguage = languageIndex(language);
}

QString ReferenceLabels::displayLanguage()
{
    switch (g_displayLanguage.load()) {
    case 1:
        return QStringLiteral("fr");
    case 2:
        return QStringLiteral("es");
    default:
        return QStringLiteral("en");
    }
}

QStringList ReferenceLabels::languages()
{
    return { QStringLiteral("fr"), QStringLiteral("es") };
}

QString ReferenceLabels::label(ReferenceKind kind, const QString& code, const QString& language)
{
    const KindLabels& all = labels(kind);
    const QString key = kind == ReferenceKind::State ? code.toUpper() : code;
    switch (languageIndex(language)) {
    case 1:
        return all.french.value(key);
    case 2:
        return all.spanish.value(key);
    default:
        return {};
    }
}

QString ReferenceLabels::display(ReferenceKind kind, const QString& code, const QString& vaultName)
{
    if (g_displayLanguage.load() == 0)
        return vaultName;
    const QString translated = label(kind, code, displayLanguage());
    return translated.isEmpty() ? vaultName : translated;
}

QStringList ReferenceLabels::codes(ReferenceKind kind)
{
    return labels(kind).codes;
}

} // namespace advicehub::reference
