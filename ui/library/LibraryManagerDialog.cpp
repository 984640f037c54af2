#include "library/LibraryManagerDialog.h"

#include "common/CurrentItemId.h"
#include "common/MessageBox.h"
#include "common/ShowDialog.h"
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

namespace {

QTreeWidget* makeList(const char* name, const QStringList& headers, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::Interactive);
    list->header()->setStretchLastSection(true);
    return list;
}

QStringList column(const QTreeWidget* list, int column)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(column);
    return out;
}

void select(QTreeWidget* list, qint64 id, int role)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, role).toLongLong() == id) {
            list->setCurrentItem(list->topLevelItem(i));
            list->scrollToItem(list->topLevelItem(i));
            return;
        }
    }
}

} // namespace

LibraryManagerDialog::LibraryManagerDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("libraryManagerDialog"));
    setWindowTitle(tr("Templates and Library"));

    // Templates.
    auto* templatesTab = new QWidget;
    templatesTab->setObjectName(QStringLiteral("templatesTab"));
    m_templates = makeList("templateList", { tr("Language"), tr("Kind"), tr("Name"), tr("Status") }, templatesTab);
    m_templates->header()->resizeSection(TemplateLanguageColumn, 90);
    m_templates->header()->resizeSection(TemplateKindColumn, 200);
    m_templates->header()->resizeSection(TemplateNameColumn, 300);
    m_inactiveTemplates = new QCheckBox(tr("Show &inactive"), templatesTab);
    m_inactiveTemplates->setObjectName(QStringLiteral("showInactiveTemplatesCheck"));
    auto* templateButtons = new QHBoxLayout;
    for (QPushButton* button : { makeButton("newTemplateButton", tr("&New Template\u2026"), templatesTab),
             makeButton("editTemplateButton", tr("&Edit\u2026"), templatesTab),
             makeButton("deactivateTemplateButton", tr("&Deactivate"), templatesTab),
             makeButton("reactivateTemplateButton", tr("&Reactivate"), templatesTab) })
        templateButtons->addWidget(button);
    templateButtons->addStretch();
    templateButtons->addWidget(m_inactiveTemplates);
    auto* templatesLayout = new QVBoxLayout(templatesTab);
    templatesLayout->addWidget(m_templates, 1);
    templatesLayout->addLayout(templateButtons);
    connect(
        button(QStringLiteral("newTemplateButton")), &QPushButton::clicked, this, &LibraryManagerDialog::newTemplate);
    connect(
        button(QStringLiteral("editTemplateButton")), &QPushButton::clicked, this, &LibraryManagerDialog::editTemplate);
    connect(button(QStringLiteral("deactivateTemplateButton")), &QPushButton::clicked, this,
        [this] { setTemplateActive(false); });
    connect(button(QStringLiteral("reactivateTemplateButton")), &QPushButton::clicked, this,
        [this] { setTemplateActive(true); });
    connect(m_templates, &QTreeWidget::itemActivated, this, &LibraryManagerDialog::editTemplate);
    connect(m_templates, &QTreeWidget::currentItemChanged, this, &LibraryManagerDialog::updateButtons);
    connect(m_inactiveTemplates, &QCheckBox::toggled, this, &LibraryManagerDialog::reloadTemplates);

    // Library.
    auto* libraryTab = new QWidget;
    libraryTab->setObjectName(QStringLiteral("libraryTab"));
    m_filter = new QLineEdit(libraryTab);
    m_filter->setObjectName(QStringLiteral("resourceFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by words of the title, description or citation"));
    m_themeFilter = new QComboBox(libraryTab);
    m_themeFilter->setObjectName(QStringLiteral("resourceThemeFilterCombo"));
    m_themeFilter->addItem(tr("Any theme"));
    for (const reference::NamedItem& theme : session.lookup().themes())
        m_themeFilter->addItem(theme.name, theme.id);
    m_inactiveResources = new QCheckBox(tr("Show i&nactive"), libraryTab);
    m_inactiveResources->setObjectName(QStringLiteral("showInactiveResourcesCheck"));
    auto* filterLabel = new QLabel(tr("&Filter:"), libraryTab);
    filterLabel->setBuddy(m_filter);
    auto* filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_themeFilter, 1);
    m_resources
        = makeList("resourceList", { tr("Title"), tr("Kind"), tr("Themes"), tr("Language"), tr("Status") }, libraryTab);
    m_resources->header()->resizeSection(ResourceTitleColumn, 320);
    m_resources->header()->resizeSection(ResourceKindColumn, 90);
    m_resources->header()->resizeSection(ResourceThemesColumn, 200);
    auto* resourceButtons = new QHBoxLayout;
    for (QPushButton* button : { makeButton("newResourceButton", tr("New &Entry\u2026"), libraryTab),
             makeButton("editResourceButton", tr("Edi&t\u2026"), libraryTab),
             makeButton("deactivateResourceButton", tr("De&activate"), libraryTab),
             makeButton("reactivateResourceButton", tr("Reac&tivate"), libraryTab) })
        resourceButtons->addWidget(button);
    resourceButtons->addStretch();
    resourceButtons->addWidget(m_inactiveResources);
    auto* libraryLayout = new QVBoxLayout(libraryTab);
    libraryLayout->addLayout(filters);
    libraryLayout->addWidget(m_resources, 1);
    libraryLayout->addLayout(resourceButtons);
    connect(
        button(QStringLiteral("newResourceButton")), &QPushButton::clicked, this, &LibraryManagerDialog::newResource);
    connect(
        button(QStringLiteral("editResourceButton")), &QPushButton::clicked, this, &LibraryManagerDialog::editResource);
    connect(button(QStringLiteral("deactivateResourceButton")), &QPushButton::clicked, this,
        [this] { setResourceActive(false); });
    connect(button(QStringLiteral("reactivateResourceButton")), &QPushButton::clicked, this,
        [this] { setResourceActive(true); });
    connect(m_resources, &QTreeWidget::itemActivated, this, &LibraryManagerDialog::editResource);
    connect(m_resources, &QTreeWidget::currentItemChanged, this, &LibraryManagerDialog::updateButtons);
    connect(m_inactiveResources, &QCheckBox::toggled, this, &LibraryManagerDialog::reloadResources);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &LibraryManagerDialog::reloadResources);
    connect(m_filter, &QLineEdit::returnPressed, this, &LibraryManagerDialog::reloadResources);
    connect(m_themeFilter, &QComboBox::activated, this, &LibraryManagerDialog::reloadResources);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("libraryManagerTabs"));
    m_tabs->addTab(templatesTab, tr("Te&mplates"));
    m_tabs->addTab(libraryTab, tr("&Library"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &LibraryManagerDialog::updateButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
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

QPushButton* LibraryManagerDialog::makeButton(const char* name, const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setAutoDefault(false);
    m_buttons.insert(button->objectName(), button);
    return button;
}

void LibraryManagerDialog::showError(const QString& message)
{
    MessageBox::warning(this, windowTitle(), message);
}

void LibraryManagerDialog::reloadTemplates()
{
    const qint64 current = currentItemId(m_templates, IdRole);
    m_templates->clear();
    for (const DraftTemplate& each : m_session.library().templates(m_inactiveTemplates->isChecked())) {
        auto* item = new QTreeWidgetItem(m_templates);
        item->setData(0, IdRole, each.id);
        item->setText(TemplateLanguageColumn, drafts::DraftText::label(each.language));
        item->setText(TemplateKindColumn, drafts::DraftText::label(each.kind));
        item->setText(TemplateNameColumn, each.name);
        QString status = each.active ? tr("Active") : tr("Inactive");
        if (each.seeded)
            status += tr(", came with the vault");
        item->setText(TemplateStatusColumn, status);
        item->setData(TemplateStatusColumn, Qt::UserRole, each.active);
        if (!each.active) {
            for (int column = 0; column < m_templates->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::PlaceholderText));
        }
    }
    if (current)
        select(m_templates, current, IdRole);
    updateButtons();
}

void LibraryManagerDialog::reloadResources()
{
    m_filterTimer->stop();
    const qint64 current = currentItemId(m_resources, IdRole);
    std::optional<qint64> theme;
    if (m_themeFilter->currentIndex() > 0)
        theme = m_themeFilter->currentData().toLongLong();
    QHash<qint64, QString> themeNames;
    for (const reference::NamedItem& item : m_session.lookup().themes())
        themeNames.insert(item.id, item.name);
    m_resources->clear();
    for (const LibraryResource& each :
        m_session.library().resources(m_filter->text().trimmed(), theme, m_inactiveResources->isChecked())) {
        auto* item = new QTreeWidgetItem(m_resources);
        item->setData(0, IdRole, each.id);
        item->setText(ResourceTitleColumn, each.title);
        item->setToolTip(ResourceTitleColumn, each.description);
        item->setText(ResourceKindColumn, ResourceDialog::kindLabel(each.kind));
        QStringList themes;
        for (qint64 id : each.themeIds)
            themes << themeNames.value(id);
        item->setText(ResourceThemesColumn, themes.join(QStringLiteral(", ")));
        item->setText(ResourceLanguageColumn, ResourceDialog::languageLabel(each.language));
        item->setText(ResourceStatusColumn, each.active ? tr("Active") : tr("Inactive"));
        item->setData(ResourceStatusColumn, Qt::UserRole, each.active);
        if (!each.active) {
            for (int column = 0; column < m_resources->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::PlaceholderText));
        }
    }
    if (current)
        select(m_resources, current, IdRole);
    updateButtons();
}

