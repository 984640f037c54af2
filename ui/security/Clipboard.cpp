#include "security/Clipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>

#include <algorithm>

namespace advicehub::ui {

namespace {

// The convention of KDE's clipboard (Klipper) and of password managers: "secret" content is
// not added to the clipboard history.
const QString kPasswordManagerHint = QStringLiteral("x-kde-passwordManagerHint");

} // namespace

Clipboard::Clipboard(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Clipboard::check);
    m_salt.resize(16);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_salt.data()), m_salt.size() / 4);
}

QByteArray Clipboard::fingerprint(const QString& text) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(text.toUtf8());
    return hash.result();
}

void Clipboard::copy(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
    data->setData(kPasswordManagerHint, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data, QClipboard::Clipboard);
    m_copied = fingerprint(text);
    m_copiedAtMs = m_clock.monotonicMs();
    m_timer.start(static_cast<int>(std::clamp<qint64>(m_clearAfterMs, 0, 60 * 60 * 1000)));
}

bool Clipboard::holdsOurs() const
{
    if (m_copied.isEmpty())
        return false;
    const QMimeData* data = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return data && data->hasText() && fingerprint(data->text()) == m_copied;
}

void Clipboard::clearIfOurs()
{
    if (holdsOurs())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    forget();
}

void Clipboard::check()
{
    if (m_copied.isEmpty())
        return;
    const qint64 elapsed = m_clock.monotonicMs() - m_copiedAtMs;
    if (elapsed < m_clearAfterMs) {
        m_timer.start(static_cast<int>(std::clamp<qint64>(m_clearAfterMs - elapsed, 0, 60 * 60 * 1000)));
        return;
    }
    clearIfOurs();
}

void Clipboard::forget()
{
    m_copied.clear();
    m_timer.stop();
}

} // namespace advicehub::ui
