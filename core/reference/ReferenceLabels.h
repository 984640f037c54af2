#pragma once

#include <QString>
#include <QStringList>

namespace advicehub::reference {

// An Article's code is the UNCAT article's number as text ("3").
enum class ReferenceKind { State, Region, Channel, InstitutionType, Theme, Language, Article };

// The French and Spanish labels of the seeded reference data, read once per process from the
// resources: the name_fr/name_es columns of themes, regions, channels, languages and
// institution_types.tsv, the title_fr/title_es columns of uncat_articles.tsv, and for States
// states_i18n.tsv, which the build generates from Debian's iso-codes
// (scripts/state-names-i18n.py). English labels are the vault's own names.
//
// The display language is process-wide: the desktop sets it once from its interface language
// before any vault is opened; the CLI leaves it English. ReferenceLookup then returns every name
// in that language.
class ReferenceLabels {
public:
    // "fr" or "es" (a locale name such as "fr_CH" counts as its language); anything else is
    // English, the vault's own names.
    static void setDisplayLanguage(const QString& language);
    static QString displayLanguage(); // "en", "fr" or "es"

    // The languages with labels besides English.
    static QStringList languages();
    // The label of `code` (a State's alpha-2 code) in `language`; empty when there is none.
    static QString label(ReferenceKind kind, const QString& code, const QString& language);
    // The label in the display language, or `vaultName` in English or when there is none.
    static QString display(ReferenceKind kind, const QString& code, const QString& vaultName);
    // Every code the resources list for `kind` (for the completeness test).
    static QStringList codes(ReferenceKind kind);
};

} // namespace advicehub::reference
