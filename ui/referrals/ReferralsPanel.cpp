#include "referrals/ReferralsPanel.h"

#include "common/CurrentItemId.h"

#include "common/FlowLayout.h"
#include "queries/QueryService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::referrals;

namespace {

constexpr int kIdRole = Qt::UserRole;
const QColor kRed(0xb3, 0x26, 0x1e);

QString dateText(const std::optional<QDate>& date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

void addButtons(QWidget* bar, const QList<QAction*>& actions)
{
    QLayout* layout = bar->layout();
    for (QAction* action : actions) {
        auto* button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        if (action->menu())
            button->setPopupMode(QToolButton::InstantPopup);
        layout->addWidget(button);
    }
}

} // namespace

ReferralsPanel::ReferralsPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("referralsTab"));

    auto* referralsBox = new QGroupBox(tr("Referrals to partners"), this);
    m_referralList = new QTreeWidget(referralsBox);
    m_referralList->setObjectName(QStringLiteral("referralList"));
    m_referralList->setRootIsDecorated(false);
    m_referralList->setUniformRowHeights(true);
    m_referralList->setAllColumnsShowFocus(true);
    // What decides the next step first (partner, status, consent, follow-up), what is shared last:
    // the pane is narrow, and the full text is below the list.
    m_referralList->setHeaderLabels({ tr("Partner"), tr("Status"), tr("Consent"), tr("Follow-up"), tr("Shares") });
    m_referralList->setTextElideMode(Qt::ElideRight);
    m_referralList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_referralList->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_referralList->header()->resizeSection(0, 140);
    m_referralList->header()->setStretchLastSection(true);
    m_referralText = new QPlainTextEdit(referralsBox);
    m_referralText->setObjectName(QStringLiteral("referralText"));
    m_referralText->setReadOnly(true);
    m_referralText->setTabChangesFocus(true);
    auto* split = new QSplitter(Qt::Vertical, referralsBox);
    split->setObjectName(QStringLiteral("referralSplitter"));
    split->addWidget(m_referralList);
    split->addWidget(m_referralText);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    m_empty = new QLabel(tr("Not referred to any partner."), referralsBox);
    m_empty->setObjectName(QStringLiteral("noReferralsLabel"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_referralButtons = new QWidget(referralsBox);
    new FlowLayout(m_referralButtons);
    auto* referralsLayout = new QVBoxLayout(referralsBox);
    referralsLayout->addWidget(m_empty);
    referralsLayout->addWidget(split, 1);
    referralsLayout->addWidget(m_referralButtons);

    auto* consentsBox = new QGroupBox(tr("Consents of the State"), this);
    m_consentList = new QTreeWidget(consentsBox);
    m_consentList->setObjectName(QStringLiteral("consentList"));
    m_consentList->setRootIsDecorated(false);
    m_consentList->setUniformRowHeights(true);
    m_consentList->setAllColumnsShowFocus(true);
    m_consentList->setHeaderLabels(
        { tr("Given"), tr("Form"), tr("Given by"), tr("Partners"), tr("Fields"), tr("Withdrawn") });
    m_consentList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_consentList->setMaximumHeight(140);
    m_consentButtons = new QWidget(consentsBox);
    new FlowLayout(m_consentButtons);
    auto* consentsLayout = new QVBoxLayout(consentsBox);
    consentsLayout->addWidget(m_consentList);
    consentsLayout->addWidget(m_consentButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(referralsBox, 3);
    layout->addWidget(consentsBox, 1);

    connect(m_referralList, &QTreeWidget::currentItemChanged, this, [this] {
        const std::optional<Referral> referral = selectedReferral();
        m_referralText->setPlainText(referral ? describe(*referral) : QString());
        Q_EMIT selectionChanged();
    });
    connect(m_consentList, &QTreeWidget::currentItemChanged, this, &ReferralsPanel::selectionChanged);
}

void ReferralsPanel::setReferralActions(const QList<QAction*>& actions)
{
    addButtons(m_referralButtons, actions);
}

void ReferralsPanel::setConsentActions(const QList<QAction*>& actions)
{
    addButtons(m_consentButtons, actions);
}

void ReferralsPanel::showQuery(std::optional<qint64> queryId)
{
    if (queryId != m_queryId) {
        m_referralList->clear();
        m_consentList->clear();
    }
    m_queryId = queryId;
    refresh();
}

void ReferralsPanel::refresh()
{
    m_today = m_session.queries().today();
    m_referrals.clear();
    m_consents.clear();
    if (m_queryId) {
        m_referrals = m_session.referrals().referralsOf(*m_queryId);
        m_consents = m_session.referrals().consentsOf(*m_queryId);
    }
    fillReferrals();
    fillConsents();
    int open = 0;
    for (const Referral& referral : m_referrals)
        open += ReferralText::isOpen(referral.status) ? 1 : 0;
    Q_EMIT countChanged(open, static_cast<int>(m_referrals.size()));
    Q_EMIT selectionChanged();
}

QString ReferralsPanel::consentStateText(const Referral& referral)
{
    switch (referral.consentState) {
    case ConsentState::Overridden:
        return referral.overrideByName.isEmpty() ? tr("OVERRIDE (no consent)")
                                                 : tr("OVERRIDE by %1 (no consent)").arg(referral.overrideByName);
    case ConsentState::Covered:
        return tr("Consent recorded");
    case ConsentState::Missing:
        break;
    }
    return tr("No consent yet");
}

QString ReferralsPanel::sharedText(const QList<SharedField>& fields)
{
    QStringList labels;
    for (SharedField field : fields)
        labels << ReferralText::label(field);
    return labels.join(QStringLiteral(", "));
}

void ReferralsPanel::fillReferrals()
{
    const qint64 selected = currentItemId(m_referralList, kIdRole);
    const QSignalBlocker blocker(m_referralList);
    m_referralList->clear();
    m_referralText->clear();
    QTreeWidgetItem* current = nullptr;
    for (const Referral& referral : m_referrals) {
        auto* item = new QTreeWidgetItem(m_referralList);
        item->setData(0, kIdRole, referral.id);
        item->setText(0, referral.partnerName);
        item->setToolTip(0, referral.partnerName);
        item->setText(1, ReferralText::label(referral.status));
        item->setText(2, consentStateText(referral));
        if (referral.consentState == ConsentState::Overridden) {
            // An override is never mistaken for consent: marked wherever it appears.
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
            item->setForeground(2, kRed);
            item->setToolTip(2,
                tr("Sent without the State's consent on a head's recorded justification: %1")
                    .arg(referral.overrideJustification));
        } else if (referral.consentState == ConsentState::Missing && ReferralText::isOpen(referral.status)) {
            item->setForeground(2, palette().brush(QPalette::PlaceholderText));
        }
        item->setText(4, sharedText(referral.shared));
        item->setToolTip(4, sharedText(referral.shared));
        item->setText(3, dateText(referral.followUpOn));
        if (referral.followUpOn && ReferralText::isOpen(referral.status) && *referral.followUpOn < m_today) {
            item->setForeground(3, kRed);
            QFont bold = item->font(3);
            bold.setBold(true);
            item->setFont(3, bold);
            item->setToolTip(3,
                tr("Follow-up overdue by %n day(s)", nullptr, static_cast<int>(referral.followUpOn->daysTo(m_today))));
        }
        if (!ReferralText::isOpen(referral.status)) {
            for (int column : { 0, 1, 4 })
                item->setForeground(column, palette().brush(QPalette::PlaceholderText));
        }
        if (selected != 0 && selected == referral.id)
            current = item;
    }
    if (!current && m_referralList->topLevelItemCount() > 0)
        current = m_referralList->topLevelItem(0);
    m_empty->setVisible(m_referrals.empty() && m_queryId.has_value());
    if (current) {
        m_referralList->setCurrentItem(current);
        if (const std::optional<Referral> referral = selectedReferral())
            m_referralText->setPlainText(describe(*referral));
    }
}

void ReferralsPanel::fillConsents()
{
    const qint64 selected = currentItemId(m_consentList, kIdRole);
    const QSignalBlocker blocker(m_consentList);
    m_consentList->clear();
    QTreeWidgetItem* current = nullptr;
    for (const Consent& consent : m_consents) {
        auto* item = new QTreeWidgetItem(m_consentList);
        item->setData(0, kIdRole, consent.id);
        item->setText(0, consent.fields.givenOn.toString(Qt::ISODate));
        item->setText(1, ReferralText::label(consent.fields.form));
        const QString givenBy = consent.fields.givenByFunction.isEmpty()
            ? consent.fields.givenByName
            : tr("%1 (%2)").arg(consent.fields.givenByName, consent.fields.givenByFunction);
        item->setText(2, givenBy);
        item->setText(3, consent.partnerNames.join(QStringLiteral(", ")));
        item->setToolTip(3, consent.partnerNames.join(QStringLiteral(", ")));
        item->setText(4, sharedText(consent.fields.fields));
        item->setToolTip(4, sharedText(consent.fields.fields));
        if (consent.withdrawn()) {
            item->setText(5, dateText(consent.withdrawnOn));
            item->setToolTip(5, consent.withdrawalReason);
            for (int column = 0; column < 5; ++column) {
                QFont struck = item->font(column);
                struck.setStrikeOut(true);
                item->setFont(column, struck);
                item->setForeground(column, palette().brush(QPalette::PlaceholderText));
            }
        }
        QString tip = tr("Recorded %1 by %2")
                          .arg(consent.recordedAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              consent.recordedByName.isEmpty() ? tr("nobody named") : consent.recordedByName);
        if (!consent.fields.notes.isEmpty())
            tip += QLatin1Char('\n') + consent.fields.notes;
        item->setToolTip(0, tip);
        if (selected != 0 && selected == consent.id)
            current = item;
    }
    if (current)
        m_consentList->setCurrentItem(current);
}

QString ReferralsPanel::describe(const Referral& r) const
{
    QStringList lines;
    lines << tr("%1 \u2014 %2").arg(r.partnerName, ReferralText::label(r.status));
    if (!r.contactName.isEmpty())
        lines << tr("Contact at the partner: %1").arg(r.contactName);
    lines << tr("Proposed on %1").arg(r.proposedOn.toString(Qt::ISODate));
    if (r.sentOn)
        lines << tr("Sent on %1").arg(dateText(r.sentOn));
    if (r.closedOn)
        lines << tr("Closed on %1").arg(dateText(r.closedOn));
    if (r.followUpOn)
        lines << tr("Follow up on %1").arg(dateText(r.followUpOn));
    lines << tr("Shares: %1").arg(sharedText(r.shared));
    lines << tr("Consent: %1").arg(consentStateText(r));
    if (r.consentState == ConsentState::Overridden)
        lines << tr("Override justification: %1").arg(r.overrideJustification);
    lines << QString() << tr("Reason: %1").arg(r.reason);
    if (!r.statusReason.isEmpty())
        lines << QString() << tr("%1 because: %2").arg(ReferralText::label(r.status), r.statusReason);
    if (!r.outcome.isEmpty())
        lines << QString() << tr("Outcome: %1").arg(r.outcome);
    return lines.join(QLatin1Char('\n'));
}

std::optional<Referral> ReferralsPanel::selectedReferral() const
{
    const QTreeWidgetItem* item = m_referralList->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    for (const Referral& referral : m_referrals) {
        if (referral.id == id)
            return referral;
    }
    return std::nullopt;
}

std::optional<Consent> ReferralsPanel::selectedConsent() const
{
    const QTreeWidgetItem* item = m_consentList->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    for (const Consent& consent : m_consents) {
        if (consent.id == id)
            return consent;
    }
    return std::nullopt;
}

void ReferralsPanel::selectReferral(qint64 id)
{
    for (int i = 0; i < m_referralList->topLevelItemCount(); ++i) {
        if (m_referralList->topLevelItem(i)->data(0, kIdRole).toLongLong() == id)
            m_referralList->setCurrentItem(m_referralList->topLevelItem(i));
    }
}

} // namespace advicehub::ui
