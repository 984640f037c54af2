#pragma once

#include "crypto/SecureBuffer.h"

#include <QLineEdit>

namespace advicehub::ui {

// A passphrase entry: hidden characters (with a show/hide toggle), no input-method prediction,
// no copy, cut or drag out (not even revealed, not even to the X11 selection), no undo or redo,
// and a way to take its content into secure memory. Emptying the field overwrites the
// characters it holds and drops the undo history: QLineEdit::clear() keeps every removed
// character there, for Ctrl+Z to bring back once the field is revealed.
class PassphraseField : public QLineEdit {
    Q_OBJECT
public:
    explicit PassphraseField(QWidget* parent = nullptr);

    // The passphrase in secure memory; the field is wiped.
    crypto::SecureBuffer takePassphrase();
    void setRevealed(bool revealed);

public Q_SLOTS:
    // Overwrites the characters in the field's buffer, empties it without an undo history and
    // hides it again. Hides QLineEdit::clear() on purpose, so that every call through a
    // PassphraseField wipes.
    void wipe();
    void clear() { wipe(); }

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void applyInputHints();

    QAction* m_toggle;
};

} // namespace advicehub::ui
