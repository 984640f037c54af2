#include "vault/ChangePassphraseDialog.h"
#include "common/BusyBar.h"
#include "common/InlineError.h"

#include "vault/PassphraseField.h"
#include "vault/StrengthMeter.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace advicehub::ui {

ChangePassphraseDialog::ChangePassphraseDialog(Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change Passphrase"));
    m_current = new PassphraseField(this);
    m_current->setObjectName(QStringLiteral("currentPassphraseEdit"));
    m_next = new PassphraseField(this);
    m_next->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_confirmation = new PassphraseField(this);
    m_confirmation->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_meter = new StrengthMeter(this);
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("changePassphraseErrorLabel"));
    m_progress = new BusyBar(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change Passphrase"));

    auto* form = new QFormLayout;
    form->addRow(tr("C&urrent passphrase:"), m_current);
    form->addRow(tr("&New passphrase:"), m_next);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat the new one:"), m_confirmation);
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("The whole vault is re-encrypted under the new passphrase. Existing backups keep "
                               "the passphrase they were made with."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    connect(m_next, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_meter->evaluate(text);
        updateState();
    });
    for (auto* field : { m_current, m_confirmation })
        connect(field, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

void ChangePassphraseDialog::updateState()
{
    const bool ready = !m_busy && !m_current->text().isEmpty() && m_meter->strength().acceptable
        && m_next->text() == m_confirmation->text();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    if (!m_confirmation->text().isEmpty() && m_next->text() != m_confirmation->text())
        showError(tr("The two new passphrases are not the same."));
    else if (!m_busy)
        m_error->clearMessage();
}

void ChangePassphraseDialog::showError(const QString& message)
{
    m_error->showMessage(message);
}

void ChangePassphraseDialog::accept()
{
    if (m_busy)
        return;
    m_busy = true;
    updateState();
    m_progress->show();
    for (auto* field : { m_current, m_next, m_confirmation })
        field->setEnabled(false);

    auto current = std::make_shared<crypto::SecureBuffer>(m_current->takePassphrase());
    auto next = std::make_shared<crypto::SecureBuffer>(m_next->takePassphrase());
    m_confirmation->clear();
    auto prepared = std::make_shared<std::optional<Result<Vault::PassphraseChange>>>();
    auto* watcher = new QFutureWatcher<void>(this);
    m_watcher = watcher;
    auto basis = m_vault.passphraseChangeBasis();
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, prepared] {
        watcher->deleteLater();
        Result<Vault::PassphraseChange>& change = **prepared;
        Status status = change ? m_vault.applyPassphraseChange(std::move(change).value()) : Status(change.error());
        m_busy = false;
        m_progress->hide();
        for (auto* field : { m_current, m_next, m_confirmation })
            field->setEnabled(true);
        if (status) {
            QDialog::accept();
            return;
        }
        // The state first: with the fields emptied it clears the message area, which would
        // take the reason away before anyone could read it.
        updateState();
        showError(status.error().message);
        m_current->setFocus();
    });
    watcher->setFuture(QtConcurrent::run([basis, current, next, prepared] {
        prepared->emplace(Vault::preparePassphraseChange(*basis, *current, *next));
        current->clear();
        next->clear();
    }));
}

void ChangePassphraseDialog::done(int result)
{
    if (m_watcher)
        m_watcher->disconnect(this);
    QDialog::done(result);
}

} // namespace advicehub::ui
