#include "queries/QueryService.h"

#include "calendar/HolidayService.h"
#include "casefile/CaseEvents.h"
#include "casefile/CaseRecord.h"
#include "casefile/CaseTimeline.h"
#include "casefile/QueryIndex.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"
#include "queries/Lifecycle.h"
#include "queries/QueryLinks.h"
#include "queries/QueryRepository.h"
#include "queries/QueryRules.h"
#include "queries/TimelineSummary.h"
#include "reference/ReferenceLookup.h"

namespace advicehub::queries {

namespace {

// The fields compared when a query is saved, in the order their changes are written.
constexpr QueryField kFields[]
    = { QueryField::ReceivedOn, QueryField::Channel, QueryField::State, QueryField::InstitutionType,
          QueryField::Institution, QueryField::ContactName, QueryField::ContactFunction, QueryField::ContactEmail,
          QueryField::ContactPhone, QueryField::Subject, QueryField::Summary, QueryField::RequestText,
          QueryField::Language, QueryField::Confidentiality, QueryField::Themes, QueryField::Articles,
          QueryField::Priority, QueryField::DueOn, QueryField::Adviser, QueryField::Route, QueryField::Notes };

// Fields whose text the search finds (QueryIndex).
bool isIndexedField(QueryField field)
{
    switch (field) {
    case QueryField::ReceivedOn: // part of the row's docid
    case QueryField::Subject:
    case QueryField::RequestText:
    case QueryField::Institution:
    case QueryField::ContactName:
    case QueryField::ContactFunction:
    case QueryField::Notes:
        return true;
    default:
        return false;
    }
}

} // namespace

QueryService::QueryService(casefile::CaseRecord& record, reference::ReferenceLookup& lookup, QObject* parent)
    : QObject(parent),
      m_record(record),
      m_lookup(lookup),
      m_repository(std::make_unique<QueryRepository>(record.connection(), lookup)),
      m_rules(std::make_unique<QueryRules>(lookup, record.clock())),
      m_links(std::make_unique<QueryLinks>(record, *m_repository)),
      m_bulk(std::make_unique<QueryBulk>(record, *m_repository, *m_rules))
{
    TimelineSummary::registerRenderers();
    // The case record's notifications, under the names the views know.
    casefile::CaseEvents* events = &record.events();
    connect(events, &casefile::CaseEvents::queryAdded, this, &QueryService::queryAdded);
    connect(events, &casefile::CaseEvents::queryChanged, this, &QueryService::queryChanged);
    connect(events, &casefile::CaseEvents::queryRemoved, this, &QueryService::queryRemoved);
    connect(events, &casefile::CaseEvents::queriesReset, this, &QueryService::queriesReset);
}

QueryService::~QueryService() = default;

QDate QueryService::today() const
{
    return m_record.clock().nowUtc().toLocalTime().date();
}

calendar::WorkingCalendar QueryService::calendar() const
{
    return calendar::HolidayService(m_record.connection()).calendar();
}

QList<FieldError> QueryService::validate(const QueryInput& input) const
{
    return m_rules->validate(input);
}

QDate QueryService::defaultDueDate(QDate receivedOn, Priority priority, int waitedDays) const
{
    const calendar::WorkingCalendar cal = calendar();
    return cal.addWorkingDays(cal.defaultDueDate(receivedOn, priority), waitedDays);
}

QDate QueryService::defaultDueDateOf(qint64 id, QDate receivedOn, Priority priority) const
{
    int waited = 0;
    try {
        waited = static_cast<int>(m_repository->waitedDays(id));
    } catch (const db::DbError&) {
        // Without the days waited, the default counts from receipt only.
    }
    return defaultDueDate(receivedOn, priority, waited);
}

Result<DueDate> QueryService::dueDateFor(
    std::optional<qint64> id, QDate receivedOn, Priority priority, const DueDateChoice& choice) const
{
    return db::guard([&]() -> Result<DueDate> {
        if (!id)
            return DueDatePolicy::decide(choice, defaultDueDate(receivedOn, priority), std::nullopt);
        const std::optional<Query> stored = m_repository->read(*id);
        if (!stored)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        const QDate automatic = defaultDueDate(receivedOn, priority, static_cast<int>(m_repository->waitedDays(*id)));
        const bool sameBasis = stored->fields.receivedOn == receivedOn && stored->fields.priority == priority;
        return DueDatePolicy::decide(
            choice, automatic, DueDatePolicy::Stored { stored->dueOn, stored->dueOverridden, sameBasis });
    });
}

bool QueryService::parseReference(const QString& reference, int* year, int* sequence)
{
    return QueryRepository::parseReference(reference, year, sequence);
}

QString QueryService::formatReference(int year, int sequence)
{
    return QueryRepository::formatReference(year, sequence);
}

Result<Query> QueryService::create(const QueryInput& input)
{
    Record record;
    record.input = input;
    Result<std::vector<qint64>> ids = createMany({ record }, EntryKind::Created);
    if (!ids)
        return ids.error();
    return get(ids->front());
}

Result<std::vector<qint64>> QueryService::createMany(
    const std::vector<Record>& records, EntryKind creation, const Progress& progress)
{
    return m_bulk->createMany(records, creation, calendar(), progress);
}

Result<Query> QueryService::update(qint64 id, const QueryInput& input, int expectedVersion)
{
    const QList<FieldError> errors = validate(input);
    if (!errors.isEmpty())
        return QueryRules::invalid(errors);
    Result<void> status = db::guard([&]() -> Result<void> {
        db::Transaction transaction(m_record.connection());
        const std::optional<Query> old = m_repository->read(id);
        if (!old)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (old->mergedIntoId)
            return makeError(ErrorCode::NotAllowed, tr("This query was merged into another; edit that one."));
        if (old->version != expectedVersion)
            return makeError(ErrorCode::Conflict,
                tr("%1 was changed by someone else since you opened it. Reload it and try again.").arg(old->reference));

        QueryInput next = input;
        next.themeIds = sortedUnique(next.themeIds);
        next.articles = sortedUnique(next.articles);
        const int waited = static_cast<int>(m_repository->waitedDays(id));
        const bool sameBasis = old->fields.receivedOn == next.receivedOn && old->fields.priority == next.priority;
        const DueDate due = DueDatePolicy::decide(next.dueOn, defaultDueDate(next.receivedOn, next.priority, waited),
            DueDatePolicy::Stored { old->dueOn, old->dueOverridden, sameBasis });

        QueryInput before = old->fields;
        before.themeIds = sortedUnique(before.themeIds);
        before.articles = sortedUnique(before.articles);
        bool changed = false;
        bool textsChanged = false;
        for (QueryField field : kFields) {
            const QString oldValue = m_repository->display(field, before, old->dueOn);
            const QString newValue = m_repository->display(field, next, due.date);
            if (oldValue == newValue)
                continue;
            changed = true;
            textsChanged |= isIndexedField(field);
            casefile::TimelineRecord entry;
            entry.kind = EntryKind::FieldChanged;
            entry.field = QueryText::code(field);
            entry.oldValue = oldValue;
            entry.newValue = newValue;
            entry.summary = QueryText::label(field);
            m_record.timeline().append(id, entry);
        }
        if (!changed)
            return {};
        m_repository->updateFields(id, next, due);
        if (textsChanged)
            m_record.index().refresh(id);
        transaction.commit();
        return {};
    });
    if (!status)
        return status.error();
    return get(id);
}

QList<QueryStatus> QueryService::allowedTransitions(qint64 id) const
{
    Result<Query> query = get(id);
    if (!query || query->mergedIntoId)
        return {};
    QList<QueryStatus> allowed = Lifecycle::allowedFrom(query->status);
    // A partner handles the query only when its route says so: an in-house or out-of-scope query
    // is not offered "referred" until its route changes (changeStatus refuses it, saying how).
    if (!routeRefers(query->fields.route.value_or(Route::InHouse)))
        allowed.removeAll(QueryStatus::Referred);
    return allowed;
}

// PRODUCT.md 3.4: the answer a query's response_sent records is a sent draft, or the reason it
// was given outside Advice Hub.
bool QueryService::responseNeedsReason(QueryStatus to, qint64 id) const
{
    return to == QueryStatus::ResponseSent && !m_repository->hasSentDraft(id);
}

QString QueryService::noSentDraftMessage()
{
    return tr("No draft of this query's answer was marked sent. To record the response as sent anyway, give the "
              "reason: the answer was given outside Advice Hub: how, when and by whom.");
}

bool QueryService::reasonRequiredFor(qint64 id, QueryStatus to) const
{
    try {
        const std::optional<Query> q = m_repository->read(id);
        if (!q)
            return false;
        return Lifecycle::reasonRequired(q->status, to) || responseNeedsReason(to, id);
    } catch (const db::DbError&) {
        return false;
    }
}

Result<void> QueryService::changeStatus(qint64 id, QueryStatus to, const QString& reason)
{
    return db::guard([&]() -> Result<void> {
        db::Transaction transaction(m_record.connection());
        const std::optional<Query> q = m_repository->read(id);
        if (!q)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (q->mergedIntoId)
            return makeError(ErrorCode::NotAllowed, tr("This query was merged into another."));
        if (!Lifecycle::isAllowed(q->status, to)) {
            return makeError(ErrorCode::NotAllowed,
                tr("A query that is \u201c%1\u201d cannot become \u201c%2\u201d.")
                    .arg(QueryText::label(q->status), QueryText::label(to)));
        }
        if (to == QueryStatus::Referred && !routeRefers(q->fields.route.value_or(Route::InHouse))) {
            return makeError(ErrorCode::NotAllowed,
                tr("A query is marked as referred only when its route refers it to a partner; this one's route is "
                   "\u201c%1\u201d. Change the route to \u201c%2\u201d or \u201c%3\u201d first.")
                    .arg(q->fields.route ? QueryText::label(*q->fields.route) : tr("not decided"),
                        QueryText::label(Route::Refer), QueryText::label(Route::Both)));
        }
        if (Lifecycle::reasonRequired(q->status, to) && reason.trimmed().isEmpty()) {
            return makeError(
                ErrorCode::InvalidInput, tr("\u201c%1\u201d needs a reason: say why.").arg(QueryText::actionLabel(to)));
        }
        if (responseNeedsReason(to, id) && reason.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, noSentDraftMessage());
        if (to == QueryStatus::Triaged && (!q->fields.assignedAdviserId || !q->fields.route)) {
            return makeError(
                ErrorCode::NotAllowed, tr("Triage the query first: it needs an assigned adviser and a route."));
        }

        const QDate today = this->today();
        QDate due = q->dueOn;
        const QDate waitingSince = to == QueryStatus::AwaitingRequester ? today : QDate();
        int waitedNow = 0;
        if (q->status == QueryStatus::AwaitingRequester && q->waitingSince) {
            // The clock stopped while the Secretariat waited: the due date moves by the working
            // days spent waiting.
            const calendar::WorkingCalendar cal = calendar();
            waitedNow = cal.workingDaysBetween(*q->waitingSince, today);
            if (waitedNow > 0) {
                due = cal.addWorkingDays(q->dueOn, waitedNow);
                casefile::TimelineRecord shift;
                shift.kind = EntryKind::FieldChanged;
                shift.field = QueryText::code(QueryField::DueOn);
                shift.oldValue = isoDate(q->dueOn);
                shift.newValue = isoDate(due);
                shift.summary = QueryText::label(QueryField::DueOn);
                shift.body
                    = tr("The clock stopped for %n working day(s) while awaiting the requester.", nullptr, waitedNow);
                m_record.timeline().append(id, shift);
            }
        }
        m_repository->setStatus(id, to, waitingSince, due, waitedNow);
        casefile::TimelineRecord entry;
        entry.kind = EntryKind::StatusChanged;
        entry.field = QStringLiteral("status");
        entry.oldValue = QueryText::code(q->status);
        entry.newValue = QueryText::code(to);
        entry.summary = QueryText::label(to);
        entry.body = reason.trimmed();
        m_record.timeline().append(id, entry);
        transaction.commit();
        return {};
    });
}

Result<void> QueryService::triage(qint64 id, const Triage& triage)
{
    Result<Query> current = get(id);
    if (!current)
        return current.error();
    if (!Lifecycle::isAllowed(current->status, QueryStatus::Triaged)) {
        return makeError(ErrorCode::NotAllowed,
            tr("Only a new or reopened query can be triaged; this one is \u201c%1\u201d.")
                .arg(QueryText::label(current->status)));
    }
    if (triage.partnerId && !routeRefers(triage.route)) {
        return makeError(
            ErrorCode::InvalidInput, tr("A partner can be chosen only when the route refers the query to a partner."));
    }
    if (triage.partnerId && !m_proposeReferral)
        return makeError(ErrorCode::NotAllowed, tr("Referrals cannot be proposed here."));
    QueryInput input = current->fields;
    input.priority = triage.priority;
    input.dueOn = triage.dueOn;
    input.assignedAdviserId = triage.adviserId;
    input.route = triage.route;

    // One transaction for the field changes, the transition and the referral proposed: all or
    // nothing, one version and one notification.
    return db::guard([&]() -> Result<void> {
        db::Transaction transaction(m_record.connection());
        Result<Query> updated = update(id, input, current->version);
        if (!updated)
            return updated.error();
        const Result<void> moved = changeStatus(id, QueryStatus::Triaged, triage.note);
        if (!moved)
            return moved;
        if (triage.partnerId) {
            const Result<void> proposed = m_proposeReferral(id, *triage.partnerId, triage.note.trimmed());
            if (!proposed)
                return proposed;
        }
        transaction.commit();
        return {};
    });
}

Result<TimelineEntry> QueryService::readEntry(qint64 entryId) const
{
    return db::guard([&]() -> Result<TimelineEntry> {
        std::optional<TimelineEntry> entry = m_record.timeline().entry(entryId);
        if (!entry)
            return makeError(ErrorCode::Internal);
        return std::move(*entry);
    });
}

Result<TimelineEntry> QueryService::addEntry(qint64 id, const NewEntry& entry)
{
    if (const std::optional<Error> problem = QueryRules::entryProblem(entry))
        return *problem;
    qint64 entryId = 0;
    Result<void> status = db::guard([&]() -> Result<void> {
        db::Transaction transaction(m_record.connection());
        const std::optional<Query> q = m_repository->read(id);
        if (!q)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (q->mergedIntoId)
            return makeError(ErrorCode::NotAllowed, tr("This query was merged into another."));
        casefile::TimelineRecord record;
        record.kind = entry.kind;
        record.occurredAtUtc = entry.occurredAtUtc;
        record.summary = entry.summary.trimmed();
        record.body = entry.body;
        entryId = m_record.timeline().append(id, record);
        transaction.commit();
        return {};
    });
    if (!status)
        return status.error();
    return readEntry(entryId);
}

Result<TimelineEntry> QueryService::correctEntry(qint64 entryId, const QString& correction)
{
    if (correction.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Write the correction."));
    qint64 newId = 0;
    Result<void> status = db::guard([&]() -> Result<void> {
        db::Transaction transaction(m_record.connection());
        const std::optional<TimelineEntry> original = m_record.timeline().entry(entryId);
        if (!original)
            return makeError(ErrorCode::NotFound, tr("No such timeline entry."));
        casefile::TimelineRecord record;
        record.kind = EntryKind::Correction;
        record.summary
            = tr("Correction of the %1 entry of %2")
                  .arg(TimelineText::label(original->kind).toLower(), original->occurredAtUtc.toString(Qt::ISODate));
        record.data = QJsonObject { { QLatin1String(TimelineData::CorrectsKind), TimelineText::code(original->kind) },
            { QLatin1String(TimelineData::CorrectsAt), original->occurredAtUtc.toString(Qt::ISODate) } };
        record.body = correction;
        record.correctsId = entryId;
        newId = m_record.timeline().append(original->queryId, record);
        transaction.commit();
        return {};
    });
    if (!status)
        return status.error();
    return readEntry(newId);
}

Result<void> QueryService::link(qint64 fromId, qint64 toId, LinkKind kind)
{
    return m_links->link(fromId, toId, kind);
}

Result<void> QueryService::unlink(qint64 firstId, qint64 secondId)
{
    return m_links->unlink(firstId, secondId);
}

Result<void> QueryService::merge(qint64 duplicateId, qint64 survivorId)
{
    return m_links->merge(duplicateId, survivorId);
}

Result<std::vector<QueryLink>> QueryService::links(qint64 id) const
{
    return m_links->links(id);
}

Result<void> QueryService::canRemove(qint64 id) const
{
    return db::guard([&]() -> Result<void> {
        const std::optional<Query> q = m_repository->read(id);
        if (!q)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (const std::optional<Error> problem = QueryRules::deletionProblem(*q, m_repository->hasMergedDuplicates(id),
                m_repository->hasReferralsOrConsents(id), m_repository->hasDrafts(id),
                m_repository->hasAttachments(id)))
            return *problem;
        return {};
    });
}

Result<void> QueryService::remove(qint64 id)
{
    return db::guard([&]() -> Result<void> {
        db::Transaction transaction(m_record.connection());
        const std::optional<Query> q = m_repository->read(id);
        if (!q)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (const std::optional<Error> problem = QueryRules::deletionProblem(*q, m_repository->hasMergedDuplicates(id),
                m_repository->hasReferralsOrConsents(id), m_repository->hasDrafts(id),
                m_repository->hasAttachments(id)))
            return *problem;
        m_record.index().remove(id);
        m_repository->remove(id);
        m_record.events().removed(id);
        transaction.commit();
        return {};
    });
}

Result<Query> QueryService::get(qint64 id) const
{
    return db::guard([&]() -> Result<Query> {
        std::optional<Query> q = m_repository->read(id);
        if (!q)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        return std::move(*q);
    });
}

Result<QueryService::Resolved> QueryService::findByReference(const QString& reference) const
{
    int year = 0;
    int sequence = 0;
    if (!parseReference(reference, &year, &sequence))
        return makeError(
            ErrorCode::InvalidInput, tr("\u201c%1\u201d is not a reference like AH-2026-0042.").arg(reference));
    const QString normalized = formatReference(year, sequence);
    return db::guard([&]() -> Result<Resolved> {
        bool viaMerge = false;
        const std::optional<qint64> id = m_repository->resolveReference(normalized, &viaMerge);
        std::optional<Query> q = id ? m_repository->read(*id) : std::nullopt;
        if (!q)
            return makeError(ErrorCode::NotFound, tr("There is no query %1.").arg(normalized));
        return Resolved { std::move(*q), normalized, viaMerge };
    });
}

Result<std::vector<TimelineEntry>> QueryService::timeline(qint64 id) const
{
    return db::guard([&]() -> Result<std::vector<TimelineEntry>> { return m_record.timeline().entries(id); });
}

} // namespace advicehub::queries
