#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace advicehub::queries {

// The import's columns as people know them, and the column a file's header most likely means —
// so that a file from another system ("Country", "Date received", "E-mail") is matched without
// the user choosing every column (the column-mapping dialog proposes the guesses).
class CsvColumns {
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)
public:
    // "Received on (received)": the field's label and the column's name; also for "reference"
    // and "status", which are not fields of the form.
    static QString label(const QString& column);
    // The column of QueryCsv::columns() a header names: its own name or label (in English, French
    // or Spanish), or a common synonym; accents, case, spaces, hyphens and underscores do not
    // matter. Empty when there is no likely one. Each column is proposed for the first header
    // that names it only (`taken`: the columns already proposed).
    static QString guess(const QString& header, const QStringList& taken = {});
};

} // namespace advicehub::queries
