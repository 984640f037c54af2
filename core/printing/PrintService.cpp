#include "printing/PrintService.h"

#include "casefile/CaseRecord.h"
#include "casefile/ExportFile.h"
#include "common/Clock.h"
#include "drafts/DraftService.h"
#include "printing/DisclosureProfile.h"
#include "queries/CaseSummaryBuilder.h"
#include "queries/Lifecycle.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>

namespace advicehub::printing {

using casefile::SummaryField;
using casefile::SummaryFieldId;
using queries::Confidentiality;
using queries::Query;
using referrals::Referral;
using referrals::SharedField;

namespace {

constexpr int kMaxPreparedFor = 200;
constexpr int kMaxWatermark = 40;
constexpr int kMaxTitle = 200;
constexpr int kMaxPeriod = 200;
constexpr int kMaxCopies = 50;

QString isoDay(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString marking(Confidentiality confidentiality)
{
    switch (confidentiality) {
    case Confidentiality::StrictlyConfidential:
        return PrintService::tr("STRICTLY CONFIDENTIAL");
    case Confidentiality::Confidential:
        return PrintService::tr("CONFIDENTIAL");
    case Confidentiality::Standard:
        return {};
    }
    return {};
}

// The first paragraph of a text (up to the first line break) that says something: a letter's
// salutation ("Dear colleagues of the CTI Secretariat,", "Excellency,": a short line that ends
// with a comma or a colon) is passed over, unless the text holds nothing else.
QString firstParagraph(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString first;
    for (const QString& line : lines) {
        const QString paragraph = line.trimmed();
        if (paragraph.isEmpty())
            continue;
        if (first.isEmpty())
            first = paragraph;
        const bool salutation = (paragraph.endsWith(QLatin1Char(',')) || paragraph.endsWith(QLatin1Char(':')))
            && paragraph.count(QLatin1Char(' ')) < 12;
        if (!salutation)
            return paragraph;
    }
    return first;
}

bool isOneLine(const QString& text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

void addCode(QStringList& codes, const QString& code)
{
    if (!code.isEmpty() && !codes.contains(code))
        codes << code;
}

} // namespace

struct PrintService::Impl {
    Session& session;

    explicit Impl(Session& s) : session(s) { }

    QDate today() const { return session.queries().today(); }

    // One query as a section, under `profile`.
    struct Built {
        PrintSection section;
        QStringList fieldCodes;
        Confidentiality confidentiality = Confidentiality::Standard;
        QString stateLabel;
        QString regionName;
        QString received;
        QString status;
        QString themes;
        QString referenceLabel;
        QString reference; // the real one (file names only where allowed)
        bool substituted = false;
    };

    Result<Built> section(
        qint64 queryId, Profile profile, int substituteNumber, const QList<SharedField>& shared = {}) const
    {
        Result<Query> read = session.queries().get(queryId);
        if (!read)
            return read.error();
        const Query& query = read.value();
        Result<casefile::CaseSummary> built = session.caseSummaries().build(query, { false, true });
        if (!built)
            return built.error();
        const DisclosureProfile rules(
            profile, query, session.lookup().state(query.fields.stateId), shared, substituteNumber);
        const casefile::CaseSummary summary = rules.apply(built.value());

        Built out;
        out.confidentiality = query.fields.confidentiality;
        out.substituted = rules.substitutesState();
        out.reference = query.reference;
        out.referenceLabel = rules.reference();
        out.stateLabel
            = rules.allows(SummaryFieldId::State) || rules.substitutesState() ? rules.stateLabel() : QString();
        out.regionName = query.regionName;
        out.received = rules.date(query.fields.receivedOn);
        out.status = queries::QueryText::label(query.status);
        out.themes = rules.allows(SummaryFieldId::Themes) ? query.themeNames.join(QStringLiteral("; ")) : QString();

        PrintSection& s = out.section;
        s.queryId = queryId;
        const SummaryField* subject = summary.field(SummaryFieldId::Subject);
        const QString subjectText = subject ? rules.text(subject->display) : QString();
        s.heading = subjectText.isEmpty() ? out.referenceLabel
                                          : tr("%1 — %2").arg(out.referenceLabel, subjectText.simplified());
        addCode(out.fieldCodes, QStringLiteral("reference"));
        if (subject)
            addCode(out.fieldCodes, subject->code);

        const auto field = [&](const QString& label, const QString& value, const QString& code) {
            if (value.isEmpty())
                return;
            s.fields.push_back({ label, value });
            addCode(out.fieldCodes, code);
        };
        const auto summaryField = [&](SummaryFieldId id, bool isDate = false) {
            const SummaryField* f = summary.field(id);
            if (!f || f->display.isEmpty())
                return;
            const QString value
                = isDate ? rules.date(QDate::fromString(f->display, Qt::ISODate)) : rules.text(f->display);
            field(f->label, value, f->code);
        };

        field(tr("Reference"), out.referenceLabel, QStringLiteral("reference"));
        if (rules.substitutesState())
            field(tr("State"), out.stateLabel, QStringLiteral("region"));
        else {
            summaryField(SummaryFieldId::State);
            summaryField(SummaryFieldId::Region);
        }
        summaryField(SummaryFieldId::InstitutionType);
        summaryField(SummaryFieldId::Institution);
        summaryField(SummaryFieldId::ContactName);
        summaryField(SummaryFieldId::ContactFunction);
        summaryField(SummaryFieldId::ContactEmail);
        summaryField(SummaryFieldId::ContactPhone);
        summaryField(SummaryFieldId::Received, true);
        summaryField(SummaryFieldId::Due, true);
        summaryField(SummaryFieldId::Status);
        summaryField(SummaryFieldId::Priority);
        summaryField(SummaryFieldId::Confidentiality);
        summaryField(SummaryFieldId::Themes);
        summaryField(SummaryFieldId::Articles);
        summaryField(SummaryFieldId::Language);
        if (rules.adviserAllowed())
            summaryField(SummaryFieldId::Adviser);

        // Request in brief: the adviser's summary, else the request's first paragraph.
        const SummaryField* request = summary.field(SummaryFieldId::Request);
        const SummaryField* brief = summary.field(QStringLiteral("summary"));
        if (request || brief) {
            QString inBrief = brief && !brief->display.trimmed().isEmpty()
                ? brief->display.trimmed()
                : firstParagraph(request ? request->display : QString());
            const bool briefWritten = brief && !brief->display.trimmed().isEmpty();
            if (!inBrief.isEmpty()) {
                s.parts.push_back({ tr("Request in brief"), rules.text(inBrief), std::nullopt, {} });
                addCode(out.fieldCodes, briefWritten ? brief->code : request->code);
            }
            // The request in full, unless the brief already is all of it (a one-paragraph
            // request without a summary is not printed twice).
            if (request && !request->display.trimmed().isEmpty()
                && (briefWritten || request->display.trimmed() != inBrief)) {
                s.parts.push_back({ tr("Request"), rules.text(request->display.trimmed()), std::nullopt, {} });
                addCode(out.fieldCodes, request->code);
            }
        }
        if (const SummaryField* notes = summary.field(SummaryFieldId::Notes); notes && !notes->display.isEmpty()) {
            s.parts.push_back({ notes->label, rules.text(notes->display), std::nullopt, {} });
            addCode(out.fieldCodes, notes->code);
        }

        if (rules.timelineAllowed() && !summary.timeline.empty()) {
            PrintTable table;
            table.header = { tr("Date"), tr("Kind") };
            if (rules.timelineBodiesAllowed())
                table.header << tr("What");
            for (const casefile::SummaryEntry& item : summary.timeline) {
                QStringList row { rules.date(item.entry.occurredAtUtc.date()), item.kindLabel };
                if (rules.timelineBodiesAllowed()) {
                    QString what = item.entry.summary;
                    if (!item.entry.body.isEmpty())
                        what += (what.isEmpty() ? QString() : QStringLiteral("\n")) + item.entry.body;
                    row << what;
                }
                table.rows.push_back(row);
            }
            s.parts.push_back({ tr("Actions taken"), {}, std::move(table), {} });
            addCode(out.fieldCodes,
                rules.timelineBodiesAllowed() ? QStringLiteral("timeline") : QStringLiteral("timeline_digest"));
        }

        std::vector<Referral> referrals;
        if (profile != Profile::Partner)
            referrals = session.referrals().referralsOf(queryId);
        if (!referrals.empty()) {
            PrintTable table;
            table.header = { tr("Partner"), tr("Status"), tr("Consent") };
            for (const Referral& r : referrals)
                table.rows.push_back(
                    { r.partnerName, referrals::ReferralText::label(r.status), consentLine(r, rules) });
            s.parts.push_back({ tr("Referrals"), {}, std::move(table), {} });
            addCode(out.fieldCodes, QStringLiteral("referrals"));
        }

        if (profile != Profile::Partner) {
            if (auto response = this->response(queryId)) {
                const auto& [draft, version] = *response;
                const bool sent = draft.sentVersion && *draft.sentVersion == version.number;
                QString text = rules.text(version.text.trimmed());
                if (sent && draft.sentOn)
                    text = tr("Sent on %1.").arg(rules.date(*draft.sentOn)) + QStringLiteral("\n") + text;
                s.parts.push_back({ tr("Response"), text, std::nullopt, sent ? QString() : tr("DRAFT") });
                addCode(out.fieldCodes, QStringLiteral("response"));
            }
            const QString next = nextSteps(query, referrals, rules);
            if (!next.isEmpty())
                s.parts.push_back({ tr("Next steps"), next, std::nullopt, {} });
        }
        return out;
    }

    QString consentLine(const Referral& r, const DisclosureProfile& rules) const
    {
        if (r.consentState == referrals::ConsentState::Overridden)
            return tr("Sent without consent on a head's recorded justification");
        std::optional<referrals::Consent> consent;
        if (r.consentId) {
            for (referrals::Consent& c : session.referrals().consentsOf(r.queryId)) {
                if (c.id == *r.consentId)
                    consent = std::move(c);
            }
        } else {
            consent = session.referrals().coveringConsent(r.id);
        }
        if (!consent)
            return tr("No consent recorded");
        return tr("%1 of %2")
            .arg(referrals::ReferralText::label(consent->fields.form), rules.date(consent->fields.givenOn));
    }

    // The sent draft's version, else the cleared one, else the newest draft's newest version.
    std::optional<std::pair<drafts::Draft, drafts::DraftVersion>> response(qint64 queryId) const
    {
        const std::vector<drafts::Draft> all = session.drafts().draftsOf(queryId);
        const drafts::Draft* chosen = nullptr;
        std::optional<int> number;
        for (const drafts::Draft& draft : all) {
            if (draft.sentVersion) {
                chosen = &draft;
                number = draft.sentVersion;
                break;
            }
        }
        if (!chosen) {
            for (const drafts::Draft& draft : all) {
                if (draft.clearedVersion && draft.state == drafts::DraftState::Cleared) {
                    chosen = &draft;
                    number = draft.clearedVersion;
                    break;
                }
            }
        }
        if (!chosen && !all.empty())
            chosen = &all.front();
        if (!chosen)
            return std::nullopt;
        Result<drafts::DraftVersion> version = session.drafts().version(chosen->id, number);
        if (!version)
            return std::nullopt;
        return std::make_pair(*chosen, version.value());
    }

    QString nextSteps(const Query& query, const std::vector<Referral>& referrals, const DisclosureProfile& rules) const
    {
        QStringList lines;
        if (queries::Lifecycle::isFinished(query.status)) {
            lines << tr("None: the query is %1.").arg(queries::QueryText::label(query.status).toLower());
        } else {
            if (query.dueOn.isValid()) {
                if (queries::Lifecycle::isOverdue(query.status, query.dueOn, today()))
                    lines << tr("Answer due %1 (overdue).").arg(rules.date(query.dueOn));
                else
                    lines << tr("Answer due %1.").arg(rules.date(query.dueOn));
            }
            if (query.waitingSince)
                lines << tr("Awaiting the requester since %1.").arg(rules.date(*query.waitingSince));
        }
        for (const Referral& r : referrals) {
            if (!referrals::ReferralText::isOpen(r.status))
                continue;
            if (r.followUpOn)
                lines << tr("Follow up the referral to %1 by %2.").arg(r.partnerName, rules.date(*r.followUpOn));
            else
                lines
                    << tr("Referral to %1: %2.").arg(r.partnerName, referrals::ReferralText::label(r.status).toLower());
        }
        return lines.join(QLatin1Char('\n'));
    }

    PrintDocument base(DocumentKind kind, Profile profile) const
    {
        PrintDocument doc;
        doc.kind = kind;
        doc.profile = profile;
        doc.profileLabel = PrintText::label(profile);
        doc.title = PrintText::label(kind);
        doc.date = today();
        doc.metadataTitle = tr("Advice Hub — %1").arg(PrintText::label(kind));
        return doc;
    }
};

namespace {
std::optional<QString> renderEntry(const casefile::TimelineEntry& entry);
} // namespace

PrintService::PrintService(Session& session) : d(std::make_unique<Impl>(session))
{
    casefile::TimelineText::setSummaryRenderer(casefile::EntryKind::Exported, &renderEntry);
}

PrintService::~PrintService() = default;

Result<PrintDocument> PrintService::caseSummary(qint64 queryId, Profile profile) const
{
    if (profile == Profile::Partner)
        return makeError(
            ErrorCode::InvalidInput, tr("A partner gets a partner extract of a referral, not a case summary."));
    Result<Impl::Built> built = d->section(queryId, profile, 1);
    if (!built)
        return built.error();
    PrintDocument doc = d->base(DocumentKind::CaseSummary, profile);
    doc.marking = marking(built->confidentiality);
    doc.subtitle = built->referenceLabel;
    doc.queryIds = { queryId };
    doc.fieldCodes = built->fieldCodes;
    doc.suggestedFileName = built->substituted ? QStringLiteral("confidential-summary-%1.pdf").arg(isoDay(doc.date))
                                               : QStringLiteral("%1-summary.pdf").arg(built->reference);
    doc.sections.push_back(std::move(built->section));
    return doc;
}

Result<PrintDocument> PrintService::briefingPack(const BriefingOptions& options) const
{
    if (options.queryIds.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose at least one query for the briefing pack."));
    if (options.profile == Profile::Partner)
        return makeError(ErrorCode::InvalidInput,
            tr("A briefing pack is printed for the Secretariat or for a Core State briefing."));
    if (options.copies < 1 || options.copies > kMaxCopies)
        return makeError(ErrorCode::InvalidInput, tr("Print from 1 to %1 copies.").arg(kMaxCopies));
    if (options.preparedFor.size() > kMaxPreparedFor || !isOneLine(options.preparedFor))
        return makeError(
            ErrorCode::InvalidInput, tr("\"Prepared for\" is one line of at most %1 characters.").arg(kMaxPreparedFor));
    if (options.watermark.size() > kMaxWatermark || !isOneLine(options.watermark))
        return makeError(
            ErrorCode::InvalidInput, tr("The watermark is one line of at most %1 characters.").arg(kMaxWatermark));
    if (options.title.size() > kMaxTitle || !isOneLine(options.title))
        return makeError(ErrorCode::InvalidInput, tr("The title is one line of at most %1 characters.").arg(kMaxTitle));
    if (options.periodLabel.size() > kMaxPeriod || !isOneLine(options.periodLabel))
        return makeError(
            ErrorCode::InvalidInput, tr("The period is one line of at most %1 characters.").arg(kMaxPeriod));

    PrintDocument doc = d->base(DocumentKind::BriefingPack, options.profile);
    if (!options.title.trimmed().isEmpty())
        doc.title = options.title.trimmed();
    doc.preparedFor = options.preparedFor.trimmed();
    doc.watermark = options.watermark.trimmed();
    doc.recipient = doc.preparedFor;
    doc.subtitle = options.periodLabel.trimmed();
    doc.copyCount = 1;

    PrintTable table;
    table.header = { tr("Reference"), tr("State"), tr("Received"), tr("Status"), tr("Themes") };
    std::map<QString, int> byRegion;
    std::map<QString, int> byStatus;
    QSet<qint64> seen;
    Confidentiality highest = Confidentiality::Standard;
    int substituted = 0;
    for (qint64 id : options.queryIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        Result<Query> peek = d->session.queries().get(id);
        if (!peek)
            return peek.error();
        const bool willSubstitute = options.profile == Profile::Briefing
            && peek->fields.confidentiality == Confidentiality::StrictlyConfidential;
        Result<Impl::Built> built = d->section(id, options.profile, willSubstitute ? substituted + 1 : 1);
        if (!built)
            return built.error();
        if (built->substituted)
            ++substituted;
        if (static_cast<int>(built->confidentiality) > static_cast<int>(highest))
            highest = built->confidentiality;
        table.rows.push_back(
            { built->referenceLabel, built->stateLabel, built->received, built->status, built->themes });
        ++byRegion[built->regionName];
        ++byStatus[built->status];
        doc.queryIds << id;
        for (const QString& code : std::as_const(built->fieldCodes))
            addCode(doc.fieldCodes, code);
        doc.sections.push_back(std::move(built->section));
    }
    doc.marking = marking(highest);
    doc.summaryTable = std::move(table);

    PrintTable counts;
    counts.header = { tr("Counted by"), tr("Value"), tr("Queries") };
    for (const auto& [region, n] : byRegion)
        counts.rows.push_back({ tr("Region"), region, DisclosureProfile::count(n, options.profile) });
    for (const auto& [status, n] : byStatus)
        counts.rows.push_back({ tr("Status"), status, DisclosureProfile::count(n, options.profile) });
    doc.countsTable = std::move(counts);

    const QLocale locale;
    doc.cover << doc.title;
    doc.cover << tr("Date: %1").arg(locale.toString(doc.date, QStringLiteral("d MMMM yyyy")));
    if (!doc.preparedFor.isEmpty())
        doc.cover << tr("Prepared for: %1").arg(doc.preparedFor);
    if (!doc.marking.isEmpty())
        doc.cover << tr("Marking: %1").arg(doc.marking);
    doc.cover << tr("Profile: %1").arg(doc.profileLabel);
    if (!doc.subtitle.isEmpty())
        doc.cover << tr("Period: %1").arg(doc.subtitle);
    doc.cover << tr("Queries: %1").arg(doc.queryIds.size());
    doc.suggestedFileName = QStringLiteral("briefing-%1.pdf").arg(isoDay(doc.date));
    return doc;
}

Result<PrintDocument> PrintService::partnerExtract(qint64 referralId) const
{
    Result<Referral> referral = d->session.referrals().get(referralId);
    if (!referral)
        return referral.error();
    Result<Impl::Built> built = d->section(referral->queryId, Profile::Partner, 1, referral->shared);
    if (!built)
        return built.error();
    PrintDocument doc = d->base(DocumentKind::PartnerExtract, Profile::Partner);
    doc.marking = marking(built->confidentiality);
    doc.subtitle = built->referenceLabel;
    doc.recipient = referral->partnerName;
    doc.queryIds = { referral->queryId };
    doc.fieldCodes = built->fieldCodes;
    Result<Query> query = d->session.queries().get(referral->queryId);
    if (!query)
        return query.error();
    const DisclosureProfile rules(
        Profile::Partner, query.value(), d->session.lookup().state(query->fields.stateId), referral->shared);
    doc.cover << tr("Prepared for: %1").arg(referral->partnerName);
    doc.cover << tr("Reference: %1").arg(built->reference);
    doc.cover << tr("Consent: %1").arg(d->consentLine(referral.value(), rules));
    QStringList sharedLabels;
    for (SharedField f : referral->shared)
        sharedLabels << referrals::ReferralText::label(f);
    doc.cover << tr("Shared: %1").arg(sharedLabels.join(QStringLiteral(", ")));
    doc.suggestedFileName = QStringLiteral("%1-extract-%2.pdf").arg(built->reference).arg(referralId);
    doc.sections.push_back(std::move(built->section));
    return doc;
}

Result<PrintDocument> PrintService::draftLetter(qint64 draftId, Profile profile, std::optional<int> version) const
{
    if (profile == Profile::Partner)
        return makeError(
            ErrorCode::InvalidInput, tr("A response is printed for the Secretariat or for a Core State briefing."));
    Result<drafts::Draft> draft = d->session.drafts().get(draftId);
    if (!draft)
        return draft.error();
    std::optional<int> number = version;
    if (!number)
        number = draft->sentVersion ? draft->sentVersion : draft->clearedVersion;
    Result<drafts::DraftVersion> chosen = d->session.drafts().version(draftId, number);
    if (!chosen)
        return chosen.error();
    Result<Query> query = d->session.queries().get(draft->queryId);
    if (!query)
        return query.error();
    const DisclosureProfile rules(profile, query.value(), d->session.lookup().state(query->fields.stateId));

    PrintDocument doc = d->base(DocumentKind::DraftLetter, profile);
    doc.marking = marking(query->fields.confidentiality);
    doc.subtitle = rules.reference();
    doc.queryIds = { draft->queryId };
    doc.rightToLeft = false;
    PrintLetter letter;
    letter.letterhead = { tr("Advice Hub"), tr("The Secretariat") };
    letter.reference = tr("Our ref.: %1").arg(rules.reference());
    const bool sent = draft->sentVersion && *draft->sentVersion == chosen->number;
    letter.date = rules.date(sent && draft->sentOn ? *draft->sentOn : d->today());
    if (profile == Profile::Internal) {
        const queries::QueryInput& f = query->fields;
        for (const QString& line : { f.contact.name, f.contact.function, f.institution, query->stateName }) {
            if (!line.trimmed().isEmpty())
                letter.addressee << line.trimmed();
        }
        letter.bodyHtml = chosen->html;
        doc.fieldCodes
            = { QStringLiteral("reference"), QStringLiteral("contact_name"), QStringLiteral("contact_function"),
                  QStringLiteral("institution"), QStringLiteral("state"), QStringLiteral("response") };
    } else {
        // The text scrubbed as the profile requires, as escaped paragraphs (no markup survives).
        QString html;
        for (const QString& paragraph : rules.text(chosen->text).split(QLatin1Char('\n'))) {
            if (!paragraph.trimmed().isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
        }
        letter.bodyHtml = html;
        doc.fieldCodes = { QStringLiteral("reference"), QStringLiteral("response") };
    }
    letter.subject = rules.text(draft->title);
    letter.stamp = sent ? QString() : tr("DRAFT");
    doc.letter = std::move(letter);
    doc.suggestedFileName = rules.substitutesState()
        ? QStringLiteral("confidential-draft-%1.pdf").arg(isoDay(doc.date))
        : QStringLiteral("%1-draft-%2-v%3.pdf").arg(query->reference).arg(draftId).arg(chosen->number);
    return doc;
}

PrintDocument PrintService::copy(const PrintDocument& document, int number, int count)
{
    PrintDocument result = document;
    result.copyCount = std::max(1, count);
    result.copyNumber = count > 1 ? std::optional<int>(number) : std::nullopt;
    return result;
}

namespace {

// "Printed case summary (Core State briefing), copy 2 of 3" / "Saved … as PDF file.pdf".
QString entrySummary(const PrintDocument& doc, casefile::DisclosureKind how, const QString& fileName)
{
    const QString what = PrintText::label(doc.kind).toLower();
    QString text = how == casefile::DisclosureKind::Print
        ? PrintService::tr("Printed %1 (%2)").arg(what, doc.profileLabel)
        : PrintService::tr("Saved %1 (%2) as PDF %3").arg(what, doc.profileLabel, fileName);
    if (doc.copyNumber)
        text += PrintService::tr(", copy %1 of %2").arg(*doc.copyNumber).arg(doc.copyCount);
    return text;
}

Result<std::vector<casefile::DisclosureRecord::Item>> disclosures(
    const std::vector<PrintDocument>& copies, casefile::DisclosureKind how, const QString& fileName)
{
    if (copies.empty())
        return makeError(ErrorCode::InvalidInput, PrintService::tr("There is nothing to print."));
    std::vector<casefile::DisclosureRecord::Item> items;
    for (const PrintDocument& doc : copies) {
        if (doc.queryIds.isEmpty())
            return makeError(ErrorCode::InvalidInput, PrintService::tr("A printed document shows at least one query."));
        casefile::Disclosure disclosure;
        disclosure.kind = how;
        disclosure.document = PrintText::code(doc.kind);
        disclosure.recipient = doc.recipient;
        disclosure.profile = PrintText::code(doc.profile);
        disclosure.copyNumber = doc.copyNumber;
        disclosure.fields = doc.fieldCodes;
        disclosure.fileName = fileName;
        if (doc.copyNumber)
            disclosure.entryData.insert(QStringLiteral("copy_count"), doc.copyCount);
        disclosure.summary = entrySummary(doc, how, fileName);
        items.push_back({ doc.queryIds, std::move(disclosure) });
    }
    return items;
}

// The summary of a print or PDF entry in the reader's language, from the disclosure's fields
// the entry keeps (the same source strings as entrySummary); nothing for other exports.
std::optional<QString> renderEntry(const casefile::TimelineEntry& entry)
{
    const QJsonObject& data = entry.data;
    const QString how = data.value(QStringLiteral("disclosure_kind")).toString();
    if (entry.kind != casefile::EntryKind::Exported || (how != QLatin1String("print") && how != QLatin1String("pdf")))
        return std::nullopt;
    const std::optional<DocumentKind> kind = PrintText::documentKind(data.value(QStringLiteral("document")).toString());
    const std::optional<Profile> profile = PrintText::profile(data.value(QStringLiteral("profile")).toString());
    if (!kind || !profile)
        return std::nullopt;
    const QString what = PrintText::label(*kind).toLower();
    QString text;
    if (how == QLatin1String("print")) {
        text = PrintService::tr("Printed %1 (%2)").arg(what, PrintText::label(*profile));
    } else {
        const QString fileName = data.value(QStringLiteral("file_name")).toString();
        if (fileName.isEmpty())
            return std::nullopt;
        text = PrintService::tr("Saved %1 (%2) as PDF %3").arg(what, PrintText::label(*profile), fileName);
    }
    if (data.contains(QStringLiteral("copy_number"))) {
        if (!data.contains(QStringLiteral("copy_count")))
            return std::nullopt;
        text += PrintService::tr(", copy %1 of %2")
                    .arg(data.value(QStringLiteral("copy_number")).toInt())
                    .arg(data.value(QStringLiteral("copy_count")).toInt());
    }
    return text;
}

} // namespace

Status PrintService::recordPrint(const std::vector<PrintDocument>& copies)
{
    Result<std::vector<casefile::DisclosureRecord::Item>> items
        = disclosures(copies, casefile::DisclosureKind::Print, {});
    if (!items)
        return items.error();
    Result<QList<qint64>> recorded = d->session.caseRecord().disclosures().recordAll(items.value());
    if (!recorded)
        return recorded.error();
    return {};
}

Status PrintService::savePdf(
    const std::vector<PrintDocument>& copies, const QString& path, bool overwrite, const QByteArray& pdf)
{
    if (pdf.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The PDF of %1 is empty.").arg(QFileInfo(path).fileName()));
    return savePdf(copies, path, overwrite, [&pdf](QFileDevice& file) -> Status {
        if (file.write(pdf) != pdf.size())
            return makeError(ErrorCode::Io);
        return {};
    });
}

Status PrintService::savePdf(
    const std::vector<PrintDocument>& copies, const QString& path, bool overwrite, const casefile::ExportWriter& write)
{
    const QString fileName = QFileInfo(path).fileName();
    Result<std::vector<casefile::DisclosureRecord::Item>> items
        = disclosures(copies, casefile::DisclosureKind::Pdf, fileName);
    if (!items)
        return items.error();
    casefile::DisclosureRecord& record = d->session.caseRecord().disclosures();
    return casefile::writeRecordedFile(path, overwrite, write, [&](const std::function<Status()>& rename) -> Status {
        Result<QList<qint64>> recorded = record.recordAll(items.value(), rename);
        if (!recorded)
            return recorded.error();
        return {};
    });
}

Result<std::vector<RegisterEntry>> PrintService::printRegister(const RegisterFilter& filter) const
{
    Result<std::vector<casefile::Disclosure>> all
        = d->session.caseRecord().disclosures().list(filter.fromUtc, filter.toUtc);
    if (!all)
        return all.error();
    std::vector<RegisterEntry> entries;
    for (const casefile::Disclosure& disclosure : all.value()) {
        if (disclosure.kind != casefile::DisclosureKind::Print && disclosure.kind != casefile::DisclosureKind::Pdf)
            continue;
        const std::optional<DocumentKind> document = PrintText::documentKind(disclosure.document);
        const std::optional<Profile> profile = PrintText::profile(disclosure.profile);
        if (!document || !profile)
            continue;
        if (filter.document && *filter.document != *document)
            continue;
        if (filter.profile && *filter.profile != *profile)
            continue;
        RegisterEntry entry;
        entry.disclosureId = disclosure.id;
        entry.occurredAtUtc = disclosure.occurredAtUtc;
        if (disclosure.adviserId) {
            if (const auto* adviser = d->session.lookup().adviser(*disclosure.adviserId))
                entry.adviserName = adviser->name;
        }
        entry.how = disclosure.kind;
        entry.document = *document;
        entry.profile = *profile;
        entry.recipient = disclosure.recipient;
        entry.copyNumber = disclosure.copyNumber;
        entry.fileName = disclosure.fileName;
        for (const casefile::Disclosure::Item& item : disclosure.queries)
            entry.references << item.reference;
        if (!filter.reference.trimmed().isEmpty()
            && !entry.references.contains(filter.reference.trimmed(), Qt::CaseInsensitive))
            continue;
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace advicehub::printing
