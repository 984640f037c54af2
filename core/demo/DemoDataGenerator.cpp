#include "demo/DemoDataGenerator.h"

#include "common/IsoTime.h"
#include "db/Connection.h"
#include "drafts/DraftService.h"
#include "referrals/ReferralService.h"

#include "advisers/AdviserService.h"
#include "casefile/CaseRecord.h"
#include "db/DbError.h"
#include "db/Guard.h"
#include "db/Transaction.h"
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

// The kinds of institution (institution-type codes) that ask about a theme.
QList<QString> institutionTypesFor(const QString& theme)
{
    static const QHash<QString, QList<QString>> types {
        { u("ratification"),
            { u("ministry_foreign_affairs"), u("ministry_justice"), u("attorney_general"), u("mission_geneva"),
                u("mission_new_york") } },
        { u("reporting"), { u("ministry_foreign_affairs"), u("ministry_justice"), u("mission_geneva"), u("nhri") } },
        { u("legislative_review"), { u("ministry_justice"), u("attorney_general"), u("parliament") } },
        { u("drafting_law"), { u("ministry_justice"), u("attorney_general"), u("parliament") } },
        { u("definition_criminalisation"),
            { u("ministry_justice"), u("attorney_general"), u("prosecution"), u("parliament") } },
        { u("police_custody"), { u("police"), u("ministry_interior"), u("ombudsman") } },
        { u("non_coercive_interviewing"), { u("police"), u("ministry_interior"), u("prosecution") } },
        { u("prisons_detention"), { u("prison_service"), u("ministry_justice"), u("ministry_interior") } },
        { u("security_counterterrorism"), { u("ministry_interior"), u("ministry_justice"), u("attorney_general") } },
        { u("complaints_investigations"), { u("ministry_justice"), u("prosecution"), u("ombudsman"), u("nhri") } },
        { u("tainted_evidence"), { u("ministry_justice"), u("prosecution"), u("attorney_general") } },
        { u("juvenile_justice"), { u("ministry_justice"), u("parliament"), u("prison_service") } },
        { u("corruption"), { u("prison_service"), u("ministry_justice") } },
        { u("oversight_npm_nhri"), { u("nhri"), u("npm"), u("ombudsman"), u("ministry_justice") } },
        { u("redress_rehabilitation"), { u("ministry_justice"), u("nhri") } },
        { u("training"), { u("ministry_justice"), u("prison_service"), u("other") } },
        { u("public_awareness"), { u("ministry_justice"), u("nhri") } },
        { u("other"), { u("mission_geneva"), u("ministry_foreign_affairs") } },
    };
    return types.value(theme);
}

// One kind of request: its subject, the sentences that make its body (each about that subject
// only; the first names it) and the adviser's summary in brief. %1 the State, %2 the
// institution, %3 a year.
struct RequestTemplate {
    QString subject;
    QList<QString> sentences;
    QString summary;
};

struct ThemeText {
    QList<RequestTemplate> requests;
    QString aside; // one sentence a request of another main theme may add about this one
};

