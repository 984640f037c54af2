#include "vault/PassphraseField.h"

#include "common/Icons.h"

#include <QAction>
#include <QContextMenuEvent>

namespace advicehub::ui {

PassphraseField::PassphraseField(QWidget* parent) : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    setDragEnabled(false);
    setAttribute(Qt::WA_MacShowFocusRect, true);
    m_toggle = addAction(Icons::get(Icons::Reveal), QLineEdit::TrailingPosition);
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show the passphrase"));
    m_toggle->setObjectName(QStringLiteral("revealPassphraseAction"));
    connect(m_toggle, &QAction::toggled, this, &PassphraseField::setRevealed);
}

void PassphraseField::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->setToolTip(revealed ? tr("Hide the passphrase") : tr("Show the passphrase"));
    if (m_toggle->isChecked() != revealed)
        m_toggle->setChecked(revealed);
}

crypto::SecureBuffer PassphraseField::takePassphrase()
{
    QString value = text();
    crypto::SecureBuffer passphrase = crypto::SecureBuffer::fromPassphrase(value);
    crypto::wipe(value);
    // setText() also drops the undo history; clear() would keep every typed character there,
    // for Ctrl+Z to bring back once the field is revealed.
    setText(QString());
    setRevealed(false);
    return passphrase;
}

void PassphraseField::contextMenuEvent(QContextMenuEvent* event)
{
    // No Copy / Cut / Paste-from-history menu on a passphrase.
    event->accept();
}

} // namespace advicehub::ui
