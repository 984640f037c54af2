#include "queries/QueryFormDialog.h"

#include "queries/KeptWork.h"

#include "pending/PendingEditService.h"

#include "calendar/WorkingCalendar.h"
#include "common/ConflictBanner.h"
#include "common/Continuation.h"
#include "common/FilterComboBox.h"
#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/MessageBox.h"
#include "common/TypedText.h"
#include "queries/QueryRules.h"
#include "queries/QueryService.h"
#include "queries/QueryWidgets.h"
#include "reference/ReferenceLookup.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace advicehub::ui {

using namespace advicehub::queries;

namespace {

// A one-line text field that stops typing at the core's limit for its field.
QLineEdit* lineEdit(QWidget* parent, const char* name, QueryField field)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setMaxLength(QueryLimits::maxLength(field));
    return edit;
}

// Long names (themes, articles) wrap instead of being cut off; each item's tooltip is its text.
QListWidget* checkList(QWidget* parent, const char* name, int visibleRows)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setMinimumHeight(visibleRows * (list->fontMetrics().height() + 6));
    return list;
}

void setChecked(QListWidget* list, const QVariantList& values)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(values.contains(item->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
    }
}

QVariantList checkedValues(const QListWidget* list)
{
    QVariantList values;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            values << list->item(i)->data(Qt::UserRole);
    }
    return values;
}

void addCheckItem(QListWidget* list, const QString& text, const QVariant& value)
{
    auto* item = new QListWidgetItem(text, list);
    item->setToolTip(text);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
}

} // namespace

QueryFormDialog::QueryFormDialog(Session& session, const Query* existing, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("queryFormDialog"));
    if (existing) {
        m_id = existing->id;
        m_version = existing->version;
        m_stored = *existing;
        setWindowTitle(tr("Edit %1").arg(existing->reference));
    } else {
        setWindowTitle(tr("New Query"));
    }
    setWindowIcon(Icons::get(existing ? Icons::EditQuery : Icons::NewQuery));
    buildForm();
    fill(existing);
    resize(1000, 740);
}

QWidget* QueryFormDialog::withError(QWidget* field, QueryField which)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    layout->addWidget(field);
    auto* error = new InlineError(box);
    error->setObjectName(QueryText::code(which) + QStringLiteral("Error"));
    layout->addWidget(error);
    m_fields.insert(which, field);
    m_errors.insert(which, error);
    return box;
}

