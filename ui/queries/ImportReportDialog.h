#pragma once

#include "queries/QueryCsv.h"

#include <QDialog>

namespace advicehub::ui {

// Why a CSV file was not imported: every problem of every row (line, column, reason), so the
// file can be fixed in one go. Nothing was imported.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const QString& filePath, const queries::ImportReport& report, QWidget* parent = nullptr);

    // The problems as text, one per line: "line 4, state: No such State: XX." (what Copy Report
    // puts on the concealed clipboard and Save Report… writes).
    QString reportText() const;

private:
    void saveReport();

    QString m_filePath; // the file that was not imported
    QString m_text;
};

} // namespace advicehub::ui
