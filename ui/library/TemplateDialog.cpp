#include "library/TemplateDialog.h"

#include "common/ConflictBanner.h"
#include "common/Continuation.h"
#include "common/InlineError.h"
#include "common/MessageBox.h"
#include "common/NoteLabel.h"
#include "drafts/HtmlSanitizer.h"
#include "library/LibraryService.h"
#include "session/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::library;

namespace {

bool sameInput(const TemplateInput& a, const TemplateInput& b)
{
    return a.name == b.name && a.kind == b.kind && a.language == b.language && a.html == b.html && a.active == b.active;
}

QString fieldCode(TemplateDialog::Field field)
{
    switch (field) {
    case TemplateDialog::Field::Name:
        return QStringLiteral("name");
    case TemplateDialog::Field::Kind:
        return QStringLiteral("kind");
    case TemplateDialog::Field::Language:
        return QStringLiteral("language");
    case TemplateDialog::Field::Body:
        return QStringLiteral("body");
    }
    return {};
}

QString braced(const QStringList& names)
{
    QStringList out;
    for (const QString& name : names)
        out << QLatin1Char('{') + name + QLatin1Char('}');
    return out.join(QStringLiteral(", "));
}

} // namespace

TemplateDialog::TemplateDialog(Session& session, const DraftTemplate* existing, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(existing ? tr("Edit Template: %1").arg(existing->name) : tr("New Template"));
    if (existing) {
        m_id = existing->id;
        m_version = existing->version;
    }

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_name->setMaxLength(LibraryLimits::Name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateKindCombo"));
    for (DraftKind kind : drafts::DraftText::allKinds())
        m_kind->addItem(drafts::DraftText::label(kind), drafts::DraftText::code(kind));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguageCombo"));
    for (DraftLanguage language : drafts::DraftText::allLanguages())
        m_language->addItem(drafts::DraftText::label(language), drafts::DraftText::code(language));
    m_active = new QCheckBox(tr("&Active: offered for new drafts"), this);
    m_active->setObjectName(QStringLiteral("templateActiveCheck"));

    m_body = new QTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBodyEdit"));
    m_body->setAcceptRichText(true);
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("Dear {contact_name}, \u2026"));
    auto* bodyBox = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    bodyLayout->addWidget(makeFormatBar());
    bodyLayout->addWidget(m_body, 1);

    // The placeholders the core knows, with what each is filled with.
    m_placeholders = new QListWidget(this);
    m_placeholders->setObjectName(QStringLiteral("placeholderList"));
    for (const Placeholder& placeholder : LibraryService::placeholders()) {
        auto* item = new QListWidgetItem(QLatin1Char('{') + placeholder.name + QLatin1Char('}'), m_placeholders);
        item->setData(Qt::UserRole, placeholder.name);
        item->setToolTip(placeholder.description);
    }
    connect(m_placeholders, &QListWidget::itemActivated, this, &TemplateDialog::insertPlaceholder);
    auto* insert = new QPushButton(tr("Insert &Placeholder"), this);
    insert->setObjectName(QStringLiteral("insertPlaceholderButton"));
    insert->setAutoDefault(false);
    connect(insert, &QPushButton::clicked, this, &TemplateDialog::insertPlaceholder);
    auto* placeholderBox = new QGroupBox(tr("Placeholders"), this);
    auto* placeholderLayout = new QVBoxLayout(placeholderBox);
    placeholderLayout->addWidget(m_placeholders, 1);
    placeholderLayout->addWidget(insert);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setOpenLinks(false);
    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("templatePreviewReport"));
    m_report->setTextFormat(Qt::PlainText);
    m_report->setWordWrap(true);
    auto* previewButton = new QPushButton(tr("Pre&view with a Sample Query"), this);
    previewButton->setObjectName(QStringLiteral("templatePreviewButton"));
    previewButton->setAutoDefault(false);
    connect(previewButton, &QPushButton::clicked, this, &TemplateDialog::preview);
    auto* previewBox = new QGroupBox(tr("Preview"), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(previewButton);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_report);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name *:"), withError(m_name, Field::Name));
    form->addRow(tr("&Kind:"), withError(m_kind, Field::Kind));
    form->addRow(tr("&Language:"), withError(m_language, Field::Language));
    form->addRow(QString(), m_active);
    auto* editorSide = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorSide);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    auto* bodyLabel = new QLabel(tr("&Text:"), editorSide);
    bodyLabel->setBuddy(m_body);
    editorLayout->addWidget(bodyLabel);
    editorLayout->addWidget(withError(bodyBox, Field::Body), 1);
    m_fields.insert(Field::Body, m_body);
    editorLayout->addWidget(new NoteLabel(tr("Only simple formatting is kept (bold, italic, underline, headings, "
                                             "lists, links); anything else is removed when the template is saved."),
        editorSide));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(editorSide);
    split->addWidget(placeholderBox);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2);

    m_conflict = new ConflictBanner(QStringLiteral("template"), this);

    m_formError = new InlineError(this);
    m_formError->setObjectName(QStringLiteral("templateFormErrorLabel"));
    m_conflict->offerChoices(
        this, m_formError, [this] { return m_session.library().templateById(*m_id); },
        [this](const DraftTemplate& current) { reloadStored(current); }, m_version);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("templateSaveButton"));
    if (!existing)
        buttons->button(QDialogButtonBox::Save)->setText(tr("&Add Template"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(split, 1);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);

    if (existing) {
        TemplateInput in;
        in.name = existing->name;
        in.kind = existing->kind;
        in.language = existing->language;
        in.html = existing->html;
        in.active = existing->active;
        fill(in);
    } else {
        fill(TemplateInput {});
    }
    clearErrors();
    m_name->setFocus();
    resize(1100, 640);
}

