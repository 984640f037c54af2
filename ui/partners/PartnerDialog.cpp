#include "partners/PartnerDialog.h"

#include "common/CheckList.h"
#include "common/ConflictBanner.h"
#include "common/Continuation.h"
#include "common/InlineError.h"
#include "common/MessageBox.h"
#include "partners/PartnerService.h"
#include "reference/ReferenceLookup.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::partners;

namespace {

constexpr int kContactIdRole = Qt::UserRole;

enum ContactColumn { NameColumn, RoleColumn, EmailColumn, PhoneColumn, ContactColumns };

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString whenText(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

PartnerDialog::PartnerDialog(Session& session, const Partner* existing, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("partnerDialog"));
    setWindowTitle(existing ? tr("Edit Partner: %1").arg(existing->fields.name) : tr("New Partner"));
    if (existing) {
        m_id = existing->id;
        m_version = existing->version;
    }

    const reference::ReferenceLookup& lookup = session.lookup();
    const auto label = [](PartnerField field) -> QString { return PartnerFieldText::label(field) + QLatin1Char(':'); };

    // Details.
    auto* details = new QWidget;
    details->setObjectName(QStringLiteral("partnerDetailsTab"));
    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("partnerNameEdit"));
    m_name->setMaxLength(PartnerLimits::Name);
    m_acronym = new QLineEdit(details);
    m_acronym->setObjectName(QStringLiteral("partnerAcronymEdit"));
    m_acronym->setMaxLength(PartnerLimits::Acronym);
    m_type = new QComboBox(details);
    m_type->setObjectName(QStringLiteral("partnerTypeCombo"));
    for (PartnerType type : PartnerText::allTypes())
        m_type->addItem(PartnerText::label(type), PartnerText::code(type));
    m_strategic = new QCheckBox(tr("&Strategic partner (preferred among equal suggestions)"), details);
    m_strategic->setObjectName(QStringLiteral("partnerStrategicCheck"));
    m_activeNote = new QLabel(details);
    m_activeNote->setObjectName(QStringLiteral("partnerActiveLabel"));
    m_activeNote->setTextFormat(Qt::PlainText);
    m_activeNote->setWordWrap(true);
    m_description = new QPlainTextEdit(details);
    m_description->setObjectName(QStringLiteral("partnerDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the organisation does and how it works with the Secretariat"));
    m_notes = new QPlainTextEdit(details);
    m_notes->setObjectName(QStringLiteral("partnerNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Internal notes (not shared with the partner)"));
    auto* detailsForm = new QFormLayout(details);
    detailsForm->addRow(
        PartnerFieldText::label(PartnerField::Name) + QStringLiteral(" *:"), withError(m_name, PartnerField::Name));
    detailsForm->addRow(label(PartnerField::Acronym), withError(m_acronym, PartnerField::Acronym));
    detailsForm->addRow(label(PartnerField::Type), withError(m_type, PartnerField::Type));
    detailsForm->addRow(QString(), withError(m_strategic, PartnerField::Strategic));
    detailsForm->addRow(label(PartnerField::Description), withError(m_description, PartnerField::Description));
    detailsForm->addRow(label(PartnerField::Notes), withError(m_notes, PartnerField::Notes));
    detailsForm->addRow(QString(), m_activeNote);

