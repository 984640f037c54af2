#pragma once

#include "drafts/DraftTypes.h"

#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

// The Drafts tab of the query detail pane: the query's drafts (title, kind, language, state,
// version, last change and by whom), newest change first. Read-only: the draft actions
// (DraftActions) open, create and remove them; the panel shows them as buttons. It follows
// DraftService::draftsChanged.
class DraftsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DraftsPanel(Session& session, QWidget* parent = nullptr);

    void showQuery(std::optional<qint64> queryId);
    void refresh();
    std::optional<qint64> queryId() const { return m_queryId; }
    const std::vector<drafts::Draft>& drafts() const { return m_drafts; }
    std::optional<drafts::Draft> selectedDraft() const;
    void selectDraft(qint64 id);
    QTreeWidget* draftList() const { return m_list; }
    void setActions(const QList<QAction*>& actions);

Q_SIGNALS:
    void selectionChanged();
    // Enter or a double click on a draft.
    void openRequested(qint64 draftId);
    void countChanged(int all);

private:
    Session& m_session;
    std::optional<qint64> m_queryId;
    std::vector<drafts::Draft> m_drafts;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QWidget* m_buttons;
};

} // namespace advicehub::ui
