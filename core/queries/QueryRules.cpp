#include "queries/QueryRules.h"

#include "common/Clock.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"

#include <QRegularExpression>
#include <QStringList>

namespace advicehub::queries {

// The messages keep the translation context of QueryService, where they were first written,
// so that existing translations stay valid.

int QueryLimits::maxLength(QueryField field)
{
    switch (field) {
    case QueryField::Subject:
        return Subject;
    case QueryField::Institution:
    case QueryField::ContactName:
    case QueryField::ContactFunction:
    case QueryField::ContactEmail:
        return ShortText;
    case QueryField::ContactPhone:
        return Phone;
    case QueryField::RequestText:
    case QueryField::Notes:
        return LongText;
    case QueryField::Summary:
        return Summary;
    default:
        return 0;
    }
}

QueryRules::QueryRules(const reference::ReferenceLookup& lookup, const Clock& clock) : m_lookup(lookup), m_clock(clock)
{ }

QDate QueryRules::earliestDate()
{
    return QDate(2000, 1, 1);
}

QList<FieldError> QueryRules::validate(const QueryInput& f) const
{
    QList<FieldError> errors;
    const auto add = [&errors](QueryField field, const QString& message) { errors.append({ field, message }); };
    const auto tooLong = [](int limit) { return QueryService::tr("At most %1 characters.").arg(limit); };
    const QDate today = m_clock.nowUtc().toLocalTime().date();

    if (!f.receivedOn.isValid())
        add(QueryField::ReceivedOn, QueryService::tr("Enter the date the query was received."));
    else if (f.receivedOn < earliestDate())
        add(QueryField::ReceivedOn, QueryService::tr("The date is before 2000."));
    else if (f.receivedOn > today.addDays(1))
        add(QueryField::ReceivedOn, QueryService::tr("The date is in the future."));
    if (!m_lookup.channel(f.channelId))
        add(QueryField::Channel, QueryService::tr("Choose how the query was received."));
    if (!m_lookup.state(f.stateId))
        add(QueryField::State, QueryService::tr("Choose the requesting State."));
    if (f.institutionTypeId && !m_lookup.institutionType(*f.institutionTypeId))
        add(QueryField::InstitutionType, QueryService::tr("Unknown institution type."));
    if (f.institution.size() > QueryLimits::ShortText)
        add(QueryField::Institution, tooLong(QueryLimits::ShortText));
    if (f.contact.name.size() > QueryLimits::ShortText)
        add(QueryField::ContactName, tooLong(QueryLimits::ShortText));
    if (f.contact.function.size() > QueryLimits::ShortText)
        add(QueryField::ContactFunction, tooLong(QueryLimits::ShortText));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (f.contact.email.size() > QueryLimits::ShortText)
        add(QueryField::ContactEmail, tooLong(QueryLimits::ShortText));
    else if (!f.contact.email.isEmpty() && !email.match(f.contact.email.trimmed()).hasMatch())
        add(QueryField::ContactEmail, QueryService::tr("This is not an e-mail address."));
    static const QRegularExpression phone(QStringLiteral("^[+0-9()./ -]{4,%1}$").arg(QueryLimits::Phone));
    if (!f.contact.phone.isEmpty() && !phone.match(f.contact.phone.trimmed()).hasMatch())
        add(QueryField::ContactPhone, QueryService::tr("Use digits, spaces and + ( ) - . / only."));
    if (f.subject.trimmed().isEmpty())
        add(QueryField::Subject, QueryService::tr("Enter a subject."));
    else if (f.subject.size() > QueryLimits::Subject)
        add(QueryField::Subject, tooLong(QueryLimits::Subject));
    if (f.requestText.size() > QueryLimits::LongText)
        add(QueryField::RequestText, tooLong(QueryLimits::LongText));
    if (!m_lookup.language(f.language))
        add(QueryField::Language, QueryService::tr("Unknown language."));
    if (f.themeIds.isEmpty())
        add(QueryField::Themes, QueryService::tr("Choose at least one theme."));
    for (qint64 theme : f.themeIds) {
        if (!m_lookup.theme(theme)) {
            add(QueryField::Themes, QueryService::tr("Unknown theme."));
            break;
        }
    }
    for (int article : f.articles) {
        if (article < 1 || article > 33) {
            add(QueryField::Articles, QueryService::tr("UNCAT articles are numbered 1 to 33."));
            break;
        }
    }
    if (f.dueOn.isSet() && !f.dueOn.date.isValid())
        add(QueryField::DueOn, QueryService::tr("The due date is not valid."));
    else if (f.dueOn.isSet() && f.receivedOn.isValid() && f.dueOn.date < f.receivedOn)
        add(QueryField::DueOn, QueryService::tr("The due date is before the date of receipt."));
    if (f.assignedAdviserId) {
        const auto* adviser = m_lookup.adviser(*f.assignedAdviserId);
        if (!adviser)
            add(QueryField::Adviser, QueryService::tr("Unknown adviser."));
        else if (!adviser->active)
            add(QueryField::Adviser, QueryService::tr("This adviser is no longer active."));
    }
    if (f.notes.size() > QueryLimits::LongText)
        add(QueryField::Notes, tooLong(QueryLimits::LongText));
    if (f.summary.size() > QueryLimits::Summary)
        add(QueryField::Summary, tooLong(QueryLimits::Summary));
    return errors;
}

Error QueryRules::invalid(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const FieldError& error : errors)
        lines << QStringLiteral("%1: %2").arg(QueryText::label(error.field), error.message);
    return makeError(ErrorCode::InvalidInput, lines.join(QLatin1Char('\n')));
}

std::optional<Error> QueryRules::entryProblem(const casefile::NewEntry& entry)
{
    if (!casefile::TimelineText::isLoggable(entry.kind))
        return makeError(
            ErrorCode::InvalidInput, QueryService::tr("This kind of entry is written by Advice Hub itself."));
    if (entry.summary.trimmed().isEmpty() && entry.body.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QueryService::tr("Write what happened."));
    if (entry.summary.size() > QueryLimits::EntrySummary || entry.body.size() > QueryLimits::EntryBody)
        return makeError(ErrorCode::InvalidInput, QueryService::tr("The entry is too long."));
    return std::nullopt;
}

std::optional<Error> QueryRules::deletionProblem(
    const Query& query, bool hasMergedDuplicates, bool hasReferralsOrConsents, bool hasDrafts, bool hasAttachments)
{
    if (query.status != QueryStatus::New)
        return makeError(ErrorCode::NotAllowed,
            QueryService::tr("Only a query registered by mistake (still new) can be deleted; decline or close this "
                             "one instead."));
    if (hasMergedDuplicates)
        return makeError(
            ErrorCode::NotAllowed, QueryService::tr("Other queries were merged into this one; it cannot be deleted."));
    if (hasReferralsOrConsents)
        return makeError(ErrorCode::NotAllowed,
            QueryService::tr("This query has referrals or consents on record; it cannot be deleted. Decline or close "
                             "it instead."));
    if (hasDrafts)
        return makeError(ErrorCode::NotAllowed,
            QueryService::tr("This query has drafts of its answer; it cannot be deleted. Delete the drafts that were "
                             "not sent, or decline or close the query instead."));
    if (hasAttachments)
        return makeError(ErrorCode::NotAllowed,
            QueryService::tr("This query has attachments; it cannot be deleted. Remove the attachments first, or "
                             "decline or close the query instead."));
    return std::nullopt;
}

} // namespace advicehub::queries
