#include "queries/QueryCsv.h"

#include "casefile/CaseRecord.h"
#include "casefile/DisclosureRecord.h"
#include "common/IsoTime.h"
#include "queries/CaseSummaryBuilder.h"
#include "queries/QueryService.h"
#include "queries/ValueParser.h"
#include "reference/ReferenceLookup.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <cerrno>
#include <cstdio>
#include <csv.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <memory>

namespace advicehub::queries {

namespace {

const QString kReferenceColumn = QStringLiteral("reference");
const QString kStatusColumn = QStringLiteral("status");

constexpr QueryField kFieldOrder[] = { QueryField::ReceivedOn, QueryField::Channel, QueryField::State,
    QueryField::InstitutionType, QueryField::Institution, QueryField::ContactName, QueryField::ContactFunction,
    QueryField::ContactEmail, QueryField::ContactPhone, QueryField::Subject, QueryField::RequestText,
    QueryField::Language, QueryField::Confidentiality, QueryField::Themes, QueryField::Articles, QueryField::Priority,
    QueryField::DueOn, QueryField::Adviser, QueryField::Route, QueryField::Notes };

// How often progress callbacks run (rows or queries).
constexpr int kProgressEvery = 500;

QString code(QueryField field)
{
    return QueryText::code(field);
}

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

// A device (standard output, a pipe) that refused the export's bytes.
Error deviceWriteError(const QFileDevice& device, const QString& destination)
{
    if (device.error() == QFileDevice::ResourceError)
        return makeError(ErrorCode::DiskFull,
            QueryCsv::tr("The disk is full: the export to %1 could not be written. Nothing was recorded.")
                .arg(destination));
    return makeError(ErrorCode::Io,
        QueryCsv::tr("The export to %1 could not be written (%2). Nothing was recorded.")
            .arg(destination, device.errorString()));
}

// Moves the file an export will replace to a hidden name in its folder; returns that name.
Result<QString> moveAside(const QString& path)
{
    const QFileInfo info(path);
    const QByteArray from = QFile::encodeName(path);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString aside
            = info.dir().filePath(QStringLiteral(".advicehub-export-previous-%1")
                                      .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
        const QByteArray to = QFile::encodeName(aside);
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
            return aside;
        if (errno == EEXIST)
            continue;
        // A file system without RENAME_NOREPLACE: the random name is as good as unique.
        if ((errno == EINVAL || errno == ENOSYS) && !QFileInfo::exists(aside)
            && ::rename(from.constData(), to.constData()) == 0)
            return aside;
        break;
    }
    return makeError(ErrorCode::Io, QueryCsv::tr("%1 could not be replaced.").arg(info.fileName()));
}

// Gives the earlier file its name back (replacing whatever has it now).
bool putBack(const QString& aside, const QString& path)
{
    return ::rename(QFile::encodeName(aside).constData(), QFile::encodeName(path).constData()) == 0;
}

Error fileError(const QFileDevice& file, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    switch (file.error()) {
    case QFileDevice::PermissionsError:
        return makeError(ErrorCode::PermissionDenied, QueryCsv::tr("Permission denied: %1.").arg(name));
    case QFileDevice::ResourceError:
        return makeError(ErrorCode::DiskFull, QueryCsv::tr("The disk is full; %1 was not written.").arg(name));
    case QFileDevice::OpenError:
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
            return makeError(ErrorCode::NotFound, QueryCsv::tr("The folder of %1 does not exist.").arg(name));
        if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            return makeError(ErrorCode::PermissionDenied, QueryCsv::tr("Permission denied: %1.").arg(name));
        return makeError(ErrorCode::Io, QueryCsv::tr("%1 cannot be opened.").arg(name));
    default:
        return makeError(ErrorCode::Io, QueryCsv::tr("%1 could not be written.").arg(name));
    }
}

// ---------------------------------------------------------------------------------------------
// Reading: libcsv splits the bytes into fields and rows (RFC 4180 quoting, strict mode); the
// importer feeds it one physical line at a time so that every row knows the line it starts on.

struct RawRow {
    int line = 0; // where the row starts
    std::vector<QByteArray> fields;
};

class CsvReader {
public:
    // `onRow` gets each row as soon as libcsv completes it.
    explicit CsvReader(std::function<void(RawRow&&)> onRow) : m_onRow(std::move(onRow))
    {
        csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI);
    }
    ~CsvReader() { csv_free(&m_parser); }
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // The file's line break: LF (also for CRLF files), or CR in a file with bare CR line ends.
    void setLineBreak(char lineBreak) { m_break = lineBreak; }

