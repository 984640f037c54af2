#include "referrals/ReferralActions.h"

#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/MessageBox.h"
#include "common/ShowDialog.h"
#include "queries/Lifecycle.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryPage.h"
#include "queries/QueryService.h"
#include "queries/StatusChangeDialog.h"
#include "referrals/ConsentDialog.h"
#include "referrals/ReferDialog.h"
#include "referrals/ReferralService.h"
#include "referrals/ReferralStatusDialog.h"
#include "referrals/ReferralsPanel.h"
#include "referrals/WithdrawConsentDialog.h"
#include "session/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::referrals;

ReferralActions::ReferralActions(Session& session, QueryPage& page, ReferralsPanel& panel)
    : QObject(&page), m_session(session), m_page(page), m_panel(panel)
{
    auto* separator = new QAction(&page);
    separator->setSeparator(true);

    QAction* refer
        = make("referToPartnerAction", tr("Re&fer to Partner\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    refer->setIcon(Icons::get(Icons::Refer));
    refer->setStatusTip(tr("Propose a referral of the query to a partner, from the suggestions or any active partner"));
    QAction* consent
        = make("recordConsentAction", tr("Record &Consent\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    consent->setStatusTip(tr("Record the State's consent to share parts of the query with partners"));
    QAction* withdraw = make("withdrawConsentAction", tr("&Withdraw Consent\u2026"));
    withdraw->setStatusTip(tr("Record that the State withdrew the selected consent"));

    m_statusMenu = new QMenu(tr("Referral S&tatus"), &page);
    m_statusMenu->setObjectName(QStringLiteral("referralStatusMenu"));
    m_statusMenu->setIcon(Icons::get(Icons::Status));
    QAction* status = m_statusMenu->menuAction();
    status->setObjectName(QStringLiteral("referralStatusAction"));
    m_actions.insert(status->objectName(), status);

    QAction* edit = make("editReferralAction", tr("Edit Re&ferral\u2026"));
    edit->setStatusTip(tr("Change the contact, reason, shared fields or follow-up of a referral not yet sent"));
    QAction* followUp = make("referralFollowUpAction", tr("Follow-&up Date\u2026"));
    followUp->setIcon(Icons::get(Icons::FollowUp));

    connect(refer, &QAction::triggered, this, &ReferralActions::referToPartner);
    connect(consent, &QAction::triggered, this, &ReferralActions::recordConsent);
    connect(withdraw, &QAction::triggered, this, &ReferralActions::withdrawConsent);
    connect(edit, &QAction::triggered, this, &ReferralActions::editReferral);
    connect(followUp, &QAction::triggered, this, &ReferralActions::setFollowUp);

    m_menuActions = { separator, refer, consent, withdraw, status, edit, followUp };
    m_panel.setReferralActions({ refer, status, edit, followUp });
    m_panel.setConsentActions({ consent, withdraw });
    connect(&m_panel, &ReferralsPanel::selectionChanged, this, &ReferralActions::update);
}

QAction* ReferralActions::make(const char* name, const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, &m_page);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")),
            shortcut.toString(QKeySequence::NativeText)));
    }
    m_page.addAction(action); // shortcuts live while the page is shown, and go with it
    m_actions.insert(action->objectName(), action);
    return action;
}

void ReferralActions::update()
{
    const bool adviser = m_session.currentAdviserId().has_value();
    const std::optional<queries::Query>& query = m_page.detailPane()->query();
    const bool canChange = adviser && query.has_value();
    const std::optional<Referral> referral = m_panel.selectedReferral();
    const std::optional<Consent> consent = m_panel.selectedConsent();
    action(QStringLiteral("referToPartnerAction"))->setEnabled(canChange);
    action(QStringLiteral("recordConsentAction"))->setEnabled(canChange);
    action(QStringLiteral("withdrawConsentAction"))->setEnabled(canChange && consent && !consent->withdrawn());
    const bool open = referral && ReferralText::isOpen(referral->status);
    action(QStringLiteral("editReferralAction"))
        ->setEnabled(canChange && referral
            && (referral->status == ReferralStatus::Proposed || referral->status == ReferralStatus::ConsentObtained));
    action(QStringLiteral("referralFollowUpAction"))->setEnabled(canChange && open);

    // Only the moves the lifecycle allows from the selected referral's status.
    m_statusMenu->clear();
    QList<ReferralStatus> allowed;
    if (canChange && referral)
        allowed = m_session.referrals().allowedTransitions(referral->id);
    for (ReferralStatus to : allowed) {
        QAction* move = m_statusMenu->addAction(ReferralText::actionLabel(to) + QStringLiteral("\u2026"));
        move->setObjectName(QStringLiteral("referralStatusAction_") + ReferralText::code(to));
        connect(move, &QAction::triggered, this, [this, to] { changeStatus(to); });
    }
    action(QStringLiteral("referralStatusAction"))->setEnabled(!allowed.isEmpty());
}

