#include "queries/SaveSearchDialog.h"

#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/NoteLabel.h"
#include "common/TypedText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

SaveSearchDialog::SaveSearchDialog(queries::QuerySearch& search, const queries::QueryFilter& filter, QWidget* parent)
    : QDialog(parent), m_search(search), m_filter(filter)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("saveSearchDialog"));
    setWindowTitle(tr("Save Search"));
    setWindowIcon(Icons::get(Icons::SavedSearch));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("searchNameEdit"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. Urgent queries from Africa"));
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("saveSearchErrorLabel"));
    auto* note = new NoteLabel(tr("The view, the filters and the search text are kept in the vault."), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSearchButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveSearchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SaveSearchDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void SaveSearchDialog::reject()
{
    TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
}

void SaveSearchDialog::accept()
{
    Result<queries::QuerySearch::SavedSearch> saved = m_search.saveSearch(m_name->text(), m_filter);
    if (!saved) {
        m_error->showMessage(saved.error().message);
        return;
    }
    Q_EMIT this->saved(saved->id);
    QDialog::accept();
}

} // namespace advicehub::ui
