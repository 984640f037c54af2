#pragma once

#include "vault/Vault.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace advicehub::ui {

class BusyBar;
class InlineError;

class PassphraseField;
class VaultTask;

// The unlock screen: the vault's name, a passphrase field and the reason of the last failure,
// shown inline. Opening runs on a worker thread; the field is cleared as soon as it is read.
class UnlockWidget : public QWidget {
    Q_OBJECT
public:
    // From this many wrong passphrases in a row, the message mentions a damaged file.
    static constexpr int RepeatedFailures = 3;

    explicit UnlockWidget(QWidget* parent = nullptr);

    void setVaultPath(const QString& path);
    const QString& vaultPath() const { return m_path; }
    // An extra line under the title (e.g. the demo vault's passphrase).
    void setHint(const QString& hint);
    // What the user must know about the last lock (never case content); empty: none.
    void setNotice(const QString& notice);
    QString notice() const;
    void focusPassphrase();
    bool isBusy() const;

    // After unlocked(): the open vault. Can be taken once.
    std::unique_ptr<Vault> takeVault() { return std::move(m_vault); }

Q_SIGNALS:
    void unlocked();
    void openOtherRequested();
    void createRequested();

private:
    void unlock();
    void finishUnlock();
    void showError(const QString& message);
    void setBusy(bool busy);

    QString m_path;
    // Wrong passphrases in a row for m_path: from the third, the message adds that the file may
    // be damaged (saying it every time would alarm on a mere typing error).
    int m_wrongAttempts = 0;
    QLabel* m_title;
    QLabel* m_pathLabel;
    QLabel* m_hint;
    InlineError* m_notice;
    PassphraseField* m_passphrase;
    QPushButton* m_unlockButton;
    InlineError* m_error;
    BusyBar* m_progress;
    QPushButton* m_openOther;
    QPushButton* m_create;
    QPointer<VaultTask> m_task;
    std::unique_ptr<Vault> m_vault;
};

} // namespace advicehub::ui
