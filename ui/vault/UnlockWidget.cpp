#include "vault/UnlockWidget.h"
#include "common/BusyBar.h"
#include "common/InlineError.h"

#include "common/Icons.h"
#include "vault/PassphraseField.h"
#include "vault/VaultTask.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

UnlockWidget::UnlockWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("unlockWidget"));

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::get(Icons::Lock).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("unlockTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("unlockPathLabel"));
    m_pathLabel->setAlignment(Qt::AlignCenter);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setForegroundRole(QPalette::PlaceholderText);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("unlockHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->hide();

    // Said about the last lock (unsaved work that could not be kept): stays until the next unlock.
    m_notice = new InlineError(this);
    m_notice->setObjectName(QStringLiteral("unlockNoticeLabel"));
    m_notice->setAccessibleName(tr("About the last lock"));

    m_passphrase = new PassphraseField(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setMinimumWidth(320);

    m_unlockButton = new QPushButton(Icons::get(Icons::Unlock), tr("&Unlock"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_unlockButton->setAutoDefault(true);

    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setAccessibleName(tr("Unlock error"));

    m_progress = new BusyBar(this);
    m_progress->setObjectName(QStringLiteral("unlockProgress"));

    m_openOther = new QPushButton(Icons::get(Icons::OpenVault), tr("Open another vault…"), this);
    m_openOther->setObjectName(QStringLiteral("openOtherVaultButton"));
    m_openOther->setFlat(true);
    m_create = new QPushButton(Icons::get(Icons::NewVault), tr("Create a new vault…"), this);
    m_create->setObjectName(QStringLiteral("createVaultButton"));
    m_create->setFlat(true);

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_passphrase, 1);
    entry->addWidget(m_unlockButton);

    auto* links = new QHBoxLayout;
    links->addStretch();
    links->addWidget(m_openOther);
    links->addWidget(m_create);
    links->addStretch();

    auto* box = new QVBoxLayout;
    box->addWidget(icon);
    box->addWidget(m_title);
    box->addWidget(m_pathLabel);
    box->addWidget(m_hint);
    box->addWidget(m_notice);
    box->addSpacing(12);
    box->addLayout(entry);
    box->addWidget(m_progress);
    box->addWidget(m_error);
    box->addSpacing(12);
    box->addLayout(links);

    auto* centre = new QHBoxLayout;
    centre->addStretch();
    centre->addLayout(box);
    centre->addStretch();
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(centre);
    outer->addStretch(3);

    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockWidget::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockWidget::unlock);
    connect(m_passphrase, &QLineEdit::textEdited, m_error, &InlineError::clearMessage);
    connect(m_openOther, &QPushButton::clicked, this, &UnlockWidget::openOtherRequested);
    connect(m_create, &QPushButton::clicked, this, &UnlockWidget::createRequested);
    setTabOrder(m_passphrase, m_unlockButton);
}

void UnlockWidget::setVaultPath(const QString& path)
{
    m_path = path;
    const QFileInfo info(path);
    m_title->setText(tr("Unlock %1").arg(info.fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(info.absolutePath()));
    m_error->clearMessage();
    m_hint->hide();
    m_passphrase->clear();
    m_wrongAttempts = 0;
}

void UnlockWidget::setNotice(const QString& notice)
{
    if (notice.isEmpty())
        m_notice->clearMessage();
    else
        m_notice->showMessage(notice);
}

QString UnlockWidget::notice() const
{
    return m_notice->text();
}

void UnlockWidget::setHint(const QString& hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void UnlockWidget::focusPassphrase()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

bool UnlockWidget::isBusy() const
{
    return m_task != nullptr; // until finishUnlock() has handled the outcome
}

void UnlockWidget::unlock()
{
    if (isBusy())
        return;
    if (m_passphrase->text().isEmpty()) {
        showError(tr("Enter the vault's passphrase."));
        return;
    }
    setBusy(true);
    m_task = VaultTask::open(this, m_path, m_passphrase->takePassphrase());
    connect(m_task, &VaultTask::finished, this, &UnlockWidget::finishUnlock);
}

void UnlockWidget::finishUnlock()
{
    VaultTask::Outcome outcome = m_task->takeOutcome();
    m_task->deleteLater();
    m_task = nullptr;
    setBusy(false);
    if (!outcome) {
        QString message = outcome.error().message;
        if (outcome.error().code == ErrorCode::WrongPassphrase && ++m_wrongAttempts >= RepeatedFailures)
            message += QLatin1Char('\n')
                + tr("If you are certain the passphrase is right, the start of the file may be damaged: "
                     "restore the vault from a backup (Vault ▸ Restore from Backup…).");
        showError(message);
        return;
    }
    m_wrongAttempts = 0;
    m_error->clearMessage();
    m_vault = std::move(outcome).value();
    Q_EMIT unlocked();
}

void UnlockWidget::showError(const QString& message)
{
    m_error->showMessage(message);
    focusPassphrase();
}

void UnlockWidget::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_unlockButton->setEnabled(!busy);
    m_openOther->setEnabled(!busy);
    m_create->setEnabled(!busy);
    if (busy)
        m_error->clearMessage();
}

} // namespace advicehub::ui