    // Expertise, regions, languages.
    auto* scope = new QWidget;
    scope->setObjectName(QStringLiteral("partnerScopeTab"));
    m_themes = new CheckList(scope, 8);
    m_themes->setObjectName(QStringLiteral("partnerThemesList"));
    for (const reference::NamedItem& theme : lookup.themes()) {
        if (theme.active || (existing && existing->fields.themeIds.contains(theme.id)))
            m_themes->addItem(theme.name, theme.id);
    }
    m_regions = new CheckList(scope, 5);
    m_regions->setObjectName(QStringLiteral("partnerRegionsList"));
    for (const reference::NamedItem& region : lookup.regions()) {
        if (region.active || (existing && existing->fields.regionIds.contains(region.id)))
            m_regions->addItem(region.name, region.id);
    }
    m_languages = new CheckList(scope, 5);
    m_languages->setObjectName(QStringLiteral("partnerLanguagesList"));
    for (const reference::NamedItem& language : lookup.languages())
        m_languages->addItem(language.name, language.code);
    auto* scopeLayout = new QHBoxLayout(scope);
    const auto group = [scope](const QString& title, QWidget* content) {
        auto* box = new QGroupBox(title, scope);
        auto* layout = new QVBoxLayout(box);
        layout->addWidget(content);
        return box;
    };
    scopeLayout->addWidget(group(tr("Areas of &expertise"), withError(m_themes, PartnerField::Themes)), 2);
    auto* right = new QVBoxLayout;
    right->addWidget(group(tr("&Regions"), withError(m_regions, PartnerField::Regions)));
    right->addWidget(group(tr("Working &languages"), withError(m_languages, PartnerField::Languages)));
    scopeLayout->addLayout(right, 1);

    // Contacts: personal data.
    auto* contacts = new QWidget;
    contacts->setObjectName(QStringLiteral("partnerContactsTab"));
    m_contacts = new QTableWidget(0, ContactColumns, contacts);
    m_contacts->setObjectName(QStringLiteral("partnerContactsTable"));
    m_contacts->setHorizontalHeaderLabels({ tr("Name"), tr("Role"), tr("E-mail"), tr("Phone") });
    m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_contacts->verticalHeader()->hide();
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    // Typing on a cell, F2, a double click or a click on the selected cell edit it; moving
    // through the table with the arrows does not.
    m_contacts->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    auto* add = new QPushButton(tr("&Add Contact"), contacts);
    add->setObjectName(QStringLiteral("addContactButton"));
    auto* remove = new QPushButton(tr("Re&move Contact"), contacts);
    remove->setObjectName(QStringLiteral("removeContactButton"));
    connect(add, &QPushButton::clicked, this, &PartnerDialog::addContact);
    connect(remove, &QPushButton::clicked, this, &PartnerDialog::removeContact);
    auto* contactButtons = new QHBoxLayout;
    contactButtons->addWidget(add);
    contactButtons->addWidget(remove);
    contactButtons->addStretch();
    auto* contactNote = new QLabel(tr("Contacts are personal data: they leave the vault only with a referral that "
                                      "names them."),
        contacts);
    contactNote->setWordWrap(true);
    contactNote->setForegroundRole(QPalette::PlaceholderText);
    auto* contactsLayout = new QVBoxLayout(contacts);
    contactsLayout->addWidget(withError(m_contacts, PartnerField::Contacts), 1);
    contactsLayout->addLayout(contactButtons);
    contactsLayout->addWidget(contactNote);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("partnerTabs"));
    m_tabs->addTab(details, tr("&Details"));
    m_tabs->addTab(scope, tr("E&xpertise and Reach"));
    m_tabs->addTab(contacts, tr("&Contacts"));

    // History: who changed what, when (existing partners only).
    auto* historyTab = new QWidget;
    historyTab->setObjectName(QStringLiteral("partnerHistoryTab"));
    m_history = new QTreeWidget(historyTab);
    m_history->setObjectName(QStringLiteral("partnerHistoryList"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After") });
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    auto* historyLayout = new QVBoxLayout(historyTab);
    historyLayout->addWidget(m_history);
    m_tabs->addTab(historyTab, tr("&History"));
    m_tabs->setTabEnabled(3, existing != nullptr);

    // Someone saved this partner after the form was opened.
    m_conflict = new ConflictBanner(QStringLiteral("partner"), this);
    m_conflict->reloadButton()->setToolTip(
        tr("Show the partner as it is saved now; your changes in this form are discarded"));

    m_formError = new InlineError(this);
    m_formError->setObjectName(QStringLiteral("partnerFormErrorLabel"));
    m_conflict->offerChoices(
        this, m_formError, [this] { return m_session.partners().get(*m_id); },
        [this](const Partner& current) { reloadStored(current); }, m_version);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("partnerSaveButton"));
    if (!existing)
        buttons->button(QDialogButtonBox::Save)->setText(tr("&Add Partner"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartnerDialog::reject);
    auto* requiredNote = new QLabel(tr("* required"), this);
    requiredNote->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_formError);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(requiredNote);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    if (existing) {
        fill(existing->fields);
        m_activeNote->setText(existing->active
                ? tr("Active: offered for new referrals. %n referral(s) so far.", nullptr, existing->referralCount)
                : tr("Inactive: kept with its %n referral(s), not offered for new ones.", nullptr,
                    existing->referralCount));
        fillHistory();
    } else {
        fill(PartnerInput {});
        m_activeNote->hide();
    }
    clearErrors();
    m_name->setFocus();
    resize(820, 600);
}

