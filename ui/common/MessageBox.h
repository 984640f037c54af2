#pragma once

#include <QDialog>
#include <QMessageBox>

#include <functional>

namespace advicehub::ui {

// All of the application's message boxes go through here. A box is window-modal over its
// parent's window and the call returns at once (see common/Continuation.h: no nested event
// loop waits for the user, so a lock can close any box at any moment). A question's answer is
// handled by a continuation that runs from the event loop after the box has closed — never if
// `parent` is gone by then or the vault has locked since the box opened.
//
// The box is a QMessageBox named "messageBox", deleted when closed; its text is plain text
// (messages can contain user data; it is never interpreted as HTML).
class MessageBox {
public:
    using Answered = std::function<void(QMessageBox::StandardButton)>;

    static QMessageBox* information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox* warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox* critical(QWidget* parent, const QString& title, const QString& text);
    // `answered` receives the button chosen (closing the box or Escape: its escape button).
    static QMessageBox* question(QWidget* parent, const QString& title, const QString& text, Answered answered,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // What a form dialog's reject() does when it holds typed changes: with `unsavedChanges`, asks
    // `question` (Discard / Cancel, Cancel the default) and calls `close` (the dialog's own
    // QDialog::reject) only on Discard; without, closes at once. At a lock it closes at once
    // too: nothing is asked of a user who is away.
    static void closeAfterAskingToDiscard(
        QDialog* dialog, bool unsavedChanges, const QString& question, std::function<void()> close);

private:
    static QMessageBox* show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton, Answered answered);
};

} // namespace advicehub::ui
