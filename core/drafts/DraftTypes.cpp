#include "drafts/DraftTypes.h"

#include "common/CodeTable.h"

namespace advicehub::drafts {

namespace {

constexpr CodeTable<DraftKind, 5> kKindCodes { {
    { DraftKind::Acknowledgement, "acknowledgement" },
    { DraftKind::HoldingReply, "holding_reply" },
    { DraftKind::SubstantiveResponse, "substantive_response" },
    { DraftKind::ReferralNotice, "referral_notice" },
    { DraftKind::Other, "other" },
} };

constexpr CodeTable<DraftState, 5> kStateCodes { {
    { DraftState::Draft, "draft" },
    { DraftState::Submitted, "submitted" },
    { DraftState::ChangesRequested, "changes_requested" },
    { DraftState::Cleared, "cleared" },
    { DraftState::Sent, "sent" },
} };

constexpr CodeTable<StepAction, 5> kStepCodes { {
    { StepAction::Submitted, "submitted" },
    { StepAction::ChangesRequested, "changes_requested" },
    { StepAction::Cleared, "cleared" },
    { StepAction::Sent, "sent" },
    { StepAction::Reopened, "reopened" },
} };

constexpr CodeTable<DraftLanguage, 3> kLanguageCodes { {
    { DraftLanguage::English, "en" },
    { DraftLanguage::French, "fr" },
    { DraftLanguage::Spanish, "es" },
} };

} // namespace

QString DraftText::code(DraftKind kind)
{
    return codeOf(kKindCodes, kind);
}

std::optional<DraftKind> DraftText::kind(QStringView code)
{
    return valueOf(kKindCodes, code);
}

QString DraftText::label(DraftKind kind)
{
    switch (kind) {
    case DraftKind::Acknowledgement:
        return tr("Acknowledgement of receipt");
    case DraftKind::HoldingReply:
        return tr("Holding reply");
    case DraftKind::SubstantiveResponse:
        return tr("Substantive response");
    case DraftKind::ReferralNotice:
        return tr("Referral notice");
    case DraftKind::Other:
        return tr("Other");
    }
    return {};
}

const std::vector<DraftKind>& DraftText::allKinds()
{
    static const std::vector<DraftKind> all = valuesOf(kKindCodes);
    return all;
}

QString DraftText::code(DraftState state)
{
    return codeOf(kStateCodes, state);
}

std::optional<DraftState> DraftText::state(QStringView code)
{
    return valueOf(kStateCodes, code);
}

QString DraftText::label(DraftState state)
{
    switch (state) {
    case DraftState::Draft:
        return tr("Draft");
    case DraftState::Submitted:
        return tr("Submitted for clearance");
    case DraftState::ChangesRequested:
        return tr("Changes requested");
    case DraftState::Cleared:
        return tr("Cleared");
    case DraftState::Sent:
        return tr("Sent");
    }
    return {};
}

const std::vector<DraftState>& DraftText::allStates()
{
    static const std::vector<DraftState> all = valuesOf(kStateCodes);
    return all;
}

QString DraftText::code(StepAction action)
{
    return codeOf(kStepCodes, action);
}

std::optional<StepAction> DraftText::stepAction(QStringView code)
{
    return valueOf(kStepCodes, code);
}

QString DraftText::label(StepAction action)
{
    switch (action) {
    case StepAction::Submitted:
        return tr("Submitted for clearance");
    case StepAction::ChangesRequested:
        return tr("Changes requested");
    case StepAction::Cleared:
        return tr("Cleared");
    case StepAction::Sent:
        return tr("Marked sent");
    case StepAction::Reopened:
        return tr("Reopened by a new version");
    }
    return {};
}

QString DraftText::code(DraftLanguage language)
{
    return codeOf(kLanguageCodes, language);
}

std::optional<DraftLanguage> DraftText::language(QStringView code)
{
    return valueOf(kLanguageCodes, code);
}

QString DraftText::label(DraftLanguage language)
{
    switch (language) {
    case DraftLanguage::English:
        return tr("English");
    case DraftLanguage::French:
        return tr("French");
    case DraftLanguage::Spanish:
        return tr("Spanish");
    }
    return {};
}

const std::vector<DraftLanguage>& DraftText::allLanguages()
{
    static const std::vector<DraftLanguage> all = valuesOf(kLanguageCodes);
    return all;
}

QLocale DraftText::locale(DraftLanguage language)
{
    switch (language) {
    case DraftLanguage::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case DraftLanguage::French:
        return QLocale(QLocale::French, QLocale::France);
    case DraftLanguage::Spanish:
        return QLocale(QLocale::Spanish, QLocale::Spain);
    }
    return QLocale::c();
}

} // namespace advicehub::drafts
