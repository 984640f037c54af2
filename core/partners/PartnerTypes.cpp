#include "partners/PartnerTypes.h"

#include "common/CodeTable.h"

#include <array>
#include <utility>

namespace advicehub::partners {

namespace {

constexpr std::array<std::pair<PartnerType, const char*>, 11> kTypeCodes { {
    { PartnerType::Ngo, "ngo" },
    { PartnerType::UnBody, "un_body" },
    { PartnerType::TreatyBody, "treaty_body" },
    { PartnerType::SpecialProcedure, "special_procedure" },
    { PartnerType::UnFund, "un_fund" },
    { PartnerType::UnAgency, "un_agency" },
    { PartnerType::RegionalBody, "regional_body" },
    { PartnerType::Nhri, "nhri" },
    { PartnerType::Academic, "academic" },
    { PartnerType::Expert, "expert" },
    { PartnerType::State, "state" },
} };

constexpr std::array<std::pair<PartnerField, const char*>, 11> kFieldCodes { {
    { PartnerField::Name, "name" },
    { PartnerField::Acronym, "acronym" },
    { PartnerField::Type, "type" },
    { PartnerField::Strategic, "strategic" },
    { PartnerField::Themes, "themes" },
    { PartnerField::Regions, "regions" },
    { PartnerField::Languages, "languages" },
    { PartnerField::Contacts, "contacts" },
    { PartnerField::Description, "description" },
    { PartnerField::Notes, "notes" },
    { PartnerField::Active, "active" },
} };

} // namespace

QString PartnerText::code(PartnerType type)
{
    return codeOf(kTypeCodes, type);
}

std::optional<PartnerType> PartnerText::type(QStringView code)
{
    return valueOf(kTypeCodes, code);
}

QString PartnerText::label(PartnerType type)
{
    switch (type) {
    case PartnerType::Ngo:
        return tr("NGO");
    case PartnerType::UnBody:
        return tr("UN body");
    case PartnerType::TreatyBody:
        return tr("Treaty body");
    case PartnerType::SpecialProcedure:
        return tr("Special procedure");
    case PartnerType::UnFund:
        return tr("UN fund");
    case PartnerType::UnAgency:
        return tr("UN agency");
    case PartnerType::RegionalBody:
        return tr("Regional body");
    case PartnerType::Nhri:
        return tr("National human rights institution");
    case PartnerType::Academic:
        return tr("Academic centre");
    case PartnerType::Expert:
        return tr("Independent expert");
    case PartnerType::State:
        return tr("State (Group of Friends)");
    }
    return {};
}

const std::vector<PartnerType>& PartnerText::allTypes()
{
    static const std::vector<PartnerType> all = valuesOf(kTypeCodes);
    return all;
}

QString PartnerFieldText::code(PartnerField field)
{
    return codeOf(kFieldCodes, field);
}

std::optional<PartnerField> PartnerFieldText::field(QStringView code)
{
    return valueOf(kFieldCodes, code);
}

QString PartnerFieldText::label(PartnerField field)
{
    switch (field) {
    case PartnerField::Name:
        return tr("Name");
    case PartnerField::Acronym:
        return tr("Acronym");
    case PartnerField::Type:
        return tr("Type");
    case PartnerField::Strategic:
        return tr("Strategic partner");
    case PartnerField::Themes:
        return tr("Areas of expertise");
    case PartnerField::Regions:
        return tr("Regions");
    case PartnerField::Languages:
        return tr("Working languages");
    case PartnerField::Contacts:
        return tr("Contacts");
    case PartnerField::Description:
        return tr("Description");
    case PartnerField::Notes:
        return tr("Notes");
    case PartnerField::Active:
        return tr("Active");
    }
    return {};
}

} // namespace advicehub::partners
