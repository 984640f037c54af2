#include "queries/CaseSummaryBuilder.h"

#include "common/IsoTime.h"
#include "queries/Lifecycle.h"
#include "queries/QueryLinks.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"

#include <QJsonArray>

#include <algorithm>

namespace advicehub::queries {

namespace {

using casefile::Sensitivity;
using casefile::SummaryField;
using casefile::SummaryFieldId;

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

CaseSummaryBuilder::CaseSummaryBuilder(QueryService& service, const reference::ReferenceLookup& lookup)
    : m_service(service), m_lookup(lookup)
{ }

void CaseSummaryBuilder::addProvider(casefile::SummarySectionProvider* provider)
{
    if (provider && std::find(m_providers.begin(), m_providers.end(), provider) == m_providers.end())
        m_providers.push_back(provider);
}

void CaseSummaryBuilder::removeProvider(casefile::SummarySectionProvider* provider)
{
    m_providers.erase(std::remove(m_providers.begin(), m_providers.end(), provider), m_providers.end());
}

Sensitivity CaseSummaryBuilder::sensitivity(QueryField field)
{
    switch (field) {
    case QueryField::ContactName:
    case QueryField::ContactFunction:
    case QueryField::ContactEmail:
    case QueryField::ContactPhone:
        return Sensitivity::PersonalData;
    case QueryField::State:
    case QueryField::Institution:
        return Sensitivity::Identifying;
    case QueryField::Notes:
        return Sensitivity::Internal;
    default:
        return Sensitivity::Ordinary;
    }
}

std::vector<SummaryField> CaseSummaryBuilder::fields(const Query& q, const QString& mergedIntoReference) const
{
    const QueryInput& f = q.fields;
    std::vector<SummaryField> fields;
    fields.reserve(32); // every field of a query (exports build thousands)
    // A field of the query's form: its code and label are QueryText's.
    const auto add = [&fields](SummaryFieldId id, QueryField field, const QString& display, const QJsonValue& raw) {
        fields.push_back({ id, QueryText::code(field), QueryText::label(field), display, raw, sensitivity(field), {} });
        return &fields.back();
    };
    const auto addOther = [&fields](SummaryFieldId id, const QString& code, const QString& label,
                              const QString& display, const QJsonValue& raw) {
        fields.push_back({ id, code, label, display, raw, Sensitivity::Ordinary, {} });
        return &fields.back();
    };

    addOther(SummaryFieldId::Reference, QStringLiteral("reference"), tr("Reference"), q.reference, q.reference);
    const QString received = isoDate(f.receivedOn);
    add(SummaryFieldId::Received, QueryField::ReceivedOn, received, received);
    const auto* channel = m_lookup.channel(f.channelId);
    add(SummaryFieldId::Channel, QueryField::Channel, q.channelName, q.channelName)
        ->attributes.emplace_back(QStringLiteral("channel_code"), channel ? channel->code : QString());
    const auto* state = m_lookup.state(f.stateId);
    SummaryField* stateField = add(SummaryFieldId::State, QueryField::State, q.stateName, q.stateName);
    stateField->attributes.emplace_back(QStringLiteral("state_iso2"), state ? state->iso2 : QString());
    stateField->attributes.emplace_back(QStringLiteral("state_iso3"), state ? state->iso3 : QString());
    addOther(SummaryFieldId::Region, QStringLiteral("region"), tr("Region"), q.regionName, q.regionName);
    const auto* type = f.institutionTypeId ? m_lookup.institutionType(*f.institutionTypeId) : nullptr;
    add(SummaryFieldId::InstitutionType, QueryField::InstitutionType, q.institutionTypeName,
        optionalText(q.institutionTypeName))
        ->attributes.emplace_back(
            QStringLiteral("institution_type_code"), type ? QJsonValue(type->code) : QJsonValue());
    add(SummaryFieldId::Institution, QueryField::Institution, f.institution, f.institution);
    add(SummaryFieldId::ContactName, QueryField::ContactName, f.contact.name, f.contact.name);
    add(SummaryFieldId::ContactFunction, QueryField::ContactFunction, f.contact.function, f.contact.function);
    add(SummaryFieldId::ContactEmail, QueryField::ContactEmail, f.contact.email, f.contact.email);
    add(SummaryFieldId::ContactPhone, QueryField::ContactPhone, f.contact.phone, f.contact.phone);
    add(SummaryFieldId::Subject, QueryField::Subject, f.subject, f.subject);
    // The request in brief (adviser-written, optional): Ordinary, printed under every profile that
    // prints the request. SummaryFieldId::Other, known by its code "summary".
    add(SummaryFieldId::Other, QueryField::Summary, f.summary, f.summary);
    add(SummaryFieldId::Request, QueryField::RequestText, f.requestText, f.requestText);
    const auto* language = m_lookup.language(f.language);
    add(SummaryFieldId::Language, QueryField::Language, language ? language->name : f.language, f.language);
    add(SummaryFieldId::Confidentiality, QueryField::Confidentiality, QueryText::label(f.confidentiality),
        QueryText::code(f.confidentiality));

    QJsonArray themes;
    QJsonArray themeCodes;
    for (int i = 0; i < f.themeIds.size(); ++i) {
        const auto* theme = m_lookup.theme(f.themeIds.at(i));
        themes.append(theme ? theme->name : q.themeNames.value(i));
        themeCodes.append(theme ? theme->code : QString());
    }
    // For people, the names read with the query (in the themes' order).
    add(SummaryFieldId::Themes, QueryField::Themes, q.themeNames.join(QStringLiteral("; ")), themes)
        ->attributes.emplace_back(QStringLiteral("theme_codes"), themeCodes);
    QJsonArray articles;
    QStringList articleNumbers;
    for (int article : f.articles) {
        articles.append(article);
        articleNumbers << QString::number(article);
    }
    add(SummaryFieldId::Articles, QueryField::Articles, articleNumbers.join(QStringLiteral(", ")), articles);
    add(SummaryFieldId::Priority, QueryField::Priority, QueryText::label(f.priority), QueryText::code(f.priority));
    const QString dueOn = isoDate(q.dueOn);
    SummaryField* due = add(SummaryFieldId::Due, QueryField::DueOn, dueOn, dueOn);
    due->attributes.emplace_back(QStringLiteral("due_overridden"), q.dueOverridden);
    due->attributes.emplace_back(
        QStringLiteral("waiting_since"), q.waitingSince ? QJsonValue(isoDate(*q.waitingSince)) : QJsonValue());
    add(SummaryFieldId::Adviser, QueryField::Adviser, q.adviserName, optionalText(q.adviserName));
    add(SummaryFieldId::Route, QueryField::Route, f.route ? QueryText::label(*f.route) : QString(),
        f.route ? QJsonValue(QueryText::code(*f.route)) : QJsonValue());
    addOther(SummaryFieldId::Status, QStringLiteral("status"), tr("Status"), QueryText::label(q.status),
        QueryText::code(q.status));
    add(SummaryFieldId::Notes, QueryField::Notes, f.notes, f.notes);
    addOther(SummaryFieldId::MergedInto, QStringLiteral("merged_into"), tr("Merged into"), mergedIntoReference,
        q.mergedIntoId ? QJsonValue(mergedIntoReference) : QJsonValue());
    const QString created = isoUtc(q.createdAtUtc);
    addOther(SummaryFieldId::Created, QStringLiteral("created_at"), tr("Registered"), created, created);
    const QString updated = isoUtc(q.updatedAtUtc);
    addOther(SummaryFieldId::Updated, QStringLiteral("updated_at"), tr("Last changed"), updated, updated);
    addOther(SummaryFieldId::Version, QStringLiteral("version"), tr("Version"), QString::number(q.version), q.version);
    return fields;
}

Result<casefile::CaseSummary> CaseSummaryBuilder::build(qint64 queryId, const Options& options) const
{
    Result<Query> query = m_service.get(queryId);
    if (!query)
        return query.error();
    return build(query.value(), options);
}

Result<casefile::CaseSummary> CaseSummaryBuilder::build(const Query& query, const Options& options) const
{
    const qint64 queryId = query.id;
    QString mergedInto;
    if (query.mergedIntoId) {
        Result<Query> survivor = m_service.get(*query.mergedIntoId);
        if (survivor)
            mergedInto = survivor->reference;
    }
    casefile::CaseSummary summary;
    summary.queryId = queryId;
    summary.fields = fields(query, mergedInto);
    const QDate today = m_service.today();
    if (Lifecycle::isOverdue(query.status, query.dueOn, today))
        summary.overdueDays = static_cast<int>(query.dueOn.daysTo(today));

    if (options.links) {
        Result<std::vector<QueryLink>> links = m_service.links(queryId);
        if (!links)
            return links.error();
        for (const QueryLink& link : links.value()) {
            summary.links.push_back({ link.otherId, link.otherReference, link.otherSubject,
                LinkKinds::relationCode(link.kind, link.outgoing),
                LinkKinds::relationLabel(link.kind, link.outgoing) });
        }
    }
    if (options.timeline) {
        Result<std::vector<TimelineEntry>> entries = m_service.timeline(queryId);
        if (!entries)
            return entries.error();
        summary.timelineIncluded = true;
        for (TimelineEntry& entry : entries.value()) {
            casefile::SummaryEntry item;
            item.kindLabel = TimelineText::label(entry.kind);
            // What advisers wrote (logged entries, corrections, the reason of a status change).
            if (TimelineText::isIndexed(entry.kind) || entry.kind == EntryKind::StatusChanged)
                item.bodySensitivity = Sensitivity::Internal;
            if (entry.kind == EntryKind::FieldChanged) {
                if (const auto field = QueryText::field(entry.field))
                    item.valueSensitivity = sensitivity(*field);
            }
            // What the entry says, in the reader's language (a system entry is rendered from its
            // structured fields; what an adviser wrote stays as written).
            entry.summary = TimelineText::summaryOf(entry);
            item.entry = std::move(entry);
            summary.timeline.push_back(std::move(item));
        }
    }
    for (casefile::SummarySectionProvider* provider : m_providers) {
        const Status contributed = provider->contribute(queryId, summary);
        if (!contributed)
            return contributed.error();
    }
    return summary;
}

} // namespace advicehub::queries
