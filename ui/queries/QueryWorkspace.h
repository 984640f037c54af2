#pragma once

#include "casefile/TimelineTypes.h"
#include "queries/QuerySearch.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace advicehub {
class Session;
}

namespace advicehub::pending {
struct PendingEdit;
}

namespace advicehub::ui {

class AppSettings;
class QueryDetailPane;
class QueryFilterBar;
class QueryTableModel;

// The unlocked vault's main screen: the navigation list (views with their counts, then saved
// searches), the filter bar and search box, the table of queries and the selected query's
// details. It owns the query actions (the window's Query menu lists them) and every dialog it
// opens, so that destroying it on lock discards everything that showed case data.
class QueryWorkspace : public QWidget {
    Q_OBJECT
public:
    // Import CSV, or Check CSV File (every row checked, nothing imported).
    enum class ImportMode { Import, CheckOnly };

    QueryWorkspace(Session& session, AppSettings& settings, QWidget* parent = nullptr);
    ~QueryWorkspace() override;

    // Asks who is working (unless the vault has a single adviser), then shows the last view.
    void start();
    // Called first thing at a lock: every open editor with unsaved content keeps it in the vault
    // (offered back after the next unlock), each in its own transaction. Returns one line per
    // editor whose content could not be kept — what kind of form and why, never its content:
    // the unlock screen shows it.
    QStringList keepUnsavedWork();

    // The Query menu's content, in order (separators included).
    QList<QAction*> menuActions() const { return m_menuActions; }
    QAction* action(const QString& objectName) const;
    QMenu* statusMenu() const { return m_statusMenu; }

    QueryTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QueryDetailPane* detailPane() const { return m_detail; }
    QueryFilterBar* filterBar() const { return m_filterBar; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QListWidget* navigationList() const { return m_navigation; }

    // What the table lists now: the view or saved search, the filters and the search text.
    queries::QueryFilter currentFilter() const;
    std::optional<qint64> currentQueryId() const;
    // Selects a query in the table, loading pages until it is found (or shows it alone).
    void selectQuery(qint64 id);
    void showView(queries::QueryView view);

public Q_SLOTS:
    void newQuery();
    void editQuery();
    void triageQuery();
    void changeStatus(queries::QueryStatus to);
    void addTimelineEntry(queries::EntryKind kind = queries::EntryKind::Note);
    void correctTimelineEntry();
    void linkQuery();
    void unlinkQuery();
    void mergeQuery();
    void deleteQuery();
    void focusSearch();
    void nextQuery();
    void previousQuery();
    void saveCurrentSearch();
    void deleteSavedSearch();
    void importCsv(ImportMode mode);
    void exportList();
    // Reads the list, its counts and the details again (also when the date changed).
    void refreshAll();

    void chooseAdviser();
    void showAdvisers();
    void showHolidays();
    void showVaultInformation();

Q_SIGNALS:
    // The adviser recorded on changes ("" until one is chosen).
    void actingAdviserChanged(const QString& name);
    // A short message for the window's status bar.
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void buildLayout();
    void applyFilter();
    void onCurrentRowChanged();
    void updateActions();
    void rebuildStatusMenu();
    void reloadNavigation();
    void refreshCounts();
    void scheduleCountsRefresh();
    void onNavigationChanged();
    void updateResultCount();
    void adviserChanged();
    // Once per session, when an adviser works: offers the work kept at the last lock.
    void offerPendingEdits();
    // Opens the kept work in its form; the kept copy stays in the vault until the form saves or
    // discards it. An error (nothing opened, the kept copy untouched) otherwise.
    Status restorePendingEdit(const pending::PendingEdit& edit);
    void referenceDataChanged();
    void checkDateChanged();
    void importChosenFile(const QString& path, ImportMode mode);
    void runImport(const QString& path, const QHash<QString, QString>& mapping, ImportMode mode);
    void exportTo(
        const QString& path, const queries::QueryFilter& filter, const queries::QuerySort& sort, bool withTimelines);
    static QString importTitle(ImportMode mode);
    void moveSelection(int delta);
    void restoreLayout();
    void saveLayout();
    template <typename Dialog> Dialog* openDialog(Dialog* dialog, Qt::WindowModality modality = Qt::WindowModal);

    Session& m_session;
    AppSettings& m_settings;
    QueryTableModel* m_model = nullptr;
    QListWidget* m_navigation = nullptr;
    QueryFilterBar* m_filterBar = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QTableView* m_table = nullptr;
    QueryDetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_resultCount = nullptr;
    QWidget* m_adviserBanner = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTimer* m_dayTimer = nullptr;
    QMenu* m_statusMenu = nullptr;
    QMenu* m_entryMenu = nullptr;
    QList<QAction*> m_menuActions;
    QHash<QString, QAction*> m_actions;
    bool m_pendingOffered = false;

    queries::QueryView m_view = queries::QueryView::All;
    std::optional<qint64> m_savedSearchId;
    QDate m_today;
    bool m_countsPending = false;
    bool m_applyingSavedSearch = false;
};

} // namespace advicehub::ui
