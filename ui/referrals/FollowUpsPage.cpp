#include "referrals/FollowUpsPage.h"

#include "common/CurrentItemId.h"

#include "common/Icons.h"
#include "queries/QueryService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::referrals;

namespace {

const QString kHeaderState = QStringLiteral("followUpListHeader");
constexpr int kQueryIdRole = Qt::UserRole;
constexpr int kReferralIdRole = Qt::UserRole + 1;
const QColor kRed(0xb3, 0x26, 0x1e);

} // namespace

FollowUpsPage::FollowUpsPage(Session& session, AppSettings& settings, QWidget* parent)
    : Page(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("followUpsPage"));

    auto* open = new QAction(tr("&Open Query"), this);
    open->setObjectName(QStringLiteral("openFollowUpAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(open, &QAction::triggered, this, &FollowUpsPage::openSelected);
    auto* refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("refreshFollowUpsAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &FollowUpsPage::refresh);
    addAction(open);
    addAction(refreshAction);
    m_menuActions = { open, refreshAction };

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("followUpSummaryLabel"));
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("followUpList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Query"), tr("Partner"), tr("Status"), tr("Why"), tr("Since"), tr("Overdue") });
    m_list->header()->setSectionsMovable(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(0, 120);
    m_list->header()->resizeSection(1, 280);
    m_list->header()->resizeSection(2, 120);
    m_list->header()->resizeSection(3, 300);
    m_list->header()->resizeSection(4, 100);
    m_list->header()->resizeSection(5, 90);
    connect(m_list, &QTreeWidget::itemActivated, this, &FollowUpsPage::openSelected);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(&session.referrals(), &ReferralService::referralsChanged, this, &FollowUpsPage::refresh);
    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, [this] {
        if (m_session.queries().today() != m_today)
            refresh();
    });
    m_dayTimer->start();
}

FollowUpsPage::~FollowUpsPage()
{
    m_settings.setUiState(kHeaderState, m_list->header()->saveState());
}

QString FollowUpsPage::title() const
{
    return m_count > 0 ? tr("Follow-ups (%1)").arg(m_count) : tr("Follow-ups");
}

QIcon FollowUpsPage::icon() const
{
    return Icons::get(Icons::FollowUp);
}

QString FollowUpsPage::menuTitle() const
{
    return tr("F&ollow-ups");
}

QString FollowUpsPage::menuObjectName() const
{
    return QStringLiteral("followUpsMenu");
}

QList<QAction*> FollowUpsPage::menuActions() const
{
    return m_menuActions;
}

void FollowUpsPage::start()
{
    m_list->header()->restoreState(m_settings.uiState(kHeaderState));
    refresh();
}

void FollowUpsPage::adviserChanged()
{
    refresh();
}

void FollowUpsPage::settingsChanged()
{
    refresh();
}

void FollowUpsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    refresh();
}

void FollowUpsPage::refresh()
{
    m_today = m_session.queries().today();
    const int days = m_settings.noReplyWorkingDays();
    m_followUps = m_session.referrals().followUps(days);
    const int count = m_session.referrals().followUpCount(days);

    const qint64 selected = currentItemId(m_list, kReferralIdRole);
    m_list->clear();
    QTreeWidgetItem* current = nullptr;
    for (const FollowUp& followUp : m_followUps) {
        const Referral& r = followUp.referral;
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, kQueryIdRole, r.queryId);
        item->setData(0, kReferralIdRole, r.id);
        item->setText(0, r.queryReference);
        item->setText(1, r.partnerName);
        item->setToolTip(1, r.partnerName);
        item->setText(2, ReferralText::label(r.status));
        bool overdue = false;
        if (followUp.why == FollowUp::Why::FollowUpDue) {
            item->setText(3, followUp.daysOverdue > 0 ? tr("Follow-up date passed") : tr("Follow-up due today"));
            item->setText(4, r.followUpOn ? r.followUpOn->toString(Qt::ISODate) : QString());
            item->setText(5, followUp.daysOverdue > 0 ? tr("%n day(s)", nullptr, followUp.daysOverdue) : QString());
            overdue = followUp.daysOverdue > 0;
        } else {
            item->setText(3, tr("Sent, no reply after %n working day(s)", nullptr, followUp.daysOverdue));
            item->setText(4, r.sentOn ? r.sentOn->toString(Qt::ISODate) : QString());
            item->setText(5, tr("%n working day(s)", nullptr, followUp.daysOverdue));
            overdue = true;
        }
        if (overdue) {
            for (int column = 0; column < m_list->columnCount(); ++column)
                item->setForeground(column, kRed);
        }
        if (selected != 0 && selected == r.id)
            current = item;
    }
    if (current)
        m_list->setCurrentItem(current);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_summary->setText(count == 0
            ? tr("No referral to follow up. Sent referrals are listed here after %n working day(s) without a reply "
                 "(Edit \u25b8 Settings), and open ones once their follow-up date comes.",
                nullptr, days)
            : tr("%n referral(s) to follow up. Press Enter on one to open its query.", nullptr, count));
    if (count != m_count) {
        m_count = count;
        Q_EMIT titleChanged();
    }
}

void FollowUpsPage::openSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item)
        Q_EMIT openQueryRequested(item->data(0, kQueryIdRole).toLongLong());
}

} // namespace advicehub::ui
