#include "shell/WelcomeWidget.h"

#include "common/Icons.h"
#include "demo/DemoVault.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
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

    auto* column = new QVBoxLayout;
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addWidget(create);
    column->addWidget(open);
    column->addWidget(demo);

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
}

} // namespace advicehub::ui
