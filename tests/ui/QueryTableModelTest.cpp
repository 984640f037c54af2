#include "queries/QueryTableModel.h"
#include "QueryFixture.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace query_table_model_test {

using namespace advicehub;
using namespace advicehub::queries;
using advicehub::ui::QueryTableModel;

namespace {

// QAbstractItemModelTester reports broken model rules as warnings in the "qt.modeltest"
// category; they are collected here so that a Catch check fails on them.
QStringList g_modelProblems;
QtMessageHandler g_previousHandler = nullptr;

void collectModelProblems(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QLatin1String(context.category).startsWith(QLatin1String("qt.modeltest"))
        && type >= QtWarningMsg)
        g_modelProblems << message;
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct ModelProblems {
    ModelProblems()
    {
        g_modelProblems.clear();
        g_previousHandler = qInstallMessageHandler(collectModelProblems);
    }
    ~ModelProblems() { qInstallMessageHandler(g_previousHandler); }
    QStringList take() { return std::exchange(g_modelProblems, {}); }
};

// A few hundred queries over two years: several pages, every sort order has ties.
void fill(test::QueryFixture& f, int count)
{
    std::vector<QueryService::Record> records;
    for (int i = 0; i < count; ++i) {
        QueryService::Record record;
        record.input = f.input(QStringLiteral("Query %1").arg(i % 13));
        record.input.receivedOn = QDate(2024, 6, 3).addDays(i * 2 % 540);
        record.input.priority = allPriorities()[static_cast<std::size_t>(i % 4)];
        record.input.stateId = f.lookup->states().at(i % 17).id;
        if (i % 5 == 0)
            record.input.assignedAdviserId = i % 10 == 0 ? f.adviserId : f.otherAdviserId;
        records.push_back(record);
    }
    REQUIRE(f.service->createMany(records).ok());
}

QList<qint64> loadedIds(QueryTableModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.idAt(row);
    return ids;
}

void loadAll(QueryTableModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

TEST_CASE("the query table loads pages as it is scrolled and sorts in the database, under QAbstractItemModelTester")
{
    test::QueryFixture f;
    fill(f, 330);
    ModelProblems problems;
    QueryTableModel model(*f.search, *f.service);
    model.setPageSize(50);
    model.setFilter(QueryFilter {});

    // Lazily: one page at first, one more per fetch, until the list is complete.
    CHECK(model.rowCount() == 50);
    CHECK(model.columnCount() == QueryTableModel::ColumnCount);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 100);
    loadAll(model);
    CHECK(model.rowCount() == 330);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(loadedIds(model) == f.search->ids(QueryFilter {}, QuerySort {}).value());

    // From here on the tester watches every change (it also fetches more rows itself, from
    // inside the model's signals).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setFilter(QueryFilter {});
    loadAll(model);
    CHECK(loadedIds(model) == f.search->ids(QueryFilter {}, QuerySort {}).value());

    // Every sortable column, both ways: the database's order, page after page.
    for (int column = 0; column < QueryTableModel::ColumnCount; ++column) {
        const std::optional<SortColumn> sortColumn = QueryTableModel::sortColumnFor(column);
        if (!sortColumn) {
            const QList<qint64> before = loadedIds(model);
            model.sort(column, Qt::AscendingOrder); // themes: no order of their own, nothing happens
            CHECK(loadedIds(model) == before);
            continue;
        }
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            INFO("column " << column << " order " << order);
            model.sort(column, order);
            loadAll(model);
            CHECK(loadedIds(model) == f.search->ids(QueryFilter {}, QuerySort { *sortColumn, order }).value());
        }
    }
    CHECK(model.headerData(QueryTableModel::ReferenceColumn, Qt::Horizontal).toString() == QStringLiteral("Reference"));
    CHECK(problems.take().isEmpty());
}