QWidget* TemplateDialog::withError(QWidget* field, Field which)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    layout->addWidget(field, 1);
    auto* error = new InlineError(box);
    error->setObjectName(fieldCode(which) + QStringLiteral("TemplateError"));
    layout->addWidget(error);
    m_fields.insert(which, field);
    m_errors.insert(which, error);
    return box;
}

QToolBar* TemplateDialog::makeFormatBar()
{
    auto* bar = new QToolBar(tr("Formatting"), this);
    bar->setObjectName(QStringLiteral("templateFormatBar"));
    bar->setIconSize(QSize(16, 16));
    const auto add = [this, bar](const char* name, const QString& text, const QKeySequence& shortcut,
                         const std::function<void(bool)>& apply, bool checkable) {
        auto* action = new QAction(text, bar);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(checkable);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
            m_body->addAction(action);
        }
        connect(action, &QAction::triggered, this, [this, apply](bool on) {
            apply(on);
            m_body->setFocus();
        });
        bar->addAction(action);
        return action;
    };
    QAction* bold = add(
        "templateBoldAction", tr("Bold"), QKeySequence::Bold,
        [this](bool on) { m_body->setFontWeight(on ? QFont::Bold : QFont::Normal); }, true);
    QAction* italic = add(
        "templateItalicAction", tr("Italic"), QKeySequence::Italic, [this](bool on) { m_body->setFontItalic(on); },
        true);
    QAction* underline = add(
        "templateUnderlineAction", tr("Underline"), QKeySequence::Underline,
        [this](bool on) { m_body->setFontUnderline(on); }, true);
    bar->addSeparator();
    const auto list = [this](QTextListFormat::Style style) {
        QTextCursor cursor = m_body->textCursor();
        if (QTextList* current = cursor.currentList(); current && current->format().style() == style) {
            // Pressed again: the paragraph leaves the list.
            QTextBlockFormat block = cursor.blockFormat();
            current->remove(cursor.block());
            block.setIndent(0);
            cursor.setBlockFormat(block);
            return;
        }
        cursor.createList(style);
    };
    add(
        "templateBulletsAction", tr("Bulleted List"), {}, [list](bool) { list(QTextListFormat::ListDisc); }, false);
    add(
        "templateNumbersAction", tr("Numbered List"), {}, [list](bool) { list(QTextListFormat::ListDecimal); }, false);
    connect(
        m_body, &QTextEdit::currentCharFormatChanged, bar, [bold, italic, underline](const QTextCharFormat& format) {
            bold->setChecked(format.fontWeight() >= QFont::Bold);
            italic->setChecked(format.fontItalic());
            underline->setChecked(format.fontUnderline());
        });
    return bar;
}

void TemplateDialog::fill(const TemplateInput& in)
{
    m_name->setText(in.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(drafts::DraftText::code(in.kind))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(drafts::DraftText::code(in.language))));
    m_active->setChecked(in.active);
    if (in.html.isEmpty())
        m_body->clear();
    else
        m_body->setHtml(in.html);
    m_body->document()->setModified(false);
    m_initial = input();
}

TemplateInput TemplateDialog::input() const
{
    TemplateInput in;
    in.name = m_name->text().trimmed();
    in.kind = drafts::DraftText::kind(m_kind->currentData().toString()).value_or(DraftKind::Acknowledgement);
    in.language = drafts::DraftText::language(m_language->currentData().toString()).value_or(DraftLanguage::English);
    // Empty text is an empty body (not Qt's document skeleton); the core sanitises the rest.
    in.html = m_body->toPlainText().trimmed().isEmpty() ? QString() : m_body->toHtml();
    in.active = m_active->isChecked();
    return in;
}

bool TemplateDialog::hasUnsavedChanges() const
{
    if (m_body->document()->isModified())
        return true;
    TemplateInput now = input();
    now.html = m_initial.html; // the body's own flag says whether it changed
    return !sameInput(now, m_initial);
}

