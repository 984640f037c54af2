#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace advicehub::ui {

// A long piece of work on the open vault that runs on the GUI thread inside one transaction
// (CSV import, export): a window-modal progress dialog with a Cancel button, shown once the
// work takes longer than half a second, and kept responsive by processing events from the
// work's progress callback.
//
// Because events are processed, a lock request (auto-lock, screen lock, the window closing)
// can arrive while the transaction is open. Locking would close the database under the work,
// so lock requests wait: MainWindow asks LongOperation::running() and, when it is true, locks
// once the last operation has ended (LongOperations::idle, received queued: the code that ran
// the operation finishes first).
class LongOperation {
public:
    LongOperation(QWidget* parent, const QString& title, const QString& label);
    ~LongOperation();
    LongOperation(const LongOperation&) = delete;
    LongOperation& operator=(const LongOperation&) = delete;

    // Reports progress (`total` 0: unknown) and lets the application breathe. Returns false
    // once the user has cancelled.
    bool update(qint64 done, qint64 total);
    void setLabel(const QString& label);
    bool wasCancelled() const;

    static bool running();
    // Cancels every running operation (they roll back at their next progress report): before
    // the system sleeps, the vault must lock, not wait.
    static void cancelAll();

private:
    QPointer<QProgressDialog> m_dialog;
    QElapsedTimer m_sinceEvents;
    bool m_cancelled = false;
};

// Announces the end of the last running LongOperation.
class LongOperations : public QObject {
    Q_OBJECT
public:
    static LongOperations* instance();

Q_SIGNALS:
    void idle();

private:
    using QObject::QObject;
};

} // namespace advicehub::ui
