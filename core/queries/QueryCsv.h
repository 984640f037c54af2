#pragma once

#include "common/Result.h"
#include "queries/QuerySearch.h"
#include "queries/QueryTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QIODevice;

namespace advicehub::reference {
class ReferenceLookup;
}

namespace advicehub::queries {

class CaseSummaryBuilder;
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

enum class ExportFormat { Csv, Json };

struct ExportOptions {
    ExportFormat format = ExportFormat::Csv;
    // JSON only: every query carries its timeline (CSV has no place for it).
    bool includeTimeline = false;
    // Replace an existing file (the UI asks first). Otherwise an existing file is
    // ErrorCode::AlreadyExists and nothing is written.
    bool overwrite = false;
    // CSV only: start with a UTF-8 byte-order mark, so that spreadsheet programs read the
    // accents right. Off for pipes to other tools.
    bool byteOrderMark = true;
    // What the timeline entries say the export went to; empty: the file's name (for a device:
    // "another program").
    QString destination;
    // Return false to cancel (ErrorCode::Cancelled: no file, nothing recorded).
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ExportResult {
    int exported = 0; // number of queries written
};

// CSV import and CSV/JSON export of queries (docs/CSV.md documents the columns).
//
// Import: UTF-8 (with or without a byte-order mark), comma-separated, LF or CRLF line ends,
// RFC 4180 quoting (fields may contain commas, quotes and line breaks), one header line with
// column names from columns(), dates as YYYY-MM-DD, several values in one cell separated by
// ';'. States are given by ISO alpha-2, alpha-3 or name; channels, institution types, themes
// and languages by code or name; statuses, priorities, confidentiality levels and routes by
// code or label; advisers by name. Every row is parsed and validated (QueryService::validate)
// first; a file with any problem imports nothing and the report lists every problem. A valid
// file is imported in one transaction (QueryService::createMany), each query getting an
// "imported" timeline entry with the current adviser.
//
// Export: the same columns (an exported CSV file imports into another vault with the same
// data), or JSON (an array of objects with every field, optionally the timeline). Files are
// written to a temporary file in the target folder and renamed into place (mode 0600), so a
// half-written export never carries the final name; each exported query gets an "exported"
// timeline entry and the export is recorded in the disclosure record (casefile/DisclosureRecord.h),
// in the same transaction as the rename.
//
// A JSON object is the query's case summary (CaseSummaryBuilder, casefile::caseSummaryToJson),
// with the sections other domains contribute to the session's builder.
//
// Cheap to construct; every write goes through QueryService and the case record. From a Session:
//   QueryCsv csv(session.queries(), session.search(), session.lookup(), session.caseSummaries());
class QueryCsv {
    Q_DECLARE_TR_FUNCTIONS(QueryCsv)
public:
    QueryCsv(QueryService& service, QuerySearch& search, reference::ReferenceLookup& lookup,
        const CaseSummaryBuilder& summaries);

    // Every column, in the order export writes them: "reference", the QueryText::code(QueryField)
    // names (received ... notes), then "status".
    static QStringList columns();
    // The columns an import file must have.
    static QStringList requiredColumns();
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

    // Exports queries (in the given order) to a file, or every query a view/filter/search
    // shows, in the sort order of the list.
    Result<ExportResult> exportToFile(const QList<qint64>& ids, const QString& path, const ExportOptions& options = {});
    Result<ExportResult> exportToFile(
        const QueryFilter& filter, const QuerySort& sort, const QString& path, const ExportOptions& options = {});
    // Exports to an open device (e.g. standard output). The export is recorded once the whole
    // text was written and, for a file device, flushed: a device that refuses the bytes (a full
    // disk, /dev/full) fails the export and nothing is recorded. `options.overwrite` does not apply.
    Result<ExportResult> exportToDevice(const QList<qint64>& ids, QIODevice& device, const ExportOptions& options = {});

private:
    Result<ImportReport> importFrom(QIODevice& device, qint64 totalBytes, const ImportOptions& options);

    QueryService& m_service;
    QuerySearch& m_search;
    reference::ReferenceLookup& m_lookup;
    const CaseSummaryBuilder& m_summaries;
};

} // namespace advicehub::queries
