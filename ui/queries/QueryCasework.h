#pragma once

#include "casefile/TimelineTypes.h"
#include "common/Result.h"
#include "queries/QueryTypes.h"

#include <QObject>

namespace advicehub {
class Session;
}

namespace advicehub::pending {
struct PendingEdit;
}

namespace advicehub::ui {

class QueryPage;

// What the casework actions do to the query the page shows: register, edit, triage, change its
// status, add to or correct its timeline, link, unlink, merge, delete — and reopen the forms kept
// at the last lock. The dialogs belong to the page: a lock destroys them with it, and the page
// keeps what they hold (QueryPage::keepUnsavedWork()).
class QueryCasework : public QObject {
    Q_OBJECT
public:
    QueryCasework(Session& session, QueryPage& page);

    // Opens kept work in its form; the kept copy stays in the vault until the form saves or
    // discards it. An error (nothing opened, the kept copy untouched) otherwise.
    Status restorePendingEdit(const pending::PendingEdit& edit);

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

Q_SIGNALS:
    // A short message for the window's status bar.
    void statusMessage(const QString& message);

private:
    Session& m_session;
    QueryPage& m_page;
};

} // namespace advicehub::ui
