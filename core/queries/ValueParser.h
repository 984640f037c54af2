#pragma once

#include "queries/QueryTypes.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Text typed by a user or read from a file, turned into values: the one set of rules the CSV
// importer (QueryImport) and the command line (cli/CommandSupport, cli/QueryFieldOptions) share.
// What a caller accepts beyond these (e.g. labels in a CSV file) it decides around the call.
namespace advicehub::queries {

// "In progress", "in-progress", " IN_PROGRESS " all mean the code in_progress: white space
// trimmed and collapsed, lower case, " " and "-" become "_".
QString normalizedCode(const QString& text);

// Strictly YYYY-MM-DD (after trimming white space): 03/04/2026 means different days in different
// countries, so nothing else is a date.
std::optional<QDate> parseDate(const QString& text);

// A whole number (white space around it allowed), e.g. an article of the Convention; the range is
// the caller's rule (QueryService::validate).
std::optional<int> parseInteger(const QString& text);

// A cell or option holding several values: split at ';' (and also at ',' with alsoComma), each
// part with its white space simplified, empty parts dropped.
QStringList splitList(const QString& text, bool alsoComma = false);

// An enumeration given by its code (QueryText::code), as normalizedCode() reads it.
template <typename Enum> std::optional<Enum> parseEnumCode(const QString& text, const std::vector<Enum>& values)
{
    const QString wanted = normalizedCode(text);
    for (Enum value : values) {
        if (QueryText::code(value) == wanted)
            return value;
    }
    return std::nullopt;
}

// An enumeration given by its code or its (translated) label, compared case-insensitively.
template <typename Enum> std::optional<Enum> parseEnum(const QString& text, const std::vector<Enum>& values)
{
    if (const std::optional<Enum> byCode = parseEnumCode(text, values))
        return byCode;
    const QString wanted = text.simplified();
    for (Enum value : values) {
        if (QueryText::label(value).compare(wanted, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace advicehub::queries
