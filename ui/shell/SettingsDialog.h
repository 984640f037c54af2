#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace advicehub::ui {

class AppSettings;

// Edit ▸ Settings: preferences only (QSettings), never anything from a vault.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    AppSettings& m_settings;
    QCheckBox* m_autoLock;
    QSpinBox* m_autoLockMinutes;
    QCheckBox* m_rememberLastVault;
    QCheckBox* m_autoBackup;
    QLineEdit* m_autoBackupFolder;
    QSpinBox* m_autoBackupKeep;
    QSpinBox* m_noReplyDays;
    QSpinBox* m_attachmentMaxMiB;
    QComboBox* m_language;
};

} // namespace advicehub::ui
