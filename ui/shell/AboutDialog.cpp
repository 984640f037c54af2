#include "shell/AboutDialog.h"

#include "common/Icons.h"
#include "platform/LibraryVersions.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace advicehub::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Advice Hub"));
    auto* logo = new QLabel(this);
    logo->setPixmap(Icons::get(Icons::App).pixmap(96, 96));
    logo->setAlignment(Qt::AlignTop);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(false);
    const LibraryVersions versions = libraryVersions();
    text->setText(tr("<h2>Advice Hub %1</h2>"
                     "<p>Confidential case management for the Secretariat of the Convention against Torture "
                     "Initiative (CTI): technical queries from governments, referrals to partners, responses and "
                     "Core State briefings.</p>"
                     "<p>All records are kept in one encrypted vault on this computer. Nothing is sent anywhere.</p>"
                     "<p>Built with Qt %2, SQLCipher %3, libsodium %4 and zxcvbn.</p>"
                     "<p>Licensed under the Apache License, version 2.0.</p>")
                      .arg(QStringLiteral(ADVICEHUB_VERSION), QString::fromLatin1(qVersion()), versions.sqlcipher,
                          versions.sodium));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(logo);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace advicehub::ui
