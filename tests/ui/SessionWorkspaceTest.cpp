// The unlocked window is a SessionWorkspace holding pages: Queries, Follow-ups and Partners
// (issue 10); the next issues add Dashboard and Engagements without touching the query page. A
// page of the tests' own stands in for them here:
// added to the real shell of an unlocked window, it gets the page bar, its menu and shortcuts
// while shown, a part in the lock (its unsaved work, its dialogs destroyed) — nothing else.
#include "WorkspaceFixture.h"
#include "common/Icons.h"
#include "common/ShowDialog.h"
#include "queries/QueryFormDialog.h"
#include "shell/Page.h"
#include "vault/UnlockWidget.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace session_workspace_test {

using namespace advicehub;
using namespace advicehub::ui;

namespace {

// What the lock asked of the page (the page itself is gone by then).
struct NotesRecord {
    int keepAsked = 0;
    int newNotes = 0;
};

class NotesPage : public Page {
public:
    explicit NotesPage(NotesRecord& record) : m_record(record)
    {
        setObjectName(QStringLiteral("notesPage"));
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("notesEdit"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_edit);
        // The same shortcut as New Query: each page's shortcuts work only while it is shown.
        m_newNote = new QAction(QStringLiteral("&New Note"), this);
        m_newNote->setObjectName(QStringLiteral("newNoteAction"));
        m_newNote->setShortcut(QKeySequence::New);
        addAction(m_newNote);
        connect(m_newNote, &QAction::triggered, this, [this] { ++m_record.newNotes; });
    }

    QString title() const override { return QStringLiteral("Notes"); }
    QIcon icon() const override { return Icons::get(Icons::AddToTimeline); }
    QString menuTitle() const override { return QStringLiteral("&Notes"); }
    QString menuObjectName() const override { return QStringLiteral("notesMenu"); }
    QList<QAction*> menuActions() const override { return { m_newNote }; }
    QStringList keepUnsavedWork() override
    {
        ++m_record.keepAsked;
        return { QStringLiteral("\u2022 a note: the notes page could not keep it") };
    }

    QLineEdit* edit() const { return m_edit; }

private:
    NotesRecord& m_record;
    QLineEdit* m_edit;
    QAction* m_newNote;
};

QToolBar* pageBar(test::WorkspaceFixture& f)
{
    return f.child<QToolBar>("pageBar");
}

void press(test::WorkspaceFixture& f, QKeyCombination keys)
{
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : f.window.get(), keys.key(), keys.keyboardModifiers());
}

} // namespace

TEST_CASE("the unlocked window shows the query page first, the page bar for its three pages, and the menu of the "
          "page shown beside Vault")
{
    test::WorkspaceFixture f;
    SessionWorkspace* shell = f.sessionWorkspace();
    REQUIRE(shell != nullptr);
    CHECK(shell->pages().size() == 3);
    CHECK(shell->currentPage() == f.queryPage());
    CHECK(f.queryPage()->isVisible());
    CHECK(pageBar(f)->isVisible());
    QStringList titles;
    for (QAction* action : pageBar(f)->actions())
        titles << action->text();
    CHECK(
        titles == QStringList { QStringLiteral("Queries"), QStringLiteral("Follow-ups"), QStringLiteral("Partners") });
    auto* menu = f.child<QMenu>("queryMenu");
    CHECK(menu->menuAction()->isVisible());
    CHECK(menu->title() == QStringLiteral("&Query"));
    // Vault, the pages' menus (only the shown page's visible), Edit, View, Help.
    QStringList menus;
    QStringList visible;
    for (QAction* action : f.window->menuBar()->actions()) {
        menus << action->menu<QMenu*>()->objectName();
        if (action->isVisible())
            visible << action->menu<QMenu*>()->objectName();
    }
    CHECK(menus
        == QStringList { QStringLiteral("vaultMenu"), QStringLiteral("queryMenu"), QStringLiteral("followUpsMenu"),
            QStringLiteral("partnersMenu"), QStringLiteral("editMenu"), QStringLiteral("viewMenu"),
            QStringLiteral("helpMenu") });
    CHECK(visible
        == QStringList { QStringLiteral("vaultMenu"), QStringLiteral("queryMenu"), QStringLiteral("editMenu"),
            QStringLiteral("viewMenu"), QStringLiteral("helpMenu") });
}

