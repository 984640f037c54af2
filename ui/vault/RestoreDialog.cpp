#include "vault/RestoreDialog.h"
#include "common/BusyBar.h"
#include "common/FormRow.h"
#include "common/InlineError.h"

#include "common/FileDialogs.h"
#include "vault/PassphraseField.h"
#include "vault/VaultBackup.h"
#include "vault/VaultTask.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

namespace {

QHBoxLayout* withBrowseButton(QLineEdit* edit, QPushButton* browse)
{
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

} // namespace

RestoreDialog::RestoreDialog(const QString& suggestedBackup, const QString& suggestedNewVault, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore Vault from Backup"));

    m_backup = new QLineEdit(suggestedBackup, this);
    m_backup->setObjectName(QStringLiteral("restoreBackupPathEdit"));
    auto* browseBackup = new QPushButton(tr("B&rowse…"), this);
    browseBackup->setObjectName(QStringLiteral("restoreBackupBrowseButton"));
    m_passphrase = new PassphraseField(this);
    m_passphrase->setObjectName(QStringLiteral("restorePassphraseEdit"));
    m_newVault = new QLineEdit(suggestedNewVault, this);
    m_newVault->setObjectName(QStringLiteral("restoreNewVaultPathEdit"));
    auto* browseNew = new QPushButton(tr("Br&owse…"), this);
    browseNew->setObjectName(QStringLiteral("restoreNewVaultBrowseButton"));

    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("restoreErrorLabel"));
    m_progress = new BusyBar(this);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));

    auto* note = new QLabel(tr("The backup is checked, then copied into a new vault file; the backup itself is "
                               "not changed. The restored vault opens with the backup's passphrase."),
        this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    addRowWithBuddy(form, tr("&Backup file:"), withBrowseButton(m_backup, browseBackup), m_backup);
    form->addRow(tr("Backup's &passphrase:"), m_passphrase);
    addRowWithBuddy(form, tr("&New vault file:"), withBrowseButton(m_newVault, browseNew), m_newVault);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(browseBackup, &QPushButton::clicked, this, [this] {
        FileDialogs::openFile(this, tr("Backup File"), m_backup->text(), tr("Advice Hub vaults (*.ahv);;All files (*)"),
            [this](const QString& chosen) { m_backup->setText(chosen); });
    });
    connect(browseNew, &QPushButton::clicked, this, [this] {
        FileDialogs::saveFile(this, tr("New Vault File"), m_newVault->text(), tr("Advice Hub vaults (*.ahv)"),
            QStringLiteral("ahv"), [this](const QString& chosen, const QString&) { m_newVault->setText(chosen); });
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    for (QLineEdit* field : { m_backup, static_cast<QLineEdit*>(m_passphrase), m_newVault })
        connect(field, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

void RestoreDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_task && !m_backup->text().trimmed().isEmpty() && !m_passphrase->text().isEmpty()
            && !m_newVault->text().trimmed().isEmpty());
}

void RestoreDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

void RestoreDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    for (QWidget* widget :
        { static_cast<QWidget*>(m_backup), static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_newVault) })
        widget->setEnabled(!busy);
    if (busy)
        m_error->clearMessage();
    updateState();
}

void RestoreDialog::accept()
{
    if (m_task)
        return;
    const QString backup = QFileInfo(m_backup->text().trimmed()).absoluteFilePath();
    const QString newVault = QFileInfo(m_newVault->text().trimmed()).absoluteFilePath();
    if (QFileInfo::exists(newVault) || QFileInfo(newVault).isSymLink()) {
        showError(tr("A file already exists at the new vault's location; a restore never replaces a file. "
                     "Choose a new name."));
        return;
    }
    auto secret = std::make_shared<crypto::SecureBuffer>(m_passphrase->takePassphrase());
    m_task = VaultTask::run(this, [backup, newVault, secret]() -> VaultTask::Outcome {
        VaultTask::Outcome outcome = restoreVault(backup, *secret, newVault);
        secret->clear();
        return outcome;
    });
    setBusy(true);
    connect(m_task, &VaultTask::finished, this, &RestoreDialog::finishRestore);
}

void RestoreDialog::finishRestore()
{
    VaultTask::Outcome outcome = m_task->takeOutcome();
    m_task->deleteLater();
    m_task = nullptr;
    setBusy(false);
    if (!outcome) {
        showError(outcome.error().message);
        m_passphrase->setFocus();
        return;
    }
    m_vault = std::move(outcome).value();
    QDialog::accept();
}

void RestoreDialog::done(int result)
{
    // Closed while restoring (e.g. by a lock): the restored file is finished on the worker and
    // closed there; nothing calls back into a closed dialog.
    if (m_task)
        m_task->disconnect(this);
    QDialog::done(result);
}

} // namespace advicehub::ui
