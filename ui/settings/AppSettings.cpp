#include "settings/AppSettings.h"

#include "SessionDocuments.h"

#include <QFileInfo>

namespace advicehub::ui {

namespace {
const QString kLastVault = QStringLiteral("vault/lastPath");
const QString kRecentVaults = QStringLiteral("vault/recent");
const QString kRememberLastVault = QStringLiteral("vault/rememberLast");
const QString kAutoLockEnabled = QStringLiteral("security/autoLockEnabled");
const QString kAutoLockMinutes = QStringLiteral("security/autoLockMinutes");
const QString kAutoBackupEnabled = QStringLiteral("backup/automatic");
const QString kAutoBackupFolder = QStringLiteral("backup/folder");
const QString kAutoBackupKeep = QStringLiteral("backup/keep");
const QString kNoReplyWorkingDays = QStringLiteral("referrals/noReplyWorkingDays");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/mainWindowGeometry");
const QString kState = QStringLiteral("ui/mainWindowState");
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::lastVaultPath() const
{
    return rememberLastVault() ? m_settings.value(kLastVault).toString() : QString();
}

void AppSettings::setLastVaultPath(const QString& path)
{
    if (rememberLastVault())
        m_settings.setValue(kLastVault, path);
}

bool AppSettings::rememberLastVault() const
{
    return m_settings.value(kRememberLastVault, true).toBool();
}

void AppSettings::setRememberLastVault(bool remember)
{
    m_settings.setValue(kRememberLastVault, remember);
    if (!remember) {
        m_settings.remove(kLastVault);
        m_settings.remove(kRecentVaults);
    }
}

QStringList AppSettings::recentVaults() const
{
    if (!rememberLastVault())
        return {};
    QStringList paths = m_settings.value(kRecentVaults).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths.mid(0, MaxRecentVaults);
}

void AppSettings::addRecentVault(const QString& path)
{
    if (!rememberLastVault() || path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = recentVaults();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    m_settings.setValue(kRecentVaults, paths.mid(0, MaxRecentVaults));
}

void AppSettings::removeRecentVault(const QString& path)
{
    QStringList paths = recentVaults();
    paths.removeAll(path);
    m_settings.setValue(kRecentVaults, paths);
}

void AppSettings::clearRecentVaults()
{
    m_settings.remove(kRecentVaults);
}

bool AppSettings::autoLockEnabled() const
{
    return m_settings.value(kAutoLockEnabled, true).toBool();
}

void AppSettings::setAutoLockEnabled(bool enabled)
{
    m_settings.setValue(kAutoLockEnabled, enabled);
}

int AppSettings::autoLockMinutes() const
{
    const int minutes = m_settings.value(kAutoLockMinutes, DefaultAutoLockMinutes).toInt();
    return minutes >= 1 && minutes <= 24 * 60 ? minutes : DefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    m_settings.setValue(kAutoLockMinutes, minutes);
}

bool AppSettings::autoBackupEnabled() const
{
    return m_settings.value(kAutoBackupEnabled, false).toBool();
}

void AppSettings::setAutoBackupEnabled(bool enabled)
{
    m_settings.setValue(kAutoBackupEnabled, enabled);
}

QString AppSettings::autoBackupFolder() const
{
    return m_settings.value(kAutoBackupFolder).toString();
}

void AppSettings::setAutoBackupFolder(const QString& folder)
{
    m_settings.setValue(kAutoBackupFolder, folder);
}

int AppSettings::autoBackupKeep() const
{
    const int keep = m_settings.value(kAutoBackupKeep, DefaultAutoBackupKeep).toInt();
    return keep >= 1 && keep <= 100 ? keep : DefaultAutoBackupKeep;
}

void AppSettings::setAutoBackupKeep(int keep)
{
    m_settings.setValue(kAutoBackupKeep, keep);
}

int AppSettings::noReplyWorkingDays() const
{
    const int days = m_settings.value(kNoReplyWorkingDays, DefaultNoReplyWorkingDays).toInt();
    return days >= 1 && days <= 250 ? days : DefaultNoReplyWorkingDays;
}

void AppSettings::setNoReplyWorkingDays(int days)
{
    m_settings.setValue(kNoReplyWorkingDays, days);
}

int AppSettings::attachmentMaxMiB() const
{
    return documents::attachmentMaxMiB(m_settings);
}

void AppSettings::setAttachmentMaxMiB(int mebibytes)
{
    m_settings.setValue(QLatin1String(documents::kAttachmentMaxSizeKey), mebibytes);
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguage, language);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

QByteArray AppSettings::uiState(const QString& name) const
{
    return m_settings.value(QStringLiteral("ui/") + name).toByteArray();
}

void AppSettings::setUiState(const QString& name, const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("ui/") + name, state);
}

} // namespace advicehub::ui
