#include "shell/WelcomeWidget.h"

#include "common/Icons.h"
#include "demo/DemoVault.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

WelcomeWidget::WelcomeWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeWidget"));
    auto* logo = new QLabel(this);
    logo->setPixmap(Icons::get(Icons::App).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("Welcome to Advice Hub"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto* intro = new QLabel(tr("Advice Hub keeps the Secretariat's confidential queries, referrals and responses in "
                                "one encrypted file on this computer: the vault. Nothing leaves it unless you print "
                                "or export it."),
        this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    auto* create = new QCommandLinkButton(
        tr("Create a new vault"), tr("Choose where to keep it and a passphrase. Start here for real work."), this);
    create->setObjectName(QStringLiteral("welcomeCreateButton"));
    create->setIcon(Icons::get(Icons::NewVault));
    auto* open = new QCommandLinkButton(
        tr("Open an existing vault"), tr("A vault file made on this computer or restored from a backup."), this);
    open->setObjectName(QStringLiteral("welcomeOpenButton"));
    open->setIcon(Icons::get(Icons::OpenVault));
    auto* demo = new QCommandLinkButton(tr("Explore the demo vault"),
        tr("Fictional data only. Its passphrase is \u201c%1\u201d.").arg(QString::fromLatin1(demo::DemoPassphrase)),
        this);
    demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    demo->setIcon(Icons::get(Icons::Unlock));

    m_recentLabel = new QLabel(tr("&Recent vaults:"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentVaultsList"));
    m_recentLabel->setBuddy(m_recent);
    m_recent->setUniformItemSizes(true);

    auto* column = new QVBoxLayout;
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addWidget(create);
    column->addWidget(open);
    column->addWidget(demo);
    column->addSpacing(8);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 2);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(create, &QCommandLinkButton::clicked, this, &WelcomeWidget::createRequested);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomeWidget::openRequested);
    connect(demo, &QCommandLinkButton::clicked, this, &WelcomeWidget::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
    setRecentVaults({});
}

void WelcomeWidget::setRecentVaults(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const QString folder = QDir::toNativeSeparators(info.absolutePath());
        auto* item = new QListWidgetItem(info.isFile() ? tr("%1 \u2014 %2").arg(info.fileName(), folder)
                                                       : tr("%1 \u2014 %2 (not found)").arg(info.fileName(), folder),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.isFile())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (m_recent->count() > 0) {
        m_recent->setCurrentRow(0);
        // As tall as its rows (at most 8), no empty box below them.
        m_recent->setFixedHeight(m_recent->sizeHintForRow(0) * m_recent->count() + 2 * m_recent->frameWidth() + 4);
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

} // namespace advicehub::ui
