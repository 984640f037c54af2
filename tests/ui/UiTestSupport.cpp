#include "UiTestSupport.h"

#include "TestSupport.h"
#include "advisers/AdviserService.h"
#include "common/Clock.h"
#include "queries/QueryService.h"
#include "session/Session.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QTest>

namespace advicehub::test {

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    return true;
}

bool activate(QWidget* window)
{
    return waitFor([window] {
        if (QApplication::activeWindow() != window) {
            window->raise();
            window->activateWindow();
        }
        QCoreApplication::processEvents();
        return QApplication::activeWindow() == window;
    });
}

void type(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

QMessageBox* visibleMessageBox()
{
    // The modal widget shown last is on top.
    if (auto* top = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()); top && top->isVisible())
        return top;
    return findTopLevel<QMessageBox>();
}

namespace {
// What a window manager does when a modal dialog closes: the window it belonged to is active
// again (the offscreen platform leaves no window active), so that its shortcuts work.
void reactivate(const QPointer<QWidget>& owner)
{
    if (owner && owner->isVisible() && !QApplication::activeWindow()) {
        owner->activateWindow();
        // Not QTest::qWaitForWindowActive(owner): it keeps a plain pointer while it processes
        // events, and the answer just given may close and delete the owner (a dialog whose work
        // finishes then), which crashed it now and then.
        (void)waitFor([&owner] { return !owner || !owner->isVisible() || owner->isActiveWindow(); }, 5000);
    }
}

QPointer<QWidget> ownerOf(QWidget* dialog)
{
    return dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr;
}
} // namespace

QString answerMessageBox(QMessageBox::StandardButton button)
{
    QPointer<QMessageBox> box;
    REQUIRE(waitFor([&] { return (box = visibleMessageBox()) != nullptr; }));
    const QString text = box->text();
    const QPointer<QWidget> owner = ownerOf(box);
    QAbstractButton* choice = box->button(button);
    INFO("the box says: " << text.toStdString());
    REQUIRE(choice != nullptr);
    QTest::mouseClick(choice, Qt::LeftButton);
    REQUIRE(waitFor([&] { return box.isNull(); }));
    reactivate(owner);
    return text;
}

QFileDialog* visibleFileDialog()
{
    return findTopLevel<QFileDialog>();
}

void answerFileDialog(const QString& path, const QString& filter)
{
    QPointer<QFileDialog> dialog;
    REQUIRE(waitFor([&] { return (dialog = visibleFileDialog()) != nullptr; }));
    if (!filter.isEmpty()) {
        auto* types = dialog->findChild<QComboBox*>(QStringLiteral("fileTypeCombo"));
        REQUIRE(types != nullptr);
        const int wanted = types->findText(filter);
        REQUIRE(wanted >= 0);
        types->setFocus();
        while (types->currentIndex() != wanted)
            QTest::keyClick(types, types->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
        REQUIRE(dialog->selectedNameFilter() == filter);
    }
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    REQUIRE(name != nullptr);
    name->setFocus();
    name->setText(path);
    const QPointer<QWidget> owner = ownerOf(dialog);
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(waitFor([&] { return dialog.isNull() || visibleMessageBox() != nullptr; }));
    if (dialog.isNull())
        reactivate(owner);
}

SeededVault seedVaultWithQuery(const QString& path, const QString& subject)
{
    static const SystemClock clock; // outlives every session it is given to
    Result<std::unique_ptr<Session>> opened = Session::open(createVault(path), clock);
    REQUIRE(opened.ok());
    Session& session = *opened.value();
    Result<advisers::Adviser> adviser = session.advisers().add(QStringLiteral("Amara Quillfeather"));
    REQUIRE(adviser.ok());
    REQUIRE(session.reloadReferenceData().ok());
    session.caseRecord().setActor(adviser->id);
    queries::QueryInput in;
    in.receivedOn = QDate(2026, 1, 5);
    in.channelId = session.lookup().findChannel(QStringLiteral("email"))->id;
    in.stateId = session.lookup().findState(QStringLiteral("GH"))->id;
    in.subject = subject;
    in.requestText = QStringLiteral("The Ministry writes about %1.").arg(subject.toLower());
    in.themeIds = { session.lookup().findTheme(QStringLiteral("ratification"))->id };
    Result<queries::Query> query = session.queries().create(in);
    REQUIRE(query.ok());
    return { std::move(opened).value(), query->id };
}

} // namespace advicehub::test