    // Feeds one physical line (with its line end). False on a syntax error (see errorLine()).
    bool feed(const QByteArray& line)
    {
        ++m_line;
        m_lineEnded = line.endsWith(m_break);
        if (m_failed)
            return false;
        const std::size_t used
            = csv_parse(&m_parser, line.constData(), static_cast<std::size_t>(line.size()), &field, &row, this);
        if (used != static_cast<std::size_t>(line.size())) {
            fail();
            return false;
        }
        return true;
    }
    bool finish()
    {
        if (m_failed)
            return false;
        if (csv_fini(&m_parser, &field, &row, this) != 0) {
            // Everything was consumed, the last line end included: count from the line after it.
            if (m_lineEnded)
                ++m_line;
            m_failedAtEnd = true;
            fail();
            return false;
        }
        return true;
    }
    bool failed() const { return m_failed; }
    int errorLine() const { return m_errorLine; }
    int errorStartLine() const { return m_errorStartLine; }
    bool outOfMemory() const { return m_outOfMemory; }
    // The error was found at the end of the data: a quoted field never closed.
    bool failedAtEnd() const { return m_failedAtEnd; }

private:
    static void field(void* data, std::size_t length, void* self)
    {
        auto* reader = static_cast<CsvReader*>(self);
        QByteArray value
            = data ? QByteArray(static_cast<const char*>(data), static_cast<qsizetype>(length)) : QByteArray();
        reader->m_newlinesInRow += static_cast<int>(value.count(reader->m_break));
        reader->m_fields.push_back(std::move(value));
    }
    static void row(int, void* self)
    {
        auto* reader = static_cast<CsvReader*>(self);
        // The row ends on the line being fed; it started as many lines earlier as its quoted
        // fields hold line breaks.
        RawRow completed { reader->m_line - reader->m_newlinesInRow, std::move(reader->m_fields) };
        reader->m_fields.clear();
        reader->m_newlinesInRow = 0;
        reader->m_onRow(std::move(completed));
    }
    void fail()
    {
        m_failed = true;
        m_outOfMemory = csv_error(&m_parser) == CSV_ENOMEM || csv_error(&m_parser) == CSV_ETOOBIG;
        m_errorLine = m_line;
        // The broken row began before the line with the error when a quoted field spans lines;
        // libcsv keeps the unfinished field's bytes in its buffer (struct csv_parser is public
        // in csv.h; it has no accessor for them).
        int pending = m_newlinesInRow;
        if (m_parser.entry_buf && m_parser.entry_pos > 0)
            pending += static_cast<int>(QByteArrayView(
                reinterpret_cast<const char*>(m_parser.entry_buf), static_cast<qsizetype>(m_parser.entry_pos))
                                            .count(m_break));
        m_errorStartLine = std::max(1, m_line - pending);
    }

    csv_parser m_parser {};
    std::function<void(RawRow&&)> m_onRow;
    std::vector<QByteArray> m_fields;
    int m_newlinesInRow = 0;
    char m_break = '\n';
    int m_line = 0;
    bool m_failed = false;
    bool m_outOfMemory = false;
    bool m_failedAtEnd = false;
    bool m_lineEnded = false;
    int m_errorLine = 0;
    int m_errorStartLine = 0;
};

// Splits a stream into physical lines, each with its line end, reading 64 KiB at a time: the
// whole file is never in memory. The file's own line ends decide where lines end: LF (a CR before
// it stays in the line, as libcsv wants it for CRLF files), or, in a file whose first line end is
// a CR not followed by LF (spreadsheets saved for old Macintosh systems), CR.
class LineSplitter {
public:
    explicit LineSplitter(QIODevice& device) : m_device(device) { }

    // The first bytes of the stream, without consuming them (for the byte-order mark).
    QByteArrayView peek(qsizetype count)
    {
        while (m_buffer.size() - m_position < count && fill()) { }
        return QByteArrayView(m_buffer).sliced(m_position, std::min(count, m_buffer.size() - m_position));
    }
    void skip(qsizetype count) { m_position = std::min(m_buffer.size(), m_position + count); }

