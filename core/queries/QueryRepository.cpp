#include "queries/QueryRepository.h"

#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Statement.h"
#include "reference/ReferenceLookup.h"

#include <QRegularExpression>

#include <algorithm>

namespace advicehub::queries {

namespace {

using db::Statement;

// Text columns are NOT NULL: a null QString would bind SQL NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString trimmedText(const QString& value)
{
    return text(value.trimmed());
}

QString joinNumbers(const QList<int>& numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

QString routeCode(const std::optional<Route>& route)
{
    return route ? QueryText::code(*route) : QString();
}

} // namespace

QList<int> sortedUnique(QList<int> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

QList<qint64> sortedUnique(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

QueryRepository::QueryRepository(db::Connection& connection, const reference::ReferenceLookup& lookup)
    : m_connection(connection), m_lookup(lookup)
{ }

std::optional<Query> QueryRepository::read(qint64 id) const
{
    Statement s = m_connection.prepare(
        "SELECT q.id, q.reference, q.received_on, q.channel_id, q.state_id, q.institution_type_id, q.institution, "
        "q.contact_name, q.contact_function, q.contact_email, q.contact_phone, q.subject, t.request_text, "
        "q.language, q.confidentiality, q.priority, q.due_on, q.due_overridden, q.assigned_adviser_id, q.route, "
        "q.status, q.waiting_since, q.merged_into_id, q.created_at, q.updated_at, q.version, t.notes, "
        "t.summary FROM queries q LEFT JOIN query_texts t ON t.query_id = q.id WHERE q.id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    Query q;
    q.id = s.int64(0);
    q.reference = s.text(1);
    QueryInput& f = q.fields;
    f.receivedOn = parseIsoDate(s.text(2));
    f.channelId = s.int64(3);
    f.stateId = s.int64(4);
    f.institutionTypeId = s.optionalInt64(5);
    f.institution = s.text(6);
    f.contact = Contact { s.text(7), s.text(8), s.text(9), s.text(10) };
    f.subject = s.text(11);
    f.requestText = s.text(12);
    f.language = s.text(13);
    f.confidentiality = QueryText::confidentiality(s.text(14)).value_or(Confidentiality::Confidential);
    f.priority = QueryText::priority(s.text(15)).value_or(Priority::Normal);
    q.dueOn = parseIsoDate(s.text(16));
    // The stored date, given back: saving the fields unchanged keeps it (DueDatePolicy).
    f.dueOn = DueDateChoice::set(q.dueOn);
    q.dueOverridden = s.int64(17) != 0;
    f.assignedAdviserId = s.optionalInt64(18);
    if (!s.isNull(19))
        f.route = QueryText::route(s.text(19));
    q.status = QueryText::status(s.text(20)).value_or(QueryStatus::New);
    if (!s.isNull(21))
        q.waitingSince = parseIsoDate(s.text(21));
    q.mergedIntoId = s.optionalInt64(22);
    q.createdAtUtc = parseIsoUtc(s.text(23));
    q.updatedAtUtc = parseIsoUtc(s.text(24));
    q.version = s.int32(25);
    f.notes = s.text(26);
    f.summary = s.text(27);
    s.reset();

    Statement themes
        = m_connection.prepare("SELECT qt.theme_id, th.name FROM query_themes qt JOIN themes th ON th.id = qt.theme_id "
                               "WHERE qt.query_id = ?1 ORDER BY th.sort_order");
    themes.bind(1, id);
    while (themes.step()) {
        f.themeIds << themes.int64(0);
        const reference::NamedItem* theme = m_lookup.theme(themes.int64(0));
        q.themeNames << (theme ? theme->name : themes.text(1)); // in the display language
    }
    Statement articles
        = m_connection.prepare("SELECT article FROM query_articles WHERE query_id = ?1 ORDER BY article");
    articles.bind(1, id);
    while (articles.step())
        f.articles << articles.int32(0);

    if (const auto* state = m_lookup.state(f.stateId)) {
        q.stateName = state->name;
        q.regionName = state->regionName;
    }
    if (const auto* channel = m_lookup.channel(f.channelId))
        q.channelName = channel->name;
    if (f.institutionTypeId) {
        if (const auto* type = m_lookup.institutionType(*f.institutionTypeId))
            q.institutionTypeName = type->name;
    }
    if (f.assignedAdviserId) {
        if (const auto* adviser = m_lookup.adviser(*f.assignedAdviserId))
            q.adviserName = adviser->name;
    }
    return q;
}

qint64 QueryRepository::waitedDays(qint64 id) const
{
    Statement s = m_connection.prepare("SELECT waited_days FROM queries WHERE id = ?1");
    s.bind(1, id);
    return s.step() ? s.int64(0) : 0;
}

bool QueryRepository::hasMergedDuplicates(qint64 id) const
{
    Statement s = m_connection.prepare("SELECT 1 FROM queries WHERE merged_into_id = ?1");
    s.bind(1, id);
    return s.step();
}

bool QueryRepository::hasReferralsOrConsents(qint64 id) const
{
    Statement s = m_connection.prepare("SELECT EXISTS (SELECT 1 FROM referrals WHERE query_id = ?1) OR EXISTS (SELECT "
                                       "1 FROM consents WHERE query_id = ?1)");
    s.bind(1, id);
    return s.step() && s.int64(0) != 0;
}

bool QueryRepository::hasDrafts(qint64 id) const
{
    Statement s = m_connection.prepare("SELECT 1 FROM drafts WHERE query_id = ?1 LIMIT 1");
    s.bind(1, id);
    return s.step();
}

bool QueryRepository::hasAttachments(qint64 id) const
{
    Statement s = m_connection.prepare("SELECT 1 FROM attachments WHERE query_id = ?1 LIMIT 1");
    s.bind(1, id);
    return s.step();
}

bool QueryRepository::hasSentDraft(qint64 id) const
{
    Statement s = m_connection.prepare("SELECT 1 FROM drafts WHERE query_id = ?1 AND state = 'sent' LIMIT 1");
    s.bind(1, id);
    return s.step();
}

std::optional<qint64> QueryRepository::resolveReference(const QString& normalized, bool* viaMerge) const
{
    Statement s = m_connection.prepare("SELECT id, merged_into_id FROM queries WHERE reference = ?1");
    s.bind(1, normalized);
    if (!s.step())
        return std::nullopt;
    qint64 id = s.int64(0);
    std::optional<qint64> next = s.optionalInt64(1);
    s.reset();
    *viaMerge = false;
    for (int hops = 0; next && hops < 64; ++hops) {
        *viaMerge = true;
        id = *next;
        Statement follow = m_connection.prepare("SELECT merged_into_id FROM queries WHERE id = ?1");
        follow.bind(1, id);
        next = follow.step() ? follow.optionalInt64(0) : std::nullopt;
    }
    return id;
}

bool QueryRepository::referenceExists(const QString& normalized) const
{
    Statement exists = m_connection.prepare("SELECT 1 FROM queries WHERE reference = ?1");
    exists.bind(1, normalized);
    return exists.step();
}

bool QueryRepository::parseReference(const QString& reference, int* year, int* sequence)
{
    static const QRegularExpression pattern(QStringLiteral("^AH-(\\d{4})-(\\d{4,6})$"));
    const QRegularExpressionMatch match = pattern.match(reference.trimmed().toUpper());
    if (!match.hasMatch())
        return false;
    *year = match.captured(1).toInt();
    *sequence = match.captured(2).toInt();
    return *sequence > 0;
}

QString QueryRepository::formatReference(int year, int sequence)
{
    return QStringLiteral("AH-%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

int QueryRepository::lastSequence(int year) const
{
    Statement read = m_connection.prepare("SELECT last_value FROM reference_sequences WHERE year = ?1");
    read.bind(1, year);
    return read.step() ? read.int32(0) : 0;
}

void QueryRepository::saveSequences(const QHash<int, int>& lastByYear)
{
    Statement save
        = m_connection.prepare("INSERT OR REPLACE INTO reference_sequences(year, last_value) VALUES (?1, ?2)");
    for (auto it = lastByYear.cbegin(); it != lastByYear.cend(); ++it) {
        save.bindAll(it.key(), it.value());
        save.execute();
    }
}

qint64 QueryRepository::nextId() const
{
    return std::max(m_connection.queryInt("SELECT ifnull(max(id), 0) FROM queries"),
               m_connection.queryInt("SELECT ifnull(max(seq), 0) FROM sqlite_sequence WHERE name = 'queries'"))
        + 1;
}

QueryRepository::Inserter::Inserter(db::Connection& c)
    : m_query(std::make_unique<Statement>(c.prepare(
        "INSERT INTO queries(id, reference, ref_year, ref_seq, received_on, channel_id, state_id, "
        "institution_type_id, institution, contact_name, contact_function, contact_email, contact_phone, subject, "
        "language, confidentiality, priority, due_on, due_overridden, assigned_adviser_id, route, status, "
        "waiting_since, fts_docid, created_at, updated_at, created_by, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
        "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?25, ?26, 1)"))),
      m_texts(std::make_unique<Statement>(
          c.prepare("INSERT INTO query_texts(query_id, request_text, notes, summary) VALUES (?1, ?2, ?3, ?4)"))),
      m_theme(std::make_unique<Statement>(
          c.prepare("INSERT OR IGNORE INTO query_themes(query_id, theme_id) VALUES (?1, ?2)"))),
      m_article(std::make_unique<Statement>(
          c.prepare("INSERT OR IGNORE INTO query_articles(query_id, article) VALUES (?1, ?2)")))
{ }

QueryRepository::Inserter::~Inserter() = default;

void QueryRepository::Inserter::insert(const NewRow& row)
{
    const QueryInput& f = *row.input;
    m_query->bindAll(row.id, row.reference, row.year, row.sequence, isoDate(f.receivedOn), f.channelId, f.stateId,
        f.institutionTypeId, trimmedText(f.institution), trimmedText(f.contact.name), trimmedText(f.contact.function),
        trimmedText(f.contact.email), trimmedText(f.contact.phone), trimmedText(f.subject), f.language,
        QueryText::code(f.confidentiality), QueryText::code(f.priority), isoDate(row.due.date), row.due.overridden,
        f.assignedAdviserId, routeCode(f.route), QueryText::code(row.status), isoDate(row.waitingSince), row.ftsDocid,
        row.now, row.createdBy);
    m_query->execute();
    m_texts->bindAll(row.id, text(f.requestText), text(f.notes), trimmedText(f.summary));
    m_texts->execute();
    for (qint64 theme : f.themeIds) {
        m_theme->bindAll(row.id, theme);
        m_theme->execute();
    }
    for (int article : f.articles) {
        m_article->bindAll(row.id, article);
        m_article->execute();
    }
}

void QueryRepository::updateFields(qint64 id, const QueryInput& next, const DueDate& due)
{
    Statement update = m_connection.prepare(
        "UPDATE queries SET received_on = ?1, channel_id = ?2, state_id = ?3, institution_type_id = ?4, "
        "institution = ?5, contact_name = ?6, contact_function = ?7, contact_email = ?8, contact_phone = ?9, "
        "subject = ?10, language = ?11, confidentiality = ?12, priority = ?13, due_on = ?14, due_overridden = ?15, "
        "assigned_adviser_id = ?16, route = ?17 WHERE id = ?18");
    update.bindAll(isoDate(next.receivedOn), next.channelId, next.stateId, next.institutionTypeId,
        trimmedText(next.institution), trimmedText(next.contact.name), trimmedText(next.contact.function),
        trimmedText(next.contact.email), trimmedText(next.contact.phone), trimmedText(next.subject), next.language,
        QueryText::code(next.confidentiality), QueryText::code(next.priority), isoDate(due.date), due.overridden,
        next.assignedAdviserId, routeCode(next.route), id);
    update.execute();
    Statement texts = m_connection.prepare(
        "UPDATE query_texts SET request_text = ?1, notes = ?2, summary = ?3 WHERE query_id = ?4");
    texts.bindAll(text(next.requestText), text(next.notes), trimmedText(next.summary), id);
    texts.execute();

    Statement clearThemes = m_connection.prepare("DELETE FROM query_themes WHERE query_id = ?1");
    clearThemes.bind(1, id);
    clearThemes.execute();
    Statement clearArticles = m_connection.prepare("DELETE FROM query_articles WHERE query_id = ?1");
    clearArticles.bind(1, id);
    clearArticles.execute();
    Statement theme = m_connection.prepare("INSERT OR IGNORE INTO query_themes(query_id, theme_id) VALUES (?1, ?2)");
    for (qint64 themeId : next.themeIds) {
        theme.bindAll(id, themeId);
        theme.execute();
    }
    Statement article = m_connection.prepare("INSERT OR IGNORE INTO query_articles(query_id, article) VALUES (?1, ?2)");
    for (int number : next.articles) {
        article.bindAll(id, number);
        article.execute();
    }
}

void QueryRepository::setStatus(qint64 id, QueryStatus status, QDate waitingSince, QDate due, int waitedDaysAdded)
{
    Statement update = m_connection.prepare("UPDATE queries SET status = ?1, waiting_since = ?2, due_on = ?3, "
                                            "waited_days = waited_days + ?4 WHERE id = ?5");
    update.bindAll(QueryText::code(status), isoDate(waitingSince), isoDate(due), waitedDaysAdded, id);
    update.execute();
}

void QueryRepository::markMerged(qint64 duplicateId, qint64 survivorId)
{
    Statement themes = m_connection.prepare(
        "INSERT OR IGNORE INTO query_themes(query_id, theme_id) SELECT ?1, theme_id FROM query_themes "
        "WHERE query_id = ?2");
    themes.bindAll(survivorId, duplicateId);
    themes.execute();
    Statement articles = m_connection.prepare(
        "INSERT OR IGNORE INTO query_articles(query_id, article) SELECT ?1, article FROM query_articles "
        "WHERE query_id = ?2");
    articles.bindAll(survivorId, duplicateId);
    articles.execute();
    Statement mark = m_connection.prepare("UPDATE queries SET merged_into_id = ?1 WHERE id = ?2");
    mark.bindAll(survivorId, duplicateId);
    mark.execute();
}

void QueryRepository::remove(qint64 id)
{
    Statement remove = m_connection.prepare("DELETE FROM queries WHERE id = ?1");
    remove.bind(1, id);
    remove.execute();
}

QString QueryRepository::display(QueryField field, const QueryInput& f, QDate due) const
{
    switch (field) {
    case QueryField::ReceivedOn:
        return isoDate(f.receivedOn);
    case QueryField::Channel: {
        const auto* channel = m_lookup.channel(f.channelId);
        return channel ? channel->name : QString();
    }
    case QueryField::State: {
        const auto* state = m_lookup.state(f.stateId);
        return state ? state->name : QString();
    }
    case QueryField::InstitutionType: {
        const auto* type = f.institutionTypeId ? m_lookup.institutionType(*f.institutionTypeId) : nullptr;
        return type ? type->name : QString();
    }
    case QueryField::Institution:
        return f.institution;
    case QueryField::ContactName:
        return f.contact.name;
    case QueryField::ContactFunction:
        return f.contact.function;
    case QueryField::ContactEmail:
        return f.contact.email;
    case QueryField::ContactPhone:
        return f.contact.phone;
    case QueryField::Subject:
        return f.subject;
    case QueryField::RequestText:
        return f.requestText;
    case QueryField::Language:
        return f.language;
    case QueryField::Confidentiality:
        return QueryText::code(f.confidentiality);
    case QueryField::Themes: {
        QStringList names;
        for (qint64 id : sortedUnique(f.themeIds)) {
            const auto* theme = m_lookup.theme(id);
            names << (theme ? theme->name : QString::number(id));
        }
        return names.join(QStringLiteral("; "));
    }
    case QueryField::Articles:
        return joinNumbers(sortedUnique(f.articles));
    case QueryField::Priority:
        return QueryText::code(f.priority);
    case QueryField::DueOn:
        return isoDate(due);
    case QueryField::Adviser: {
        if (!f.assignedAdviserId)
            return {};
        const auto* adviser = m_lookup.adviser(*f.assignedAdviserId);
        return adviser ? adviser->name : QString::number(*f.assignedAdviserId);
    }
    case QueryField::Route:
        return routeCode(f.route);
    case QueryField::Notes:
        return f.notes;
    case QueryField::Summary:
        return f.summary.trimmed();
    }
    return {};
}

} // namespace advicehub::queries
