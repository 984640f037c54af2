#include "queries/QueryTypes.h"

#include "common/CodeTable.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace advicehub::queries {

namespace {

constexpr std::array<std::pair<QueryStatus, const char*>, 9> kStatusCodes { {
    { QueryStatus::New, "new" },
    { QueryStatus::Triaged, "triaged" },
    { QueryStatus::InProgress, "in_progress" },
    { QueryStatus::AwaitingRequester, "awaiting_requester" },
    { QueryStatus::ResponseSent, "response_sent" },
    { QueryStatus::Closed, "closed" },
    { QueryStatus::Referred, "referred" },
    { QueryStatus::Declined, "declined" },
    { QueryStatus::Reopened, "reopened" },
} };

constexpr std::array<std::pair<Priority, const char*>, 4> kPriorityCodes { {
    { Priority::Urgent, "urgent" },
    { Priority::High, "high" },
    { Priority::Normal, "normal" },
    { Priority::Low, "low" },
} };

constexpr std::array<std::pair<Confidentiality, const char*>, 3> kConfidentialityCodes { {
    { Confidentiality::Standard, "standard" },
    { Confidentiality::Confidential, "confidential" },
    { Confidentiality::StrictlyConfidential, "strictly_confidential" },
} };

constexpr std::array<std::pair<Route, const char*>, 4> kRouteCodes { {
    { Route::InHouse, "in_house" },
    { Route::Refer, "refer" },
    { Route::Both, "both" },
    { Route::OutOfScope, "out_of_scope" },
} };

constexpr std::array<std::pair<QueryField, const char*>, 21> kFieldCodes { {
    { QueryField::ReceivedOn, "received" },
    { QueryField::Channel, "channel" },
    { QueryField::State, "state" },
    { QueryField::InstitutionType, "institution_type" },
    { QueryField::Institution, "institution" },
    { QueryField::ContactName, "contact_name" },
    { QueryField::ContactFunction, "contact_function" },
    { QueryField::ContactEmail, "contact_email" },
    { QueryField::ContactPhone, "contact_phone" },
    { QueryField::Subject, "subject" },
    { QueryField::RequestText, "request" },
    { QueryField::Language, "language" },
    { QueryField::Confidentiality, "confidentiality" },
    { QueryField::Themes, "themes" },
    { QueryField::Articles, "articles" },
    { QueryField::Priority, "priority" },
    { QueryField::DueOn, "due" },
    { QueryField::Adviser, "adviser" },
    { QueryField::Route, "route" },
    { QueryField::Notes, "notes" },
    { QueryField::Summary, "summary" },
} };

} // namespace

QString QueryText::code(QueryStatus status)
{
    return codeOf(kStatusCodes, status);
}
QString QueryText::code(Priority priority)
{
    return codeOf(kPriorityCodes, priority);
}
QString QueryText::code(Confidentiality confidentiality)
{
    return codeOf(kConfidentialityCodes, confidentiality);
}
QString QueryText::code(Route route)
{
    return codeOf(kRouteCodes, route);
}
QString QueryText::code(QueryField field)
{
    return codeOf(kFieldCodes, field);
}

std::optional<QueryStatus> QueryText::status(QStringView code)
{
    return valueOf(kStatusCodes, code);
}
std::optional<Priority> QueryText::priority(QStringView code)
{
    return valueOf(kPriorityCodes, code);
}
std::optional<Confidentiality> QueryText::confidentiality(QStringView code)
{
    return valueOf(kConfidentialityCodes, code);
}
std::optional<Route> QueryText::route(QStringView code)
{
    return valueOf(kRouteCodes, code);
}
std::optional<QueryField> QueryText::field(QStringView code)
{
    return valueOf(kFieldCodes, code);
}

QString QueryText::label(QueryStatus status)
{
    switch (status) {
    case QueryStatus::New:
        return tr("New");
    case QueryStatus::Triaged:
        return tr("Triaged");
    case QueryStatus::InProgress:
        return tr("In progress");
    case QueryStatus::AwaitingRequester:
        return tr("Awaiting requester");
    case QueryStatus::ResponseSent:
        return tr("Response sent");
    case QueryStatus::Closed:
        return tr("Closed");
    case QueryStatus::Referred:
        return tr("Referred");
    case QueryStatus::Declined:
        return tr("Declined");
    case QueryStatus::Reopened:
        return tr("Reopened");
    }
    return {};
}

