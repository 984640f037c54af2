#pragma once

// Reading CSV text for the import (internal to core/queries). libcsv's header is only reachable
// from core (a private dependency), so only core's .cpp files include this.

#include <QByteArray>
#include <QByteArrayView>
#include <QFileDevice>
#include <QIODevice>

#include <csv.h>

#include <algorithm>
#include <functional>
#include <vector>

namespace advicehub::queries::csvformat {

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

} // namespace advicehub::queries::csvformat
