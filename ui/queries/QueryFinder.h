#pragma once

#include "common/Result.h"
#include "queries/QueryTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace advicehub {
class Session;
}

namespace advicehub::ui {

// What an adviser types to find a query — a reference (AH-2026-0042) or words of its text — and
// the queries it finds: what the Link/Merge dialog and the Briefing Pack's hand-picked list
// both offer.
class QueryFinder {
    Q_DECLARE_TR_FUNCTIONS(QueryFinder)
public:
    struct Match {
        qint64 id = 0;
        QString text; // "AH-2026-0042 — Subject (State, Status)"
    };
    struct Matches {
        QList<Match> matches;
        bool more = false; // only the newest `limit` are listed
    };

    // An empty text finds nothing. A reference finds that query (or says it does not exist);
    // words find the newest `limit` queries whose text holds them.
    static Result<Matches> find(Session& session, const QString& typed, int limit);
    // A query as a match shows it.
    static QString describe(const queries::Query& query);
};

} // namespace advicehub::ui
