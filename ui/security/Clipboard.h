#pragma once

#include "common/Clock.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace advicehub::ui {

// Copies contact data and text for the user the way password managers do: the data carries
// x-kde-passwordManagerHint = "secret", so clipboard managers (Klipper, and those that follow
// the convention) keep no history of it, and it is cleared after 30 seconds and when the vault
// locks -- but only while the clipboard still holds what Advice Hub put there, never something
// the user copied since. Only a salted digest of the copied text is remembered. Time comes
// from a Clock; tests move a ManualClock and call check().
class Clipboard : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 DefaultClearAfterMs = 30 * 1000;

    explicit Clipboard(const Clock& clock, QObject* parent = nullptr);

    void copy(const QString& text);
    // True while the system clipboard holds the last text copied through this object.
    bool holdsOurs() const;
    // Clears the clipboard if it still holds our copy (on lock and exit).
    void clearIfOurs();
    // Clears once the time is up; the timer calls it, tests call it after moving their clock.
    void check();
    void setClearAfterMs(qint64 ms) { m_clearAfterMs = ms; }
    qint64 clearAfterMs() const { return m_clearAfterMs; }

private:
    QByteArray fingerprint(const QString& text) const;
    void forget();

    const Clock& m_clock;
    QTimer m_timer;
    QByteArray m_salt;
    QByteArray m_copied; // fingerprint of our last copy; empty when nothing is ours
    qint64 m_copiedAtMs = 0;
    qint64 m_clearAfterMs = DefaultClearAfterMs;
};

} // namespace advicehub::ui
