#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "queries/QueryFilter.h"
#include "queries/QueryTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <vector>

namespace advicehub::db {
class Connection;
}

namespace advicehub::queries {

enum class SortColumn { Reference, Received, State, Subject, Priority, Status, Due, Adviser };

struct QuerySort {
    SortColumn column = SortColumn::Received;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const QuerySort&) const = default;
};

// One row of the query table.
struct QueryRow {
    qint64 id = 0;
    QString reference;
    QDate receivedOn;
    QString stateName;
    QString subject;
    QString themes; // names, joined
    Priority priority = Priority::Normal;
    QueryStatus status = QueryStatus::New;
    QDate dueOn;
    QString adviserName;
    Confidentiality confidentiality = Confidentiality::Confidential;
    bool overdue = false;
    bool dueThisWeek = false;
};

// Where the next page starts: the sort value and id of the last row shown (keyset paging, so a
// page costs the same at row 50 and at row 90,000).
struct PageCursor {
    QVariant sortValue;
    qint64 id = 0;
};

struct QueryPage {
    std::vector<QueryRow> rows;
    std::optional<PageCursor> next; // nullopt: this was the last page
};

// Lists and counts queries for views, filters and searches; stores saved searches.
class QuerySearch {
    Q_DECLARE_TR_FUNCTIONS(QuerySearch)
public:
    QuerySearch(db::Connection& connection, const Clock& clock);

    Result<QueryPage> page(const QueryFilter& filter, const QuerySort& sort,
        const std::optional<PageCursor>& after = std::nullopt, int limit = 100) const;
    Result<qint64> count(const QueryFilter& filter) const;
    // The number of queries in each navigation view (allViews() order), for the counts beside
    // the views; `currentAdviserId` is what QueryView::Mine counts.
    Result<std::vector<std::pair<QueryView, qint64>>> viewCounts(std::optional<qint64> currentAdviserId) const;
    // All matching ids in sort order (for exports and "select all").
    Result<QList<qint64>> ids(const QueryFilter& filter, const QuerySort& sort) const;

    // Turns what a user typed into an FTS4 expression: each word must match (accents ignored),
    // "quoted phrases" stay phrases, a trailing * matches a prefix; operators are not
    // interpreted, so no input can be a syntax error. Empty when nothing searchable remains.
    // The text is normalised as the index is (casefile::QueryIndex::searchableText), letters
    // outside the BMP included.
    static QString ftsExpression(const QString& text);
    // The same, refusing a search of more than MaxSearchWords words (counting the words of
    // phrases) with an InvalidInput error that says so; page(), count() and ids() use it.
    static Result<QString> checkedFtsExpression(const QString& text);
    static constexpr int MaxSearchWords = 100;

    // Why a query matched a search: an extract of its indexed text (subject, request,
    // institution, contacts, notes) around the words of `text` (the search box's syntax, as
    // page() reads it), each matched word between `open` and `close`, elisions as "\u2026".
    // Empty when the text has nothing searchable, the search is too long or the query does not
    // match. The extract is case content: for the screen only, never for a log or a message.
    Result<QString> snippet(qint64 queryId, const QString& text, const QString& open = QStringLiteral("["),
        const QString& close = QStringLiteral("]"), int tokens = 16) const;

    struct SavedSearch {
        qint64 id = 0;
        QString name;
        QueryFilter filter;
    };
    Result<std::vector<SavedSearch>> savedSearches() const;
    Result<SavedSearch> saveSearch(const QString& name, const QueryFilter& filter);
    Result<void> deleteSavedSearch(qint64 id);

    QDate today() const;

private:
    struct FtsTerms {
        QString expression;
        int terms = 0; // words and phrases
        int words = 0; // words, phrases' words included
    };
    static FtsTerms ftsTerms(const QString& text);

    db::Connection& m_connection;
    const Clock& m_clock;
};

} // namespace advicehub::queries
