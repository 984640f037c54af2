#pragma once

#include "casefile/TimelineTypes.h"

#include <QString>

namespace advicehub::queries {

// Keys of TimelineEntry::data that the renderer reads (written by the services since the
// summaries are rendered at display time; older entries lack them and keep their stored text).
namespace TimelineData {
inline constexpr const char* Reference = "reference"; // Created, Imported: the new query's reference
inline constexpr const char* Relation = "relation"; // Linked: LinkKinds::relationCode, seen from the entry's query
inline constexpr const char* CorrectsKind = "corrects_kind"; // Correction: TimelineText::code of the corrected entry
inline constexpr const char* CorrectsAt = "corrects_at"; // Correction: when the corrected entry happened (ISO, UTC)
} // namespace TimelineData

// The summary of a timeline entry in the reader's language (the translator installed now),
// rendered from its structured fields with the same source strings its writer used. Entries an
// adviser wrote, kinds whose parameters are not stored and old entries without the fields the
// text needs keep their stored summary. With no translator installed the text is English.
class TimelineSummary {
public:
    static QString summaryOf(const casefile::TimelineEntry& entry);
};

} // namespace advicehub::queries