const QHash<QString, ThemeText>& themeTexts()
{
    static const QHash<QString, ThemeText> texts {
        { u("ratification"),
            { { { u("Steps towards accession to the Convention against Torture"),
                    { u("The Government of %1 is considering the steps towards accession to the Convention against "
                        "Torture and would like to understand what each step involves."),
                        u("%2 asks which ministries usually take part in the inter-ministerial consultation that "
                          "precedes accession, and in what order."),
                        u("Cabinet approved the principle of accession in %3, and the instrument is expected to go "
                          "before Parliament next year."),
                        u("We would appreciate a timetable that other small administrations have found realistic.") },
                    u("Accession to UNCAT: the steps, the ministries consulted and a realistic timetable.") },
                  { u("Questions on the instrument of ratification"),
                      { u("The instrument of ratification of the Convention has been drafted by %2, and some questions "
                          "remain before it is deposited."),
                          u("We would like to know how the instrument of ratification is deposited with the "
                            "Secretary-General in New York."),
                          u("We also ask whether declarations under articles 21 and 22 can be made at a later date "
                            "rather than with the instrument."),
                          u("The legal department would welcome a model instrument used by another State.") },
                      u("Depositing the instrument of ratification; declarations under articles 21 and 22.") },
                  { u("Reservations and declarations on ratification"),
                      { u("%2 asks whether reservations and declarations are advisable for the ratification of "
                          "the Convention by %1."),
                          u("Some ministries fear that article 20 inquiries would be intrusive and propose a "
                            "reservation."),
                          u("We would welcome an overview of the reservations other States made and later withdrew.") },
                      u("Whether to make reservations or declarations on ratification (article 20 in particular).") } },
                u("The Government is also weighing the timing of its ratification of the Convention.") } },
        { u("reporting"),
            { { { u("Initial report to the Committee against Torture"),
                    { u("The initial report of %1 to the Committee against Torture under article 19 is overdue, and "
                        "a drafting team has been set up."),
                        u("%2 asks how the drafting of an initial report is usually organised between ministries."),
                        u("We would welcome examples of initial reports that the Committee found well structured.") },
                    u("Drafting the overdue initial report to the Committee: organisation and examples.") },
                  { u("Simplified reporting procedure"),
                      { u("%2 would like to know whether the simplified reporting procedure suits %1's next periodic "
                          "report to the Committee."),
                          u("Under the simplified reporting procedure the replies to the list of issues become the "
                            "report, and we ask how long the preparation takes."),
                          u("Our last report was submitted in %3, and several recommendations remain open.") },
                      u("Whether to opt into the simplified reporting procedure for the next periodic report.") },
                  { u("Follow-up to the concluding observations"),
                      { u("The concluding observations adopted by the Committee on %1 ask for follow-up information "
                          "within one year."),
                          u("%2 has set up a working group to prepare the follow-up to the concluding observations and "
                            "asks how other States tracked their implementation."),
                          u("We would like to know whether a national mechanism for reporting and follow-up is "
                            "recommended.") },
                      u("Follow-up to the Committee's concluding observations within one year; tracking tools.") } },
                u("The same officials are also preparing the State's next report to the Committee against "
                  "Torture.") } },
        { u("legislative_review"),
            { { { u("Review of the draft anti-torture bill"),
                    { u("%2 has prepared a draft anti-torture bill and asks for a review of its compatibility with "
                        "the Convention."),
                        u("The draft bill was circulated for comment in %3, and Parliament could debate it this "
                          "year."),
                        u("We would welcome comments on the bill's provisions on jurisdiction and on the exclusion "
                          "of evidence."),
                        u("The drafting committee can share an English translation of the bill.") },
                    u("Review of the draft anti-torture bill against the Convention before the parliamentary "
                      "debate.") },
                  { u("Compatibility of the penal code with the Convention"),
                      { u("%2 has asked for an assessment of the compatibility of the penal code of %1 with the "
                          "Convention."),
                          u("The assessment should also cover the code of criminal procedure and the law on "
                            "detention."),
                          u("A comparative note on how other States amended their penal code after ratification would "
                            "be useful.") },
                      u("Gap analysis of the penal code, criminal procedure and detention law against the "
                        "Convention.") } },
                u("Any change would have to be reflected in a review of the existing legislation.") } },
        { u("drafting_law"),
            { { { u("Drafting a stand-alone law against torture"),
                    { u("The Government of %1 intends to adopt a stand-alone law against torture and asks for "
                        "model provisions for drafting it."),
                        u("%2 is leading the drafting, with a first version of the law expected by the end of %3."),
                        u("We would welcome examples of stand-alone laws that cover prevention, investigation and "
                          "redress together.") },
                    u("Model provisions for a stand-alone anti-torture law: prevention, investigation, redress.") },
                  { u("National action plan against torture"),
                      { u("%2 is preparing a national action plan against torture and would like to align it with "
                          "the UNCAT Implementation Tools."),
                          u("The action plan would run for five years and set indicators for each ministry."),
                          u("We ask how other States costed their national action plan and monitored it.") },
                      u("Structure, indicators and costing of a national action plan against torture.") } },
                u("A stand-alone law against torture is also being discussed.") } },
        { u("definition_criminalisation"),
            { { { u("Definition of torture in the criminal code"),
                    { u("The criminal code of %1 does not yet contain a definition of torture consistent with "
                        "article 1 of the Convention."),
                        u("%2 asks whether the definition of torture should be copied word for word or adapted to "
                          "the national criminal code."),
                        u("The question of a statute of limitations for torture was raised during the "
                          "parliamentary debate in %3.") },
                    u("Bringing the criminal code's definition of torture in line with article 1.") },
                  { u("Penalties for the crime of torture"),
                      { u("%2 asks what penalties for the crime of torture reflect its grave nature, as article 4 of "
                          "the Convention requires."),
                          u("The current penalties are the same as for common assault, and judges rarely use the "
                            "maximum."),
                          u("We would welcome a table of the penalties other States set for the crime of torture.") },
                      u("Appropriate penalties for the crime of torture under article 4; comparative table.") } },
                u("A related question is how torture is defined and criminalised in national law.") } },
        { u("police_custody"),
            { { { u("Safeguards in the first hours of police custody"),
                    { u("%2 is reviewing the safeguards in the first hours of police custody: access to a lawyer, "
                        "to a doctor and notification of a relative."),
                        u("The police leadership asks how the first hours of custody are supervised in practice by "
                          "station commanders."),
                        u("We would welcome the Initiative's tools on police custody and an example of a custody "
                          "officer's checklist.") },
                    u("Fundamental safeguards in the first hours of police custody; supervision and checklists.") },
                  { u("Custody registers and notification of relatives"),
                      { u("A pilot of electronic custody registers started in three police stations of %1 in %3."),
                          u("%2 asks what custody registers should record so that the notification of relatives can "
                            "be checked."),
                          u("The inspectorate found that relatives were often notified only after a day.") },
                      u("Content of custody registers; checking that relatives are notified promptly.") } },
                u("The safeguards of persons in police custody are part of the same reform.") } },
        { u("non_coercive_interviewing"),
            { { { u("Introducing non-coercive investigative interviewing"),
                    { u("The police academy of %1 is introducing non-coercive investigative interviewing, "
                        "following the Principles on Effective Interviewing."),
                        u("%2 asks how investigative interviewing was introduced elsewhere without lowering the "
                          "rate of cleared cases."),
                        u("We would also welcome examples of States that record interviews on video.") },
                    u("Introducing non-coercive investigative interviewing in police practice.") },
                  { u("Training on the Méndez Principles"),
                      { u("%2 plans a training on the Méndez Principles for senior detectives in %3."),
                          u("We ask for trainers who have taught the Méndez Principles to police services of a "
                            "similar size."),
                          u("The training would be followed by a pilot in two regional police commands.") },
                      u("Trainers and materials for a course on the Méndez Principles for detectives.") } },
                u("The police academy is also interested in non-coercive interviewing methods.") } },
        { u("prisons_detention"),
            { { { u("Prison overcrowding and alternatives to detention"),
                    { u("Prison overcrowding in %1 has reached twice the official capacity in remand facilities."),
                        u("%2 is looking for alternatives to detention, in particular for persons awaiting trial."),
                        u("We would welcome examples of bail reform and of community sentences that reduced "
                          "overcrowding.") },
                    u("Reducing prison overcrowding through alternatives to pre-trial detention.") },
                  { u("Conditions of detention in remand facilities"),
                      { u("%2 asks how the Nelson Mandela Rules on conditions of detention are reflected in national "
                          "prison regulations elsewhere."),
                          u("Health care in remand facilities is provided by the prison service rather than by the "
                            "ministry of health."),
                          u("A review of the conditions of detention is planned for %3.") },
                      u("Conditions of detention in remand facilities against the Nelson Mandela Rules.") } },
                u("Conditions in prisons and other places of detention are a further concern.") } },
        { u("security_counterterrorism"),
            { { { u("Counter-terrorism legislation and the absolute prohibition"),
                    { u("A draft counter-terrorism law in %1 would extend police custody to fourteen days without "
                        "judicial review."),
                        u("%2 asks how counter-terrorism legislation elsewhere keeps the absolute prohibition of "
                          "torture, also in a state of emergency."),
                        u("The draft counter-terrorism law is expected in Parliament within months.") },
                    u("Keeping the absolute prohibition in the draft counter-terrorism law.") },
                  { u("Administrative detention safeguards"),
                      { u("%2 asks which safeguards apply to administrative detention ordered for security reasons."),
                          u("Persons in administrative detention in %1 may be held for months without seeing a "
                            "judge."),
                          u("We would welcome examples of periodic judicial review of administrative detention.") },
                      u("Judicial review and other safeguards for administrative detention.") } },
                u("Recent security legislation raises similar questions.") } },
        { u("complaints_investigations"),
            { { { u("An independent mechanism for complaints of ill-treatment"),
                    { u("%2 is designing an independent mechanism to receive complaints of torture and "
                        "ill-treatment by officials."),
                        u("We ask how an independent complaints mechanism can be protected from the services it "
                          "oversees."),
                        u("The mechanism should start work in %3, with its own budget line.") },
                    u("Design of an independent mechanism for complaints of ill-treatment.") },
                  { u("Prompt and impartial investigations"),
                      { u("%2 asks how other States ensure prompt and impartial investigations of allegations of "
                          "torture under article 12."),
                          u("Investigations in %1 are currently carried out by the same police service as the "
                            "officers accused."),
                          u("We would welcome the Istanbul Protocol training materials for forensic doctors.") },
                      u("Prompt and impartial investigations under article 12; role of forensic doctors.") } },
                u("The way complaints are received and investigated is also under review.") } },
        { u("tainted_evidence"),
            { { { u("Exclusion of statements obtained under torture"),
                  { u("The courts of %1 have admitted statements whose voluntariness was disputed, and %2 wishes "
                      "to clarify the exclusion of statements obtained under torture."),
                      u("We ask who should bear the burden of proof when a defendant says a statement was obtained "
                        "under torture."),
                      u("A bench book for judges on the exclusionary rule of article 15 is being prepared.") },
                  u("Exclusion of statements obtained under torture (article 15); burden of proof.") } },
                u("Judges have also asked about the exclusion of evidence obtained under torture.") } },
        { u("juvenile_justice"),
            { { { u("Children in detention"),
                    { u("Children in detention in %1 are still held with adults in some police stations."),
                        u("%2 asks how the separation of children in detention from adults is organised "
                          "elsewhere."),
                        u("We would welcome the standards on visits to places where children are deprived of "
                          "liberty.") },
                    u("Separating children in detention from adults; monitoring standards.") },
                  { u("Juvenile justice reform"),
                      { u("A juvenile justice reform bill would raise the minimum age of criminal responsibility in "
                          "%1."),
                          u("%2 asks for examples of diversion programmes that accompanied a juvenile justice "
                            "reform."),
                          u("The reform bill was announced in %3.") },
                      u("Juvenile justice reform: minimum age of criminal responsibility and diversion.") } },
                u("The situation of children deprived of liberty deserves particular attention.") } },
        { u("corruption"),
            { { { u("Corruption and torture in places of detention"),
                  { u("Detainees in %1 reportedly pay officers for better conditions, and %2 is studying the link "
                      "between corruption and torture in places of detention."),
                      u("We ask how anti-corruption measures in prisons have supported torture prevention "
                        "elsewhere."),
                      u("An audit of prison procurement is planned for %3.") },
                  u("Corruption in places of detention and its link with ill-treatment.") } },
                u("Petty corruption in places of detention makes the problem worse.") } },
        { u("oversight_npm_nhri"),
            { { { u("Designation of a national preventive mechanism"),
                    { u("%1 is considering whether to designate its national human rights institution or a new "
                        "body as its national preventive mechanism."),
                        u("%2 asks what the designation of a national preventive mechanism requires in law and in "
                          "budget."),
                        u("We would welcome examples of preventive mechanisms designated by small States.") },
                    u("Options for designating a national preventive mechanism; legal basis and budget.") },
                  { u("Mandate of the national human rights institution"),
                      { u("%2 asks whether the mandate of the national human rights institution should include "
                          "unannounced visits to places of detention."),
                          u("The institution's mandate dates from %3 and does not mention places of detention."),
                          u("We ask how unannounced visits are organised and funded elsewhere.") },
                      u("Extending the national human rights institution's mandate to detention visits.") } },
                u("Independent oversight of places of detention is part of the discussion.") } },
        { u("redress_rehabilitation"),
            { { { u("Redress and rehabilitation for victims of torture"),
                  { u("%2 is preparing a programme of redress and rehabilitation for victims of torture under "
                      "article 14."),
                      u("We ask how rehabilitation services for victims of torture are funded and staffed in other "
                        "States."),
                      u("We would also welcome information about the UN Voluntary Fund for Victims of "
                        "Torture.") },
                  u("A redress and rehabilitation programme for victims (article 14); funding.") } },
                u("Victims' rights to redress and rehabilitation must also be addressed.") } },
        { u("training"),
            { { { u("Training for judges and prosecutors"),
                    { u("A training programme on the Convention for judges and prosecutors of %1 is planned for "
                        "%3."),
                        u("%2 asks for the Initiative's training materials for judges and prosecutors."),
                        u("We would welcome a trainer who has taught a similar course in the region.") },
                    u("Materials and a trainer for a course on the Convention for judges and prosecutors.") },
                  { u("Capacity building for prison staff"),
                      { u("%2 plans capacity building for prison staff on the use of force and on "
                          "de-escalation."),
                          u("We ask for curricula used to train prison staff in other States of the region."),
                          u("About two hundred staff would follow the course in %3.") },
                      u("Curricula for training prison staff on the use of force and de-escalation.") } },
                u("The officials concerned would need training on the new rules.") } },
        { u("public_awareness"),
            { { { u("Public awareness on the prohibition of torture"),
                  { u("The Government of %1 plans a public awareness campaign on the prohibition of torture "
                      "around 26 June, the International Day in Support of Victims of Torture."),
                      u("%2 asks which messages on the prohibition of torture reached the public best "
                        "elsewhere."),
                      u("We would welcome material that can be translated into local languages.") },
                  u("Messages and material for a public awareness campaign around 26 June.") } },
                u("Public awareness of the prohibition of torture remains low.") } },
        { u("other"),
            { { { u("Request for a meeting in Geneva"),
                    { u("A delegation of %1 would like a meeting with the Secretariat in Geneva during the next "
                        "session of the Human Rights Council."),
                        u("The delegation would like to use the meeting to present the Government's priorities for "
                          "the coming year."),
                        u("Please let us know which dates in Geneva would suit the Secretariat.") },
                    u("A meeting with the Secretariat in Geneva during the Human Rights Council session.") },
                  { u("General enquiry about the Initiative"),
                      { u("%2 has a general enquiry about how the Initiative works with States that are not yet "
                          "party to the Convention."),
                          u("We would like to know whether the Initiative's support is confidential and whether it "
                            "has a cost."),
                          u("A short presentation of the Initiative for our minister would be welcome.") },
                      u("How the Initiative works with non-party States; confidentiality and cost.") } },
                u("We would also welcome a general exchange with the Secretariat.") } },
    };
    return texts;
}