QStringList ReferralActions::notKept() const
{
    QStringList lines;
    const auto add
        = [&lines](const QString& what) { lines << tr("\u2022 %1: referral forms are not kept at a lock").arg(what); };
    for (const ReferDialog* dialog : m_page.findChildren<ReferDialog*>()) {
        if (dialog->isVisible() && dialog->hasTypedText())
            add(tr("a referral to a partner being written"));
    }
    for (const ConsentDialog* dialog : m_page.findChildren<ConsentDialog*>()) {
        if (dialog->isVisible() && dialog->hasTypedText())
            add(tr("a consent being recorded"));
    }
    for (const ReferralStatusDialog* dialog : m_page.findChildren<ReferralStatusDialog*>()) {
        if (dialog->isVisible() && dialog->hasTypedText())
            add(tr("a referral's status change being written"));
    }
    for (const WithdrawConsentDialog* dialog : m_page.findChildren<WithdrawConsentDialog*>()) {
        if (dialog->isVisible() && dialog->hasTypedText())
            add(tr("the withdrawal of a consent being written"));
    }
    return lines;
}

void ReferralActions::changed(std::optional<qint64> selectReferral)
{
    m_page.detailPane()->refresh();
    if (selectReferral)
        m_panel.selectReferral(*selectReferral);
    m_page.updateActions();
    Q_EMIT referralsChanged();
}

void ReferralActions::referToPartner()
{
    const std::optional<queries::Query>& query = m_page.detailPane()->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new ReferDialog(m_session, query->id, query->reference, &m_page);
    connect(dialog, &ReferDialog::saved, this, [this](qint64 id) {
        m_page.detailPane()->showReferrals();
        changed(id);
        Q_EMIT statusMessage(tr("Referral proposed. Nothing is shared until it is marked sent."));
    });
    showDialog(dialog);
}

void ReferralActions::recordConsent()
{
    const std::optional<queries::Query>& query = m_page.detailPane()->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new ConsentDialog(m_session, query->id, query->reference, &m_page);
    connect(dialog, &ConsentDialog::recorded, this, [this] {
        m_page.detailPane()->showReferrals();
        changed();
        Q_EMIT statusMessage(tr("Consent recorded."));
    });
    showDialog(dialog);
}

void ReferralActions::withdrawConsent()
{
    const std::optional<Consent> consent = m_panel.selectedConsent();
    if (!consent || consent->withdrawn() || !m_session.currentAdviserId())
        return;
    auto* dialog = new WithdrawConsentDialog(m_session, *consent, &m_page);
    connect(dialog, &WithdrawConsentDialog::withdrawn, this, [this] {
        changed();
        Q_EMIT statusMessage(tr("Consent withdrawn: it no longer covers any referral."));
    });
    showDialog(dialog);
}

