#include "common/InlineError.h"

namespace advicehub::ui {

InlineError::InlineError(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The same red as the unlock and passphrase errors.
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setVisible(false);
}

void InlineError::showMessage(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void InlineError::clearMessage()
{
    clear();
    setVisible(false);
}

} // namespace advicehub::ui
