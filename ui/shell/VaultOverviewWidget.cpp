#include "shell/VaultOverviewWidget.h"

#include "db/Connection.h"
#include "db/DbError.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace advicehub::ui {

VaultOverviewWidget::VaultOverviewWidget(Vault& vault, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("vaultOverview"));
    const VaultInfo info = vault.info();
    const QLocale locale;

    auto* file = new QGroupBox(tr("Vault"), this);
    auto* fileForm = new QFormLayout(file);
    auto* path = new QLabel(QDir::toNativeSeparators(info.path), file);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileForm->addRow(tr("File:"), path);
    fileForm->addRow(tr("Size:"), new QLabel(locale.formattedDataSize(info.fileSize), file));
    fileForm->addRow(
        tr("Created:"), new QLabel(locale.toString(info.createdAtUtc.toLocalTime(), QLocale::LongFormat), file));
    fileForm->addRow(tr("Format:"), new QLabel(tr("schema version %1").arg(info.schemaVersion), file));
    fileForm->addRow(tr("Encryption:"),
        new QLabel(tr("SQLCipher %1 (AES-256, HMAC-SHA1 page authentication, %2-byte pages); key from Argon2id (%3)")
                       .arg(info.cipherVersion)
                       .arg(info.pageSize)
                       .arg(info.kdfProfile),
            file));
    if (const QString warning = vault.securityWarning(); !warning.isEmpty()) {
        auto* label = new QLabel(warning, file);
        label->setObjectName(QStringLiteral("securityWarningLabel"));
        label->setWordWrap(true);
        fileForm->addRow(tr("Warning:"), label);
    }

    auto* reference = new QGroupBox(tr("Reference data"), this);
    auto* referenceForm = new QFormLayout(reference);
    const auto count = [&vault](std::string_view sql) -> QString {
        try {
            return QString::number(vault.connection().queryInt(sql));
        } catch (const db::DbError&) {
            return tr("unavailable");
        }
    };
    referenceForm->addRow(tr("States:"),
        new QLabel(
            tr("%1 (of which %2 Core States)")
                .arg(count("SELECT count(*) FROM states"), count("SELECT count(*) FROM states WHERE core_state = 1")),
            reference));
    referenceForm->addRow(tr("Themes:"), new QLabel(count("SELECT count(*) FROM themes"), reference));
    referenceForm->addRow(tr("Channels:"), new QLabel(count("SELECT count(*) FROM channels"), reference));
    referenceForm->addRow(tr("UNCAT articles:"), new QLabel(count("SELECT count(*) FROM uncat_articles"), reference));
    referenceForm->addRow(tr("Partners:"), new QLabel(count("SELECT count(*) FROM partners"), reference));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(reference);
    layout->addStretch();
}

} // namespace advicehub::ui
