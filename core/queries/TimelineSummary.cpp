#include "queries/TimelineSummary.h"

#include "queries/QueryCsv.h"
#include "queries/QueryService.h"
#include "queries/QueryTypes.h"

#include <QJsonValue>

namespace advicehub::queries {

namespace {

QString dataText(const casefile::TimelineEntry& entry, const char* key)
{
    return entry.data.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<QString> TimelineSummary::render(const casefile::TimelineEntry& e)
{
    switch (e.kind) {
    case EntryKind::Created:
    case EntryKind::Imported: {
        const QString reference = dataText(e, TimelineData::Reference);
        if (reference.isEmpty())
            return std::nullopt;
        // The same source strings as QueryBulk writes.
        return e.kind == EntryKind::Created ? QueryService::tr("Registered as %1").arg(reference)
                                            : QueryService::tr("Imported as %1").arg(reference);
    }
    case EntryKind::FieldChanged: {
        const std::optional<QueryField> field = QueryText::field(e.field);
        if (!field)
            return std::nullopt;
        return QueryText::label(*field);
    }
    case EntryKind::StatusChanged: {
        const std::optional<QueryStatus> to = QueryText::status(e.newValue);
        if (!to)
            return std::nullopt;
        return QueryText::label(*to);
    }
    case EntryKind::Linked: {
        const QString relation = dataText(e, TimelineData::Relation);
        if (e.newValue.isEmpty())
            return std::nullopt;
        if (relation == QLatin1String("follow_up_of"))
            return QueryService::tr("Follow-up of %1").arg(e.newValue);
        if (relation == QLatin1String("followed_up_by"))
            return QueryService::tr("Followed up by %1").arg(e.newValue);
        if (relation == QLatin1String("related"))
            return QueryService::tr("Related to %1").arg(e.newValue);
        return std::nullopt;
    }
    case EntryKind::Unlinked:
        if (e.oldValue.isEmpty())
            return std::nullopt;
        return QueryService::tr("No longer linked to %1").arg(e.oldValue);
    case EntryKind::Merged:
        // The survivor's entry names the duplicate (old value), the duplicate's the survivor.
        if (!e.oldValue.isEmpty() && e.newValue.isEmpty())
            return QueryService::tr("%1 (a duplicate) was merged into this query").arg(e.oldValue);
        if (e.oldValue.isEmpty() && !e.newValue.isEmpty())
            return QueryService::tr("Merged into %1").arg(e.newValue);
        return std::nullopt;
    case EntryKind::Correction: {
        const std::optional<EntryKind> kind = TimelineText::kind(dataText(e, TimelineData::CorrectsKind));
        const QString at = dataText(e, TimelineData::CorrectsAt);
        if (!kind || at.isEmpty())
            return std::nullopt;
        return QueryService::tr("Correction of the %1 entry of %2").arg(TimelineText::label(*kind).toLower(), at);
    }
    case EntryKind::Note:
    case EntryKind::Meeting:
    case EntryKind::Call:
    case EntryKind::EmailReceived:
    case EntryKind::EmailSent:
        // What an adviser wrote.
        return std::nullopt;
    case EntryKind::Exported: {
        // A CSV or JSON export of queries (QueryExport); other domains render their own.
        const QString document = dataText(e, "document");
        if (dataText(e, "disclosure_kind") != QLatin1String("export")
            || (document != QLatin1String("csv") && document != QLatin1String("json")))
            return std::nullopt;
        const QString destination = e.data.value(QLatin1String("to_program")).toBool() ? QueryCsv::tr("another program")
                                                                                       : dataText(e, "recipient");
        if (destination.isEmpty())
            return std::nullopt;
        return QueryCsv::tr("Exported to %1 (%2)")
            .arg(destination, document == QLatin1String("csv") ? QStringLiteral("CSV") : QStringLiteral("JSON"));
    }
    case EntryKind::Referral:
    case EntryKind::Consent:
    case EntryKind::Draft:
    case EntryKind::Attachment:
        // Other domains' entries: their own renderers.
        return std::nullopt;
    }
    return std::nullopt;
}

void TimelineSummary::registerRenderers()
{
    for (EntryKind kind : { EntryKind::Created, EntryKind::Imported, EntryKind::FieldChanged, EntryKind::StatusChanged,
             EntryKind::Linked, EntryKind::Unlinked, EntryKind::Merged, EntryKind::Correction, EntryKind::Exported })
        TimelineText::setSummaryRenderer(kind, &TimelineSummary::render);
}

} // namespace advicehub::queries
