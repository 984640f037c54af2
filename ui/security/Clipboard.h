#pragma once

#include "common/Clock.h"

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QTimer>

#include <array>

class QMimeData;

namespace advicehub::ui {

// The application's clipboard, concealed the way password managers conceal theirs. It watches
// the system clipboard and the X11 primary selection for everything this process puts there --
// Ctrl+C and the context menu's Copy in any label, text field, text box or table, and the text a
// selection publishes -- and re-publishes it at once with x-kde-passwordManagerHint = "secret",
// so that clipboard managers (Klipper, and those that follow the convention) keep no history of
// it. What it holds is cleared after 30 seconds, when the vault locks and when the application
// quits -- but only while it is still what Advice Hub put there, never what the user copied in
// another program since. Line edits marked as holding sensitive input (Qt::ImhSensitiveData: the
// passphrase fields) publish nothing: what they put there is removed at once.
//
// Only a salted digest of the copied data is remembered. Time comes from a Clock; tests move a
// ManualClock and call check().
class Clipboard : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 DefaultClearAfterMs = 30 * 1000;

    // Watches QGuiApplication::clipboard() from now on; one per application.
    explicit Clipboard(const Clock& clock, QObject* parent = nullptr);
    // Clears what is still ours, so that Qt hands nothing to a clipboard manager at exit.
    ~Clipboard() override;
    Clipboard(const Clipboard&) = delete;
    Clipboard& operator=(const Clipboard&) = delete;

    // Puts text on the clipboard (or the selection), concealed.
    void copy(const QString& text, QClipboard::Mode mode = QClipboard::Clipboard);
    // True while that clipboard holds the last data this process put there.
    bool holdsOurs(QClipboard::Mode mode = QClipboard::Clipboard) const;
    // Clears the clipboard and the selection where they still hold our data (on lock and exit).
    void clearIfOurs();
    // Clears what has been there for the time set; the timer calls it, tests call it after
    // moving their clock.
    void check();
    void setClearAfterMs(qint64 ms) { m_clearAfterMs = ms; }
    qint64 clearAfterMs() const { return m_clearAfterMs; }

private:
    struct Held {
        QByteArray fingerprint; // of our last data; empty when nothing is ours
        qint64 sinceMs = 0;
    };
    static constexpr std::size_t kModes = 2; // QClipboard::Clipboard, QClipboard::Selection

    void changed(QClipboard::Mode mode);
    void publish(QMimeData* data, QClipboard::Mode mode);
    void clearIfOurs(QClipboard::Mode mode);
    bool setHere(QClipboard::Mode mode) const;
    QByteArray fingerprint(const QMimeData& data) const;
    void scheduleCheck();

    const Clock& m_clock;
    QTimer m_timer;
    QByteArray m_salt;
    std::array<Held, kModes> m_held;
    qint64 m_clearAfterMs = DefaultClearAfterMs;
    bool m_publishing = false;
};

} // namespace advicehub::ui
