#include "common/Icons.h"

#include <QHash>

namespace advicehub::ui {

QIcon Icons::get(Id id)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(id);
    if (it != cache.constEnd())
        return *it;
    const char* name = "advicehub";
    switch (id) {
    case App:
        name = "advicehub";
        break;
    case Lock:
        name = "lock";
        break;
    case Unlock:
        name = "unlock";
        break;
    case NewVault:
        name = "vault-new";
        break;
    case OpenVault:
        name = "vault-open";
        break;
    case Settings:
        name = "settings";
        break;
    case Reveal:
        name = "reveal";
        break;
    case Key:
        name = "key";
        break;
    case CheckIntegrity:
        name = "check-integrity";
        break;
    case About:
        name = "about";
        break;
    case Quit:
        name = "quit";
        break;
    case NewQuery:
        name = "query-new";
        break;
    case EditQuery:
        name = "query-edit";
        break;
    case Triage:
        name = "triage";
        break;
    case Status:
        name = "status";
        break;
    case AddToTimeline:
        name = "timeline-add";
        break;
    case Link:
        name = "link";
        break;
    case Merge:
        name = "merge";
        break;
    case Search:
        name = "search";
        break;
    case ClearFilters:
        name = "filter-clear";
        break;
    case Import:
        name = "import";
        break;
    case Export:
        name = "export";
        break;
    case Advisers:
        name = "advisers";
        break;
    case Holidays:
        name = "holidays";
        break;
    case Overdue:
        name = "overdue";
        break;
    case Inbox:
        name = "inbox";
        break;
    case Mine:
        name = "mine";
        break;
    case AllQueries:
        name = "all-queries";
        break;
    case DueThisWeek:
        name = "due-week";
        break;
    case Awaiting:
        name = "awaiting";
        break;
    case Closed:
        name = "closed";
        break;
    case SavedSearch:
        name = "saved-search";
        break;
    case Partners:
        name = "partners";
        break;
    case Refer:
        name = "refer";
        break;
    case FollowUp:
        name = "follow-up";
        break;
    }
    const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    cache.insert(id, icon);
    return icon;
}

} // namespace advicehub::ui
