#include "WorkspaceFixture.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryFilterBar.h"
#include "queries/QueryTableModel.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace query_page_layout_test {

using namespace advicehub;
using namespace advicehub::queries;
using namespace advicehub::ui;

namespace {

// Resizes the window as a maximised one would be and lets the layouts follow.
void resizeWindow(test::WorkspaceFixture& f, int width, int height)
{
    f.window->resize(width, height);
    const bool resized
        = test::waitFor([&] { return f.window->width() == width && f.queryPage()->width() > width * 3 / 4; });
    INFO("window " << f.window->width() << ", page " << f.queryPage()->width());
    REQUIRE(resized);
    QCoreApplication::processEvents();
}

// Clicks a column's header, as a user sorts.
void clickHeader(QTableView* table, int column)
{
    QHeaderView* header = table->horizontalHeader();
    REQUIRE_FALSE(header->isSectionHidden(column));
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// The header's sort arrow as painted: true when it is wider at the top (pointing down), false
// when wider at the bottom; REQUIREs that an arrow is painted at all. The arrow is the shape
// furthest right in the section, apart from its label by a gap.
bool arrowPointsDown(QHeaderView* header, int column)
{
    const QImage image = header->grab().toImage();
    const int left = header->sectionViewportPosition(column);
    const int right = left + header->sectionSize(column);
    const int height = image.height();
    const QColor background = image.pixelColor(right - 4, height / 2);
    const auto ink
        = [&](int x, int y) { return std::abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60; };
    // Borders: rows inked across the section, columns inked from top to bottom.
    std::vector<bool> borderRow(static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        int count = 0;
        for (int x = left; x < right; ++x)
            count += ink(x, y) ? 1 : 0;
        borderRow[static_cast<std::size_t>(y)] = count > (right - left) * 8 / 10;
    }
    const auto inkedColumn = [&](int x) {
        int count = 0;
        int rows = 0;
        for (int y = 0; y < height; ++y) {
            if (borderRow[static_cast<std::size_t>(y)])
                continue;
            ++rows;
            count += ink(x, y) ? 1 : 0;
        }
        return count > 0 && count < rows * 7 / 10;
    };
    int end = right - 1;
    while (end > left && !inkedColumn(end))
        --end;
    int start = end;
    while (start > left && inkedColumn(start - 1))
        --start;
    std::vector<int> widths;
    for (int y = 0; y < height; ++y) {
        if (borderRow[static_cast<std::size_t>(y)])
            continue;
        int count = 0;
        for (int x = start; x <= end; ++x)
            count += ink(x, y) ? 1 : 0;
        if (count > 0)
            widths.push_back(count);
    }
    INFO("arrow from x " << start << " to " << end << " over " << widths.size() << " rows");
    REQUIRE(end > start);
    REQUIRE(widths.size() >= 2);
    return widths.front() > widths.back();
}

// A wheel turn over `widget` as the window system delivers one (spontaneous: Qt passes it on
// to the parents if the widget does not take it).
void turnWheel(QWidget* widget, int degrees)
{
    const QPoint at = widget->rect().center();
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, degrees * 8), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(widget, &wheel);
}

QString longText(const QString& line, int lines)
{
    QStringList all;
    for (int i = 0; i < lines; ++i)
        all << QStringLiteral("%1 %2").arg(line).arg(i + 1);
    return all.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the default layout gives the table its columns and the detail pane a readable width that folds away")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        for (int i = 0; i < 3; ++i)
            seed.create(QStringLiteral("Accession steps %1").arg(i), QDate(2025, 12, 1).addDays(i));
    });
    ui::QueryPage* page = f.queryPage();
    f.showView(QueryView::All);
    QTableView* table = page->table();
    QHeaderView* header = table->horizontalHeader();
    QSplitter* splitter = page->splitter();

    for (const QSize& screen : { QSize(1366, 768), QSize(1600, 1000) }) {
        INFO("window " << screen.width() << "x" << screen.height());
        resizeWindow(f, screen.width(), screen.height());
        // What the column's cells need (public in QAbstractItemView).
        const auto contentWidth
            = [table](int column) { return static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column); };
        const QList<int> sizes = splitter->sizes();
        REQUIRE(sizes.size() == 3);
        const double detailShare = double(sizes[2]) / (sizes[1] + sizes[2]);
        CHECK(detailShare >= 0.33);
        CHECK(detailShare <= 0.40);
        CHECK(sizes[2] >= 360);
        CHECK(sizes[1] > sizes[2]); // the table is the wide one
        // Reference, State, subject, status and due date are all shown, none of them cut, and the
        // adviser too where the subject keeps its room beside it (1600 pixels, not 1366).
        CHECK(header->isSectionHidden(QueryTableModel::AdviserColumn) == (screen.width() < 1600));
        for (int column :
            { QueryTableModel::ReferenceColumn, QueryTableModel::StateColumn, QueryTableModel::SubjectColumn,
                QueryTableModel::StatusColumn, QueryTableModel::DueColumn, QueryTableModel::AdviserColumn }) {
            INFO("column " << column);
            if (header->isSectionHidden(column))
                continue;
            if (column == QueryTableModel::SubjectColumn) {
                // It stretches; long subjects are elided, but about 30 characters show.
                CHECK(header->sectionSize(column) >= 28 * table->fontMetrics().averageCharWidth());
                continue;
            }
            CHECK(header->sectionSize(column) >= contentWidth(column));
            CHECK(header->sectionSize(column) >= header->sectionSizeHint(column));
        }
        CHECK(table->horizontalScrollBar()->maximum() == 0); // everything fits side by side
    }

    // F8 (View ▸ Show Details Pane) folds the pane away and brings it back.
    QAction* details = page->detailsPaneAction();
    CHECK(details->isChecked());
    CHECK(page->viewActions().contains(details));
    CHECK_FALSE(page->menuActions().contains(details));
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F8);
    CHECK_FALSE(details->isChecked());
    CHECK(splitter->sizes().value(2) == 0);
    // Remembered across sessions.
    f.window->lock();
    f.unlock(f.path);
    page = f.queryPage();
    splitter = page->splitter();
    CHECK(splitter->sizes().value(2) == 0);
    CHECK_FALSE(page->detailsPaneAction()->isChecked());
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F8);
    CHECK(page->detailsPaneAction()->isChecked());
    CHECK(splitter->sizes().value(2) >= 300);

    // The user's own split, dragged with the mouse, comes back after a lock.
    QSplitterHandle* handle = splitter->handle(2);
    const int before = splitter->sizes().value(2);
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip - QPoint(80, 0));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(80, 0));
    const int dragged = splitter->sizes().value(2);
    CHECK(dragged >= before + 60);
    f.window->lock();
    f.unlock(f.path);
    CHECK(f.queryPage()->splitter()->sizes().value(2) == dragged);
}

