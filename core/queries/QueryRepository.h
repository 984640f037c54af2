#pragma once

#include "queries/QueryTypes.h"

#include <QHash>

#include <memory>
#include <optional>

namespace advicehub::db {
class Connection;
class Statement;
} // namespace advicehub::db
namespace advicehub::reference {
class ReferenceLookup;
}

namespace advicehub::queries {

// The query rows: reading them into Query values (names resolved for display), writing their
// fields, themes and articles, reference numbers. SQL on the queries tables lives here and
// nowhere else in the query service; timeline, search index and notifications are the case
// record's (casefile/). Every call runs inside the caller's transaction and throws db::DbError.
class QueryRepository {
public:
    QueryRepository(db::Connection& connection, const reference::ReferenceLookup& lookup);

    std::optional<Query> read(qint64 id) const;
    // Working days the query's clock has stopped while awaiting the requester, in all.
    qint64 waitedDays(qint64 id) const;
    bool hasMergedDuplicates(qint64 id) const;
    // Referrals and consents point at their query and are never deleted (schema version 6).
    bool hasReferralsOrConsents(qint64 id) const;
    // Drafts of answers (schema version 7): any, and any marked sent.
    bool hasDrafts(qint64 id) const;
    bool hasAttachments(qint64 id) const;
    bool hasSentDraft(qint64 id) const;

    // The query a normalized reference names, following merges to the survivor; `viaMerge`
    // says whether it did.
    std::optional<qint64> resolveReference(const QString& normalized, bool* viaMerge) const;
    bool referenceExists(const QString& normalized) const;

    // References look like AH-2026-0042.
    static bool parseReference(const QString& reference, int* year, int* sequence);
    static QString formatReference(int year, int sequence);
    // The last reference number given in `year` (0: none). Numbers are never reused: the
    // counter only grows, even after a deletion.
    int lastSequence(int year) const;
    void saveSequences(const QHash<int, int>& lastByYear);
    // The id the next inserted query gets (ids are never reused either).
    qint64 nextId() const;

    // A new query's row, as createMany writes it.
    struct NewRow {
        qint64 id = 0;
        QString reference;
        int year = 0;
        int sequence = 0;
        const QueryInput* input = nullptr;
        DueDate due;
        QueryStatus status = QueryStatus::New;
        QDate waitingSince; // invalid: not waiting
        qint64 ftsDocid = 0;
        QString now;
        std::optional<qint64> createdBy;
    };
    // Inserts new queries with prepared statements (bulk creation).
    class Inserter {
    public:
        explicit Inserter(db::Connection& connection);
        ~Inserter();
        Inserter(const Inserter&) = delete;
        Inserter& operator=(const Inserter&) = delete;
        void insert(const NewRow& row);

    private:
        std::unique_ptr<db::Statement> m_query;
        std::unique_ptr<db::Statement> m_texts;
        std::unique_ptr<db::Statement> m_theme;
        std::unique_ptr<db::Statement> m_article;
    };

    // Writes the entered fields of an existing query (themes and articles replaced).
    void updateFields(qint64 id, const QueryInput& input, const DueDate& due);
    void setStatus(qint64 id, QueryStatus status, QDate waitingSince, QDate due, int waitedDaysAdded);
    // Marks a duplicate merged into its survivor, which gains its themes and articles.
    void markMerged(qint64 duplicateId, qint64 survivorId);
    void remove(qint64 id);

    // The value of a field as the timeline shows it: names rather than ids, codes for
    // enumerations (translated when displayed).
    QString display(QueryField field, const QueryInput& input, QDate due) const;

private:
    db::Connection& m_connection;
    const reference::ReferenceLookup& m_lookup;
};

// Helpers shared by the query service's pieces.
QList<int> sortedUnique(QList<int> values);
QList<qint64> sortedUnique(QList<qint64> values);

} // namespace advicehub::queries
