#include "referrals/WithdrawConsentDialog.h"

#include "common/InlineError.h"
#include "common/TypedText.h"
#include "queries/QueryService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::referrals;

WithdrawConsentDialog::WithdrawConsentDialog(Session& session, const Consent& consent, QWidget* parent)
    : QDialog(parent), m_session(session), m_consentId(consent.id)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("withdrawConsentDialog"));
    setWindowTitle(tr("Withdraw Consent"));
    const QDate today = session.queries().today();
    auto* what = new QLabel(tr("The consent of %1 given by %2 for %3 is withdrawn: it stays on record but covers "
                               "nothing from then on.")
                                .arg(consent.fields.givenOn.toString(Qt::ISODate), consent.fields.givenByName,
                                    consent.partnerNames.join(QStringLiteral(", "))),
        this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    m_on = new QDateEdit(this);
    m_on->setObjectName(QStringLiteral("withdrawnOnEdit"));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_on->setMinimumDate(consent.fields.givenOn);
    m_on->setMaximumDate(today);
    m_on->setDate(today);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("withdrawalReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("How and why the State withdrew it (kept in the timeline)"));
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("withdrawErrorLabel"));
    auto* form = new QFormLayout;
    form->addRow(tr("Withdrawn &on:"), m_on);
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("withdrawConsentButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Withdraw Consent"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WithdrawConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WithdrawConsentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(500, 300);
    m_reason->setFocus();
}

bool WithdrawConsentDialog::hasTypedText() const
{
    return !m_reason->toPlainText().trimmed().isEmpty();
}

void WithdrawConsentDialog::reject()
{
    TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
}

void WithdrawConsentDialog::accept()
{
    Result<Consent> done
        = m_session.referrals().withdrawConsent(m_consentId, m_on->date(), m_reason->toPlainText().trimmed());
    if (!done) {
        m_error->showMessage(done.error().message);
        return;
    }
    Q_EMIT withdrawn(m_consentId);
    QDialog::accept();
}

} // namespace advicehub::ui
