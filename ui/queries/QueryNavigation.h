#pragma once

#include "queries/QuerySearch.h"

#include <QListWidget>

#include <optional>

namespace advicehub {
class Session;
}

namespace advicehub::ui {

// The query page's navigation list: the views with their counts, then the saved searches.
// Each item says what it is (KindRole: "view", "saved" or "header") and which one (ValueRole:
// the view's code or the saved search's id). Choosing an item is the page's business (it
// listens to currentItemChanged); this list only shows what there is.
class QueryNavigation : public QListWidget {
    Q_OBJECT
public:
    static constexpr int KindRole = Qt::UserRole; // "view", "saved" or "header"
    static constexpr int ValueRole = Qt::UserRole + 1; // view code or saved search id
    static constexpr int LabelRole = Qt::UserRole + 2; // the label without the count

    QueryNavigation(Session& session, QWidget* parent);

    // Lists the views and the saved searches again, the saved search `savedSearchId` (or else
    // `view`) current again without signalling a change; then the counts.
    void reload(queries::QueryView view, std::optional<qint64> savedSearchId);
    // The counts beside the views (Mine: the acting adviser's), read again now.
    void refreshCounts();
    // After a change: once for a burst of changes, from the event loop (after the commit).
    void scheduleCountsRefresh();
    // The item of a view, or nullptr.
    QListWidgetItem* viewItem(queries::QueryView view) const;

private:
    Session& m_session;
    bool m_countsPending = false;
};

} // namespace advicehub::ui
