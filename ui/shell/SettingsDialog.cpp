#include "shell/SettingsDialog.h"

#include "common/FileDialogs.h"
#include "common/FormRow.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace advicehub::ui {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto* security = new QGroupBox(tr("Security"), this);
    m_autoLock = new QCheckBox(tr("&Lock the vault after a period of inactivity"), security);
    m_autoLock->setObjectName(QStringLiteral("autoLockCheck"));
    m_autoLock->setChecked(settings.autoLockEnabled());
    m_autoLockMinutes = new QSpinBox(security);
    m_autoLockMinutes->setObjectName(QStringLiteral("autoLockMinutesSpin"));
    m_autoLockMinutes->setRange(1, 24 * 60);
    m_autoLockMinutes->setSuffix(tr(" min"));
    m_autoLockMinutes->setValue(settings.autoLockMinutes());
    m_autoLockMinutes->setEnabled(m_autoLock->isChecked());
    connect(m_autoLock, &QCheckBox::toggled, m_autoLockMinutes, &QWidget::setEnabled);
    m_rememberLastVault = new QCheckBox(tr("&Remember the last vaults opened (their file locations only)"), security);
    m_rememberLastVault->setObjectName(QStringLiteral("rememberLastVaultCheck"));
    m_rememberLastVault->setChecked(settings.rememberLastVault());
    auto* securityForm = new QFormLayout(security);
    securityForm->addRow(m_autoLock);
    securityForm->addRow(tr("Lock &after:"), m_autoLockMinutes);
    securityForm->addRow(m_rememberLastVault);

    auto* backups = new QGroupBox(tr("Automatic Backups"), this);
    m_autoBackup = new QCheckBox(tr("&Back up the vault when it locks and when Advice Hub quits"), backups);
    m_autoBackup->setObjectName(QStringLiteral("autoBackupCheck"));
    m_autoBackup->setChecked(settings.autoBackupEnabled());
    m_autoBackupFolder = new QLineEdit(settings.autoBackupFolder(), backups);
    m_autoBackupFolder->setObjectName(QStringLiteral("autoBackupFolderEdit"));
    m_autoBackupFolder->setPlaceholderText(tr("A folder named Backups beside the vault"));
    m_autoBackupFolder->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Br&owse…"), backups);
    browse->setObjectName(QStringLiteral("autoBackupBrowseButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_autoBackupFolder, 1);
    folderRow->addWidget(browse);
    m_autoBackupKeep = new QSpinBox(backups);
    m_autoBackupKeep->setObjectName(QStringLiteral("autoBackupKeepSpin"));
    m_autoBackupKeep->setRange(1, 100);
    m_autoBackupKeep->setValue(settings.autoBackupKeep());
    auto* backupForm = new QFormLayout(backups);
    backupForm->addRow(m_autoBackup);
    addRowWithBuddy(backupForm, tr("&Folder:"), folderRow, m_autoBackupFolder);
    backupForm->addRow(tr("&Keep the last:"), m_autoBackupKeep);
    backupForm->addRow(new QLabel(tr("Backups are encrypted and open with the vault's passphrase of the time they "
                                     "were made. Their names hold the date and time only."),
        backups));
    const auto enableBackupFields = [this, browse](bool enabled) {
        m_autoBackupFolder->setEnabled(enabled);
        browse->setEnabled(enabled);
        m_autoBackupKeep->setEnabled(enabled);
    };
    enableBackupFields(m_autoBackup->isChecked());
    connect(m_autoBackup, &QCheckBox::toggled, this, enableBackupFields);
    connect(browse, &QPushButton::clicked, this, [this] {
        FileDialogs::chooseDirectory(this, tr("Folder for Automatic Backups"), m_autoBackupFolder->text(),
            [this](const QString& chosen) { m_autoBackupFolder->setText(chosen); });
    });

    auto* referrals = new QGroupBox(tr("Referrals"), this);
    m_noReplyDays = new QSpinBox(referrals);
    m_noReplyDays->setObjectName(QStringLiteral("noReplyDaysSpin"));
    m_noReplyDays->setRange(1, 250);
    m_noReplyDays->setSuffix(tr(" working days"));
    m_noReplyDays->setValue(settings.noReplyWorkingDays());
    auto* referralsForm = new QFormLayout(referrals);
    referralsForm->addRow(tr("Follow up a sent referral &without reply after:"), m_noReplyDays);

    auto* attachments = new QGroupBox(tr("Attachments"), this);
    m_attachmentMaxMiB = new QSpinBox(attachments);
    m_attachmentMaxMiB->setObjectName(QStringLiteral("attachmentMaxSizeSpin"));
    m_attachmentMaxMiB->setRange(1, 4096);
    m_attachmentMaxMiB->setSuffix(tr(" MiB"));
    m_attachmentMaxMiB->setValue(settings.attachmentMaxMiB());
    auto* attachmentsForm = new QFormLayout(attachments);
    attachmentsForm->addRow(tr("Largest &file accepted:"), m_attachmentMaxMiB);
    auto* attachmentsNote
        = new QLabel(tr("Files are kept encrypted inside the vault, which grows by their size. "
                        "The limit applies at once to the open vault and to the vaults opened later."),
            attachments);
    attachmentsNote->setWordWrap(true);
    attachmentsForm->addRow(attachmentsNote);

    auto* appearance = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_language);
    // Said next to the choice: the menus, the pages and the reference data are built in the
    // language of the start, and retranslating every open window is not done reliably.
    auto* languageNote = new QLabel(tr("Takes effect the next time Advice Hub starts."), appearance);
    languageNote->setObjectName(QStringLiteral("languageRestartNote"));
    languageNote->setWordWrap(true);
    appearanceForm->addRow(languageNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(security);
    layout->addWidget(backups);
    layout->addWidget(referrals);
    layout->addWidget(attachments);
    layout->addWidget(appearance);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setAutoLockEnabled(m_autoLock->isChecked());
    m_settings.setAutoLockMinutes(m_autoLockMinutes->value());
    m_settings.setRememberLastVault(m_rememberLastVault->isChecked());
    m_settings.setAutoBackupEnabled(m_autoBackup->isChecked());
    m_settings.setAutoBackupFolder(m_autoBackupFolder->text().trimmed());
    m_settings.setAutoBackupKeep(m_autoBackupKeep->value());
    m_settings.setNoReplyWorkingDays(m_noReplyDays->value());
    m_settings.setAttachmentMaxMiB(m_attachmentMaxMiB->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

} // namespace advicehub::ui
