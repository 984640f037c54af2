#include "library/ResourceDialog.h"

#include "common/CheckList.h"
#include "common/ConflictBanner.h"
#include "common/Continuation.h"
#include "common/InlineError.h"
#include "common/MessageBox.h"
#include "library/LibraryService.h"
#include "reference/ReferenceLookup.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::library;

namespace {

bool sameResource(const LibraryResource& a, const LibraryResource& b)
{
    return a.kind == b.kind && a.title == b.title && a.description == b.description && a.themeIds == b.themeIds
        && a.language == b.language && a.link == b.link && a.citation == b.citation && a.active == b.active;
}

QString fieldCode(ResourceDialog::Field field)
{
    switch (field) {
    case ResourceDialog::Field::Kind:
        return QStringLiteral("kind");
    case ResourceDialog::Field::Title:
        return QStringLiteral("title");
    case ResourceDialog::Field::Description:
        return QStringLiteral("description");
    case ResourceDialog::Field::Themes:
        return QStringLiteral("themes");
    case ResourceDialog::Field::Language:
        return QStringLiteral("language");
    case ResourceDialog::Field::Link:
        return QStringLiteral("link");
    case ResourceDialog::Field::Citation:
        return QStringLiteral("citation");
    }
    return {};
}

} // namespace

QString ResourceDialog::kindLabel(ResourceKind kind)
{
    return kind == ResourceKind::CtiTool ? tr("CTI tool") : tr("Reference");
}

QString ResourceDialog::languageLabel(const QString& code)
{
    if (code.isEmpty())
        return tr("Several");
    if (const std::optional<DraftLanguage> language = drafts::DraftText::language(code))
        return drafts::DraftText::label(*language);
    return code;
}

ResourceDialog::ResourceDialog(Session& session, const LibraryResource* existing, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("resourceDialog"));
    setWindowTitle(existing ? tr("Edit Library Entry: %1").arg(existing->title) : tr("New Library Entry"));
    if (existing) {
        m_id = existing->id;
        m_version = existing->version;
    }

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("resourceKindCombo"));
    m_kind->addItem(kindLabel(ResourceKind::Reference), static_cast<int>(ResourceKind::Reference));
    m_kind->addItem(kindLabel(ResourceKind::CtiTool), static_cast<int>(ResourceKind::CtiTool));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("resourceTitleEdit"));
    m_title->setMaxLength(LibraryLimits::Title);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("resourceDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the tool or reference is, and when to cite it"));
    m_themes = new CheckList(this, 6);
    m_themes->setObjectName(QStringLiteral("resourceThemesList"));
    for (const reference::NamedItem& theme : session.lookup().themes()) {
        if (theme.active || (existing && existing->themeIds.contains(theme.id)))
            m_themes->addItem(theme.name, theme.id);
    }
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("resourceLanguageCombo"));
    m_language->addItem(languageLabel(QString()), QString());
    for (DraftLanguage language : drafts::DraftText::allLanguages())
        m_language->addItem(drafts::DraftText::label(language), drafts::DraftText::code(language));
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("resourceLinkEdit"));
    m_link->setMaxLength(LibraryLimits::Link);
    m_link->setPlaceholderText(QStringLiteral("https://"));
    m_citation = new QPlainTextEdit(this);
    m_citation->setObjectName(QStringLiteral("resourceCitationEdit"));
    m_citation->setTabChangesFocus(true);
    m_citation->setPlaceholderText(tr("The text inserted into a draft when this entry is cited"));
    m_active = new QCheckBox(tr("&Active: offered in the draft editor's library"), this);
    m_active->setObjectName(QStringLiteral("resourceActiveCheck"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), withError(m_kind, Field::Kind));
    form->addRow(tr("&Title *:"), withError(m_title, Field::Title));
    form->addRow(tr("&Description:"), withError(m_description, Field::Description));
    form->addRow(tr("T&hemes:"), withError(m_themes, Field::Themes));
    form->addRow(tr("&Language:"), withError(m_language, Field::Language));
    form->addRow(tr("Lin&k:"), withError(m_link, Field::Link));
    form->addRow(tr("&Citation *:"), withError(m_citation, Field::Citation));
    form->addRow(QString(), m_active);

    m_conflict = new ConflictBanner(QStringLiteral("resource"), this);

    m_formError = new InlineError(this);
    m_formError->setObjectName(QStringLiteral("resourceFormErrorLabel"));
    m_conflict->offerChoices(
        this, m_formError, [this] { return m_session.library().resource(*m_id); },
        [this](const LibraryResource& current) { reloadStored(current); }, m_version);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("resourceSaveButton"));
    if (!existing)
        buttons->button(QDialogButtonBox::Save)->setText(tr("&Add to Library"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResourceDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addLayout(form, 1);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);

    fill(existing ? *existing : LibraryResource {});
    clearErrors();
    m_title->setFocus();
    resize(680, 640);
}

