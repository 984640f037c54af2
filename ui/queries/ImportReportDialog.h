#pragma once

#include "queries/QueryCsv.h"

#include <QDialog>

namespace advicehub::ui {

// Why a CSV file was not imported: every problem of every row (line, column, reason), so the
// file can be fixed in one go. Nothing was imported.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const QString& fileName, const queries::ImportReport& report, QWidget* parent = nullptr);
};

} // namespace advicehub::ui