// Sentences any request may contain: the common vocabulary of the Secretariat's work. None names
// a subject, so any of them fits any request.
const QList<QString> kGeneralSentences {
    u("The Convention against Torture Initiative has been a valuable source of advice, and we are grateful for "
      "its continued support."),
    u("Any advice would be treated confidentially, in line with the Initiative's practice."),
    u("We would welcome examples of how other States approached this question."),
    u("Our officials would be available for a video call at the Secretariat's convenience."),
    u("We should be grateful for a reply before the next meeting of the inter-ministerial committee."),
    u("A short note summarising the relevant provisions of the Convention would be very helpful."),
    u("The question was raised during the universal periodic review of %1."),
    u("Our office has limited resources and would appreciate practical, step-by-step guidance."),
    u("This request follows our conversation at the regional seminar of %3."),
    u("Please let us know whether further information from our side would be useful."),
    u("Documents in English or French can be shared with the Secretariat."),
    u("The focal point named below will coordinate the replies of the ministries concerned."),
};

// What an adviser keeps in a query's notes.
const QList<QString> kAdviserNotes { u("The focal point prefers e-mail to calls."),
    u("The Permanent Mission in Geneva asked to be copied on the answer."),
    u("Check the answer given to a similar question from the same region last year."),
    u("The requester reads English but the answer should also be sent in French."),
    u("A partner organisation may be better placed for the practical part of this request.") };

