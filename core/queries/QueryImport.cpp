#include "queries/QueryImport.h"

#include "queries/CsvReader.h"
#include "queries/QueryCsv.h"
#include "queries/QueryCsvFormat.h"
#include "queries/QueryService.h"
#include "queries/ValueParser.h"
#include "reference/ReferenceLookup.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <map>
#include <optional>

namespace advicehub::queries {

using namespace csvformat;

namespace {

// A cell value in a message about it. Codes and dates are quoted so that the user sees what was
// wrong; but a cell of the wrong column (a file without a header line, shifted columns) may hold
// a contact's name or a request's text, which must not end up in a message, a log or a script's
// output: a value longer than a code or a name of a State, or of several lines, is described,
// not quoted.
QString quoted(const QString& value)
{
    constexpr qsizetype kLongestQuoted = 32;
    if (value.size() <= kLongestQuoted && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return QStringLiteral("\u201c%1\u201d").arg(value);
    return QueryCsv::tr("(a text of %n characters, not shown)", nullptr, static_cast<int>(value.size()));
}

// One import, in steps: read the stream into rows (read), map the header to columns (mapHeader),
// turn each row into a query's fields (readCells, parseRow), check them against the service's
// rules (validateRow), and write every query in one transaction (write). The messages keep the
// translation context QueryCsv.
struct ImportRun {
    QueryService& m_service;
    const reference::ReferenceLookup& m_lookup;
    const ImportOptions& options;
    qint64 totalBytes;
    LineSplitter lines;

    struct PendingRecord {
        int line;
        QueryService::Record record;
    };
    // The problems of one row, while it is parsed and validated.
    struct RowCheck {
        int line = 0;
        std::size_t firstProblem = 0;
        QSet<QString> badColumns;
    };

    ImportReport report;
    std::vector<ImportProblem>& problems = report.problems; // in file order
    bool anyContent = false; // anything but white space
    QHash<QString, QString> mapping; // file header (lower case) -> column or "" (ignore)
    const QStringList known = columns();
    QHash<QString, int> columnIndex; // column name -> field index in a row
    int headerFields = 0;
    bool headerSeen = false;
    bool headerBad = false;
    bool badUtf8 = false;
    int firstBadUtf8Line = 0;
    std::vector<PendingRecord> records;
    std::map<QString, int> referencesSeen; // normalized reference -> line
    qint64 consumed = 0; // bytes fed to the parser, for progress
    bool cancelled = false;
    std::optional<Error> fatal;

    ImportRun(QueryService& service, const reference::ReferenceLookup& lookup, const ImportOptions& importOptions,
        QIODevice& device, qint64 bytes)
        : m_service(service), m_lookup(lookup), options(importOptions), totalBytes(bytes), lines(device)
    {
        for (auto it = options.columnMapping.cbegin(); it != options.columnMapping.cend(); ++it)
            mapping.insert(it.key().trimmed().toLower(), it.value().trimmed().toLower());
    }

    ImportReport fileProblem(const QString& message)
    {
        report.problems.push_back(ImportProblem { 0, QString(), message });
        return report;
    }

    QString decode(const QByteArray& raw, int line)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(raw);
        if (decoder.hasError()) {
            if (!badUtf8)
                firstBadUtf8Line = line;
            badUtf8 = true;
        }
        // Line breaks inside quoted fields: a CRLF file keeps CR LF there, a file with bare CR
        // line ends CR; store LF.
        if (lines.lineBreak() == '\r')
            text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        else
            text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        return text;
    }

    // The header line: which field of a row is which column.
    void mapHeader(const RawRow& row)
    {
        headerSeen = true;
        headerFields = static_cast<int>(row.fields.size());
        for (int i = 0; i < headerFields; ++i) {
            const QString name = decode(row.fields[static_cast<std::size_t>(i)], row.line).trimmed();
            const QString lower = name.toLower();
            QString column = lower;
            if (mapping.contains(lower)) {
                column = mapping.value(lower);
                if (column.isEmpty())
                    continue; // ignored on purpose
                if (!known.contains(column)) {
                    headerBad = true;
                    // The header is the file's text: named (quoted only if short), never as the column.
                    problems.push_back({ row.line, QString(),
                        QueryCsv::tr("Column %1 (%2): the mapping sends it to %3, which is not a column of Advice Hub.")
                            .arg(i + 1)
                            .arg(quoted(name), quoted(column)) });
                    continue;
                }
            } else if (name.isEmpty()) {
                headerBad = true;
                problems.push_back({ row.line, QString(), QueryCsv::tr("Column %1 has no name.").arg(i + 1) });
                continue;
            } else if (!known.contains(lower)) {
                headerBad = true;
                problems.push_back({ row.line, QString(),
                    QueryCsv::tr("Column %1: unknown column name %2. The columns are: %3.")
                        .arg(i + 1)
                        .arg(quoted(name), known.join(QStringLiteral(", "))) });
                continue;
            }
            if (columnIndex.contains(column)) {
                headerBad = true;
                problems.push_back({ row.line, column,
                    QueryCsv::tr("The column %1 appears twice (columns %2 and %3).")
                        .arg(quoted(column))
                        .arg(columnIndex.value(column) + 1)
                        .arg(i + 1) });
                continue;
            }
            columnIndex.insert(column, i);
        }
        for (const QString& required : requiredColumns()) {
            if (!columnIndex.contains(required)) {
                headerBad = true;
                problems.push_back(
                    { row.line, required, QueryCsv::tr("The required column %1 is missing.").arg(quoted(required)) });
            }
        }
    }

    // The cells of a data row, decoded; false for a row to skip (blank, or one whose problem is
    // already reported).
    bool readCells(const RawRow& row, std::vector<QString>& cells)
    {
        ++report.rows;
        if (options.progress && report.rows % kProgressEvery == 0 && !options.progress(0, consumed, totalBytes))
            cancelled = true;

        cells.clear();
        cells.reserve(row.fields.size());
        bool allEmpty = true;
        for (const QByteArray& raw : row.fields) {
            cells.push_back(restoredCell(decode(raw, row.line)));
            if (!cells.back().trimmed().isEmpty())
                allEmpty = false;
        }
        if (allEmpty) {
            --report.rows; // a spreadsheet's trailing ",,,," line
            return false;
        }
        if (headerBad || badUtf8)
            return false; // these get their own message; row details would only add noise
        if (static_cast<int>(cells.size()) != headerFields) {
            problems.push_back({ row.line, QString(),
                QueryCsv::tr("The row has %1 fields; the header has %2. (A text with commas or line breaks must be in "
                             "double quotes.)")
                    .arg(cells.size())
                    .arg(headerFields) });
            return false;
        }
        return true;
    }

    // A row's cells as a query's fields; a cell that cannot be read is a problem of its column.
    QueryService::Record parseRow(const std::vector<QString>& cells, RowCheck& check)
    {
        const auto problem = [&](const QString& column, const QString& message) {
            check.badColumns.insert(column);
            problems.push_back({ check.line, column, message });
        };
        const auto cell = [&](const QString& column) -> QString {
            const auto it = columnIndex.constFind(column);
            return it == columnIndex.cend() ? QString() : cells[static_cast<std::size_t>(*it)];
        };
        const auto trimmedCell = [&](QueryField field) { return cell(code(field)).trimmed(); };

        QueryService::Record record;
        QueryInput& in = record.input;

        if (const QString text = trimmedCell(QueryField::ReceivedOn); !text.isEmpty()) {
            if (auto date = parseDate(text))
                in.receivedOn = *date;
            else
                problem(
                    code(QueryField::ReceivedOn), QueryCsv::tr("%1 is not a date like 2026-03-14.").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::Channel); !text.isEmpty()) {
            if (const auto* channel = m_lookup.findChannel(text))
                in.channelId = channel->id;
            else
                problem(code(QueryField::Channel), QueryCsv::tr("Unknown channel %1.").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::State); !text.isEmpty()) {
            if (const auto* state = m_lookup.findState(text))
                in.stateId = state->id;
            else
                problem(code(QueryField::State),
                    QueryCsv::tr("Unknown State %1 (use the ISO code, e.g. GH or GHA, or the name).")
                        .arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::InstitutionType); !text.isEmpty()) {
            if (const auto* type = m_lookup.findInstitutionType(text))
                in.institutionTypeId = type->id;
            else
                problem(
                    code(QueryField::InstitutionType), QueryCsv::tr("Unknown institution type %1.").arg(quoted(text)));
        }
        in.institution = trimmedCell(QueryField::Institution);
        in.contact.name = trimmedCell(QueryField::ContactName);
        in.contact.function = trimmedCell(QueryField::ContactFunction);
        in.contact.email = trimmedCell(QueryField::ContactEmail);
        in.contact.phone = trimmedCell(QueryField::ContactPhone);
        in.subject = trimmedCell(QueryField::Subject);
        in.requestText = cell(code(QueryField::RequestText));
        in.notes = cell(code(QueryField::Notes));
        in.summary = cell(code(QueryField::Summary)).trimmed();
        if (const QString text = trimmedCell(QueryField::Language); !text.isEmpty()) {
            if (const auto* language = m_lookup.findLanguage(text))
                in.language = language->code;
            else
                problem(code(QueryField::Language), QueryCsv::tr("Unknown language %1.").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::Confidentiality); !text.isEmpty()) {
            if (auto level = parseEnum(text, allConfidentialities()))
                in.confidentiality = *level;
            else
                problem(code(QueryField::Confidentiality),
                    QueryCsv::tr("Unknown confidentiality level %1 (standard, confidential or strictly_confidential).")
                        .arg(quoted(text)));
        }
        for (const QString& part : splitList(cell(code(QueryField::Themes)))) {
            if (const auto* theme = m_lookup.findTheme(part)) {
                if (!in.themeIds.contains(theme->id))
                    in.themeIds << theme->id;
            } else {
                problem(code(QueryField::Themes), QueryCsv::tr("Unknown theme %1.").arg(quoted(part)));
            }
        }
        for (const QString& part : splitList(cell(code(QueryField::Articles)), true)) {
            const std::optional<int> article = parseInteger(part);
            if (!article || *article < 1 || *article > 33)
                problem(code(QueryField::Articles),
                    QueryCsv::tr("%1 is not an article of the Convention (1 to 33).").arg(quoted(part)));
            else if (!in.articles.contains(*article))
                in.articles << *article;
        }
        if (const QString text = trimmedCell(QueryField::Priority); !text.isEmpty()) {
            if (auto priority = parseEnum(text, allPriorities()))
                in.priority = *priority;
            else
                problem(code(QueryField::Priority),
                    QueryCsv::tr("Unknown priority %1 (urgent, high, normal or low).").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::DueOn); !text.isEmpty()) {
            if (auto date = parseDate(text))
                in.dueOn = DueDateChoice::set(*date);
            else
                problem(code(QueryField::DueOn), QueryCsv::tr("%1 is not a date like 2026-03-14.").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::Adviser); !text.isEmpty()) {
            if (const auto* adviser = m_lookup.findAdviser(text))
                in.assignedAdviserId = adviser->id;
            else
                problem(code(QueryField::Adviser),
                    QueryCsv::tr("There is no adviser called %1 in this vault.").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::Route); !text.isEmpty()) {
            if (auto route = parseEnum(text, allRoutes()))
                in.route = *route;
            else
                problem(code(QueryField::Route),
                    QueryCsv::tr("Unknown route %1 (in_house, refer, both or out_of_scope).").arg(quoted(text)));
        }
        if (const QString text = cell(kStatusColumn).trimmed(); !text.isEmpty()) {
            if (auto status = parseEnum(text, allStatuses()))
                record.status = *status;
            else
                problem(kStatusColumn, QueryCsv::tr("Unknown status %1.").arg(quoted(text)));
        }
        if (const QString text = cell(kReferenceColumn).trimmed(); !text.isEmpty()) {
            int year = 0;
            int sequence = 0;
            if (!QueryService::parseReference(text, &year, &sequence)) {
                problem(kReferenceColumn, QueryCsv::tr("%1 is not a reference like AH-2026-0042.").arg(quoted(text)));
            } else {
                const QString normalized = QueryService::formatReference(year, sequence);
                const auto [seen, inserted] = referencesSeen.emplace(normalized, check.line);
                if (!inserted) {
                    problem(kReferenceColumn,
                        QueryCsv::tr("The reference %1 is also on line %2.").arg(normalized).arg(seen->second));
                } else {
                    Result<QueryService::Resolved> existing = m_service.findByReference(normalized);
                    if (existing)
                        problem(kReferenceColumn,
                            QueryCsv::tr("The reference %1 is already in this vault.").arg(normalized));
                    else if (existing.code() != ErrorCode::NotFound && !fatal)
                        fatal = existing.error();
                }
                record.reference = normalized;
            }
        }
        return record;
    }

    // The service's own rules; a row without problems is kept for writing.
    void validateRow(QueryService::Record&& record, RowCheck& check)
    {
        const QueryInput& in = record.input;
        // The service's own rules, except where the cell itself was already refused.
        for (const FieldError& error : m_service.validate(in)) {
            const QString column = code(error.field);
            if (!check.badColumns.contains(column))
                problems.push_back({ check.line, column, error.message });
        }
        // Keep one row's problems in column order.
        const auto order = [&](const ImportProblem& a, const ImportProblem& b) {
            return known.indexOf(a.column) < known.indexOf(b.column);
        };
        std::stable_sort(problems.begin() + static_cast<std::ptrdiff_t>(check.firstProblem), problems.end(), order);
        if (problems.size() == check.firstProblem)
            records.push_back(PendingRecord { check.line, std::move(record) });
    }

    void handleRow(RawRow&& row)
    {
        std::vector<QString> cells;
        if (!readCells(row, cells))
            return;
        RowCheck check { row.line, problems.size(), {} };
        QueryService::Record record = parseRow(cells, check);
        validateRow(std::move(record), check);
    }

    // Reads and checks the whole stream; the report (or error) when it ends the import.
    std::optional<Result<ImportReport>> read()
    {
        if (totalBytes > QueryImport::MaxImportBytes)
            return fileProblem(
                QueryCsv::tr("The file is larger than %1 MB: split it into several files and import them one "
                             "after the other.")
                    .arg(QueryImport::MaxImportBytes / 1000000));
        if (lines.peek(3) == QByteArrayView("\xEF\xBB\xBF"))
            lines.skip(3);
        else if (lines.peek(2) == QByteArrayView("\xFF\xFE") || lines.peek(2) == QByteArrayView("\xFE\xFF"))
            return fileProblem(QueryCsv::tr("The file is UTF-16 text. Save it as \u201c"
                                            "CSV UTF-8\u201d and import it again."));
        CsvReader reader([this](RawRow&& row) {
            if (cancelled)
                return;
            if (!headerSeen) {
                // libcsv skips blank lines, so the first row it completes is the header.
                mapHeader(row);
                return;
            }
            handleRow(std::move(row));
        });

        // One physical line at a time, with the file's line end (LineSplitter).
        QByteArray line;
        while (!cancelled && lines.next(&line)) {
            reader.setLineBreak(lines.lineBreak());
            if (!anyContent && !line.trimmed().isEmpty())
                anyContent = true;
            if (!reader.feed(line))
                break;
            consumed = lines.consumed();
        }
        if (lines.readFailed())
            return makeError(
                ErrorCode::Io, QueryCsv::tr("The file could not be read to its end; nothing was imported."));
        if (!reader.failed() && !cancelled)
            reader.finish();
        if (!anyContent && !cancelled) {
            report.problems.clear();
            return fileProblem(QueryCsv::tr("The file is empty."));
        }
        if (cancelled)
            return makeError(ErrorCode::Cancelled, QueryCsv::tr("The import was cancelled; nothing was imported."));
        if (fatal)
            return *fatal;
        if (reader.outOfMemory())
            return makeError(ErrorCode::Internal, QueryCsv::tr("The file is too large to import."));

        if (badUtf8) {
            report.problems.clear();
            report.importedIds.clear();
            return fileProblem(QueryCsv::tr("The file is not UTF-8 text (first wrong character on line %1). Save it as "
                                            "\u201c"
                                            "CSV UTF-8\u201d and import it again.")
                                   .arg(firstBadUtf8Line));
        }
        if (reader.failed()) {
            problems.push_back({ reader.errorStartLine(), QString(),
                reader.failedAtEnd()
                    ? QueryCsv::tr("A double quote opened here is never closed. Nothing after it could be read.")
                    : QueryCsv::tr(
                        "Misplaced double quote: a field that contains a quote must be enclosed in double quotes "
                        "and the quote doubled (\"\"). Nothing after this line could be read.") });
        }
        if (!headerSeen)
            return fileProblem(QueryCsv::tr("The file is empty."));
        if (problems.empty() && records.empty())
            return fileProblem(QueryCsv::tr("The file has a header but no queries."));
        if (!problems.empty())
            return report;
        return std::nullopt;
    }

    // Writes every checked row in one transaction (or nothing: dry run, cancelled).
    Result<ImportReport> write()
    {
        if (options.progress && !options.progress(0, totalBytes, totalBytes))
            return makeError(ErrorCode::Cancelled, QueryCsv::tr("The import was cancelled; nothing was imported."));
        if (options.dryRun)
            return report;

        std::vector<QueryService::Record> batch;
        batch.reserve(records.size());
        for (PendingRecord& pending : records)
            batch.push_back(std::move(pending.record));
        records.clear();
        if (options.progress && !options.progress(1, 0, 2 * static_cast<qint64>(batch.size())))
            return makeError(ErrorCode::Cancelled, QueryCsv::tr("The import was cancelled; nothing was imported."));
        QueryService::Progress writing;
        if (options.progress)
            writing = [this](qint64 done, qint64 total) { return options.progress(1, done, total); };
        Result<std::vector<qint64>> ids = m_service.createMany(batch, EntryKind::Imported, writing);
        if (!ids) {
            if (ids.error().code == ErrorCode::Cancelled)
                return makeError(ErrorCode::Cancelled, QueryCsv::tr("The import was cancelled; nothing was imported."));
            // Every rule was checked above; what remains is the database refusing (disk full...).
            return ids.error();
        }
        report.importedIds = std::move(ids.value());
        if (options.progress)
            options.progress(1, 2 * static_cast<qint64>(report.importedIds.size()),
                2 * static_cast<qint64>(report.importedIds.size()));
        return report;
    }
};

} // namespace

QStringList ImportReport::lines() const
{
    QStringList result;
    for (const ImportProblem& problem : problems) {
        if (problem.line <= 0)
            result << problem.message;
        else if (problem.column.isEmpty())
            result << QueryCsv::tr("line %1: %2").arg(problem.line).arg(problem.message);
        else
            result << QueryCsv::tr("line %1, column %2: %3").arg(problem.line).arg(problem.column, problem.message);
    }
    return result;
}

QueryImport::QueryImport(QueryService& service, reference::ReferenceLookup& lookup)
    : m_service(service), m_lookup(lookup)
{ }

Result<QStringList> QueryImport::readHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, QueryCsv::tr("There is no file %1.").arg(QFileInfo(path).fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(file, path);
    QStringList header;
    bool done = false;
    CsvReader reader([&](RawRow&& row) {
        if (done)
            return;
        done = true;
        for (const QByteArray& field : row.fields)
            header << QString::fromUtf8(field).trimmed();
    });
    LineSplitter lines(file);
    if (lines.peek(3) == QByteArrayView("\xEF\xBB\xBF"))
        lines.skip(3);
    QByteArray line;
    while (!done && lines.next(&line)) {
        reader.setLineBreak(lines.lineBreak());
        if (!reader.feed(line))
            break;
    }
    if (!done && !reader.failed())
        reader.finish();
    if (header.isEmpty())
        return makeError(ErrorCode::InvalidInput, QueryCsv::tr("The file has no header line."));
    return header;
}

Result<ImportReport> QueryImport::importFile(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, QueryCsv::tr("There is no file %1.").arg(QFileInfo(path).fileName()));
    if (QFileInfo(path).isDir())
        return makeError(
            ErrorCode::InvalidInput, QueryCsv::tr("%1 is a folder, not a CSV file.").arg(QFileInfo(path).fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(file, path);
    // Read as a stream, never whole (the rows checked are kept until they are written; the cap
    // keeps that within reason).
    Result<ImportReport> report = importFrom(file, file.size(), options);
    if (report && file.error() != QFileDevice::NoError)
        return fileError(file, path);
    return report;
}

Result<ImportReport> QueryImport::importData(const QByteArray& csv, const ImportOptions& options)
{
    QByteArray copy = csv; // shares the data
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importFrom(buffer, csv.size(), options);
}

Result<ImportReport> QueryImport::importFrom(QIODevice& device, qint64 totalBytes, const ImportOptions& options)
{
    ImportRun run(m_service, m_lookup, options, device, totalBytes);
    if (std::optional<Result<ImportReport>> ended = run.read())
        return std::move(*ended);
    return run.write();
}

} // namespace advicehub::queries
