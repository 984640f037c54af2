#include "drafts/DraftPropertiesDialog.h"

#include "common/Continuation.h"
#include "common/InlineError.h"
#include "common/MessageBox.h"
#include "drafts/DraftService.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::drafts;

DraftPropertiesDialog::DraftPropertiesDialog(Session& session, const Draft& draft, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_draftId(draft.id),
      m_version(draft.version),
      m_initialTitle(draft.title),
      m_initialKind(draft.kind),
      m_initialLanguage(draft.language)
{
    setObjectName(QStringLiteral("draftPropertiesDialog"));
    setWindowTitle(tr("Draft Properties"));
    m_title = new QLineEdit(draft.title, this);
    m_title->setObjectName(QStringLiteral("draftTitleEdit"));
    m_title->setMaxLength(DraftLimits::Title);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("draftKindBox"));
    for (DraftKind each : DraftText::allKinds())
        m_kind->addItem(DraftText::label(each), static_cast<int>(each));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(draft.kind)));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("draftLanguageBox"));
    for (DraftLanguage each : DraftText::allLanguages())
        m_language->addItem(DraftText::label(each), static_cast<int>(each));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(draft.language)));
    auto* note = new QLabel(tr("The text and its versions stay as they are; the change is recorded on the "
                               "query's timeline. The language also chooses the spelling dictionary."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("draftPropertiesError"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Language:"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveDraftPropertiesButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DraftPropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DraftPropertiesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    if (draft.locked())
        showLocked(m_session.drafts().canDo(draft.id, DraftService::Action::Save).error().message);
    m_title->selectAll();
    m_title->setFocus();
    resize(480, sizeHint().height());
}

DraftKind DraftPropertiesDialog::kind() const
{
    return static_cast<DraftKind>(m_kind->currentData().toInt());
}

DraftLanguage DraftPropertiesDialog::language() const
{
    return static_cast<DraftLanguage>(m_language->currentData().toInt());
}

bool DraftPropertiesDialog::hasUnsavedChanges() const
{
    return m_title->text().trimmed() != m_initialTitle || kind() != m_initialKind || language() != m_initialLanguage;
}

void DraftPropertiesDialog::showLocked(const QString& message)
{
    m_error->showMessage(message);
    for (QWidget* field : std::initializer_list<QWidget*> { m_title, m_kind, m_language, m_save })
        field->setEnabled(false);
}

void DraftPropertiesDialog::accept()
{
    m_error->clearMessage();
    Result<Draft> done = m_session.drafts().rename(m_draftId, m_title->text(), language(), kind(), m_version);
    if (done) {
        Q_EMIT renamed(m_draftId);
        QDialog::accept();
        return;
    }
    if (done.code() != ErrorCode::Conflict) {
        m_error->showMessage(done.error().message);
        if (Result<Draft> now = m_session.drafts().get(m_draftId); now && now->locked())
            showLocked(done.error().message);
        return;
    }
    // Someone else changed the draft since this dialog opened: say what it is now, keep what was
    // typed, and let the user decide (Save again applies these values over theirs).
    Result<Draft> now = m_session.drafts().get(m_draftId);
    if (!now) {
        m_error->showMessage(now.error().message);
        m_save->setEnabled(false);
        return;
    }
    if (now->locked()) {
        showLocked(m_session.drafts().canDo(m_draftId, DraftService::Action::Save).error().message);
        return;
    }
    m_version = now->version;
    m_error->showMessage(tr("Someone else changed this draft while this dialog was open. It is now titled "
                            "\u201c%1\u201d (%2, %3). Save again to replace that with the values above, or Cancel "
                            "to keep it.")
                             .arg(now->title, DraftText::label(now->kind), DraftText::label(now->language)));
}

void DraftPropertiesDialog::reject()
{
    MessageBox::closeAfterAskingToDiscard(this, hasUnsavedChanges(),
        tr("Discard your changes to the draft's title, kind and language?"), [this] { QDialog::reject(); });
}

} // namespace advicehub::ui
