#include "queries/QueryExport.h"

#include "casefile/CaseRecord.h"
#include "casefile/DisclosureRecord.h"
#include "casefile/ExportFile.h"
#include "common/IsoTime.h"
#include "queries/CaseSummaryBuilder.h"
#include "queries/QueryCsv.h"
#include "queries/QueryCsvFormat.h"
#include "queries/QueryService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace advicehub::queries {

using namespace csvformat;

QueryExport::QueryExport(QueryService& service, QuerySearch& search, const CaseSummaryBuilder& summaries)
    : m_service(service), m_search(search), m_summaries(summaries)
{ }

namespace {

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
            case QueryField::Summary:
                values << f.summary;
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
            if (!put(csvLine(columns())))
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
    disclosure.fields = columns();
    if (options.format == ExportFormat::Json) {
        disclosure.fields << QStringLiteral("links");
        if (options.includeTimeline)
            disclosure.fields << QStringLiteral("timeline");
    }
    disclosure.summary = summary;
    return disclosure;
}

} // namespace

Result<ExportResult> QueryExport::exportToFile(
    const QueryFilter& filter, const QuerySort& sort, const QString& path, const ExportOptions& options)
{
    Result<QList<qint64>> ids = m_search.ids(filter, sort);
    if (!ids)
        return ids.error();
    return exportToFile(ids.value(), path, options);
}

Result<ExportResult> QueryExport::exportToFile(
    const QList<qint64>& ids, const QString& path, const ExportOptions& options)
{
    const QFileInfo info(path);
    const QString destination = options.destination.isEmpty() ? info.fileName() : options.destination;
    const QString summary = QueryCsv::tr("Exported to %1 (%2)").arg(destination, formatName(options.format));
    const casefile::Disclosure disclosure = exportDisclosure(options, destination, info.fileName(), summary);
    ExportWriter writer { m_service, m_summaries, options };
    int written = 0;
    // Written through a temporary file, renamed into place in the transaction that records it
    // (casefile/ExportFile.h, shared with the drafts' export).
    const Status done = casefile::writeRecordedExport(m_service.caseRecord().disclosures(), ids, disclosure, path,
        options.overwrite, [&](QFileDevice& file) -> Status {
            Result<int> count = writer.write(ids, file);
            if (!count)
                return count.error();
            written = count.value();
            return {};
        });
    if (!done)
        return done.error();
    return ExportResult { written };
}

Result<ExportResult> QueryExport::exportToDevice(
    const QList<qint64>& ids, QIODevice& device, const ExportOptions& options)
{
    if (!device.isWritable())
        return makeError(ErrorCode::Io, QueryCsv::tr("The export could not be written."));
    const QString destination = options.destination.isEmpty() ? QueryCsv::tr("another program") : options.destination;
    const QString summary = QueryCsv::tr("Exported to %1 (%2)").arg(destination, formatName(options.format));
    // Recorded first, committed only when everything was written and has left every buffer:
    // a write that fails (a full disk, a closed pipe) records nothing.
    ExportWriter writer { m_service, m_summaries, options };
    int written = 0;
    casefile::Disclosure disclosure = exportDisclosure(options, destination, QString(), summary);
    if (options.destination.isEmpty())
        disclosure.entryData.insert(QStringLiteral("to_program"), true); // "another program", in the reader's language
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