TEST_CASE("another page gets its place in the page bar, its own menu and shortcuts while shown, and goes with the "
          "lock")
{
    test::WorkspaceFixture f;
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QPointer<SessionWorkspace> shell = f.sessionWorkspace();
    NotesRecord record;
    QPointer<NotesPage> notes = new NotesPage(record);
    shell->addPage(notes);
    QPointer<QueryPage> queries = f.queryPage();

    // Four pages: the bar shows them all, the first one stays shown with its menu.
    REQUIRE(test::waitFor([&] { return pageBar(f)->isVisible(); }));
    CHECK(pageBar(f)->actions().size() == 4);
    CHECK(shell->currentPage() == queries);
    auto* queryMenu = f.child<QMenu>("queryMenu");
    auto* notesMenu = f.child<QMenu>("notesMenu");
    CHECK(queryMenu->menuAction()->isVisible());
    CHECK_FALSE(notesMenu->menuAction()->isVisible());
    CHECK(notesMenu->actions() == QList<QAction*> { notes->menuActions() });

    SECTION("Ctrl+4 shows the fourth page: its menu and its Ctrl+N, not the query page's")
    {
        press(f, QKeyCombination(Qt::ControlModifier, Qt::Key_4));
        REQUIRE(test::waitFor([&] { return shell->currentPage() == notes; }));
        CHECK(notes->isVisible());
        CHECK_FALSE(queries->isVisible());
        CHECK(notesMenu->menuAction()->isVisible());
        CHECK_FALSE(queryMenu->menuAction()->isVisible());
        // The query page's view actions leave the View menu with it, and F8 does nothing here.
        QAction* details = queries->detailsPaneAction();
        CHECK_FALSE(details->isVisible());
        press(f, QKeyCombination(Qt::NoModifier, Qt::Key_F8));
        CHECK(details->isChecked());
        notes->edit()->setFocus();
        press(f, QKeyCombination(Qt::ControlModifier, Qt::Key_N));
        CHECK(record.newNotes == 1);
        QCoreApplication::processEvents();
        CHECK(f.window->findChild<QueryFormDialog*>() == nullptr);

        // Ctrl+1, and the query page's Ctrl+N registers a query again.
        press(f, QKeyCombination(Qt::ControlModifier, Qt::Key_1));
        REQUIRE(test::waitFor([&] { return shell->currentPage() == queries; }));
        CHECK(queryMenu->menuAction()->isVisible());
        CHECK_FALSE(notesMenu->menuAction()->isVisible());
        CHECK(details->isVisible());
        f.queryPage()->table()->setFocus();
        press(f, QKeyCombination(Qt::ControlModifier, Qt::Key_N));
        f.dialog<QueryFormDialog>("queryFormDialog")->reject();
        CHECK(record.newNotes == 1);
    }
    SECTION("the page bar's button shows the page, as a click would")
    {
        QAction* show = nullptr;
        for (QAction* action : pageBar(f)->actions()) {
            if (action->text() == QStringLiteral("Notes"))
                show = action;
        }
        REQUIRE(show != nullptr);
        CHECK(show->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_4).toString(QKeySequence::NativeText)));
        QTest::mouseClick(pageBar(f)->widgetForAction(show), Qt::LeftButton);
        REQUIRE(test::waitFor([&] { return shell->currentPage() == notes; }));
        CHECK(show->isChecked());
    }

    // The lock asks every page to keep its unsaved work and destroys every page and its dialogs.
    auto* dialog = showDialog(new QDialog(notes));
    QPointer<QDialog> notesDialog = dialog;
    f.window->lock();
    REQUIRE(f.window->isLocked());
    CHECK(record.keepAsked == 1);
    CHECK(shell.isNull());
    CHECK(notes.isNull());
    CHECK(queries.isNull());
    CHECK(notesDialog.isNull());
    CHECK(f.child<UnlockWidget>("unlockWidget")->notice().contains(QLatin1String("the notes page could not keep it")));
    // Both menus stay in the bar, hidden and empty, until their pages come back.
    CHECK_FALSE(queryMenu->menuAction()->isVisible());
    CHECK_FALSE(notesMenu->menuAction()->isVisible());
    CHECK(queryMenu->actions().isEmpty());
    CHECK(notesMenu->actions().isEmpty());

    // Unlocked again: the window's own pages, without the test's.
    f.unlock(f.path);
    test::answerMessageBox(QMessageBox::Ok); // the unsaved work that could not be kept, said again
    CHECK(f.sessionWorkspace()->pages().size() == 3);
    CHECK(pageBar(f)->actions().size() == 3);
    CHECK(queryMenu->menuAction()->isVisible());
    CHECK_FALSE(queryMenu->actions().isEmpty());
    CHECK_FALSE(notesMenu->menuAction()->isVisible());
}

} // namespace session_workspace_test
