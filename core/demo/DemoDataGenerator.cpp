#include "demo/DemoDataGenerator.h"

#include "common/IsoTime.h"
#include "db/Connection.h"
#include "drafts/DraftService.h"
#include "referrals/ReferralService.h"

#include "advisers/AdviserService.h"
#include "casefile/CaseRecord.h"
#include "db/DbError.h"
#include "reference/ReferenceLookup.h"

#include <QHash>

#include <algorithm>

namespace advicehub::demo {

namespace {

using queries::Confidentiality;
using queries::EntryKind;
using queries::NewEntry;
using queries::Priority;
using queries::QueryInput;
using queries::QueryService;
using queries::QueryStatus;
using queries::Route;

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

// Given names from many regions, with invented surnames nobody carries, so that no demo
// contact can be mistaken for a real official.
const QList<QString> kGivenNames { u("Amara"), u("Kofi"), u("Efua"), u("Tomas"), u("Lina"), u("Mateo"), u("Sione"),
    u("Aigerim"), u("Noor"), u("Ioana"), u("Tevita"), u("Mariana"), u("Youssef"), u("Ana"), u("Kwame"), u("Leilani"),
    u("Dario"), u("Hana"), u("Elif"), u("Rashid"), u("Salote"), u("Inés"), u("Nadia"), u("Joaquín"), u("Aroha"),
    u("Sipho"), u("Mei"), u("Oskar"), u("Fatou"), u("Rangi") };
const QList<QString> kSurnames { u("Quillfeather"), u("Marrowby"), u("Tallowmere"), u("Brindlewood"), u("Gablethorn"),
    u("Larkspurrow"), u("Moonwhistle"), u("Hollowmere"), u("Cindervale"), u("Wickerby"), u("Dapplegate"),
    u("Saltmarrow"), u("Bramblecott"), u("Ferncastle"), u("Mossgrove"), u("Oakhallow"), u("Driftwillow"),
    u("Copperquill"), u("Nettlebrook"), u("Plumtallow"), u("Rookvale"), u("Silverbough"), u("Thimblewick"),
    u("Umberfold"), u("Vellumworth"), u("Wrenhollow"), u("Yarrowmead"), u("Quorrelby"), u("Lanternhide"),
    u("Pebbleworth") };
const QList<QString> kFunctions { u("Legal adviser"), u("Director of Legal Affairs"), u("Senior State Counsel"),
    u("Counsellor"), u("First Secretary"), u("Head of the Human Rights Unit"), u("Deputy Commissioner"),
    u("Policy officer"), u("Chief Inspector"), u("Head of Treaty Section") };

const char* const kAdviserNames[] = { "Amara Quillfeather", "Tomas Brindlewood", "Lina Marrowby", "Sione Tallowmere",
    "Noor Gablethorn", "Dario Wickerby" };

// Institutions by institution-type code: generic names, never a real office's.
const QHash<QString, QList<QString>>& institutions()
{
    static const QHash<QString, QList<QString>> names {
        { u("ministry_justice"), { u("Ministry of Justice"), u("Ministry of Justice and Constitutional Affairs") } },
        { u("ministry_foreign_affairs"),
            { u("Ministry of Foreign Affairs"), u("Ministry of Foreign Affairs, Treaties Division") } },
        { u("ministry_interior"), { u("Ministry of Interior"), u("Ministry of Home Affairs") } },
        { u("attorney_general"), { u("Office of the Attorney-General"), u("Attorney-General's Chambers") } },
        { u("prosecution"), { u("Office of the Director of Public Prosecutions") } },
        { u("police"), { u("National Police Service"), u("Police Training College") } },
        { u("prison_service"), { u("Prisons and Correctional Service"), u("Directorate of Prison Administration") } },
        { u("parliament"), { u("Parliamentary Committee on Human Rights") } },
        { u("nhri"), { u("National Human Rights Commission") } },
        { u("npm"), { u("National Preventive Mechanism") } },
        { u("ombudsman"), { u("Office of the Ombudsman") } },
        { u("mission_geneva"), { u("Permanent Mission in Geneva") } },
        { u("mission_new_york"), { u("Permanent Mission in New York") } },
        { u("other"), { u("Law Reform Commission"), u("Judicial Training Institute") } },
    };
    return names;
}

struct ThemeText {
    QList<QString> subjects;
    QList<QString> sentences; // %1 State, %2 institution, %3 year
};

const QHash<QString, ThemeText>& themeTexts()
{
    static const QHash<QString, ThemeText> texts {
        { u("ratification"),
            { { u("Steps towards accession to the Convention against Torture"), u("Ratification process and timetable"),
                  u("Questions on the instrument of accession") },
                { u("The Government of %1 is considering accession to the Convention against Torture and would like "
                    "to understand the steps involved."),
                    u("%2 asks which ministries usually take part in the inter-ministerial consultation that precedes "
                      "ratification."),
                    u("We would appreciate guidance on the declarations under articles 21 and 22 and on whether "
                      "reservations are advisable."),
                    u("Cabinet approved the principle of ratification in %3, and the instrument is now before "
                      "Parliament."),
                    u("The delegation asked for the CTI ratification-process tool in French and in Spanish.") } } },
        { u("reporting"),
            { { u("Initial report to the Committee against Torture"), u("Simplified reporting procedure"),
                  u("Follow-up to the concluding observations") },
                { u("The initial report of %1 under article 19 of the Convention is overdue and a drafting team has "
                    "been set up."),
                    u("%2 would like to know whether the simplified reporting procedure is suitable for a first "
                      "report."),
                    u("We are preparing the replies to the list of issues and would welcome examples of good "
                      "practice from other States."),
                    u("The Committee's concluding observations of %3 asked for information on follow-up within one "
                      "year.") } } },
        { u("legislative_review"),
            { { u("Review of the draft anti-torture bill"), u("Compatibility of the penal code with the Convention") },
                { u("%2 has prepared a draft bill and asks for comments on its compatibility with the Convention."),
                    u("The review should cover the penal code, the code of criminal procedure and the law on "
                      "detention."),
                    u("We would welcome a comparative note on how other States of the region amended their "
                      "legislation after ratification.") } } },
        { u("drafting_law"),
            { { u("Drafting a stand-alone law against torture"), u("National action plan against torture") },
                { u("The Government intends to adopt a stand-alone law against torture in %3 and asks for model "
                    "provisions."),
                    u("%2 is drafting a national action plan and would like to align it with the UNCAT "
                      "Implementation Tools.") } } },
        { u("definition_criminalisation"),
            { { u("Definition of torture in the criminal code"), u("Penalties for the crime of torture") },
                { u("The current criminal code of %1 does not contain a definition of torture consistent with "
                    "article 1."),
                    u("We ask whether penalties should take into account the grave nature of the offence, as "
                      "article 4 requires, and how other States set them."),
                    u("The question of a statute of limitations for torture was raised during the parliamentary "
                      "debate.") } } },
        { u("police_custody"),
            { { u("Safeguards in the first hours of police custody"),
                  u("Custody registers and notification of "
                    "relatives") },
                { u("%2 is reviewing the safeguards that apply in the first hours of police custody: access to a "
                    "lawyer, to a doctor and notification of a relative."),
                    u("A pilot of electronic custody registers started in three police stations in %3."),
                    u("The police leadership asks how the right to be informed of one's rights can be given in "
                      "languages the detainee understands.") } } },
        { u("non_coercive_interviewing"),
            { { u("Introducing non-coercive investigative interviewing"), u("Training on the Méndez Principles") },
                { u("The police academy wishes to introduce non-coercive investigative interviewing, following the "
                    "Principles on Effective Interviewing."),
                    u("We ask for curricula and for examples of States that recorded interviews on video.") } } },
        { u("prisons_detention"),
            { { u("Prison overcrowding and alternatives to detention"),
                  u("Conditions of detention in remand "
                    "facilities") },
                { u("Overcrowding in remand facilities has reached twice the official capacity, and %2 is looking "
                    "for alternatives to pre-trial detention."),
                    u("The prison administration asks how the Nelson Mandela Rules are reflected in national "
                      "regulations elsewhere."),
                    u("Health care in places of detention is provided by the prison service rather than by the "
                      "ministry of health.") } } },
        { u("security_counterterrorism"),
            { { u("Counter-terrorism legislation and the absolute prohibition"),
                  u("Administrative detention "
                    "safeguards") },
                { u("A draft counter-terrorism law would extend police custody to fourteen days without judicial "
                    "review."),
                    u("We would like advice on keeping the absolute prohibition of torture in emergency "
                      "legislation.") } } },
        { u("complaints_investigations"),
            { { u("An independent mechanism for complaints of ill-treatment"),
                  u("Prompt and impartial "
                    "investigations") },
                { u("%2 is designing an independent body to receive complaints of torture and ill-treatment."),
                    u("We ask how other States ensure prompt and impartial investigations under article 12.") } } },
        { u("tainted_evidence"),
            { { u("Exclusion of statements obtained under torture") },
                { u("The courts of %1 have admitted confessions whose voluntariness was disputed, and %2 wishes to "
                    "clarify the exclusionary rule of article 15.") } } },
        { u("juvenile_justice"),
            { { u("Children in detention"), u("Juvenile justice reform") },
                { u("A juvenile justice bill proposes to raise the minimum age of criminal responsibility."),
                    u("Children are still held with adults in some police stations, and we ask how separation is "
                      "organised elsewhere.") } } },
        { u("corruption"),
            { { u("Corruption and torture in places of detention") },
                { u("Detainees reportedly pay for better conditions, and %2 asks how anti-corruption measures "
                    "can support torture prevention.") } } },
        { u("oversight_npm_nhri"),
            { { u("Designation of a national preventive mechanism"),
                  u("Mandate of the national human rights "
                    "institution") },
                { u("%1 is considering whether to designate the national human rights institution or a new body "
                    "as its national preventive mechanism."),
                    u("We ask how unannounced visits to places of detention are organised and funded.") } } },
        { u("redress_rehabilitation"),
            { { u("Redress and rehabilitation for victims of torture") },
                { u("%2 is preparing a reparation programme and asks how rehabilitation services are funded in "
                    "other States."),
                    u("We would welcome information about the UN Voluntary Fund for Victims of Torture.") } } },
        { u("training"),
            { { u("Training for judges and prosecutors"), u("Capacity building for prison staff") },
                { u("A training programme for judges, prosecutors and police officers is planned for %3."),
                    u("The Judicial Training Institute asks for the CTI compilation of training materials.") } } },
        { u("public_awareness"),
            { { u("Public awareness on the prohibition of torture") },
                { u("The Government plans an awareness campaign on 26 June, the International Day in Support of "
                    "Victims of Torture.") } } },
        { u("other"),
            { { u("General enquiry"), u("Request for a meeting in Geneva") },
                { u("%2 asks for a meeting with the Secretariat in Geneva during the next session of the Human "
                    "Rights Council.") } } },
    };
    return texts;
}

// Sentences any request may contain: the common vocabulary of the Secretariat's work.
const QList<QString> kGeneralSentences {
    u("The Convention against Torture Initiative has been a valuable source of advice, and we are grateful for "
      "its continued support."),
    u("Any advice would be treated confidentially, in line with the Initiative's practice."),
    u("We would welcome examples of how other States approached this question."),
    u("Our officials would be available for a video call at the Secretariat's convenience."),
    u("We should be grateful for a reply before the next session of the inter-ministerial committee."),
    u("A short note summarising the relevant provisions of the Convention would be very helpful."),
    u("The question was raised during the universal periodic review of %1."),
    u("We understand that the Initiative can connect us with partners such as the Association for the "
      "Prevention of Torture."),
    u("The Ministry has limited resources and would appreciate practical, step-by-step guidance."),
    u("This request follows our conversation at the regional seminar in %3."),
    u("Please let us know whether further information from our side would be useful."),
    u("The matter is of some urgency because a parliamentary debate is scheduled for next month."),
};

// Rare sentences, each in about one request in 500: rare words for searches.
const QList<QString> kRareSentences {
    u("The smallest island of the archipelago has a single holding cell, which raises particular questions."),
    u("An ombudsperson for the armed forces was appointed last year."),
    u("A habeas corpus petition before the Supreme Court raised the issue directly."),
    u("The delegation referred to the customary tribunals that operate in rural districts."),
};

const QList<QString> kEntrySummaries[] = {
    /* Note */ { u("Background note on the legislative framework"), u("Internal note: follow-up needed"),
        u("Note on the State's reporting history") },
    /* Meeting */
    { u("Meeting with the Permanent Mission in Geneva"),
        u("Meeting on the margins of the regional "
          "seminar") },
    /* Call */ { u("Call with the legal adviser"), u("Video call with the drafting team") },
    /* EmailReceived */ { u("Additional documents received"), u("Reply from the Ministry") },
    /* EmailSent */ { u("Acknowledgement of receipt sent"), u("Request for further information sent") },
};
const QList<QString> kEntryBodies { u("Discussed the timetable and the next steps; the Ministry will send the draft."),
    u("Agreed to share the CTI tools and examples from two States of the region."),
    u("The requester asked for the answer in French; a translation will be arranged."),
    u("The partner organisation confirmed it can provide an expert for the workshop."),
    u("Consent to share the request with a partner was given orally; confirmation to follow in writing.") };

// A sentence with its placeholders filled: %1 the State, %2 the institution, %3 a year.
QString fill(const QString& sentence, const QString& stateName, const QString& institution, int year)
{
    QString text = sentence;
    text.replace(QLatin1String("%1"), stateName);
    text.replace(QLatin1String("%2"), institution);
    text.replace(QLatin1String("%3"), QString::number(year));
    return text;
}

template <typename T> T weighted(QRandomGenerator& random, std::initializer_list<std::pair<T, int>> weights)
{
    int total = 0;
    for (const auto& [value, weight] : weights)
        total += weight;
    int roll = static_cast<int>(random.bounded(static_cast<quint32>(total)));
    for (const auto& [value, weight] : weights) {
        if (roll < weight)
            return value;
        roll -= weight;
    }
    return weights.begin()->first;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(
    const reference::ReferenceLookup& lookup, QDate today, const DemoDataOptions& options)
    : m_lookup(lookup),
      m_today(today),
      m_first(std::min(options.firstReceived, today)),
      m_planned(std::max(1, options.queries)),
      m_entriesPerQuery(options.entriesPerQuery),
      m_random(options.seed)
{ }

QStringList DemoDataGenerator::adviserNames(int count)
{
    QStringList names;
    for (int i = 0; i < std::clamp(count, 0, static_cast<int>(std::size(kAdviserNames))); ++i)
        names << QString::fromUtf8(kAdviserNames[i]);
    return names;
}

QString DemoDataGenerator::requestText(
    const QString& stateName, const QString& institution, const QList<QString>& themeCodes, int year)
{
    const auto filled = [&](const QString& sentence) { return fill(sentence, stateName, institution, year); };
    QString text = tr("Dear colleagues of the CTI Secretariat,") + QStringLiteral("\n\n");
    text += filled(u("%2 of %1 writes to request the technical advice of the Convention against Torture Initiative."))
        + QLatin1Char(' ');
    const int target = 850 + bounded(350);
    QList<QString> pool;
    for (const QString& code : themeCodes)
        pool += themeTexts().value(code).sentences;
    int paragraphLength = 0;
    while (text.size() < target) {
        QString sentence;
        const int roll = bounded(1000);
        if (roll < 1)
            sentence = pick(kRareSentences);
        else if (roll < 600 && !pool.isEmpty())
            sentence = pick(pool);
        else
            sentence = pick(kGeneralSentences);
        text += filled(sentence);
        paragraphLength += static_cast<int>(sentence.size());
        if (paragraphLength > 350 && chance(50)) {
            text += QStringLiteral("\n\n");
            paragraphLength = 0;
        } else {
            text += QLatin1Char(' ');
        }
    }
    text = text.trimmed();
    text += QStringLiteral("\n\n") + tr("With our thanks and best regards.");
    return text;
}

std::vector<QueryService::Record> DemoDataGenerator::next(int count, const std::vector<qint64>& adviserIds)
{
    std::vector<QueryService::Record> records;
    records.reserve(static_cast<std::size_t>(std::max(0, count)));
    const QList<reference::StateInfo>& states = m_lookup.states();
    QList<const reference::StateInfo*> coreStates;
    for (const reference::StateInfo& state : states) {
        if (state.coreState)
            coreStates << &state;
    }
    const qint64 span = std::max<qint64>(0, m_first.daysTo(m_today));
    QList<QString> themeCodes;
    for (const reference::NamedItem& theme : m_lookup.themes()) {
        if (theme.active)
            themeCodes << theme.code;
    }
    QList<const reference::NamedItem*> institutionTypes;
    for (const reference::NamedItem& type : m_lookup.institutionTypes()) {
        if (type.active)
            institutionTypes << &type;
    }

    for (int n = 0; n < count; ++n, ++m_generated) {
        QueryService::Record record;
        QueryInput& in = record.input;

        // Received dates rise steadily over the sequence, as in a register kept day by day (and so
        // the full-text docids rise too, which a plain-SQL baseline needs to be fair).
        const qint64 offset = span * std::min(m_generated, m_planned - 1) / std::max(1, m_planned - 1);
        in.receivedOn = m_first.addDays(offset);
        const qint64 age = in.receivedOn.daysTo(m_today);

        const QString channelCode = weighted<QString>(m_random,
            { { u("email"), 45 }, { u("letter"), 15 }, { u("meeting_geneva"), 12 }, { u("country_visit"), 8 },
                { u("regional_seminar"), 8 }, { u("call"), 10 }, { u("other"), 2 } });
        const auto* channel = m_lookup.findChannel(channelCode);
        in.channelId = channel ? channel->id : m_lookup.channels().value(0).id;

        const reference::StateInfo* state = nullptr;
        if (!coreStates.isEmpty() && chance(20))
            state = pick(coreStates);
        else if (!states.isEmpty())
            state = &states.at(bounded(static_cast<int>(states.size())));
        in.stateId = state ? state->id : 0;
        const QString stateName = state ? state->englishName : QString(); // the demo texts are English

        const reference::NamedItem* type = institutionTypes.isEmpty() ? nullptr : pick(institutionTypes);
        if (type && chance(90))
            in.institutionTypeId = type->id;
        const QList<QString> names = type ? institutions().value(type->code) : QList<QString>();
        in.institution = names.isEmpty() ? u("Ministry of Justice") : pick(names);

        const QString given = pick(kGivenNames);
        const QString surname = pick(kSurnames);
        if (chance(85)) {
            in.contact.name = given + QLatin1Char(' ') + surname;
            in.contact.function = pick(kFunctions);
            if (chance(80))
                in.contact.email = (given.left(1) + QLatin1Char('.') + surname).toLower() + u("@example.org");
            if (chance(50))
                in.contact.phone = u("+000 555 ") + QString::number(1000 + bounded(9000));
        }

        // One to three themes, the first decides the subject.
        QList<QString> chosen;
        const int themeCount = 1 + (chance(40) ? 1 : 0) + (chance(15) ? 1 : 0);
        while (chosen.size() < themeCount && !themeCodes.isEmpty()) {
            const QString code = pick(themeCodes);
            if (!chosen.contains(code))
                chosen << code;
        }
        for (const QString& code : chosen) {
            if (const auto* theme = m_lookup.findTheme(code))
                in.themeIds << theme->id;
        }
        const QList<QString> subjects
            = chosen.isEmpty() ? QList<QString>() : themeTexts().value(chosen.first()).subjects;
        in.subject = subjects.isEmpty() ? u("General enquiry") : pick(subjects);
        if (chance(30))
            in.subject += u(" (") + stateName + u(")");
        in.requestText = requestText(stateName, in.institution, chosen, in.receivedOn.year());

        in.language = weighted<QString>(m_random,
            { { u("en"), 60 }, { u("fr"), 18 }, { u("es"), 15 }, { u("ar"), 4 }, { u("ru"), 2 }, { u("pt"), 1 } });
        in.confidentiality = weighted<Confidentiality>(m_random,
            { { Confidentiality::Standard, 25 }, { Confidentiality::Confidential, 55 },
                { Confidentiality::StrictlyConfidential, 20 } });
        in.priority = weighted<Priority>(m_random,
            { { Priority::Urgent, 8 }, { Priority::High, 22 }, { Priority::Normal, 55 }, { Priority::Low, 15 } });
        if (chance(25)) {
            const int article = 1 + bounded(16);
            in.articles << article;
            if (chance(30) && article < 33)
                in.articles << article + 1 + bounded(33 - article);
        }

        // Older queries are mostly finished, recent ones still in the Secretariat's hands.
        QueryStatus status = QueryStatus::New;
        if (age <= 10)
            status = weighted<QueryStatus>(
                m_random, { { QueryStatus::New, 55 }, { QueryStatus::Triaged, 30 }, { QueryStatus::InProgress, 15 } });
        else if (age <= 60)
            status = weighted<QueryStatus>(m_random,
                { { QueryStatus::New, 5 }, { QueryStatus::Triaged, 15 }, { QueryStatus::InProgress, 40 },
                    { QueryStatus::AwaitingRequester, 20 }, { QueryStatus::Referred, 10 },
                    { QueryStatus::ResponseSent, 10 } });
        else
            status = weighted<QueryStatus>(m_random,
                { { QueryStatus::Closed, 55 }, { QueryStatus::ResponseSent, 15 }, { QueryStatus::Referred, 10 },
                    { QueryStatus::Declined, 8 }, { QueryStatus::AwaitingRequester, 4 }, { QueryStatus::InProgress, 5 },
                    { QueryStatus::Reopened, 3 } });
        record.status = status;
        if (status != QueryStatus::New) {
            if (!adviserIds.empty())
                in.assignedAdviserId
                    = adviserIds.at(static_cast<std::size_t>(bounded(static_cast<int>(adviserIds.size()))));
            in.route = status == QueryStatus::Referred
                ? (chance(50) ? Route::Refer : Route::Both)
                : (status == QueryStatus::Declined
                        ? Route::OutOfScope
                        : weighted<Route>(m_random, { { Route::InHouse, 80 }, { Route::Both, 20 } }));
        }
        if (chance(10))
            in.dueOn = queries::DueDateChoice::set(in.receivedOn.addDays(7 + bounded(40)));
        if (chance(30))
            in.notes = fill(pick(kGeneralSentences), stateName, in.institution, in.receivedOn.year());

        const int entries = m_entriesPerQuery >= 0 ? m_entriesPerQuery : bounded(4);
        for (int e = 0; e < entries; ++e) {
            NewEntry entry;
            const int kindIndex = bounded(5);
            static constexpr EntryKind kinds[] = { EntryKind::Note, EntryKind::Meeting, EntryKind::Call,
                EntryKind::EmailReceived, EntryKind::EmailSent };
            entry.kind = kinds[kindIndex];
            const QDate day = in.receivedOn.addDays(std::min<qint64>(age, 1 + e * 3 + bounded(5)));
            entry.occurredAtUtc = QDateTime(day, QTime(8 + bounded(9), 15 * bounded(4)), Qt::UTC);
            entry.summary = pick(kEntrySummaries[kindIndex]);
            entry.body = pick(kEntryBodies);
            record.entries.push_back(std::move(entry));
        }
        records.push_back(std::move(record));
    }
    return records;
}

Result<DemoDataSummary> DemoDataGenerator::populate(queries::QueryService& service, advisers::AdviserService& advisers,
    reference::ReferenceLookup& lookup, const DemoDataOptions& options)
{
    DemoDataSummary summary;
    for (const QString& name : adviserNames(std::clamp(options.advisers, 1, 6))) {
        Result<advisers::Adviser> existing = advisers.findByName(name);
        if (existing) {
            summary.adviserIds.push_back(existing->id);
            continue;
        }
        if (existing.code() != ErrorCode::NotFound)
            return existing.error();
        // The first one leads the Secretariat in the demo; the others are advisers.
        Result<advisers::Adviser> added
            = advisers.add(name, summary.adviserIds.empty() ? advisers::Role::Head : advisers::Role::Adviser);
        if (!added)
            return added.error();
        summary.adviserIds.push_back(added->id);
    }
    try {
        lookup.reload();
    } catch (const db::DbError& e) {
        return db::toError(e);
    }
    if (!service.caseRecord().actor())
        service.caseRecord().setActor(summary.adviserIds.front());

    DemoDataGenerator generator(lookup, service.today(), options);
    const int batchSize = std::max(1, options.batchSize);
    while (summary.queries < options.queries) {
        const int count = std::min(batchSize, options.queries - summary.queries);
        Result<std::vector<qint64>> ids
            = service.createMany(generator.next(count, summary.adviserIds), EntryKind::Created);
        if (!ids)
            return ids.error();
        summary.queries += count;
        if (options.progress && !options.progress(summary.queries, options.queries))
            break;
    }
    return summary;
}

Status DemoDataGenerator::populateReferrals(queries::QueryService& service, referrals::ReferralService& referrals)
{
    using namespace advicehub::referrals;
    const QDate today = service.today();
    struct Candidate {
        qint64 id;
        QDate received;
    };
    std::vector<Candidate> candidates;
    try {
        db::Statement s = service.caseRecord().connection().prepare(
            "SELECT id, received_on FROM queries WHERE merged_into_id IS NULL AND received_on <= ?1 AND id NOT IN "
            "(SELECT query_id FROM referrals) ORDER BY (route IN ('refer', 'both')) DESC, received_on DESC, id LIMIT "
            "3");
        s.bind(1, isoDate(today.addDays(-60)));
        while (s.step())
            candidates.push_back({ s.int64(0), parseIsoDate(s.text(1)) });
    } catch (const db::DbError& e) {
        return db::toError(e);
    }
    if (candidates.size() < 3)
        return {}; // too few old queries (a very small demo): no referrals
    const auto topPartner = [&](qint64 queryId) -> Result<qint64> {
        Result<std::vector<Suggestion>> ranked = referrals.suggest(queryId, 1);
        if (!ranked)
            return ranked.error();
        if (ranked->empty())
            return makeError(ErrorCode::NotFound);
        return ranked->front().partnerId;
    };
    const auto consent = [&](qint64 queryId, QDate on, qint64 partnerId, const QList<SharedField>& fields) -> Status {
        ConsentInput in;
        in.queryId = queryId;
        in.givenOn = on;
        in.form = ConsentForm::NoteVerbale;
        in.givenByName = tr("Permanent Mission (fictional)");
        in.givenByFunction = tr("First Secretary");
        in.partnerIds = { partnerId };
        in.fields = fields;
        Result<Consent> made = referrals.recordConsent(in);
        if (!made)
            return made.error();
        return {};
    };
    const auto move = [&](qint64 id, ReferralStatus to, QDate on, const QString& outcome = {}) -> Status {
        StatusChange change;
        change.to = to;
        change.on = on;
        change.outcome = outcome;
        Result<Referral> moved = referrals.changeStatus(id, change);
        if (!moved)
            return moved.error();
        return {};
    };
    const QList<SharedField> shared { SharedField::Subject, SharedField::RequestText, SharedField::Themes };

    // 1. Completed.
    {
        const Candidate& q = candidates[0];
        Result<qint64> partner = topPartner(q.id);
        if (!partner)
            return partner.error();
        const QDate start = q.received.addDays(2);
        if (Status s = consent(q.id, start, *partner, shared); !s)
            return s;
        ReferralInput in;
        in.queryId = q.id;
        in.partnerId = *partner;
        in.proposedOn = start;
        in.reason = tr("The partner runs training on safeguards in the first hours of police custody.");
        in.shared = shared;
        Result<Referral> r = referrals.propose(in);
        if (!r)
            return r.error();
        for (const auto& [to, days, outcome] : { std::tuple { ReferralStatus::ConsentObtained, 2, QString() },
                 std::tuple { ReferralStatus::Sent, 3, QString() },
                 std::tuple {
                     ReferralStatus::Accepted, 10, tr("The partner will send two trainers for a three-day workshop.") },
                 std::tuple { ReferralStatus::Completed, 40,
                     tr("Workshop held; the Ministry received the training materials.") } }) {
            if (Status s = move(r->id, to, q.received.addDays(days), outcome); !s)
                return s;
        }
    }
    // 2. Sent, awaiting a reply for more than 15 working days.
    {
        const Candidate& q = candidates[1];
        Result<qint64> partner = topPartner(q.id);
        if (!partner)
            return partner.error();
        const QList<SharedField> subjectOnly { SharedField::Subject, SharedField::Themes };
        if (Status s = consent(q.id, q.received.addDays(1), *partner, subjectOnly); !s)
            return s;
        ReferralInput in;
        in.queryId = q.id;
        in.partnerId = *partner;
        in.proposedOn = q.received.addDays(1);
        in.reason = tr("Comparative experience of national preventive mechanisms in the region.");
        in.shared = subjectOnly;
        Result<Referral> r = referrals.propose(in);
        if (!r)
            return r.error();
        // Sent 40 days before today at the latest: well past 15 working days.
        const QDate sent = std::min(q.received.addDays(3), today.addDays(-40));
        if (Status s = move(r->id, ReferralStatus::Sent, std::max(sent, in.proposedOn)); !s)
            return s;
    }
    // 3. Proposed, the consent missing; follow-up in a week.
    {
        const Candidate& q = candidates[2];
        Result<qint64> partner = topPartner(q.id);
        if (!partner)
            return partner.error();
        ReferralInput in;
        in.queryId = q.id;
        in.partnerId = *partner;
        in.proposedOn = today.addDays(-3);
        in.reason = tr("Legislative drafting support for the definition of torture.");
        in.shared = ReferralText::defaultSharedFields();
        in.followUpOn = today.addDays(7);
        Result<Referral> r = referrals.propose(in);
        if (!r)
            return r.error();
    }
    return {};
}

Status DemoDataGenerator::populateDrafts(
    queries::QueryService& service, drafts::DraftService& drafts, const std::vector<qint64>& adviserIds)
{
    using namespace advicehub::drafts;
    if (adviserIds.size() < 2)
        return {}; // four eyes need two advisers: no drafts
    const QDate today = service.today();
    struct Candidate {
        qint64 id;
        QDate received;
        QueryStatus status;
    };
    std::vector<Candidate> candidates;
    try {
        // Queries being worked on or answered, without referrals (which have their own story).
        db::Statement s = service.caseRecord().connection().prepare(
            "SELECT id, received_on, status FROM queries WHERE merged_into_id IS NULL AND received_on <= ?1 AND "
            "status IN ('in_progress', 'triaged', 'awaiting_requester') AND id NOT IN (SELECT query_id FROM "
            "referrals) AND id NOT IN (SELECT query_id FROM drafts) ORDER BY received_on DESC, id LIMIT 3");
        s.bind(1, isoDate(today.addDays(-20)));
        while (s.step())
            candidates.push_back({ s.int64(0), parseIsoDate(s.text(1)),
                queries::QueryText::status(s.text(2)).value_or(QueryStatus::Triaged) });
    } catch (const db::DbError& e) {
        return db::toError(e);
    }
    if (candidates.size() < 3)
        return {}; // a very small demo: no drafts
    casefile::CaseRecord& record = service.caseRecord();
    const std::optional<qint64> actor = record.actor();
    // The head clears; the others write. (A vault whose advisers were there before the demo may
    // give the first demo name another role: the head is looked up, not assumed.)
    std::optional<qint64> headId;
    std::vector<qint64> writers;
    try {
        db::Statement role
            = record.connection().prepare("SELECT role = 'head' AND active = 1 FROM advisers WHERE id = ?1");
        for (qint64 id : adviserIds) {
            role.bind(1, id);
            const bool isHead = role.step() && role.int64(0) != 0;
            role.reset();
            if (isHead && !headId)
                headId = id;
            else
                writers.push_back(id);
        }
    } catch (const db::DbError& e) {
        return db::toError(e);
    }
    if (!headId || writers.empty())
        return {}; // nobody to clear, or nobody else to write: no drafts
    const qint64 head = *headId;
    const qint64 writer = writers[0];
    const qint64 colleague = writers.size() > 1 ? writers[1] : writers[0];
    const auto run = [&]() -> Status {
        const auto letter = [](const QStringList& paragraphs) {
            QString html;
            for (const QString& p : paragraphs)
                html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
            return html;
        };
        const auto create
            = [&](qint64 queryId, const QString& title, DraftKind kind, const QString& html) -> Result<Draft> {
            DraftInput in;
            in.queryId = queryId;
            in.title = title;
            in.kind = kind;
            in.language = DraftLanguage::English;
            in.html = html;
            return drafts.create(in);
        };
        const QString greeting = tr("Excellency,");
        const QString closing = tr("The Secretariat of the Convention against Torture Initiative avails itself of this "
                                   "opportunity to renew the assurances of its highest consideration.");

        // 1. The sent answer: written by an adviser, changes requested, cleared by the head, sent.
        {
            const Candidate& q = candidates[0];
            record.setActor(writer);
            Result<Draft> d
                = create(q.id, tr("Answer on the steps towards ratification"), DraftKind::SubstantiveResponse,
                    letter({ greeting,
                        tr("Thank you for your letter on the steps towards ratification of the Convention. The "
                           "Secretariat has prepared an overview of the process."),
                        closing }));
            if (!d)
                return d.error();
            d = drafts.submit(d->id, {}, d->version);
            if (!d)
                return d.error();
            record.setActor(head);
            d = drafts.requestChanges(
                d->id, tr("Please cite the CTI ratification tool and the model legislation."), d->version);
            if (!d)
                return d.error();
            record.setActor(writer);
            d = drafts.save(d->id,
                letter({ greeting,
                    tr("Thank you for your letter on the steps towards ratification of the Convention. The "
                       "Secretariat has prepared an overview of the process, drawing on the CTI's ratification "
                       "tool and on the model legislation it recommends."),
                    tr("The Secretariat stands ready to organise a technical exchange with officials of a State that "
                       "completed the process recently."),
                    closing }),
                tr("Citations added as requested."), d->version);
            if (!d)
                return d.error();
            d = drafts.submit(d->id, {}, d->version);
            if (!d)
                return d.error();
            record.setActor(head);
            d = drafts.clear(d->id, tr("Good to go."), d->version);
            if (!d)
                return d.error();
            SendInput send;
            // Sent today, like every step of the demo (versions and steps are recorded now).
            send.on = today;
            db::Statement channel
                = record.connection().prepare("SELECT id FROM channels WHERE code = 'email' ORDER BY id LIMIT 1");
            if (!channel.step())
                return {}; // no e-mail channel in this vault's reference data: the answer stays cleared
            send.channelId = channel.int64(0);
            channel.reset();
            d = drafts.markSent(d->id, send, d->version);
            if (!d)
                return d.error();
            if (q.status == QueryStatus::InProgress) {
                if (Status moved = service.changeStatus(q.id, QueryStatus::ResponseSent); !moved)
                    return moved;
            }
        }
        // 2. Submitted, awaiting the head's clearance.
        {
            const Candidate& q = candidates[1];
            record.setActor(colleague);
            Result<Draft> d = create(q.id, tr("Holding reply"), DraftKind::HoldingReply,
                letter({ greeting,
                    tr("The Secretariat acknowledges receipt of your request and will reply in substance within "
                       "three weeks."),
                    closing }));
            if (!d)
                return d.error();
            d = drafts.submit(d->id, tr("Ready for clearance."), d->version);
            if (!d)
                return d.error();
        }
        // 3. Three versions, still a draft.
        {
            const Candidate& q = candidates[2];
            record.setActor(writer);
            const QStringList versions {
                tr("Outline: national preventive mechanism, designation options."),
                tr("The Secretariat outlines the options for designating a national preventive mechanism: a new "
                   "body or an existing ombudsperson institution."),
                tr("The Secretariat outlines the options for designating a national preventive mechanism: a new "
                   "body, or the existing ombudsperson institution with a dedicated unit and its own budget."),
            };
            Result<Draft> d = create(q.id, tr("Answer on the national preventive mechanism"),
                DraftKind::SubstantiveResponse, letter({ greeting, versions[0] }));
            if (!d)
                return d.error();
            for (int i = 1; i < versions.size(); ++i) {
                d = drafts.save(d->id, letter({ greeting, versions[i], closing }), {}, d->version);
                if (!d)
                    return d.error();
            }
        }
        return {};
    };
    const Status done = run();
    record.setActor(actor);
    return done;
}

} // namespace advicehub::demo
