#pragma once

#include "crypto/SecureBuffer.h"

#include <QLineEdit>

namespace advicehub::ui {

// A passphrase entry: hidden characters (with a show/hide toggle), no input-method prediction,
// no copy or drag out, and a way to take its content into secure memory and clear it at once.
class PassphraseField : public QLineEdit {
    Q_OBJECT
public:
    explicit PassphraseField(QWidget* parent = nullptr);

    // The passphrase in secure memory; the field is cleared.
    crypto::SecureBuffer takePassphrase();
    void setRevealed(bool revealed);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QAction* m_toggle;
};

} // namespace advicehub::ui
