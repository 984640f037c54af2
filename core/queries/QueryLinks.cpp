#include "queries/QueryLinks.h"

#include "casefile/CaseEvents.h"
#include "casefile/CaseRecord.h"
#include "casefile/CaseTimeline.h"
#include "casefile/QueryIndex.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"
#include "queries/QueryRepository.h"
#include "queries/QueryService.h"
#include "queries/TimelineSummary.h"

namespace advicehub::queries {

// Messages written for the timeline and errors keep the translation context of QueryService,
// where they were first written.

QString LinkKinds::code(LinkKind kind)
{
    return kind == LinkKind::FollowUp ? QStringLiteral("follow_up") : QStringLiteral("related");
}

std::optional<LinkKind> LinkKinds::parse(QStringView code)
{
    for (LinkKind kind : all()) {
        if (code == LinkKinds::code(kind))
            return kind;
    }
    return std::nullopt;
}

const std::vector<LinkKind>& LinkKinds::all()
{
    static const std::vector<LinkKind> kinds { LinkKind::Related, LinkKind::FollowUp };
    return kinds;
}

QString LinkKinds::relationCode(LinkKind kind, bool outgoing)
{
    if (kind == LinkKind::Related)
        return QStringLiteral("related");
    return outgoing ? QStringLiteral("follow_up_of") : QStringLiteral("followed_up_by");
}

QString LinkKinds::relationLabel(LinkKind kind, bool outgoing)
{
    if (kind == LinkKind::Related)
        return tr("related to");
    return outgoing ? tr("follow-up of") : tr("followed up by");
}

QueryLinks::QueryLinks(casefile::CaseRecord& record, QueryRepository& repository)
    : m_record(record), m_repository(repository)
{ }

Result<void> QueryLinks::link(qint64 fromId, qint64 toId, LinkKind kind)
{
    if (fromId == toId)
        return makeError(ErrorCode::InvalidInput, QueryService::tr("A query cannot be linked to itself."));
    return db::guard([&]() -> Result<void> {
        db::Connection& c = m_record.connection();
        db::Transaction transaction(c);
        const std::optional<Query> from = m_repository.read(fromId);
        const std::optional<Query> to = m_repository.read(toId);
        if (!from || !to)
            return makeError(ErrorCode::NotFound, QueryService::tr("No such query."));
        if (from->mergedIntoId || to->mergedIntoId)
            return makeError(
                ErrorCode::NotAllowed, QueryService::tr("A merged duplicate cannot be linked; link its survivor."));
        db::Statement exists = c.prepare(
            "SELECT 1 FROM query_links WHERE (from_id = ?1 AND to_id = ?2) OR (from_id = ?2 AND to_id = ?1)");
        exists.bindAll(fromId, toId);
        if (exists.step())
            return makeError(ErrorCode::InvalidInput,
                QueryService::tr("%1 and %2 are already linked.").arg(from->reference, to->reference));
        exists.reset();
        qint64 a = fromId;
        qint64 b = toId;
        if (kind == LinkKind::Related && a > b)
            std::swap(a, b); // stored once, in id order
        db::Statement insert = c.prepare(
            "INSERT INTO query_links(from_id, to_id, kind, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5)");
        insert.bindAll(a, b, LinkKinds::code(kind), isoUtc(m_record.clock().nowUtc()), m_record.actor());
        insert.execute();

        const bool followUp = kind == LinkKind::FollowUp;
        casefile::TimelineRecord entry;
        entry.kind = EntryKind::Linked;
        entry.newValue = to->reference;
        entry.data = QJsonObject { { QLatin1String(TimelineData::Relation), LinkKinds::relationCode(kind, true) } };
        entry.summary = followUp ? QueryService::tr("Follow-up of %1").arg(to->reference)
                                 : QueryService::tr("Related to %1").arg(to->reference);
        m_record.timeline().append(fromId, entry);
        entry.newValue = from->reference;
        entry.data = QJsonObject { { QLatin1String(TimelineData::Relation), LinkKinds::relationCode(kind, false) } };
        entry.summary = followUp ? QueryService::tr("Followed up by %1").arg(from->reference)
                                 : QueryService::tr("Related to %1").arg(from->reference);
        m_record.timeline().append(toId, entry);
        transaction.commit();
        return {};
    });
}

Result<void> QueryLinks::unlink(qint64 firstId, qint64 secondId)
{
    return db::guard([&]() -> Result<void> {
        db::Connection& c = m_record.connection();
        db::Transaction transaction(c);
        const std::optional<Query> first = m_repository.read(firstId);
        const std::optional<Query> second = m_repository.read(secondId);
        if (!first || !second)
            return makeError(ErrorCode::NotFound, QueryService::tr("No such query."));
        db::Statement remove
            = c.prepare("DELETE FROM query_links WHERE (from_id = ?1 AND to_id = ?2) OR (from_id = ?2 AND to_id = ?1)");
        remove.bindAll(firstId, secondId);
        remove.execute();
        if (c.changes() == 0)
            return makeError(ErrorCode::NotFound,
                QueryService::tr("%1 and %2 are not linked.").arg(first->reference, second->reference));
        casefile::TimelineRecord entry;
        entry.kind = EntryKind::Unlinked;
        entry.oldValue = second->reference;
        entry.summary = QueryService::tr("No longer linked to %1").arg(second->reference);
        m_record.timeline().append(firstId, entry);
        entry.oldValue = first->reference;
        entry.summary = QueryService::tr("No longer linked to %1").arg(first->reference);
        m_record.timeline().append(secondId, entry);
        transaction.commit();
        return {};
    });
}

void QueryLinks::moveLinks(qint64 duplicateId, qint64 survivorId)
{
    // Links of the duplicate now belong to the survivor (except a link between the two).
    db::Connection& c = m_record.connection();
    struct Link {
        qint64 from;
        qint64 to;
        QString kind;
        QString createdAt;
        std::optional<qint64> createdBy;
    };
    std::vector<Link> links;
    db::Statement read = c.prepare(
        "SELECT from_id, to_id, kind, created_at, created_by FROM query_links WHERE from_id = ?1 OR to_id = ?1");
    read.bind(1, duplicateId);
    while (read.step())
        links.push_back({ read.int64(0), read.int64(1), read.text(2), read.text(3), read.optionalInt64(4) });
    read.reset();
    db::Statement drop = c.prepare("DELETE FROM query_links WHERE from_id = ?1 OR to_id = ?1");
    drop.bind(1, duplicateId);
    drop.execute();
    db::Statement add = c.prepare("INSERT OR IGNORE INTO query_links(from_id, to_id, kind, created_at, created_by) "
                                  "SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM query_links "
                                  "WHERE (from_id = ?1 AND to_id = ?2) OR (from_id = ?2 AND to_id = ?1))");
    for (Link link : links) {
        if (link.from == duplicateId)
            link.from = survivorId;
        if (link.to == duplicateId)
            link.to = survivorId;
        if (link.from == link.to)
            continue;
        add.bindAll(link.from, link.to, link.kind, link.createdAt, link.createdBy);
        add.execute();
    }
}

Result<void> QueryLinks::merge(qint64 duplicateId, qint64 survivorId)
{
    if (duplicateId == survivorId)
        return makeError(ErrorCode::InvalidInput, QueryService::tr("A query cannot be merged into itself."));
    return db::guard([&]() -> Result<void> {
        db::Transaction transaction(m_record.connection());
        const std::optional<Query> duplicate = m_repository.read(duplicateId);
        const std::optional<Query> survivor = m_repository.read(survivorId);
        if (!duplicate || !survivor)
            return makeError(ErrorCode::NotFound, QueryService::tr("No such query."));
        if (duplicate->mergedIntoId || survivor->mergedIntoId)
            return makeError(
                ErrorCode::NotAllowed, QueryService::tr("A query that was already merged cannot be merged again."));

        // Referrals and consents (schema version 6) go with the duplicate's timeline to the
        // survivor; two open referrals to one partner would then be one too many.
        db::Statement clash = m_record.connection().prepare(
            "SELECT 1 FROM referrals a JOIN referrals b ON b.partner_id = a.partner_id WHERE a.query_id = ?1 AND "
            "b.query_id = ?2 AND a.status IN ('proposed', 'consent_obtained', 'sent', 'accepted') AND b.status IN "
            "('proposed', 'consent_obtained', 'sent', 'accepted')");
        clash.bindAll(duplicateId, survivorId);
        if (clash.step())
            return makeError(ErrorCode::NotAllowed,
                QueryService::tr("Both queries have an open referral to the same partner; withdraw one of them "
                                 "before merging."));
        clash.reset();
        // Drafts too (schema version 7), sent ones included: the lock of a sent draft lets its
        // query_id change for exactly this. And attachments (schema version 9), whose timeline
        // entries move with the duplicate's below.
        for (const char* sql : { "UPDATE referrals SET query_id = ?2 WHERE query_id = ?1",
                 "UPDATE consents SET query_id = ?2 WHERE query_id = ?1",
                 "UPDATE drafts SET query_id = ?2 WHERE query_id = ?1",
                 "UPDATE attachments SET query_id = ?2 WHERE query_id = ?1" }) {
            db::Statement move = m_record.connection().prepare(sql);
            move.bindAll(duplicateId, survivorId);
            move.execute();
        }

        casefile::CaseTimeline& timeline = m_record.timeline();
        timeline.moveEntries(duplicateId, survivorId);
        moveLinks(duplicateId, survivorId);
        m_repository.markMerged(duplicateId, survivorId);
        casefile::TimelineRecord entry;
        entry.kind = EntryKind::Merged;
        entry.oldValue = duplicate->reference;
        entry.summary = QueryService::tr("%1 (a duplicate) was merged into this query").arg(duplicate->reference);
        timeline.append(survivorId, entry);
        entry.oldValue.clear();
        entry.newValue = survivor->reference;
        entry.summary = QueryService::tr("Merged into %1").arg(survivor->reference);
        timeline.append(duplicateId, entry);
        // The duplicate leaves the search; the survivor is found by the duplicate's texts too.
        m_record.index().refresh(duplicateId);
        m_record.index().refresh(survivorId);
        m_record.events().reset();
        transaction.commit();
        return {};
    });
}

Result<std::vector<QueryLink>> QueryLinks::links(qint64 id) const
{
    return db::guard([&]() -> Result<std::vector<QueryLink>> {
        std::vector<QueryLink> links;
        db::Statement s = m_record.connection().prepare(
            "SELECT l.to_id, q.reference, q.subject, l.kind, 1 FROM query_links l JOIN queries q ON q.id = l.to_id "
            "WHERE l.from_id = ?1 UNION ALL "
            "SELECT l.from_id, q.reference, q.subject, l.kind, 0 FROM query_links l JOIN queries q ON q.id = l.from_id "
            "WHERE l.to_id = ?1 ORDER BY 2");
        s.bind(1, id);
        while (s.step()) {
            links.push_back(QueryLink { s.int64(0), s.text(1), s.text(2),
                LinkKinds::parse(s.text(3)).value_or(LinkKind::Related), s.int64(4) != 0 });
        }
        return links;
    });
}

} // namespace advicehub::queries
