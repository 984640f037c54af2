#include "queries/QueryFilter.h"

#include "common/IsoTime.h"
#include "queries/QuerySearch.h"

#include <QJsonArray>

#include <array>

namespace advicehub::queries {

namespace {

constexpr std::array<std::pair<QueryView, const char*>, 7> kViewCodes { {
    { QueryView::All, "all" },
    { QueryView::Inbox, "inbox" },
    { QueryView::Mine, "mine" },
    { QueryView::Overdue, "overdue" },
    { QueryView::DueThisWeek, "due_this_week" },
    { QueryView::AwaitingRequester, "awaiting_requester" },
    { QueryView::Closed, "closed" },
} };

} // namespace

QString viewCode(QueryView view)
{
    for (const auto& [value, text] : kViewCodes) {
        if (value == view)
            return QString::fromLatin1(text);
    }
    return QStringLiteral("all");
}

std::optional<QueryView> viewFromCode(QStringView code)
{
    for (const auto& [value, text] : kViewCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString viewLabel(QueryView view)
{
    switch (view) {
    case QueryView::All:
        return QuerySearch::tr("All queries");
    case QueryView::Inbox:
        return QuerySearch::tr("Inbox");
    case QueryView::Mine:
        return QuerySearch::tr("My queries");
    case QueryView::Overdue:
        return QuerySearch::tr("Overdue");
    case QueryView::DueThisWeek:
        return QuerySearch::tr("Due this week");
    case QueryView::AwaitingRequester:
        return QuerySearch::tr("Awaiting requester");
    case QueryView::Closed:
        return QuerySearch::tr("Closed");
    }
    return {};
}

const std::vector<QueryView>& allViews()
{
    static const std::vector<QueryView> views { QueryView::Inbox, QueryView::Mine, QueryView::All, QueryView::Overdue,
        QueryView::DueThisWeek, QueryView::AwaitingRequester, QueryView::Closed };
    return views;
}

QJsonObject QueryFilter::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("view"), viewCode(view));
    if (!text.isEmpty())
        json.insert(QStringLiteral("text"), text);
    const auto codes = [](const auto& list) {
        QJsonArray array;
        for (const auto& item : list)
            array.append(QueryText::code(item));
        return array;
    };
    const auto ids = [](const QList<qint64>& list) {
        QJsonArray array;
        for (qint64 id : list)
            array.append(static_cast<double>(id));
        return array;
    };
    if (!statuses.isEmpty())
        json.insert(QStringLiteral("statuses"), codes(statuses));
    if (!priorities.isEmpty())
        json.insert(QStringLiteral("priorities"), codes(priorities));
    if (!confidentialities.isEmpty())
        json.insert(QStringLiteral("confidentialities"), codes(confidentialities));
    if (!stateIds.isEmpty())
        json.insert(QStringLiteral("states"), ids(stateIds));
    if (!regionIds.isEmpty())
        json.insert(QStringLiteral("regions"), ids(regionIds));
    if (!themeIds.isEmpty())
        json.insert(QStringLiteral("themes"), ids(themeIds));
    if (!adviserIds.isEmpty())
        json.insert(QStringLiteral("advisers"), ids(adviserIds));
    const auto date = [&json](const char* key, const std::optional<QDate>& value) {
        if (value)
            json.insert(QLatin1String(key), isoDate(*value));
    };
    date("receivedFrom", receivedFrom);
    date("receivedTo", receivedTo);
    date("dueFrom", dueFrom);
    date("dueTo", dueTo);
    if (hasOpenReferral)
        json.insert(QStringLiteral("hasOpenReferral"), true);
    if (referredToPartnerId)
        json.insert(QStringLiteral("referredToPartner"), static_cast<double>(*referredToPartnerId));
    return json;
}

QueryFilter QueryFilter::fromJson(const QJsonObject& json)
{
    QueryFilter filter;
    filter.view = viewFromCode(json.value(QStringLiteral("view")).toString()).value_or(QueryView::All);
    filter.text = json.value(QStringLiteral("text")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("statuses")).toArray()) {
        if (auto status = QueryText::status(v.toString()))
            filter.statuses << *status;
    }
    for (const QJsonValue& v : json.value(QStringLiteral("priorities")).toArray()) {
        if (auto priority = QueryText::priority(v.toString()))
            filter.priorities << *priority;
    }
    for (const QJsonValue& v : json.value(QStringLiteral("confidentialities")).toArray()) {
        if (auto level = QueryText::confidentiality(v.toString()))
            filter.confidentialities << *level;
    }
    const auto ids = [&json](const char* key) {
        QList<qint64> list;
        for (const QJsonValue& v : json.value(QLatin1String(key)).toArray())
            list << static_cast<qint64>(v.toDouble());
        return list;
    };
    filter.stateIds = ids("states");
    filter.regionIds = ids("regions");
    filter.themeIds = ids("themes");
    filter.adviserIds = ids("advisers");
    const auto date = [&json](const char* key) -> std::optional<QDate> {
        const QDate value = parseIsoDate(json.value(QLatin1String(key)).toString());
        return value.isValid() ? std::optional<QDate>(value) : std::nullopt;
    };
    filter.receivedFrom = date("receivedFrom");
    filter.receivedTo = date("receivedTo");
    filter.dueFrom = date("dueFrom");
    filter.dueTo = date("dueTo");
    filter.hasOpenReferral = json.value(QStringLiteral("hasOpenReferral")).toBool(false);
    const QJsonValue partner = json.value(QStringLiteral("referredToPartner"));
    if (partner.isDouble() && partner.toDouble() >= 1)
        filter.referredToPartnerId = static_cast<qint64>(partner.toDouble());
    return filter;
}

} // namespace advicehub::queries
