#include "queries/QueryFinder.h"

#include "queries/QuerySearch.h"
#include "queries/QueryService.h"
#include "session/Session.h"

namespace advicehub::ui {

using namespace advicehub::queries;

namespace {

QString matchText(const QString& reference, const QString& subject, const QString& stateName, QueryStatus status)
{
    return QueryFinder::tr("%1 \u2014 %2 (%3, %4)").arg(reference, subject, stateName, QueryText::label(status));
}

} // namespace

QString QueryFinder::describe(const Query& query)
{
    return matchText(query.reference, query.fields.subject, query.stateName, query.status);
}

Result<QueryFinder::Matches> QueryFinder::find(Session& session, const QString& typed, int limit)
{
    Matches found;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return found;
    int year = 0;
    int sequence = 0;
    if (QueryService::parseReference(text, &year, &sequence)) {
        Result<QueryService::Resolved> resolved = session.queries().findByReference(text);
        if (!resolved)
            return resolved.error();
        found.matches.append({ resolved->query.id, describe(resolved->query) });
        return found;
    }
    QueryFilter filter;
    filter.text = text;
    Result<QueryPage> page = session.search().page(filter, QuerySort {}, std::nullopt, limit);
    if (!page)
        return page.error();
    for (const QueryRow& row : page->rows)
        found.matches.append({ row.id, matchText(row.reference, row.subject, row.stateName, row.status) });
    found.more = page->next.has_value();
    return found;
}

} // namespace advicehub::ui