QString TemplateDialog::describe() const
{
    return m_id ? tr("the edit of a template") : tr("a new template being added");
}

void TemplateDialog::insertPlaceholder()
{
    const QListWidgetItem* item = m_placeholders->currentItem();
    if (!item)
        return;
    m_body->insertPlainText(QLatin1Char('{') + item->data(Qt::UserRole).toString() + QLatin1Char('}'));
    m_body->setFocus();
}

QString TemplateDialog::placeholderProblem() const
{
    Result<QStringList> used = LibraryService::placeholdersIn(m_body->toPlainText());
    if (!used)
        return used.error().message;
    QStringList known;
    for (const Placeholder& placeholder : LibraryService::placeholders())
        known << placeholder.name;
    QStringList unknown;
    for (const QString& name : *used) {
        if (!known.contains(name))
            unknown << name;
    }
    if (unknown.isEmpty())
        return {};
    return tr("Unknown placeholder(s): %1. Choose one from the list.", nullptr, static_cast<int>(unknown.size()))
        .arg(braced(unknown));
}

void TemplateDialog::preview()
{
    const TemplateInput in = input();
    // The preview shows what will be stored: the allowed formatting only (and no style sheet,
    // whose braces are no placeholders).
    const Result<drafts::SanitisedHtml> clean = drafts::HtmlSanitizer::sanitise(in.html);
    if (!clean) {
        m_preview->clear();
        m_report->setText(clean.error().message);
        return;
    }
    const FilledTemplate filled = m_session.library().fillSample(clean->html, in.language);
    m_preview->setHtml(filled.html);
    QStringList report;
    if (const QString problem = placeholderProblem(); !problem.isEmpty())
        report << problem;
    if (!filled.unknown.isEmpty())
        report << tr("Not known, left as typed: %1.").arg(braced(filled.unknown));
    if (!filled.empty.isEmpty())
        report << tr("Empty for the sample query, marked in the text: %1.").arg(braced(filled.empty));
    if (report.isEmpty())
        report << tr("Every placeholder was filled.");
    if (!clean->removed.isEmpty())
        report << tr("Removed when saved: %1.").arg(clean->removed.join(QStringLiteral(", ")));
    m_report->setText(report.join(QLatin1Char('\n')));
}

void TemplateDialog::clearErrors()
{
    for (InlineError* error : std::as_const(m_errors))
        error->clearMessage();
    m_formError->clearMessage();
}

void TemplateDialog::showRefusal(const QString& message)
{
    clearErrors();
    // The core's message is shown under the field it is about, found by looking at the form
    // the way the core does; anything else is about the whole form.
    const TemplateInput in = input();
    Field field = Field::Body;
    bool placed = true;
    if (in.name.isEmpty() || in.name.size() > LibraryLimits::Name) {
        field = Field::Name;
    } else if (!placeholderProblem().isEmpty()) {
        field = Field::Body;
    } else {
        placed = false;
        for (const DraftTemplate& other : m_session.library().templates(true)) {
            if (other.id != m_id.value_or(0) && other.language == in.language
                && other.name.compare(in.name, Qt::CaseInsensitive) == 0) {
                field = Field::Name;
                placed = true;
            }
        }
    }
    if (placed) {
        m_errors.value(field)->showMessage(message);
        m_formError->showMessage(tr("Nothing was saved."));
        m_fields.value(field)->setFocus();
    } else {
        m_formError->showMessage(message);
    }
}

void TemplateDialog::accept()
{
    const TemplateInput in = input();
    clearErrors();
    if (in.name.isEmpty()) {
        // Said at once, under the field; the core refuses it too.
        m_errors.value(Field::Name)->showMessage(tr("A template needs a name."));
        m_formError->showMessage(tr("Nothing was saved."));
        m_name->setFocus();
        return;
    }
    Result<DraftTemplate> result
        = m_id ? m_session.library().editTemplate(*m_id, in, m_version) : m_session.library().addTemplate(in);
    if (!result) {
        if (result.code() == ErrorCode::Conflict && m_id) {
            m_conflict->showConflict(result.error().message);
        } else {
            showRefusal(result.error().message);
        }
        return;
    }
    m_initial = in;
    m_body->document()->setModified(false);
    Q_EMIT saved(result->id);
    QDialog::accept();
}

void TemplateDialog::reject()
{
    MessageBox::closeAfterAskingToDiscard(
        this, hasUnsavedChanges(), tr("Discard what you typed in this template?"), [this] { QDialog::reject(); });
}

void TemplateDialog::reloadStored(const DraftTemplate& current)
{
    m_version = current.version;
    TemplateInput in;
    in.name = current.name;
    in.kind = current.kind;
    in.language = current.language;
    in.html = current.html;
    in.active = current.active;
    fill(in);
    clearErrors();
}

} // namespace advicehub::ui
