#include "vault/BackupDialog.h"
#include "common/BusyBar.h"
#include "common/FormRow.h"
#include "common/InlineError.h"

#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "vault/PassphraseField.h"
#include "vault/StrengthMeter.h"
#include "vault/Vault.h"
#include "vault/VaultBackup.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace advicehub::ui {

// What the worker threads and the GUI thread hand to each other. Shared, so that it outlives
// a dialog closed while a worker still runs.
struct BackupJob {
    QString target;
    BackupOptions options;
    std::shared_ptr<const Vault::PassphraseChangeBasis> basis;
    crypto::SecureBuffer current;
    std::optional<crypto::SecureBuffer> other;
    std::optional<Result<BackupKey>> key;
    std::optional<PendingBackup> pending;
    Status committed;
};

BackupDialog::BackupDialog(Vault& vault, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back Up Vault"));

    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(QStringLiteral("backupPathEdit"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("backupBrowseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_current = new PassphraseField(this);
    m_current->setObjectName(QStringLiteral("backupCurrentPassphraseEdit"));
    m_useOther = new QCheckBox(tr("Protect the backup with a &different passphrase"), this);
    m_useOther->setObjectName(QStringLiteral("backupOtherPassphraseCheck"));
    m_other = new PassphraseField(this);
    m_other->setObjectName(QStringLiteral("backupNewPassphraseEdit"));
    m_confirmation = new PassphraseField(this);
    m_confirmation->setObjectName(QStringLiteral("backupConfirmPassphraseEdit"));
    m_meter = new StrengthMeter(this);

    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("backupErrorLabel"));
    m_progress = new BusyBar(this);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Back Up"));

    auto* note = new QLabel(tr("The backup is a second encrypted vault file. It is checked after writing and only "
                               "then put in place; it opens with the vault's passphrase unless you choose another."),
        this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    addRowWithBuddy(form, tr("Backup &file:"), pathRow, m_path);
    form->addRow(tr("Vault's &passphrase:"), m_current);
    form->addRow(m_useOther);
    form->addRow(tr("&Backup passphrase:"), m_other);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat it:"), m_confirmation);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        FileDialogs::saveFile(this, tr("Backup File"), m_path->text(), tr("Advice Hub vaults (*.ahv)"),
            QStringLiteral("ahv"), [this](const QString& chosen, const QString&) { m_path->setText(chosen); });
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(m_useOther, &QCheckBox::toggled, this, &BackupDialog::updateState);
    connect(m_other, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_meter->evaluate(text);
        updateState();
    });
    for (QLineEdit* field : { static_cast<QLineEdit*>(m_current), static_cast<QLineEdit*>(m_confirmation), m_path })
        connect(field, &QLineEdit::textChanged, this, &BackupDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

QString BackupDialog::backupPath() const
{
    return m_written;
}

void BackupDialog::makeFolderWhenNeeded(const QString& folder)
{
    m_folderToMake = QFileInfo(folder).absoluteFilePath();
}

void BackupDialog::updateState()
{
    const bool other = m_useOther->isChecked();
    for (QWidget* widget :
        { static_cast<QWidget*>(m_other), static_cast<QWidget*>(m_confirmation), static_cast<QWidget*>(m_meter) })
        widget->setEnabled(other && !m_busy);
    const bool otherReady = !other || (m_meter->strength().acceptable && m_other->text() == m_confirmation->text());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_path->text().trimmed().isEmpty() && !m_current->text().isEmpty() && otherReady);
    if (other && !m_confirmation->text().isEmpty() && m_other->text() != m_confirmation->text())
        showError(tr("The two backup passphrases are not the same."));
    else if (!m_busy)
        m_error->clearMessage();
}

void BackupDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

void BackupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_path->setEnabled(!busy);
    m_current->setEnabled(!busy);
    m_useOther->setEnabled(!busy);
    updateState();
}

void BackupDialog::accept()
{
    if (m_busy)
        return;
    auto job = std::make_shared<BackupJob>();
    job->target = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    if (!m_folderToMake.isEmpty() && QFileInfo(job->target).absolutePath() == m_folderToMake) {
        if (const Status made = ensureBackupFolder(m_folderToMake); !made) {
            showError(made.error().message);
            return;
        }
    }
    if (QFileInfo(job->target).exists()) {
        if (QFileInfo(job->target).absoluteFilePath() == QFileInfo(m_vault.path()).absoluteFilePath()) {
            showError(tr("Choose another file: a backup cannot replace the vault itself."));
            return;
        }
        // The answer comes back only while this dialog is open and the vault has not locked.
        MessageBox::question(this, tr("Back Up Vault"),
            tr("%1 already exists. Replace it with the new backup once that is verified?")
                .arg(QDir::toNativeSeparators(job->target)),
            [this, job](QMessageBox::StandardButton answer) {
                if (answer != QMessageBox::Yes || m_busy || !isVisible())
                    return;
                job->options.replaceExisting = true;
                start(job);
            });
        return;
    }
    start(job);
}

void BackupDialog::start(const std::shared_ptr<BackupJob>& job)
{
    setBusy(true);
    job->basis = m_vault.passphraseChangeBasis();
    job->current = m_current->takePassphrase();
    if (m_useOther->isChecked())
        job->other = m_other->takePassphrase();
    m_confirmation->clear();

    // 1. The key derivations (about a second), on a copy of what they need.
    runOnWorker(
        [job] {
            job->key.emplace(prepareBackupKey(*job->basis, job->current, job->other ? &*job->other : nullptr));
            job->current.clear();
            job->other.reset();
        },
        [this, job] {
            if (!job->key->ok()) {
                fail(job->key->error().message);
                return;
            }
            // 2. The export, here: this thread owns the vault's connection.
            QApplication::setOverrideCursor(Qt::BusyCursor);
            Result<PendingBackup> pending
                = writeBackup(m_vault, job->target, std::move(*job->key).value(), job->options);
            QApplication::restoreOverrideCursor();
            if (!pending) {
                fail(pending.error().message);
                return;
            }
            job->pending.emplace(std::move(pending).value());
            // 3. Verification and renaming touch only the new file.
            runOnWorker(
                [job] {
                    job->committed = job->pending->commit();
                    job->pending.reset();
                },
                [this, job] {
                    if (!job->committed) {
                        fail(job->committed.error().message);
                        return;
                    }
                    m_written = job->target;
                    setBusy(false);
                    QDialog::accept();
                });
        });
}

void BackupDialog::fail(const QString& message)
{
    setBusy(false);
    showError(message);
    m_current->setFocus();
}

void BackupDialog::runOnWorker(std::function<void()> work, std::function<void()> then)
{
    auto* watcher = new QFutureWatcher<void>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<void>::finished, this, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void BackupDialog::done(int result)
{
    // A lock closes the dialog and then the vault: nothing still running may call back into it.
    if (m_watcher)
        m_watcher->disconnect(this);
    QDialog::done(result);
}

} // namespace advicehub::ui
