#include "referrals/ReferDialog.h"

#include "common/CheckList.h"
#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/TypedText.h"
#include "partners/PartnerService.h"
#include "queries/QueryService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::referrals;

namespace {

constexpr int kPartnerIdRole = Qt::UserRole;

QDateEdit* dateEdit(QWidget* parent, const char* name)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

ReferDialog::ReferDialog(Session& session, qint64 queryId, const QString& queryReference, QWidget* parent)
    : QDialog(parent), m_session(session), m_queryId(queryId)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("referDialog"));
    setWindowTitle(tr("Refer %1 to a Partner").arg(queryReference));
    build(false);
    fillSuggestions();
    fillPartners(QString());
    for (SharedField field : ReferralText::defaultSharedFields())
        m_shared->setChecked(ReferralText::code(field), true);
    // Nothing is chosen for the adviser: the partner is picked on purpose (Down in the list picks
    // the first suggestion).
    choosePartner(std::nullopt);
    m_suggestions->setFocus();
}

ReferDialog::ReferDialog(Session& session, const Referral& referral, QWidget* parent)
    : QDialog(parent), m_session(session), m_queryId(referral.queryId), m_editing(referral)
{
    setObjectName(QStringLiteral("referDialog"));
    setWindowTitle(tr("Edit Referral of %1 to %2").arg(referral.queryReference, referral.partnerName));
    build(true);
    choosePartner(referral.partnerId);
    if (referral.contactId)
        m_contact->setCurrentIndex(std::max(0, m_contact->findData(*referral.contactId)));
    m_proposedOn->setDate(referral.proposedOn);
    m_proposedOn->setEnabled(false); // the date it was proposed stays
    m_reason->setPlainText(referral.reason);
    for (SharedField field : referral.shared)
        m_shared->setChecked(ReferralText::code(field), true);
    m_followUp->setChecked(referral.followUpOn.has_value());
    if (referral.followUpOn)
        m_followUpOn->setDate(*referral.followUpOn);
    updateConsentNote();
}

