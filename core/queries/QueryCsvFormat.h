#pragma once

// What the CSV import and export share (internal to core/queries): the columns, the cell
// encoding against spreadsheet formulas, the file errors. See QueryCsv.h for the format.

#include "common/Result.h"
#include "queries/QueryTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>

class QFileDevice;

namespace advicehub::queries::csvformat {

inline const QString kReferenceColumn = QStringLiteral("reference");
inline const QString kStatusColumn = QStringLiteral("status");

// The field columns in file order, between "reference" and "status".
inline constexpr std::array<QueryField, 21> kFieldOrder { QueryField::ReceivedOn, QueryField::Channel,
    QueryField::State, QueryField::InstitutionType, QueryField::Institution, QueryField::ContactName,
    QueryField::ContactFunction, QueryField::ContactEmail, QueryField::ContactPhone, QueryField::Subject,
    QueryField::Summary, QueryField::RequestText, QueryField::Language, QueryField::Confidentiality, QueryField::Themes,
    QueryField::Articles, QueryField::Priority, QueryField::DueOn, QueryField::Adviser, QueryField::Route,
    QueryField::Notes };

// How often progress callbacks run (rows or queries).
inline constexpr int kProgressEvery = 500;

inline QString code(QueryField field)
{
    return QueryText::code(field);
}

// QueryCsv::columns() and QueryCsv::requiredColumns().
QStringList columns();
QStringList requiredColumns();

// An error for a file that could not be opened, read or written (no case content in it).
Error fileError(const QFileDevice& file, const QString& path);

// One CSV line (RFC 4180: quoted where needed, CRLF at the end).
QByteArray csvLine(const QStringList& values);

// A cell the export writes with a quote in front so that spreadsheets do not run it as a formula,
// and the import takes back exactly (see QueryCsvFormat.cpp).
QString neutralisedCell(const QString& value);
QString restoredCell(const QString& cell);

} // namespace advicehub::queries::csvformat