void QueryFormDialog::buildForm()
{
    const reference::ReferenceLookup& lookup = m_session.lookup();
    auto* page = new QWidget;
    const auto label = [](QueryField field) -> QString { return QueryText::label(field) + QLatin1Char(':'); };
    const auto required = [](QueryField field) -> QString { return QueryText::label(field) + QStringLiteral(" *:"); };

    // Where the query came from.
    auto* origin = new QGroupBox(tr("Received"), page);
    auto* originForm = new QFormLayout(origin);
    m_received = new QDateEdit(origin);
    m_received->setObjectName(QStringLiteral("receivedEdit"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_channel = new QComboBox(origin);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_state = new FilterComboBox(origin);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_state->lineEdit()->setPlaceholderText(tr("Type a name or ISO code"));
    m_state->setMaxVisibleItems(20);
    m_institutionType = new QComboBox(origin);
    m_institutionType->setObjectName(QStringLiteral("institutionTypeCombo"));
    m_institution = lineEdit(origin, "institutionEdit", QueryField::Institution);
    m_institution->setPlaceholderText(tr("e.g. Ministry of Justice, Department of Human Rights"));
    m_language = new QComboBox(origin);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_confidentiality = new QComboBox(origin);
    m_confidentiality->setObjectName(QStringLiteral("confidentialityCombo"));
    originForm->addRow(required(QueryField::ReceivedOn), withError(m_received, QueryField::ReceivedOn));
    originForm->addRow(required(QueryField::Channel), withError(m_channel, QueryField::Channel));
    originForm->addRow(required(QueryField::State), withError(m_state, QueryField::State));
    originForm->addRow(label(QueryField::InstitutionType), withError(m_institutionType, QueryField::InstitutionType));
    originForm->addRow(label(QueryField::Institution), withError(m_institution, QueryField::Institution));
    originForm->addRow(label(QueryField::Language), withError(m_language, QueryField::Language));
    originForm->addRow(label(QueryField::Confidentiality), withError(m_confidentiality, QueryField::Confidentiality));

    auto* contact = new QGroupBox(tr("Contact person (personal data)"), page);
    auto* contactForm = new QFormLayout(contact);
    m_contactName = lineEdit(contact, "contactNameEdit", QueryField::ContactName);
    m_contactFunction = lineEdit(contact, "contactFunctionEdit", QueryField::ContactFunction);
    m_contactEmail = lineEdit(contact, "contactEmailEdit", QueryField::ContactEmail);
    m_contactPhone = lineEdit(contact, "contactPhoneEdit", QueryField::ContactPhone);
    contactForm->addRow(tr("Name:"), withError(m_contactName, QueryField::ContactName));
    contactForm->addRow(tr("Function:"), withError(m_contactFunction, QueryField::ContactFunction));
    contactForm->addRow(tr("E-mail:"), withError(m_contactEmail, QueryField::ContactEmail));
    contactForm->addRow(tr("Phone:"), withError(m_contactPhone, QueryField::ContactPhone));

    auto* handling = new QGroupBox(tr("Handling"), page);
    auto* handlingForm = new QFormLayout(handling);
    m_priority = new QComboBox(handling);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    m_due = new DueDateField(handling);
    m_adviser = new QComboBox(handling);
    m_adviser->setObjectName(QStringLiteral("adviserCombo"));
    m_route = new QComboBox(handling);
    m_route->setObjectName(QStringLiteral("routeCombo"));
    handlingForm->addRow(label(QueryField::Priority), withError(m_priority, QueryField::Priority));
    handlingForm->addRow(label(QueryField::DueOn), withError(m_due, QueryField::DueOn));
    handlingForm->addRow(label(QueryField::Adviser), withError(m_adviser, QueryField::Adviser));
    handlingForm->addRow(label(QueryField::Route), withError(m_route, QueryField::Route));

    auto* request = new QGroupBox(tr("Request"), page);
    auto* requestForm = new QFormLayout(request);
    m_subject = lineEdit(request, "subjectEdit", QueryField::Subject);
    m_subject->setPlaceholderText(tr("What the State asks about, in one line"));
    m_summary = new QPlainTextEdit(request);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(70);
    m_summary->setPlaceholderText(tr("The request in brief, for case summaries and briefings (optional)"));
    m_request = new QPlainTextEdit(request);
    m_request->setObjectName(QStringLiteral("requestEdit"));
    m_request->setTabChangesFocus(true);
    m_request->setPlaceholderText(tr("The full text of the request"));
    m_themes = checkList(request, "themesList", 6);
    m_articles = checkList(request, "articlesList", 5);
    m_notes = new QPlainTextEdit(request);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    requestForm->addRow(required(QueryField::Subject), withError(m_subject, QueryField::Subject));
    requestForm->addRow(label(QueryField::Summary), withError(m_summary, QueryField::Summary));
    requestForm->addRow(label(QueryField::RequestText), withError(m_request, QueryField::RequestText));
    requestForm->addRow(required(QueryField::Themes), withError(m_themes, QueryField::Themes));
    requestForm->addRow(label(QueryField::Articles), withError(m_articles, QueryField::Articles));
    requestForm->addRow(label(QueryField::Notes), withError(m_notes, QueryField::Notes));

    auto* left = new QVBoxLayout;
    left->addWidget(origin);
    left->addWidget(contact);
    left->addWidget(handling);
    left->addStretch();
    auto* columns = new QHBoxLayout(page);
    columns->addLayout(left, 1);
    columns->addWidget(request, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);

    // Choices, from the vault's reference data.
    for (const reference::NamedItem& channel : lookup.channels()) {
        if (channel.active || (m_stored && m_stored->fields.channelId == channel.id))
            m_channel->addItem(channel.name, channel.id);
    }
    m_channel->insertItem(0, tr("\u2014 choose \u2014"), qint64 { 0 });
    m_state->addItem(tr("\u2014 choose \u2014"), qint64 { 0 });
    for (const reference::StateInfo& state : lookup.states()) {
        // Found by its name in the interface's language, its English name and its ISO codes.
        const QString keys = state.iso2 + QLatin1Char(' ') + state.iso3;
        m_state->addItem(
            state.name, state.id, state.englishName == state.name ? keys : keys + QLatin1Char(' ') + state.englishName);
    }
    m_institutionType->addItem(tr("\u2014 not given \u2014"), QVariant());
    for (const reference::NamedItem& type : lookup.institutionTypes()) {
        if (type.active || (m_stored && m_stored->fields.institutionTypeId == type.id))
            m_institutionType->addItem(type.name, type.id);
    }
    for (const reference::NamedItem& language : lookup.languages())
        m_language->addItem(language.name, language.code);
    QueryChoices::fillConfidentialities(m_confidentiality);
    QueryChoices::fillPriorities(m_priority);
    QueryChoices::fillAdvisers(m_adviser, lookup, tr("\u2014 not assigned \u2014"),
        m_stored ? m_stored->fields.assignedAdviserId : std::nullopt);
    QueryChoices::fillRoutes(m_route, tr("\u2014 not decided \u2014"));
    for (const reference::NamedItem& theme : lookup.themes()) {
        if (theme.active || (m_stored && m_stored->fields.themeIds.contains(theme.id)))
            addCheckItem(m_themes, theme.name, theme.id);
    }
    QList<int> numbers = lookup.articles().keys();
    std::sort(numbers.begin(), numbers.end());
    if (numbers.isEmpty()) {
        for (int n = 1; n <= 33; ++n)
            numbers << n;
    }
    for (int number : numbers) {
        const QString title = lookup.articles().value(number);
        addCheckItem(m_articles,
            title.isEmpty() ? tr("Article %1").arg(number) : tr("Art. %1 \u2014 %2").arg(number).arg(title), number);
    }

    // The conflict banner: someone saved this query after the form was opened.
    m_conflict = new ConflictBanner(QString(), this);
    m_conflict->reloadButton()->setToolTip(
        tr("Show the query as it is saved now; your changes in this form are discarded"));
    m_conflict->overwriteButton()->setToolTip(tr("Replace the other change with what this form shows"));

    m_formError = new InlineError(this);
    m_formError->setObjectName(QStringLiteral("formErrorLabel"));
    m_conflict->offerChoices(
        this, m_formError, [this] { return m_session.queries().get(*m_id); },
        [this](const Query& current) { reloadStored(current); }, m_version);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("formButtons"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    if (isNew())
        buttons->button(QDialogButtonBox::Save)->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QueryFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QueryFormDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(scroll, 1);
    auto* requiredNote = new QLabel(tr("* required"), this);
    requiredNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_formError);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(requiredNote);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    connect(m_received, &QDateEdit::dateChanged, this, &QueryFormDialog::updateDefaultDue);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &QueryFormDialog::updateDefaultDue);
}

void QueryFormDialog::fill(const Query* query)
{
    const QueryInput in = query ? query->fields : [this] {
        QueryInput fresh;
        fresh.receivedOn = m_session.queries().today();
        return fresh;
    }();
    fillInput(in);
    if (query && query->dueOverridden)
        m_due->setDateByHand(query->dueOn);
    else
        m_due->useDefault();
    updateDefaultDue();
    clearErrors();
    m_subject->setFocus();
    m_initial = input();
}

void QueryFormDialog::fillInput(const QueryInput& in)
{
    m_received->setDate(in.receivedOn);
    QueryChoices::select(m_channel, in.channelId);
    QueryChoices::select(m_state, in.stateId);
    QueryChoices::select(m_institutionType, in.institutionTypeId ? QVariant(*in.institutionTypeId) : QVariant());
    m_institution->setText(in.institution);
    m_contactName->setText(in.contact.name);
    m_contactFunction->setText(in.contact.function);
    m_contactEmail->setText(in.contact.email);
    m_contactPhone->setText(in.contact.phone);
    m_subject->setText(in.subject);
    m_summary->setPlainText(in.summary);
    m_request->setPlainText(in.requestText);
    QueryChoices::select(m_language, in.language);
    QueryChoices::select(m_confidentiality, QueryText::code(in.confidentiality));
    QVariantList themes;
    for (qint64 id : in.themeIds)
        themes << id;
    setChecked(m_themes, themes);
    QVariantList articles;
    for (int number : in.articles)
        articles << number;
    setChecked(m_articles, articles);
    QueryChoices::select(m_priority, QueryText::code(in.priority));
    QueryChoices::select(m_adviser, in.assignedAdviserId ? QVariant(*in.assignedAdviserId) : QVariant());
    QueryChoices::select(m_route, in.route ? QueryText::code(*in.route) : QString());
    m_notes->setPlainText(in.notes);
}

bool QueryFormDialog::hasUnsavedChanges() const
{
    return input() != m_initial;
}

Status QueryFormDialog::keepAsPending()
{
    const QueryInput in = input();
    QJsonObject payload;
    payload.insert(QStringLiteral("input"), in.toJson());
    const QString subject = in.subject.isEmpty() ? tr("(no subject yet)") : in.subject;
    const QString title
        = m_stored ? tr("Edit of %1: %2").arg(m_stored->reference, subject) : tr("New query: %1").arg(subject);
    const Result<qint64> kept = m_session.pendingEdits().keep(
        pending::PendingKind::QueryForm, m_id, m_version, payload, title, m_session.currentAdviserId(), m_pendingId);
    if (!kept)
        return kept.error();
    m_pendingId = kept.value();
    return {};
}

QString QueryFormDialog::describe() const
{
    return m_id ? tr("the edit of a query") : tr("a new query being registered");
}

void QueryFormDialog::restorePending(const pending::PendingEdit& edit)
{
    const QueryInput in = QueryInput::fromJson(edit.payload.value(QStringLiteral("input")).toObject());
    fillInput(in);
    if (in.dueOn.isSet())
        m_due->setDateByHand(in.dueOn.date);
    else
        m_due->useDefault();
    updateDefaultDue();
    if (m_id)
        m_version = edit.baseVersion;
    m_pendingId = edit.id;
    m_formError->showMessage(tr("Restored from %1: not saved yet.")
                                 .arg(edit.savedAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void QueryFormDialog::reject()
{
    if (!m_pendingId || Continuation::closingForLock()) {
        // At a lock the content was kept first; otherwise typed text is not dropped unasked.
        TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
        return;
    }
    askToDiscardKeptWork(this, m_session.pendingEdits(), m_pendingId, m_formError, [this] { QDialog::reject(); });
}

void QueryFormDialog::updateDefaultDue()
{
    const QDate received = m_received->date();
    const Priority priority = QueryText::priority(m_priority->currentData().toString()).value_or(Priority::Normal);
    QDate date;
    // An existing query's stored due date also counts the days its clock stopped; it stays
    // while neither receipt nor priority changes.
    if (m_stored && !m_stored->dueOverridden && received == m_stored->fields.receivedOn
        && priority == m_stored->fields.priority)
        date = m_stored->dueOn;
    else if (m_stored)
        date = m_session.queries().defaultDueDateOf(m_stored->id, received, priority);
    else
        date = m_session.queries().defaultDueDate(received, priority);
    const int days = calendar::WorkingCalendar::defaultDueWorkingDays(priority);
    m_due->setDefault(date,
        tr("%n working day(s) from receipt (%1 priority)", nullptr, days).arg(QueryText::label(priority).toLower()));
}

QueryInput QueryFormDialog::input() const
{
    QueryInput in;
    in.receivedOn = m_received->date();
    in.channelId = m_channel->currentData().toLongLong();
    in.stateId = m_state->currentData().toLongLong();
    if (m_institutionType->currentData().isValid())
        in.institutionTypeId = m_institutionType->currentData().toLongLong();
    in.institution = m_institution->text().trimmed();
    in.contact.name = m_contactName->text().trimmed();
    in.contact.function = m_contactFunction->text().trimmed();
    in.contact.email = m_contactEmail->text().trimmed();
    in.contact.phone = m_contactPhone->text().trimmed();
    in.subject = m_subject->text().trimmed();
    in.summary = m_summary->toPlainText().trimmed();
    in.requestText = m_request->toPlainText();
    in.language = m_language->currentData().toString();
    in.confidentiality = QueryText::confidentiality(m_confidentiality->currentData().toString())
                             .value_or(Confidentiality::Confidential);
    for (const QVariant& id : checkedValues(m_themes))
        in.themeIds << id.toLongLong();
    for (const QVariant& number : checkedValues(m_articles))
        in.articles << number.toInt();
    in.priority = QueryText::priority(m_priority->currentData().toString()).value_or(Priority::Normal);
    if (m_due->isSetByHand())
        in.dueOn = DueDateChoice::set(m_due->date());
    else
        in.dueOn = DueDateChoice::useDefault();
    if (m_adviser->currentData().isValid())
        in.assignedAdviserId = m_adviser->currentData().toLongLong();
    if (const QString route = m_route->currentData().toString(); !route.isEmpty())
        in.route = QueryText::route(route);
    in.notes = m_notes->toPlainText();
    return in;
}

void QueryFormDialog::clearErrors()
{
    for (InlineError* error : std::as_const(m_errors))
        error->clearMessage();
    m_formError->clearMessage();
}

void QueryFormDialog::showErrors(const QList<FieldError>& errors)
{
    clearErrors();
    QWidget* first = nullptr;
    for (const FieldError& error : errors) {
        InlineError* label = m_errors.value(error.field);
        if (!label)
            continue;
        // Several problems with one field are shown together.
        label->showMessage(label->text().isEmpty() ? error.message : label->text() + QLatin1Char('\n') + error.message);
        if (!first)
            first = m_fields.value(error.field);
    }
    m_formError->showMessage(
        tr("%n field(s) need attention; nothing was saved.", nullptr, static_cast<int>(errors.size())));
    if (first) {
        first->setFocus();
        if (auto* scroll = findChild<QScrollArea*>())
            scroll->ensureWidgetVisible(first);
    }
}

void QueryFormDialog::accept()
{
    const QueryInput in = input();
    const QList<FieldError> errors = m_session.queries().validate(in);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    clearErrors();
    Result<Query> result = m_id ? m_session.queries().update(*m_id, in, m_version) : m_session.queries().create(in);
    if (!result) {
        if (result.code() == ErrorCode::Conflict) {
            m_conflict->showConflict(result.error().message);
        } else {
            m_formError->showMessage(result.error().message);
        }
        return;
    }
    const qint64 id = result->id;
    if (m_pendingId) {
        // Safely in the vault now: the kept copy goes. Should that fail, the copy is offered
        // again at the next unlock (the edit then reports a conflict; nothing is lost).
        (void)m_session.pendingEdits().remove(*m_pendingId);
        m_pendingId.reset();
    }
    Q_EMIT saved(id);
    QDialog::accept();
}

void QueryFormDialog::reloadStored(const Query& current)
{
    m_stored = current;
    m_version = current.version;
    fill(&*m_stored);
}

} // namespace advicehub::ui
