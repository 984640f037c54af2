#include "pending/PendingEditsDialog.h"

#include "common/InlineError.h"
#include "common/MessageBox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

PendingEditsDialog::PendingEditsDialog(
    pending::PendingEditService& service, std::vector<pending::PendingEdit> edits, Restore restore, QWidget* parent)
    : QDialog(parent), m_service(service), m_edits(std::move(edits)), m_restore(std::move(restore))
{
    setObjectName(QStringLiteral("pendingEditsDialog"));
    setWindowTitle(tr("Unsaved Work"));
    auto* intro = new QLabel(tr("The vault was locked while this was being written. It was kept in the vault, "
                                "not saved. Restore it to finish it, or discard it."),
        this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pendingEditsList"));
    for (std::size_t i = 0; i < m_edits.size(); ++i) {
        const pending::PendingEdit& edit = m_edits[i];
        const QString when = edit.savedAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString line = edit.title;
        if (!edit.queryReference.isEmpty() && !line.contains(edit.queryReference))
            line = edit.queryReference + QStringLiteral(" \u2014 ") + line;
        line += QStringLiteral("\n")
            + (edit.adviserName.isEmpty() ? tr("kept %1").arg(when) : tr("kept %1, %2").arg(when, edit.adviserName));
        auto* item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, static_cast<int>(i));
    }
    m_list->setCurrentRow(0);
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("pendingErrorLabel"));
    connect(m_list, &QListWidget::currentRowChanged, m_error, &InlineError::clearMessage);

    auto* buttons = new QDialogButtonBox(this);
    auto* restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restoreButton->setObjectName(QStringLiteral("restorePendingButton"));
    auto* discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardPendingButton"));
    auto* later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterPendingButton"));
    later->setToolTip(tr("Keep it in the vault and ask again at the next unlock"));
    connect(restoreButton, &QPushButton::clicked, this, &PendingEditsDialog::restoreSelected);
    connect(discard, &QPushButton::clicked, this, &PendingEditsDialog::discardSelected);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &PendingEditsDialog::restoreSelected);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 320);
}

const pending::PendingEdit* PendingEditsDialog::selected() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    return &m_edits.at(static_cast<std::size_t>(item->data(Qt::UserRole).toInt()));
}

void PendingEditsDialog::removeRowOf(qint64 editId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        const auto index = static_cast<std::size_t>(m_list->item(row)->data(Qt::UserRole).toInt());
        if (m_edits.at(index).id == editId) {
            delete m_list->takeItem(row);
            break;
        }
    }
    if (m_list->count() == 0)
        accept();
}

void PendingEditsDialog::restoreSelected()
{
    const pending::PendingEdit* edit = selected();
    if (!edit)
        return;
    // The kept copy stays in the vault: the form removes it once it has saved the work (or the
    // user discards it there), and a lock meanwhile keeps the form's content in its place.
    const Status opened = m_restore(*edit);
    if (!opened) {
        m_error->showMessage(
            tr("This work could not be restored: %1 It is still kept; try again later.").arg(opened.error().message));
        return;
    }
    m_error->clearMessage();
    removeRowOf(edit->id);
}

void PendingEditsDialog::discardSelected()
{
    const pending::PendingEdit* edit = selected();
    if (!edit)
        return;
    const qint64 id = edit->id;
    MessageBox::question(
        this, windowTitle(), tr("Discard this unsaved work? It cannot be recovered."),
        [this, id](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Discard)
                return;
            const Status removed = m_service.remove(id);
            if (!removed && removed.code() != ErrorCode::NotFound) {
                m_error->showMessage(removed.error().message);
                return;
            }
            removeRowOf(id);
        },
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
}

} // namespace advicehub::ui
