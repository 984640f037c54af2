#pragma once

#include "casefile/TimelineTypes.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <initializer_list>
#include <utility>
#include <vector>

namespace advicehub::casefile {

// How careful a presenter must be with a value. Disclosure profiles (printing) leave out fields
// by sensitivity; the application shows everything to its adviser.
enum class Sensitivity {
    Ordinary,
    PersonalData, // about a person: the contact's name, function, e-mail, phone
    Identifying, // names the requester: the State, the institution (withheld for strictly confidential queries in
                 // briefings)
    Internal, // the Secretariat's own notes and what advisers wrote on the timeline
};

enum class SummaryFieldId {
    Reference,
    Received,
    Channel,
    State,
    Region,
    InstitutionType,
    Institution,
    ContactName,
    ContactFunction,
    ContactEmail,
    ContactPhone,
    Subject,
    Request,
    Language,
    Confidentiality,
    Themes,
    Articles,
    Priority,
    Due,
    Adviser,
    Route,
    Status,
    Notes,
    MergedInto,
    Created,
    Updated,
    Version,
    Other, // a field of another domain's section
};

// One field of a case, ready for any presenter: the detail pane and the CLI show `label` and
// `display`; the JSON export writes `raw` under `code`, and the `attributes` (machine values
// that belong to the field, e.g. a State's ISO codes) under their own keys. Attributes go
// wherever their field goes.
struct SummaryField {
    SummaryFieldId id = SummaryFieldId::Other;
    QString code; // stable (JSON key)
    QString label; // translated
    QString display; // translated, for people; empty: no value
    QJsonValue raw; // for machines; null: no value
    Sensitivity sensitivity = Sensitivity::Ordinary;
    std::vector<std::pair<QString, QJsonValue>> attributes;

    // The attribute of that key; null when there is none.
    QJsonValue attribute(const QString& key) const;
};

// A link to another case, seen from this one.
struct SummaryLink {
    qint64 queryId = 0;
    QString reference;
    QString subject;
    QString relationCode; // "related", "follow_up_of", "followed_up_by"
    QString relationLabel; // translated
};

// A timeline entry in the summary, with how sensitive its texts are.
struct SummaryEntry {
    TimelineEntry entry;
    QString kindLabel; // translated
    // Of what an adviser wrote (the body; for logged entries the summary too: Internal) and of
    // the old and new values (the sensitivity of the field that changed).
    Sensitivity bodySensitivity = Sensitivity::Ordinary;
    Sensitivity valueSensitivity = Sensitivity::Ordinary;
    bool withheld = false; // a filter removed its body or values
};

// A part of a case another domain contributes (a referral, a draft, an attachment).
struct SummarySection {
    QString code; // stable, e.g. "referral"
    QString title; // translated
    std::vector<SummaryField> fields;
};

// The structured content of one case (a query): what the detail pane, the CLI's `show` and
// the JSON export present, and what printing will filter through disclosure profiles. Built by
// queries::CaseSummaryBuilder.
struct CaseSummary {
    qint64 queryId = 0;
    std::vector<SummaryField> fields;
    // Days the query is past its due date while its clock runs (Lifecycle::isOverdue, as of the
    // day the summary was built); 0 when it is not overdue. Derived, so not part of the JSON.
    int overdueDays = 0;
    std::vector<SummaryLink> links;
    bool timelineIncluded = false;
    std::vector<SummaryEntry> timeline; // oldest first
    // Filled by the domains' SummarySectionProviders; empty until those domains exist.
    std::vector<SummarySection> referrals;
    std::vector<SummarySection> drafts;
    std::vector<SummarySection> attachments;

    const SummaryField* field(SummaryFieldId id) const;
    const SummaryField* field(const QString& code) const;

    // The summary without the fields `keep` refuses (in the sections too). A timeline entry that
    // records a change of a removed field loses its old and new values.
    CaseSummary filtered(const std::function<bool(const SummaryField&)>& keep) const;
    // The summary without anything of these sensitivities: such fields go, and so do the bodies
    // and values of timeline entries of that sensitivity.
    CaseSummary withoutSensitivity(std::initializer_list<Sensitivity> sensitivities) const;
};

// Adds a domain's part of a case to its summary (registered with the builder by the domain's
// service: referrals, drafts, attachments).
class SummarySectionProvider {
public:
    virtual ~SummarySectionProvider() = default;
    virtual Status contribute(qint64 queryId, CaseSummary& summary) = 0;
};

// The JSON of a case summary: every field's raw value and attributes under their codes, "links",
// "timeline" when included, and the sections that are not empty. The JSON export's object.
QJsonObject caseSummaryToJson(const CaseSummary& summary);

} // namespace advicehub::casefile
