#pragma once

#include "vault/Vault.h"

#include <QPointer>
#include <QWizard>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace advicehub::ui {

class BusyBar;
class InlineError;

class PassphraseField;
class StrengthMeter;
class VaultTask;

// First start (or Vault ▸ New Vault): where the vault goes, its passphrase typed twice with a
// strength meter, then the vault is created on a worker thread. The new vault stays open.
class CreateVaultWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { LocationPage, PassphrasePage, SummaryPage };

    explicit CreateVaultWizard(const QString& suggestedPath, QWidget* parent = nullptr);
    ~CreateVaultWizard() override;

    QString vaultPath() const;
    // After the wizard was accepted: the newly created, open vault.
    std::unique_ptr<Vault> takeVault() { return std::move(m_vault); }

    void accept() override;
    void reject() override;

private:
    void finishCreation();

    QLineEdit* m_pathEdit;
    PassphraseField* m_passphrase;
    PassphraseField* m_confirmation;
    StrengthMeter* m_meter;
    QLabel* m_summary;
    InlineError* m_error;
    BusyBar* m_progress;
    QPointer<VaultTask> m_task;
    std::unique_ptr<Vault> m_vault;
};

} // namespace advicehub::ui
