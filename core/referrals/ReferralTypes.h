#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

// Referrals of a query to a partner, gated by the requesting State's consent (PRODUCT.md §3.3).
namespace advicehub::referrals {

// proposed → consent_obtained → sent → accepted | declined; accepted → completed;
// withdrawn from any open state (proposed, consent_obtained, sent, accepted).
// proposed → sent directly with a covering consent, or with an override (no consent; a head's
// written justification).
// The codes are stored in the vault and never change.
enum class ReferralStatus { Proposed, ConsentObtained, Sent, Accepted, Declined, Completed, Withdrawn };

// What of the query a referral may share with the partner. Stored as codes; the order is the
// order of the checkboxes. Attachments and drafts join when those features land.
enum class SharedField { Subject, RequestText, Themes, Articles, State, Institution, ContactPerson, Notes };

enum class ConsentForm { Written, Oral, NoteVerbale, Email, Meeting };

class ReferralText {
    Q_DECLARE_TR_FUNCTIONS(ReferralText)
public:
    static QString code(ReferralStatus status); // "proposed", "consent_obtained", "sent", …
    static std::optional<ReferralStatus> status(QStringView code);
    static QString label(ReferralStatus status); // "Proposed", "Consent obtained", …
    // The action that moves a referral to `status`, as a verb for buttons ("Mark Sent", "Withdraw"…).
    static QString actionLabel(ReferralStatus status);
    static bool isOpen(ReferralStatus status); // proposed, consent_obtained, sent, accepted
    static bool needsReason(ReferralStatus to); // declined, withdrawn
    static const std::vector<ReferralStatus>& allStatuses();

    static QString code(SharedField field); // "subject", "request_text", "themes", "articles",
                                            // "state", "institution", "contact_person", "notes"
    static std::optional<SharedField> sharedField(QStringView code);
    static QString label(SharedField field);
    static const std::vector<SharedField>& allSharedFields();
    // The least a referral shares by default: subject and themes.
    static QList<SharedField> defaultSharedFields();

    static QString code(ConsentForm form); // "written", "oral", "note_verbale", "email", "meeting"
    static std::optional<ConsentForm> consentForm(QStringView code);
    static QString label(ConsentForm form);
    static const std::vector<ConsentForm>& allConsentForms();
};

// A consent of the requesting State, recorded on a query: for which partners and which fields.
struct ConsentInput {
    qint64 queryId = 0;
    QDate givenOn; // not in the future, not before the query was received
    ConsentForm form = ConsentForm::Written;
    QString givenByName; // personal data
    QString givenByFunction;
    QList<qint64> partnerIds; // at least one
    QList<SharedField> fields; // at least one
    QString notes;
};

struct Consent {
    qint64 id = 0;
    ConsentInput fields;
    QStringList partnerNames; // in the order of fields.partnerIds
    QDateTime recordedAtUtc;
    std::optional<qint64> recordedById;
    QString recordedByName;
    // Withdrawal (recorded, never deleted): a withdrawn consent covers nothing from then on.
    std::optional<QDate> withdrawnOn;
    QString withdrawalReason;
    bool withdrawn() const { return withdrawnOn.has_value(); }
};

// What a user enters when proposing a referral.
struct ReferralInput {
    qint64 queryId = 0;
    qint64 partnerId = 0; // an active partner
    std::optional<qint64> contactId; // a contact of that partner
    QDate proposedOn; // invalid: today; not before the query was received, not in the future
    QString reason; // why this partner; required
    QList<SharedField> shared; // at least one
    std::optional<QDate> followUpOn; // not in the past
};

// What may still be edited, until the referral is sent (then ErrorCode::NotAllowed).
// The follow-up date and the outcome stay editable while the referral is open.
struct ReferralEdit {
    std::optional<qint64> contactId;
    QString reason;
    QList<SharedField> shared;
    std::optional<QDate> followUpOn;
};

// How the consent rule stands for a referral.
enum class ConsentState {
    Missing, // no recorded consent covers the partner and every shared field
    Covered, // a recorded, not withdrawn consent covers them (coveringConsentId)
    Overridden, // sent without consent on a head's recorded justification
};

struct Referral {
    qint64 id = 0;
    qint64 queryId = 0;
    QString queryReference;
    qint64 partnerId = 0;
    QString partnerName;
    std::optional<qint64> contactId;
    QString contactName;
    QDate proposedOn;
    QString reason;
    QList<SharedField> shared;
    std::optional<QDate> followUpOn;
    ReferralStatus status = ReferralStatus::Proposed;
    std::optional<QDate> sentOn;
    QString outcome;
    std::optional<QDate> closedOn;
    QString statusReason; // why it was declined or withdrawn
    // At sending: the consent it rested on, or the override.
    std::optional<qint64> consentId;
    ConsentState consentState = ConsentState::Missing; // now (before sending) or at sending
    QString overrideJustification;
    std::optional<qint64> overrideById;
    QString overrideByName;
    QDateTime createdAtUtc;
    QDateTime updatedAtUtc;
    int version = 0;
};

// A status change and what comes with it.
struct StatusChange {
    ReferralStatus to = ReferralStatus::Sent;
    QDate on; // invalid: today; the sent/closed date
    QString reason; // required for declined and withdrawn
    QString outcome; // accepted, declined, completed: optional text
    // Sending without a covering consent: at least 20 characters, by an adviser with role head.
    QString overrideJustification;
};

// A partner ranked for a query, with the reasons for people.
struct Suggestion {
    qint64 partnerId = 0;
    QString partnerName;
    QString acronym;
    bool strategic = false;
    int score = 0;
    QStringList matchingThemes; // names
    QStringList matchingRegions;
    QStringList matchingLanguages;
    // "expertise: police custody, prisons; region: Asia-Pacific; works in French"
    QString reasons;
    bool alreadyReferred = false; // an open referral to it exists for this query
};

struct FollowUp {
    Referral referral;
    enum class Why {
        FollowUpDue, // the follow-up date has passed (or is today)
        NoReply, // sent, no reply (accepted/declined) after N working days
    } why
        = Why::FollowUpDue;
    int daysOverdue = 0; // calendar days past the follow-up date, or working days since sending
};

struct ReferralLimits {
    static constexpr int Reason = 5000;
    static constexpr int Outcome = 20000;
    static constexpr int Notes = 5000;
    static constexpr int PersonField = 200;
    static constexpr int MinOverrideJustification = 20;
    static constexpr int DefaultNoReplyWorkingDays = 15;
};

} // namespace advicehub::referrals
