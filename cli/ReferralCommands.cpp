#include "ReferralCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "PartnerCommands.h"
#include "common/IsoTime.h"
#include "partners/PartnerService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <optional>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace referral_commands {
namespace {

using namespace advicehub::referrals;
using partners::Partner;
using queries::Query;
using queries::QueryStatus;
using queries::QueryText;

// ---- Codes

template <typename Enum> QString codeList(const std::vector<Enum>& values)
{
    QStringList list;
    for (Enum value : values)
        list << ReferralText::code(value);
    return list.join(QStringLiteral(", "));
}

QString statusCodes()
{
    return codeList(ReferralText::allStatuses());
}

QString fieldCodes()
{
    return codeList(ReferralText::allSharedFields());
}

QString formCodes()
{
    return codeList(ReferralText::allConsentForms());
}

QString fieldCodes(const QList<SharedField>& fields)
{
    QStringList list;
    for (SharedField field : fields)
        list << ReferralText::code(field);
    return list.join(QLatin1Char(','));
}

QString fieldLabels(const QList<SharedField>& fields)
{
    QStringList list;
    for (SharedField field : fields)
        list << ReferralText::label(field);
    return list.join(QStringLiteral(", "));
}

QString statusLabel(ReferralStatus status)
{
    return QStringLiteral("%1 (%2)").arg(ReferralText::label(status), ReferralText::code(status));
}

// FIELD,… as typed (the option splits at commas); each unknown one is a problem naming the codes.
QList<SharedField> parseFields(const std::vector<std::string>& texts, const char* option, QStringList* problems)
{
    QList<SharedField> fields;
    for (const std::string& text : texts) {
        if (q(text).trimmed().isEmpty())
            continue;
        const std::optional<SharedField> field = ReferralText::sharedField(normalizedCode(text));
        if (!field)
            *problems << QStringLiteral("%1: unknown field %2 (%3)")
                             .arg(QLatin1String(option), quoted(q(text)), fieldCodes());
        else if (!fields.contains(*field))
            fields << *field;
    }
    return fields;
}

int optionalDate(CliContext& ctx, const std::string& text, const char* option, std::optional<QDate>* out)
{
    if (text.empty())
        return Ok;
    *out = parseDate(text);
    if (!*out)
        return ctx.fail(InvalidInput,
            QStringLiteral("%1 expects a date like 2026-03-14, not %2").arg(QLatin1String(option), quoted(q(text))));
    return Ok;
}

int findReferral(CliContext& ctx, Session& session, const std::string& text, Referral* referral)
{
    const std::optional<qint64> id = parseListedNumber(text);
    if (!id)
        return ctx.fail(InvalidInput,
            QStringLiteral("%1 is not a referral number (`referral list` prints them as #N)").arg(quoted(q(text))));
    Result<Referral> found = session.referrals().get(*id);
    if (!found) {
        if (found.code() == ErrorCode::NotFound)
            return ctx.fail(
                InvalidInput, QStringLiteral("there is no referral #%1 (`referral list` lists them)").arg(*id));
        return ctx.fail(found.error());
    }
    *referral = std::move(found).value();
    return Ok;
}

// The contact of a partner named on the command line: by name (case ignored) or by its #N from
// `partner show`. The value is never repeated in a message: contacts are personal data.
int findContact(CliContext& ctx, const Partner& partner, const std::string& text, std::optional<qint64>* contactId)
{
    const QString wanted = q(text).simplified();
    if (wanted.isEmpty()) {
        contactId->reset();
        return Ok;
    }
    const std::optional<qint64> number = parseListedNumber(text);
    for (const partners::PartnerContact& contact : partner.fields.contacts) {
        if (contact.name.compare(wanted, Qt::CaseInsensitive) == 0 || (number && contact.id == *number)) {
            *contactId = contact.id;
            return Ok;
        }
    }
    const QString who = partner.fields.acronym.isEmpty() ? partner.fields.name : partner.fields.acronym;
    return ctx.fail(InvalidInput,
        QStringLiteral("--contact: %1 has no such contact (`partner show %2` lists its contacts with their #N)")
            .arg(who, QString::number(partner.id)));
}

QString partnerShort(const Referral& referral)
{
    return referral.partnerName;
}

// How the consent rule stands, in a word or two, for the list.
QString consentColumn(const Referral& referral)
{
    switch (referral.consentState) {
    case ConsentState::Covered:
        return referral.consentId ? QStringLiteral("#%1").arg(*referral.consentId) : QStringLiteral("covered");
    case ConsentState::Overridden:
        return QStringLiteral("OVERRIDDEN");
    case ConsentState::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString followUpColumn(const Referral& referral, QDate today)
{
    if (!referral.followUpOn)
        return QString();
    const bool due = ReferralText::isOpen(referral.status) && *referral.followUpOn <= today;
    // "!" marks a follow-up that is due, as the list of queries marks an overdue one.
    return isoDate(*referral.followUpOn) + (due ? QStringLiteral("!") : QString());
}

void printIndented(CliContext& ctx, const QString& text)
{
    QString trimmed = text;
    while (trimmed.endsWith(QLatin1Char('\n')))
        trimmed.chop(1);
    for (const QString& line : trimmed.split(QLatin1Char('\n')))
        ctx.out << "    " << line << '\n';
}

// ---- list

struct ListOptions {
    std::string reference;
    bool followUp = false;
    int noReplyDays = ReferralLimits::DefaultNoReplyWorkingDays;
    std::string partner;
    bool open = false;
};

void printHeader(CliContext& ctx, const QString& fifth)
{
    ctx.out << tableLine({ { QStringLiteral("ID"), 5 }, { QStringLiteral("QUERY"), 12 },
        { QStringLiteral("STATUS"), 16 }, { QStringLiteral("PROPOSED"), 10 }, { fifth, 20 },
        { QStringLiteral("CONSENT"), 10 }, { QStringLiteral("PARTNER") } })
            << '\n';
}

void printRow(CliContext& ctx, const Referral& referral, const QString& fifth)
{
    ctx.out << tableLine({ { QStringLiteral("#%1").arg(referral.id), 5 }, { referral.queryReference, 12 },
        { ReferralText::code(referral.status), 16 }, { isoDate(referral.proposedOn), 10 }, { fifth, 20 },
        { consentColumn(referral), 10 }, { partnerShort(referral) } })
            << '\n';
}

int runList(CliContext& ctx, const ListOptions& o)
{
    if (o.noReplyDays < 1 || o.noReplyDays > 365)
        return ctx.fail(InvalidInput, QStringLiteral("--no-reply-days must be between 1 and 365"));
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    std::optional<qint64> queryId;
    if (!o.reference.empty()) {
        queries::QueryService::Resolved resolved;
        if (const int code = resolveReference(ctx, session, o.reference, &resolved); code != Ok)
            return code;
        queryId = resolved.query.id;
    }
    std::optional<Partner> partner;
    if (!o.partner.empty()) {
        Partner found;
        if (const int code = findPartner(ctx, session, o.partner, &found); code != Ok)
            return code;
        partner = found;
    }
    const auto wanted = [&](const Referral& referral) {
        return (!queryId || referral.queryId == *queryId) && (!partner || referral.partnerId == partner->id)
            && (!o.open || ReferralText::isOpen(referral.status));
    };
    const QDate today = session.queries().today();

    if (o.followUp) {
        std::vector<FollowUp> due = session.referrals().followUps(o.noReplyDays);
        printHeader(ctx, QStringLiteral("FOLLOW UP"));
        int shown = 0;
        for (const FollowUp& item : due) {
            if (!wanted(item.referral))
                continue;
            ++shown;
            const QString why = item.why == FollowUp::Why::FollowUpDue
                ? QStringLiteral("due %1 (+%2 d)")
                      .arg(isoDate(item.referral.followUpOn.value_or(QDate())))
                      .arg(item.daysOverdue)
                : QStringLiteral("no reply, %1 wd").arg(item.daysOverdue);
            printRow(ctx, item.referral, why);
        }
        ctx.out.flush();
        if (shown == 0)
            ctx.err << "No referral to follow up." << Qt::endl;
        else
            ctx.err << QStringLiteral("%1 referral(s) to follow up: follow-up date passed (days late), or sent without "
                                      "a reply after %2 working days.")
                           .arg(shown)
                           .arg(o.noReplyDays)
                    << Qt::endl;
        return Ok;
    }

    std::vector<Referral> referrals;
    if (queryId) {
        referrals = session.referrals().referralsOf(*queryId);
    } else if (partner) {
        referrals = session.referrals().referralsTo(partner->id);
    } else {
        referrals = session.referrals().allReferrals();
    }
    std::erase_if(referrals, [&wanted](const Referral& referral) { return !wanted(referral); });
    std::stable_sort(referrals.begin(), referrals.end(), [](const Referral& a, const Referral& b) {
        return a.proposedOn != b.proposedOn ? a.proposedOn > b.proposedOn : a.id > b.id; // newest first
    });
    printHeader(ctx, QStringLiteral("FOLLOW-UP"));
    for (const Referral& referral : referrals)
        printRow(ctx, referral, followUpColumn(referral, today));
    ctx.out.flush();
    if (referrals.empty())
        ctx.err << "No referral matches." << Qt::endl;
    return Ok;
}

// ---- show

int runShow(CliContext& ctx, const std::string& text)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    Referral r;
    if (const int code = findReferral(ctx, session, text, &r); code != Ok)
        return code;
    const auto line = [&ctx](const char* label, const QString& value) {
        ctx.out << QStringLiteral("%1 ").arg(QLatin1String(label), -18) << value << '\n';
    };
    const auto date = [](const std::optional<QDate>& day) { return day ? isoDate(*day) : QString(); };
    ctx.out << QStringLiteral("Referral #%1  %2 \u2192 %3").arg(r.id).arg(r.queryReference, r.partnerName) << '\n';
    line("status:", statusLabel(r.status));
    line("proposed:", isoDate(r.proposedOn));
    line("sent:", date(r.sentOn));
    line("closed:", date(r.closedOn));
    line("follow-up:", followUpColumn(r, session.queries().today()));
    line("contact:", r.contactName);
    line("shares:", QStringLiteral("%1 (%2)").arg(fieldLabels(r.shared), fieldCodes(r.shared)));
    QString consent;
    switch (r.consentState) {
    case ConsentState::Covered:
        consent = r.consentId ? QStringLiteral("covered by consent #%1").arg(*r.consentId) : QStringLiteral("covered");
        break;
    case ConsentState::Overridden:
        consent = QStringLiteral("OVERRIDDEN: sent without consent on the justification of %1").arg(r.overrideByName);
        break;
    case ConsentState::Missing:
        consent = QStringLiteral("missing: no recorded consent covers this partner and every shared field");
        break;
    }
    // Before sending, the consent that would cover it now.
    if (r.status == ReferralStatus::Proposed || r.status == ReferralStatus::ConsentObtained) {
        if (const std::optional<Consent> covering = session.referrals().coveringConsent(r.id))
            consent = QStringLiteral("covered by consent #%1 (%2, %3)")
                          .arg(covering->id)
                          .arg(ReferralText::label(covering->fields.form), isoDate(covering->fields.givenOn));
    }
    line("consent:", consent);
    QStringList next;
    for (ReferralStatus to : session.referrals().allowedTransitions(r.id))
        next << ReferralText::code(to);
    line("can become:", next.isEmpty() ? QStringLiteral("nothing (closed)") : next.join(QStringLiteral(", ")));
    if (next.contains(ReferralText::code(ReferralStatus::Sent))) {
        const Status sendable = session.referrals().canChangeStatus(r.id, ReferralStatus::Sent);
        line("sending:", sendable ? QStringLiteral("allowed") : sendable.error().message);
    }
    ctx.out << "\nReason:\n";
    printIndented(ctx, r.reason);
    if (r.consentState == ConsentState::Overridden) {
        ctx.out << "\nOverride justification (" << r.overrideByName << "):\n";
        printIndented(ctx, r.overrideJustification);
    }
    if (!r.statusReason.isEmpty()) {
        ctx.out << '\n' << ReferralText::label(r.status) << ":\n";
        printIndented(ctx, r.statusReason);
    }
    if (!r.outcome.isEmpty()) {
        ctx.out << "\nOutcome:\n";
        printIndented(ctx, r.outcome);
    }
    ctx.out.flush();
    return Ok;
}

// ---- add, edit

struct ReferralOptions {
    std::string reference; // add: the query; edit: the referral's number
    std::string partner;
    std::vector<std::string> share;
    TextOption reason;
    std::optional<std::string> contact;
    std::optional<std::string> followUp;
    std::string proposed;
};

// The consent command that would cover `referral`, to say what comes next.
QString consentHint(CliContext& ctx, const Referral& referral, const QString& partner)
{
    return QStringLiteral("advicehub-cli --vault %1 referral consent %2 --partner %3 --fields %4 --form FORM "
                          "--given-by-file FILE")
        .arg(ctx.vaultPath, referral.queryReference, partner, fieldCodes(referral.shared));
}

int runAdd(CliContext& ctx, const ReferralOptions& o, const std::string& as)
{
    if (!o.reason.text && !o.reason.file)
        return ctx.fail(Usage, QStringLiteral("referral add: --reason or --reason-file is required"));
    QStringList problems;
    const QList<SharedField> shared = parseFields(o.share, "--share", &problems);
    if (!problems.isEmpty())
        return ctx.fail(InvalidInput, problems.join(QLatin1Char('\n')));
    ReferralInput in;
    in.shared = shared;
    std::optional<QDate> proposed;
    if (const int code = optionalDate(ctx, o.proposed, "--proposed", &proposed); code != Ok)
        return code;
    in.proposedOn = proposed.value_or(QDate());
    if (o.followUp) {
        if (const int code = optionalDate(ctx, *o.followUp, "--follow-up", &in.followUpOn); code != Ok)
            return code;
    }
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Query query;
    if (const int code = resolveQueryToChange(ctx, *session, o.reference, QStringLiteral("refer %1"), &query);
        code != Ok)
        return code;
    in.queryId = query.id;
    Partner partner;
    if (const int code = findPartner(ctx, *session, o.partner, &partner); code != Ok)
        return code;
    in.partnerId = partner.id;
    if (o.contact) {
        if (const int code = findContact(ctx, partner, *o.contact, &in.contactId); code != Ok)
            return code;
    }
    Result<std::optional<QString>> reason = readTextOption(o.reason, false);
    if (!reason)
        return ctx.fail(reason.error());
    in.reason = reason->value_or(QString());
    Result<Referral> created = session->referrals().propose(in);
    if (!created)
        return ctx.fail(created.error());
    // The acronym when it is one word (as typed after --partner), otherwise the id.
    const QString who = partner.fields.acronym.isEmpty() || partner.fields.acronym.contains(QLatin1Char(' '))
        ? QString::number(partner.id)
        : partner.fields.acronym;
    ctx.out << QStringLiteral("%1: referral #%2 to %3 proposed; it shares %4.")
                   .arg(query.reference)
                   .arg(created->id)
                   .arg(created->partnerName, fieldCodes(created->shared))
            << Qt::endl;
    if (!session->referrals().coveringConsent(created->id))
        ctx.err << "Before it can be sent, record the State's consent for this partner and these fields: "
                << consentHint(ctx, created.value(), who) << Qt::endl;
    return Ok;
}

int runEdit(CliContext& ctx, const ReferralOptions& o, const std::string& as)
{
    QStringList problems;
    const QList<SharedField> shared = parseFields(o.share, "--share", &problems);
    if (!problems.isEmpty())
        return ctx.fail(InvalidInput, problems.join(QLatin1Char('\n')));
    std::optional<QDate> followUp;
    if (o.followUp) {
        if (const int code = optionalDate(ctx, *o.followUp, "--follow-up", &followUp); code != Ok)
            return code;
    }
    const bool onlyFollowUp = o.followUp && o.share.empty() && !o.reason.text && !o.reason.file && !o.contact;
    if (o.share.empty() && !o.reason.text && !o.reason.file && !o.contact && !o.followUp)
        return ctx.fail(Usage,
            QStringLiteral("referral edit: give what to change (--share, --reason, --contact, "
                           "--follow-up)"));
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Referral referral;
    if (const int code = findReferral(ctx, *session, o.reference, &referral); code != Ok)
        return code;
    Result<Referral> changed = makeError(ErrorCode::Internal);
    if (onlyFollowUp) {
        // The follow-up date alone stays editable while the referral is open, after sending too.
        if (followUp == referral.followUpOn) {
            ctx.out << QStringLiteral("Referral #%1: nothing to change.").arg(referral.id) << Qt::endl;
            return Ok;
        }
        changed = session->referrals().setFollowUp(referral.id, followUp);
    } else {
        ReferralEdit edit;
        edit.contactId = referral.contactId;
        edit.reason = referral.reason;
        edit.shared = o.share.empty() ? referral.shared : shared;
        edit.followUpOn = o.followUp ? followUp : referral.followUpOn;
        if (o.contact) {
            Result<Partner> partner = session->partners().get(referral.partnerId);
            if (!partner)
                return ctx.fail(partner.error());
            if (const int code = findContact(ctx, partner.value(), *o.contact, &edit.contactId); code != Ok)
                return code;
        }
        Result<std::optional<QString>> reason = readTextOption(o.reason, false);
        if (!reason)
            return ctx.fail(reason.error());
        if (*reason)
            edit.reason = **reason;
        if (edit.contactId == referral.contactId && edit.reason == referral.reason && edit.shared == referral.shared
            && edit.followUpOn == referral.followUpOn) {
            ctx.out << QStringLiteral("Referral #%1: nothing to change.").arg(referral.id) << Qt::endl;
            return Ok;
        }
        changed = session->referrals().edit(referral.id, edit, referral.version);
    }
    if (!changed)
        return ctx.fail(changed.error());
    ctx.out << QStringLiteral("Referral #%1 (%2 \u2192 %3) changed: shares %4; follow-up %5.")
                   .arg(changed->id)
                   .arg(changed->queryReference, changed->partnerName, fieldCodes(changed->shared),
                       changed->followUpOn ? isoDate(*changed->followUpOn) : QStringLiteral("none"))
            << Qt::endl;
    return Ok;
}

// ---- consents

struct ConsentOptions {
    std::string reference;
    std::vector<std::string> partners;
    std::vector<std::string> fields;
    std::string form;
    TextOption givenBy;
    TextOption function;
    std::string date;
    TextOption notes;
};

int runConsent(CliContext& ctx, const ConsentOptions& o, const std::string& as)
{
    if (!o.givenBy.text && !o.givenBy.file)
        return ctx.fail(Usage, QStringLiteral("referral consent: --given-by or --given-by-file is required"));
    if (const int code = checkOneStandardInput(ctx,
            { { "--given-by-file", &o.givenBy.file }, { "--function-file", &o.function.file },
                { "--notes-file", &o.notes.file } });
        code != Ok)
        return code;
    // A referral's #N stands for its query, its partner and what it shares (the defaults of
    // --partner and --fields); a reference needs both.
    const std::optional<qint64> referralId = parseListedNumber(o.reference);
    if (!referralId && (o.partners.empty() || o.fields.empty()))
        return ctx.fail(Usage,
            QStringLiteral("referral consent %1: --partner and --fields are required with a query's reference (with "
                           "a referral's #N they default to its partner and what it shares)")
                .arg(q(o.reference)));
    QStringList problems;
    ConsentInput in;
    in.fields = parseFields(o.fields, "--fields", &problems);
    const std::optional<ConsentForm> form = ReferralText::consentForm(normalizedCode(o.form));
    if (!form)
        problems << QStringLiteral("--form: unknown form %1 (%2)").arg(quoted(q(o.form)), formCodes());
    if (!problems.isEmpty())
        return ctx.fail(InvalidInput, problems.join(QLatin1Char('\n')));
    in.form = *form;
    std::optional<QDate> date;
    if (const int code = optionalDate(ctx, o.date, "--date", &date); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Query query;
    QStringList partnerNames;
    if (referralId) {
        Referral referral;
        if (const int code = findReferral(ctx, *session, o.reference, &referral); code != Ok)
            return code;
        Result<Query> of = session->queries().get(referral.queryId);
        if (!of)
            return ctx.fail(of.error());
        query = std::move(of).value();
        if (o.partners.empty()) {
            in.partnerIds << referral.partnerId;
            partnerNames << referral.partnerName;
        }
        if (o.fields.empty())
            in.fields = referral.shared;
    } else if (const int code
               = resolveQueryToChange(ctx, *session, o.reference, QStringLiteral("record the consent on %1"), &query);
               code != Ok)
        return code;
    in.queryId = query.id;
    in.givenOn = date.value_or(session->queries().today());
    for (const std::string& text : o.partners) {
        if (q(text).trimmed().isEmpty())
            continue;
        Partner partner;
        if (const int code = findPartner(ctx, *session, text, &partner); code != Ok)
            return code;
        if (!in.partnerIds.contains(partner.id)) {
            in.partnerIds << partner.id;
            partnerNames << (partner.fields.acronym.isEmpty() ? partner.fields.name : partner.fields.acronym);
        }
    }
    const std::pair<const TextOption*, QString*> texts[]
        = { { &o.givenBy, &in.givenByName }, { &o.function, &in.givenByFunction }, { &o.notes, &in.notes } };
    for (const auto& [option, field] : texts) {
        Result<std::optional<QString>> value = readTextOption(*option, option != &o.notes);
        if (!value)
            return ctx.fail(value.error());
        if (*value)
            *field = **value;
    }
    Result<Consent> recorded = session->referrals().recordConsent(in);
    if (!recorded)
        return ctx.fail(recorded.error());
    ctx.out << QStringLiteral("%1: consent #%2 recorded (%3, %4): %5 may receive %6.")
                   .arg(query.reference)
                   .arg(recorded->id)
                   .arg(ReferralText::label(in.form), isoDate(in.givenOn), partnerNames.join(QStringLiteral(", ")),
                       fieldCodes(in.fields))
            << '\n';
    // What it changes for the query's referrals still to be sent.
    for (const Referral& referral : session->referrals().referralsOf(query.id)) {
        if (referral.status != ReferralStatus::Proposed && referral.status != ReferralStatus::ConsentObtained)
            continue;
        const std::optional<Consent> covering = session->referrals().coveringConsent(referral.id);
        ctx.out << QStringLiteral("    referral #%1 to %2 (%3): %4")
                       .arg(referral.id)
                       .arg(referral.partnerName, ReferralText::code(referral.status),
                           covering ? QStringLiteral("covered by consent #%1").arg(covering->id)
                                    : QStringLiteral("not covered (another partner, or a field this consent lacks)"))
                << '\n';
    }
    ctx.out.flush();
    return Ok;
}

int runConsentWithdraw(CliContext& ctx, const std::string& consentText, const TextOption& reasonOption,
    const std::string& dateText, const std::string& as)
{
    const std::optional<qint64> id = parseListedNumber(consentText);
    if (!id)
        return ctx.fail(InvalidInput,
            QStringLiteral("%1 is not a consent number (`referral consents REF` prints them as #N)")
                .arg(quoted(q(consentText))));
    if (!reasonOption.text && !reasonOption.file)
        return ctx.fail(Usage, QStringLiteral("referral consent-withdraw: --reason or --reason-file is required"));
    std::optional<QDate> date;
    if (const int code = optionalDate(ctx, dateText, "--date", &date); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Result<std::optional<QString>> reason = readTextOption(reasonOption, false);
    if (!reason)
        return ctx.fail(reason.error());
    Result<Consent> withdrawn = session->referrals().withdrawConsent(
        *id, date.value_or(session->queries().today()), reason->value_or(QString()));
    if (!withdrawn)
        return failLookup(ctx, withdrawn.error()); // an unknown consent number is a mistake in the input
    Result<Query> query = session->queries().get(withdrawn->fields.queryId);
    ctx.out << QStringLiteral("%1: consent #%2 withdrawn on %3; it covers nothing from now on (referrals already sent "
                              "stay as they were).")
                   .arg(query ? query->reference : QString())
                   .arg(withdrawn->id)
                   .arg(isoDate(withdrawn->withdrawnOn.value_or(QDate())))
            << Qt::endl;
    return Ok;
}

int runConsents(CliContext& ctx, const std::string& reference)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    queries::QueryService::Resolved resolved;
    if (const int code = resolveReference(ctx, session, reference, &resolved); code != Ok)
        return code;
    const std::vector<Consent> consents = session.referrals().consentsOf(resolved.query.id);
    ctx.out << tableLine({ { QStringLiteral("ID"), 5 }, { QStringLiteral("GIVEN"), 10 }, { QStringLiteral("FORM"), 12 },
        { QStringLiteral("STATE"), 21 }, { QStringLiteral("PARTNERS"), 24 }, { QStringLiteral("FIELDS") } })
            << '\n';
    for (const Consent& consent : consents) {
        const QString state = consent.withdrawn() ? QStringLiteral("withdrawn %1").arg(isoDate(*consent.withdrawnOn))
                                                  : QStringLiteral("in force");
        ctx.out << tableLine({ { QStringLiteral("#%1").arg(consent.id), 5 }, { isoDate(consent.fields.givenOn), 10 },
            { ReferralText::code(consent.fields.form), 12 }, { state, 21 },
            { consent.partnerNames.join(QStringLiteral(", ")), 24 }, { fieldCodes(consent.fields.fields) } })
                << '\n';
        QString given = consent.fields.givenByName;
        if (!consent.fields.givenByFunction.isEmpty())
            given += QStringLiteral(", ") + consent.fields.givenByFunction;
        ctx.out << "      given by " << given << "; recorded by " << consent.recordedByName << '\n';
        if (consent.withdrawn())
            ctx.out << "      withdrawn: " << consent.withdrawalReason.simplified() << '\n';
    }
    ctx.out.flush();
    if (consents.empty())
        ctx.err << "No consent recorded for " << resolved.query.reference << '.' << Qt::endl;
    return Ok;
}

// ---- status

struct StatusOptions {
    std::string referral;
    std::string status;
    TextOption reason;
    TextOption outcome;
    TextOption justification;
    std::string date;
    bool moveQuery = false;
};

int runStatus(CliContext& ctx, const StatusOptions& o, const std::string& as)
{
    const std::optional<ReferralStatus> to = ReferralText::status(normalizedCode(o.status));
    if (!to)
        return ctx.fail(InvalidInput, QStringLiteral("unknown status %1 (%2)").arg(quoted(q(o.status)), statusCodes()));
    if (o.moveQuery && *to != ReferralStatus::Sent)
        return ctx.fail(Usage, QStringLiteral("--move-query goes with the status sent"));
    if (const int code = checkOneStandardInput(ctx,
            { { "--reason-file", &o.reason.file }, { "--outcome-file", &o.outcome.file },
                { "--override-justification-file", &o.justification.file } });
        code != Ok)
        return code;
    StatusChange change;
    change.to = *to;
    std::optional<QDate> date;
    if (const int code = optionalDate(ctx, o.date, "--date", &date); code != Ok)
        return code;
    change.on = date.value_or(QDate());
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Referral referral;
    if (const int code = findReferral(ctx, *session, o.referral, &referral); code != Ok)
        return code;
    Result<Query> query = session->queries().get(referral.queryId);
    if (!query)
        return ctx.fail(query.error());
    // Checked before anything changes: moving the query follows the query lifecycle's rules, and
    // only a query whose route refers it to a partner becomes referred.
    const bool queryCanMove = session->queries().allowedTransitions(query->id).contains(QueryStatus::Referred);
    if (o.moveQuery && !queryCanMove) {
        const QString route = query->fields.route ? QueryText::code(*query->fields.route) : QStringLiteral("none");
        return ctx.fail(NotAllowed,
            QStringLiteral("%1 is %2 with route %3 and cannot become referred (that takes a route of refer or both); "
                           "nothing was changed (leave out --move-query to mark the referral sent alone)")
                .arg(query->reference, QueryText::code(query->status), route));
    }
    const std::pair<const TextOption*, QString*> texts[] = { { &o.reason, &change.reason },
        { &o.outcome, &change.outcome }, { &o.justification, &change.overrideJustification } };
    for (const auto& [option, field] : texts) {
        Result<std::optional<QString>> value = readTextOption(*option, false);
        if (!value)
            return ctx.fail(value.error());
        if (*value)
            *field = **value;
    }
    Result<Referral> changed = session->referrals().changeStatus(referral.id, change);
    if (!changed) {
        const QList<ReferralStatus> allowedNext = session->referrals().allowedTransitions(referral.id);
        // A move the lifecycle forbids: say which ones it allows (a missing consent says so itself).
        if (changed.code() == ErrorCode::NotAllowed && !allowedNext.contains(*to)) {
            QStringList allowed;
            for (ReferralStatus next : allowedNext)
                allowed << ReferralText::code(next);
            ctx.err << QStringLiteral("Referral #%1 is %2; it can become: %3")
                           .arg(referral.id)
                           .arg(ReferralText::code(referral.status),
                               allowed.isEmpty() ? QStringLiteral("nothing") : allowed.join(QStringLiteral(", ")))
                    << Qt::endl;
        }
        return ctx.fail(changed.error());
    }
    ctx.out << QStringLiteral("Referral #%1 (%2 \u2192 %3): %4 \u2192 %5%6")
                   .arg(referral.id)
                   .arg(referral.queryReference, referral.partnerName, ReferralText::code(referral.status),
                       ReferralText::code(changed->status),
                       changed->consentState == ConsentState::Overridden
                           ? QStringLiteral(" (consent OVERRIDDEN by %1)").arg(changed->overrideByName)
                           : QString())
            << Qt::endl;
    if (changed->status != ReferralStatus::Sent)
        return Ok;
    // Sending offers to move the query to "referred"; it never forces it.
    if (o.moveQuery) {
        const Status moved = session->queries().changeStatus(query->id, QueryStatus::Referred);
        if (!moved) {
            ctx.err << "The referral is sent; the query was not moved." << Qt::endl;
            return ctx.fail(moved.error());
        }
        ctx.out << query->reference << ": " << QueryText::code(query->status) << " \u2192 "
                << QueryText::code(QueryStatus::Referred) << Qt::endl;
    } else if (queryCanMove) {
        ctx.err << QStringLiteral("%1 is still %2; to show that it is referred: advicehub-cli --vault %3 status %1 "
                                  "referred (or --move-query next time)")
                       .arg(query->reference, QueryText::code(query->status), ctx.vaultPath)
                << Qt::endl;
    }
    return Ok;
}

// ---- suggest

int runSuggest(CliContext& ctx, const std::string& reference, int limit)
{
    if (limit < 1 || limit > 1000)
        return ctx.fail(InvalidInput, QStringLiteral("--limit must be between 1 and 1000"));
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    queries::QueryService::Resolved resolved;
    if (const int code = resolveReference(ctx, session, reference, &resolved); code != Ok)
        return code;
    Result<std::vector<Suggestion>> suggestions = session.referrals().suggest(resolved.query.id, limit);
    if (!suggestions)
        return ctx.fail(suggestions.error());
    ctx.out << tableLine({ { QStringLiteral("RANK"), 4 }, { QStringLiteral("SCORE"), 5 }, { QStringLiteral("ID"), 5 },
        { QStringLiteral("ACRONYM"), 12 }, { QStringLiteral("PARTNER") } })
            << '\n';
    int rank = 0;
    for (const Suggestion& s : suggestions.value()) {
        QStringList marks;
        if (s.strategic)
            marks << QStringLiteral("strategic");
        if (s.alreadyReferred)
            marks << QStringLiteral("already referred");
        ctx.out << tableLine({ { QString::number(++rank).rightJustified(4) },
            { QString::number(s.score).rightJustified(5) }, { QString::number(s.partnerId), 5 }, { s.acronym, 12 },
            { s.partnerName
                + (marks.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(marks.join(QStringLiteral(", ")))) } })
                << '\n';
        ctx.out << "            why: " << s.reasons << '\n';
    }
    ctx.out.flush();
    if (suggestions->empty())
        ctx.err << "No active partner shares a theme, the region or the language of " << resolved.query.reference << '.'
                << Qt::endl;
    return Ok;
}

} // namespace
} // namespace referral_commands

void addReferralCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace referral_commands;
    CLI::App* referral = app.add_subcommand("referral",
        "Referrals of queries to partners, gated by the requesting State's consent: nothing is sent before a "
        "recorded consent covers the partner and every shared field, or a head overrides it in writing. ID is a "
        "referral's #N; P a partner's name, acronym or id.");
    referral->require_subcommand(1);
    // list
    {
        auto o = std::make_shared<ListOptions>();
        CLI::App* command = referral->add_subcommand("list",
            "List referrals: of one query, of one partner, or all; newest first. CONSENT is the consent #N it rests "
            "on, missing, or OVERRIDDEN; ! marks a follow-up date that has come.");
        command->add_option("REF", o->reference, "Only the referrals of this query");
        CLI::Option* followUp = command->add_flag("--follow-up", o->followUp,
            "The referrals to follow up instead: follow-up date passed, or sent without a reply after N working days; "
            "most overdue first");
        command
            ->add_option("--no-reply-days", o->noReplyDays,
                "With --follow-up: working days without a reply (default "
                    + std::to_string(ReferralLimits::DefaultNoReplyWorkingDays) + ")")
            ->type_name("N")
            ->needs(followUp);
        command->add_option("--partner", o->partner, "Only those to this partner")->type_name("P");
        command->add_flag("--open", o->open, "Only open ones (proposed, consent obtained, sent, accepted)");
        command->callback([&ctx, &exitCode, o] { exitCode = runList(ctx, *o); });
    }
    // show
    {
        auto id = std::make_shared<std::string>();
        CLI::App* command = referral->add_subcommand("show",
            "Show a referral: partner, status, dates, what it shares, the consent it rests on (or its override), "
            "the moves allowed next, reason and outcome.");
        command->add_option("ID", *id, "The referral's number (#N or N)")->required();
        command->callback([&ctx, &exitCode, id] { exitCode = runShow(ctx, *id); });
    }
    const std::string shareHelp = "What of the query it shares (comma-separated): " + fieldCodes().toStdString();
    // add
    {
        auto o = std::make_shared<ReferralOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = referral->add_subcommand("add",
            "Propose referring a query to a partner (an active one; one open referral per partner and query). "
            "Prints its #N. Nothing is shared until it is marked sent.");
        command->add_option("REF", o->reference, "The query's reference")->required();
        command->add_option("--partner", o->partner, "The partner")->required()->type_name("P");
        command->add_option("--share", o->share, shareHelp)->delimiter(',')->required()->type_name("FIELD");
        addTextOption(command, "--reason", o->reason, "Why this partner (required)");
        command->add_option("--contact", o->contact, "The contact at the partner: name or #N from `partner show`")
            ->type_name("NAME");
        command->add_option("--follow-up", o->followUp, "Follow-up date (YYYY-MM-DD, not in the past)")
            ->type_name("DATE");
        command
            ->add_option(
                "--proposed", o->proposed, "Proposed on (YYYY-MM-DD; default today; not before the query was received)")
            ->type_name("DATE");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runAdd(ctx, *o, *as); });
    }
    // edit
    {
        auto o = std::make_shared<ReferralOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = referral->add_subcommand("edit",
            "Change a referral before it is sent: what it shares, the reason, the contact; the follow-up date (alone) "
            "while it is open.");
        command->add_option("ID", o->reference, "The referral's number (#N or N)")->required();
        command->add_option("--share", o->share, shareHelp + "; replaces them")->delimiter(',')->type_name("FIELD");
        addTextOption(command, "--reason", o->reason, "Why this partner");
        command->add_option("--contact", o->contact, "The contact at the partner: name or #N, \"\" for none")
            ->type_name("NAME");
        command->add_option("--follow-up", o->followUp, "Follow-up date (YYYY-MM-DD, not in the past), \"\" for none")
            ->type_name("DATE");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runEdit(ctx, *o, *as); });
    }
    // consent
    {
        auto o = std::make_shared<ConsentOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = referral->add_subcommand("consent",
            "Record the requesting State's consent on a query: to which partners, and which fields. It covers a "
            "referral to one of those partners that shares only those fields.");
        command
            ->add_option("REF_OR_ID", o->reference,
                "The query's reference, or a referral's #N (then --partner and --fields default to its partner and "
                "what it shares)")
            ->required();
        command
            ->add_option(
                "--partner", o->partners, "The partner(s) (comma-separated or repeated); required with a reference")
            ->delimiter(',')
            ->type_name("P");
        command
            ->add_option("--fields", o->fields,
                "The fields it allows sharing (comma-separated; required with a reference): "
                    + fieldCodes().toStdString())
            ->delimiter(',')
            ->type_name("FIELD");
        command->add_option("--form", o->form, "How it was given: " + formCodes().toStdString())
            ->required()
            ->type_name("FORM");
        addTextOption(command, "--given-by", o->givenBy, "Who gave it: name (required)");
        addTextOption(command, "--function", o->function, "Their function");
        command->add_option("--date", o->date, "Given on (YYYY-MM-DD; default today)")->type_name("DATE");
        addTextOption(command, "--notes", o->notes, "Notes on the consent");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runConsent(ctx, *o, *as); });
    }
    // consent-withdraw
    {
        auto id = std::make_shared<std::string>();
        auto reason = std::make_shared<TextOption>();
        auto date = std::make_shared<std::string>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = referral->add_subcommand("consent-withdraw",
            "Record that a consent was withdrawn: it covers nothing from then on (it stays on record).");
        command->add_option("CONSENT", *id, "The consent's number, as `referral consents` prints it (#N or N)")
            ->required();
        addTextOption(command, "--reason", *reason, "Why, or how the State withdrew it (required)");
        command->add_option("--date", *date, "Withdrawn on (YYYY-MM-DD; default today)")->type_name("DATE");
        addAsOption(command, *as);
        command->callback(
            [&ctx, &exitCode, id, reason, date, as] { exitCode = runConsentWithdraw(ctx, *id, *reason, *date, *as); });
    }
    // consents
    {
        auto reference = std::make_shared<std::string>();
        CLI::App* command = referral->add_subcommand(
            "consents", "List the consents recorded on a query, withdrawn ones included, newest first.");
        command->add_option("REF", *reference, "The query's reference")->required();
        command->callback([&ctx, &exitCode, reference] { exitCode = runConsents(ctx, *reference); });
    }
    // status
    {
        auto o = std::make_shared<StatusOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = referral->add_subcommand("status",
            "Move a referral through its lifecycle: proposed -> consent_obtained -> sent -> accepted | declined, "
            "accepted -> completed, withdrawn while open. Sent needs a recorded consent covering the partner and "
            "every shared field, or a head's override justification.");
        command->add_option("ID", o->referral, "The referral's number (#N or N)")->required();
        command->add_option("NEW_STATUS", o->status, statusCodes().toStdString())->required();
        addTextOption(command, "--reason", o->reason, "Why (required to decline or withdraw)");
        addTextOption(command, "--outcome", o->outcome, "accepted, declined, completed: the outcome");
        command->add_option("--date", o->date, "Sent or closed on (YYYY-MM-DD; default today)")->type_name("DATE");
        addTextOption(command, "--override-justification", o->justification,
            "sent without a covering consent: why (at least " + std::to_string(ReferralLimits::MinOverrideJustification)
                + " characters; advisers with role head only). Recorded and shown as an override everywhere");
        command->add_flag("--move-query", o->moveQuery,
            "sent: also move the query to referred (if its lifecycle allows it; otherwise nothing changes)");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runStatus(ctx, *o, *as); });
    }
    // suggest
    {
        auto reference = std::make_shared<std::string>();
        auto limit = std::make_shared<int>(10);
        CLI::App* command = referral->add_subcommand("suggest",
            "Suggest active partners for a query, ranked by the themes, region and language they share with it "
            "(strategic partners first among equals), each with its reasons.");
        command->add_option("REF", *reference, "The query's reference")->required();
        command->add_option("--limit", *limit, "At most N (default 10)")->type_name("N");
        command->callback([&ctx, &exitCode, reference, limit] { exitCode = runSuggest(ctx, *reference, *limit); });
    }
}

} // namespace advicehub::cli
