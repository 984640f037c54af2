#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace advicehub {
class Vault;
}

namespace advicehub::ui {

class BusyBar;
class InlineError;

class PassphraseField;
class StrengthMeter;

// Vault ▸ Change Passphrase: the current passphrase, the new one twice. The key derivations run
// on a worker thread; the rekey itself on the GUI thread, which owns the vault.
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT
public:
    ChangePassphraseDialog(Vault& vault, QWidget* parent = nullptr);

    void accept() override;
    // A lock closes the dialog and then destroys the vault: a key derivation finishing after
    // that must not call back into it.
    void done(int result) override;

private:
    void updateState();
    void showError(const QString& message);

    Vault& m_vault;
    PassphraseField* m_current;
    PassphraseField* m_next;
    PassphraseField* m_confirmation;
    StrengthMeter* m_meter;
    InlineError* m_error;
    BusyBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPointer<QObject> m_watcher;
    bool m_busy = false;
};

} // namespace advicehub::ui
