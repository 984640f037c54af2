#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace advicehub::ui {

// The application's preferences, stored with QSettings (plain INI in ~/.config). By rule it
// holds UI preferences only: never case data, adviser names or anything read from a vault.
// The paths it keeps are the last vault's, so the unlock screen can offer it, and those of the
// last vaults opened (Vault ▸ Open Recent, the welcome screen): file locations only.
class AppSettings {
public:
    AppSettings();

    static constexpr int DefaultAutoLockMinutes = 5;

    QString lastVaultPath() const;
    void setLastVaultPath(const QString& path);
    bool rememberLastVault() const;
    // Off, no vault path is kept at all: the last vault and the recent vaults are forgotten.
    void setRememberLastVault(bool remember);

    // The vaults last opened successfully, most recent first, at most MaxRecentVaults.
    static constexpr int MaxRecentVaults = 8;
    QStringList recentVaults() const;
    void addRecentVault(const QString& path);
    void removeRecentVault(const QString& path);
    void clearRecentVaults();

    bool autoLockEnabled() const;
    void setAutoLockEnabled(bool enabled);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    // Automatic backups on lock and exit (see core/vault/VaultBackup.h): a folder path and a
    // count, nothing about the vault's content.
    static constexpr int DefaultAutoBackupKeep = 5;
    bool autoBackupEnabled() const;
    void setAutoBackupEnabled(bool enabled);
    QString autoBackupFolder() const;
    void setAutoBackupFolder(const QString& folder);
    int autoBackupKeep() const; // 1..100
    void setAutoBackupKeep(int keep);

    // Referrals: a sent referral without a reply after this many working days is listed among
    // the referrals to follow up (1..250).
    static constexpr int DefaultNoReplyWorkingDays = 15;
    int noReplyWorkingDays() const;
    void setNoReplyWorkingDays(int days);

    // Attachments: the largest file accepted, in MiB (1..4096, default 256; the key and its
    // reading are documents/SessionDocuments', which advicehub-cli shares).
    int attachmentMaxMiB() const;
    void setAttachmentMaxMiB(int mebibytes);

    QString language() const; // "" = system language
    void setLanguage(const QString& language);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    // Layout of the query workspace (splitters, table columns, last view), stored under
    // "ui/<name>": how things look, never what they show.
    QByteArray uiState(const QString& name) const;
    void setUiState(const QString& name, const QByteArray& state);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace advicehub::ui
