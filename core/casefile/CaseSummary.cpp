#include "casefile/CaseSummary.h"

#include "common/IsoTime.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace advicehub::casefile {

namespace {

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

void insertField(QJsonObject& object, const SummaryField& field)
{
    object.insert(field.code, field.raw);
    for (const auto& [key, value] : field.attributes)
        object.insert(key, value);
}

QJsonObject entryJson(const SummaryEntry& item)
{
    const TimelineEntry& e = item.entry;
    QJsonObject t;
    t.insert(QStringLiteral("id"), static_cast<double>(e.id));
    t.insert(QStringLiteral("kind"), TimelineText::code(e.kind));
    t.insert(QStringLiteral("occurred_at"), isoUtc(e.occurredAtUtc));
    t.insert(QStringLiteral("recorded_at"), isoUtc(e.recordedAtUtc));
    t.insert(QStringLiteral("adviser"), optionalText(e.adviserName));
    t.insert(QStringLiteral("field"), optionalText(e.field));
    t.insert(QStringLiteral("old_value"), optionalText(e.oldValue));
    t.insert(QStringLiteral("new_value"), optionalText(e.newValue));
    t.insert(QStringLiteral("summary"), e.summary);
    t.insert(QStringLiteral("body"), e.body);
    t.insert(QStringLiteral("corrects"), e.correctsId ? QJsonValue(static_cast<double>(*e.correctsId)) : QJsonValue());
    if (item.withheld)
        t.insert(QStringLiteral("withheld"), true);
    return t;
}

QJsonArray sectionsJson(const std::vector<SummarySection>& sections)
{
    QJsonArray array;
    for (const SummarySection& section : sections) {
        QJsonObject object;
        object.insert(QStringLiteral("kind"), section.code);
        for (const SummaryField& field : section.fields)
            insertField(object, field);
        array.append(object);
    }
    return array;
}

} // namespace

QJsonValue SummaryField::attribute(const QString& key) const
{
    const auto it = std::find_if(
        attributes.begin(), attributes.end(), [&key](const auto& attribute) { return attribute.first == key; });
    return it == attributes.end() ? QJsonValue() : it->second;
}

const SummaryField* CaseSummary::field(SummaryFieldId id) const
{
    const auto it = std::find_if(fields.begin(), fields.end(), [id](const SummaryField& f) { return f.id == id; });
    return it == fields.end() ? nullptr : &*it;
}

const SummaryField* CaseSummary::field(const QString& code) const
{
    const auto it
        = std::find_if(fields.begin(), fields.end(), [&code](const SummaryField& f) { return f.code == code; });
    return it == fields.end() ? nullptr : &*it;
}

CaseSummary CaseSummary::filtered(const std::function<bool(const SummaryField&)>& keep) const
{
    CaseSummary result = *this;
    QSet<QString> removed;
    const auto filter = [&](std::vector<SummaryField>& list) {
        list.erase(std::remove_if(list.begin(), list.end(),
                       [&](const SummaryField& f) {
                           if (keep(f))
                               return false;
                           removed.insert(f.code);
                           return true;
                       }),
            list.end());
    };
    filter(result.fields);
    for (auto* sections : { &result.referrals, &result.drafts, &result.attachments }) {
        for (SummarySection& section : *sections)
            filter(section.fields);
    }
    // The timeline must not give back what the fields no longer show.
    for (SummaryEntry& item : result.timeline) {
        if (item.entry.kind == EntryKind::FieldChanged && removed.contains(item.entry.field)) {
            item.entry.oldValue.clear();
            item.entry.newValue.clear();
            item.withheld = true;
        }
    }
    return result;
}

CaseSummary CaseSummary::withoutSensitivity(std::initializer_list<Sensitivity> sensitivities) const
{
    const auto excluded = [sensitivities](Sensitivity s) {
        return std::find(sensitivities.begin(), sensitivities.end(), s) != sensitivities.end();
    };
    CaseSummary result = filtered([&](const SummaryField& f) { return !excluded(f.sensitivity); });
    for (SummaryEntry& item : result.timeline) {
        // What an adviser wrote: the body, and the summary of a logged entry.
        const bool ownSummary = TimelineText::isLoggable(item.entry.kind);
        if (excluded(item.bodySensitivity)
            && (!item.entry.body.isEmpty() || (ownSummary && !item.entry.summary.isEmpty()))) {
            item.entry.body.clear();
            if (ownSummary)
                item.entry.summary.clear();
            item.withheld = true;
        }
        if (excluded(item.valueSensitivity) && (!item.entry.oldValue.isEmpty() || !item.entry.newValue.isEmpty())) {
            item.entry.oldValue.clear();
            item.entry.newValue.clear();
            item.withheld = true;
        }
    }
    return result;
}

QJsonObject caseSummaryToJson(const CaseSummary& summary)
{
    QJsonObject o;
    for (const SummaryField& field : summary.fields)
        insertField(o, field);
    QJsonArray links;
    for (const SummaryLink& link : summary.links) {
        QJsonObject l;
        l.insert(QStringLiteral("reference"), link.reference);
        l.insert(QStringLiteral("kind"), link.relationCode);
        links.append(l);
    }
    o.insert(QStringLiteral("links"), links);
    if (summary.timelineIncluded) {
        QJsonArray timeline;
        for (const SummaryEntry& item : summary.timeline)
            timeline.append(entryJson(item));
        o.insert(QStringLiteral("timeline"), timeline);
    }
    const std::pair<const char*, const std::vector<SummarySection>*> sections[] = { { "referrals", &summary.referrals },
        { "drafts", &summary.drafts }, { "attachments", &summary.attachments } };
    for (const auto& [key, list] : sections) {
        if (!list->empty())
            o.insert(QLatin1String(key), sectionsJson(*list));
    }
    return o;
}

} // namespace advicehub::casefile