QWidget* PartnerDialog::withError(QWidget* field, PartnerField which)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    layout->addWidget(field);
    auto* error = new InlineError(box);
    error->setObjectName(PartnerFieldText::code(which) + QStringLiteral("PartnerError"));
    layout->addWidget(error);
    m_fields.insert(which, field);
    m_errors.insert(which, error);
    return box;
}

void PartnerDialog::fill(const PartnerInput& in)
{
    m_name->setText(in.name);
    m_acronym->setText(in.acronym);
    m_type->setCurrentIndex(std::max(0, m_type->findData(PartnerText::code(in.type))));
    m_strategic->setChecked(in.strategic);
    m_description->setPlainText(in.description);
    m_notes->setPlainText(in.notes);
    QVariantList themes;
    for (qint64 id : in.themeIds)
        themes << id;
    m_themes->setCheckedValues(themes);
    QVariantList regions;
    for (qint64 id : in.regionIds)
        regions << id;
    m_regions->setCheckedValues(regions);
    QVariantList languages;
    for (const QString& code : in.languages)
        languages << code;
    m_languages->setCheckedValues(languages);
    m_contacts->setRowCount(0);
    for (const PartnerContact& contact : in.contacts) {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        const QString values[] = { contact.name, contact.role, contact.email, contact.phone };
        for (int column = 0; column < ContactColumns; ++column)
            m_contacts->setItem(row, column, new QTableWidgetItem(values[column]));
        m_contacts->item(row, NameColumn)->setData(kContactIdRole, contact.id);
    }
    m_initial = input();
}

void PartnerDialog::fillHistory()
{
    m_history->clear();
    if (!m_id)
        return;
    for (const PartnerChange& change : m_session.partners().history(*m_id)) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, whenText(change.atUtc));
        item->setText(1, change.adviserName.isEmpty() ? tr("nobody named") : change.adviserName);
        QString what = change.action;
        if (change.action == QLatin1String("created"))
            what = tr("Added");
        else if (change.action == QLatin1String("deactivated"))
            what = tr("Deactivated");
        else if (change.action == QLatin1String("reactivated"))
            what = tr("Reactivated");
        else if (change.action == QLatin1String("removed"))
            what = tr("Deleted");
        else if (change.action == QLatin1String("changed")) {
            const std::optional<PartnerField> field = PartnerFieldText::field(change.field);
            what = tr("Changed %1").arg(field ? PartnerFieldText::label(*field) : change.field);
        }
        item->setText(2, what);
        item->setText(3, change.oldValue.simplified());
        item->setText(4, change.newValue.simplified());
        item->setToolTip(3, change.oldValue);
        item->setToolTip(4, change.newValue);
    }
}

