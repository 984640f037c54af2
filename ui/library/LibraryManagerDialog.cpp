#include "library/LibraryManagerDialog.h"

#include "common/MessageBox.h"
#include "common/ShowDialog.h"
#include "library/LibraryListTab.h"
#include "library/LibraryService.h"
#include "library/ResourceDialog.h"
#include "library/TemplateDialog.h"
#include "reference/ReferenceLookup.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::library;

static_assert(LibraryManagerDialog::IdRole == LibraryListTab::IdRole);

LibraryManagerDialog::LibraryManagerDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("libraryManagerDialog"));
    setWindowTitle(tr("Templates and Library"));

    // Templates.
    m_templates = new LibraryListTab(
        { "templatesTab", "templateList", "newTemplateButton", "editTemplateButton", "deactivateTemplateButton",
            "reactivateTemplateButton", "showInactiveTemplatesCheck" },
        { tr("&New Template\u2026"), tr("&Edit\u2026"), tr("&Deactivate"), tr("&Reactivate"), tr("Show &inactive") },
        { tr("Language"), tr("Kind"), tr("Name"), tr("Status") });
    m_templates->list()->header()->resizeSection(TemplateLanguageColumn, 90);
    m_templates->list()->header()->resizeSection(TemplateKindColumn, 200);
    m_templates->list()->header()->resizeSection(TemplateNameColumn, 300);
    connect(m_templates, &LibraryListTab::newRequested, this, &LibraryManagerDialog::newTemplate);
    connect(m_templates, &LibraryListTab::editRequested, this, &LibraryManagerDialog::editTemplate);
    connect(m_templates, &LibraryListTab::activeRequested, this, &LibraryManagerDialog::setTemplateActive);
    connect(m_templates, &LibraryListTab::showInactiveToggled, this, &LibraryManagerDialog::reloadTemplates);

    // Library.
    m_resources
        = new LibraryListTab({ "libraryTab", "resourceList", "newResourceButton", "editResourceButton",
                                 "deactivateResourceButton", "reactivateResourceButton", "showInactiveResourcesCheck" },
            { tr("New &Entry\u2026"), tr("Edi&t\u2026"), tr("De&activate"), tr("Reac&tivate"), tr("Show i&nactive") },
            { tr("Title"), tr("Kind"), tr("Themes"), tr("Language"), tr("Status") });
    m_resources->list()->header()->resizeSection(ResourceTitleColumn, 320);
    m_resources->list()->header()->resizeSection(ResourceKindColumn, 90);
    m_resources->list()->header()->resizeSection(ResourceThemesColumn, 200);
    m_filter = new QLineEdit(m_resources);
    m_filter->setObjectName(QStringLiteral("resourceFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by words of the title, description or citation"));
    m_themeFilter = new QComboBox(m_resources);
    m_themeFilter->setObjectName(QStringLiteral("resourceThemeFilterCombo"));
    m_themeFilter->addItem(tr("Any theme"));
    for (const reference::NamedItem& theme : session.lookup().themes())
        m_themeFilter->addItem(theme.name, theme.id);
    auto* filterLabel = new QLabel(tr("&Filter:"), m_resources);
    filterLabel->setBuddy(m_filter);
    m_resources->topLayout()->addWidget(filterLabel);
    m_resources->topLayout()->addWidget(m_filter, 2);
    m_resources->topLayout()->addWidget(m_themeFilter, 1);
    connect(m_resources, &LibraryListTab::newRequested, this, &LibraryManagerDialog::newResource);
    connect(m_resources, &LibraryListTab::editRequested, this, &LibraryManagerDialog::editResource);
    connect(m_resources, &LibraryListTab::activeRequested, this, &LibraryManagerDialog::setResourceActive);
    connect(m_resources, &LibraryListTab::showInactiveToggled, this, &LibraryManagerDialog::reloadResources);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &LibraryManagerDialog::reloadResources);
    connect(m_filter, &QLineEdit::returnPressed, this, &LibraryManagerDialog::reloadResources);
    connect(m_themeFilter, &QComboBox::activated, this, &LibraryManagerDialog::reloadResources);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("libraryManagerTabs"));
    m_tabs->addTab(m_templates, tr("Te&mplates"));
    m_tabs->addTab(m_resources, tr("&Library"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &LibraryManagerDialog::updateButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Return in the filter filters; it never closes the manager.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(&session.library(), &LibraryService::templatesChanged, this, &LibraryManagerDialog::reloadTemplates);
    connect(&session.library(), &LibraryService::resourcesChanged, this, &LibraryManagerDialog::reloadResources);
    reloadTemplates();
    reloadResources();
    resize(900, 560);
}

QTreeWidget* LibraryManagerDialog::templateList() const
{
    return m_templates->list();
}

QTreeWidget* LibraryManagerDialog::resourceList() const
{
    return m_resources->list();
}

QCheckBox* LibraryManagerDialog::showInactiveTemplates() const
{
    return m_templates->showInactive();
}

QCheckBox* LibraryManagerDialog::showInactiveResources() const
{
    return m_resources->showInactive();
}

QPushButton* LibraryManagerDialog::button(const QString& objectName) const
{
    for (const LibraryListTab* tab : { m_templates, m_resources }) {
        for (QPushButton* each : tab->buttons()) {
            if (each->objectName() == objectName)
                return each;
        }
    }
    return nullptr;
}

void LibraryManagerDialog::showError(const QString& message)
{
    MessageBox::warning(this, windowTitle(), message);
}

void LibraryManagerDialog::reloadTemplates()
{
    m_templates->refill([this] {
        for (const DraftTemplate& each : m_session.library().templates(m_templates->showInactive()->isChecked())) {
            QString status = each.active ? tr("Active") : tr("Inactive");
            if (each.seeded)
                status += tr(", came with the vault");
            m_templates->addRow(each.id,
                { drafts::DraftText::label(each.language), drafts::DraftText::label(each.kind), each.name, status },
                each.active);
        }
    });
    updateButtons();
}

void LibraryManagerDialog::reloadResources()
{
    m_filterTimer->stop();
    std::optional<qint64> theme;
    if (m_themeFilter->currentIndex() > 0)
        theme = m_themeFilter->currentData().toLongLong();
    QHash<qint64, QString> themeNames;
    for (const reference::NamedItem& item : m_session.lookup().themes())
        themeNames.insert(item.id, item.name);
    m_resources->refill([&] {
        for (const LibraryResource& each : m_session.library().resources(
                 m_filter->text().trimmed(), theme, m_resources->showInactive()->isChecked())) {
            QStringList themes;
            for (qint64 id : each.themeIds)
                themes << themeNames.value(id);
            m_resources->addRow(each.id,
                { each.title, ResourceDialog::kindLabel(each.kind), themes.join(QStringLiteral(", ")),
                    ResourceDialog::languageLabel(each.language), each.active ? tr("Active") : tr("Inactive") },
                each.active, each.description);
        }
    });
    updateButtons();
}

QStringList LibraryManagerDialog::listedTemplates() const
{
    return m_templates->column(TemplateNameColumn);
}

QStringList LibraryManagerDialog::listedResources() const
{
    return m_resources->column(ResourceTitleColumn);
}

void LibraryManagerDialog::selectTemplate(qint64 id)
{
    m_templates->select(id);
}

void LibraryManagerDialog::selectResource(qint64 id)
{
    m_resources->select(id);
}

void LibraryManagerDialog::updateButtons()
{
    // Switch Adviser… changes who acts (the workspace then reloads the templates).
    const bool adviser = m_session.currentAdviserId().has_value();
    m_templates->updateButtons(adviser);
    m_resources->updateButtons(adviser);
}

QStringList LibraryManagerDialog::unsavedWork() const
{
    QStringList notKept;
    for (const TemplateDialog* dialog : findChildren<TemplateDialog*>()) {
        if (dialog->isVisible() && dialog->hasUnsavedChanges())
            notKept << tr("\u2022 %1: template forms are not kept at a lock").arg(dialog->describe());
    }
    for (const ResourceDialog* dialog : findChildren<ResourceDialog*>()) {
        if (dialog->isVisible() && dialog->hasUnsavedChanges())
            notKept << tr("\u2022 %1: library forms are not kept at a lock").arg(dialog->describe());
    }
    return notKept;
}

template <typename Item, typename Fetch>
std::optional<Item> LibraryManagerDialog::currentOf(LibraryListTab* tab, Fetch fetch)
{
    const qint64 id = tab->currentId();
    if (!id || !m_session.currentAdviserId())
        return std::nullopt;
    Result<Item> current = fetch(id);
    if (!current) {
        showError(current.error().message);
        tab == m_templates ? reloadTemplates() : reloadResources();
        return std::nullopt;
    }
    return current.value();
}

template <typename Editor, typename Item>
void LibraryManagerDialog::openEditor(LibraryListTab* tab, const Item* existing)
{
    if (!m_session.currentAdviserId())
        return;
    auto* dialog = new Editor(m_session, existing, this);
    connect(dialog, &Editor::saved, this, [this, tab](qint64 id) {
        tab == m_templates ? reloadTemplates() : reloadResources();
        tab->select(id);
    });
    showDialog(dialog);
}

void LibraryManagerDialog::newTemplate()
{
    openEditor<TemplateDialog, DraftTemplate>(m_templates, nullptr);
}

void LibraryManagerDialog::editTemplate()
{
    if (const std::optional<DraftTemplate> current
        = currentOf<DraftTemplate>(m_templates, [this](qint64 id) { return m_session.library().templateById(id); }))
        openEditor<TemplateDialog>(m_templates, &*current);
}

void LibraryManagerDialog::setTemplateActive(bool active)
{
    const std::optional<DraftTemplate> current
        = currentOf<DraftTemplate>(m_templates, [this](qint64 id) { return m_session.library().templateById(id); });
    if (!current)
        return;
    TemplateInput input;
    input.name = current->name;
    input.kind = current->kind;
    input.language = current->language;
    input.html = current->html;
    input.active = active;
    Result<DraftTemplate> saved = m_session.library().editTemplate(current->id, input, current->version);
    if (!saved)
        showError(saved.error().message);
    reloadTemplates();
    selectTemplate(current->id);
}

void LibraryManagerDialog::newResource()
{
    openEditor<ResourceDialog, LibraryResource>(m_resources, nullptr);
}

void LibraryManagerDialog::editResource()
{
    if (const std::optional<LibraryResource> current
        = currentOf<LibraryResource>(m_resources, [this](qint64 id) { return m_session.library().resource(id); }))
        openEditor<ResourceDialog>(m_resources, &*current);
}

void LibraryManagerDialog::setResourceActive(bool active)
{
    std::optional<LibraryResource> current
        = currentOf<LibraryResource>(m_resources, [this](qint64 id) { return m_session.library().resource(id); });
    if (!current)
        return;
    const qint64 id = current->id;
    const int version = current->version;
    current->active = active;
    Result<LibraryResource> saved = m_session.library().editResource(id, *current, version);
    if (!saved)
        showError(saved.error().message);
    reloadResources();
    selectResource(id);
}

} // namespace advicehub::ui
