#include "drafts/DraftsPanel.h"

#include "common/CurrentItemId.h"
#include "common/FlowLayout.h"
#include "drafts/DraftService.h"
#include "session/Session.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::drafts;

namespace {
constexpr int kIdRole = Qt::UserRole;
}

DraftsPanel::DraftsPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("draftsTab"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("draftList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        { tr("Title"), tr("Kind"), tr("Language"), tr("State"), tr("Version"), tr("Last change"), tr("By") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->resizeSection(0, 180);
    m_empty = new QLabel(tr("No draft yet: New Draft (Ctrl+Shift+D) starts one, blank or from a template."), this);
    m_empty->setObjectName(QStringLiteral("noDraftsLabel"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_buttons = new QWidget(this);
    new FlowLayout(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DraftsPanel::selectionChanged);
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { Q_EMIT openRequested(item->data(0, kIdRole).toLongLong()); });
    connect(&session.drafts(), &DraftService::draftsChanged, this, [this](qint64 queryId) {
        if (m_queryId && *m_queryId == queryId)
            refresh();
    });
}

void DraftsPanel::setActions(const QList<QAction*>& actions)
{
    // The same actions in the list's context menu; their shortcuts (F2) work in the list.
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions(actions);
    for (QAction* action : actions) {
        auto* button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_buttons->layout()->addWidget(button);
    }
}

void DraftsPanel::showQuery(std::optional<qint64> queryId)
{
    if (queryId != m_queryId)
        m_list->clear();
    m_queryId = queryId;
    refresh();
}

void DraftsPanel::refresh()
{
    const qint64 selected = currentItemId(m_list, kIdRole);
    m_drafts = m_queryId ? m_session.drafts().draftsOf(*m_queryId) : std::vector<Draft> {};
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        QTreeWidgetItem* current = nullptr;
        for (const Draft& draft : m_drafts) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setData(0, kIdRole, draft.id);
            item->setText(0, draft.title);
            item->setToolTip(0, draft.title);
            item->setText(1, DraftText::label(draft.kind));
            item->setText(2, DraftText::label(draft.language));
            QString state = DraftText::label(draft.state);
            if (draft.locked() && draft.sentOn)
                state = tr("Sent %1 (locked)").arg(draft.sentOn->toString(Qt::ISODate));
            item->setText(3, state);
            if (draft.locked()) {
                QFont bold = item->font(3);
                bold.setBold(true);
                item->setFont(3, bold);
            }
            item->setText(4, QString::number(draft.latestVersion));
            item->setText(5,
                draft.updatedAtUtc.isValid()
                    ? draft.updatedAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    : QString());
            item->setText(6, draft.lastAuthorName);
            if (selected != 0 && draft.id == selected)
                current = item;
        }
        if (!current && m_list->topLevelItemCount() > 0)
            current = m_list->topLevelItem(0);
        if (current)
            m_list->setCurrentItem(current);
    }
    m_empty->setVisible(m_queryId && m_drafts.empty());
    Q_EMIT countChanged(static_cast<int>(m_drafts.size()));
    Q_EMIT selectionChanged();
}

std::optional<Draft> DraftsPanel::selectedDraft() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    for (const Draft& draft : m_drafts) {
        if (draft.id == id)
            return draft;
    }
    return std::nullopt;
}

void DraftsPanel::selectDraft(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kIdRole).toLongLong() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

} // namespace advicehub::ui