TEST_CASE("sorting keeps the selected query selected and its arrow points the way the list runs")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        const char* subjects[] = { "Delta", "Alpha", "Echo", "Bravo", "Foxtrot", "Charlie" };
        for (int i = 0; i < 6; ++i) {
            QueryInput in = seed.input(QString::fromLatin1(subjects[i]), QDate(2025, 12, 1).addDays(i));
            if (i == 2)
                in.requestText = longText(QStringLiteral("A long request line"), 80);
            REQUIRE(seed.service.create(in).ok());
        }
    });
    ui::QueryPage* page = f.queryPage();
    f.showView(QueryView::All);
    resizeWindow(f, 1366, 768);
    QTableView* table = page->table();
    QHeaderView* header = table->horizontalHeader();
    const qint64 echo = f.query(QStringLiteral("AH-2025-0003")).id;
    f.select(QStringLiteral("AH-2025-0003"));
    REQUIRE(page->detailPane()->queryId() == echo);

    // Newest first: the arrow points down.
    CHECK(page->model()->currentSort() == QuerySort { SortColumn::Received, Qt::DescendingOrder });
    header->setSectionHidden(QueryTableModel::ReceivedColumn, false);
    CHECK(arrowPointsDown(header, QueryTableModel::ReceivedColumn));
    header->setSectionHidden(QueryTableModel::ReceivedColumn, true); // the subject keeps its room

    // A click on Subject sorts A to Z: the selection and the details stay, the arrow points up.
    clickHeader(table, QueryTableModel::SubjectColumn);
    CHECK(page->model()->currentSort() == QuerySort { SortColumn::Subject, Qt::AscendingOrder });
    CHECK(f.listedReferences().first() == QStringLiteral("AH-2025-0002")); // Alpha
    CHECK(page->currentQueryId() == echo);
    CHECK(table->selectionModel()->isRowSelected(page->model()->rowOf(echo), {}));
    CHECK(page->detailPane()->queryId() == echo);
    CHECK_FALSE(arrowPointsDown(header, QueryTableModel::SubjectColumn));
    // Again: Z to A, the arrow points down.
    clickHeader(table, QueryTableModel::SubjectColumn);
    CHECK(page->model()->currentSort() == QuerySort { SortColumn::Subject, Qt::DescendingOrder });
    CHECK(f.listedReferences().first() == QStringLiteral("AH-2025-0005")); // Foxtrot
    CHECK(page->currentQueryId() == echo);
    CHECK(arrowPointsDown(header, QueryTableModel::SubjectColumn));

    // A refresh and a filter that keeps the query keep it selected; one that drops it blanks
    // the pane.
    f.action("refreshAction")->trigger();
    CHECK(page->currentQueryId() == echo);
    test::type(page->searchEdit(), QStringLiteral("ministry"));
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    CHECK(page->currentQueryId() == echo);
    CHECK(page->detailPane()->queryId() == echo);
    page->searchEdit()->selectAll();
    test::type(page->searchEdit(), QStringLiteral("alpha"));
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    CHECK(f.listedReferences() == QStringList { QStringLiteral("AH-2025-0002") });
    CHECK_FALSE(page->detailPane()->queryId() == echo);
    page->searchEdit()->clear();
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);

    // The detail pane: another query starts at the top; the wheel over the long request scrolls
    // the request alone, over a box with nothing to scroll it scrolls the pane.
    resizeWindow(f, 1366, 560);
    f.select(QStringLiteral("AH-2025-0003"));
    QScrollArea* overview = page->detailPane()->overview();
    auto* request = page->detailPane()->findChild<QPlainTextEdit*>(QStringLiteral("requestText"));
    REQUIRE(test::waitFor([&] { return overview->verticalScrollBar()->maximum() > 0; }));
    REQUIRE(request->verticalScrollBar()->maximum() > 0);
    overview->verticalScrollBar()->setValue(0);
    request->verticalScrollBar()->setValue(request->verticalScrollBar()->maximum() - 1);
    turnWheel(request->viewport(), -15); // down, past the request's end
    turnWheel(request->viewport(), -15);
    CHECK(request->verticalScrollBar()->value() == request->verticalScrollBar()->maximum());
    CHECK(overview->verticalScrollBar()->value() == 0); // the pane did not move along
    request->verticalScrollBar()->setValue(0);
    turnWheel(request->viewport(), -15);
    CHECK(request->verticalScrollBar()->value() > 0);
    CHECK(overview->verticalScrollBar()->value() == 0);

    overview->verticalScrollBar()->setValue(overview->verticalScrollBar()->maximum());
    f.select(QStringLiteral("AH-2025-0004"));
    CHECK(overview->verticalScrollBar()->value() == 0); // another query: from its top
    request = page->detailPane()->findChild<QPlainTextEdit*>(QStringLiteral("requestText"));
    REQUIRE(request->verticalScrollBar()->maximum() == 0); // a short request
    REQUIRE(test::waitFor([&] { return overview->verticalScrollBar()->maximum() > 0; }));
    turnWheel(request->viewport(), -15);
    CHECK(overview->verticalScrollBar()->value() > 0); // the pane scrolls
}

