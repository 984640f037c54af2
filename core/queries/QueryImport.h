#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QIODevice;

namespace advicehub::reference {
class ReferenceLookup;
}

namespace advicehub::queries {

class QueryService;

// One problem found in an import file. Every problem of every row is collected before anything
// is imported, so that the user can fix the whole file at once.
struct ImportProblem {
    int line = 0; // physical line of the file (1-based) where the row starts; 0: the file as a whole
    QString column; // the column's name (QueryCsv::columns()); empty: the row or the file as a whole
    QString message;
    bool operator==(const ImportProblem&) const = default;
};

struct ImportReport {
    int rows = 0; // data rows read (header excluded)
    std::vector<qint64> importedIds; // in file order; empty when rejected or a dry run
    std::vector<ImportProblem> problems; // not empty: the file was rejected and NOTHING was imported
    bool accepted() const { return problems.empty(); }
    // One line per problem, e.g. "line 12, column state: Unknown State “Atlantis”." (translated).
    QStringList lines() const;
};

struct ImportOptions {
    // A column mapping for files whose headers are not Advice Hub's column names: file header
    // (compared trimmed and case-insensitively) -> column name; an empty column name ignores
    // that column of the file. Headers without an entry must be column names themselves.
    QHash<QString, QString> columnMapping;
    // Check every row and report, but import nothing.
    bool dryRun = false;
    // Called now and then while reading and validating (phase 0; done and total in bytes) and
    // writing (phase 1; two steps per query: the query, then its full-text entry);
    // return false to cancel (the result is then ErrorCode::Cancelled and nothing is imported).
    std::function<bool(int phase, qint64 done, qint64 total)> progress;
};

// The CSV import of queries (the format: QueryCsv.h, docs/CSV.md). Every row is read, mapped to
// the columns, parsed (queries/ValueParser.h) and validated (QueryService::validate) before
// anything is written; a file with any problem imports nothing. Messages keep the translation
// context QueryCsv.
class QueryImport {
public:
    QueryImport(QueryService& service, reference::ReferenceLookup& lookup);

    // The names (trimmed) in the first line of a CSV file, for a column-mapping dialog.
    static Result<QStringList> readHeader(const QString& path);

    // Imports a CSV file. An Error only for what prevents reading (no such file, permission,
    // I/O) or writing (disk full...); a file with bad content gives a report with problems.
    // The file is read as a stream, never whole; the rows are kept (checked, not yet written)
    // until every row has been checked, so a file larger than MaxImportBytes is refused (a
    // report with that one problem) rather than filling the memory.
    Result<ImportReport> importFile(const QString& path, const ImportOptions& options = {});
    static constexpr qint64 MaxImportBytes = 100'000'000;
    // The same for CSV text already in memory (tests, standard input).
    Result<ImportReport> importData(const QByteArray& csv, const ImportOptions& options = {});

private:
    Result<ImportReport> importFrom(QIODevice& device, qint64 totalBytes, const ImportOptions& options);

    QueryService& m_service;
    reference::ReferenceLookup& m_lookup;
};

} // namespace advicehub::queries
