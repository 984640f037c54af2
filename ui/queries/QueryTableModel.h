#pragma once

#include "queries/QuerySearch.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace advicehub::queries {
class QueryService;
}

namespace advicehub::ui {

// The rows of the query table, read page by page from QuerySearch (keyset paging) as the view
// scrolls, so that a list of 100,000 queries opens as fast as one of 50. Sorting is done by the
// database. Changes reported by QueryService re-read the rows already loaded and are announced
// as precise row insertions, removals and moves, so the view keeps its selection and scroll
// position while queries are edited.
class QueryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ReferenceColumn,
        ReceivedColumn,
        StateColumn,
        SubjectColumn,
        ThemesColumn,
        PriorityColumn,
        StatusColumn,
        DueColumn,
        AdviserColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        OverdueRole, // bool, computed by the core
        StatusCodeRole, // QueryText::code(status)
        // Why the row matched the search (QuerySearch::snippet), plain text with the matched
        // words between \u2192 and \u2190 markers; empty without a search. The subject's
        // tooltip shows it with the words in bold.
        SnippetRole,
    };

    QueryTableModel(queries::QuerySearch& search, queries::QueryService& service, QObject* parent = nullptr);

    const queries::QueryFilter& filter() const { return m_filter; }
    // Shows another view, filter or search, from its first page.
    void setFilter(const queries::QueryFilter& filter);
    const queries::QuerySort& currentSort() const { return m_sort; }
    // The database's sort key for a column; nullopt for columns it cannot sort (themes).
    static std::optional<queries::SortColumn> sortColumnFor(int column);
    static int columnFor(queries::SortColumn sortColumn);

    // Rows per page read from the database (tests use small pages).
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }

    qint64 idAt(int row) const;
    const queries::QueryRow* rowAt(int row) const;
    // The row of a loaded query, or -1.
    int rowOf(qint64 id) const;
    // Loads further pages until the query is among the loaded rows (at most `maxPages` more);
    // returns its row or -1 (not in this list, or too far down).
    int loadUntil(qint64 id, int maxPages = 20);
    bool allLoaded() const { return !m_next.has_value(); }

    // Reads the list again from its first page (a reset: selection and scroll position go).
    void reload();
    // Re-reads the rows already loaded and announces what changed. Called (once, after the
    // change is committed) when QueryService reports changes.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // After the rows were read again (reload, refresh, sort): counts and details may be stale.
    void rowsReloaded();
    // The database refused to list (shown in the window; the list stays as it was).
    void loadFailed(const QString& message);

private:
    void scheduleRefresh(bool full);
    void applyRows(std::vector<queries::QueryRow> rows);
    QString snippet(qint64 id) const;

    queries::QuerySearch& m_search;
    queries::QueryService& m_service;
    queries::QueryFilter m_filter;
    queries::QuerySort m_sort;
    std::vector<queries::QueryRow> m_rows;
    std::optional<queries::PageCursor> m_next;
    int m_pageSize = 200;
    bool m_refreshPending = false;
    bool m_reloadPending = false;
    bool m_busy = false; // inside a change: no nested fetching
    mutable QHash<qint64, QString> m_snippets; // read when a tooltip asks, for this search
};

} // namespace advicehub::ui
