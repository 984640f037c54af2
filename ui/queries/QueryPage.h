#pragma once

#include <QHash>

#include "queries/QuerySearch.h"
#include "shell/Page.h"

#include <QDate>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QListWidget;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class AppSettings;
class QueryActions;
class QueryCasework;
class QueryDetailPane;
class QueryFilterBar;
class QueryNavigation;
class QueryTableModel;
class QueryTransfer;
class PrintActions;
class ReferralActions;
class DraftActions;

// The Queries page: the navigation list (views with their counts, then saved searches), the
// filter bar and search box, the table of queries and the selected query's details. It owns the
// query actions (the window's Query menu lists them), what they do (QueryCasework,
// QueryTransfer) and every dialog they open, so that destroying it on lock discards everything
// that showed case data.
class QueryPage : public Page {
    Q_OBJECT
public:
    QueryPage(Session& session, AppSettings& settings, QWidget* parent = nullptr);
    ~QueryPage() override;

    // Page
    QString title() const override;
    QIcon icon() const override;
    QString menuTitle() const override;
    QString menuObjectName() const override;
    QList<QAction*> menuActions() const override;
    // View ▸ Show Details Pane (F8) and View ▸ Columns.
    QList<QAction*> viewActions() const override;
    // Restores the layout and shows the last view.
    void start() override;
    void adviserChanged() override;
    void referenceDataChanged() override;
    QStringList keepUnsavedWork() override;
    std::optional<Status> restorePendingEdit(const pending::PendingEdit& edit) override;

    QAction* action(const QString& objectName) const;
    QMenu* statusMenu() const;
    ReferralActions* referralActions() const { return m_referralActions; }
    DraftActions* draftActions() const { return m_draftActions; }
    PrintActions* printActions() const { return m_printActions; }

    QueryTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QueryDetailPane* detailPane() const { return m_detail; }
    QueryFilterBar* filterBar() const { return m_filterBar; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QListWidget* navigationList() const;
    QSplitter* splitter() const { return m_splitter; }
    // Over the table when it lists nothing: why, with Clear Filters or New Query.
    QWidget* emptyState() const { return m_emptyState; }
    // View ▸ Show Details Pane (F8): the detail pane collapsed or shown, remembered.
    QAction* detailsPaneAction() const { return m_showDetails; }
    // The default widths of the navigation, the table and the detail pane for a page `width`
    // pixels wide (before the user moves the splitter), the navigation at least
    // `navigationMinimum` wide.
    static QList<int> defaultSplit(int width, int navigationMinimum = 0);

    // What the table lists now: the view or saved search, the filters and the search text.
    queries::QueryFilter currentFilter() const;
    std::optional<qint64> currentQueryId() const;
    // Selects a query in the table, loading pages until it is found (or shows it alone).
    void selectQuery(qint64 id);
    void showView(queries::QueryView view);
    // The date the lists were last read for (a new day reads them again).
    QDate today() const { return m_today; }
    // The actions follow the query shown, the adviser and the list.
    void updateActions();

public Q_SLOTS:
    void focusSearch();
    void nextQuery();
    void previousQuery();
    void saveCurrentSearch();
    void deleteSavedSearch();
    // Reads the list, its counts and the details again (also when the date changed).
    void refreshAll();

Q_SIGNALS:
    // A referral or consent of a query changed (the follow-up list follows).
    void referralsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void connectActions();
    void buildLayout();
    QTableView* buildTable();
    void applyFilter();
    void onCurrentRowChanged();
    void onNavigationChanged();
    void reloadNavigation();
    void updateResultCount();
    void checkDateChanged();
    void moveSelection(int delta);
    void restoreLayout();
    void saveLayout();
    void applyDefaultLayout();
    void fitColumns(int tableWidth);
    // One checkable action per column that can be hidden (the header's context menu and
    // View ▸ Columns).
    void fillColumnsMenu(QMenu* menu);
    void setDetailsShown(bool shown);
    void updateEmptyState();
    void clearFilters();
    void onRowsReloaded();

    Session& m_session;
    QHash<int, int> m_columnWidths; // the default width of each column, hidden or not
    AppSettings& m_settings;
    QueryTableModel* m_model = nullptr;
    QueryActions* m_actions = nullptr;
    QueryCasework* m_casework = nullptr;
    QueryTransfer* m_transfer = nullptr;
    ReferralActions* m_referralActions = nullptr;
    DraftActions* m_draftActions = nullptr;
    PrintActions* m_printActions = nullptr;
    QueryNavigation* m_navigation = nullptr;
    QueryFilterBar* m_filterBar = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QTableView* m_table = nullptr;
    QueryDetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_resultCount = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTimer* m_dayTimer = nullptr;
    QWidget* m_emptyState = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QPushButton* m_emptyNewQuery = nullptr;
    QAction* m_showDetails = nullptr;
    QMenu* m_columnsMenu = nullptr;

    queries::QueryView m_view = queries::QueryView::All;
    std::optional<qint64> m_savedSearchId;
    QDate m_today;
    bool m_applyingSavedSearch = false;
    // The query selected when the list is read again (sort, filter): selected again after.
    std::optional<qint64> m_keepQueryId;
    bool m_splitDecided = false; // restored from the settings, or the default applied once
    bool m_columnsDecided = false; // restored from the settings, or changed by the user
    int m_detailWidth = 0; // the pane's width before it was collapsed
};

} // namespace advicehub::ui
