#pragma once

#include "common/Result.h"
#include "queries/QueryExport.h"
#include "queries/QueryImport.h"
#include "queries/QuerySearch.h"
#include "queries/QueryTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace advicehub::reference {
class ReferenceLookup;
}

namespace advicehub::queries {

class CaseSummaryBuilder;
class QueryService;

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
// QueryCsv brings the two halves together: QueryImport (QueryImport.h) and QueryExport
// (QueryExport.h); their messages use its translation context. Cheap to construct; every write goes through
// QueryService and the case record. From a Session:
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
    static Result<QStringList> readHeader(const QString& path) { return QueryImport::readHeader(path); }

    // QueryImport::importFile, importData.
    Result<ImportReport> importFile(const QString& path, const ImportOptions& options = {})
    {
        return m_import.importFile(path, options);
    }
    static constexpr qint64 MaxImportBytes = QueryImport::MaxImportBytes;
    Result<ImportReport> importData(const QByteArray& csv, const ImportOptions& options = {})
    {
        return m_import.importData(csv, options);
    }

    // QueryExport::exportToFile, exportToDevice.
    Result<ExportResult> exportToFile(const QList<qint64>& ids, const QString& path, const ExportOptions& options = {})
    {
        return m_export.exportToFile(ids, path, options);
    }
    Result<ExportResult> exportToFile(
        const QueryFilter& filter, const QuerySort& sort, const QString& path, const ExportOptions& options = {})
    {
        return m_export.exportToFile(filter, sort, path, options);
    }
    Result<ExportResult> exportToDevice(const QList<qint64>& ids, QIODevice& device, const ExportOptions& options = {})
    {
        return m_export.exportToDevice(ids, device, options);
    }

private:
    QueryImport m_import;
    QueryExport m_export;
};

} // namespace advicehub::queries
