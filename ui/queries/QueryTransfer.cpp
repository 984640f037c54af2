#include "queries/QueryTransfer.h"

#include "common/FileDialogs.h"
#include "common/LongOperation.h"
#include "common/MessageBox.h"
#include "common/ShowDialog.h"
#include "queries/ColumnMappingDialog.h"
#include "queries/ImportReportDialog.h"
#include "queries/QueryCsv.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryPage.h"
#include "queries/QueryTableModel.h"
#include "session/Session.h"

#include <QDir>
#include <QFileInfo>

namespace advicehub::ui {

using namespace advicehub::queries;

QueryTransfer::QueryTransfer(Session& session, QueryPage& page) : QObject(&page), m_session(session), m_page(page)
{ }

QString QueryTransfer::importTitle(ImportMode mode)
{
    return mode == ImportMode::CheckOnly ? tr("Check CSV File") : tr("Import Queries");
}

void QueryTransfer::importCsv(ImportMode mode)
{
    if (mode == ImportMode::Import && !m_session.currentAdviserId())
        return;
    FileDialogs::openFile(&m_page, importTitle(mode), QDir::homePath(), tr("CSV files (*.csv *.txt);;All files (*)"),
        [this, mode](const QString& path) { importChosenFile(path, mode); });
}

void QueryTransfer::importChosenFile(const QString& path, ImportMode mode)
{
    if (mode == ImportMode::Import && !m_session.currentAdviserId())
        return;
    const QString title = importTitle(mode);
    Result<QStringList> header = QueryCsv::readHeader(path);
    if (!header) {
        MessageBox::critical(&m_page, title, header.error().message);
        return;
    }
    // Headers that are not Advice Hub's column names need a mapping first.
    const QStringList known = QueryCsv::columns();
    QStringList unknown;
    for (const QString& name : header.value()) {
        if (!known.contains(name.trimmed(), Qt::CaseInsensitive))
            unknown << name;
    }
    if (unknown.isEmpty()) {
        runImport(path, {}, mode);
        return;
    }
    auto* dialog = new ColumnMappingDialog(header.value(), &m_page);
    connect(dialog, &ColumnMappingDialog::mappingChosen, this,
        [this, path, mode](const QHash<QString, QString>& mapping) { runImport(path, mapping, mode); });
    showDialog(dialog);
}

void QueryTransfer::runImport(const QString& path, const QHash<QString, QString>& mapping, ImportMode mode)
{
    const bool checkOnly = mode == ImportMode::CheckOnly;
    const QString title = importTitle(mode);
    QueryCsv csv(m_session.queries(), m_session.search(), m_session.lookup(), m_session.caseSummaries());
    ImportOptions options;
    options.columnMapping = mapping;
    options.dryRun = checkOnly;
    const QString name = QFileInfo(path).fileName();
    Result<ImportReport> report = makeError(ErrorCode::Cancelled, QString());
    {
        LongOperation operation(m_page.window(), title, tr("Reading and checking %1\u2026").arg(name));
        int shownPhase = 0;
        options.progress = [&](int phase, qint64 done, qint64 total) {
            if (phase != shownPhase) {
                shownPhase = phase;
                operation.setLabel(tr("Importing the queries of %1\u2026").arg(name));
            }
            return operation.update(done, total);
        };
        report = csv.importFile(path, options);
    }
    if (!report && report.error().code == ErrorCode::Cancelled) {
        Q_EMIT statusMessage(checkOnly ? tr("Check cancelled.") : tr("Import cancelled; nothing was imported."));
        return;
    }
    if (!report) {
        MessageBox::critical(&m_page, title, report.error().message);
        return;
    }
    if (!report->accepted()) {
        showDialog(new ImportReportDialog(path, report.value(), &m_page));
        return;
    }
    if (checkOnly) {
        Q_EMIT statusMessage(tr("%1: every row can be imported.").arg(name));
        MessageBox::information(&m_page, title,
            tr("All %Ln row(s) of %1 can be imported. Nothing was imported.", nullptr, report->rows).arg(name));
        return;
    }
    m_page.model()->reload();
    Q_EMIT statusMessage(
        tr("Imported %Ln query(ies) from %1.", nullptr, static_cast<int>(report->importedIds.size())).arg(name));
    MessageBox::information(&m_page, title,
        tr("%Ln query(ies) imported from %1. Each has an \u201cimported\u201d entry in its timeline.", nullptr,
            static_cast<int>(report->importedIds.size()))
            .arg(name));
}

void QueryTransfer::exportList()
{
    // The list as shown when the export was asked for.
    const QueryFilter filter = m_page.model()->filter();
    const QuerySort sort = m_page.model()->currentSort();
    // The suggested name says nothing about the content: file names can be seen by anyone.
    const QString suggested
        = QDir(QDir::homePath())
              .filePath(
                  QStringLiteral("advicehub-export-%1.csv").arg(m_page.today().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString csvFiles = tr("CSV files (*.csv)");
    const QString jsonFiles = tr("JSON files (*.json)");
    const QString jsonWithTimelines = tr("JSON files with each query's timeline (*.json)");
    FileDialogs::saveFile(
        &m_page, tr("Export Queries"), suggested,
        QStringList { csvFiles, jsonFiles, jsonWithTimelines }.join(QStringLiteral(";;")), QStringLiteral("csv"),
        [this, filter, sort, jsonWithTimelines](const QString& path, const QString& chosenFilter) {
            exportTo(path, filter, sort, chosenFilter == jsonWithTimelines);
        },
        csvFiles);
}

void QueryTransfer::exportTo(const QString& path, const QueryFilter& filter, const QuerySort& sort, bool withTimelines)
{
    ExportOptions options;
    options.format
        = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? ExportFormat::Json : ExportFormat::Csv;
    options.includeTimeline = options.format == ExportFormat::Json && withTimelines;
    options.overwrite = QFileInfo::exists(path); // the file dialog asked before replacing it
    QueryCsv csv(m_session.queries(), m_session.search(), m_session.lookup(), m_session.caseSummaries());
    Result<ExportResult> result = makeError(ErrorCode::Cancelled, QString());
    {
        LongOperation operation(
            m_page.window(), tr("Export Queries"), tr("Writing %1…").arg(QFileInfo(path).fileName()));
        options.progress = [&operation](qint64 done, qint64 total) { return operation.update(done, total); };
        result = csv.exportToFile(filter, sort, path, options);
    }
    if (!result && result.error().code == ErrorCode::Cancelled) {
        Q_EMIT statusMessage(tr("Export cancelled; no file was written."));
        return;
    }
    if (!result) {
        MessageBox::critical(&m_page, tr("Export Queries"), result.error().message);
        return;
    }
    m_page.detailPane()->refresh(); // the export is in the timeline
    Q_EMIT statusMessage(tr("Exported %Ln query(ies).", nullptr, result->exported));
    MessageBox::information(&m_page, tr("Export Queries"),
        tr("%Ln query(ies) written to %1. The file is not encrypted: keep it safe and delete it when it is no longer "
           "needed. The export is recorded in each query's timeline.",
            nullptr, result->exported)
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace advicehub::ui