QString QueryText::actionLabel(QueryStatus status)
{
    switch (status) {
    case QueryStatus::New:
        return tr("Mark as New");
    case QueryStatus::Triaged:
        return tr("Triage");
    case QueryStatus::InProgress:
        return tr("Start Work");
    case QueryStatus::AwaitingRequester:
        return tr("Wait for Requester");
    case QueryStatus::ResponseSent:
        return tr("Mark Response Sent");
    case QueryStatus::Closed:
        return tr("Close");
    case QueryStatus::Referred:
        return tr("Mark as Referred");
    case QueryStatus::Declined:
        return tr("Decline");
    case QueryStatus::Reopened:
        return tr("Reopen");
    }
    return {};
}

QString QueryText::label(Priority priority)
{
    switch (priority) {
    case Priority::Urgent:
        return tr("Urgent");
    case Priority::High:
        return tr("High");
    case Priority::Normal:
        return tr("Normal");
    case Priority::Low:
        return tr("Low");
    }
    return {};
}

QString QueryText::label(Confidentiality confidentiality)
{
    switch (confidentiality) {
    case Confidentiality::Standard:
        return tr("Standard");
    case Confidentiality::Confidential:
        return tr("Confidential");
    case Confidentiality::StrictlyConfidential:
        return tr("Strictly confidential");
    }
    return {};
}

QString QueryText::valueLabel(QStringView field, const QString& value)
{
    if (field == u"status") {
        if (const auto status = QueryText::status(value))
            return label(*status);
    }
    if (const auto which = QueryText::field(field)) {
        switch (*which) {
        case QueryField::Priority:
            if (const auto priority = QueryText::priority(value))
                return label(*priority);
            break;
        case QueryField::Confidentiality:
            if (const auto level = QueryText::confidentiality(value))
                return label(*level);
            break;
        case QueryField::Route:
            if (const auto route = QueryText::route(value))
                return label(*route);
            break;
        default:
            break;
        }
    }
    return value;
}

QString QueryText::label(Route route)
{
    switch (route) {
    case Route::InHouse:
        return tr("Answer in-house");
    case Route::Refer:
        return tr("Refer to a partner");
    case Route::Both:
        return tr("Answer and refer");
    case Route::OutOfScope:
        return tr("Out of scope");
    }
    return {};
}

QString QueryText::label(QueryField field)
{
    switch (field) {
    case QueryField::ReceivedOn:
        return tr("Received");
    case QueryField::Channel:
        return tr("Channel");
    case QueryField::State:
        return tr("Requesting State");
    case QueryField::InstitutionType:
        return tr("Institution type");
    case QueryField::Institution:
        return tr("Institution");
    case QueryField::ContactName:
        return tr("Contact name");
    case QueryField::ContactFunction:
        return tr("Contact function");
    case QueryField::ContactEmail:
        return tr("Contact email");
    case QueryField::ContactPhone:
        return tr("Contact phone");
    case QueryField::Subject:
        return tr("Subject");
    case QueryField::RequestText:
        return tr("Request");
    case QueryField::Language:
        return tr("Language");
    case QueryField::Confidentiality:
        return tr("Confidentiality");
    case QueryField::Themes:
        return tr("Themes");
    case QueryField::Articles:
        return tr("UNCAT articles");
    case QueryField::Priority:
        return tr("Priority");
    case QueryField::DueOn:
        return tr("Due");
    case QueryField::Adviser:
        return tr("Assigned adviser");
    case QueryField::Route:
        return tr("Route");
    case QueryField::Notes:
        return tr("Notes");
    case QueryField::Summary:
        return tr("Summary");
    }
    return {};
}