void ReferDialog::build(bool editing)
{
    setWindowIcon(Icons::get(Icons::Refer));
    m_consents = m_session.referrals().consentsOf(m_queryId);
    const QDate today = m_session.queries().today();

    auto* choose = new QGroupBox(tr("Partner"), this);
    m_suggestions = new QTreeWidget(choose);
    m_suggestions->setObjectName(QStringLiteral("suggestionList"));
    m_suggestions->setRootIsDecorated(false);
    m_suggestions->setUniformRowHeights(true);
    m_suggestions->setAllColumnsShowFocus(true);
    m_suggestions->setHeaderLabels({ tr("Suggested partner"), tr("Why") });
    m_suggestions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_suggestions->header()->setStretchLastSection(true);
    m_suggestions->setMinimumHeight(140);
    auto* suggestionsLabel = new QLabel(tr("&Suggested for this query (expertise, region, language):"), choose);
    suggestionsLabel->setBuddy(m_suggestions);
    m_partnerSearch = new QLineEdit(choose);
    m_partnerSearch->setObjectName(QStringLiteral("partnerSearchEdit"));
    m_partnerSearch->setClearButtonEnabled(true);
    m_partnerSearch->setPlaceholderText(tr("Name or acronym of any active partner"));
    auto* searchLabel = new QLabel(tr("Or &find another partner:"), choose);
    searchLabel->setBuddy(m_partnerSearch);
    m_partners = new QListWidget(choose);
    m_partners->setObjectName(QStringLiteral("partnerList"));
    m_partners->setUniformItemSizes(true);
    m_partners->setMinimumHeight(100);
    m_chosen = new QLabel(choose);
    m_chosen->setObjectName(QStringLiteral("chosenPartnerLabel"));
    m_chosen->setTextFormat(Qt::PlainText);
    QFont bold = m_chosen->font();
    bold.setBold(true);
    m_chosen->setFont(bold);
    auto* chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(suggestionsLabel);
    chooseLayout->addWidget(m_suggestions, 2);
    chooseLayout->addWidget(searchLabel);
    chooseLayout->addWidget(m_partnerSearch);
    chooseLayout->addWidget(m_partners, 1);
    chooseLayout->addWidget(m_chosen);
    for (QWidget* widget :
        std::initializer_list<QWidget*> { suggestionsLabel, m_suggestions, searchLabel, m_partnerSearch, m_partners })
        widget->setVisible(!editing);

    connect(m_suggestions, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        const QSignalBlocker blocker(m_partners);
        m_partners->setCurrentItem(nullptr);
        m_partners->clearSelection();
        choosePartner(item->data(0, kPartnerIdRole).toLongLong());
    });
    connect(m_partners, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        const QSignalBlocker blocker(m_suggestions);
        m_suggestions->setCurrentItem(nullptr);
        m_suggestions->clearSelection();
        choosePartner(item->data(kPartnerIdRole).toLongLong());
    });
    connect(m_partnerSearch, &QLineEdit::textChanged, this, &ReferDialog::fillPartners);

    auto* details = new QWidget(this);
    m_contact = new QComboBox(details);
    m_contact->setObjectName(QStringLiteral("contactCombo"));
    m_proposedOn = dateEdit(details, "proposedOnEdit");
    m_proposedOn->setDate(today);
    m_proposedOn->setMaximumDate(today);
    m_reason = new QPlainTextEdit(details);
    m_reason->setObjectName(QStringLiteral("referralReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why this partner is better placed to help (kept in the timeline)"));
    m_reason->setMaximumHeight(90);
    m_shared = new CheckList(details, 8);
    m_shared->setObjectName(QStringLiteral("sharedFieldsList"));
    for (SharedField field : ReferralText::allSharedFields())
        m_shared->addItem(ReferralText::label(field), ReferralText::code(field));
    connect(m_shared, &CheckList::checkedChanged, this, &ReferDialog::updateConsentNote);
    m_followUp = new QCheckBox(tr("&Follow up on:"), details);
    m_followUp->setObjectName(QStringLiteral("followUpCheck"));
    m_followUpOn = dateEdit(details, "followUpEdit");
    m_followUpOn->setMinimumDate(today);
    m_followUpOn->setDate(today.addDays(14));
    m_followUpOn->setEnabled(false);
    connect(m_followUp, &QCheckBox::toggled, m_followUpOn, &QWidget::setEnabled);
    auto* followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp);
    followUpRow->addWidget(m_followUpOn);
    followUpRow->addStretch();
    m_consentNote = new QLabel(details);
    m_consentNote->setObjectName(QStringLiteral("consentCoverLabel"));
    m_consentNote->setTextFormat(Qt::PlainText);
    m_consentNote->setWordWrap(true);
    auto* form = new QFormLayout(details);
    form->addRow(tr("&Contact at the partner:"), m_contact);
    form->addRow(tr("&Proposed on:"), m_proposedOn);
    form->addRow(tr("&Reason *:"), m_reason);
    form->addRow(tr("Fields to &share *:"), m_shared);
    form->addRow(QString(), m_consentNote);
    form->addRow(QString(), followUpRow);

    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("referErrorLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("referButton"));
    ok->setText(editing ? tr("&Save") : tr("&Propose Referral"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReferDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addWidget(choose, 1);
    columns->addWidget(details, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(editing ? 560 : 1000, 560);
}

void ReferDialog::fillSuggestions()
{
    m_suggestions->clear();
    Result<std::vector<Suggestion>> suggestions = m_session.referrals().suggest(m_queryId);
    if (!suggestions) {
        m_error->showMessage(suggestions.error().message);
        return;
    }
    for (const Suggestion& suggestion : suggestions.value()) {
        auto* item = new QTreeWidgetItem(m_suggestions);
        QString name = suggestion.acronym.isEmpty() ? suggestion.partnerName
                                                    : tr("%1 (%2)").arg(suggestion.partnerName, suggestion.acronym);
        if (suggestion.strategic)
            name = tr("%1 \u2605").arg(name); // strategic partner
        item->setText(0, name);
        item->setText(1, suggestion.reasons);
        item->setToolTip(1, suggestion.reasons);
        item->setData(0, kPartnerIdRole, suggestion.partnerId);
        if (suggestion.alreadyReferred) {
            // A second open referral to the same partner is refused: shown, not offered.
            item->setText(1, tr("already referred \u2014 %1").arg(suggestion.reasons));
            item->setFlags(Qt::ItemIsEnabled);
            item->setForeground(0, palette().brush(QPalette::PlaceholderText));
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        }
    }
    if (m_suggestions->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_suggestions);
        none->setText(0, tr("No partner matches this query's themes, region or language."));
        none->setFlags(Qt::NoItemFlags);
    }
}

void ReferDialog::fillPartners(const QString& text)
{
    const QSignalBlocker blocker(m_partners);
    m_partners->clear();
    partners::PartnerListFilter filter;
    filter.text = text.trimmed();
    for (const partners::Partner& partner : m_session.partners().list(filter)) {
        const QString name = partner.fields.acronym.isEmpty()
            ? partner.fields.name
            : tr("%1 (%2)").arg(partner.fields.name, partner.fields.acronym);
        auto* item = new QListWidgetItem(name, m_partners);
        item->setData(kPartnerIdRole, partner.id);
        item->setToolTip(partners::PartnerText::label(partner.fields.type));
        if (m_partnerId == partner.id)
            m_partners->setCurrentItem(item);
    }
}

void ReferDialog::choosePartner(std::optional<qint64> id)
{
    m_partnerId = id;
    m_contact->clear();
    m_contact->addItem(tr("\u2014 none named \u2014"), QVariant());
    if (id) {
        Result<partners::Partner> partner = m_session.partners().get(*id);
        if (partner) {
            m_chosen->setText(tr("Refer to: %1").arg(partner->fields.name));
            for (const partners::PartnerContact& contact : partner->fields.contacts) {
                const QString text
                    = contact.role.isEmpty() ? contact.name : tr("%1 (%2)").arg(contact.name, contact.role);
                m_contact->addItem(text, contact.id);
            }
        }
    } else {
        m_chosen->setText(tr("No partner chosen yet."));
    }
    updateConsentNote();
}

QList<SharedField> ReferDialog::sharedFields() const
{
    QList<SharedField> fields;
    for (const QVariant& code : m_shared->checkedValues()) {
        if (const std::optional<SharedField> field = ReferralText::sharedField(code.toString()))
            fields << *field;
    }
    return fields;
}

void ReferDialog::updateConsentNote()
{
    if (!m_consentNote)
        return;
    const QList<SharedField> shared = sharedFields();
    if (!m_partnerId || shared.isEmpty()) {
        m_consentNote->clear();
        return;
    }
    // Said for the choice being made; the core decides again when the referral is sent.
    for (const Consent& consent : m_consents) {
        if (consent.withdrawn() || !consent.fields.partnerIds.contains(*m_partnerId))
            continue;
        const bool allFields = std::all_of(
            shared.begin(), shared.end(), [&consent](SharedField f) { return consent.fields.fields.contains(f); });
        if (allFields) {
            m_consentNote->setStyleSheet(QString());
            m_consentNote->setText(tr("\u2713 Covered by the consent of %1 (%2, given by %3).")
                                       .arg(consent.fields.givenOn.toString(Qt::ISODate),
                                           ReferralText::label(consent.fields.form), consent.fields.givenByName));
            return;
        }
    }
    m_consentNote->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_consentNote->setText(tr("No recorded consent of the State covers this partner and every field chosen: record "
                              "one before the referral is sent."));
}

bool ReferDialog::hasTypedText() const
{
    const QString reason = m_reason->toPlainText().trimmed();
    return m_editing ? reason != m_editing->reason.trimmed() : !reason.isEmpty();
}

void ReferDialog::reject()
{
    TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
}

void ReferDialog::accept()
{
    m_error->clearMessage();
    if (!m_partnerId) {
        m_error->showMessage(tr("Choose the partner to refer the query to."));
        m_suggestions->setFocus();
        return;
    }
    std::optional<qint64> contact;
    if (m_contact->currentData().isValid())
        contact = m_contact->currentData().toLongLong();
    std::optional<QDate> followUp;
    if (m_followUp->isChecked())
        followUp = m_followUpOn->date();
    Result<Referral> result = [&]() -> Result<Referral> {
        if (m_editing) {
            ReferralEdit edit;
            edit.contactId = contact;
            edit.reason = m_reason->toPlainText().trimmed();
            edit.shared = sharedFields();
            edit.followUpOn = followUp;
            return m_session.referrals().edit(m_editing->id, edit, m_editing->version);
        }
        ReferralInput input;
        input.queryId = m_queryId;
        input.partnerId = *m_partnerId;
        input.contactId = contact;
        input.proposedOn = m_proposedOn->date();
        input.reason = m_reason->toPlainText().trimmed();
        input.shared = sharedFields();
        input.followUpOn = followUp;
        return m_session.referrals().propose(input);
    }();
    if (!result) {
        m_error->showMessage(result.error().message);
        return;
    }
    Q_EMIT saved(result->id);
    QDialog::accept();
}

} // namespace advicehub::ui
