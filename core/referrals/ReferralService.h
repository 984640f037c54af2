#pragma once

#include "common/Result.h"
#include "referrals/ReferralTypes.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace advicehub::casefile {
class CaseRecord;
class SummarySectionProvider;
} // namespace advicehub::casefile
namespace advicehub::reference {
class ReferenceLookup;
}
namespace advicehub::queries {
class QueryService;
}

namespace advicehub::referrals {

// Referrals of queries to partners and the consents they rest on. Every operation validates
// first (each refusal with its own message, nothing written), then writes in one transaction
// and records itself on the query's timeline through the case record (EntryKind::Referral /
// EntryKind::Consent, source {"referral", id} / {"consent", id}, structured data for rendering).
// Marking a referral sent also records, in the same transaction, a disclosure of kind Share
// to the partner with exactly the shared fields (casefile::DisclosureRecord).
//
// The consent rule cannot be bypassed: sent requires a recorded, not withdrawn consent on the
// query whose partners include the referral's partner and whose fields include every field it
// shares, or an override justification (≥ 20 characters) by an adviser with role head.
class ReferralService : public QObject {
    Q_OBJECT
public:
    ReferralService(casefile::CaseRecord& record, reference::ReferenceLookup& lookup, queries::QueryService& queries,
        QObject* parent = nullptr);
    ~ReferralService() override;

    // --- referrals
    // Refused: unknown or inactive partner, contact of another partner, no field shared, no
    // reason, date before the query was received or in the future, follow-up in the past,
    // a second open referral to the same partner for the same query, a merged query.
    Result<Referral> propose(const ReferralInput& input);
    // Until sent; afterwards ErrorCode::NotAllowed ("already sent: what is shared cannot change").
    // (A referral whose consent no longer covers what it shares after an edit stays where it is;
    // sending checks the consent again.)
    Result<Referral> edit(qint64 id, const ReferralEdit& edit, int expectedVersion);
    // While open: the follow-up date (not in the past) alone.
    Result<Referral> setFollowUp(qint64 id, std::optional<QDate> followUpOn);
    // consent_obtained needs a covering consent; sent needs one (recorded on the referral) or a
    // head's override (proposed -> sent directly too, either way). The date (`on`) may be past, not
    // future, not before the referral was proposed (sent). Sent also records the disclosure.
    Result<Referral> changeStatus(qint64 id, const StatusChange& change);
    // The moves the lifecycle allows from the referral's status (whatever the consent).
    QList<ReferralStatus> allowedTransitions(qint64 id) const;
    // Why `to` would be refused now (consent missing, override needed, not a head…), or ok.
    Result<void> canChangeStatus(qint64 id, ReferralStatus to) const;
    // Whether the session's adviser may override the consent rule (role head).
    bool mayOverride() const;
    // The codes of shared fields a user typed ("subject,themes"), each checked: an unknown
    // code is refused with its name (ErrorCode::InvalidInput). Duplicates are dropped.
    static Result<QList<SharedField>> sharedFieldsFromCodes(const QStringList& codes);

    Result<Referral> get(qint64 id) const;
    std::vector<Referral> referralsOf(qint64 queryId) const; // newest first
    std::vector<Referral> referralsTo(qint64 partnerId) const;
    // Every referral of the vault (newest first); `openOnly`: proposed, consent obtained, sent, accepted.
    std::vector<Referral> allReferrals(bool openOnly = false) const;

    // --- consents
    // Refused: no partner, unknown partner, no field, no name of who gave it, a date in the
    // future or before the query was received.
    Result<Consent> recordConsent(const ConsentInput& input);
    Result<Consent> withdrawConsent(qint64 consentId, QDate on, const QString& reason);
    std::vector<Consent> consentsOf(qint64 queryId) const; // newest first
    // The consent that covers a referral's partner and every field it shares, if any.
    std::optional<Consent> coveringConsent(qint64 referralId) const;

    // --- suggestions and follow-ups
    // Active partners ranked by overlap with the query's themes, region and language (strategic
    // partners first among equals, then by name). Deterministic. Partners with no overlap are
    // left out. Score = 3 per area of expertise among the query's themes + 2 when the partner
    // works in the region of the query's State + 1 when it works in the query's language: the
    // subject matter weighs most, a shared language least. Reasons are translated (tr()).
    Result<std::vector<Suggestion>> suggest(qint64 queryId, int limit = 10) const;
    // Open referrals whose follow-up date has passed (today included), and sent referrals
    // without a reply after `noReplyWorkingDays` working days (holidays and weekends skipped),
    // most overdue first. Today is the clock's.
    std::vector<FollowUp> followUps(int noReplyWorkingDays = ReferralLimits::DefaultNoReplyWorkingDays) const;
    int followUpCount(int noReplyWorkingDays = ReferralLimits::DefaultNoReplyWorkingDays) const;

    // The "Referrals" part of a case summary (one section per referral, newest first); the
    // session registers it with its CaseSummaryBuilder. Owned by this service.
    casefile::SummarySectionProvider* summaryProvider();

Q_SIGNALS:
    // After the commit only (the query's own change notice comes from CaseEvents).
    void referralsChanged(qint64 queryId);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace advicehub::referrals