    // False at the end of the stream (or when reading failed: readFailed()).
    bool next(QByteArray* line)
    {
        for (;;) {
            if (m_break == 0) {
                decideLineBreak();
                if (m_break == 0) {
                    if (!fill()) {
                        m_break = '\n';
                        continue;
                    }
                    continue;
                }
            }
            const qsizetype end = m_buffer.indexOf(m_break, m_position);
            if (end >= 0) {
                *line = m_buffer.sliced(m_position, end + 1 - m_position);
                m_position = end + 1;
                m_consumed += line->size();
                return true;
            }
            if (!fill()) {
                if (m_position >= m_buffer.size())
                    return false;
                *line = m_buffer.sliced(m_position);
                m_position = m_buffer.size();
                m_consumed += line->size();
                return true;
            }
        }
    }
    char lineBreak() const { return m_break == 0 ? '\n' : m_break; }
    qint64 consumed() const { return m_consumed; }
    bool readFailed() const { return m_failed; }

private:
    void decideLineBreak()
    {
        for (qsizetype i = m_position; i < m_buffer.size(); ++i) {
            if (m_buffer.at(i) == '\n') {
                m_break = '\n';
                return;
            }
            if (m_buffer.at(i) == '\r') {
                if (i + 1 < m_buffer.size())
                    m_break = m_buffer.at(i + 1) == '\n' ? '\n' : '\r';
                else if (m_atEnd)
                    m_break = '\r';
                return; // else: the next byte decides
            }
        }
        if (m_atEnd)
            m_break = '\n';
    }
    bool fill()
    {
        if (m_atEnd)
            return false;
        m_buffer.remove(0, m_position);
        m_position = 0;
        const QByteArray chunk = m_device.read(64 * 1024);
        if (chunk.isEmpty()) {
            m_atEnd = true;
            if (auto* file = qobject_cast<QFileDevice*>(&m_device); file && file->error() != QFileDevice::NoError)
                m_failed = true;
            return false;
        }
        m_buffer += chunk;
        return true;
    }

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_consumed = 0;
    char m_break = 0; // not known yet
    bool m_atEnd = false;
    bool m_failed = false;
};

// ---------------------------------------------------------------------------------------------
// Writing.

QByteArray csvField(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    // Quote only where needed, as spreadsheets do; libcsv does the quoting.
    const bool needsQuotes = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')
        || (!utf8.isEmpty()
            && (utf8.front() == ' ' || utf8.back() == ' ' || utf8.front() == '\t' || utf8.back() == '\t'));
    if (!needsQuotes)
        return utf8;
    const std::size_t size = csv_write(nullptr, 0, utf8.constData(), static_cast<std::size_t>(utf8.size()));
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    csv_write(out.data(), size, utf8.constData(), static_cast<std::size_t>(utf8.size()));
    return out;
}

// Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return before
// one) as a formula, and queries come from outside the Secretariat: such a cell is exported with
// a single quote in front, which makes it text (OWASP's advice on CSV injection). So that the
// import can take the quote off again exactly, a cell that already starts with quotes followed by
// one of those characters gets one more: the export adds a quote to exactly the cells for which
// startsLikeFormula() holds once any leading quotes are skipped, the import removes one from
// exactly those, and every text comes back as it was.
bool startsLikeFormula(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == QLatin1Char('\''))
        ++i;
    if (i == value.size())
        return false;
    switch (value.at(i).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString neutralisedCell(const QString& value)
{
    return startsLikeFormula(value) ? QLatin1Char('\'') + value : value;
}

QString restoredCell(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) && startsLikeFormula(QStringView(cell).mid(1)) ? cell.mid(1) : cell;
}

QByteArray csvLine(const QStringList& values)
{
    QByteArray line;
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(values.at(i));
    }
    line += "\r\n"; // RFC 4180
    return line;
}

} // namespace

// ---------------------------------------------------------------------------------------------

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

QueryCsv::QueryCsv(
    QueryService& service, QuerySearch& search, reference::ReferenceLookup& lookup, const CaseSummaryBuilder& summaries)
    : m_service(service), m_search(search), m_lookup(lookup), m_summaries(summaries)
{ }

QStringList QueryCsv::columns()
{
    QStringList names { kReferenceColumn };
    for (QueryField field : kFieldOrder)
        names << code(field);
    names << kStatusColumn;
    return names;
}

QStringList QueryCsv::requiredColumns()
{
    return { code(QueryField::ReceivedOn), code(QueryField::Channel), code(QueryField::State),
        code(QueryField::Subject), code(QueryField::Themes) };
}

Result<QStringList> QueryCsv::readHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(QFileInfo(path).fileName()));
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
        return makeError(ErrorCode::InvalidInput, tr("The file has no header line."));
    return header;
}

