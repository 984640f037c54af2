#include "casefile/CaseTimeline.h"

#include "casefile/CaseEvents.h"
#include "casefile/QueryIndex.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Statement.h"

#include <QJsonDocument>

#include <stdexcept>

namespace advicehub::casefile {

namespace {

// The one statement that writes a timeline entry.
constexpr const char* kInsertSql
    = "INSERT INTO timeline(query_id, kind, occurred_at, recorded_at, adviser_id, field, old_value, new_value, "
      "summary, body, corrects_id, source_kind, source_id, data) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

constexpr const char* kSelectSql
    = "SELECT t.id, t.query_id, t.kind, t.occurred_at, t.recorded_at, t.adviser_id, a.name, t.field, t.old_value, "
      "t.new_value, t.summary, t.body, t.corrects_id, t.source_kind, t.source_id, t.data "
      "FROM timeline t LEFT JOIN advisers a ON a.id = t.adviser_id ";

// Text columns are NOT NULL: a null QString would bind SQL NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

TimelineEntry readEntry(const db::Statement& s)
{
    TimelineEntry e;
    e.id = s.int64(0);
    e.queryId = s.int64(1);
    e.kind = TimelineText::kind(s.text(2)).value_or(EntryKind::Note);
    e.occurredAtUtc = parseIsoUtc(s.text(3));
    e.recordedAtUtc = parseIsoUtc(s.text(4));
    e.adviserId = s.optionalInt64(5);
    e.adviserName = s.text(6);
    e.field = s.text(7);
    e.oldValue = s.text(8);
    e.newValue = s.text(9);
    e.summary = s.text(10);
    e.body = s.text(11);
    e.correctsId = s.optionalInt64(12);
    if (!s.isNull(13))
        e.source = TimelineSource { s.text(13), s.int64(14) };
    if (const QString data = s.text(15); !data.isEmpty())
        e.data = QJsonDocument::fromJson(data.toUtf8()).object();
    return e;
}

} // namespace

CaseTimeline::CaseTimeline(db::Connection& connection, const Clock& clock, const std::optional<qint64>& actor,
    QueryIndex& index, CaseEvents& events)
    : m_connection(connection), m_clock(clock), m_actor(actor), m_index(index), m_events(events)
{ }

CaseTimeline::~CaseTimeline() = default;

QString CaseTimeline::now() const
{
    return isoUtc(m_clock.nowUtc());
}

void CaseTimeline::requireTransaction() const
{
    if (!m_connection.inTransaction())
        throw std::logic_error("timeline entries are appended inside the caller's transaction");
}

qint64 CaseTimeline::insert(db::Statement& s, qint64 queryId, const TimelineRecord& r, const QString& now)
{
    s.bindAll(queryId, TimelineText::code(r.kind), r.occurredAtUtc.isValid() ? isoUtc(r.occurredAtUtc) : now, now,
        m_actor, r.field, r.oldValue, r.newValue, text(r.summary), text(r.body), r.correctsId,
        r.source ? r.source->domain : QString(), r.source ? std::optional<qint64>(r.source->id) : std::nullopt,
        r.data.isEmpty() ? QStringLiteral("")
                         : QString::fromUtf8(QJsonDocument(r.data).toJson(QJsonDocument::Compact)));
    s.execute();
    return m_connection.lastInsertRowId();
}

qint64 CaseTimeline::append(qint64 queryId, const TimelineRecord& record)
{
    requireTransaction();
    const QString recorded = now();
    db::Statement s = m_connection.prepare(kInsertSql);
    const qint64 id = insert(s, queryId, record, recorded);
    bump(queryId, recorded);
    m_events.changed(queryId);
    if (TimelineText::isIndexed(record.kind))
        m_index.refresh(queryId);
    return id;
}

qint64 CaseTimeline::appendWithoutChange(qint64 queryId, const TimelineRecord& record)
{
    requireTransaction();
    db::Statement s = m_connection.prepare(kInsertSql);
    const qint64 id = insert(s, queryId, record, now());
    if (TimelineText::isIndexed(record.kind))
        m_index.refresh(queryId);
    return id;
}

void CaseTimeline::touch(qint64 queryId)
{
    requireTransaction();
    bump(queryId, now());
    m_events.changed(queryId);
}

void CaseTimeline::bump(qint64 queryId, const QString& now)
{
    if (m_bumped.contains(queryId))
        return;
    db::Statement s = m_connection.prepare("UPDATE queries SET version = version + 1, updated_at = ?1 WHERE id = ?2");
    s.bindAll(now, queryId);
    s.execute();
    m_bumped.insert(queryId);
    // Once per outermost transaction: forgotten when it ends, or when the savepoint that bumped
    // rolls back (the bump with it).
    const auto forget = [this, alive = std::weak_ptr<int>(m_alive), queryId] {
        if (!alive.expired())
            m_bumped.remove(queryId);
    };
    m_connection.afterCommit(forget);
    m_connection.onRollback(forget);
}

void CaseTimeline::moveEntries(qint64 fromQueryId, qint64 toQueryId)
{
    requireTransaction();
    db::Statement s = m_connection.prepare("UPDATE timeline SET query_id = ?1 WHERE query_id = ?2");
    s.bindAll(toQueryId, fromQueryId);
    s.execute();
}

std::vector<TimelineEntry> CaseTimeline::entries(qint64 queryId) const
{
    std::vector<TimelineEntry> entries;
    db::Statement s
        = m_connection.prepare(std::string(kSelectSql) + "WHERE t.query_id = ?1 ORDER BY t.occurred_at, t.id");
    s.bind(1, queryId);
    while (s.step())
        entries.push_back(readEntry(s));
    return entries;
}

std::optional<TimelineEntry> CaseTimeline::entry(qint64 entryId) const
{
    db::Statement s = m_connection.prepare(std::string(kSelectSql) + "WHERE t.id = ?1");
    s.bind(1, entryId);
    if (!s.step())
        return std::nullopt;
    return readEntry(s);
}

CaseTimeline::BulkAppender::BulkAppender(CaseTimeline& timeline, const QString& nowUtc)
    : m_timeline(timeline),
      m_insert(std::make_unique<db::Statement>(timeline.m_connection.prepare(kInsertSql))),
      m_now(nowUtc.isEmpty() ? timeline.now() : nowUtc)
{
    m_timeline.requireTransaction();
}

CaseTimeline::BulkAppender::~BulkAppender() = default;

qint64 CaseTimeline::BulkAppender::append(qint64 queryId, const TimelineRecord& record)
{
    return m_timeline.insert(*m_insert, queryId, record, m_now);
}

} // namespace advicehub::casefile
