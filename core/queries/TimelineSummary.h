#pragma once

#include "casefile/TimelineTypes.h"

#include <QString>

#include <optional>

namespace advicehub::queries {

// Keys of TimelineEntry::data that the renderer reads (written by the services since the
// summaries are rendered at display time; older entries lack them and keep their stored text).
namespace TimelineData {
inline constexpr const char* Reference = "reference"; // Created, Imported: the new query's reference
inline constexpr const char* Relation = "relation"; // Linked: LinkKinds::relationCode, seen from the entry's query
inline constexpr const char* CorrectsKind = "corrects_kind"; // Correction: TimelineText::code of the corrected entry
inline constexpr const char* CorrectsAt = "corrects_at"; // Correction: when the corrected entry happened (ISO, UTC)
} // namespace TimelineData

// The renderer of the summaries of the entries the query domain writes (created, imported,
// field and status changes, links, merges, corrections, CSV and JSON exports), from their
// structured fields with the same source strings and contexts the writers use, so that the
// translations keep applying. Registered with casefile::TimelineText (which renders an entry:
// TimelineText::summaryOf) when a QueryService is built.
class TimelineSummary {
public:
    static void registerRenderers();
    // Nothing when the entry is not one of these kinds or lacks the fields its text needs.
    static std::optional<QString> render(const casefile::TimelineEntry& entry);
};

} // namespace advicehub::queries