TEST_CASE("a sort brings the selected query into view")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        for (int i = 0; i < 60; ++i)
            seed.create(QStringLiteral("Subject %1").arg(i, 2, 10, QLatin1Char('0')), QDate(2025, 10, 1).addDays(i));
    });
    ui::QueryPage* page = f.queryPage();
    f.showView(QueryView::All);
    resizeWindow(f, 1366, 600);
    QTableView* table = page->table();
    f.select(QStringLiteral("AH-2025-0060")); // "Subject 59", the newest: the first row
    REQUIRE(page->model()->rowOf(page->currentQueryId().value()) == 0);
    clickHeader(table, QueryTableModel::SubjectColumn); // A to Z: it is the last of 60
    const int row = page->model()->rowOf(page->currentQueryId().value());
    CHECK(row == 59);
    CHECK(table->viewport()->rect().contains(table->visualRect(page->model()->index(row, 0))));
}

TEST_CASE("an empty list says why with Clear Filters and an empty vault offers New Query")
{
    SECTION("a search that finds nothing")
    {
        test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
            seed.create(QStringLiteral("Accession steps"));
            seed.create(QStringLiteral("Prison visits"));
        });
        ui::QueryPage* page = f.queryPage();
        f.showView(QueryView::All);
        CHECK_FALSE(page->emptyState()->isVisible());
        test::type(page->searchEdit(), QStringLiteral("zanzibar"));
        QTest::keyClick(page->searchEdit(), Qt::Key_Return);
        CHECK(page->model()->rowCount() == 0);
        CHECK(page->emptyState()->isVisible());
        auto* label = page->emptyState()->findChild<QLabel*>(QStringLiteral("queryEmptyLabel"));
        CHECK(label->text().contains(QLatin1String("No query matches")));
        auto* clear = page->emptyState()->findChild<QPushButton*>(QStringLiteral("clearFiltersButton"));
        REQUIRE(clear->isVisible());
        CHECK_FALSE(page->emptyState()->findChild<QPushButton*>(QStringLiteral("emptyNewQueryButton"))->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        CHECK(page->model()->rowCount() == 2);
        CHECK(page->searchEdit()->text().isEmpty());
        CHECK(page->filterBar()->isEmpty());
        CHECK_FALSE(page->emptyState()->isVisible());
        // The pane's list of related queries says it has none instead of showing an empty box.
        f.select(QStringLiteral("AH-2026-0001"));
        QueryDetailPane* pane = page->detailPane();
        CHECK(pane->findChild<QLabel*>(QStringLiteral("noLinksLabel"))->isVisibleTo(pane));
        CHECK_FALSE(pane->linksList()->isVisibleTo(pane));
        REQUIRE(f.window->session()
                    ->queries()
                    .link(f.query(QStringLiteral("AH-2026-0001")).id, f.query(QStringLiteral("AH-2026-0002")).id,
                        LinkKind::Related)
                    .ok());
        REQUIRE(test::waitFor([&] { return pane->linksList()->isVisibleTo(pane); }));
        CHECK_FALSE(pane->findChild<QLabel*>(QStringLiteral("noLinksLabel"))->isVisibleTo(pane));
    }
    SECTION("a vault without queries")
    {
        test::WorkspaceFixture f;
        ui::QueryPage* page = f.queryPage();
        f.showView(QueryView::All);
        REQUIRE(page->emptyState()->isVisible());
        CHECK(page->emptyState()
                  ->findChild<QLabel*>(QStringLiteral("queryEmptyLabel"))
                  ->text()
                  .contains(QLatin1String("No queries yet")));
        CHECK_FALSE(page->emptyState()->findChild<QPushButton*>(QStringLiteral("clearFiltersButton"))->isVisible());
        auto* add = page->emptyState()->findChild<QPushButton*>(QStringLiteral("emptyNewQueryButton"));
        REQUIRE(add->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        auto* form = f.dialog<QDialog>("queryFormDialog");
        form->reject();
    }
}

