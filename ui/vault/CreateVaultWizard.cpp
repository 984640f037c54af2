#include "vault/CreateVaultWizard.h"
#include "common/BusyBar.h"
#include "common/InlineError.h"

#include "common/FileDialogs.h"
#include "common/Icons.h"
#include "vault/PassphraseField.h"
#include "vault/StrengthMeter.h"
#include "vault/VaultTask.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

namespace {

// Why a path cannot take a new vault, or an empty string when it can.
QString locationProblem(const QString& path)
{
    if (path.trimmed().isEmpty())
        return CreateVaultWizard::tr("Choose where the vault file will be stored.");
    const QFileInfo info(path);
    if (info.exists())
        return CreateVaultWizard::tr("A file with this name already exists. Choose another name; Advice Hub "
                                     "never overwrites a file.");
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return CreateVaultWizard::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isWritable())
        return CreateVaultWizard::tr("Advice Hub cannot write in the folder %1.")
            .arg(QDir::toNativeSeparators(folder.filePath()));
    return {};
}

class LocationWizardPage : public QWizardPage {
public:
    LocationWizardPage(QLineEdit* edit, QLabel* problem) : m_edit(edit), m_problem(problem) { }
    bool isComplete() const override
    {
        const QString reason = locationProblem(m_edit->text());
        m_problem->setText(reason);
        m_problem->setVisible(!reason.isEmpty() && !m_edit->text().isEmpty());
        return reason.isEmpty();
    }

private:
    QLineEdit* m_edit;
    QLabel* m_problem;
};

class PassphraseWizardPage : public QWizardPage {
public:
    PassphraseWizardPage(PassphraseField* first, PassphraseField* second, StrengthMeter* meter, QLabel* mismatch)
        : m_first(first), m_second(second), m_meter(meter), m_mismatch(mismatch)
    { }
    bool isComplete() const override
    {
        const bool match = m_first->text() == m_second->text();
        m_mismatch->setVisible(!m_second->text().isEmpty() && !match);
        return match && m_meter->strength().acceptable;
    }

private:
    PassphraseField* m_first;
    PassphraseField* m_second;
    StrengthMeter* m_meter;
    QLabel* m_mismatch;
};

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

InlineError* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new InlineError(parent);
    label->setObjectName(QLatin1String(name));
    return label;
}

} // namespace

