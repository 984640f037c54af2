#include "printing/PrintDocument.h"

#include <array>
#include <utility>

namespace advicehub::printing {

namespace {

constexpr std::array<std::pair<Profile, const char*>, 3> kProfiles { {
    { Profile::Internal, "internal" },
    { Profile::Briefing, "briefing" },
    { Profile::Partner, "partner" },
} };

constexpr std::array<std::pair<DocumentKind, const char*>, 4> kKinds { {
    { DocumentKind::CaseSummary, "case_summary" },
    { DocumentKind::BriefingPack, "briefing_pack" },
    { DocumentKind::PartnerExtract, "partner_extract" },
    { DocumentKind::DraftLetter, "draft_letter" },
} };

} // namespace

QString PrintText::code(Profile profile)
{
    for (const auto& [value, text] : kProfiles) {
        if (value == profile)
            return QString::fromLatin1(text);
    }
    return {};
}

std::optional<Profile> PrintText::profile(QStringView code)
{
    for (const auto& [value, text] : kProfiles) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString PrintText::label(Profile profile)
{
    switch (profile) {
    case Profile::Internal:
        return tr("Internal");
    case Profile::Briefing:
        return tr("Core State briefing");
    case Profile::Partner:
        return tr("Partner extract");
    }
    return {};
}

const std::vector<Profile>& PrintText::allProfiles()
{
    static const std::vector<Profile> all { Profile::Internal, Profile::Briefing, Profile::Partner };
    return all;
}

QString PrintText::code(DocumentKind kind)
{
    for (const auto& [value, text] : kKinds) {
        if (value == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

std::optional<DocumentKind> PrintText::documentKind(QStringView code)
{
    for (const auto& [value, text] : kKinds) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString PrintText::label(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::CaseSummary:
        return tr("Case summary");
    case DocumentKind::BriefingPack:
        return tr("Briefing pack");
    case DocumentKind::PartnerExtract:
        return tr("Partner extract");
    case DocumentKind::DraftLetter:
        return tr("Response");
    }
    return {};
}

} // namespace advicehub::printing
