#include "casefile/QueryIndex.h"

#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Statement.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <string>

namespace advicehub::casefile {

namespace {

const QDate kEpoch(2000, 1, 1);

constexpr const char* kInsertSql
    = "INSERT INTO query_fts(docid, subject, request, institution, contacts, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

// Text columns of the index are never NULL, and hold their text normalised.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : QueryIndex::searchableText(value);
}

// "SELECT summary, body FROM timeline WHERE query_id = ?1 AND kind IN ('note', ...)": the kinds
// are TimelineText::isIndexed, spelled out once.
const std::string& indexedEntriesSql()
{
    static const std::string sql = [] {
        QStringList codes;
        for (EntryKind kind : TimelineText::allKinds()) {
            if (TimelineText::isIndexed(kind))
                codes << QLatin1Char('\'') + TimelineText::code(kind) + QLatin1Char('\'');
        }
        return "SELECT summary, body FROM timeline WHERE query_id = ?1 AND kind IN ("
            + codes.join(QStringLiteral(", ")).toStdString() + ") ORDER BY id";
    }();
    return sql;
}

} // namespace

QueryIndex::QueryIndex(db::Connection& connection) : m_connection(connection)
{ }

qint64 QueryIndex::docid(QDate receivedOn, qint64 queryId)
{
    const qint64 days = std::max<qint64>(0, kEpoch.daysTo(receivedOn));
    return (days << 32) | queryId;
}

QString QueryIndex::searchableText(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

void QueryIndex::normaliseRows(db::Connection& c)
{
    db::Statement read = c.prepare("SELECT docid, subject, request, institution, contacts, notes FROM query_fts");
    std::vector<qint64> changed;
    while (read.step()) {
        for (int column = 1; column <= 5; ++column) {
            const QString value = read.text(column);
            if (searchableText(value) != value) {
                changed.push_back(read.int64(0));
                break;
            }
        }
    }
    read.reset();
    // Rows are rewritten after reading, not while a statement walks the table.
    db::Statement one
        = c.prepare("SELECT subject, request, institution, contacts, notes FROM query_fts WHERE docid = ?1");
    db::Statement update = c.prepare("UPDATE query_fts SET subject = ?2, request = ?3, institution = ?4, contacts = "
                                     "?5, notes = ?6 WHERE docid = ?1");
    for (qint64 docid : changed) {
        one.bind(1, docid);
        if (!one.step())
            continue;
        std::array<QString, 5> values;
        for (int column = 0; column < 5; ++column)
            values[static_cast<std::size_t>(column)] = searchableText(one.text(column));
        one.reset();
        update.bindAll(docid, values[0], values[1], values[2], values[3], values[4]);
        update.execute();
    }
}

void QueryIndex::addSource(IndexSource* source)
{
    if (source && std::find(m_sources.begin(), m_sources.end(), source) == m_sources.end())
        m_sources.push_back(source);
}

void QueryIndex::removeSource(IndexSource* source)
{
    m_sources.erase(std::remove(m_sources.begin(), m_sources.end(), source), m_sources.end());
}

void QueryIndex::appendEntry(QString& notes, const QString& summary, const QString& body) const
{
    notes += QLatin1Char('\n') + summary + QLatin1Char('\n') + body;
}

void QueryIndex::appendSources(QString& notes, qint64 queryId)
{
    for (IndexSource* source : m_sources) {
        const QString extra = source->indexedText(m_connection, queryId);
        if (!extra.isEmpty())
            notes += QLatin1Char('\n') + extra;
    }
}

void QueryIndex::insertRow(db::Statement& insert, qint64 docid, const Texts& texts, const QString& notes) const
{
    insert.bindAll(docid, text(texts.subject), text(texts.request), text(texts.institution),
        text(texts.contactName + QLatin1Char(' ') + texts.contactFunction), text(notes));
    insert.execute();
}

void QueryIndex::refresh(qint64 queryId)
{
    db::Statement s = m_connection.prepare(
        "SELECT q.received_on, q.subject, t.request_text, q.institution, q.contact_name, q.contact_function, "
        "t.notes, q.fts_docid, q.merged_into_id FROM queries q LEFT JOIN query_texts t ON t.query_id = q.id "
        "WHERE q.id = ?1");
    s.bind(1, queryId);
    if (!s.step())
        return;
    const QDate received = parseIsoDate(s.text(0));
    Texts texts { s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), {} };
    QString notes = s.text(6);
    const qint64 oldDocid = s.int64(7);
    const bool merged = !s.isNull(8);
    s.reset();

    db::Statement entries = m_connection.prepare(indexedEntriesSql());
    entries.bind(1, queryId);
    while (entries.step())
        appendEntry(notes, entries.text(0), entries.text(1));
    entries.reset();
    appendSources(notes, queryId);

    db::Statement removeRow = m_connection.prepare("DELETE FROM query_fts WHERE docid = ?1");
    removeRow.bind(1, oldDocid);
    removeRow.execute();
    const qint64 newDocid = docid(received, queryId);
    if (newDocid != oldDocid) {
        db::Statement update = m_connection.prepare("UPDATE queries SET fts_docid = ?1 WHERE id = ?2");
        update.bindAll(newDocid, queryId);
        update.execute();
    }
    if (merged)
        return; // a merged duplicate is not found by searches; its survivor is
    db::Statement insert = m_connection.prepare(kInsertSql);
    insertRow(insert, newDocid, texts, notes);
}

void QueryIndex::remove(qint64 queryId)
{
    db::Statement s
        = m_connection.prepare("DELETE FROM query_fts WHERE docid = (SELECT fts_docid FROM queries WHERE id = ?1)");
    s.bind(1, queryId);
    s.execute();
}

QueryIndex::BulkWriter::BulkWriter(QueryIndex& index)
    : m_index(index), m_insert(std::make_unique<db::Statement>(index.m_connection.prepare(kInsertSql)))
{ }

QueryIndex::BulkWriter::~BulkWriter() = default;

void QueryIndex::BulkWriter::add(qint64 docid, qint64 queryId, const Texts& texts, const std::vector<NewEntry>& entries)
{
    QString notes = texts.notes;
    for (const NewEntry& entry : entries) {
        if (TimelineText::isIndexed(entry.kind))
            m_index.appendEntry(notes, entry.summary, entry.body);
    }
    if (!m_index.m_sources.empty())
        m_index.appendSources(notes, queryId);
    m_index.insertRow(*m_insert, docid, texts, notes);
}

} // namespace advicehub::casefile