CreateVaultWizard::CreateVaultWizard(const QString& suggestedPath, QWidget* parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("createVaultWizard"));
    setWindowTitle(tr("Create a Vault"));
    setWindowIcon(Icons::get(Icons::App));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::NoCancelButtonOnLastPage, false);

    // Page 1: location
    m_pathEdit = new QLineEdit(QDir::toNativeSeparators(suggestedPath));
    m_pathEdit->setObjectName(QStringLiteral("vaultPathEdit"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* locationProblemLabel = errorLabel(nullptr, "locationProblemLabel");
    auto* location = new LocationWizardPage(m_pathEdit, locationProblemLabel);
    location->setTitle(tr("Where should the vault be kept?"));
    location->setSubTitle(tr("The vault is one encrypted file. Everything you record in Advice Hub stays inside it."));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browse);
    auto* pathLabel = new QLabel(tr("Vault &file:"));
    pathLabel->setBuddy(m_pathEdit);
    auto* locationLayout = new QVBoxLayout(location);
    locationLayout->addWidget(pathLabel);
    locationLayout->addLayout(pathRow);
    locationLayout->addWidget(locationProblemLabel);
    locationLayout->addWidget(wrapped(tr("Keep the vault on this computer's own disk, preferably on an encrypted "
                                         "drive. Make backups with Vault ▸ Back Up once it holds work."),
        location));
    locationLayout->addStretch();
    connect(m_pathEdit, &QLineEdit::textChanged, location, &QWizardPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        FileDialogs::saveFile(this, tr("Vault File"), m_pathEdit->text(), tr("Advice Hub vaults (*.ahv)"),
            QStringLiteral("ahv"),
            [this](const QString& chosen, const QString&) { m_pathEdit->setText(QDir::toNativeSeparators(chosen)); });
    });
    setPage(LocationPage, location);

    // Page 2: passphrase
    m_passphrase = new PassphraseField;
    m_passphrase->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_confirmation = new PassphraseField;
    m_confirmation->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_meter = new StrengthMeter;
    auto* mismatch = errorLabel(nullptr, "passphraseMismatchLabel");
    mismatch->setText(tr("The two passphrases are not the same."));
    auto* passphrasePage = new PassphraseWizardPage(m_passphrase, m_confirmation, m_meter, mismatch);
    passphrasePage->setTitle(tr("Choose a passphrase"));
    passphrasePage->setSubTitle(tr("Several unrelated words make a passphrase that is easy to remember and hard to "
                                   "guess. There is no way to recover a forgotten passphrase."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat it:"), m_confirmation);
    form->addRow(QString(), mismatch);
    auto* passphraseLayout = new QVBoxLayout(passphrasePage);
    passphraseLayout->addLayout(form);
    passphraseLayout->addStretch();
    connect(m_passphrase, &QLineEdit::textChanged, this, [this, passphrasePage](const QString& text) {
        m_meter->evaluate(text);
        Q_EMIT passphrasePage->completeChanged();
    });
    connect(m_confirmation, &QLineEdit::textChanged, passphrasePage, &QWizardPage::completeChanged);
    setPage(PassphrasePage, passphrasePage);

    // Page 3: summary and creation
    auto* summaryPage = new QWizardPage;
    summaryPage->setTitle(tr("Ready to create the vault"));
    summaryPage->setFinalPage(true);
    m_summary = wrapped(QString(), summaryPage);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_progress = new BusyBar(summaryPage);
    m_progress->setObjectName(QStringLiteral("createProgress"));
    m_error = errorLabel(summaryPage, "createErrorLabel");
    auto* summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addWidget(m_progress);
    summaryLayout->addWidget(m_error);
    summaryLayout->addStretch();
    setPage(SummaryPage, summaryPage);
    setButtonText(QWizard::FinishButton, tr("&Create Vault"));

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SummaryPage) {
            m_summary->setText(tr("The vault will be created as\n%1\n\nIts key is derived from your passphrase with "
                                  "Argon2id (256 MiB of memory), and every page is encrypted with AES-256 by "
                                  "SQLCipher. Opening the vault takes about half a second.")
                                   .arg(QDir::toNativeSeparators(vaultPath())));
            m_error->clearMessage();
        }
    });
    resize(640, 460);
}

CreateVaultWizard::~CreateVaultWizard() = default;

QString CreateVaultWizard::vaultPath() const
{
    QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ahv");
    return QFileInfo(path).absoluteFilePath();
}

void CreateVaultWizard::accept()
{
    if (m_task)
        return; // already creating
    const QString problem = locationProblem(vaultPath());
    if (!problem.isEmpty()) {
        m_error->showMessage(problem);
        return;
    }
    m_confirmation->clear();
    m_error->clearMessage();
    m_progress->show();
    for (auto button : { QWizard::FinishButton, QWizard::BackButton, QWizard::CancelButton })
        this->button(button)->setEnabled(false);
    m_task = VaultTask::create(this, vaultPath(), m_passphrase->takePassphrase());
    connect(m_task, &VaultTask::finished, this, &CreateVaultWizard::finishCreation);
}

void CreateVaultWizard::finishCreation()
{
    VaultTask::Outcome outcome = m_task->takeOutcome();
    m_task->deleteLater();
    m_task = nullptr;
    m_progress->hide();
    if (!outcome) {
        m_error->showMessage(outcome.error().message);
        button(QWizard::BackButton)->setEnabled(true);
        button(QWizard::CancelButton)->setEnabled(true);
        // The passphrase fields were cleared; going back to type it again is the way forward.
        return;
    }
    m_vault = std::move(outcome).value();
    QWizard::accept();
}

void CreateVaultWizard::reject()
{
    if (m_task)
        return; // let the creation finish; it cannot be interrupted half-way
    m_passphrase->clear();
    m_confirmation->clear();
    QWizard::reject();
}

} // namespace advicehub::ui
