#pragma once

#include <QtGlobal>

#include <functional>

class QObject;

namespace advicehub::ui {

// Advice Hub never waits for the user in a nested event loop (QDialog::exec()): every message
// box and file chooser is shown window-modal and returns at once, and what depends on the
// answer runs later as a continuation. A lock — which may come at any moment: idle time, the
// screen locking, Ctrl+L — then never destroys an object that a waiting exec() still uses, and
// code written after a question never resumes against a vault the lock has closed.
//
// A continuation runs from the event loop (never inside the dialog's own done(), which a lock
// may be about to destroy), only while its context object lives, and never once a lock has
// happened since it was armed: the lock invalidates every armed continuation before it closes
// anything, so an answer given just before the lock, or a chooser the lock closes, does nothing.
class Continuation {
public:
    // The current lock epoch; take it when a box or chooser opens.
    static quint64 epoch();
    // Runs `work` from the event loop, unless `context` has been destroyed by then or a lock has
    // happened since `armedAt`. A null context means qApp.
    static void post(QObject* context, quint64 armedAt, std::function<void()> work);

    // The lock, while it closes every window: no continuation armed before it ever runs, and
    // closingForLock() tells dialogs that they are closed by a lock (they ask nothing then).
    class LockScope {
    public:
        LockScope();
        ~LockScope();
        LockScope(const LockScope&) = delete;
        LockScope& operator=(const LockScope&) = delete;
    };
    static bool closingForLock();
};

} // namespace advicehub::ui
