#include "casefile/DisclosureRecord.h"

#include "casefile/CaseTimeline.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace advicehub::casefile {

namespace {

constexpr std::array<std::pair<DisclosureKind, const char*>, 4> kCodes { {
    { DisclosureKind::Export, "export" },
    { DisclosureKind::Print, "print" },
    { DisclosureKind::Pdf, "pdf" },
    { DisclosureKind::Share, "share" },
} };

QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString fieldsText(const QStringList& fields)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
}

QStringList fieldsFromText(const QString& text)
{
    QStringList fields;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        fields << value.toString();
    return fields;
}

} // namespace

DisclosureRecord::DisclosureRecord(
    db::Connection& connection, const Clock& clock, const std::optional<qint64>& actor, CaseTimeline& timeline)
    : m_connection(connection), m_clock(clock), m_actor(actor), m_timeline(timeline)
{ }

QString DisclosureRecord::code(DisclosureKind kind)
{
    for (const auto& [value, text] : kCodes) {
        if (value == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

std::optional<DisclosureKind> DisclosureRecord::kind(QStringView code)
{
    for (const auto& [value, text] : kCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

Status DisclosureRecord::check(const Disclosure& disclosure)
{
    if (disclosure.document.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say what was disclosed."));
    if (disclosure.copyNumber && *disclosure.copyNumber < 1)
        return makeError(ErrorCode::InvalidInput, tr("Copies are numbered from 1."));
    return {};
}

qint64 DisclosureRecord::write(const QList<qint64>& queryIds, const Disclosure& disclosure)
{
    const QString now = isoUtc(m_clock.nowUtc());
    db::Statement insert = m_connection.prepare(
        "INSERT INTO disclosures(kind, document, occurred_at, adviser_id, recipient, profile, copy_number, fields, "
        "file_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bindAll(code(disclosure.kind), disclosure.document.trimmed(), now, m_actor, text(disclosure.recipient),
        text(disclosure.profile), disclosure.copyNumber, fieldsText(disclosure.fields), text(disclosure.fileName));
    insert.execute();
    const qint64 id = m_connection.lastInsertRowId();

    db::Statement reference = m_connection.prepare("SELECT reference FROM queries WHERE id = ?1");
    db::Statement item = m_connection.prepare(
        "INSERT OR IGNORE INTO disclosure_queries(disclosure_id, query_id, reference) VALUES (?1, ?2, ?3)");
    TimelineRecord entry;
    // Every kind of disclosure keeps the one stored kind; the summary says what happened.
    entry.kind = EntryKind::Exported;
    entry.summary = disclosure.summary;
    entry.source = TimelineSource { QStringLiteral("disclosure"), id };
    // What the entry's text says, for its rendering in the reader's language.
    entry.data = disclosure.entryData;
    entry.data.insert(QStringLiteral("disclosure_kind"), code(disclosure.kind));
    entry.data.insert(QStringLiteral("document"), disclosure.document.trimmed());
    entry.data.insert(QStringLiteral("recipient"), disclosure.recipient);
    if (!disclosure.profile.isEmpty())
        entry.data.insert(QStringLiteral("profile"), disclosure.profile);
    if (disclosure.copyNumber)
        entry.data.insert(QStringLiteral("copy_number"), *disclosure.copyNumber);
    if (!disclosure.fileName.isEmpty())
        entry.data.insert(QStringLiteral("file_name"), disclosure.fileName);
    entry.data.insert(QStringLiteral("fields"), QJsonArray::fromStringList(disclosure.fields));
    for (qint64 queryId : queryIds) {
        reference.bind(1, queryId);
        if (!reference.step()) {
            reference.reset();
            continue;
        }
        const QString ref = reference.text(0);
        reference.reset();
        item.bindAll(id, queryId, ref);
        item.execute();
        m_timeline.appendWithoutChange(queryId, entry);
    }
    return id;
}

Result<qint64> DisclosureRecord::record(
    const QList<qint64>& queryIds, const Disclosure& disclosure, const std::function<Status()>& beforeCommit)
{
    Result<QList<qint64>> ids = recordAll({ Item { queryIds, disclosure } }, beforeCommit);
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Result<QList<qint64>> DisclosureRecord::recordAll(
    const std::vector<Item>& items, const std::function<Status()>& beforeCommit)
{
    if (items.empty())
        return makeError(ErrorCode::InvalidInput, tr("Say what was disclosed."));
    for (const Item& item : items) {
        if (const Status valid = check(item.disclosure); !valid)
            return valid.error();
    }
    return db::guard([&]() -> Result<QList<qint64>> {
        db::Transaction transaction(m_connection);
        QList<qint64> ids;
        for (const Item& item : items)
            ids << write(item.queryIds, item.disclosure);
        if (beforeCommit) {
            const Status done = beforeCommit();
            if (!done)
                return done.error();
        }
        transaction.commit();
        return ids;
    });
}

Result<std::vector<Disclosure>> DisclosureRecord::list(const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    return db::guard([&]() -> Result<std::vector<Disclosure>> {
        std::vector<Disclosure> disclosures;
        db::Statement s = m_connection.prepare(
            "SELECT id, kind, document, occurred_at, adviser_id, recipient, profile, copy_number, fields, file_name "
            "FROM disclosures WHERE (?1 IS NULL OR occurred_at >= ?1) AND (?2 IS NULL OR occurred_at < ?2) ORDER BY "
            "id");
        s.bindAll(fromUtc.isValid() ? isoUtc(fromUtc) : QString(), toUtc.isValid() ? isoUtc(toUtc) : QString());
        while (s.step()) {
            Disclosure d;
            d.id = s.int64(0);
            d.kind = kind(s.text(1)).value_or(DisclosureKind::Export);
            d.document = s.text(2);
            d.occurredAtUtc = parseIsoUtc(s.text(3));
            d.adviserId = s.optionalInt64(4);
            d.recipient = s.text(5);
            d.profile = s.text(6);
            if (!s.isNull(7))
                d.copyNumber = s.int32(7);
            d.fields = fieldsFromText(s.text(8));
            d.fileName = s.text(9);
            disclosures.push_back(std::move(d));
        }
        s.reset();
        db::Statement items = m_connection.prepare(
            "SELECT query_id, reference FROM disclosure_queries WHERE disclosure_id = ?1 ORDER BY rowid");
        for (Disclosure& d : disclosures) {
            items.bind(1, d.id);
            while (items.step())
                d.queries.push_back(Disclosure::Item { items.optionalInt64(0), items.text(1) });
            items.reset();
        }
        return disclosures;
    });
}

} // namespace advicehub::casefile
