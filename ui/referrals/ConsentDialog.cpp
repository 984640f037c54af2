#include "referrals/ConsentDialog.h"

#include "common/CheckList.h"
#include "common/FormRow.h"
#include "common/InlineError.h"
#include "common/TypedText.h"
#include "partners/PartnerService.h"
#include "queries/QueryService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::referrals;

ConsentDialog::ConsentDialog(Session& session, qint64 queryId, const QString& queryReference, QWidget* parent)
    : QDialog(parent), m_session(session), m_queryId(queryId)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Record Consent for %1").arg(queryReference));
    const QDate today = session.queries().today();

    m_givenOn = new QDateEdit(this);
    m_givenOn->setObjectName(QStringLiteral("consentDateEdit"));
    m_givenOn->setCalendarPopup(true);
    m_givenOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_givenOn->setMaximumDate(today);
    m_givenOn->setDate(today);
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("consentFormCombo"));
    for (ConsentForm form : ReferralText::allConsentForms())
        m_form->addItem(ReferralText::label(form), ReferralText::code(form));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("consentGivenByNameEdit"));
    m_name->setMaxLength(ReferralLimits::PersonField);
    m_name->setPlaceholderText(tr("Who gave it, for the State"));
    m_function = new QLineEdit(this);
    m_function->setObjectName(QStringLiteral("consentGivenByFunctionEdit"));
    m_function->setMaxLength(ReferralLimits::PersonField);
    m_function->setPlaceholderText(tr("e.g. Director, Human Rights Department"));

    // The partners of the query's referrals first (those still open checked), then every other
    // active partner; a filter finds one among many.
    const std::vector<Referral> referrals = session.referrals().referralsOf(queryId);
    m_partnerFilter = new QLineEdit(this);
    m_partnerFilter->setObjectName(QStringLiteral("consentPartnerFilter"));
    m_partnerFilter->setClearButtonEnabled(true);
    m_partnerFilter->setPlaceholderText(tr("Find a partner"));
    m_partners = new CheckList(this, 6);
    m_partners->setObjectName(QStringLiteral("consentPartnersList"));
    QSet<qint64> listed;
    QList<SharedField> openFields;
    for (const Referral& referral : referrals) {
        const bool open = ReferralText::isOpen(referral.status);
        if (open) {
            for (SharedField field : referral.shared) {
                if (!openFields.contains(field))
                    openFields << field;
            }
        }
        if (listed.contains(referral.partnerId)) {
            if (open)
                m_partners->setChecked(referral.partnerId, true);
            continue;
        }
        listed.insert(referral.partnerId);
        m_partners->addItem(referral.partnerName, referral.partnerId, open);
    }
    for (const partners::Partner& partner : session.partners().list()) {
        if (!listed.contains(partner.id))
            m_partners->addItem(partner.fields.name, partner.id);
    }
    connect(m_partnerFilter, &QLineEdit::textChanged, this, &ConsentDialog::filterPartners);

    m_fields = new CheckList(this, 8);
    m_fields->setObjectName(QStringLiteral("consentFieldsList"));
    if (openFields.isEmpty())
        openFields = ReferralText::defaultSharedFields();
    for (SharedField field : ReferralText::allSharedFields())
        m_fields->addItem(ReferralText::label(field), ReferralText::code(field), openFields.contains(field));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("consentNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_notes->setPlaceholderText(tr("e.g. the reference of the note verbale, conditions the State set"));

    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("consentErrorLabel"));

    auto* partnersBox = new QVBoxLayout;
    partnersBox->addWidget(m_partnerFilter);
    partnersBox->addWidget(m_partners);
    auto* form = new QFormLayout;
    form->addRow(tr("&Given on:"), m_givenOn);
    form->addRow(tr("F&orm:"), m_form);
    form->addRow(tr("Given by (&name) *:"), m_name);
    form->addRow(tr("Given by (&function):"), m_function);
    addRowWithBuddy(form, tr("For &partners *:"), partnersBox, m_partnerFilter);
    form->addRow(tr("For &fields *:"), m_fields);
    form->addRow(tr("N&otes:"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordConsentButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Consent"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConsentDialog::reject);

    auto* note = new QLabel(tr("A consent counts for a referral only if it names the referral's partner and every "
                               "field the referral shares."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(600, 680);
    m_name->setFocus();
}

void ConsentDialog::filterPartners(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_partners->count(); ++i) {
        QListWidgetItem* item = m_partners->item(i);
        // Checked partners stay in sight whatever the filter.
        item->setHidden(!wanted.isEmpty() && item->checkState() != Qt::Checked
            && !item->text().contains(wanted, Qt::CaseInsensitive));
    }
}

bool ConsentDialog::hasTypedText() const
{
    return !m_name->text().trimmed().isEmpty() || !m_function->text().trimmed().isEmpty()
        || !m_notes->toPlainText().trimmed().isEmpty();
}

void ConsentDialog::reject()
{
    TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
}

void ConsentDialog::accept()
{
    ConsentInput input;
    input.queryId = m_queryId;
    input.givenOn = m_givenOn->date();
    input.form = ReferralText::consentForm(m_form->currentData().toString()).value_or(ConsentForm::Written);
    input.givenByName = m_name->text().trimmed();
    input.givenByFunction = m_function->text().trimmed();
    for (const QVariant& id : m_partners->checkedValues())
        input.partnerIds << id.toLongLong();
    for (const QVariant& code : m_fields->checkedValues()) {
        if (const std::optional<SharedField> field = ReferralText::sharedField(code.toString()))
            input.fields << *field;
    }
    input.notes = m_notes->toPlainText().trimmed();
    Result<Consent> made = m_session.referrals().recordConsent(input);
    if (!made) {
        m_error->showMessage(made.error().message);
        return;
    }
    Q_EMIT recorded(made->id);
    QDialog::accept();
}

} // namespace advicehub::ui
