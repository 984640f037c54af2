#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace advicehub {
class Vault;
}

namespace advicehub::ui {

class BusyBar;
class InlineError;
struct BackupJob;

class PassphraseField;
class StrengthMeter;

// Vault ▸ Back Up: where to, the vault's passphrase (a backup hands over the whole vault, so
// an unlocked window alone is not enough) and, if wanted, another passphrase for the backup.
// The key derivations and the verification run on worker threads; the export itself runs on
// the GUI thread, which owns the vault's connection (well under a second for a 50 MB vault).
// Closing the dialog (e.g. by a lock, which then closes the vault) stops every call back into
// it: a backup not yet exported is abandoned, one being verified is finished or removed.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(Vault& vault, const QString& suggestedPath, QWidget* parent = nullptr);

    void accept() override;
    void done(int result) override;
    // After acceptance: where the verified backup is.
    QString backupPath() const;
    // `folder` (the default backups folder) is made, for its owner alone, only when the backup
    // is written into it: cancelling the dialog leaves nothing behind.
    void makeFolderWhenNeeded(const QString& folder);

private:
    // After the checks (and the user's answer about an existing file): derives, writes, verifies.
    void start(const std::shared_ptr<BackupJob>& job);
    void updateState();
    void showError(const QString& message);
    void setBusy(bool busy);
    void fail(const QString& message);
    // Runs `work` on a worker thread, then `then` on this dialog's thread unless it was closed.
    void runOnWorker(std::function<void()> work, std::function<void()> then);

    Vault& m_vault;
    QLineEdit* m_path;
    PassphraseField* m_current;
    QCheckBox* m_useOther;
    PassphraseField* m_other;
    PassphraseField* m_confirmation;
    StrengthMeter* m_meter;
    InlineError* m_error;
    BusyBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPointer<QObject> m_watcher;
    bool m_busy = false;
    QString m_written;
    QString m_folderToMake;
};

} // namespace advicehub::ui