TEST_CASE("the words a search matched are highlighted in the detail pane and the row's tooltip says why")
{
    CHECK(QueryDetailPane::matchesIn(QStringLiteral("Côte d'Ivoire: COTE, cote-d"), QStringLiteral("cote"))
        == QList<std::pair<int, int>> { { 0, 4 }, { 15, 4 }, { 21, 4 } });
    CHECK(QueryDetailPane::matchesIn(QStringLiteral("overcrowding, overcrowd, crowd"), QStringLiteral("overcrowd*"))
        == QList<std::pair<int, int>> { { 0, 12 }, { 14, 9 } });
    CHECK(QueryDetailPane::matchesIn(QStringLiteral("overcrowding"), QStringLiteral("overcrowd")).isEmpty());
    CHECK(QueryDetailPane::matchesIn(QStringLiteral("a draft law"), QStringLiteral("\"draft law\""))
        == QList<std::pair<int, int>> { { 2, 5 }, { 8, 3 } });
    CHECK(QueryDetailPane::matchesIn(QStringLiteral("anything"), QStringLiteral("  * \" ")).isEmpty());

    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") }, [](test::VaultSeed& seed) {
        QueryInput in = seed.input(QStringLiteral("Prison <conditions> in Côte d'Ivoire"));
        in.requestText = QStringLiteral("Severe overcrowding in pre-trial detention.");
        in.notes = QStringLiteral("Overcrowding again raised by the visiting mechanism.");
        REQUIRE(seed.service.create(in).ok());
        seed.create(QStringLiteral("Accession steps"));
    });
    ui::QueryPage* page = f.queryPage();
    f.showView(QueryView::All);
    test::type(page->searchEdit(), QStringLiteral("overcrowd* COTE justice"));
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    REQUIRE(page->model()->rowCount() == 1);
    f.select(page->model()->rowAt(0)->reference);

    QueryDetailPane* pane = page->detailPane();
    const auto marked = [pane](const char* name) {
        QStringList words;
        for (const QTextEdit::ExtraSelection& selection :
            pane->findChild<QPlainTextEdit*>(QLatin1String(name))->extraSelections())
            words << selection.cursor.selectedText();
        return words;
    };
    CHECK(marked("requestText") == QStringList { QStringLiteral("overcrowding") });
    CHECK(marked("notesText") == QStringList { QStringLiteral("Overcrowding") });
    auto* title = pane->findChild<QLabel*>(QStringLiteral("detailTitle"));
    CHECK(title->textFormat() == Qt::RichText);
    CHECK(title->text().contains(QStringLiteral(">Côte</span>")));
    CHECK(title->text().contains(QLatin1String("&lt;conditions&gt;"))); // case text is never markup
    auto* institution = pane->findChild<QLabel*>(QStringLiteral("institutionValue"));
    CHECK(institution->text().contains(QLatin1String(">Justice</span>")));

    // The row's tooltip: the subject and the text that matched, the words in bold.
    const QString tip
        = page->model()->data(page->model()->index(0, QueryTableModel::SubjectColumn), Qt::ToolTipRole).toString();
    CHECK(tip.contains(QLatin1String("<b>overcrowding</b>")));
    CHECK(tip.contains(QLatin1String("&lt;conditions&gt;")));
    CHECK(
        page->model()->data(page->model()->index(0, QueryTableModel::StatusColumn), Qt::ToolTipRole).toString() == tip);

    // No search: nothing marked, the title plain text again.
    page->searchEdit()->clear();
    QTest::keyClick(page->searchEdit(), Qt::Key_Return);
    CHECK(marked("requestText").isEmpty());
    CHECK(title->textFormat() == Qt::PlainText);
    CHECK(title->text().contains(QLatin1String("<conditions>")));
    CHECK(page->model()->data(page->model()->index(0, QueryTableModel::StatusColumn), Qt::ToolTipRole).isNull());
}

