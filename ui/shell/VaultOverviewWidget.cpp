#include "shell/VaultOverviewWidget.h"

#include "vault/Vault.h"
#include "vault/VaultStatistics.h"

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
    const Result<ReferenceDataCounts> counts = VaultStatistics(vault).referenceData();
    const auto count = [&counts](qint64 ReferenceDataCounts::*figure) -> QString {
        return counts ? QString::number((*counts).*figure) : tr("unavailable");
    };
    referenceForm->addRow(tr("States:"),
        new QLabel(tr("%1 (of which %2 Core States)")
                       .arg(count(&ReferenceDataCounts::states), count(&ReferenceDataCounts::coreStates)),
            reference));
    referenceForm->addRow(tr("Themes:"), new QLabel(count(&ReferenceDataCounts::themes), reference));
    referenceForm->addRow(tr("Channels:"), new QLabel(count(&ReferenceDataCounts::channels), reference));
    referenceForm->addRow(tr("UNCAT articles:"), new QLabel(count(&ReferenceDataCounts::uncatArticles), reference));
    referenceForm->addRow(tr("Partners:"), new QLabel(count(&ReferenceDataCounts::partners), reference));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(reference);
    layout->addStretch();
}

} // namespace advicehub::ui
