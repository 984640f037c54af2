#include "printing/DisclosureProfile.h"

#include "reference/ReferenceLabels.h"
#include "reference/ReferenceLookup.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace advicehub::printing {

using casefile::Sensitivity;
using casefile::SummaryField;
using casefile::SummaryFieldId;
using referrals::SharedField;

namespace {

// The folded text and, for each of its characters, the index of the character of the original
// it comes from.
struct Folded {
    QString text;
    std::vector<int> origin;
};

Folded foldWithOrigin(const QString& text, bool caseSensitive)
{
    Folded folded;
    folded.text.reserve(text.size());
    folded.origin.reserve(static_cast<size_t>(text.size()));
    const auto append = [&](QChar c, int origin) {
        if (c.category() == QChar::Mark_NonSpacing)
            return;
        folded.text.append(caseSensitive ? c : c.toCaseFolded());
        folded.origin.push_back(origin);
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80 || c.decompositionTag() != QChar::Canonical) {
            append(c, i);
            continue;
        }
        const QString base = c.decomposition();
        for (const QChar b : base)
            append(b, i);
    }
    return folded;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace

TextScrubber::TextScrubber(QString marker) : m_marker(marker.isEmpty() ? DisclosureProfile::withheldMarker() : marker)
{ }

QString TextScrubber::fold(const QString& text)
{
    return foldWithOrigin(text, false).text;
}

void TextScrubber::add(const QString& term, bool caseSensitive)
{
    const QString trimmed = term.simplified();
    if (trimmed.size() < 2)
        return;
    Term t { foldWithOrigin(trimmed, caseSensitive).text, trimmed, caseSensitive };
    if (t.folded.isEmpty())
        return;
    for (const Term& existing : m_terms) {
        if (existing.folded == t.folded && existing.caseSensitive == t.caseSensitive)
            return;
    }
    m_terms.push_back(std::move(t));
    std::stable_sort(
        m_terms.begin(), m_terms.end(), [](const Term& a, const Term& b) { return a.folded.size() > b.folded.size(); });
}

QString TextScrubber::scrub(const QString& text) const
{
    if (text.isEmpty() || m_terms.empty())
        return text;
    // The text is folded once per kind of comparison; the matches of longer terms win where
    // they overlap shorter ones (the full name before its parts).
    std::optional<Folded> folded[2];
    std::vector<bool> taken(static_cast<size_t>(text.size()), false);
    std::vector<std::pair<int, int>> ranges; // original [start, end)
    for (const Term& term : m_terms) {
        std::optional<Folded>& f = folded[term.caseSensitive ? 1 : 0];
        if (!f)
            f = foldWithOrigin(text, term.caseSensitive);
        const bool wordStart = isWordChar(term.folded.front());
        const bool wordEnd = isWordChar(term.folded.back());
        qsizetype from = 0;
        while (true) {
            const qsizetype at = f->text.indexOf(term.folded, from);
            if (at < 0)
                break;
            from = at + 1;
            const qsizetype end = at + term.folded.size(); // exclusive, in the folded text
            if (wordStart && at > 0 && isWordChar(f->text.at(at - 1)))
                continue;
            if (wordEnd && end < f->text.size() && isWordChar(f->text.at(end)))
                continue;
            const int originStart = f->origin[static_cast<size_t>(at)];
            // The original characters the match covers: up to the start of the next one.
            int originEnd = end < f->text.size() ? f->origin[static_cast<size_t>(end)] : int(text.size());
            if (originEnd <= originStart)
                originEnd = originStart + 1;
            bool free = true;
            for (int i = originStart; i < originEnd && free; ++i)
                free = !taken[static_cast<size_t>(i)];
            if (!free)
                continue;
            for (int i = originStart; i < originEnd; ++i)
                taken[static_cast<size_t>(i)] = true;
            ranges.emplace_back(originStart, originEnd);
            from = end;
        }
    }
    if (ranges.empty())
        return text;
    std::sort(ranges.begin(), ranges.end());
    QString out;
    out.reserve(text.size());
    int copied = 0;
    for (const auto& [from, to] : ranges) {
        out += QStringView(text).mid(copied, from - copied);
        out += m_marker;
        copied = to;
    }
    out += QStringView(text).mid(copied);
    return out;
}

DisclosureProfile::DisclosureProfile(Profile profile, const queries::Query& query, const reference::StateInfo* state,
    QList<SharedField> shared, int substituteNumber)
    : m_profile(profile),
      m_query(query),
      m_regionName(query.regionName),
      m_shared(std::move(shared)),
      m_number(substituteNumber)
{
    const queries::QueryInput& f = query.fields;
    m_substitute = profile == Profile::Briefing && f.confidentiality == queries::Confidentiality::StrictlyConfidential;
    const bool scrubContact = profile == Profile::Briefing
        || (profile == Profile::Partner && !m_shared.contains(SharedField::ContactPerson));
    const bool scrubState = m_substitute || (profile == Profile::Partner && !m_shared.contains(SharedField::State));
    const bool scrubInstitution
        = m_substitute || (profile == Profile::Partner && !m_shared.contains(SharedField::Institution));
    if (scrubContact) {
        m_scrubber.add(f.contact.name);
        // "Mr Marrowby": the parts of the name too (the full name goes first, being longer).
        for (const QString& part : f.contact.name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (part.size() >= 3)
                m_scrubber.add(part);
        }
        m_scrubber.add(f.contact.email);
        m_scrubber.add(f.contact.phone);
    }
    if (scrubState) {
        m_scrubber.add(query.stateName);
        if (state) {
            // The State as the text may name it: in English (the vault's name), in the interface's
            // language, and in the other languages of the reference data.
            m_scrubber.add(state->name);
            m_scrubber.add(state->englishName);
            for (const QString& language : reference::ReferenceLabels::languages())
                m_scrubber.add(
                    reference::ReferenceLabels::label(reference::ReferenceKind::State, state->iso2, language));
            m_scrubber.add(state->iso2, true);
            m_scrubber.add(state->iso3, true);
        }
    }
    if (scrubInstitution) {
        m_scrubber.add(f.institution);
        if (m_substitute)
            m_scrubber.add(query.institutionTypeName);
    }
}

bool DisclosureProfile::shares(SharedField field) const
{
    return m_profile != Profile::Partner || m_shared.contains(field);
}

bool DisclosureProfile::allows(SummaryFieldId id) const
{
    switch (m_profile) {
    case Profile::Internal:
        return true;
    case Profile::Briefing:
        switch (id) {
        case SummaryFieldId::ContactName:
        case SummaryFieldId::ContactFunction:
        case SummaryFieldId::ContactEmail:
        case SummaryFieldId::ContactPhone:
        case SummaryFieldId::Notes:
        case SummaryFieldId::Adviser:
            return false;
        case SummaryFieldId::State:
        case SummaryFieldId::Institution:
        case SummaryFieldId::InstitutionType:
        case SummaryFieldId::Reference: // replaced by its substitute
            return !m_substitute;
        default:
            return true;
        }
    case Profile::Partner:
        switch (id) {
        case SummaryFieldId::Reference:
            return true;
        case SummaryFieldId::Subject:
            return m_shared.contains(SharedField::Subject);
        case SummaryFieldId::Request:
            return m_shared.contains(SharedField::RequestText);
        case SummaryFieldId::Themes:
            return m_shared.contains(SharedField::Themes);
        case SummaryFieldId::Articles:
            return m_shared.contains(SharedField::Articles);
        case SummaryFieldId::State:
        case SummaryFieldId::Region:
            return m_shared.contains(SharedField::State);
        case SummaryFieldId::Institution:
        case SummaryFieldId::InstitutionType:
            return m_shared.contains(SharedField::Institution);
        case SummaryFieldId::ContactName:
        case SummaryFieldId::ContactFunction:
        case SummaryFieldId::ContactEmail:
        case SummaryFieldId::ContactPhone:
            return m_shared.contains(SharedField::ContactPerson);
        case SummaryFieldId::Notes:
            return m_shared.contains(SharedField::Notes);
        default:
            return false;
        }
    }
    return false;
}

bool DisclosureProfile::allows(const SummaryField& field) const
{
    if (field.id != SummaryFieldId::Other)
        return allows(field.id);
    // The adviser-written summary goes with the request; other domains' fields by sensitivity.
    if (field.code == QLatin1String("summary"))
        return allows(SummaryFieldId::Request);
    switch (m_profile) {
    case Profile::Internal:
        return true;
    case Profile::Briefing:
        return field.sensitivity == Sensitivity::Ordinary
            || (field.sensitivity == Sensitivity::Identifying && !m_substitute);
    case Profile::Partner:
        return false;
    }
    return false;
}

casefile::CaseSummary DisclosureProfile::apply(const casefile::CaseSummary& summary) const
{
    casefile::CaseSummary result = summary.filtered([this](const SummaryField& field) { return allows(field); });
    if (!timelineAllowed()) {
        result.timeline.clear();
        result.timelineIncluded = false;
    } else if (!timelineBodiesAllowed()) {
        for (casefile::SummaryEntry& entry : result.timeline) {
            entry.entry.body.clear();
            entry.entry.summary.clear();
            entry.entry.oldValue.clear();
            entry.entry.newValue.clear();
            entry.entry.adviserName.clear();
            entry.withheld = true;
        }
    }
    if (m_profile != Profile::Internal)
        result.links.clear();
    return result;
}

QString DisclosureProfile::reference() const
{
    return m_substitute ? referenceSubstitute(m_number) : m_query.reference;
}

QString DisclosureProfile::stateLabel() const
{
    return m_substitute ? stateSubstitute(m_regionName) : m_query.stateName;
}

QString DisclosureProfile::date(const QDate& date) const
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    return locale.toString(date, m_substitute ? QStringLiteral("MMMM yyyy") : QStringLiteral("d MMMM yyyy"));
}

QString DisclosureProfile::withheldMarker()
{
    return tr("[name withheld]");
}

QString DisclosureProfile::stateSubstitute(const QString& regionName)
{
    if (regionName.isEmpty())
        return tr("a State");
    return tr("a State in the %1 region").arg(regionName);
}

QString DisclosureProfile::referenceSubstitute(int number)
{
    return tr("Confidential query %1").arg(number);
}

QString DisclosureProfile::count(int count, Profile profile)
{
    if (profile == Profile::Briefing && count > 0 && count < 3)
        return QStringLiteral("< 3");
    return QString::number(count);
}

} // namespace advicehub::printing