Result<ImportReport> QueryCsv::importFile(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(QFileInfo(path).fileName()));
    if (QFileInfo(path).isDir())
        return makeError(
            ErrorCode::InvalidInput, tr("%1 is a folder, not a CSV file.").arg(QFileInfo(path).fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(file, path);
    // Read as a stream, never whole (the rows checked are kept until they are written; the cap
    // keeps that within reason).
    Result<ImportReport> report = importFrom(file, file.size(), options);
    if (report && file.error() != QFileDevice::NoError)
        return fileError(file, path);
    return report;
}

Result<ImportReport> QueryCsv::importData(const QByteArray& csv, const ImportOptions& options)
{
    QByteArray copy = csv; // shares the data
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importFrom(buffer, csv.size(), options);
}

Result<ImportReport> QueryCsv::importFrom(QIODevice& device, qint64 totalBytes, const ImportOptions& options)
{
    ImportReport report;
    const auto fileProblem = [&report](const QString& message) {
        report.problems.push_back(ImportProblem { 0, QString(), message });
        return report;
    };
    if (totalBytes > MaxImportBytes)
        return fileProblem(tr("The file is larger than %1 MB: split it into several files and import them one after "
                              "the other.")
                               .arg(MaxImportBytes / 1000000));

    LineSplitter lines(device);
    if (lines.peek(3) == QByteArrayView("\xEF\xBB\xBF"))
        lines.skip(3);
    else if (lines.peek(2) == QByteArrayView("\xFF\xFE") || lines.peek(2) == QByteArrayView("\xFE\xFF"))
        return fileProblem(tr("The file is UTF-16 text. Save it as \u201c"
                              "CSV UTF-8\u201d and import it again."));
    bool anyContent = false; // anything but white space

    // ---- Columns
    QHash<QString, QString> mapping; // file header (lower case) -> column or "" (ignore)
    for (auto it = options.columnMapping.cbegin(); it != options.columnMapping.cend(); ++it)
        mapping.insert(it.key().trimmed().toLower(), it.value().trimmed().toLower());
    const QStringList known = columns();
    QHash<QString, int> columnIndex; // column name -> field index in a row
    int headerFields = 0;
    bool headerSeen = false;
    bool headerBad = false;
    bool badUtf8 = false;
    int firstBadUtf8Line = 0;

    struct PendingRecord {
        int line;
        QueryService::Record record;
    };
    std::vector<PendingRecord> records;
    std::map<QString, int> referencesSeen; // normalized reference -> line

    // Problems of data rows, in file order.
    std::vector<ImportProblem>& problems = report.problems;
    qint64 consumed = 0; // bytes fed to the parser, for progress
    bool cancelled = false;
    std::optional<Error> fatal;

    const auto decode = [&](const QByteArray& raw, int line) {
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
    };

    const auto handleHeader = [&](const RawRow& row) {
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
                        tr("Column %1 (%2): the mapping sends it to %3, which is not a column of Advice Hub.")
                            .arg(i + 1)
                            .arg(quoted(name), quoted(column)) });
                    continue;
                }
            } else if (name.isEmpty()) {
                headerBad = true;
                problems.push_back({ row.line, QString(), tr("Column %1 has no name.").arg(i + 1) });
                continue;
            } else if (!known.contains(lower)) {
                headerBad = true;
                problems.push_back({ row.line, QString(),
                    tr("Column %1: unknown column name %2. The columns are: %3.")
                        .arg(i + 1)
                        .arg(quoted(name), known.join(QStringLiteral(", "))) });
                continue;
            }
            if (columnIndex.contains(column)) {
                headerBad = true;
                problems.push_back({ row.line, column,
                    tr("The column %1 appears twice (columns %2 and %3).")
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
                    { row.line, required, tr("The required column %1 is missing.").arg(quoted(required)) });
            }
        }
    };

    const auto handleRow = [&](RawRow&& row) {
        ++report.rows;
        if (options.progress && report.rows % kProgressEvery == 0 && !options.progress(0, consumed, totalBytes))
            cancelled = true;

        std::vector<QString> cells;
        cells.reserve(row.fields.size());
        bool allEmpty = true;
        for (const QByteArray& raw : row.fields) {
            cells.push_back(restoredCell(decode(raw, row.line)));
            if (!cells.back().trimmed().isEmpty())
                allEmpty = false;
        }
        if (allEmpty) {
            --report.rows; // a spreadsheet's trailing ",,,," line
            return;
        }
        if (headerBad || badUtf8)
            return; // these get their own message; row details would only add noise
        if (static_cast<int>(cells.size()) != headerFields) {
            problems.push_back({ row.line, QString(),
                tr("The row has %1 fields; the header has %2. (A text with commas or line breaks must be in "
                   "double quotes.)")
                    .arg(cells.size())
                    .arg(headerFields) });
            return;
        }

        QSet<QString> badColumns;
        const std::size_t firstProblem = problems.size();
        const auto problem = [&](const QString& column, const QString& message) {
            badColumns.insert(column);
            problems.push_back({ row.line, column, message });
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
                problem(code(QueryField::ReceivedOn), tr("%1 is not a date like 2026-03-14.").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::Channel); !text.isEmpty()) {
            if (const auto* channel = m_lookup.findChannel(text))
                in.channelId = channel->id;
            else
                problem(code(QueryField::Channel), tr("Unknown channel %1.").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::State); !text.isEmpty()) {
            if (const auto* state = m_lookup.findState(text))
                in.stateId = state->id;
            else
                problem(code(QueryField::State),
                    tr("Unknown State %1 (use the ISO code, e.g. GH or GHA, or the name).").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::InstitutionType); !text.isEmpty()) {
            if (const auto* type = m_lookup.findInstitutionType(text))
                in.institutionTypeId = type->id;
            else
                problem(code(QueryField::InstitutionType), tr("Unknown institution type %1.").arg(quoted(text)));
        }
        in.institution = trimmedCell(QueryField::Institution);
        in.contact.name = trimmedCell(QueryField::ContactName);
        in.contact.function = trimmedCell(QueryField::ContactFunction);
        in.contact.email = trimmedCell(QueryField::ContactEmail);
        in.contact.phone = trimmedCell(QueryField::ContactPhone);
        in.subject = trimmedCell(QueryField::Subject);
        in.requestText = cell(code(QueryField::RequestText));
        in.notes = cell(code(QueryField::Notes));
        if (const QString text = trimmedCell(QueryField::Language); !text.isEmpty()) {
            if (const auto* language = m_lookup.findLanguage(text))
                in.language = language->code;
            else
                problem(code(QueryField::Language), tr("Unknown language %1.").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::Confidentiality); !text.isEmpty()) {
            if (auto level = parseEnum(text, allConfidentialities()))
                in.confidentiality = *level;
            else
                problem(code(QueryField::Confidentiality),
                    tr("Unknown confidentiality level %1 (standard, confidential or strictly_confidential).")
                        .arg(quoted(text)));
        }
        for (const QString& part : splitList(cell(code(QueryField::Themes)))) {
            if (const auto* theme = m_lookup.findTheme(part)) {
                if (!in.themeIds.contains(theme->id))
                    in.themeIds << theme->id;
            } else {
                problem(code(QueryField::Themes), tr("Unknown theme %1.").arg(quoted(part)));
            }
        }
        for (const QString& part : splitList(cell(code(QueryField::Articles)), true)) {
            const std::optional<int> article = parseInteger(part);
            if (!article || *article < 1 || *article > 33)
                problem(code(QueryField::Articles),
                    tr("%1 is not an article of the Convention (1 to 33).").arg(quoted(part)));
            else if (!in.articles.contains(*article))
                in.articles << *article;
        }
        if (const QString text = trimmedCell(QueryField::Priority); !text.isEmpty()) {
            if (auto priority = parseEnum(text, allPriorities()))
                in.priority = *priority;
            else
                problem(code(QueryField::Priority),
                    tr("Unknown priority %1 (urgent, high, normal or low).").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::DueOn); !text.isEmpty()) {
            if (auto date = parseDate(text))
                in.dueOn = DueDateChoice::set(*date);
            else
                problem(code(QueryField::DueOn), tr("%1 is not a date like 2026-03-14.").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::Adviser); !text.isEmpty()) {
            if (const auto* adviser = m_lookup.findAdviser(text))
                in.assignedAdviserId = adviser->id;
            else
                problem(
                    code(QueryField::Adviser), tr("There is no adviser called %1 in this vault.").arg(quoted(text)));
        }
        if (const QString text = trimmedCell(QueryField::Route); !text.isEmpty()) {
            if (auto route = parseEnum(text, allRoutes()))
                in.route = *route;
            else
                problem(code(QueryField::Route),
                    tr("Unknown route %1 (in_house, refer, both or out_of_scope).").arg(quoted(text)));
        }
        if (const QString text = cell(kStatusColumn).trimmed(); !text.isEmpty()) {
            if (auto status = parseEnum(text, allStatuses()))
                record.status = *status;
            else
                problem(kStatusColumn, tr("Unknown status %1.").arg(quoted(text)));
        }
        if (const QString text = cell(kReferenceColumn).trimmed(); !text.isEmpty()) {
            int year = 0;
            int sequence = 0;
            if (!QueryService::parseReference(text, &year, &sequence)) {
                problem(kReferenceColumn, tr("%1 is not a reference like AH-2026-0042.").arg(quoted(text)));
            } else {
                const QString normalized = QueryService::formatReference(year, sequence);
                const auto [seen, inserted] = referencesSeen.emplace(normalized, row.line);
                if (!inserted) {
                    problem(
                        kReferenceColumn, tr("The reference %1 is also on line %2.").arg(normalized).arg(seen->second));
                } else {
                    Result<QueryService::Resolved> existing = m_service.findByReference(normalized);
                    if (existing)
                        problem(kReferenceColumn, tr("The reference %1 is already in this vault.").arg(normalized));
                    else if (existing.code() != ErrorCode::NotFound && !fatal)
                        fatal = existing.error();
                }
                record.reference = normalized;
            }
        }

        // The service's own rules, except where the cell itself was already refused.
        for (const FieldError& error : m_service.validate(in)) {
            const QString column = code(error.field);
            if (!badColumns.contains(column))
                problems.push_back({ row.line, column, error.message });
        }
        // Keep one row's problems in column order.
        const auto order = [&](const ImportProblem& a, const ImportProblem& b) {
            return known.indexOf(a.column) < known.indexOf(b.column);
        };
        std::stable_sort(problems.begin() + static_cast<std::ptrdiff_t>(firstProblem), problems.end(), order);
        if (problems.size() == firstProblem)
            records.push_back(PendingRecord { row.line, std::move(record) });
    };

    CsvReader reader([&](RawRow&& row) {
        if (cancelled)
            return;
        if (!headerSeen) {
            // libcsv skips blank lines, so the first row it completes is the header.
            handleHeader(row);
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
        return makeError(ErrorCode::Io, tr("The file could not be read to its end; nothing was imported."));
    if (!reader.failed() && !cancelled)
        reader.finish();
    if (!anyContent && !cancelled) {
        report.problems.clear();
        return fileProblem(tr("The file is empty."));
    }
    if (cancelled)
        return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
    if (fatal)
        return *fatal;
    if (reader.outOfMemory())
        return makeError(ErrorCode::Internal, tr("The file is too large to import."));

    if (badUtf8) {
        report.problems.clear();
        report.importedIds.clear();
        return fileProblem(tr("The file is not UTF-8 text (first wrong character on line %1). Save it as "
                              "\u201c"
                              "CSV UTF-8\u201d and import it again.")
                               .arg(firstBadUtf8Line));
    }
    if (reader.failed()) {
        problems.push_back({ reader.errorStartLine(), QString(),
            reader.failedAtEnd()
                ? tr("A double quote opened here is never closed. Nothing after it could be read.")
                : tr("Misplaced double quote: a field that contains a quote must be enclosed in double quotes "
                     "and the quote doubled (\"\"). Nothing after this line could be read.") });
    }
    if (!headerSeen)
        return fileProblem(tr("The file is empty."));
    if (problems.empty() && records.empty())
        return fileProblem(tr("The file has a header but no queries."));
    if (!problems.empty())
        return report;

    if (options.progress && !options.progress(0, totalBytes, totalBytes))
        return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
    if (options.dryRun)
        return report;

    std::vector<QueryService::Record> batch;
    batch.reserve(records.size());
    for (PendingRecord& pending : records)
        batch.push_back(std::move(pending.record));
    records.clear();
    if (options.progress && !options.progress(1, 0, 2 * static_cast<qint64>(batch.size())))
        return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
    QueryService::Progress writing;
    if (options.progress)
        writing = [&options](qint64 done, qint64 total) { return options.progress(1, done, total); };
    Result<std::vector<qint64>> ids = m_service.createMany(batch, EntryKind::Imported, writing);
    if (!ids) {
        if (ids.error().code == ErrorCode::Cancelled)
            return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        // Every rule was checked above; what remains is the database refusing (disk full...).
        return ids.error();
    }
    report.importedIds = std::move(ids.value());
    if (options.progress)
        options.progress(
            1, 2 * static_cast<qint64>(report.importedIds.size()), 2 * static_cast<qint64>(report.importedIds.size()));
    return report;
}

// ---------------------------------------------------------------------------------------------
// Export

namespace {

struct ExportWriter {
    QueryService& service;
    const CaseSummaryBuilder& summaries;
    const ExportOptions& options;

    QStringList csvValues(const Query& q) const
    {
        const QueryInput& f = q.fields;
        QStringList articles;
        for (int article : f.articles)
            articles << QString::number(article);
        QStringList values;
        values << q.reference;
        for (QueryField field : kFieldOrder) {
            switch (field) {
            case QueryField::ReceivedOn:
                values << isoDate(f.receivedOn);
                break;
            case QueryField::Channel:
                values << q.channelName;
                break;
            case QueryField::State:
                values << q.stateName;
                break;
            case QueryField::InstitutionType:
                values << q.institutionTypeName;
                break;
            case QueryField::Institution:
                values << f.institution;
                break;
            case QueryField::ContactName:
                values << f.contact.name;
                break;
            case QueryField::ContactFunction:
                values << f.contact.function;
                break;
            case QueryField::ContactEmail:
                values << f.contact.email;
                break;
            case QueryField::ContactPhone:
                values << f.contact.phone;
                break;
            case QueryField::Subject:
                values << f.subject;
                break;
            case QueryField::RequestText:
                values << f.requestText;
                break;
            case QueryField::Language:
                values << f.language;
                break;
            case QueryField::Confidentiality:
                values << QueryText::code(f.confidentiality);
                break;
            case QueryField::Themes:
                values << q.themeNames.join(QStringLiteral("; "));
                break;
            case QueryField::Articles:
                values << articles.join(QStringLiteral("; "));
                break;
            case QueryField::Priority:
                values << QueryText::code(f.priority);
                break;
            case QueryField::DueOn:
                values << isoDate(q.dueOn);
                break;
            case QueryField::Adviser:
                values << q.adviserName;
                break;
            case QueryField::Route:
                values << (f.route ? QueryText::code(*f.route) : QString());
                break;
            case QueryField::Notes:
                values << f.notes;
                break;
            }
        }
        values << QueryText::code(q.status);
        for (QString& value : values)
            value = neutralisedCell(value);
        return values;
    }

    // A query's object in the JSON export: its case summary (casefile::caseSummaryToJson).
    Result<QJsonObject> json(const Query& q) const
    {
        CaseSummaryBuilder::Options what;
        what.links = true;
        what.timeline = options.includeTimeline;
        Result<casefile::CaseSummary> summary = summaries.build(q, what);
        if (!summary)
            return summary.error();
        return casefile::caseSummaryToJson(summary.value());
    }

    // Writes the whole export to `device`. Errors: a query that vanished, a write failure.
    Result<int> write(const QList<qint64>& ids, QIODevice& device)
    {
        const bool csv = options.format == ExportFormat::Csv;
        const auto put = [&device](const QByteArray& bytes) { return device.write(bytes) == bytes.size(); };
        const auto writeFailed = [&device] {
            if (auto* file = qobject_cast<QFileDevice*>(&device); file && file->error() == QFileDevice::ResourceError)
                return makeError(
                    ErrorCode::DiskFull, QueryCsv::tr("The disk is full; the export could not be written."));
            return makeError(ErrorCode::Io, QueryCsv::tr("The export could not be written."));
        };
        if (csv) {
            if (options.byteOrderMark && !put(QByteArray("\xEF\xBB\xBF")))
                return writeFailed();
            if (!put(csvLine(QueryCsv::columns())))
                return writeFailed();
        } else if (!put("[")) {
            return writeFailed();
        }
        int written = 0;
        for (qint64 id : ids) {
            if (options.progress && written % kProgressEvery == 0 && !options.progress(written, ids.size()))
                return makeError(ErrorCode::Cancelled, QueryCsv::tr("The export was cancelled; nothing was written."));
            Result<Query> query = service.get(id);
            if (!query)
                return query.error();
            if (csv) {
                if (!put(csvLine(csvValues(query.value()))))
                    return writeFailed();
            } else {
                Result<QJsonObject> object = json(query.value());
                if (!object)
                    return object.error();
                QByteArray text = QJsonDocument(object.value()).toJson(QJsonDocument::Indented);
                text.chop(1); // the final newline
                if (!put(QByteArray(written == 0 ? "\n" : ",\n") + text))
                    return writeFailed();
            }
            ++written;
        }
        if (!csv && !put("\n]\n"))
            return writeFailed();
        if (options.progress)
            options.progress(written, ids.size());
        return written;
    }
};

QString formatName(ExportFormat format)
{
    return format == ExportFormat::Csv ? QStringLiteral("CSV") : QStringLiteral("JSON");
}

// What the disclosure record keeps of an export (casefile/DisclosureRecord.h).
casefile::Disclosure exportDisclosure(
    const ExportOptions& options, const QString& destination, const QString& fileName, const QString& summary)
{
    casefile::Disclosure disclosure;
    disclosure.kind = casefile::DisclosureKind::Export;
    disclosure.document = options.format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
    disclosure.recipient = destination;
    disclosure.fileName = fileName;
    disclosure.fields = QueryCsv::columns();
    if (options.format == ExportFormat::Json) {
        disclosure.fields << QStringLiteral("links");
        if (options.includeTimeline)
            disclosure.fields << QStringLiteral("timeline");
    }
    disclosure.summary = summary;
    return disclosure;
}

} // namespace

Result<ExportResult> QueryCsv::exportToFile(
    const QueryFilter& filter, const QuerySort& sort, const QString& path, const ExportOptions& options)
{
    Result<QList<qint64>> ids = m_search.ids(filter, sort);
    if (!ids)
        return ids.error();
    return exportToFile(ids.value(), path, options);
}

Result<ExportResult> QueryCsv::exportToFile(const QList<qint64>& ids, const QString& path, const ExportOptions& options)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a folder.").arg(info.fileName()));
    if (info.exists() && !options.overwrite)
        return makeError(ErrorCode::AlreadyExists, tr("%1 already exists.").arg(info.fileName()));

    // QSaveFile writes to a temporary file beside the target and renames it over the target only
    // on commit(): a failed or cancelled export never leaves a half-written file under that name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(file, path);
    // Case content: readable by the owner only, whatever the umask or an older file's mode.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    ExportWriter writer { m_service, m_summaries, options };
    Result<int> written = writer.write(ids, file);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.flush() || ::fsync(file.handle()) != 0) {
        const Error error = fileError(file, path);
        file.cancelWriting();
        return error;
    }
    const QString destination = options.destination.isEmpty() ? info.fileName() : options.destination;
    const QString summary = tr("Exported to %1 (%2)").arg(destination, formatName(options.format));

    // The timeline entries and the rename succeed or fail together: the entries are committed
    // only once the file carries its final name. A file the export replaces is moved aside first
    // (same folder, hidden name) and deleted only once the export is recorded: if the rename or
    // the commit fails, it is put back, so a failed export never costs the user their earlier file.
    QString previous;
    bool renamed = false;
    const casefile::Disclosure disclosure = exportDisclosure(options, destination, info.fileName(), summary);
    const auto recorded = m_service.caseRecord().disclosures().record(ids, disclosure, [&]() -> Status {
        if (options.overwrite && QFileInfo::exists(path)) {
            Result<QString> aside = moveAside(path);
            if (!aside)
                return aside.error();
            previous = aside.value();
        }
        if (!file.commit()) {
            const Error error = fileError(file, path);
            if (!previous.isEmpty() && putBack(previous, path))
                previous.clear();
            return error;
        }
        renamed = true;
        return {};
    });
    if (!recorded) {
        if (renamed) {
            // An export that is not recorded must not exist: the earlier file takes its name back
            // (one atomic rename over the new one), or the new one goes.
            if (previous.isEmpty() || !putBack(previous, path))
                QFile::remove(path);
        } else {
            file.cancelWriting();
        }
        return recorded.error();
    }
    if (!previous.isEmpty())
        QFile::remove(previous);
    return ExportResult { written.value() };
}

Result<ExportResult> QueryCsv::exportToDevice(const QList<qint64>& ids, QIODevice& device, const ExportOptions& options)
{
    if (!device.isWritable())
        return makeError(ErrorCode::Io, tr("The export could not be written."));
    const QString destination = options.destination.isEmpty() ? tr("another program") : options.destination;
    const QString summary = tr("Exported to %1 (%2)").arg(destination, formatName(options.format));
    // Recorded first, committed only when everything was written and has left every buffer:
    // a write that fails (a full disk, a closed pipe) records nothing.
    ExportWriter writer { m_service, m_summaries, options };
    int written = 0;
    const casefile::Disclosure disclosure = exportDisclosure(options, destination, QString(), summary);
    const auto recorded = m_service.caseRecord().disclosures().record(ids, disclosure, [&]() -> Status {
        Result<int> count = writer.write(ids, device);
        if (!count)
            return count.error();
        if (auto* file = qobject_cast<QFileDevice*>(&device); file && !file->flush())
            return deviceWriteError(*file, destination);
        written = count.value();
        return {};
    });
    if (!recorded)
        return recorded.error();
    return ExportResult { written };
}

} // namespace advicehub::queries
