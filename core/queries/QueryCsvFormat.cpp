#include "queries/QueryCsvFormat.h"

#include "casefile/ExportFile.h"
#include "queries/QueryCsv.h"

#include <QFileDevice>
#include <QFileInfo>

#include <csv.h>

namespace advicehub::queries::csvformat {

namespace {

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

} // namespace

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

QStringList columns()
{
    QStringList names { kReferenceColumn };
    for (QueryField field : kFieldOrder)
        names << code(field);
    names << kStatusColumn;
    return names;
}

QStringList requiredColumns()
{
    return { code(QueryField::ReceivedOn), code(QueryField::Channel), code(QueryField::State),
        code(QueryField::Subject), code(QueryField::Themes) };
}

Error fileError(const QFileDevice& file, const QString& path)
{
    return casefile::fileWriteError(file, path);
}

} // namespace advicehub::queries::csvformat