QStringList LibraryManagerDialog::listedTemplates() const
{
    return column(m_templates, TemplateNameColumn);
}

QStringList LibraryManagerDialog::listedResources() const
{
    return column(m_resources, ResourceTitleColumn);
}

void LibraryManagerDialog::selectTemplate(qint64 id)
{
    select(m_templates, id, IdRole);
}

void LibraryManagerDialog::selectResource(qint64 id)
{
    select(m_resources, id, IdRole);
}

void LibraryManagerDialog::updateButtons()
{
    const bool adviser = m_session.currentAdviserId().has_value();
    const QTreeWidgetItem* templateItem = m_templates->currentItem();
    const bool templateActive = templateItem && templateItem->data(TemplateStatusColumn, Qt::UserRole).toBool();
    button(QStringLiteral("newTemplateButton"))->setEnabled(adviser);
    button(QStringLiteral("editTemplateButton"))->setEnabled(adviser && templateItem);
    button(QStringLiteral("deactivateTemplateButton"))->setEnabled(adviser && templateItem && templateActive);
    button(QStringLiteral("reactivateTemplateButton"))->setEnabled(adviser && templateItem && !templateActive);
    const QTreeWidgetItem* resourceItem = m_resources->currentItem();
    const bool resourceActive = resourceItem && resourceItem->data(ResourceStatusColumn, Qt::UserRole).toBool();
    button(QStringLiteral("newResourceButton"))->setEnabled(adviser);
    button(QStringLiteral("editResourceButton"))->setEnabled(adviser && resourceItem);
    button(QStringLiteral("deactivateResourceButton"))->setEnabled(adviser && resourceItem && resourceActive);
    button(QStringLiteral("reactivateResourceButton"))->setEnabled(adviser && resourceItem && !resourceActive);
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

void LibraryManagerDialog::newTemplate()
{
    if (!m_session.currentAdviserId())
        return;
    auto* dialog = new TemplateDialog(m_session, nullptr, this);
    connect(dialog, &TemplateDialog::saved, this, [this](qint64 id) {
        reloadTemplates();
        selectTemplate(id);
    });
    showDialog(dialog);
}

void LibraryManagerDialog::editTemplate()
{
    const qint64 id = currentItemId(m_templates, IdRole);
    if (!id || !m_session.currentAdviserId())
        return;
    Result<DraftTemplate> current = m_session.library().templateById(id);
    if (!current) {
        showError(current.error().message);
        reloadTemplates();
        return;
    }
    auto* dialog = new TemplateDialog(m_session, &*current, this);
    connect(dialog, &TemplateDialog::saved, this, [this](qint64 saved) {
        reloadTemplates();
        selectTemplate(saved);
    });
    showDialog(dialog);
}

void LibraryManagerDialog::setTemplateActive(bool active)
{
    const qint64 id = currentItemId(m_templates, IdRole);
    if (!id || !m_session.currentAdviserId())
        return;
    Result<DraftTemplate> current = m_session.library().templateById(id);
    if (!current) {
        showError(current.error().message);
        reloadTemplates();
        return;
    }
    TemplateInput input;
    input.name = current->name;
    input.kind = current->kind;
    input.language = current->language;
    input.html = current->html;
    input.active = active;
    Result<DraftTemplate> saved = m_session.library().editTemplate(id, input, current->version);
    if (!saved)
        showError(saved.error().message);
    reloadTemplates();
    selectTemplate(id);
}

void LibraryManagerDialog::newResource()
{
    if (!m_session.currentAdviserId())
        return;
    auto* dialog = new ResourceDialog(m_session, nullptr, this);
    connect(dialog, &ResourceDialog::saved, this, [this](qint64 id) {
        reloadResources();
        selectResource(id);
    });
    showDialog(dialog);
}

void LibraryManagerDialog::editResource()
{
    const qint64 id = currentItemId(m_resources, IdRole);
    if (!id || !m_session.currentAdviserId())
        return;
    Result<LibraryResource> current = m_session.library().resource(id);
    if (!current) {
        showError(current.error().message);
        reloadResources();
        return;
    }
    auto* dialog = new ResourceDialog(m_session, &*current, this);
    connect(dialog, &ResourceDialog::saved, this, [this](qint64 saved) {
        reloadResources();
        selectResource(saved);
    });
    showDialog(dialog);
}

void LibraryManagerDialog::setResourceActive(bool active)
{
    const qint64 id = currentItemId(m_resources, IdRole);
    if (!id || !m_session.currentAdviserId())
        return;
    Result<LibraryResource> current = m_session.library().resource(id);
    if (!current) {
        showError(current.error().message);
        reloadResources();
        return;
    }
    LibraryResource changed = *current;
    changed.active = active;
    Result<LibraryResource> saved = m_session.library().editResource(id, changed, current->version);
    if (!saved)
        showError(saved.error().message);
    reloadResources();
    selectResource(id);
}

} // namespace advicehub::ui
