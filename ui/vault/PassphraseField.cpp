#include "vault/PassphraseField.h"

#include "common/Icons.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>

namespace advicehub::ui {

PassphraseField::PassphraseField(QWidget* parent) : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    applyInputHints();
    setDragEnabled(false);
    setAttribute(Qt::WA_MacShowFocusRect, true);
    m_toggle = addAction(Icons::get(Icons::Reveal), QLineEdit::TrailingPosition);
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show the passphrase"));
    m_toggle->setObjectName(QStringLiteral("revealPassphraseAction"));
    connect(m_toggle, &QAction::toggled, this, &PassphraseField::setRevealed);
}

void PassphraseField::applyInputHints()
{
    // Also while revealed (QLineEdit drops them in Normal echo mode): no prediction or learning
    // by the input method, and the application's clipboard refuses what a sensitive field sets.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
}

void PassphraseField::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    applyInputHints();
    m_toggle->setToolTip(revealed ? tr("Hide the passphrase") : tr("Show the passphrase"));
    if (m_toggle->isChecked() != revealed)
        m_toggle->setChecked(revealed);
}

crypto::SecureBuffer PassphraseField::takePassphrase()
{
    crypto::SecureBuffer passphrase = crypto::SecureBuffer::fromPassphrase(text());
    wipe();
    return passphrase;
}

void PassphraseField::wipe()
{
    // text() shares the line edit's own buffer: wiping it overwrites the characters the field
    // holds. setText() then replaces them and drops the undo history.
    QString held = text();
    crypto::wipe(held);
    setText(QString());
    setRevealed(false);
}

void PassphraseField::contextMenuEvent(QContextMenuEvent* event)
{
    // No Copy / Cut / Undo / Paste-from-history menu on a passphrase.
    event->accept();
}

void PassphraseField::keyPressEvent(QKeyEvent* event)
{
    // Undo would bring back characters deleted or replaced (revealed, QLineEdit undoes every
    // step); copy and cut would put the passphrase on the clipboard once it is revealed.
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo) || event->matches(QKeySequence::Copy)
        || event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace advicehub::ui
