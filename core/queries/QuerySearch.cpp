#include "queries/QuerySearch.h"

#include "casefile/QueryIndex.h"
#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"
#include "queries/Lifecycle.h"
#include "queries/QueriesSchema.h"
#include "reference/ReferenceLabels.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <array>
#include <string>

namespace advicehub::queries {

namespace {

using db::Statement;

// The statuses whose due-date clock runs, as an SQL list (from Lifecycle, the one source).
std::string clockRunningSql()
{
    std::string list;
    for (QueryStatus status : allStatuses()) {
        if (!Lifecycle::clockRunning(status))
            continue;
        if (!list.empty())
            list += ", ";
        list += '\'' + QueryText::code(status).toStdString() + '\'';
    }
    return "(" + list + ")";
}

// A WHERE clause with its values, built from the filter's structure; values are always bound.
class Conditions {
public:
    void add(const std::string& sql, QVariantList values = {})
    {
        m_sql += m_sql.empty() ? "" : " AND ";
        m_sql += "(" + sql + ")";
        m_values += values;
    }
    template <typename T, typename ToValue>
    void addIn(const std::string& column, const QList<T>& items, ToValue toValue)
    {
        if (items.isEmpty())
            return;
        std::string placeholders;
        QVariantList values;
        for (const T& item : items) {
            placeholders += placeholders.empty() ? "?" : ", ?";
            values << toValue(item);
        }
        add(column + " IN (" + placeholders + ")", values);
    }
    const std::string& sql() const { return m_sql; }
    const QVariantList& values() const { return m_values; }

private:
    std::string m_sql;
    QVariantList m_values;
};

void bindValue(Statement& statement, int index, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        statement.bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        statement.bind(index, value.toDouble());
        break;
    case QMetaType::UnknownType:
        statement.bindNull(index);
        break;
    default:
        statement.bind(index, value.toString());
        break;
    }
}

void bindAll(Statement& statement, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        bindValue(statement, i + 1, values.at(i));
}

struct SortKeys {
    std::vector<std::string> expressions; // the last one is always q.id
};

SortKeys sortKeys(SortColumn column)
{
    switch (column) {
    case SortColumn::Reference:
        return { { "q.ref_year", "q.ref_seq", "q.id" } };
    case SortColumn::Received:
        return { { "q.received_on", "q.id" } };
    // State ids follow the alphabetical order of the seeded reference list. Within a State by
    // date of receipt, which the index queries_state(state_id, received_on) delivers unsorted.
    case SortColumn::State:
        return { { "q.state_id", "q.received_on", "q.id" } };
    case SortColumn::Subject:
        return { { "q.subject COLLATE NOCASE", "q.id" } };
    case SortColumn::Priority:
        return { { priorityRankSql(), "q.id" } };
    case SortColumn::Status:
        return { { statusRankSql(), "q.id" } };
    case SortColumn::Due:
        return { { "q.due_on", "q.id" } };
    // page() reads adviser by adviser instead (adviserPage); this order is the same.
    case SortColumn::Adviser:
        return { { "ifnull((SELECT name FROM advisers WHERE id = q.assigned_adviser_id), '') COLLATE NOCASE",
            "q.received_on", "q.id" } };
    }
    return { { "q.received_on", "q.id" } };
}

// Sorting by State in another language than English: the States' ranks in the alphabetical
// order of their displayed names ("Allemagne" before "Chili"), as a CASE on q.state_id. The ids
// already follow the English names, which keeps the index queries_state for an English list; in
// French or Spanish the list is sorted on this expression instead, as for the priority and the
// status.
std::string stateRankSql(db::Connection& c)
{
    struct Named {
        qint64 id;
        QString name;
    };
    std::vector<Named> states;
    Statement s = c.prepare("SELECT id, iso2, name FROM states");
    while (s.step()) {
        states.push_back(Named {
            s.int64(0), reference::ReferenceLabels::display(reference::ReferenceKind::State, s.text(1), s.text(2)) });
    }
    QCollator collator { QLocale(reference::ReferenceLabels::displayLanguage()) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(states.begin(), states.end(),
        [&collator](const Named& a, const Named& b) { return collator.compare(a.name, b.name) < 0; });
    std::string sql = "CASE q.state_id";
    for (std::size_t rank = 0; rank < states.size(); ++rank)
        sql += " WHEN " + std::to_string(states[rank].id) + " THEN " + std::to_string(rank);
    return sql + " ELSE " + std::to_string(states.size()) + " END";
}

QVariant columnValue(const Statement& s, int column)
{
    if (s.isNull(column))
        return {};
    // Sort values are text (dates, names) or integers (ids, ranks); keep the type for binding.
    const QString text = s.text(column);
    bool isInteger = false;
    const qint64 number = text.toLongLong(&isInteger);
    if (isInteger && QString::number(number) == text)
        return number;
    return text;
}

// The themes as "code<US>name" pairs joined by <RS>, and the State's alpha-2 code, so that
// readRow() names them in the display language (reference::ReferenceLabels).
constexpr const char* kRowColumns
    = "q.id, q.reference, q.received_on, s.name, q.subject, "
      "(SELECT group_concat(th.code || char(31) || th.name, char(30)) FROM query_themes qt "
      "JOIN themes th ON th.id = qt.theme_id WHERE qt.query_id = q.id), q.priority, q.status, q.due_on, a.name, "
      "q.confidentiality, s.iso2";
constexpr int kRowColumnCount = 12;
constexpr const char* kRowJoins
    = " JOIN states s ON s.id = q.state_id LEFT JOIN advisers a ON a.id = q.assigned_adviser_id";

// The vault's dates are always YYYY-MM-DD; reading them directly costs a fraction of
// QDate::fromString, which matters when a list shows thousands of rows.
QDate storedDate(const QString& text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return parseIsoDate(text);
    const auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (text.at(i).unicode() - '0');
        return value;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

QueryRow readRow(const Statement& s, QDate today)
{
    QueryRow row;
    row.id = s.int64(0);
    row.reference = s.text(1);
    row.receivedOn = storedDate(s.text(2));
    row.stateName = reference::ReferenceLabels::display(reference::ReferenceKind::State, s.text(11), s.text(3));
    row.subject = s.text(4);
    QStringList themes;
    for (const QString& theme : s.text(5).split(QChar(30), Qt::SkipEmptyParts)) {
        const qsizetype at = theme.indexOf(QChar(31));
        themes << reference::ReferenceLabels::display(
            reference::ReferenceKind::Theme, theme.left(at), theme.mid(at + 1));
    }
    row.themes = themes.join(QStringLiteral("; "));
    row.priority = QueryText::priority(s.text(6)).value_or(Priority::Normal);
    row.status = QueryText::status(s.text(7)).value_or(QueryStatus::New);
    row.dueOn = storedDate(s.text(8));
    row.adviserName = s.text(9);
    row.confidentiality = QueryText::confidentiality(s.text(10)).value_or(Confidentiality::Confidential);
    row.overdue = Lifecycle::isOverdue(row.status, row.dueOn, today);
    row.dueThisWeek = Lifecycle::isDueThisWeek(row.status, row.dueOn, today);
    return row;
}

} // namespace

QuerySearch::QuerySearch(db::Connection& connection, const Clock& clock) : m_connection(connection), m_clock(clock)
{ }

QDate QuerySearch::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

QString QuerySearch::ftsExpression(const QString& text)
{
    return ftsTerms(text).expression;
}

QuerySearch::FtsTerms QuerySearch::ftsTerms(const QString& typed)
{
    FtsTerms result;
    QStringList terms;
    const auto addTerm = [&terms, &result](const QString& term, bool phrase) {
        bool prefix = false;
        if (!phrase && term.endsWith(QLatin1Char('*'))) {
            prefix = true;
        }
        // By code point, so that letters outside the BMP (a surrogate pair in UTF-16) are kept.
        // Letters, numbers and combining marks go to the tokenizer as they are (it treats marks
        // exactly as in the indexed text); anything else separates words, as the tokenizer does.
        QString clean;
        int words = 0;
        bool inWord = false;
        for (const char32_t ch : QStringView(term).toUcs4()) {
            if (QChar::isLetterOrNumber(ch) || QChar::isMark(ch)) {
                if (!inWord)
                    ++words;
                inWord = true;
                clean += QString::fromUcs4(&ch, 1);
            } else {
                inWord = false;
                if (!clean.isEmpty() && !clean.endsWith(QLatin1Char(' ')))
                    clean += QLatin1Char(' '); // the tokenizer splits there too
            }
        }
        clean = clean.trimmed();
        if (clean.isEmpty())
            return;
        result.words += words;
        if (prefix && !clean.contains(QLatin1Char(' ')))
            clean += QLatin1Char('*');
        terms << QLatin1Char('"') + clean + QLatin1Char('"');
    };
    const QString text = casefile::QueryIndex::searchableText(typed);
    QString current;
    bool inPhrase = false;
    for (QChar ch : text) {
        if (ch == QLatin1Char('"')) {
            addTerm(current, inPhrase);
            current.clear();
            inPhrase = !inPhrase;
        } else if (!inPhrase && ch.isSpace()) {
            addTerm(current, false);
            current.clear();
        } else {
            current += ch;
        }
    }
    addTerm(current, inPhrase);
    result.terms = static_cast<int>(terms.size());
    result.expression = terms.join(QLatin1Char(' '));
    return result;
}

Result<QString> QuerySearch::checkedFtsExpression(const QString& text)
{
    const FtsTerms terms = ftsTerms(text);
    if (terms.words > MaxSearchWords)
        return makeError(ErrorCode::InvalidInput,
            tr("The search has %1 words; search for at most %2 words at a time.").arg(terms.words).arg(MaxSearchWords));
    return terms.expression;
}

namespace {

struct BuiltQuery {
    std::string from; // FROM ... JOIN ...
    Conditions where;
    bool ftsDriven = false; // rows come in FTS docid order
};

// `counting`: for count(), which the index queries_live answers without reading a row; lists
// must instead walk the index of their sort column, so for them the merged_into_id term is kept
// away from the planner's index choice (a unary + makes it a plain check).
BuiltQuery build(
    const QueryFilter& filter, QDate today, bool forRows, const QString& fts, bool ftsDriven, bool counting = false)
{
    BuiltQuery built;
    built.ftsDriven = ftsDriven;
    if (ftsDriven) {
        built.from = "query_fts JOIN queries q ON q.id = (query_fts.docid & 4294967295)";
        built.where.add("query_fts MATCH ?", { fts });
    } else {
        built.from = "queries q";
    }
    if (forRows)
        built.from += kRowJoins;
    Conditions& w = built.where;
    // With a full-text join the FTS table must drive: were queries_live offered for this term,
    // the planner could scan the queries and run the MATCH once per query (minutes at 100,000).
    w.add(counting && !ftsDriven ? "q.merged_into_id IS NULL" : "+q.merged_into_id IS NULL");
    if (!fts.isEmpty() && !ftsDriven)
        w.add("q.fts_docid IN (SELECT docid FROM query_fts WHERE query_fts MATCH ?)", { fts });

    const std::string running = clockRunningSql();
    switch (filter.view) {
    case QueryView::All:
        break;
    case QueryView::Inbox:
        w.add("q.status = 'new'");
        break;
    case QueryView::Mine:
        if (filter.currentAdviserId)
            w.add("q.assigned_adviser_id = ? AND q.status NOT IN ('closed', 'declined')", { *filter.currentAdviserId });
        else
            w.add("0");
        break;
    case QueryView::Overdue:
        w.add("q.status IN " + running + " AND q.due_on < ?", { isoDate(today) });
        break;
    case QueryView::DueThisWeek:
        w.add("q.status IN " + running + " AND q.due_on BETWEEN ? AND ?",
            { isoDate(today), isoDate(Lifecycle::endOfWeek(today)) });
        break;
    case QueryView::AwaitingRequester:
        w.add("q.status = 'awaiting_requester'");
        break;
    case QueryView::Closed:
        w.add("q.status IN ('closed', 'declined')");
        break;
    }
    w.addIn("q.status", filter.statuses, [](QueryStatus v) { return QVariant(QueryText::code(v)); });
    w.addIn("q.priority", filter.priorities, [](Priority v) { return QVariant(QueryText::code(v)); });
    w.addIn(
        "q.confidentiality", filter.confidentialities, [](Confidentiality v) { return QVariant(QueryText::code(v)); });
    w.addIn("q.state_id", filter.stateIds, [](qint64 v) { return QVariant(v); });
    w.addIn("q.assigned_adviser_id", filter.adviserIds, [](qint64 v) { return QVariant(v); });
    if (!filter.regionIds.isEmpty()) {
        Conditions inner;
        inner.addIn("region_id", filter.regionIds, [](qint64 v) { return QVariant(v); });
        w.add("q.state_id IN (SELECT id FROM states WHERE " + inner.sql() + ")", inner.values());
    }
    if (!filter.themeIds.isEmpty()) {
        Conditions inner;
        inner.addIn("theme_id", filter.themeIds, [](qint64 v) { return QVariant(v); });
        w.add("q.id IN (SELECT query_id FROM query_themes WHERE " + inner.sql() + ")", inner.values());
    }
    if (filter.receivedFrom)
        w.add("q.received_on >= ?", { isoDate(*filter.receivedFrom) });
    if (filter.receivedTo)
        w.add("q.received_on <= ?", { isoDate(*filter.receivedTo) });
    if (filter.dueFrom)
        w.add("q.due_on >= ?", { isoDate(*filter.dueFrom) });
    if (filter.dueTo)
        w.add("q.due_on <= ?", { isoDate(*filter.dueTo) });
    // EXISTS probes the partial index referrals_open_query (this IN list repeats its WHERE word for
    // word) for each query the list walks in its sort order, so the first page stops early. (A
    // "q.id IN (SELECT ...)" driven by the referrals measured no faster for the count and up to 30
    // times slower for the list when many queries have an open referral: it sorts them all.)
    if (filter.hasOpenReferral)
        w.add("EXISTS (SELECT 1 FROM referrals r WHERE r.query_id = q.id AND r.status IN ('proposed', "
              "'consent_obtained', 'sent', 'accepted'))");
    if (filter.referredToPartnerId)
        w.add("EXISTS (SELECT 1 FROM referrals r WHERE r.query_id = q.id AND r.partner_id = ?)",
            { *filter.referredToPartnerId });
    return built;
}

// Sorting by adviser: the adviser's name is not a column of queries, so an ORDER BY on it sorts
// every matching query (90 ms at 100,000). The advisers are few, though: their queries are read
// adviser by adviser in the order of their names (the unassigned first, as '' sorts first), each
// through the index queries_adviser(assigned_adviser_id, received_on), until the page is full.
// The cursor holds the adviser's rank and the date of receipt of the page's last row.
QueryPage adviserPage(db::Connection& c, const QueryFilter& filter, const QString& fts, bool descending,
    const std::optional<PageCursor>& after, int limit, QDate today)
{
    std::vector<std::optional<qint64>> advisers { std::nullopt };
    Statement names = c.prepare("SELECT id FROM advisers ORDER BY name COLLATE NOCASE, id");
    while (names.step())
        advisers.push_back(names.int64(0));
    names.reset();
    const int count = static_cast<int>(advisers.size());

    int startRank = descending ? count - 1 : 0;
    QVariant afterReceived;
    if (after) {
        const QVariantList values = after->sortValue.toList();
        if (values.size() == 2) {
            startRank = std::clamp(values.at(0).toInt(), 0, count - 1);
            afterReceived = values.at(1);
        }
    }
    const char* direction = descending ? " DESC" : " ASC";
    const std::string order = std::string("q.received_on") + direction + ", q.id" + direction;

    struct Fetched {
        QueryRow row;
        int rank;
        QVariant received;
    };
    std::vector<Fetched> fetched;
    for (int rank = startRank; rank >= 0 && rank < count && static_cast<int>(fetched.size()) <= limit;
         rank += descending ? -1 : 1) {
        BuiltQuery built = build(filter, today, false, fts, false);
        if (advisers[static_cast<std::size_t>(rank)])
            built.where.add("q.assigned_adviser_id = ?", { *advisers[static_cast<std::size_t>(rank)] });
        else
            built.where.add("q.assigned_adviser_id IS NULL");
        if (after && rank == startRank && afterReceived.isValid())
            built.where.add(std::string("(q.received_on, q.id) ") + (descending ? "<" : ">") + " (?, ?)",
                { afterReceived, after->id });
        const std::string sql = std::string("SELECT ") + kRowColumns
            + ", q.received_on FROM (SELECT q.id AS page_id FROM queries q WHERE " + built.where.sql() + " ORDER BY "
            + order + " LIMIT ?) AS page CROSS JOIN queries q ON q.id = page.page_id" + kRowJoins + " ORDER BY "
            + order;
        Statement statement = c.prepare(sql);
        QVariantList values = built.where.values();
        values << (limit + 1 - static_cast<int>(fetched.size()));
        bindAll(statement, values);
        while (statement.step())
            fetched.push_back(Fetched { readRow(statement, today), rank, statement.text(kRowColumnCount) });
    }

    QueryPage page;
    for (std::size_t i = 0; i < fetched.size() && static_cast<int>(i) < limit; ++i)
        page.rows.push_back(std::move(fetched[i].row));
    if (static_cast<int>(fetched.size()) > limit) {
        const Fetched& last = fetched[static_cast<std::size_t>(limit) - 1];
        page.next = PageCursor { QVariantList { last.rank, last.received }, page.rows.back().id };
    }
    return page;
}

} // namespace

Result<QueryPage> QuerySearch::page(
    const QueryFilter& filter, const QuerySort& sort, const std::optional<PageCursor>& after, int limit) const
{
    const Result<QString> checked = checkedFtsExpression(filter.text);
    if (!checked)
        return checked.error();
    const QString& fts = checked.value();
    if (!filter.text.trimmed().isEmpty() && fts.isEmpty())
        return QueryPage {}; // only punctuation was typed: nothing can match
    const bool descending = sort.order == Qt::DescendingOrder;
    const QDate today = this->today();
    return db::guard([&]() -> Result<QueryPage> {
        // With a search sorted by date of receipt, FTS4 delivers matches in docid order, which
        // is received order: no sort, and the first page costs the same for a rare and a common word.
        const bool ftsDriven = !fts.isEmpty() && sort.column == SortColumn::Received;
        if (sort.column == SortColumn::Adviser)
            return adviserPage(m_connection, filter, fts, descending, after, limit, today);
        // Other lists filter, sort and limit on the queries table alone (below), so the row joins
        // come only with the FTS-driven form.
        BuiltQuery built = build(filter, today, ftsDriven, fts, ftsDriven);
        std::string order;
        std::string keyColumns;
        const char* direction = descending ? " DESC" : " ASC";
        std::vector<std::string> keys;
        if (ftsDriven) {
            keys = { "query_fts.docid" };
        } else {
            keys = sortKeys(sort.column).expressions;
            if (sort.column == SortColumn::State
                && reference::ReferenceLabels::displayLanguage() != QLatin1String("en"))
                keys.front() = stateRankSql(m_connection);
        }
        for (const std::string& key : keys) {
            order += (order.empty() ? "" : ", ") + key + direction;
            keyColumns += ", " + key;
        }
        if (after) {
            const QVariantList values = after->sortValue.toList();
            if (static_cast<std::size_t>(values.size()) + 1 == keys.size() || (ftsDriven && values.size() == 1)) {
                std::string tuple;
                std::string placeholders;
                for (std::size_t i = 0; i < keys.size(); ++i) {
                    tuple += (i ? ", " : "") + keys[i];
                    placeholders += i ? ", ?" : "?";
                }
                QVariantList bound = values;
                if (!ftsDriven)
                    bound << after->id;
                built.where.add("(" + tuple + ") " + (descending ? "<" : ">") + " (" + placeholders + ")", bound);
            }
        }
        std::string sql;
        if (ftsDriven) {
            sql = std::string("SELECT ") + kRowColumns + keyColumns + " FROM " + built.from + " WHERE "
                + built.where.sql() + " ORDER BY " + order + " LIMIT ?";
        } else {
            // The page's ids first, then what the rows show for those ids only. Selecting the
            // display columns (the themes subquery, State and adviser names) together with the
            // filter would compute them for every match before the sort: at 100,000 queries a
            // filter matching a third of them took 150 ms instead of 15. CROSS JOIN keeps the page
            // as the outer loop; otherwise the planner may scan every query to avoid sorting 100 rows.
            sql = std::string("SELECT ") + kRowColumns + keyColumns + " FROM (SELECT q.id AS page_id FROM " + built.from
                + " WHERE " + built.where.sql() + " ORDER BY " + order
                + " LIMIT ?) AS page CROSS JOIN queries q ON q.id = page.page_id" + kRowJoins + " ORDER BY " + order;
        }
        Statement statement = m_connection.prepare(sql);
        QVariantList values = built.where.values();
        values << (limit + 1);
        bindAll(statement, values);

        QueryPage page;
        std::optional<PageCursor> lastShown;
        const std::size_t valueCount = ftsDriven ? keys.size() : keys.size() - 1;
        while (statement.step()) {
            if (static_cast<int>(page.rows.size()) == limit) {
                page.next = lastShown; // one more row exists: the next page starts after the last shown
                break;
            }
            page.rows.push_back(readRow(statement, today));
            // Only the last row a full page shows can start the next page.
            if (static_cast<int>(page.rows.size()) == limit) {
                QVariantList keyValues;
                for (std::size_t i = 0; i < valueCount; ++i)
                    keyValues << columnValue(statement, kRowColumnCount + static_cast<int>(i));
                lastShown = PageCursor { keyValues, page.rows.back().id };
            }
        }
        return page;
    });
}

Result<QString> QuerySearch::snippet(
    qint64 queryId, const QString& text, const QString& open, const QString& close, int tokens) const
{
    const FtsTerms terms = ftsTerms(text);
    if (terms.expression.isEmpty() || terms.words > MaxSearchWords)
        return QString();
    return db::guard([&]() -> Result<QString> {
        Statement docid = m_connection.prepare("SELECT fts_docid FROM queries WHERE id = ?1");
        docid.bind(1, queryId);
        if (!docid.step())
            return QString();
        const qint64 row = docid.int64(0);
        // FTS4's snippet() picks the column and the stretch with the most matched words. A
        // docid range, which FTS4 can apply within the full-text search (docid = ? it cannot),
        // keeps a common word's match to this one row.
        Statement s = m_connection.prepare("SELECT snippet(query_fts, ?1, ?2, ?3, -1, ?4) FROM query_fts "
                                           "WHERE query_fts MATCH ?5 AND docid >= ?6 AND docid <= ?6");
        // A null QString would bind NULL, which snippet() does not take for a marker.
        const QString none = QStringLiteral("");
        s.bindAll(open.isNull() ? none : open, close.isNull() ? none : close, QStringLiteral("\u2026"),
            std::clamp(tokens, 1, 64), terms.expression, row);
        return s.step() ? s.text(0).simplified() : QString();
    });
}

Result<qint64> QuerySearch::count(const QueryFilter& filter) const
{
    const Result<QString> checked = checkedFtsExpression(filter.text);
    if (!checked)
        return checked.error();
    const QString& fts = checked.value();
    if (!filter.text.trimmed().isEmpty() && fts.isEmpty())
        return qint64 { 0 };
    return db::guard([&]() -> Result<qint64> {
        BuiltQuery built = build(filter, today(), false, fts, !fts.isEmpty(), true);
        Statement statement
            = m_connection.prepare("SELECT count(*) FROM " + built.from + " WHERE " + built.where.sql());
        bindAll(statement, built.where.values());
        return statement.step() ? statement.int64(0) : 0;
    });
}

Result<std::vector<std::pair<QueryView, qint64>>> QuerySearch::viewCounts(std::optional<qint64> currentAdviserId) const
{
    // One count per view through count(), so that a view's number always agrees with the rows
    // it lists (the views' rules live in build() only).
    std::vector<std::pair<QueryView, qint64>> counts;
    for (QueryView view : allViews()) {
        QueryFilter filter;
        filter.view = view;
        filter.currentAdviserId = currentAdviserId;
        Result<qint64> n = count(filter);
        if (!n)
            return n.error();
        counts.emplace_back(view, n.value());
    }
    return counts;
}

Result<QList<qint64>> QuerySearch::ids(const QueryFilter& filter, const QuerySort& sort) const
{
    QList<qint64> all;
    std::optional<PageCursor> cursor;
    do {
        Result<QueryPage> page = this->page(filter, sort, cursor, 5000);
        if (!page)
            return page.error();
        for (const QueryRow& row : page->rows)
            all << row.id;
        cursor = page->next;
    } while (cursor);
    return all;
}

Result<std::vector<QuerySearch::SavedSearch>> QuerySearch::savedSearches() const
{
    return db::guard([&]() -> Result<std::vector<SavedSearch>> {
        std::vector<SavedSearch> searches;
        Statement s = m_connection.prepare("SELECT id, name, filter FROM saved_searches ORDER BY name COLLATE NOCASE");
        while (s.step()) {
            searches.push_back(SavedSearch {
                s.int64(0), s.text(1), QueryFilter::fromJson(QJsonDocument::fromJson(s.text(2).toUtf8()).object()) });
        }
        return searches;
    });
}

Result<QuerySearch::SavedSearch> QuerySearch::saveSearch(const QString& name, const QueryFilter& filter)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the search a name."));
    if (clean.size() > 100)
        return makeError(ErrorCode::InvalidInput, tr("The name is too long (at most 100 characters)."));
    QueryFilter stored = filter;
    stored.currentAdviserId.reset();
    return db::guard([&]() -> Result<SavedSearch> {
        db::Transaction transaction(m_connection);
        Statement s = m_connection.prepare("INSERT OR REPLACE INTO saved_searches(id, name, filter, created_at) VALUES "
                                           "((SELECT id FROM saved_searches WHERE name = ?1), ?1, ?2, ?3)");
        s.bindAll(clean, QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)),
            isoUtc(m_clock.nowUtc()));
        s.execute();
        const qint64 id = m_connection.lastInsertRowId();
        transaction.commit();
        return SavedSearch { id, clean, stored };
    });
}

Result<void> QuerySearch::deleteSavedSearch(qint64 id)
{
    return db::guard([&]() -> Result<void> {
        db::Transaction transaction(m_connection);
        Statement s = m_connection.prepare("DELETE FROM saved_searches WHERE id = ?1");
        s.bind(1, id);
        s.execute();
        if (m_connection.changes() == 0)
            return makeError(ErrorCode::NotFound, tr("No such saved search."));
        transaction.commit();
        return {};
    });
}

} // namespace advicehub::queries
