#include "WorkspaceFixture.h"

#include "advisers/AdviserService.h"
#include "queries/QueryTableModel.h"
#include "session/Session.h"

#include <QListWidget>
#include <QTableView>

namespace advicehub::test {

queries::QueryInput VaultSeed::input(const QString& subject, QDate received) const
{
    queries::QueryInput in;
    in.receivedOn = received;
    in.channelId = lookup.findChannel(QStringLiteral("email"))->id;
    in.stateId = stateId("GH");
    in.institution = QStringLiteral("Ministry of Justice");
    in.subject = subject;
    in.requestText = QStringLiteral("The Ministry asks for advice on the steps towards accession.");
    in.themeIds = { lookup.findTheme(QStringLiteral("ratification"))->id };
    return in;
}

qint64 VaultSeed::create(const QString& subject, QDate received)
{
    Result<queries::Query> created = service.create(input(subject, received));
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return created->id;
}

qint64 VaultSeed::stateId(const char* iso2) const
{
    const auto* state = lookup.findState(QString::fromLatin1(iso2));
    REQUIRE(state != nullptr);
    return state->id;
}

WorkspaceFixture::WorkspaceFixture(const QStringList& advisers, const std::function<void(VaultSeed&)>& seed)
    : path(dir.file(QStringLiteral("workspace.ahv")))
{
    {
        // Seeded through a session, as the application works on a vault.
        Result<std::unique_ptr<Session>> opened = Session::open(createVault(path), clock);
        REQUIRE(opened.ok());
        Session& session = *opened.value();
        std::vector<qint64> ids;
        for (const QString& name : advisers) {
            Result<advisers::Adviser> added = session.advisers().add(name);
            REQUIRE(added.ok());
            ids.push_back(added->id);
        }
        REQUIRE(session.reloadReferenceData().ok());
        // The adviser of the changes, without making them the one the unlock screen offers.
        if (!ids.empty())
            session.caseRecord().setActor(ids.front());
        VaultSeed data { session.queries(), session.lookup(), ids, &session };
        if (seed)
            seed(data);
    } // closed: the window opens it
    settings.setAutoLockEnabled(false);
    unlock(path);
    REQUIRE(queryPage() != nullptr);
}

ui::SessionWorkspace* WorkspaceFixture::sessionWorkspace()
{
    return window->findChild<ui::SessionWorkspace*>();
}

ui::QueryPage* WorkspaceFixture::queryPage()
{
    ui::SessionWorkspace* workspace = sessionWorkspace();
    return workspace ? workspace->page<ui::QueryPage>() : nullptr;
}

QAction* WorkspaceFixture::action(const char* name)
{
    QAction* found = queryPage()->action(QLatin1String(name));
    INFO("action " << name);
    REQUIRE(found != nullptr);
    return found;
}

void WorkspaceFixture::showView(queries::QueryView view)
{
    QListWidget* navigation = queryPage()->navigationList();
    for (int i = 0; i < navigation->count(); ++i) {
        QListWidgetItem* item = navigation->item(i);
        if (item->data(Qt::UserRole).toString() == QLatin1String("view")
            && item->data(Qt::UserRole + 1).toString() == queries::viewCode(view)) {
            navigation->setCurrentItem(item);
            REQUIRE(queryPage()->currentFilter().view == view);
            return;
        }
    }
    FAIL("no navigation entry for the view");
}

void WorkspaceFixture::select(const QString& reference)
{
    ui::QueryTableModel* model = queryPage()->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->reference == reference) {
            queryPage()->table()->selectRow(row);
            REQUIRE(queryPage()->currentQueryId() == model->idAt(row));
            return;
        }
    }
    INFO("reference " << reference.toStdString() << " in " << listedReferences().join(QLatin1Char(' ')).toStdString());
    FAIL("the query is not listed");
}

QStringList WorkspaceFixture::listedReferences()
{
    QStringList references;
    ui::QueryTableModel* model = queryPage()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        references << model->rowAt(row)->reference;
    return references;
}

qint64 WorkspaceFixture::count(const queries::QueryFilter& filter)
{
    Result<qint64> n = window->session()->search().count(filter);
    REQUIRE(n.ok());
    return n.value();
}

queries::Query WorkspaceFixture::query(const QString& reference)
{
    Result<queries::QueryService::Resolved> found = window->session()->queries().findByReference(reference);
    REQUIRE(found.ok());
    return found->query;
}

void WorkspaceFixture::setToday(QDate date)
{
    // The wall clock only: the monotonic clock of the idle timer stays where it is.
    clock.setNowUtc(QDateTime(date, QTime(9, 0), Qt::UTC));
}

} // namespace advicehub::test
