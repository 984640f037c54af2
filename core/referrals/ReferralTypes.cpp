#include "referrals/ReferralTypes.h"

#include "common/CodeTable.h"

#include <array>
#include <utility>

namespace advicehub::referrals {

namespace {

constexpr std::array<std::pair<ReferralStatus, const char*>, 7> kStatusCodes { {
    { ReferralStatus::Proposed, "proposed" },
    { ReferralStatus::ConsentObtained, "consent_obtained" },
    { ReferralStatus::Sent, "sent" },
    { ReferralStatus::Accepted, "accepted" },
    { ReferralStatus::Declined, "declined" },
    { ReferralStatus::Completed, "completed" },
    { ReferralStatus::Withdrawn, "withdrawn" },
} };

constexpr std::array<std::pair<SharedField, const char*>, 8> kFieldCodes { {
    { SharedField::Subject, "subject" },
    { SharedField::RequestText, "request_text" },
    { SharedField::Themes, "themes" },
    { SharedField::Articles, "articles" },
    { SharedField::State, "state" },
    { SharedField::Institution, "institution" },
    { SharedField::ContactPerson, "contact_person" },
    { SharedField::Notes, "notes" },
} };

constexpr std::array<std::pair<ConsentForm, const char*>, 5> kFormCodes { {
    { ConsentForm::Written, "written" },
    { ConsentForm::Oral, "oral" },
    { ConsentForm::NoteVerbale, "note_verbale" },
    { ConsentForm::Email, "email" },
    { ConsentForm::Meeting, "meeting" },
} };

} // namespace

QString ReferralText::code(ReferralStatus status)
{
    return codeOf(kStatusCodes, status);
}

std::optional<ReferralStatus> ReferralText::status(QStringView code)
{
    return valueOf(kStatusCodes, code);
}

QString ReferralText::label(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Proposed:
        return tr("Proposed");
    case ReferralStatus::ConsentObtained:
        return tr("Consent obtained");
    case ReferralStatus::Sent:
        return tr("Sent");
    case ReferralStatus::Accepted:
        return tr("Accepted");
    case ReferralStatus::Declined:
        return tr("Declined");
    case ReferralStatus::Completed:
        return tr("Completed");
    case ReferralStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString ReferralText::actionLabel(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Proposed:
        return tr("Propose");
    case ReferralStatus::ConsentObtained:
        return tr("Mark Consent Obtained");
    case ReferralStatus::Sent:
        return tr("Mark Sent");
    case ReferralStatus::Accepted:
        return tr("Mark Accepted");
    case ReferralStatus::Declined:
        return tr("Mark Declined");
    case ReferralStatus::Completed:
        return tr("Mark Completed");
    case ReferralStatus::Withdrawn:
        return tr("Withdraw");
    }
    return {};
}

bool ReferralText::isOpen(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Proposed:
    case ReferralStatus::ConsentObtained:
    case ReferralStatus::Sent:
    case ReferralStatus::Accepted:
        return true;
    default:
        return false;
    }
}

bool ReferralText::needsReason(ReferralStatus to)
{
    return to == ReferralStatus::Declined || to == ReferralStatus::Withdrawn;
}

const std::vector<ReferralStatus>& ReferralText::allStatuses()
{
    static const std::vector<ReferralStatus> all = valuesOf(kStatusCodes);
    return all;
}

QString ReferralText::code(SharedField field)
{
    return codeOf(kFieldCodes, field);
}

std::optional<SharedField> ReferralText::sharedField(QStringView code)
{
    return valueOf(kFieldCodes, code);
}

QString ReferralText::label(SharedField field)
{
    switch (field) {
    case SharedField::Subject:
        return tr("Subject");
    case SharedField::RequestText:
        return tr("Request text");
    case SharedField::Themes:
        return tr("Themes");
    case SharedField::Articles:
        return tr("UNCAT articles");
    case SharedField::State:
        return tr("State");
    case SharedField::Institution:
        return tr("Institution");
    case SharedField::ContactPerson:
        return tr("Contact person");
    case SharedField::Notes:
        return tr("Notes");
    }
    return {};
}

const std::vector<SharedField>& ReferralText::allSharedFields()
{
    static const std::vector<SharedField> all = valuesOf(kFieldCodes);
    return all;
}

QList<SharedField> ReferralText::defaultSharedFields()
{
    return { SharedField::Subject, SharedField::Themes };
}

QString ReferralText::code(ConsentForm form)
{
    return codeOf(kFormCodes, form);
}

std::optional<ConsentForm> ReferralText::consentForm(QStringView code)
{
    return valueOf(kFormCodes, code);
}

QString ReferralText::label(ConsentForm form)
{
    switch (form) {
    case ConsentForm::Written:
        return tr("Written");
    case ConsentForm::Oral:
        return tr("Oral");
    case ConsentForm::NoteVerbale:
        return tr("Note verbale");
    case ConsentForm::Email:
        return tr("E-mail");
    case ConsentForm::Meeting:
        return tr("Meeting");
    }
    return {};
}

const std::vector<ConsentForm>& ReferralText::allConsentForms()
{
    static const std::vector<ConsentForm> all = valuesOf(kFormCodes);
    return all;
}

} // namespace advicehub::referrals