PartnerInput PartnerDialog::input() const
{
    PartnerInput in;
    in.name = m_name->text().trimmed();
    in.acronym = m_acronym->text().trimmed();
    in.type = PartnerText::type(m_type->currentData().toString()).value_or(PartnerType::Ngo);
    in.strategic = m_strategic->isChecked();
    in.description = m_description->toPlainText().trimmed();
    in.notes = m_notes->toPlainText().trimmed();
    for (const QVariant& id : m_themes->checkedValues())
        in.themeIds << id.toLongLong();
    for (const QVariant& id : m_regions->checkedValues())
        in.regionIds << id.toLongLong();
    for (const QVariant& code : m_languages->checkedValues())
        in.languages << code.toString();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        PartnerContact contact;
        if (const QTableWidgetItem* first = m_contacts->item(row, NameColumn))
            contact.id = first->data(kContactIdRole).toLongLong();
        contact.name = cellText(m_contacts, row, NameColumn);
        contact.role = cellText(m_contacts, row, RoleColumn);
        contact.email = cellText(m_contacts, row, EmailColumn);
        contact.phone = cellText(m_contacts, row, PhoneColumn);
        // A row added and left empty is no contact.
        if (contact.id == 0 && contact.name.isEmpty() && contact.role.isEmpty() && contact.email.isEmpty()
            && contact.phone.isEmpty())
            continue;
        in.contacts.push_back(contact);
    }
    return in;
}

bool PartnerDialog::hasUnsavedChanges() const
{
    return input() != m_initial;
}

QString PartnerDialog::describe() const
{
    return m_id ? tr("the edit of a partner") : tr("a new partner being added");
}

void PartnerDialog::addContact()
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    for (int column = 0; column < ContactColumns; ++column)
        m_contacts->setItem(row, column, new QTableWidgetItem);
    m_contacts->item(row, NameColumn)->setData(kContactIdRole, qint64 { 0 });
    m_tabs->setCurrentWidget(m_tabs->widget(2));
    m_contacts->setFocus();
    m_contacts->setCurrentCell(row, NameColumn);
    m_contacts->editItem(m_contacts->item(row, NameColumn));
}

void PartnerDialog::removeContact()
{
    const int row = m_contacts->currentRow();
    if (row >= 0)
        m_contacts->removeRow(row);
}

void PartnerDialog::clearErrors()
{
    for (InlineError* error : std::as_const(m_errors))
        error->clearMessage();
    m_formError->clearMessage();
}

void PartnerDialog::showErrors(const QList<PartnerFieldError>& errors)
{
    clearErrors();
    QWidget* first = nullptr;
    for (const PartnerFieldError& error : errors) {
        InlineError* label = m_errors.value(error.field);
        if (!label)
            continue;
        const QString& message = error.message; // names the contact's row itself
        label->showMessage(label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
        if (!first) {
            first = m_fields.value(error.field);
            if (error.contactRow)
                m_contacts->setCurrentCell(*error.contactRow, NameColumn);
        }
    }
    m_formError->showMessage(
        tr("%n field(s) need attention; nothing was saved.", nullptr, static_cast<int>(errors.size())));
    if (first) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(first))
                m_tabs->setCurrentIndex(i);
        }
        first->setFocus();
    }
}

void PartnerDialog::accept()
{
    const PartnerInput in = input();
    const QList<PartnerFieldError> errors = m_session.partners().validate(in, m_id);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    clearErrors();
    Result<Partner> result = m_id ? m_session.partners().update(*m_id, in, m_version) : m_session.partners().create(in);
    if (!result) {
        if (result.code() == ErrorCode::Conflict) {
            m_conflict->showConflict(result.error().message);
        } else {
            m_formError->showMessage(result.error().message);
        }
        return;
    }
    m_initial = in;
    Q_EMIT saved(result->id);
    QDialog::accept();
}

void PartnerDialog::reject()
{
    MessageBox::closeAfterAskingToDiscard(
        this, hasUnsavedChanges(), tr("Discard what you typed in this partner form?"), [this] { QDialog::reject(); });
}

void PartnerDialog::reloadStored(const Partner& current)
{
    m_version = current.version;
    fill(current.fields);
    fillHistory();
    clearErrors();
}

} // namespace advicehub::ui
