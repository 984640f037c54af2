#pragma once

#include "drafts/DraftTypes.h"

#include <QString>

namespace advicehub::library {

// The name of a State as a French or Spanish letter writes it ("Chili", "Marruecos"), from
// Debian's iso-codes (iso_3166-1.json and the iso_3166-1 gettext catalogues), read once per
// process. Empty for English, or when the catalogue or the code is missing: the caller then uses
// the vault's own (English) name.
class StateNames {
public:
    static QString name(const QString& iso2, drafts::DraftLanguage language);
    // Whether the catalogue of `language` could be read (tests skip when it is not installed).
    static bool available(drafts::DraftLanguage language);
};

} // namespace advicehub::library
