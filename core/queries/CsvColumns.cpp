#include "queries/CsvColumns.h"

#include "queries/QueryCsvFormat.h"
#include "queries/QueryTypes.h"

#include <utility>

namespace advicehub::queries {

namespace {

// Lower case, without accents, every run of other characters a single space: "Date-Reçue " →
// "date recue".
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

// Names other systems and people give the columns (English, French, Spanish), already folded.
// The field labels (translated and English) and the column names come on top.
const std::pair<const char*, const char*> kSynonyms[] = {
    { "ref", "reference" }, { "ref no", "reference" }, { "reference number", "reference" }, { "case", "reference" },
    { "case number", "reference" }, { "dossier", "reference" }, { "expediente", "reference" },
    { "date", "received" }, { "date received", "received" }, { "received on", "received" },
    { "received date", "received" }, { "date de reception", "received" }, { "fecha", "received" },
    { "fecha de recepcion", "received" }, { "recu le", "received" },
    { "source", "channel" }, { "via", "channel" }, { "canal", "channel" }, { "medium", "channel" },
    { "country", "state" }, { "nation", "state" }, { "pays", "state" }, { "pais", "state" }, { "etat", "state" },
    { "estado", "state" }, { "requesting state", "state" },
    { "organisation", "institution" }, { "organization", "institution" }, { "ministry", "institution" },
    { "agency", "institution" }, { "organisme", "institution" }, { "organismo", "institution" },
    { "contact", "contact_name" }, { "contact person", "contact_name" }, { "name", "contact_name" },
    { "nom", "contact_name" }, { "nombre", "contact_name" },
    { "function", "contact_function" }, { "position", "contact_function" }, { "job title", "contact_function" },
    { "fonction", "contact_function" }, { "cargo", "contact_function" },
    { "email", "contact_email" }, { "e mail", "contact_email" }, { "mail", "contact_email" },
    { "email address", "contact_email" }, { "courriel", "contact_email" }, { "correo", "contact_email" },
    { "phone", "contact_phone" }, { "telephone", "contact_phone" }, { "tel", "contact_phone" },
    { "telefono", "contact_phone" },
    { "topic", "subject" }, { "objet", "subject" }, { "asunto", "subject" },
    { "request text", "request" }, { "description", "request" }, { "message", "request" }, { "details", "request" },
    { "demande", "request" }, { "solicitud", "request" },
    { "lang", "language" }, { "langue", "language" }, { "idioma", "language" },
    { "classification", "confidentiality" }, { "topics", "themes" }, { "theme", "themes" },
    { "deadline", "due" }, { "due date", "due" }, { "assigned to", "adviser" }, { "owner", "adviser" },
    { "comments", "notes" }, { "remarks", "notes" },
};

} // namespace

QString CsvColumns::label(const QString& column)
{
    if (const std::optional<QueryField> field = QueryText::field(column))
        return tr("%1 (%2)").arg(QueryText::label(*field), column);
    if (column == csvformat::kReferenceColumn)
        return tr("Reference (%1)").arg(column);
    if (column == csvformat::kStatusColumn)
        return tr("Status (%1)").arg(column);
    return column;
}

QString CsvColumns::guess(const QString& header, const QStringList& taken)
{
    const QString wanted = folded(header);
    if (wanted.isEmpty())
        return {};
    QString found;
    const auto consider = [&](const QString& name, const QString& column) {
        if (found.isEmpty() && folded(name) == wanted && !taken.contains(column))
            found = column;
    };
    const QStringList columns = csvformat::columns();
    for (const QString& column : columns)
        consider(column, column);
    for (const QString& column : columns) {
        if (const std::optional<QueryField> field = QueryText::field(column))
            consider(QueryText::label(*field), column);
    }
    consider(tr("Reference"), csvformat::kReferenceColumn);
    consider(tr("Status"), csvformat::kStatusColumn);
    for (const auto& [synonym, column] : kSynonyms)
        consider(QString::fromLatin1(synonym), QString::fromLatin1(column));
    return found;
}

} // namespace advicehub::queries
