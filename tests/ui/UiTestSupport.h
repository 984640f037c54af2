#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QFileDialog;

namespace advicehub {
class Session;
}

namespace advicehub::test {

// Processes events until `condition` holds or `timeoutMs` passes; returns the condition.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 15000);

// The visible top-level widget of type T whose object name is `name` (or any, if empty).
template <typename T> T* findTopLevel(const QString& name = QString())
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* typed = qobject_cast<T*>(widget);
            typed && widget->isVisible() && (name.isEmpty() || widget->objectName() == name))
            return typed;
    }
    return nullptr;
}

// Makes `window` the active window, as a click into it would, and waits until it still is once
// the pending events have run (a window shown just before may take activation back). Returns
// whether it is (REQUIRE it: shortcuts reach only the active window).
bool activate(QWidget* window);

// Types text into a widget as a user would (key events).
void type(QWidget* widget, const QString& text);

// The application's boxes and file choosers are real, asynchronous dialogs (no test hook in the
// product): tests find them on screen and answer them as a user would.

// The visible message box (the one on top if several), or null.
QMessageBox* visibleMessageBox();
// Waits for a visible message box, clicks its `button`, and waits until the box is gone (what
// depends on the answer has run by then). Returns the box's text.
QString answerMessageBox(QMessageBox::StandardButton button);
// The visible file chooser, or null.
QFileDialog* visibleFileDialog();
// Waits for a visible file chooser, picks `filter` in its file type list with the keyboard (if
// given), types `path` into its file name field and presses Return. Returns once the chooser
// is gone, or once a box asks over it (replacing an existing file).
void answerFileDialog(const QString& path, const QString& filter = QString());

// A new vault at `path` with one adviser (the acting one) and one query about `subject`, for the
// tests that hand a vault to a second desktop process (the kill tests); the session stays open
// for what a test adds next.
struct SeededVault {
    std::unique_ptr<Session> session;
    qint64 queryId = 0;
};
SeededVault seedVaultWithQuery(const QString& path, const QString& subject);

} // namespace advicehub::test