TEST_CASE("changes reported by the query service arrive as row insertions, removals and moves that keep the selection")
{
    test::QueryFixture f;
    fill(f, 300);
    ModelProblems problems;
    QueryTableModel model(*f.search, *f.service);
    model.setPageSize(40);
    QueryFilter inbox;
    inbox.view = QueryView::Inbox;
    model.setFilter(inbox);
    // The tester fetches more rows by itself, after every change: row counts vary, the rows'
    // identity and order are what is checked.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto noRepeats = [&model] {
        const QList<qint64> ids = loadedIds(model);
        return QSet<qint64>(ids.begin(), ids.end()).size() == ids.size();
    };

    // A new query, received today, goes on top (newest first); the row someone looks at stays theirs.
    const QPersistentModelIndex watched = model.index(10, QueryTableModel::SubjectColumn);
    const qint64 watchedId = model.idAt(10);
    const Query fresh = f.create(QStringLiteral("Fresh in the inbox"));
    REQUIRE(test::waitFor([&] { return model.idAt(0) == fresh.id; }));
    CHECK_FALSE(inserted.isEmpty());
    CHECK(watched.row() == 11);
    CHECK(model.idAt(watched.row()) == watchedId);
    CHECK(reset.isEmpty());
    CHECK(noRepeats());

    // Triaged, a query leaves the inbox: its row is removed.
    const qint64 leaving = model.idAt(3);
    QueryService::Triage triage;
    triage.adviserId = f.adviserId;
    REQUIRE(f.service->triage(leaving, triage).ok());
    REQUIRE(test::waitFor([&] { return model.rowOf(leaving) < 0; }));
    CHECK_FALSE(removed.isEmpty());
    CHECK(reset.isEmpty());
    CHECK(model.idAt(watched.row()) == watchedId);
    CHECK(watched.row() == 10);
    CHECK(noRepeats());

    // Sorted by subject, a renamed query moves; the persistent index moves with it.
    model.sort(QueryTableModel::SubjectColumn, Qt::AscendingOrder);
    loadAll(model);
    reset.clear();
    const int row = model.rowCount() - 1;
    const QPersistentModelIndex last = model.index(row, QueryTableModel::SubjectColumn);
    const qint64 lastId = model.idAt(row);
    Query renamed = f.get(lastId);
    renamed.fields.subject = QStringLiteral("AAA first now");
    REQUIRE(f.service->update(lastId, renamed.fields, renamed.version).ok());
    REQUIRE(test::waitFor([&] { return !moved.isEmpty(); }));
    CHECK(model.idAt(0) == lastId);
    CHECK(last.row() == 0);
    CHECK(last.data().toString() == QStringLiteral("AAA first now"));
    CHECK(reset.isEmpty());
    CHECK(loadedIds(model) == f.search->ids(inbox, QuerySort { SortColumn::Subject, Qt::AscendingOrder }).value());

    // Many at once (an import): the list is read again from the top.
    std::vector<QueryService::Record> batch(3);
    for (auto& record : batch)
        record.input = f.input(QStringLiteral("Imported"));
    REQUIRE(f.service->createMany(batch).ok());
    REQUIRE(test::waitFor([&] { return reset.count() == 1; }));
    CHECK(problems.take().isEmpty());
}

TEST_CASE("overdue rows are marked by the core's flag, in every column")
{
    test::QueryFixture f;
    QueryInput urgent = f.input(QStringLiteral("Urgent one"));
    urgent.priority = Priority::Urgent; // due Wednesday 7 January 2026
    const Query late = f.create(urgent);
    const Query onTime = f.create(QStringLiteral("Normal one"));
    QueryTableModel model(*f.search, *f.service);
    model.setFilter(QueryFilter {});
    const auto rowOf = [&](qint64 id) { return model.rowOf(id); };
    CHECK_FALSE(model.index(rowOf(late.id), 0).data(QueryTableModel::OverdueRole).toBool());

    f.setToday(QDate(2026, 1, 8));
    model.refresh();
    for (int column = 0; column < QueryTableModel::ColumnCount; ++column) {
        CHECK(model.index(rowOf(late.id), column).data(Qt::BackgroundRole).isValid());
        CHECK_FALSE(model.index(rowOf(onTime.id), column).data(Qt::BackgroundRole).isValid());
    }
    const QModelIndex due = model.index(rowOf(late.id), QueryTableModel::DueColumn);
    CHECK(due.data(QueryTableModel::OverdueRole).toBool());
    CHECK(due.data(Qt::ToolTipRole).toString().contains(QLatin1String("Overdue")));
    CHECK(due.data().toString() == QStringLiteral("2026-01-07"));
    CHECK(model.index(rowOf(late.id), QueryTableModel::StatusColumn).data().toString() == QStringLiteral("New"));
}

} // namespace query_table_model_test
