#pragma once

#include "casefile/TimelineTypes.h"

#include <QDate>
#include <QString>

#include <memory>
#include <vector>

namespace advicehub::db {
class Connection;
class Statement;
} // namespace advicehub::db

namespace advicehub::casefile {

// Text another domain keeps about a query that a search should find (a referral's note, a
// draft's title...). Registered with QueryIndex by the domain's service.
class IndexSource {
public:
    virtual ~IndexSource() = default;
    virtual QString indexedText(db::Connection& connection, qint64 queryId) = 0;
};

// The full-text index of queries (the FTS4 table query_fts) and its only writer. What a search
// finds is defined here once: the query's texts, the summary and body of every timeline entry
// whose kind TimelineText::isIndexed, and the text of the registered IndexSources. A merged
// duplicate has no row (its survivor is found instead).
//
// The row's docid is not the query id: it is (days since 2000-01-01) << 32 | id, so that FTS4's
// native docid order is the received-date order users want ("newest first") and a search never
// has to sort its matches. queries.fts_docid keeps it.
class QueryIndex {
public:
    explicit QueryIndex(db::Connection& connection);

    static qint64 docid(QDate receivedOn, qint64 queryId);

    // What the index holds of a text, and what a search is compared with (QuerySearch turns
    // what a user typed into terms through it): NFKC, so that decomposed accents ("Co\u0302te")
    // are the composed letters and compatibility forms (the ligature "\ufb01", full-width
    // letters) their plain letters. Every column of every row is written normalised.
    static QString searchableText(const QString& text);
    // Rewrites the rows whose text is not normalised as searchableText normalises it (schema
    // version 4: vaults indexed before searches were normalised). Inside the caller's
    // transaction; rewrites only the rows that change.
    static void normaliseRows(db::Connection& connection);

    // Not owned; a source stays registered until removed.
    void addSource(IndexSource* source);
    void removeSource(IndexSource* source);

    // Rebuilds a query's row from what is stored (after a change of its texts, its received
    // date, its timeline or a source's text). Inside the caller's transaction.
    void refresh(qint64 queryId);
    // Removes a query's row (before the query itself is deleted).
    void remove(qint64 queryId);

    // The texts of a new query, for the bulk writer.
    struct Texts {
        QString subject;
        QString request;
        QString institution;
        QString contactName;
        QString contactFunction;
        QString notes;
    };
    // Writes the rows of new queries (createMany, imports) with one prepared statement. FTS4
    // keeps the terms of a transaction in memory only while docids rise: a lower docid flushes
    // them into a new index segment, so rows must be added in docid order, or an import of rows
    // in no particular date order would make a segment per row (and be many times slower).
    class BulkWriter {
    public:
        explicit BulkWriter(QueryIndex& index);
        ~BulkWriter();
        BulkWriter(const BulkWriter&) = delete;
        BulkWriter& operator=(const BulkWriter&) = delete;
        void add(qint64 docid, qint64 queryId, const Texts& texts, const std::vector<NewEntry>& entries);

    private:
        QueryIndex& m_index;
        std::unique_ptr<db::Statement> m_insert;
    };

private:
    // The notes column: the query's notes, then what advisers wrote on its timeline, then the
    // sources' text.
    void appendEntry(QString& notes, const QString& summary, const QString& body) const;
    void appendSources(QString& notes, qint64 queryId);
    void insertRow(db::Statement& insert, qint64 docid, const Texts& texts, const QString& notes) const;

    db::Connection& m_connection;
    std::vector<IndexSource*> m_sources;
};

} // namespace advicehub::casefile