void ReferralActions::changeStatus(ReferralStatus to)
{
    const std::optional<Referral> referral = m_panel.selectedReferral();
    if (!referral || !m_session.currentAdviserId())
        return;
    const Status allowed = m_session.referrals().canChangeStatus(referral->id, to);
    const bool consentMissing = to == ReferralStatus::Sent && !m_session.referrals().coveringConsent(referral->id);
    if (!allowed && !consentMissing) {
        if (to == ReferralStatus::ConsentObtained) {
            // Explained, with the way forward.
            MessageBox::question(
                &m_page, ReferralText::actionLabel(to),
                tr("%1\n\nRecord the consent the State gave now?").arg(allowed.error().message),
                [this](QMessageBox::StandardButton answer) {
                    if (answer == QMessageBox::Yes)
                        recordConsent();
                },
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        } else {
            MessageBox::warning(&m_page, ReferralText::actionLabel(to), allowed.error().message);
        }
        return;
    }
    auto* dialog = new ReferralStatusDialog(m_session, *referral, to, &m_page);
    connect(dialog, &ReferralStatusDialog::recordConsentRequested, this, &ReferralActions::recordConsent);
    connect(dialog, &ReferralStatusDialog::statusChanged, this, [this](const Referral& done) {
        changed(done.id);
        Q_EMIT statusMessage(
            tr("Referral to %1: %2.").arg(done.partnerName, ReferralText::label(done.status).toLower()));
        if (done.status == ReferralStatus::Sent)
            offerReferredStatus(done);
    });
    showDialog(dialog);
}

void ReferralActions::offerReferredStatus(const Referral& sent)
{
    // Offered, never forced, and only where the query's lifecycle allows it.
    const qint64 queryId = sent.queryId;
    if (!m_session.queries().allowedTransitions(queryId).contains(queries::QueryStatus::Referred))
        return;
    // No is the default: Enter keeps the query where it is, since the Secretariat often goes on
    // working on a query it has also referred; moving it is one deliberate Yes.
    MessageBox::question(
        &m_page, tr("Referral Sent"),
        tr("The referral to %1 is sent. Move %2 to \u201c%3\u201d as well?")
            .arg(sent.partnerName, sent.queryReference, queries::QueryText::label(queries::QueryStatus::Referred)),
        [this, queryId](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            Result<queries::Query> query = m_session.queries().get(queryId);
            if (!query)
                return;
            if (queries::Lifecycle::reasonRequired(query->status, queries::QueryStatus::Referred)) {
                auto* dialog
                    = new StatusChangeDialog(m_session.queries(), *query, queries::QueryStatus::Referred, &m_page);
                connect(dialog, &StatusChangeDialog::statusChanged, this, [this] { changed(); });
                showDialog(dialog);
                return;
            }
            const Status status = m_session.queries().changeStatus(queryId, queries::QueryStatus::Referred);
            if (!status) {
                MessageBox::warning(&m_page, tr("Change Status"), status.error().message);
                return;
            }
            changed();
            Q_EMIT statusMessage(tr("%1 is now \u201c%2\u201d.")
                                     .arg(query->reference, queries::QueryText::label(queries::QueryStatus::Referred)));
        },
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
}

void ReferralActions::editReferral()
{
    const std::optional<Referral> referral = m_panel.selectedReferral();
    if (!referral || !m_session.currentAdviserId())
        return;
    auto* dialog = new ReferDialog(m_session, *referral, &m_page);
    connect(dialog, &ReferDialog::saved, this, [this](qint64 id) { changed(id); });
    showDialog(dialog);
}

void ReferralActions::setFollowUp()
{
    const std::optional<Referral> referral = m_panel.selectedReferral();
    if (!referral || !ReferralText::isOpen(referral->status) || !m_session.currentAdviserId())
        return;
    const QDate today = m_session.queries().today();
    auto* dialog = new QDialog(&m_page);
    dialog->setObjectName(QStringLiteral("followUpDialog"));
    dialog->setWindowTitle(tr("Follow-up of the Referral to %1").arg(referral->partnerName));
    auto* check = new QCheckBox(tr("&Follow up on:"), dialog);
    check->setObjectName(QStringLiteral("followUpCheck"));
    auto* date = new QDateEdit(dialog);
    date->setObjectName(QStringLiteral("followUpEdit"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMinimumDate(today);
    date->setDate(referral->followUpOn && *referral->followUpOn >= today ? *referral->followUpOn : today.addDays(14));
    check->setChecked(true);
    connect(check, &QCheckBox::toggled, date, &QWidget::setEnabled);
    auto* error = new InlineError(dialog);
    error->setObjectName(QStringLiteral("followUpErrorLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("followUpOkButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(check);
    row->addWidget(date);
    row->addStretch();
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(row);
    layout->addWidget(error);
    layout->addWidget(buttons);
    const qint64 id = referral->id;
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, check, date, error, id] {
        const std::optional<QDate> on = check->isChecked() ? std::optional<QDate>(date->date()) : std::nullopt;
        Result<Referral> done = m_session.referrals().setFollowUp(id, on);
        if (!done) {
            error->showMessage(done.error().message);
            return;
        }
        dialog->accept();
        changed(id);
    });
    showDialog(dialog);
}

} // namespace advicehub::ui
