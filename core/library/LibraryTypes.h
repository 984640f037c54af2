#pragma once

#include "drafts/DraftTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Templates, the library of CTI tools and references, and precedents (PRODUCT.md §3.4).
namespace advicehub::library {

using drafts::DraftKind;
using drafts::DraftLanguage;

// A letter template with {placeholders}. One or more per kind and language; the seeded ones
// (acknowledgement of receipt, holding reply, referral notice, standard answer in EN/FR/ES) are
// ordinary templates that can be edited or deactivated, never deleted once used.
struct DraftTemplate {
    qint64 id = 0;
    QString name; // unique per language
    DraftKind kind = DraftKind::Acknowledgement;
    DraftLanguage language = DraftLanguage::English;
    QString html; // sanitised; placeholders in the text: {reference}, {state}…
    bool active = true;
    bool seeded = false; // came with the vault
    QDateTime updatedAtUtc;
    int version = 0;
};

struct TemplateInput {
    QString name;
    DraftKind kind = DraftKind::Acknowledgement;
    DraftLanguage language = DraftLanguage::English;
    QString html;
    bool active = true;
};

// The placeholders a template may use, filled from the query and the session:
//   {reference} {state} {institution} {contact_name} {contact_function} {received_date}
//   {subject} {adviser} {today} {due_date} {channel} {partner} (the open referral's partner, if one)
// Dates are formatted for the draft's language (DraftText::locale, long format).
struct Placeholder {
    QString name; // "reference"
    QString description; // translated, for the manager's help
};

// The result of filling a template for a query. `unknown` and `empty` are reported to the user
// (never silently left in or dropped): an unknown placeholder stays in the text as typed and is
// listed; an empty one (the query has no institution…) is replaced by a visible marker
// "[institution?]" and listed.
struct FilledTemplate {
    QString html;
    QStringList unknown; // names not in the list above
    QStringList empty; // known names without a value for this query
    bool complete() const { return unknown.isEmpty() && empty.isEmpty(); }
};

// A CTI tool or a reference the Secretariat cites (seeded from the CTI's publications; the
// Secretariat adds its own). Inserting it into a draft adds its citation.
enum class ResourceKind { CtiTool, Reference };

struct LibraryResource {
    qint64 id = 0;
    ResourceKind kind = ResourceKind::Reference;
    QString title; // required, unique
    QString description;
    QList<qint64> themeIds;
    QString language; // "en", "fr", "es", "" (several)
    QString link; // https: URL, optional
    QString citation; // the text inserted into a draft; required
    bool active = true;
    bool seeded = false;
    QDateTime updatedAtUtc;
    int version = 0;
};

// An earlier sent answer found by the precedent search.
struct Precedent {
    qint64 draftId = 0;
    qint64 queryId = 0;
    QString queryReference;
    QString draftTitle;
    DraftKind kind = DraftKind::SubstantiveResponse;
    DraftLanguage language = DraftLanguage::English;
    QDate sentOn;
    QString regionName; // the requesting State's region (never the State itself in the list)
    QStringList themeNames;
    QString snippet; // text around the first match, plain
    // The query's confidentiality code ("standard", "confidential", "strictly_confidential"):
    // reusing text from a confidential or strictly confidential query warns and is recorded.
    QString confidentiality;
    bool needsWarning() const { return confidentiality != QLatin1String("standard"); }
};

struct PrecedentFilter {
    QString text; // full text (words of the sent versions and titles); may be empty
    std::optional<qint64> themeId;
    std::optional<qint64> regionId;
    int limit = 50;
};

struct LibraryLimits {
    static constexpr int Name = 200;
    static constexpr int Title = 300;
    static constexpr int Description = 5000;
    static constexpr int Citation = 2000;
    static constexpr int Link = 2000;
    static constexpr int Word = 100;
};

} // namespace advicehub::library
