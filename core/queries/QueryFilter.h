#pragma once

#include "queries/QueryTypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

// What a list of queries shows (a view, filters, a search) and the form a saved search keeps of
// it. The search itself: QuerySearch.h.
namespace advicehub::queries {

// The navigation views of the main window. Their meaning lives here, in the core.
enum class QueryView {
    All, // every query (merged duplicates excluded)
    Inbox, // new
    Mine, // assigned to the current adviser, not finished
    Overdue, // clock running, due date passed
    DueThisWeek, // clock running, due from today to Sunday
    AwaitingRequester, // clock stopped, waiting for the requesting State
    Closed, // closed or declined
};

QString viewCode(QueryView view);
std::optional<QueryView> viewFromCode(QStringView code);
QString viewLabel(QueryView view);
const std::vector<QueryView>& allViews();

// What a list shows: a view, the filters of the filter bar and a full-text search, all combined.
struct QueryFilter {
    QueryView view = QueryView::All;
    std::optional<qint64> currentAdviserId; // for QueryView::Mine
    QString text; // words, "phrases", prefix*; accents ignored
    QList<QueryStatus> statuses;
    QList<Priority> priorities;
    QList<qint64> stateIds;
    QList<qint64> regionIds;
    QList<qint64> themeIds;
    QList<qint64> adviserIds;
    QList<Confidentiality> confidentialities;
    std::optional<QDate> receivedFrom;
    std::optional<QDate> receivedTo;
    std::optional<QDate> dueFrom;
    std::optional<QDate> dueTo;
    // Referrals (issue 10): queries with an open referral (proposed, consent obtained, sent,
    // accepted), and queries referred (ever, whatever the referral's status) to one partner.
    bool hasOpenReferral = false;
    std::optional<qint64> referredToPartnerId;

    bool operator==(const QueryFilter&) const = default;
    // Saved searches store this (without the current adviser, which belongs to the session).
    QJsonObject toJson() const;
    static QueryFilter fromJson(const QJsonObject& json);
};

} // namespace advicehub::queries