QJsonObject QueryInput::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("received"), receivedOn.toString(Qt::ISODate));
    json.insert(QStringLiteral("channel"), static_cast<double>(channelId));
    json.insert(QStringLiteral("state"), static_cast<double>(stateId));
    if (institutionTypeId)
        json.insert(QStringLiteral("institutionType"), static_cast<double>(*institutionTypeId));
    json.insert(QStringLiteral("institution"), institution);
    json.insert(QStringLiteral("contactName"), contact.name);
    json.insert(QStringLiteral("contactFunction"), contact.function);
    json.insert(QStringLiteral("contactEmail"), contact.email);
    json.insert(QStringLiteral("contactPhone"), contact.phone);
    json.insert(QStringLiteral("subject"), subject);
    json.insert(QStringLiteral("request"), requestText);
    json.insert(QStringLiteral("summary"), summary);
    json.insert(QStringLiteral("language"), language);
    json.insert(QStringLiteral("confidentiality"), QueryText::code(confidentiality));
    QJsonArray themes;
    for (qint64 id : themeIds)
        themes.append(static_cast<double>(id));
    json.insert(QStringLiteral("themes"), themes);
    QJsonArray numbers;
    for (int article : articles)
        numbers.append(article);
    json.insert(QStringLiteral("articles"), numbers);
    json.insert(QStringLiteral("priority"), QueryText::code(priority));
    if (dueOn.isSet())
        json.insert(QStringLiteral("due"), dueOn.date.toString(Qt::ISODate));
    else if (dueOn.mode == DueDateChoice::Mode::Keep)
        json.insert(QStringLiteral("dueChoice"), QStringLiteral("keep"));
    if (assignedAdviserId)
        json.insert(QStringLiteral("adviser"), static_cast<double>(*assignedAdviserId));
    if (route)
        json.insert(QStringLiteral("route"), QueryText::code(*route));
    json.insert(QStringLiteral("notes"), notes);
    return json;
}

QueryInput QueryInput::fromJson(const QJsonObject& json)
{
    const auto optionalId = [&json](const char* key) -> std::optional<qint64> {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isDouble() ? std::optional<qint64>(static_cast<qint64>(value.toDouble())) : std::nullopt;
    };
    const auto text = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    QueryInput in;
    in.receivedOn = QDate::fromString(text("received"), Qt::ISODate);
    in.channelId = optionalId("channel").value_or(0);
    in.stateId = optionalId("state").value_or(0);
    in.institutionTypeId = optionalId("institutionType");
    in.institution = text("institution");
    in.contact = Contact { text("contactName"), text("contactFunction"), text("contactEmail"), text("contactPhone") };
    in.subject = text("subject");
    in.requestText = text("request");
    in.summary = text("summary");
    if (json.contains(QStringLiteral("language")))
        in.language = text("language");
    in.confidentiality = QueryText::confidentiality(text("confidentiality")).value_or(in.confidentiality);
    for (const QJsonValue& v : json.value(QStringLiteral("themes")).toArray())
        in.themeIds << static_cast<qint64>(v.toDouble());
    for (const QJsonValue& v : json.value(QStringLiteral("articles")).toArray())
        in.articles << v.toInt();
    in.priority = QueryText::priority(text("priority")).value_or(in.priority);
    const QDate due = QDate::fromString(text("due"), Qt::ISODate);
    if (due.isValid())
        in.dueOn = DueDateChoice::set(due);
    else if (text("dueChoice") == QLatin1String("keep"))
        in.dueOn = DueDateChoice::keep();
    in.assignedAdviserId = optionalId("adviser");
    if (json.contains(QStringLiteral("route")))
        in.route = QueryText::route(text("route"));
    in.notes = text("notes");
    return in;
}

const std::vector<QueryStatus>& allStatuses()
{
    static const std::vector<QueryStatus> all = [] {
        std::vector<QueryStatus> values;
        for (const auto& entry : kStatusCodes)
            values.push_back(entry.first);
        return values;
    }();
    return all;
}

const std::vector<Priority>& allPriorities()
{
    static const std::vector<Priority> all { Priority::Urgent, Priority::High, Priority::Normal, Priority::Low };
    return all;
}

const std::vector<Confidentiality>& allConfidentialities()
{
    static const std::vector<Confidentiality> all { Confidentiality::Standard, Confidentiality::Confidential,
        Confidentiality::StrictlyConfidential };
    return all;
}

const std::vector<Route>& allRoutes()
{
    static const std::vector<Route> all { Route::InHouse, Route::Refer, Route::Both, Route::OutOfScope };
    return all;
}

} // namespace advicehub::queries
