#include "queries/TriageDialog.h"

#include "calendar/WorkingCalendar.h"
#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/TypedText.h"
#include "partners/PartnerService.h"
#include "queries/QueryService.h"
#include "queries/QueryWidgets.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSet>

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
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("triagePartnerCombo"));
    m_partner->setToolTip(tr("The partner to propose a referral to (type to find one)"));
    m_partner->setEditable(true);
    m_partner->setInsertPolicy(QComboBox::NoInsert);
    m_partner->setMinimumContentsLength(30);
    m_partner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_partner->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_partner->completer()->setFilterMode(Qt::MatchContains);
    m_partner->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    fillPartners();
    // Text typed that names no partner goes back to the partner chosen.
    connect(m_partner->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!chosenPartner() && m_partner->lineEdit()->text() != m_partner->itemText(0))
            m_partner->setEditText(m_partner->itemText(m_partner->currentIndex()));
    });
    m_referralHint = new QLabel(this);
    m_referralHint->setObjectName(QStringLiteral("triageReferralHint"));
    m_referralHint->setTextFormat(Qt::PlainText);
    m_referralHint->setWordWrap(true);
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
    m_form = form;
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Adviser:"), m_adviser);
    form->addRow(tr("&Route:"), m_route);
    form->addRow(tr("Part&ner:"), m_partner);
    form->addRow(QString(), m_referralHint);
    form->addRow(tr("&Note:"), m_note);
    connect(m_route, &QComboBox::currentIndexChanged, this, &TriageDialog::updatePartnerRow);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &TriageDialog::updatePartnerRow);
    updatePartnerRow();

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

void TriageDialog::fillPartners()
{
    const QSignalBlocker blocker(m_partner);
    m_partner->clear();
    m_partner->addItem(tr("\u2014 none yet \u2014"), QVariant());
    const auto label = [this](const QString& name, const QString& acronym) {
        return acronym.isEmpty() ? name : tr("%1 (%2)").arg(name, acronym);
    };
    // The partners the suggestions rank first (themes, region, language), then every other
    // active partner by name.
    QSet<qint64> suggested;
    if (Result<std::vector<referrals::Suggestion>> ranked = m_session.referrals().suggest(m_query.id, 5)) {
        for (const referrals::Suggestion& suggestion : *ranked) {
            suggested.insert(suggestion.partnerId);
            m_partner->addItem(
                tr("%1 \u2014 suggested").arg(label(suggestion.partnerName, suggestion.acronym)), suggestion.partnerId);
        }
    }
    for (const partners::Partner& partner : m_session.partners().list()) {
        if (!suggested.contains(partner.id))
            m_partner->addItem(label(partner.fields.name, partner.fields.acronym), partner.id);
    }
    m_partner->setCurrentIndex(0);
}

std::optional<qint64> TriageDialog::chosenPartner() const
{
    const int index = m_partner->currentIndex();
    if (index <= 0 || m_partner->lineEdit()->text() != m_partner->itemText(index))
        return std::nullopt;
    return m_partner->itemData(index).toLongLong();
}

void TriageDialog::updatePartnerRow()
{
    const Route route = QueryText::route(m_route->currentData().toString()).value_or(Route::InHouse);
    const bool refers = QueryService::routeRefers(route);
    m_form->setRowVisible(m_partner, refers);
    m_form->setRowVisible(m_referralHint, refers);
    if (!refers)
        return;
    if (m_partner->count() <= 1)
        m_referralHint->setText(tr("There is no active partner in the directory: the route alone is recorded. "
                                   "Add partners in the Partners page, then propose a referral in the Referrals tab."));
    else if (const std::optional<qint64> partner = chosenPartner(); partner)
        m_referralHint->setText(tr("A referral to this partner is proposed with the triage (sharing the subject and "
                                   "themes); ask for consent in the Referrals tab."));
    else
        m_referralHint->setText(tr("No referral is proposed yet: propose one in the Referrals tab."));
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
    if (QueryService::routeRefers(triage.route)) {
        triage.partnerId = chosenPartner();
        const QString typed = m_partner->lineEdit()->text().trimmed();
        if (!triage.partnerId && !typed.isEmpty() && typed != m_partner->itemText(0)) {
            m_error->showMessage(
                tr("No partner is called \u201c%1\u201d: choose one from the list, or none.").arg(typed));
            return;
        }
    }
    const Status status = m_session.queries().triage(m_query.id, triage);
    if (!status) {
        m_error->showMessage(status.error().message);
        return;
    }
    Q_EMIT triaged(m_query.id);
    QDialog::accept();
}

} // namespace advicehub::ui
