#pragma once

#include "common/Result.h"
#include "queries/QuerySearch.h"

#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace advicehub::queries {

class CaseSummaryBuilder;
class QueryService;

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

// The CSV and JSON export of queries (the format: QueryCsv.h, docs/CSV.md): written through a
// temporary file renamed into place, recorded in the disclosure record in the same transaction
// as the rename. Messages keep the translation context QueryCsv.
class QueryExport {
public:
    QueryExport(QueryService& service, QuerySearch& search, const CaseSummaryBuilder& summaries);

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
    QueryService& m_service;
    QuerySearch& m_search;
    const CaseSummaryBuilder& m_summaries;
};

} // namespace advicehub::queries
