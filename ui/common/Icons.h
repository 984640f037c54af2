#pragma once

#include <QIcon>

namespace advicehub::ui {

// The application's own icons (SVG in resources/icons), the same on every desktop theme.
class Icons {
public:
    enum Id {
        App,
        Lock,
        Unlock,
        NewVault,
        OpenVault,
        Settings,
        Reveal,
        Key,
        CheckIntegrity,
        About,
        Quit,
        // Queries and their views.
        NewQuery,
        EditQuery,
        Triage,
        Status,
        AddToTimeline,
        Link,
        Merge,
        Search,
        ClearFilters,
        Import,
        Export,
        Advisers,
        Holidays,
        Overdue,
        Inbox,
        Mine,
        AllQueries,
        DueThisWeek,
        Awaiting,
        Closed,
        SavedSearch,
        // Partners and referrals.
        Partners,
        Refer,
        FollowUp,
    };
    static QIcon get(Id id);
};

} // namespace advicehub::ui