QWidget* ResourceDialog::withError(QWidget* field, Field which)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    layout->addWidget(field);
    auto* error = new InlineError(box);
    error->setObjectName(fieldCode(which) + QStringLiteral("ResourceError"));
    layout->addWidget(error);
    m_fields.insert(which, field);
    m_errors.insert(which, error);
    return box;
}

void ResourceDialog::fill(const LibraryResource& resource)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(resource.kind))));
    m_title->setText(resource.title);
    m_description->setPlainText(resource.description);
    QVariantList themes;
    for (qint64 id : resource.themeIds)
        themes << id;
    m_themes->setCheckedValues(themes);
    m_language->setCurrentIndex(std::max(0, m_language->findData(resource.language)));
    m_link->setText(resource.link);
    m_citation->setPlainText(resource.citation);
    m_active->setChecked(resource.active);
    m_initial = input();
}

LibraryResource ResourceDialog::input() const
{
    LibraryResource resource;
    resource.kind = static_cast<ResourceKind>(m_kind->currentData().toInt());
    resource.title = m_title->text().trimmed();
    resource.description = m_description->toPlainText().trimmed();
    for (const QVariant& id : m_themes->checkedValues())
        resource.themeIds << id.toLongLong();
    resource.language = m_language->currentData().toString();
    resource.link = m_link->text().trimmed();
    resource.citation = m_citation->toPlainText().trimmed();
    resource.active = m_active->isChecked();
    return resource;
}

bool ResourceDialog::hasUnsavedChanges() const
{
    return !sameResource(input(), m_initial);
}

QString ResourceDialog::describe() const
{
    return m_id ? tr("the edit of a library entry") : tr("a new library entry being added");
}

QHash<ResourceDialog::Field, QString> ResourceDialog::check(const LibraryResource& resource) const
{
    QHash<Field, QString> problems;
    if (resource.title.isEmpty())
        problems.insert(Field::Title, tr("A library entry needs a title."));
    if (resource.citation.isEmpty())
        problems.insert(Field::Citation, tr("A library entry needs the citation inserted into drafts."));
    else if (resource.citation.size() > LibraryLimits::Citation)
        problems.insert(
            Field::Citation, tr("The citation is longer than %n characters.", nullptr, LibraryLimits::Citation));
    if (resource.description.size() > LibraryLimits::Description)
        problems.insert(Field::Description,
            tr("The description is longer than %n characters.", nullptr, LibraryLimits::Description));
    if (!resource.link.isEmpty()) {
        const QUrl url(resource.link, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            problems.insert(Field::Link, tr("The link must be a web address starting with https://."));
    }
    return problems;
}

void ResourceDialog::clearErrors()
{
    for (InlineError* error : std::as_const(m_errors))
        error->clearMessage();
    m_formError->clearMessage();
}

void ResourceDialog::showRefusal(const QString& message)
{
    clearErrors();
    const LibraryResource resource = input();
    std::optional<Field> field;
    for (const LibraryResource& other : m_session.library().resources({}, std::nullopt, true)) {
        if (other.id != m_id.value_or(0) && other.title.compare(resource.title, Qt::CaseInsensitive) == 0)
            field = Field::Title;
    }
    if (field) {
        m_errors.value(*field)->showMessage(message);
        m_formError->showMessage(tr("Nothing was saved."));
        m_fields.value(*field)->setFocus();
    } else {
        m_formError->showMessage(message);
    }
}

void ResourceDialog::accept()
{
    const LibraryResource resource = input();
    clearErrors();
    // What the form can see itself is said under each field at once; the core checks again.
    const QHash<Field, QString> problems = check(resource);
    if (!problems.isEmpty()) {
        QWidget* first = nullptr;
        for (Field field : { Field::Kind, Field::Title, Field::Description, Field::Themes, Field::Language, Field::Link,
                 Field::Citation }) {
            if (!problems.contains(field))
                continue;
            m_errors.value(field)->showMessage(problems.value(field));
            if (!first)
                first = m_fields.value(field);
        }
        m_formError->showMessage(
            tr("%n field(s) need attention; nothing was saved.", nullptr, static_cast<int>(problems.size())));
        if (first)
            first->setFocus();
        return;
    }
    Result<LibraryResource> result = m_id ? m_session.library().editResource(*m_id, resource, m_version)
                                          : m_session.library().addResource(resource);
    if (!result) {
        if (result.code() == ErrorCode::Conflict && m_id) {
            m_conflict->showConflict(result.error().message);
        } else {
            showRefusal(result.error().message);
        }
        return;
    }
    m_initial = resource;
    Q_EMIT saved(result->id);
    QDialog::accept();
}

void ResourceDialog::reject()
{
    MessageBox::closeAfterAskingToDiscard(
        this, hasUnsavedChanges(), tr("Discard what you typed in this library entry?"), [this] { QDialog::reject(); });
}

void ResourceDialog::reloadStored(const LibraryResource& current)
{
    m_version = current.version;
    fill(current);
    clearErrors();
}

} // namespace advicehub::ui
