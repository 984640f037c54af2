#pragma once

#include "casefile/CaseSummary.h"
#include "printing/PrintDocument.h"
#include "queries/QueryTypes.h"
#include "referrals/ReferralTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace advicehub::reference {
struct StateInfo;
}

namespace advicehub::printing {

// Takes words out of free text: whole words (or whole runs such as an e-mail address), case- and
// accent-insensitively unless a term is added as case-sensitive (ISO codes: "IN" must not take
// "in" out of every sentence), each replaced by the marker.
class TextScrubber {
public:
    explicit TextScrubber(QString marker = {});
    // Ignores terms shorter than 2 characters (after trimming).
    void add(const QString& term, bool caseSensitive = false);
    bool isEmpty() const { return m_terms.empty(); }
    QString scrub(const QString& text) const;

    // The text folded for comparison: without accents, case folded (used by the tests too).
    static QString fold(const QString& text);

private:
    struct Term {
        QString folded;
        QString exact;
        bool caseSensitive = false;
    };
    QString m_marker;
    std::vector<Term> m_terms; // longest first, so that a full name goes before its parts
};

// What a profile lets through for one query (PRODUCT.md §3.5, issue 13), decided once per query
// of a document:
// - Internal: everything.
// - Briefing: no personal data of the contact (fields, and the contact's name, e-mail and phone
//   inside free text), no internal notes, no timeline bodies (date and kind only), no adviser;
//   a strictly confidential query also loses its State's name, ISO codes, institution and
//   institution type (in fields and free text): the State becomes "a State in the <region>
//   region", the reference "Confidential query <n>", and every date only its month.
// - Partner: only the fields the referral shares (SharedField), plus the reference; the contact
//   and the State's identity are also scrubbed from free text unless shared; no timeline.
class DisclosureProfile {
    Q_DECLARE_TR_FUNCTIONS(DisclosureProfile)
public:
    // `shared`: the referral's shared fields (Partner only). `substituteNumber`: the number of
    // the query among the substituted ones of the document (1-based), used for its label.
    DisclosureProfile(Profile profile, const queries::Query& query, const reference::StateInfo* state,
        QList<referrals::SharedField> shared = {}, int substituteNumber = 1);

    Profile profile() const { return m_profile; }
    // The query is shown without what names or singles out its State (Briefing, strictly
    // confidential).
    bool substitutesState() const { return m_substitute; }

    // Whether a field of the case summary goes into the document.
    bool allows(const casefile::SummaryField& field) const;
    bool allows(casefile::SummaryFieldId id) const;
    bool shares(referrals::SharedField field) const;
    // The case summary with only the allowed fields (sections included) and, unless timeline
    // bodies are allowed, the timeline's bodies and values withheld.
    casefile::CaseSummary apply(const casefile::CaseSummary& summary) const;
    bool timelineAllowed() const { return m_profile != Profile::Partner; }
    bool timelineBodiesAllowed() const { return m_profile == Profile::Internal; }
    bool adviserAllowed() const { return m_profile == Profile::Internal; }

    // The reference, or "Confidential query <n>".
    QString reference() const;
    // The State's name, or "a State in the <region> region".
    QString stateLabel() const;
    // "14 March 2026", or "March 2026" when the query is substituted. Empty for an invalid date.
    QString date(const QDate& date) const;
    // Free text as the profile may print it.
    QString text(const QString& text) const { return m_scrubber.scrub(text); }

    // The marker that replaces a withheld name in free text.
    static QString withheldMarker();
    static QString stateSubstitute(const QString& regionName);
    static QString referenceSubstitute(int number);
    // "< 3" for 1 and 2 under Briefing; 0 and 3+ as they are (0 singles nobody out).
    static QString count(int count, Profile profile);

private:
    Profile m_profile;
    const queries::Query& m_query;
    QString m_regionName;
    QList<referrals::SharedField> m_shared;
    int m_number = 1;
    bool m_substitute = false;
    TextScrubber m_scrubber;
};

} // namespace advicehub::printing
