#include "security/Clipboard.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QMimeData>
#include <QRandomGenerator>
#include <QScopedValueRollback>
#include <QWidget>

#include <algorithm>

namespace advicehub::ui {

namespace {

// The convention of KDE's clipboard (Klipper) and of password managers: "secret" content is
// not added to the clipboard history.
const QString kPasswordManagerHint = QStringLiteral("x-kde-passwordManagerHint");

constexpr qint64 kLongestTimerMs = 60 * 60 * 1000;

std::size_t slot(QClipboard::Mode mode)
{
    return mode == QClipboard::Selection ? 1 : 0;
}

bool watched(QClipboard::Mode mode)
{
    return mode == QClipboard::Clipboard || mode == QClipboard::Selection;
}

// A passphrase field (even revealed) publishes nothing, not even to the X11 selection: data that
// is the selection of the focused sensitive line edit came from it. (Anything else copied while
// it has the focus -- the vault's path on the unlock screen -- is copied as usual.)
bool fromSensitiveInput(const QMimeData& data)
{
    const auto* edit = qobject_cast<const QLineEdit*>(QApplication::focusWidget());
    return edit && edit->inputMethodHints().testFlag(Qt::ImhSensitiveData) && edit->hasSelectedText()
        && data.text() == edit->selectedText();
}

} // namespace

Clipboard::Clipboard(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Clipboard::check);
    m_salt.resize(16);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_salt.data()), m_salt.size() / 4);
    // Direct: the data is concealed inside the widget's own setMimeData() call, before any
    // event is processed, so no other program can read it untagged in between.
    connect(QGuiApplication::clipboard(), &QClipboard::changed, this, &Clipboard::changed, Qt::DirectConnection);
}

Clipboard::~Clipboard()
{
    if (QCoreApplication::instance())
        clearIfOurs();
}

bool Clipboard::setHere(QClipboard::Mode mode) const
{
    const QClipboard* clipboard = QGuiApplication::clipboard();
    if (mode == QClipboard::Selection ? clipboard->ownsSelection() : clipboard->ownsClipboard())
        return true;
    // The clipboard of the offscreen and minimal platforms is Qt's own, inside this process:
    // it reports no owner, and nothing outside the process can have set it.
    const QString platform = QGuiApplication::platformName();
    return platform == QLatin1String("offscreen") || platform == QLatin1String("minimal");
}

QByteArray Clipboard::fingerprint(const QMimeData& data) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    QStringList formats = data.formats();
    formats.removeAll(kPasswordManagerHint);
    formats.sort();
    for (const QString& format : std::as_const(formats)) {
        const QByteArray bytes = data.data(format);
        hash.addData(format.toUtf8());
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(bytes);
    }
    return hash.result();
}

void Clipboard::changed(QClipboard::Mode mode)
{
    if (m_publishing || !watched(mode))
        return;
    Held& held = m_held[slot(mode)];
    held = {}; // whatever it holds now is not what we put there before
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!setHere(mode)) {
        scheduleCheck(); // another program's: never read, never touched
        return;
    }
    const QMimeData* data = clipboard->mimeData(mode);
    if (!data || data->formats().isEmpty()) {
        scheduleCheck();
        return;
    }
    if (fromSensitiveInput(*data)) {
        const QScopedValueRollback guard(m_publishing, true);
        clipboard->clear(mode);
        scheduleCheck();
        return;
    }
    if (data->data(kPasswordManagerHint) == "secret") {
        // Concealed already (by another part of this process): only counted, for the timeout
        // and the lock.
        held = { fingerprint(*data), m_clock.monotonicMs() };
        scheduleCheck();
        return;
    }
    // A copy of every format the widget offered (plain text, HTML, ...), tagged. The widget's
    // own QMimeData is deleted by the clipboard when ours replaces it.
    auto* concealed = new QMimeData;
    for (const QString& format : data->formats()) {
        if (format != kPasswordManagerHint)
            concealed->setData(format, data->data(format));
    }
    publish(concealed, mode);
}

void Clipboard::publish(QMimeData* data, QClipboard::Mode mode)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!watched(mode) || (mode == QClipboard::Selection && !clipboard->supportsSelection())) {
        delete data;
        return;
    }
    data->setData(kPasswordManagerHint, QByteArrayLiteral("secret"));
    const QByteArray print = fingerprint(*data);
    {
        const QScopedValueRollback guard(m_publishing, true);
        clipboard->setMimeData(data, mode); // the clipboard owns it now
    }
    m_held[slot(mode)] = { print, m_clock.monotonicMs() };
    scheduleCheck();
}

void Clipboard::copy(const QString& text, QClipboard::Mode mode)
{
    auto* data = new QMimeData;
    data->setText(text);
    publish(data, mode);
}

bool Clipboard::holdsOurs(QClipboard::Mode mode) const
{
    if (!watched(mode))
        return false;
    const Held& held = m_held[slot(mode)];
    if (held.fingerprint.isEmpty() || !setHere(mode))
        return false;
    const QMimeData* data = QGuiApplication::clipboard()->mimeData(mode);
    return data && fingerprint(*data) == held.fingerprint;
}

void Clipboard::clearIfOurs(QClipboard::Mode mode)
{
    if (holdsOurs(mode)) {
        const QScopedValueRollback guard(m_publishing, true);
        QGuiApplication::clipboard()->clear(mode);
    }
    m_held[slot(mode)] = {};
}

void Clipboard::clearIfOurs()
{
    clearIfOurs(QClipboard::Clipboard);
    clearIfOurs(QClipboard::Selection);
    scheduleCheck();
}

void Clipboard::check()
{
    const qint64 now = m_clock.monotonicMs();
    for (QClipboard::Mode mode : { QClipboard::Clipboard, QClipboard::Selection }) {
        const Held& held = m_held[slot(mode)];
        if (!held.fingerprint.isEmpty() && now - held.sinceMs >= m_clearAfterMs)
            clearIfOurs(mode);
    }
    scheduleCheck();
}

void Clipboard::scheduleCheck()
{
    const qint64 now = m_clock.monotonicMs();
    qint64 next = -1;
    for (const Held& held : m_held) {
        if (held.fingerprint.isEmpty())
            continue;
        const qint64 left = std::max<qint64>(0, held.sinceMs + m_clearAfterMs - now);
        next = next < 0 ? left : std::min(next, left);
    }
    if (next < 0)
        m_timer.stop();
    else
        m_timer.start(static_cast<int>(std::min(next, kLongestTimerMs)));
}

} // namespace advicehub::ui
