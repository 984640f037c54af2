#pragma once

#include "casefile/CaseSummary.h"
#include "casefile/TimelineTypes.h"
#include "queries/QueryTypes.h"

#include <QHash>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class AttachmentsPanel;
class DraftsPanel;
class ReferralsPanel;

// The selected query in full, beside the table: an Overview tab with every field and the
// related queries, its Timeline and its Referrals (later features add tabs) — a rendering of the query's case
// summary (queries::CaseSummaryBuilder), as the CLI's `show` and the JSON export are. Read-only:
// the workspace's actions change the query; the pane shows them buttons.
class QueryDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit QueryDetailPane(Session& session, QWidget* parent = nullptr);

    // Shows a query (nullopt: nothing selected).
    void showQuery(std::optional<qint64> id);
    // Reads the shown query again (after a change).
    void refresh();
    std::optional<qint64> queryId() const { return m_id; }
    const std::optional<queries::Query>& query() const { return m_query; }
    std::optional<queries::TimelineEntry> selectedEntry() const;
    std::optional<casefile::SummaryLink> selectedLink() const;

    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* timelineList() const { return m_timeline; }
    QTreeWidget* linksList() const { return m_links; }
    // The Referrals tab: the query's referrals and consents.
    ReferralsPanel* referralsPanel() const { return m_referrals; }
    void showReferrals();
    // The Drafts tab: the query's drafts of its answer.
    DraftsPanel* draftsPanel() const { return m_drafts; }
    void showDrafts();
    // The Attachments tab: the query's files, with their actions; files dropped on the pane go
    // there.
    AttachmentsPanel* attachmentsPanel() const { return m_attachments; }
    void showAttachments();
    // The full-text search the list of queries is filtered by (empty: none): the Overview and
    // the Attachments tab say which of the shown query's attachments it was found in, and the
    // words it matched are highlighted in the subject, the request and the notes.
    void setSearchText(const QString& text);
    // Where the words of a search (its syntax as QuerySearch reads it: whole words, a trailing *
    // for a prefix, accents and case ignored) occur in `text`: (position, length) pairs.
    static QList<std::pair<int, int>> matchesIn(const QString& text, const QString& search);
    QScrollArea* overview() const { return m_overview; }
    QLabel* foundInAttachmentsLabel() const { return m_foundIn; }
    void showTimeline();
    // Buttons under the timeline and the links, for the workspace's actions.
    void setTimelineActions(QAction* addEntry, QAction* correct);
    void setLinkActions(QAction* link, QAction* unlink, QAction* merge);

Q_SIGNALS:
    void openQueryRequested(qint64 id);
    // The selected timeline entry or link changed (the actions' state follows).
    void selectionChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildOverview();
    void showFoundIn();
    QWidget* buildTimeline();
    void fillOverview();
    void highlightMatches();
    void fillTimeline();
    void fillLinks();
    QString describe(const queries::TimelineEntry& entry) const;

    Session& m_session;
    std::optional<qint64> m_id;
    std::optional<queries::Query> m_query; // for the workspace's actions
    std::optional<casefile::CaseSummary> m_summary; // what the pane shows

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QTabWidget* m_tabs;
    QLabel* m_title;
    QLabel* m_headline;
    QLabel* m_dueNote;
    QHash<QString, QLabel*> m_values;
    QPlainTextEdit* m_request;
    QPlainTextEdit* m_notes;
    QLabel* m_requestLabel;
    QLabel* m_notesLabel;
    QTreeWidget* m_links;
    QLabel* m_noLinks;
    QWidget* m_linkButtons;
    QTreeWidget* m_timeline;
    QPlainTextEdit* m_entryText;
    QWidget* m_timelineButtons;
    ReferralsPanel* m_referrals;
    DraftsPanel* m_drafts;
    AttachmentsPanel* m_attachments;
    QLabel* m_foundIn;
    QString m_searchText;
    QScrollArea* m_overview = nullptr;
    // Labels showing searched text: their plain text, and where the searched part starts.
    QHash<QLabel*, std::pair<QString, int>> m_searchedLabels;
};

} // namespace advicehub::ui
