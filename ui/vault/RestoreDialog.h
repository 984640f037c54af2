#pragma once

#include "vault/Vault.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace advicehub::ui {

class BusyBar;
class InlineError;

class PassphraseField;
class VaultTask;

// Vault ▸ Restore: a backup file, its passphrase and where the restored vault should go (a new
// file: a restore never replaces one, so never the open vault). The backup is checked and
// copied on a worker thread; once accepted, takeVault() hands over the restored vault, open.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const QString& suggestedBackup, const QString& suggestedNewVault, QWidget* parent = nullptr);

    void accept() override;
    void done(int result) override;
    // After acceptance: the restored vault. Can be taken once.
    std::unique_ptr<Vault> takeVault() { return std::move(m_vault); }

private:
    void updateState();
    void showError(const QString& message);
    void setBusy(bool busy);
    void finishRestore();

    QLineEdit* m_backup;
    PassphraseField* m_passphrase;
    QLineEdit* m_newVault;
    InlineError* m_error;
    BusyBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPointer<VaultTask> m_task;
    std::unique_ptr<Vault> m_vault;
};

} // namespace advicehub::ui
