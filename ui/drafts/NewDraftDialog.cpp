#include "drafts/NewDraftDialog.h"

#include "common/InlineError.h"
#include "common/TypedText.h"
#include "drafts/DraftService.h"
#include "library/LibraryService.h"
#include "queries/QueryService.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::drafts;

NewDraftDialog::NewDraftDialog(Session& session, qint64 queryId, QWidget* parent)
    : QDialog(parent), m_session(session), m_queryId(queryId)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("newDraftDialog"));
    setWindowTitle(tr("New Draft"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("draftTitleEdit"));
    m_title->setMaxLength(DraftLimits::Title);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("draftKindBox"));
    for (DraftKind kind : DraftText::allKinds())
        m_kind->addItem(DraftText::label(kind), static_cast<int>(kind));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("draftLanguageBox"));
    for (DraftLanguage language : DraftText::allLanguages())
        m_language->addItem(DraftText::label(language), static_cast<int>(language));
    // The language of the answer is usually the query's own.
    if (Result<queries::Query> query = session.queries().get(queryId)) {
        if (auto language = DraftText::language(query->fields.language))
            m_language->setCurrentIndex(m_language->findData(static_cast<int>(*language)));
    }
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("draftTemplateBox"));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setOpenLinks(false);
    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("placeholderReport"));
    m_report->setTextFormat(Qt::PlainText);
    m_report->setWordWrap(true);
    m_report->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_report->hide();
    m_error = new InlineError(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Start from:"), m_template);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDraftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDraftDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_report);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleTouched = true; });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_titleTouched)
            m_title->setText(m_kind->currentText());
        reloadTemplates();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &NewDraftDialog::reloadTemplates);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewDraftDialog::fillPreview);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(DraftKind::Acknowledgement)));
    m_title->setText(m_kind->currentText());
    reloadTemplates();
    resize(620, 520);
}

void NewDraftDialog::reloadTemplates()
{
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    m_template->addItem(tr("A blank page"), QVariant());
    const auto kind = static_cast<DraftKind>(m_kind->currentData().toInt());
    const auto language = static_cast<DraftLanguage>(m_language->currentData().toInt());
    for (const library::DraftTemplate& each : m_session.library().templatesFor(kind, language))
        m_template->addItem(tr("Template: %1").arg(each.name), each.id);
    // A template is what most answers start from.
    m_template->setCurrentIndex(m_template->count() > 1 ? 1 : 0);
    fillPreview();
}

void NewDraftDialog::fillPreview()
{
    m_filled.reset();
    m_error->clearMessage();
    m_report->hide();
    m_preview->clear();
    const QVariant id = m_template->currentData();
    if (!id.isValid()) {
        m_preview->setPlainText(tr("The draft starts empty."));
        return;
    }
    Result<library::DraftTemplate> chosen = m_session.library().templateById(id.toLongLong());
    if (!chosen) {
        m_error->showMessage(chosen.error().message);
        return;
    }
    const auto language = static_cast<DraftLanguage>(m_language->currentData().toInt());
    Result<library::FilledTemplate> filled = m_session.library().fill(chosen->html, m_queryId, language);
    if (!filled) {
        m_error->showMessage(filled.error().message);
        return;
    }
    m_filled = filled.value();
    m_preview->setHtml(m_filled->html);
    QStringList lines;
    if (!m_filled->empty.isEmpty())
        lines << tr("This query has no value for: %1. The draft shows a marker such as \u201c[%2?]\u201d in their "
                    "place; fill them in before sending.")
                     .arg(m_filled->empty.join(QStringLiteral(", ")), m_filled->empty.first());
    if (!m_filled->unknown.isEmpty())
        lines << tr("The template uses placeholders Advice Hub does not know: %1. They are left in the text as "
                    "written.")
                     .arg(m_filled->unknown.join(QStringLiteral(", ")));
    if (!lines.isEmpty()) {
        m_report->setText(lines.join(QLatin1Char('\n')));
        m_report->show();
    }
}

void NewDraftDialog::reject()
{
    TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
}

void NewDraftDialog::accept()
{
    DraftInput input;
    input.queryId = m_queryId;
    input.title = m_title->text().trimmed();
    input.kind = static_cast<DraftKind>(m_kind->currentData().toInt());
    input.language = static_cast<DraftLanguage>(m_language->currentData().toInt());
    if (m_template->currentData().isValid()) {
        if (!m_filled) {
            m_error->showMessage(tr("The template could not be filled; choose another or a blank page."));
            return;
        }
        input.templateId = m_template->currentData().toLongLong();
        input.html = m_filled->html;
    }
    Result<Draft> draft = m_session.drafts().create(input);
    if (!draft) {
        m_error->showMessage(draft.error().message);
        return;
    }
    Q_EMIT created(draft->id);
    QDialog::accept();
}

} // namespace advicehub::ui
