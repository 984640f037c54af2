#pragma once

#include "queries/QuerySearch.h"

#include <QHash>
#include <QObject>

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class QueryPage;

// Queries in and out of the vault from the query page: Import CSV (with a column mapping when
// the headers are not Advice Hub's), Check CSV File (every row checked, nothing imported) and
// Export List (the list as shown, to CSV or JSON; recorded in each query's timeline). Runs as a
// long operation the user can cancel; its dialogs and boxes belong to the page.
class QueryTransfer : public QObject {
    Q_OBJECT
public:
    // Import CSV, or Check CSV File (every row checked, nothing imported).
    enum class ImportMode { Import, CheckOnly };

    QueryTransfer(Session& session, QueryPage& page);

public Q_SLOTS:
    void importCsv(ImportMode mode);
    void exportList();

Q_SIGNALS:
    // A short message for the window's status bar.
    void statusMessage(const QString& message);

private:
    void importChosenFile(const QString& path, ImportMode mode);
    void runImport(const QString& path, const QHash<QString, QString>& mapping, ImportMode mode);
    void exportTo(
        const QString& path, const queries::QueryFilter& filter, const queries::QuerySort& sort, bool withTimelines);
    static QString importTitle(ImportMode mode);

    Session& m_session;
    QueryPage& m_page;
};

} // namespace advicehub::ui
