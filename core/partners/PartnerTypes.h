#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

// The partner directory: the organisations the Secretariat refers queries to (PRODUCT.md §3.3).
namespace advicehub::partners {

// The codes are stored in the vault (partners.type) and never change.
enum class PartnerType {
    Ngo,
    UnBody,
    TreatyBody,
    SpecialProcedure,
    UnFund,
    UnAgency,
    RegionalBody,
    Nhri,
    Academic,
    Expert,
    State,
};

class PartnerText {
    Q_DECLARE_TR_FUNCTIONS(PartnerText)
public:
    static QString code(PartnerType type); // "ngo", "un_body", …
    static std::optional<PartnerType> type(QStringView code);
    static QString label(PartnerType type); // translated
    static const std::vector<PartnerType>& allTypes();
};

// A person at a partner. Personal data: never in logs, messages or a partner extract unless the
// referral shares it.
struct PartnerContact {
    qint64 id = 0; // 0 for a new contact; kept across edits so that referrals keep pointing at it
    QString name;
    QString role;
    QString email;
    QString phone;
    bool operator==(const PartnerContact&) const = default;
};

// What a user enters when adding or editing a partner.
struct PartnerInput {
    QString name; // unique, case-insensitive, trimmed
    QString acronym;
    PartnerType type = PartnerType::Ngo;
    bool strategic = false;
    QList<qint64> themeIds; // areas of expertise
    QList<qint64> regionIds;
    QStringList languages; // ISO 639-1 codes of the languages table ("en", "fr", …)
    std::vector<PartnerContact> contacts;
    QString description;
    QString notes;
    bool operator==(const PartnerInput&) const = default;
};

struct Partner {
    qint64 id = 0;
    PartnerInput fields;
    bool active = true;
    int version = 0; // guards against lost updates, as for queries
    int referralCount = 0; // every referral ever made to it (open or closed)
    int openReferralCount = 0;
    // Names resolved for display, in the order of the ids above.
    QStringList themeNames;
    QStringList regionNames;
    QStringList languageNames;
};

// Which field of a partner an input problem or a recorded change is about.
enum class PartnerField {
    Name,
    Acronym,
    Type,
    Strategic,
    Themes,
    Regions,
    Languages,
    Contacts,
    Description,
    Notes,
    Active,
};

class PartnerFieldText {
    Q_DECLARE_TR_FUNCTIONS(PartnerFieldText)
public:
    static QString code(PartnerField field); // "name", "acronym", …
    static std::optional<PartnerField> field(QStringView code);
    static QString label(PartnerField field);
};

struct PartnerFieldError {
    PartnerField field;
    QString message; // translated, never containing the value
    // For Contacts: the row (0-based) of the contact at fault.
    std::optional<int> contactRow;
};

// One recorded change of the directory: who, when, what (append-only, table partner_changes).
struct PartnerChange {
    qint64 id = 0;
    qint64 partnerId = 0;
    QDateTime atUtc;
    std::optional<qint64> adviserId;
    QString adviserName;
    QString action; // "created", "changed", "deactivated", "reactivated", "removed"
    QString field; // PartnerFieldText::code for "changed"; empty otherwise
    QString oldValue; // display values (codes resolved to names); contacts listed by name
    QString newValue;
};

struct PartnerListFilter {
    QString text; // matches name, acronym, description, expertise; accents and case ignored
    bool includeInactive = false;
    std::optional<PartnerType> type;
    std::optional<qint64> themeId;
    std::optional<qint64> regionId;
};

// Limits checked by validation (characters after trimming).
struct PartnerLimits {
    static constexpr int Name = 200;
    static constexpr int Acronym = 30;
    static constexpr int ContactField = 200;
    static constexpr int Description = 10000;
    static constexpr int Notes = 20000;
    static constexpr int Contacts = 100;
};

} // namespace advicehub::partners