// Rare sentences, each in about one request in 500: rare words for searches.
const QList<QString> kRareSentences {
    u("The smallest island of the archipelago has a single holding cell, which raises particular questions."),
    u("An ombudsperson for the armed forces was appointed last year."),
    u("A habeas corpus petition before the Supreme Court raised the issue directly."),
    u("The delegation referred to the customary tribunals that operate in rural districts."),
};

// Entries an adviser logs, by kind: a summary and a body that fit any query of the Secretariat.
const QList<QString> kEntrySummaries[] = {
    /* Note */ { u("Background note on the legal framework"), u("Internal note: points for the answer"),
        u("Note on the State's reporting history") },
    /* Meeting */ { u("Meeting with the Permanent Mission in Geneva"), u("Meeting with the requesting officials") },
    /* Call */ { u("Call with the focal point"), u("Video call with the drafting team") },
    /* EmailReceived */ { u("Additional documents received"), u("Reply from the requesting office") },
    /* EmailSent */ { u("Questions sent to the focal point"), u("Examples sent from two States of the region") },
};
const QList<QString> kEntryBodies { u("Discussed the timetable and the next steps; the office will send its draft."),
    u("Agreed to share the relevant CTI tools and examples from two States of the region."),
    u("The requester asked for the answer in French; a translation will be arranged."),
    u("Clarified the scope of the question and who in the Government will receive the answer."),
    u("Listed the provisions of the Convention the answer should cover.") };