TEST_CASE("the View menu holds the details pane the columns and full screen and only the page's own while it shows")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Accession steps"), QDate(2025, 12, 1)); });
    ui::QueryPage* page = f.queryPage();
    f.showView(QueryView::All);
    auto* view = f.window->menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"), Qt::FindDirectChildrenOnly);
    REQUIRE(view != nullptr);
    const auto shownNames = [view] {
        QStringList names;
        for (QAction* action : view->actions()) {
            if (action->isVisible() && !action->isSeparator())
                names << action->objectName();
        }
        return names;
    };
    CHECK(shownNames()
        == QStringList { QStringLiteral("showDetailsPaneAction"), QStringLiteral("viewColumnsAction"),
            QStringLiteral("fullScreenAction") });
    // The menus are in the usual order: View after Edit, before Help.
    QStringList menus;
    for (QAction* action : f.window->menuBar()->actions()) {
        if (action->isVisible() && action->menu())
            menus << action->menu()->objectName();
    }
    CHECK(menus
        == QStringList { QStringLiteral("vaultMenu"), QStringLiteral("queryMenu"), QStringLiteral("editMenu"),
            QStringLiteral("viewMenu"), QStringLiteral("helpMenu") });

    // View ▸ Columns lists the columns that can be hidden, each checked as it is; unchecking one
    // hides it, checking it shows it again.
    QMenu* columns = page->findChild<QMenu*>(QStringLiteral("viewColumnsMenu"));
    REQUIRE(columns != nullptr);
    QHeaderView* header = page->table()->horizontalHeader();
    Q_EMIT columns->aboutToShow();
    auto* status
        = columns->findChild<QAction*>(QStringLiteral("showColumnAction_%1").arg(QueryTableModel::StatusColumn));
    REQUIRE(status != nullptr);
    CHECK(status->isChecked());
    CHECK(columns->findChild<QAction*>(QStringLiteral("showColumnAction_%1").arg(QueryTableModel::SubjectColumn))
        == nullptr);
    status->trigger();
    CHECK(header->isSectionHidden(QueryTableModel::StatusColumn));
    Q_EMIT columns->aboutToShow();
    status = columns->findChild<QAction*>(QStringLiteral("showColumnAction_%1").arg(QueryTableModel::StatusColumn));
    REQUIRE(status != nullptr);
    CHECK_FALSE(status->isChecked());
    status->trigger();
    CHECK_FALSE(header->isSectionHidden(QueryTableModel::StatusColumn));
    CHECK(header->sectionSize(QueryTableModel::StatusColumn) > 0);

    // Full Screen (F11) and back.
    auto* full = f.window->findChild<QAction*>(QStringLiteral("fullScreenAction"));
    REQUIRE(full != nullptr);
    CHECK(full->shortcut() == QKeySequence(QKeySequence::FullScreen));
    full->trigger();
    CHECK(f.window->windowState().testFlag(Qt::WindowFullScreen));
    full->trigger();
    CHECK_FALSE(f.window->windowState().testFlag(Qt::WindowFullScreen));

    // Locked: the page and its view actions are gone; Full Screen stays.
    f.window->lock();
    CHECK(shownNames() == QStringList { QStringLiteral("fullScreenAction") });
}

} // namespace query_page_layout_test
