#include "referrals/ReferralStatusDialog.h"

#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/TypedText.h"
#include "queries/QueryService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::referrals;

namespace {

QPlainTextEdit* textEdit(QWidget* parent, const char* name, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumHeight(100);
    return edit;
}

} // namespace

ReferralStatusDialog::ReferralStatusDialog(
    Session& session, const Referral& referral, ReferralStatus to, QWidget* parent)
    : QDialog(parent), m_session(session), m_referral(referral), m_to(to)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("referralStatusDialog"));
    setWindowTitle(tr("%1: %2").arg(ReferralText::actionLabel(to), referral.partnerName));
    setWindowIcon(Icons::get(Icons::Refer));
    const QDate today = session.queries().today();

    auto* what = new QLabel(tr("The referral of %1 to %2 goes from \u201c%3\u201d to \u201c%4\u201d.")
                                .arg(referral.queryReference, referral.partnerName,
                                    ReferralText::label(referral.status), ReferralText::label(to)),
        this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    auto* form = new QFormLayout;
    m_on = new QDateEdit(this);
    m_on->setObjectName(QStringLiteral("statusDateEdit"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_on->setMinimumDate(referral.proposedOn);
    m_on->setMaximumDate(today);
    m_on->setDate(today);
    form->addRow(to == ReferralStatus::Sent ? tr("Sent &on:") : tr("&On:"), m_on);
    if (ReferralText::needsReason(to)) {
        m_reason = textEdit(this, "statusReasonEdit", tr("Required: why (kept in the timeline)"));
        form->addRow(tr("&Reason *:"), m_reason);
    }
    if (to == ReferralStatus::Accepted || to == ReferralStatus::Declined || to == ReferralStatus::Completed) {
        m_outcome = textEdit(this, "outcomeEdit", tr("Optional: what the partner said or did"));
        form->addRow(tr("O&utcome:"), m_outcome);
    }
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("changeReferralStatusButton"));
    m_ok->setText(ReferralText::actionLabel(to));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferralStatusDialog::reject);

    // Sending: does a recorded consent cover it?
    if (to == ReferralStatus::Sent && !session.referrals().coveringConsent(referral.id)) {
        m_needsOverride = true;
        m_mayOverride = session.referrals().mayOverride();
        auto* box = new QGroupBox(tr("No consent of the State covers this referral"), this);
        box->setObjectName(QStringLiteral("consentMissingBox"));
        auto* explain = new QLabel(box);
        explain->setObjectName(QStringLiteral("consentMissingLabel"));
        explain->setTextFormat(Qt::PlainText);
        explain->setWordWrap(true);
        explain->setStyleSheet(QStringLiteral("color: #b3261e;"));
        const Status refusal = session.referrals().canChangeStatus(referral.id, to);
        QString text = tr("Nothing may reach %1 without the State's consent: no recorded consent names this partner "
                          "and every field the referral shares (%2).")
                           .arg(referral.partnerName, [&referral] {
                               QStringList labels;
                               for (SharedField field : referral.shared)
                                   labels << ReferralText::label(field);
                               return labels.join(QStringLiteral(", "));
                           }());
        // The core's own words when it gives them (they are what the CLI says too).
        explain->setText(refusal ? text : refusal.error().message);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(explain);
        if (m_mayOverride) {
            auto* who = new QLabel(tr("Only an adviser with role Head may send it without consent, with a written "
                                      "justification. The override is recorded with your name and marked as such "
                                      "wherever this referral appears."),
                box);
            who->setWordWrap(true);
            m_justification = new QPlainTextEdit(box);
            m_justification->setObjectName(QStringLiteral("overrideJustificationEdit"));
            m_justification->setTabChangesFocus(true);
            m_justification->setPlaceholderText(tr("Why the referral cannot wait for the State's consent"));
            m_justification->setMaximumHeight(110);
            m_counter = new QLabel(box);
            m_counter->setObjectName(QStringLiteral("overrideCounterLabel"));
            auto* label = new QLabel(
                tr("&Justification (at least %1 characters):").arg(ReferralLimits::MinOverrideJustification), box);
            label->setBuddy(m_justification);
            boxLayout->addWidget(who);
            boxLayout->addWidget(label);
            boxLayout->addWidget(m_justification);
            boxLayout->addWidget(m_counter);
            connect(m_justification, &QPlainTextEdit::textChanged, this, &ReferralStatusDialog::updateCounter);
            m_ok->setText(tr("Mark Sent &Without Consent"));
        } else {
            auto* who = new QLabel(tr("Only an adviser with role Head may send a referral without the State's "
                                      "consent. Record the consent the State gave, then mark the referral sent."),
                box);
            who->setObjectName(QStringLiteral("onlyHeadLabel"));
            who->setWordWrap(true);
            auto* record = new QPushButton(tr("&Record Consent\u2026"), box);
            record->setObjectName(QStringLiteral("recordConsentInsteadButton"));
            connect(record, &QPushButton::clicked, this, [this] {
                Q_EMIT recordConsentRequested();
                QDialog::reject();
            });
            boxLayout->addWidget(who);
            boxLayout->addWidget(record, 0, Qt::AlignLeft);
            m_ok->setEnabled(false);
            m_ok->hide();
            m_on->setEnabled(false); // nothing to date: it cannot be sent by this adviser
        }
        layout->addWidget(box);
    }

    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("referralStatusErrorLabel"));
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateCounter();
    resize(540, sizeHint().height());
    if (m_justification)
        m_justification->setFocus();
    else if (m_reason)
        m_reason->setFocus();
}

void ReferralStatusDialog::updateCounter()
{
    if (!m_justification || !m_counter)
        return;
    const int length = static_cast<int>(m_justification->toPlainText().trimmed().size());
    const int needed = ReferralLimits::MinOverrideJustification;
    m_counter->setText(tr("%1 / %2 characters").arg(length).arg(needed));
    m_counter->setStyleSheet(length < needed ? QStringLiteral("color: #b3261e;") : QString());
    m_ok->setEnabled(length >= needed);
}

bool ReferralStatusDialog::hasTypedText() const
{
    for (const QPlainTextEdit* edit : { m_reason, m_outcome, m_justification }) {
        if (edit && !edit->toPlainText().trimmed().isEmpty())
            return true;
    }
    return false;
}

void ReferralStatusDialog::reject()
{
    TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
}

void ReferralStatusDialog::accept()
{
    StatusChange change;
    change.to = m_to;
    change.on = m_on->date();
    if (m_reason)
        change.reason = m_reason->toPlainText().trimmed();
    if (m_outcome)
        change.outcome = m_outcome->toPlainText().trimmed();
    if (m_justification)
        change.overrideJustification = m_justification->toPlainText().trimmed();
    if (m_needsOverride && !m_mayOverride)
        return;
    Result<Referral> changed = m_session.referrals().changeStatus(m_referral.id, change);
    if (!changed) {
        m_error->showMessage(changed.error().message);
        return;
    }
    Q_EMIT statusChanged(changed.value());
    QDialog::accept();
}

} // namespace advicehub::ui
