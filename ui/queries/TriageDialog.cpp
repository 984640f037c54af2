#include "queries/TriageDialog.h"

#include "calendar/WorkingCalendar.h"
#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/TypedText.h"
#include "queries/QueryService.h"
#include "queries/QueryWidgets.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::queries;

TriageDialog::TriageDialog(Session& session, const Query& query, QWidget* parent)
    : QDialog(parent), m_session(session), m_query(query)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("triageDialog"));
    setWindowTitle(tr("Triage %1").arg(query.reference));
    setWindowIcon(Icons::get(Icons::Triage));

    auto* subject = new QLabel(query.fields.subject, this);
    subject->setTextFormat(Qt::PlainText);
    subject->setWordWrap(true);
    QFont bold = subject->font();
    bold.setBold(true);
    subject->setFont(bold);
    auto* origin = new QLabel(
        tr("%1 \u00b7 received %2").arg(query.stateName, query.fields.receivedOn.toString(Qt::ISODate)), this);
    origin->setTextFormat(Qt::PlainText);

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    QueryChoices::fillPriorities(m_priority);
    QueryChoices::select(m_priority, QueryText::code(query.fields.priority));
    m_due = new DueDateField(this);
    m_adviser = new QComboBox(this);
    m_adviser->setObjectName(QStringLiteral("adviserCombo"));
    QueryChoices::fillAdvisers(m_adviser, session.lookup(), QString());
    // The query's adviser if it has one, otherwise whoever triages it.
    const std::optional<qint64> adviser
        = query.fields.assignedAdviserId ? query.fields.assignedAdviserId : session.currentAdviserId();
    QueryChoices::select(m_adviser, adviser ? QVariant(*adviser) : QVariant());
    m_route = new QComboBox(this);
    m_route->setObjectName(QStringLiteral("routeCombo"));
    QueryChoices::fillRoutes(m_route, QString());
    QueryChoices::select(m_route, QueryText::code(query.fields.route.value_or(Route::InHouse)));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("triageNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why this priority or route (optional; kept in the timeline)"));
    m_note->setMaximumHeight(100);
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("triageErrorLabel"));

    if (query.dueOverridden)
        m_due->setDateByHand(query.dueOn);
    updateDefaultDue();
    connect(m_priority, &QComboBox::currentIndexChanged, this, &TriageDialog::updateDefaultDue);

    auto* form = new QFormLayout;
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Adviser:"), m_adviser);
    form->addRow(tr("&Route:"), m_route);
    form->addRow(tr("&Note:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Triage"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("triageButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TriageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TriageDialog::reject);
    if (m_adviser->count() == 0) {
        m_error->showMessage(tr("There is no active adviser to assign. Add one in Vault \u25b8 Advisers."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(subject);
    layout->addWidget(origin);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void TriageDialog::updateDefaultDue()
{
    const Priority priority = QueryText::priority(m_priority->currentData().toString()).value_or(Priority::Normal);
    // What QueryService::triage keeps when no date is given: the current due date while the
    // priority stays, otherwise the default for the new priority.
    const QDate date = priority == m_query.fields.priority && !m_query.dueOverridden
        ? m_query.dueOn
        : m_session.queries().defaultDueDateOf(m_query.id, m_query.fields.receivedOn, priority);
    const int days = calendar::WorkingCalendar::defaultDueWorkingDays(priority);
    m_due->setDefault(date,
        tr("%n working day(s) from receipt (%1 priority)", nullptr, days).arg(QueryText::label(priority).toLower()));
}

void TriageDialog::reject()
{
    TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
}

void TriageDialog::accept()
{
    QueryService::Triage triage;
    triage.priority = QueryText::priority(m_priority->currentData().toString()).value_or(Priority::Normal);
    if (m_due->isSetByHand())
        triage.dueOn = DueDateChoice::set(m_due->date());
    triage.adviserId = m_adviser->currentData().toLongLong();
    triage.route = QueryText::route(m_route->currentData().toString()).value_or(Route::InHouse);
    triage.note = m_note->toPlainText().trimmed();
    const Status status = m_session.queries().triage(m_query.id, triage);
    if (!status) {
        m_error->showMessage(status.error().message);
        return;
    }
    Q_EMIT triaged(m_query.id);
    QDialog::accept();
}

} // namespace advicehub::ui
