#pragma once

#include "WindowFixture.h"
#include "queries/QueryPage.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"
#include "shell/SessionWorkspace.h"

#include <QAction>
#include <QDialog>

#include <functional>
#include <vector>

namespace advicehub {
class Session;
}

namespace advicehub::test {

// What a test registers in a vault before it is opened in the window.
struct VaultSeed {
    queries::QueryService& service;
    reference::ReferenceLookup& lookup;
    std::vector<qint64> adviserIds;
    Session* session = nullptr; // the whole session, for seeds beyond queries (partners, referrals)

    // A valid query received on `received` from Ghana by e-mail, about ratification.
    queries::QueryInput input(const QString& subject, QDate received = QDate(2026, 1, 5)) const;
    qint64 create(const QString& subject, QDate received = QDate(2026, 1, 5));
    qint64 stateId(const char* iso2) const;
};

// A vault with advisers (and queries from `seed`), opened through the unlock screen of a main
// window whose clock stands at Monday 5 January 2026, 09:00 UTC. Auto-lock is off: the tests
// move the date forward.
struct WorkspaceFixture : WindowFixture {
    explicit WorkspaceFixture(const QStringList& advisers = { QStringLiteral("Amara Quillfeather") },
        const std::function<void(VaultSeed&)>& seed = {});

    // The unlocked window's session workspace, and its Queries page.
    ui::SessionWorkspace* sessionWorkspace();
    ui::QueryPage* queryPage();
    QAction* action(const char* name);
    // Waits until a visible dialog of that type (and object name, if given) is open.
    template <typename T> T* dialog(const char* name = nullptr)
    {
        T* found = nullptr;
        const bool shown = waitFor([&] {
            for (T* candidate : window->findChildren<T*>()) {
                if (candidate->isVisible() && (!name || candidate->objectName() == QLatin1String(name)))
                    found = candidate;
            }
            return found != nullptr;
        });
        INFO("dialog " << (name ? name : "of the requested type"));
        REQUIRE(shown);
        return found;
    }
    // Selects the navigation entry of a view, as a click would.
    void showView(queries::QueryView view);
    // Selects the table row of a query (REQUIREs that the current list has it).
    void select(const QString& reference);
    // The references of the rows loaded in the table, in order.
    QStringList listedReferences();
    qint64 count(const queries::QueryFilter& filter = {});
    queries::Query query(const QString& reference);
    void setToday(QDate date);

    TempDir dir;
    QString path;
};

} // namespace advicehub::test