// A sentence with its placeholders filled: %1 the State, %2 the institution, %3 a year.
QString fill(const QString& sentence, const QString& stateName, const QString& institution, int year)
{
    QString text = sentence;
    text.replace(QLatin1String("%1"), stateName);
    text.replace(QLatin1String("%2"), QStringLiteral("the ") + institution);
    text.replace(QLatin1String("%3"), QString::number(year));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
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

DemoDataGenerator::Request DemoDataGenerator::request(
    const QString& stateName, const QString& institution, const QList<QString>& themeCodes, int year)
{
    const auto filled = [&](const QString& sentence) { return fill(sentence, stateName, institution, year); };
    // The main theme decides the kind of request: its subject, its sentences and its summary.
    const QList<RequestTemplate> templates = themeCodes.isEmpty() ? themeTexts().value(u("other")).requests
                                                                  : themeTexts().value(themeCodes.first()).requests;
    const RequestTemplate& chosen = pick(templates);
    Request result;
    result.subject = chosen.subject;
    result.summary = filled(chosen.summary);

    QString text = tr("Dear colleagues of the CTI Secretariat,") + QStringLiteral("\n\n");
    QStringList first { filled(u("On behalf of the Government of %1, %2 writes to request the technical advice of "
                                 "the Convention against Torture Initiative.")) };
    for (const QString& sentence : chosen.sentences)
        first << filled(sentence);
    text += first.join(QLatin1Char(' '));

    // Then a word on the other themes, and sentences of the Secretariat's common vocabulary, each
    // at most once, up to about a kilobyte.
    QStringList second;
    for (int i = 1; i < themeCodes.size(); ++i) {
        const QString aside = themeTexts().value(themeCodes.at(i)).aside;
        if (!aside.isEmpty())
            second << filled(aside);
    }
    // A rare sentence in about one request in 125 (each of the four in one in 500).
    if (bounded(1000) < 8)
        second << filled(pick(kRareSentences));
    const int target = 850 + bounded(350);
    QList<QString> general = kGeneralSentences;
    qsizetype length = text.size() + second.join(QLatin1Char(' ')).size();
    while (length < target && !general.isEmpty()) {
        const QString sentence = filled(general.takeAt(bounded(static_cast<int>(general.size()))));
        second << sentence;
        length += sentence.size() + 1;
    }
    if (!second.isEmpty())
        text += QStringLiteral("\n\n") + second.join(QLatin1Char(' '));
    text += QStringLiteral("\n\n") + tr("With our thanks and best regards.");
    result.text = text;
    return result;
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
        // An institution that would ask about the main theme.
        QList<const reference::NamedItem*> likely;
        for (const QString& code : institutionTypesFor(chosen.value(0, u("other")))) {
            for (const reference::NamedItem* candidate : institutionTypes) {
                if (candidate->code == code)
                    likely << candidate;
            }
        }
        const reference::NamedItem* type = !likely.isEmpty() ? pick(likely)
            : institutionTypes.isEmpty()                     ? nullptr
                                                             : pick(institutionTypes);
        if (type && chance(90))
            in.institutionTypeId = type->id;
        const QList<QString> names = type ? institutions().value(type->code) : QList<QString>();
        in.institution = names.isEmpty() ? u("Ministry of Justice") : pick(names);
        const Request asked = request(stateName, in.institution, chosen, in.receivedOn.year());
        in.subject = asked.subject;
        if (chance(30) && !stateName.isEmpty())
            in.subject += u(" (") + stateName + u(")");
        in.requestText = asked.text;

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
            in.notes = pick(kAdviserNotes);
        // The request in brief, as the adviser wrote it at triage.
        if (status != QueryStatus::New)
            in.summary = asked.summary;

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

// Takes one generated query through its lifecycle with the services, the clock set to each
// step's time (DemoDataGenerator::populateWithHistories).
class DemoDataGenerator::History {
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
public:
    History(DemoDataGenerator& generator, QueryService& service, referrals::ReferralService& referrals,
        DemoClock& clock, const std::vector<qint64>& adviserIds)
        : m_generator(generator),
          m_service(service),
          m_referrals(referrals),
          m_clock(clock),
          m_adviserIds(adviserIds),
          m_now(clock.nowUtc())
    { }

    Status write(const QueryService::Record& record)
    {
        using queries::Query;
        const QueryInput& wanted = record.input;
        const QueryStatus target = record.status.value_or(QueryStatus::New);
        const qint64 age = wanted.receivedOn.daysTo(m_now.date());
        const qint64 head = m_adviserIds.front();
        const qint64 owner = wanted.assignedAdviserId.value_or(head);
        casefile::CaseRecord& caseRecord = m_service.caseRecord();

        // Registered on the day it was received, by whoever was on duty.
        m_cursor = std::min(QDateTime(wanted.receivedOn, QTime(7, 30), Qt::UTC), m_now);
        at(wanted.receivedOn, false);
        caseRecord.setActor(m_adviserIds.at(static_cast<std::size_t>(bounded(static_cast<int>(m_adviserIds.size())))));
        QueryInput input = wanted;
        input.route.reset();
        input.assignedAdviserId.reset();
        Result<Query> created = m_service.create(input);
        if (!created)
            return created.error();
        m_id = created->id;
        if (chance(75)) {
            later(0, 1);
            if (Status s = entry(EntryKind::EmailSent, tr("Acknowledgement of receipt sent"),
                    tr("The requester was told that the Secretariat would reply by %1.")
                        .arg(created->dueOn.toString(Qt::ISODate)));
                !s)
                return s;
        }
        if (target == QueryStatus::New) {
            if (chance(30)) {
                later(0, 2);
                return entry(EntryKind::EmailReceived, tr("Additional documents received"),
                    tr("The requester sent the texts referred to in the request."));
            }
            return {};
        }

        // Triaged by the head of the Secretariat a few days later.
        caseRecord.setActor(head);
        later(1, 4);
        QueryService::Triage triage;
        triage.priority = wanted.priority;
        triage.adviserId = owner;
        triage.route = wanted.route.value_or(Route::InHouse);
        if (target == QueryStatus::Declined)
            triage.route = Route::OutOfScope;
        if (target == QueryStatus::Referred && !QueryService::routeRefers(triage.route))
            triage.route = Route::Refer;
        triage.note = triageNote(triage.route);
        std::optional<qint64> partner;
        if (QueryService::routeRefers(triage.route))
            partner = partnerFor();
        // Most open queries routed to a partner too get the referral proposed at triage (the
        // consent still to ask) while the Secretariat works on its part.
        const bool open = target == QueryStatus::Triaged || target == QueryStatus::InProgress
            || target == QueryStatus::AwaitingRequester;
        if (open && partner && chance(70))
            triage.partnerId = partner;
        if (Status s = m_service.triage(m_id, triage); !s)
            return s;
        caseRecord.setActor(owner);

        switch (target) {
        case QueryStatus::Triaged:
            return {};
        case QueryStatus::Declined:
            later(0, 3);
            if (Status s = move(QueryStatus::Declined,
                    tr("The request is outside the Initiative's mandate; the requester was referred to the "
                       "competent United Nations office."));
                !s)
                return s;
            later(0, 1);
            return entry(EntryKind::EmailSent, tr("Reply sent: outside the Initiative's mandate"),
                tr("The reply explained the Initiative's mandate and named the competent office."));
        case QueryStatus::Referred:
            if (partner)
                return refer(*partner, age);
            break; // no partner in the directory: worked on in-house
        default:
            break;
        }

        later(1, 4);
        if (Status s = move(QueryStatus::InProgress); !s)
            return s;
        if (target == QueryStatus::InProgress || target == QueryStatus::Referred) {
            // Still being worked on (overdue when old).
            return work(bounded(4), 3, 12);
        }
        if (target == QueryStatus::AwaitingRequester) {
            if (Status s = work(bounded(3), 2, 8); !s)
                return s;
            later(1, 5);
            if (Status s = entry(EntryKind::EmailSent, tr("Questions sent to the focal point"),
                    tr("The Secretariat asked for the current text of the law before answering."));
                !s)
                return s;
            return move(QueryStatus::AwaitingRequester);
        }

        // Answered: before the due date for most, late for some.
        const Result<Query> current = m_service.get(m_id);
        if (!current)
            return current.error();
        QDate answer = chance(85) ? current->dueOn.addDays(-1 - bounded(6)) : current->dueOn.addDays(3 + bounded(18));
        const int steps = 1 + bounded(3);
        const qint64 span = std::max<qint64>(steps + 1, m_cursor.date().daysTo(answer));
        for (int i = 1; i <= steps; ++i) {
            at(m_cursor.date().addDays(span / (steps + 1)));
            if (Status s = workEntry(); !s)
                return s;
        }
        at(std::max(answer, m_cursor.date()));
        if (Status s = entry(EntryKind::EmailSent, tr("Answer sent"),
                tr("The signed answer was sent by e-mail to the focal point, with the tools it cites."));
            !s)
            return s;
        if (Status s = move(
                QueryStatus::ResponseSent, tr("Answer sent by e-mail as a signed letter prepared outside Advice Hub."));
            !s)
            return s;
        if (target == QueryStatus::ResponseSent)
            return {};
        later(5, 30);
        if (Status s = move(QueryStatus::Closed); !s)
            return s;
        if (target == QueryStatus::Closed)
            return {};
        later(10, 60);
        if (Status s = entry(EntryKind::EmailReceived, tr("Follow-up question received"),
                tr("The requester asked how the advice applies to a new draft."));
            !s)
            return s;
        return move(QueryStatus::Reopened, tr("The requester asked a follow-up question on the same matter."));
    }

private:
    int bounded(int n) { return m_generator.bounded(n); }
    bool chance(int percent) { return m_generator.chance(percent); }

    // Sets the clock to a working hour of `day` (the next Monday for a weekend when `workingDay`),
    // never before the previous step, never after now.
    void at(QDate day, bool workingDay = true)
    {
        while (workingDay && day.dayOfWeek() > 5)
            day = day.addDays(1);
        QDateTime time(day, QTime(8 + bounded(9), bounded(60)), Qt::UTC);
        if (time <= m_cursor)
            time = m_cursor.addSecs(60 * (1 + bounded(45)));
        m_cursor = std::min(time, m_now);
        m_clock.set(m_cursor);
    }
    void later(int minDays, int maxDays) { at(m_cursor.date().addDays(minDays + bounded(maxDays - minDays + 1))); }

    Status entry(EntryKind kind, const QString& summary, const QString& body)
    {
        NewEntry logged;
        logged.kind = kind;
        logged.summary = summary;
        logged.body = body;
        const Result<queries::TimelineEntry> added = m_service.addEntry(m_id, logged);
        if (!added)
            return added.error();
        return {};
    }
    Status workEntry()
    {
        static constexpr EntryKind kinds[]
            = { EntryKind::Note, EntryKind::Meeting, EntryKind::Call, EntryKind::EmailReceived, EntryKind::EmailSent };
        const int kind = bounded(5);
        return entry(kinds[kind], pick(kEntrySummaries[kind]), pick(kEntryBodies));
    }
    // `count` entries of work, each `minDays` to `maxDays` after the one before.
    Status work(int count, int minDays, int maxDays)
    {
        for (int i = 0; i < count; ++i) {
            later(minDays, maxDays);
            if (Status s = workEntry(); !s)
                return s;
        }
        return {};
    }
    Status move(QueryStatus to, const QString& reason = {}) { return m_service.changeStatus(m_id, to, reason); }
    const QString& pick(const QList<QString>& items) { return m_generator.pick(items); }

    QString triageNote(Route route)
    {
        switch (route) {
        case Route::InHouse:
            return chance(50) ? tr("The Secretariat can answer from its own tools and earlier answers.") : QString();
        case Route::Refer:
            return tr("A partner is better placed for the practical support asked for.");
        case Route::Both:
            return tr("Legal advice from the Secretariat; practical support from a partner.");
        case Route::OutOfScope:
            return tr("Outside the Initiative's mandate.");
        }
        return {};
    }

    // The partner the suggestions rank first, else the first active partner of the directory.
    std::optional<qint64> partnerFor()
    {
        if (Result<std::vector<referrals::Suggestion>> ranked = m_referrals.suggest(m_id, 1);
            ranked && !ranked->empty())
            return ranked->front().partnerId;
        db::Statement first = m_service.caseRecord().connection().prepare(
            "SELECT id FROM partners WHERE active = 1 ORDER BY id LIMIT 1");
        if (first.step())
            return first.int64(0);
        return std::nullopt;
    }

    // Consent, a referral sent to the partner and the query referred; older ones accepted and
    // completed by the partner.
    Status refer(qint64 partnerId, qint64 age)
    {
        using namespace advicehub::referrals;
        const QList<SharedField> shared { SharedField::Subject, SharedField::RequestText, SharedField::Themes };
        later(1, 3);
        ConsentInput consent;
        consent.queryId = m_id;
        consent.givenOn = m_cursor.date();
        consent.form = chance(50) ? ConsentForm::NoteVerbale : ConsentForm::Email;
        consent.givenByName = tr("Permanent Mission (fictional)");
        consent.givenByFunction = tr("First Secretary");
        consent.partnerIds = { partnerId };
        consent.fields = shared;
        if (Result<Consent> made = m_referrals.recordConsent(consent); !made)
            return made.error();
        ReferralInput input;
        input.queryId = m_id;
        input.partnerId = partnerId;
        input.reason = tr("The partner has practical experience of this question and can provide an expert.");
        input.shared = shared;
        Result<Referral> referral = m_referrals.propose(input);
        if (!referral)
            return referral.error();
        const auto step = [&](ReferralStatus to, const QString& outcome = {}) -> Status {
            StatusChange change;
            change.to = to;
            change.outcome = outcome;
            Result<Referral> moved = m_referrals.changeStatus(referral->id, change);
            if (!moved)
                return moved.error();
            return {};
        };
        later(0, 1);
        if (Status s = step(ReferralStatus::ConsentObtained); !s)
            return s;
        later(1, 3);
        if (Status s = step(ReferralStatus::Sent); !s)
            return s;
        if (Status s = move(QueryStatus::Referred); !s)
            return s;
        if (age > 90 && chance(70)) {
            later(5, 12);
            if (Status s = step(ReferralStatus::Accepted, tr("The partner agreed to provide an expert.")); !s)
                return s;
            if (chance(70)) {
                later(20, 45);
                return step(ReferralStatus::Completed,
                    tr("The partner's expert gave the advice; the requester "
                       "thanked the Secretariat and the partner."));
            }
        } else if (age > 30 && chance(40)) {
            later(5, 12);
            return step(ReferralStatus::Accepted, tr("The partner agreed to provide an expert."));
        }
        return {};
    }

    DemoDataGenerator& m_generator;
    QueryService& m_service;
    referrals::ReferralService& m_referrals;
    DemoClock& m_clock;
    const std::vector<qint64>& m_adviserIds;
    const QDateTime m_now;
    QDateTime m_cursor;
    qint64 m_id = 0;
};

namespace {

// Creates (or finds) the fictional advisers; the first leads the Secretariat.
Status addAdvisers(advisers::AdviserService& advisers, reference::ReferenceLookup& lookup,
    const DemoDataOptions& options, DemoDataSummary& summary)
{
    for (const QString& name : DemoDataGenerator::adviserNames(std::clamp(options.advisers, 1, 6))) {
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
    return {};
}

} // namespace

Result<DemoDataSummary> DemoDataGenerator::populateWithHistories(queries::QueryService& service,
    advisers::AdviserService& advisers, reference::ReferenceLookup& lookup, referrals::ReferralService& referrals,
    DemoClock& clock, const DemoDataOptions& options)
{
    DemoDataSummary summary;
    if (Status added = addAdvisers(advisers, lookup, options, summary); !added)
        return added.error();
    casefile::CaseRecord& record = service.caseRecord();
    const std::optional<qint64> actor = record.actor();
    const QDateTime now = clock.nowUtc();
    DemoDataGenerator generator(lookup, service.today(), options);
    History history(generator, service, referrals, clock, summary.adviserIds);
    std::vector<QueryService::Record> records = generator.next(options.queries, summary.adviserIds);
    // The latest arrivals wait for triage: the inbox a new user sees first is never empty.
    for (std::size_t i = records.size() > 3 ? records.size() - 3 : 0; i < records.size(); ++i) {
        if (records[i].input.receivedOn.daysTo(now.date()) <= 30) {
            records[i].status = QueryStatus::New;
            records[i].input.summary.clear();
        }
    }
    Status written;
    for (const QueryService::Record& one : records) {
        // Each query's history whole or not at all.
        written = db::guard([&]() -> Status {
            db::Transaction transaction(record.connection());
            if (Status s = history.write(one); !s)
                return s;
            transaction.commit();
            return {};
        });
        if (!written)
            break;
        ++summary.queries;
        if (options.progress && !options.progress(summary.queries, options.queries))
            break;
    }
    clock.set(now);
    record.setActor(actor ? actor : std::optional<qint64>(summary.adviserIds.front()));
    if (!written)
        return written.error();
    return summary;
}

Result<DemoDataSummary> DemoDataGenerator::populate(queries::QueryService& service, advisers::AdviserService& advisers,
    reference::ReferenceLookup& lookup, const DemoDataOptions& options)
{
    DemoDataSummary summary;
    if (Status added = addAdvisers(advisers, lookup, options, summary); !added)
        return added.error();
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
